#include "SandboxProcess.h"
#include "TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <QTest>
#include <functional>

using namespace lethe;

// lethe-cli erase end to end on the demo workspace, its processors pointed at lethe-sandbox: the plan with
// its digest, a wrong digest refused, 429s and 500s injected into the processors' erasure calls and ridden
// out, the report and audit; a support lead refused; and a run killed with SIGKILL at several points (before
// and after a batch's commit) and resumed each time, ending with exactly the planned counts and a verified
// re-scan. The kills use lethe-cli-crashtest, the CLI built with the test-only crash hook; the shipped
// lethe-cli has none.
class TestCliErase : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void planRunAndReport();
    void supportLeadRefused();
    void killedAndResumed();
    void killedInTheProcessorPhase();
    void shippedCliHasNoCrashHook();

private:
    // lethe-cli-crashtest, the CLI's test build: it kills itself where LETHE_TEST_CRASH_AT says and takes
    // who acts from LETHE_ACTOR (cli-tester unless a test names another), so one test can be two officers
    // and a support lead. The shipped lethe-cli reads neither (shippedCliHasNoCrashHook).
    test::CliRun cli(QStringList args, const QHash<QString, QString>& env = {}, bool json = true)
    {
        args << QStringLiteral("--workspace") << QStringLiteral("demo");
        return test::runCli(program(env), m_home.path(), args, json, env, 180000);
    }
    static QString program(const QHash<QString, QString>&)
    {
        return QStringLiteral(LETHE_CLI_CRASHTEST_PATH);
    }
    QJsonObject plan(const QString& id);
    QJsonObject processorsState();
    QString addVerified(const QString& email, const QString& name,
                        const std::function<test::CliRun(QStringList, QHash<QString, QString>)>& run);

    QTemporaryDir m_home;
    std::unique_ptr<test::SandboxProcess> m_sandbox;
};

void TestCliErase::initTestCase()
{
    test::isolate();
    m_sandbox = std::make_unique<test::SandboxProcess>(QStringLiteral(LETHE_SANDBOX_PATH));
    QVERIFY2(m_sandbox->ok(), qPrintable(m_sandbox->error()));
    const test::CliRun init = cli({QStringLiteral("demo"), QStringLiteral("init")});
    QVERIFY2(init.code == 0, init.err.constData());
    const test::CliRun sandbox = cli({QStringLiteral("demo"), QStringLiteral("sandbox"),
                                      QStringLiteral("--ports-file"), m_sandbox->portsFile()});
    QVERIFY2(sandbox.code == 0, sandbox.err.constData());
}

QJsonObject TestCliErase::plan(const QString& id)
{
    const test::CliRun r =
        cli({QStringLiteral("erase"), QStringLiteral("--request"), id, QStringLiteral("--plan")});
    if (r.code != 0)
        qWarning("%s", r.err.constData());
    return r.json().object();
}

