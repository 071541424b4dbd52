// One subject looked up at every processor the demo subject Amelia Hart is known to (ten connections across
// two product accounts and the demo's Mailchimp and HubSpot), against lethe-sandbox adding a fixed latency
// to every API call. The engine runs processors at once and, within a processor, independent calls at once
// (up to its concurrency limit), so the lookup should take close to its longest chain of dependent calls
// (a page waiting for the page before it, a follow-on read for its parent), not the sum of all calls.
// Both are measured in the same run from the median time of a single call: floor = longest chain x one call,
// serial = all calls x one call.
#include "BenchUtil.h"
#include "Connector.h"
#include "ProcessorSearch.h"
#include "SandboxProcess.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QNetworkAccessManager>

using namespace lethe;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int latency = argc > 1 ? std::max(1, atoi(argv[1])) : 50;
    const int runs = argc > 2 ? std::max(1, atoi(argv[2])) : 7;
    test::SandboxProcess sandbox(QStringLiteral(LETHE_SANDBOX_PATH),
                                 {QStringLiteral("--latency"), QString::number(latency)});
    if (!sandbox.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(sandbox.error()));
        return 1;
    }
    QStringList problems;
    const QList<ConnectorDefinition> defs =
        ConnectorLoader::loadAll({QStringLiteral(LETHE_CONNECTORS_DIR)}, &problems);
    auto def = [&](const QString& key) {
        for (const ConnectorDefinition& d : defs)
            if (d.key == key)
                return d;
        return ConnectorDefinition{};
    };
    QList<ProcessorHub::Job> jobs;
    auto add = [&](const QString& connector, const QString& server, const QString& account,
                   const QString& suffix, QHash<QString, QString> params) {
        ProcessorConnection c;
        c.key = account + QLatin1Char('-') + connector;
        c.connector = connector;
        c.baseUrl = sandbox.url(server, suffix);
        c.parameters = params;
        jobs << ProcessorHub::Job{def(connector), c, QStringLiteral("sbx_%1_%2").arg(server, account)};
    };
    add(QStringLiteral("stripe"), QStringLiteral("stripe"), QStringLiteral("alwaysleads"), {}, {});
    add(QStringLiteral("stripe"), QStringLiteral("stripe"), QStringLiteral("leadnest"), {}, {});
    add(QStringLiteral("resend"), QStringLiteral("resend"), QStringLiteral("alwaysleads"), {}, {});
    add(QStringLiteral("supabase-auth"), QStringLiteral("supabase"), QStringLiteral("alwaysleads"),
        QStringLiteral("/auth/v1"), {{QStringLiteral("project_ref"), QStringLiteral("x")}});
    add(QStringLiteral("apollo"), QStringLiteral("apollo"), QStringLiteral("alwaysleads"),
        QStringLiteral("/api/v1"), {});
    add(QStringLiteral("twilio"), QStringLiteral("twilio"), QStringLiteral("leadnest"), {},
        {{QStringLiteral("account_sid"), QStringLiteral("ACleadnest")}});
    add(QStringLiteral("sendgrid"), QStringLiteral("sendgrid"), QStringLiteral("leadnest"), {}, {});
    add(QStringLiteral("sentry"), QStringLiteral("sentry"), QStringLiteral("leadnest"), {},
        {{QStringLiteral("organization"), QStringLiteral("leadnest")},
         {QStringLiteral("project"), QStringLiteral("web")}});
    add(QStringLiteral("mailchimp"), QStringLiteral("mailchimp"), QStringLiteral("demo"),
        QStringLiteral("/3.0"), {{QStringLiteral("dc"), QStringLiteral("us6")}});
    add(QStringLiteral("hubspot"), QStringLiteral("hubspot"), QStringLiteral("demo"), {}, {});
    const QList<Identity> ids{{IdentityKind::Email, QStringLiteral("amelia.hart@example.com")},
                              {IdentityKind::Phone, QStringLiteral("+442079460101")}};

    // One call, alone: the unit both figures are made of.
    QNetworkAccessManager network;
    ProcessorClient client(jobs[0].definition, jobs[0].connection, jobs[0].secret, &network);
    TemplateContext ctx;
    ctx.secret = jobs[0].secret;
    const ProcessorClient::Call call = Templates::build(client, *jobs[0].definition.test, ctx, nullptr);
    const double oneCall = bench::timeMs(std::max(runs, 15), [&] {
        QEventLoop loop;
        client.send(call, [&](const ProcessorClient::Answer&) { loop.quit(); });
        loop.exec();
    });

    int calls = 0, chain = 0;
    QStringList slowest;
    qint64 records = 0;
    QStringList errors;
    const double wall = bench::timeMs(runs, [&] {
        const QList<ProcessorResult> results = ProcessorHub::search(jobs, ids);
        calls = 0;
        chain = 0;
        records = 0;
        slowest.clear();
        for (const ProcessorResult& r : results) {
            slowest << QStringLiteral("%1 %2 ms/%3 calls/chain %4")
                           .arg(r.connection)
                           .arg(r.elapsedMs)
                           .arg(r.calls)
                           .arg(r.longestChain);
            calls += r.calls;
            chain = std::max(chain, r.longestChain);
            records += r.totalRecords();
            errors << r.errors;
        }
    });
    if (!errors.isEmpty()) {
        std::fprintf(stderr, "the lookups failed: %s\n", qPrintable(errors.first()));
        return 1;
    }
    std::fprintf(
        stdout,
        "processors: %d connections, %lld records, %d calls, longest chain %d calls; sandbox latency %d "
        "ms, one call %.1f ms\n",
        int(jobs.size()), records, calls, chain, latency, oneCall);
    if (qEnvironmentVariableIsSet("LETHE_BENCH_VERBOSE"))
        std::fprintf(stdout, "%s\n", qPrintable(slowest.join(QLatin1Char('\n'))));
    bench::report(QStringLiteral("lookup at all processors"), wall, chain * oneCall,
                  QStringLiteral("longest chain x one call"));
    std::fprintf(stdout, "%s  serial (every call one after another) %.0f ms: %.1fx the lookup's time\n",
                 qPrintable(QStringLiteral("").leftJustified(34)), calls * oneCall, calls * oneCall / wall);
    return 0;
}