void TestCliErase::planRunAndReport()
{
    // Amelia Hart asks for erasure; her identity is not verified yet.
    const test::CliRun added = cli(
        {QStringLiteral("requests"), QStringLiteral("add"), QStringLiteral("--type"),
         QStringLiteral("erasure"), QStringLiteral("--regulation"), QStringLiteral("gdpr"),
         QStringLiteral("--received"), QStringLiteral("2026-11-25"), QStringLiteral("--email"),
         QStringLiteral("amelia.hart@example.com"), QStringLiteral("--name"), QStringLiteral("Amelia Hart")});
    QVERIFY2(added.code == 0, added.err.constData());
    const QString id = added.json().object().value(QStringLiteral("id")).toString();
    test::CliRun r =
        cli({QStringLiteral("erase"), QStringLiteral("--request"), id, QStringLiteral("--plan")});
    QCOMPARE(r.code, 4);
    QVERIFY2(r.err.contains("verified"), r.err.constData());
    r = cli({QStringLiteral("requests"), QStringLiteral("transition"), id, QStringLiteral("verified")});
    QVERIFY2(r.code == 0, r.err.constData());

    // The plan: her rows in the five products and her records at the processors (docs/sandbox.md).
    const QJsonObject p = plan(id);
    const QJsonObject counts = p.value(QStringLiteral("counts")).toObject();
    QCOMPARE(counts.value(QStringLiteral("delete_rows")).toInteger(), 603);
    QCOMPARE(counts.value(QStringLiteral("update_rows")).toInteger(), 1);
    QCOMPARE(counts.value(QStringLiteral("kept")).toInteger(), 8); // billing records under retention
    // 1431 records found by lookups, and 3 calls by identity (GA4 by her user id, Postmark's and SendGrid's
    // removals by her address).
    QCOMPARE(counts.value(QStringLiteral("processor_records")).toInteger(), 1434);
    QCOMPARE(counts.value(QStringLiteral("manual_tasks")).toInteger(), 11);
    const QString digest = p.value(QStringLiteral("digest")).toString();
    QCOMPARE(digest.size(), 64);
    QVERIFY(!p.contains(QStringLiteral("identities"))); // --json prints counts, never her data
    QCOMPARE(plan(id).value(QStringLiteral("digest")).toString(), digest); // the same data, the same plan

    // A digest that is not this plan's is refused, and nothing runs.
    QString wrong = digest;
    wrong[0] = wrong[0] == QLatin1Char('0') ? QLatin1Char('1') : QLatin1Char('0');
    r = cli({QStringLiteral("erase"), QStringLiteral("--request"), id, QStringLiteral("--run"),
             QStringLiteral("--digest"), wrong});
    QCOMPARE(r.code, 4);
    QVERIFY2(r.err.contains("changed since"), r.err.constData());

    // The processors answer the erasure's first calls with 429s and 500s.
    QVERIFY(m_sandbox->resetAll());
    QVERIFY(
        m_sandbox->faults(QStringLiteral("stripe"),
                          QJsonObject{{QStringLiteral("faults"),
                                       QJsonArray{QJsonObject{{QStringLiteral("kind"), QStringLiteral("429")},
                                                              {QStringLiteral("count"), 2},
                                                              {QStringLiteral("retry_after"), 1}}}},
                                      {QStringLiteral("method"), QStringLiteral("DELETE")}}));
    QVERIFY(
        m_sandbox->faults(QStringLiteral("sentry"),
                          QJsonObject{{QStringLiteral("faults"),
                                       QJsonArray{QJsonObject{{QStringLiteral("kind"), QStringLiteral("500")},
                                                              {QStringLiteral("count"), 3}}}},
                                      {QStringLiteral("method"), QStringLiteral("DELETE")}}));
    const auto tasks = [&] {
        const test::CliRun t =
            cli({QStringLiteral("tasks"), QStringLiteral("list"), QStringLiteral("--request"), id});
        return t.json().object().value(QStringLiteral("tasks")).toArray();
    };
    QCOMPARE(tasks().size(), 0); // planning adds none
    r = cli({QStringLiteral("erase"), QStringLiteral("--request"), id, QStringLiteral("--run"),
             QStringLiteral("--digest"), digest});
    QVERIFY2(r.code == 0, r.err.constData());
    // The plan's manual tasks are on the request now, as the GUI's erasure adds them (ErasureService::start):
    // lethe-cli erase --run once added none.
    const QJsonArray taskList = tasks();
    QCOMPARE(taskList.size(), 11);
    QVERIFY(!taskList.first().toObject().value(QStringLiteral("instructions")).toString().isEmpty());
    const QJsonObject report = r.json().object();
    QVERIFY(report.value(QStringLiteral("verified")).toBool());
    const QJsonObject done = report.value(QStringLiteral("counts")).toObject();
    QCOMPARE(done.value(QStringLiteral("deleted")).toInteger(), 603);
    QCOMPARE(done.value(QStringLiteral("updated")).toInteger(), 1);
    QCOMPARE(done.value(QStringLiteral("unexpected")).toInteger(), 0);
    QCOMPARE(done.value(QStringLiteral("processor_failed")).toInteger(), 0);
    QCOMPARE(done.value(QStringLiteral("processor_done")).toInteger(), 250);
    int retries = 0;
    for (const QJsonValue& pv : report.value(QStringLiteral("processors")).toArray())
        retries += pv.toObject().value(QStringLiteral("retries")).toInt();
    QVERIFY2(retries >= 5, qPrintable(QString::number(retries))); // 2 x 429 and 3 x 500, retried
    // At the processors: her Stripe customers are gone and Sentry's issues deleted.
    QVERIFY(m_sandbox->count(QStringLiteral("stripe"), QStringLiteral("/v1/customers/"), "DELETE") >= 4);
    QVERIFY(m_sandbox->count(QStringLiteral("sentry"), QStringLiteral("/issues/"), "DELETE") >= 233);

    // Not twice; the report is stored; the audit chain holds the steps without her data.
    r = cli({QStringLiteral("erase"), QStringLiteral("--request"), id, QStringLiteral("--run"),
             QStringLiteral("--digest"), digest});
    QCOMPARE(r.code, 4);
    r = cli({QStringLiteral("erase"), QStringLiteral("--request"), id, QStringLiteral("--report")});
    QVERIFY2(r.code == 0, r.err.constData());
    const QJsonArray runs = r.json().object().value(QStringLiteral("runs")).toArray();
    QCOMPARE(runs.last().toObject().value(QStringLiteral("state")).toString(), QStringLiteral("done"));
    r = cli({QStringLiteral("audit"), QStringLiteral("verify")});
    QCOMPARE(r.code, 0);
    r = cli({QStringLiteral("audit"), QStringLiteral("log"), QStringLiteral("--request"), id}, {}, false);
    for (const char* action : {"erasure.plan", "erasure.start", "erasure.finish"})
        QVERIFY2(r.out.contains(action), action);
    QVERIFY(!r.out.contains("amelia"));
}

void TestCliErase::supportLeadRefused()
{
    test::CliRun r = cli({QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("sam"),
                          QStringLiteral("--role"), QStringLiteral("support")});
    QCOMPARE(r.code, 2); // the first user must be the one adding users, as an officer
    r = cli({QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("cli-tester"),
             QStringLiteral("--role"), QStringLiteral("officer")});
    QVERIFY2(r.code == 0, r.err.constData());
    r = cli({QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("sam"), QStringLiteral("--role"),
             QStringLiteral("support")});
    QVERIFY2(r.code == 0, r.err.constData());
    const QHash<QString, QString> sam{{QStringLiteral("LETHE_ACTOR"), QStringLiteral("sam")}};
    // Oliver Smith's erasure request is verified in the demo queue.
    r = cli({QStringLiteral("erase"), QStringLiteral("--request"), QStringLiteral("R-2026-0029"),
             QStringLiteral("--plan")},
            sam);
    QCOMPARE(r.code, 4);
    QVERIFY2(r.err.contains("Privacy officer"), r.err.constData());
    // A support lead may still preview.
    r = cli({QStringLiteral("preview"), QStringLiteral("--request"), QStringLiteral("R-2026-0029"),
             QStringLiteral("--rows"), QStringLiteral("0"), QStringLiteral("--no-processors")},
            sam);
    QVERIFY2(r.code == 0, r.err.constData());
}

void TestCliErase::killedAndResumed()
{
    const QString id = QStringLiteral("R-2026-0029");
    const QJsonObject p = plan(id);
    const QString digest = p.value(QStringLiteral("digest")).toString();
    QCOMPARE(digest.size(), 64);
    const QJsonObject planned = p.value(QStringLiteral("counts")).toObject();
    QVERIFY(planned.value(QStringLiteral("delete_rows")).toInteger() > 700);

    // Run in batches of 20 and killed after the eleventh commits; resumed as the usage line shows it, without
    // --batch-size (a resume once fell back to batches of 1000, so the journal's numbers named other rows,
    // most of the work was skipped, and the report could still say verified); killed again before the
    // sixteenth and after the twenty-sixth commit; then resumed to the end.
    test::CliRun r =
        cli({QStringLiteral("erase"), QStringLiteral("--request"), id, QStringLiteral("--run"),
             QStringLiteral("--digest"), digest, QStringLiteral("--batch-size"), QStringLiteral("20")},
            {{QStringLiteral("LETHE_TEST_CRASH_AT"), QStringLiteral("10:after")}});
    QVERIFY2(r.code == -1, r.err.constData()); // killed
    // Running the plan again is refused while it is unfinished: it must be resumed.
    r = cli({QStringLiteral("erase"), QStringLiteral("--request"), id, QStringLiteral("--run"),
             QStringLiteral("--digest"), digest});
    QCOMPARE(r.code, 4);
    // A resume keeps the layout the run started with: another batch size is refused, not obeyed.
    r = cli({QStringLiteral("erase"), QStringLiteral("--resume"), QStringLiteral("--batch-size"),
             QStringLiteral("1000")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains("layout"), r.err.constData());
    for (const char* at : {"15:before", "25:after"}) {
        r = cli({QStringLiteral("erase"), QStringLiteral("--resume")},
                {{QStringLiteral("LETHE_TEST_CRASH_AT"), QString::fromLatin1(at)}});
        QVERIFY2(r.code == -1, at);
    }
    r = cli({QStringLiteral("erase"), QStringLiteral("--resume")});
    QVERIFY2(r.code == 0, r.err.constData());
    const QJsonObject report = r.json().object();
    QVERIFY(report.value(QStringLiteral("verified")).toBool());
    const QJsonObject counts = report.value(QStringLiteral("counts")).toObject();
    QCOMPARE(counts.value(QStringLiteral("deleted")).toInteger(),
             planned.value(QStringLiteral("delete_rows")).toInteger());
    QCOMPARE(counts.value(QStringLiteral("updated")).toInteger(),
             planned.value(QStringLiteral("update_rows")).toInteger());
    QCOMPARE(counts.value(QStringLiteral("unexpected")).toInteger(), 0);
    r = cli({QStringLiteral("erase"), QStringLiteral("--resume")});
    QCOMPARE(r.code, 3); // nothing left to resume
    r = cli({QStringLiteral("audit"), QStringLiteral("log"), QStringLiteral("--request"), id}, {}, false);
    QCOMPARE(r.out.count("erasure.resume"), 3);
    QCOMPARE(r.out.count("erasure.finish"), 1);
}

// Every processor's objects and jobs, without how they got there (request counts, replayed POSTs).
QJsonObject TestCliErase::processorsState()
{
    return m_sandbox->comparableState(
        {QStringLiteral("stripe"), QStringLiteral("twilio"), QStringLiteral("resend"),
         QStringLiteral("postmark"), QStringLiteral("sendgrid"), QStringLiteral("sentry"),
         QStringLiteral("supabase"), QStringLiteral("upstash"), QStringLiteral("apollo"),
         QStringLiteral("mailchimp"), QStringLiteral("hubspot"), QStringLiteral("ga4")});
}

QString
TestCliErase::addVerified(const QString& email, const QString& name,
                          const std::function<test::CliRun(QStringList, QHash<QString, QString>)>& run)
{
    const test::CliRun added =
        run({QStringLiteral("requests"), QStringLiteral("add"), QStringLiteral("--type"),
             QStringLiteral("erasure"), QStringLiteral("--regulation"), QStringLiteral("gdpr"),
             QStringLiteral("--received"), QStringLiteral("2026-11-25"), QStringLiteral("--email"), email,
             QStringLiteral("--name"), name},
            {});
    const QString id = added.json().object().value(QStringLiteral("id")).toString();
    run({QStringLiteral("requests"), QStringLiteral("transition"), id, QStringLiteral("verified")}, {});
    return id;
}

// Killed inside the processor phase (after a Stripe DELETE, after a redaction job was started, before it was
// run), a processor step that failed (every redaction-job POST answered 500) leaving the run incomplete, and
// resumed each time: the resume continues from the journal (no new search, no second job), the incomplete run
// resumes to retry only what failed, and the processors end exactly as after a clean run of the same erasure.
void TestCliErase::killedInTheProcessorPhase()
{
    const QString email = QStringLiteral("jonas.weber@example.de");
    const QString name = QStringLiteral("Jonas Weber");

    // The clean run, in a second workspace pointed at the same sandbox.
    QTemporaryDir otherHome;
    auto other = [&](QStringList args, const QHash<QString, QString>& env) {
        args << QStringLiteral("--workspace") << QStringLiteral("demo");
        return test::runCli(program(env), otherHome.path(), args, true, env, 180000);
    };
    QVERIFY(other({QStringLiteral("demo"), QStringLiteral("init")}, {}).code == 0);
    QVERIFY(other({QStringLiteral("demo"), QStringLiteral("sandbox"), QStringLiteral("--ports-file"),
                   m_sandbox->portsFile()},
                  {})
                .code == 0);
    QVERIFY(m_sandbox->resetAll());
    const QString cleanId = addVerified(email, name, other);
    test::CliRun r =
        other({QStringLiteral("erase"), QStringLiteral("--request"), cleanId, QStringLiteral("--plan")}, {});
    QVERIFY2(r.code == 0, r.err.constData());
    const QString cleanDigest = r.json().object().value(QStringLiteral("digest")).toString();
    r = other({QStringLiteral("erase"), QStringLiteral("--request"), cleanId, QStringLiteral("--run"),
               QStringLiteral("--digest"), cleanDigest},
              {});
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY(r.json()
                .object()
                .value(QStringLiteral("counts"))
                .toObject()
                .value(QStringLiteral("processor_done"))
                .toInt() > 0);
    const QJsonObject clean = processorsState();
    QCOMPARE(clean.value(QStringLiteral("stripe"))
                 .toObject()
                 .value(QStringLiteral("accounts"))
                 .toObject()
                 .value(QStringLiteral("leadmachine"))
                 .toObject()
                 .value(QStringLiteral("redaction_jobs"))
                 .toInt(),
             1);

    // The same erasure here, killed and resumed.
    QVERIFY(m_sandbox->resetAll());
    auto here = [&](QStringList args, const QHash<QString, QString>& env) { return cli(args, env); };
    const QString id = addVerified(email, name, here);
    const QString digest = plan(id).value(QStringLiteral("digest")).toString();
    QCOMPARE(digest.size(), 64);
    r = cli({QStringLiteral("erase"), QStringLiteral("--request"), id, QStringLiteral("--run"),
             QStringLiteral("--digest"), digest},
            {{QStringLiteral("LETHE_TEST_CRASH_AT"), QStringLiteral("call:delete_customer:1:after")}});
    QVERIFY2(r.code == -1, r.err.constData()); // killed
    // The run made the plan again (to check it is the one shown); from here on nothing is searched.
    const int searches = m_sandbox->count(QStringLiteral("stripe"), QStringLiteral("/v1/customers"));
    QVERIFY(searches > 0);

    // Every redaction-job POST fails: the step stays to be retried, the run ends incomplete.
    QVERIFY(
        m_sandbox->faults(QStringLiteral("stripe"),
                          QJsonObject{{QStringLiteral("faults"),
                                       QJsonArray{QJsonObject{{QStringLiteral("kind"), QStringLiteral("500")},
                                                              {QStringLiteral("count"), 100}}}},
                                      {QStringLiteral("match"), QStringLiteral("/v1/privacy/redaction_jobs")},
                                      {QStringLiteral("method"), QStringLiteral("POST")}}));
    // Killed after Postmark's data removal was requested (a POST with no idempotency key: only the journal
    // keeps it from being requested twice), then resumed to the end of the run, which is incomplete.
    r = cli({QStringLiteral("erase"), QStringLiteral("--resume")},
            {{QStringLiteral("LETHE_TEST_CRASH_AT"), QStringLiteral("call:data_removal:1:after")}});
    QVERIFY2(r.code == -1, r.err.constData());
    r = cli({QStringLiteral("erase"), QStringLiteral("--resume")});
    QCOMPARE(r.code, 8); // incomplete: a processor step failed, resumable
    QVERIFY(r.json()
                .object()
                .value(QStringLiteral("counts"))
                .toObject()
                .value(QStringLiteral("processor_failed"))
                .toInt() > 0);
    QVERIFY(
        m_sandbox->faults(QStringLiteral("stripe"), QJsonObject{{QStringLiteral("faults"), QJsonArray()}}));

    // The incomplete run resumes: killed after the job was started, then before it was run.
    for (const char* at : {"call:redaction_job:1:after", "call:run_redaction_job:1:before"}) {
        r = cli({QStringLiteral("erase"), QStringLiteral("--resume")},
                {{QStringLiteral("LETHE_TEST_CRASH_AT"), QString::fromLatin1(at)}});
        QVERIFY2(r.code == -1, at);
    }
    r = cli({QStringLiteral("erase"), QStringLiteral("--resume")});
    QVERIFY2(r.code == 0, r.err.constData());
    const QJsonObject report = r.json().object();
    QVERIFY(report.value(QStringLiteral("verified")).toBool());
    QCOMPARE(
        report.value(QStringLiteral("counts")).toObject().value(QStringLiteral("processor_failed")).toInt(),
        0);
    for (const QJsonValue& pv : report.value(QStringLiteral("processors")).toArray())
        QVERIFY(!pv.toObject().contains(QStringLiteral("state"))); // the journal's, not the report's
    // Nothing was searched again after the plan, and Stripe holds one job, run to the end.
    QCOMPARE(m_sandbox->count(QStringLiteral("stripe"), QStringLiteral("/v1/customers")), searches);
    const QJsonObject after = processorsState();
    for (auto it = clean.begin(); it != clean.end(); ++it)
        QVERIFY2(after.value(it.key()) == it.value(),
                 qPrintable(QStringLiteral("%1: clean %2, killed and resumed %3")
                                .arg(it.key(),
                                     QString::fromUtf8(
                                         QJsonDocument(it.value().toObject()).toJson(QJsonDocument::Compact)),
                                     QString::fromUtf8(QJsonDocument(after.value(it.key()).toObject())
                                                           .toJson(QJsonDocument::Compact)))));
    r = cli({QStringLiteral("erase"), QStringLiteral("--resume")});
    QCOMPARE(r.code, 3); // nothing left to resume
}

// The crash hook is test scaffolding: the shipped lethe-cli does not hold the variable's name, and a run with
// it set to a batch of the run finishes, verified. The crash-test build holds the name and dies where it says
// (so neither check passes by accident).
void TestCliErase::shippedCliHasNoCrashHook()
{
    const auto binary = [](const QString& path) {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    };
    const QByteArray shipped = binary(QStringLiteral(LETHE_CLI_PATH));
    const QByteArray crashtest = binary(QStringLiteral(LETHE_CLI_CRASHTEST_PATH));
    QVERIFY(shipped.size() > 100000);
    QVERIFY(crashtest.size() > 100000);
    QVERIFY(!shipped.contains("LETHE_TEST_CRASH_AT"));
    QVERIFY(!shipped.contains("LETHE_TEST_STORE_BATCH"));
    QVERIFY(crashtest.contains("LETHE_TEST_STORE_BATCH"));
    QVERIFY(crashtest.contains("LETHE_TEST_CRASH_AT"));
    // Nor does it take who acts from a variable: only the test build can be two officers at once.
    QVERIFY(!shipped.contains("LETHE_ACTOR"));
    QVERIFY(crashtest.contains("LETHE_ACTOR"));

    QVERIFY(m_sandbox->resetAll());
    auto here = [&](QStringList args, const QHash<QString, QString>& env) { return cli(args, env); };
    const QString id =
        addVerified(QStringLiteral("marcus@cole-roofing.example"), QStringLiteral("Marcus Cole"), here);
    const QJsonObject p = plan(id);
    const QString digest = p.value(QStringLiteral("digest")).toString();
    QCOMPARE(digest.size(), 64);
    const qint64 rows =
        p.value(QStringLiteral("counts")).toObject().value(QStringLiteral("delete_rows")).toInteger();
    QVERIFY2(rows > 30, qPrintable(QString::number(rows))); // batches of 5: more than 6 of them

    // The crash-test build dies after the second batch commits.
    const QHash<QString, QString> killAt2{{QStringLiteral("LETHE_TEST_CRASH_AT"), QStringLiteral("2:after")}};
    const QStringList run{
        QStringLiteral("erase"),        QStringLiteral("--request"), id,
        QStringLiteral("--run"),        QStringLiteral("--digest"),  digest,
        QStringLiteral("--batch-size"), QStringLiteral("5"),         QStringLiteral("--workspace"),
        QStringLiteral("demo")};
    test::CliRun r =
        test::runCli(QStringLiteral(LETHE_CLI_CRASHTEST_PATH), m_home.path(), run, true, killAt2, 180000);
    QVERIFY2(r.code == -1, r.err.constData()); // killed

    // lethe-cli, asked to die before the fourth batch commits, resumes to the end. It acts as the OS login,
    // whatever LETHE_ACTOR says, so that login is made an officer of the workspace first (when it has users).
    r = cli({QStringLiteral("users"), QStringLiteral("list")});
    QCOMPARE(r.code, 0);
    if (!r.json().object().value(QStringLiteral("users")).toArray().isEmpty()) {
        r = cli({QStringLiteral("users"), QStringLiteral("add"), test::osLogin(), QStringLiteral("--role"),
                 QStringLiteral("officer")});
        QVERIFY2(r.code == 0, r.err.constData());
    }
    const QHash<QString, QString> killAt4{
        {QStringLiteral("LETHE_TEST_CRASH_AT"), QStringLiteral("4:before")}};
    r = test::runCli(QStringLiteral(LETHE_CLI_PATH), m_home.path(),
                     {QStringLiteral("erase"), QStringLiteral("--resume"), QStringLiteral("--request"), id,
                      QStringLiteral("--workspace"), QStringLiteral("demo")},
                     true, killAt4, 180000);
    QVERIFY2(r.code == 0, r.err.constData());
    const QJsonObject report = r.json().object();
    QVERIFY(report.value(QStringLiteral("verified")).toBool());
    QCOMPARE(report.value(QStringLiteral("counts")).toObject().value(QStringLiteral("deleted")).toInteger(),
             rows);
}

QTEST_GUILESS_MAIN(TestCliErase)
#include "tst_cli_erase.moc"
