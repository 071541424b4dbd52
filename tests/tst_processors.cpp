#include "Job.h"
#include "Log.h"
#include "NetworkThread.h"
#include "ProcessorConnections.h"
#include "ProcessorErasure.h"
#include "ProcessorSearch.h"
#include "SandboxProcess.h"
#include "TestSupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSemaphore>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTest>
#include <QThread>

#include <mutex>
#include <optional>

using namespace lethe;

// Every shipped connector definition against lethe-sandbox (docs/sandbox.md has the seeding these counts come
// from): lookups, follow-on reads, several pages, exact matching where the API is fuzzy, erasure and its
// idempotent repeat, and each fault the sandbox injects: 429 with Retry-After, 500, a malformed body, a
// dropped connection, a slow answer, a refused key. A processor that fails does so alone.
class TestProcessors : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void stripe();
    void stripeCanceledSubscriptionsIncluded();
    void stripeErasure();
    void twilio();
    void twilioErasure();
    void resend();
    void postmark();
    void sendgrid();
    void sentry();
    void supabase();
    void upstashFollowsTheUserIdFromSupabase();
    void apolloExactMatchAmongFuzzyResults();
    void mailchimp();
    void hubspot();
    void ga4ErasureOnly();
    void decoysNeverTaken_data();
    void decoysNeverTaken();
    void stripeRedactionJobSurvivesADroppedPost();
    void erasureResumesFromItsState_data();
    void erasureResumesFromItsState();
    void everyErasureCanBeRepeated_data();
    void everyErasureCanBeRepeated();

    void retriesAfter429HonouringRetryAfter();
    void retriesAfter500AndDroppedConnections();
    void slowAnswerTimesOutAndIsRetried();
    void gaveUpAfterTheRetries();
    void malformedBodyIsAClearErrorAndOthersGoOn();
    void refusedKeyStopsOnlyThatProcessor();
    void noPersonalDataInTheLog();
    void tlsFailsClosed();

    void syncCallsRunNoEventLoopOnTheCallingThread();
    void cancelReachesARequestInFlightAtOnce();
    void aJobsStopAbortsItsRequestInFlight();
    void aJobsStopReachesTheNetworkThreadBeforeLaterWork();
    void stoppingTheNetworkThreadWakesItsCallers();

private:
    struct Setup
    {
        ConnectorDefinition definition;
        ProcessorConnection connection;
        QString secret;
    };
    Setup setup(const QString& connector, const QString& account);
    ProcessorResult find(const Setup& s, const QList<Identity>& ids);
    ProcessorErasureResult erase(const Setup& s, const ProcessorResult& found, const QList<Identity>& ids);
    static qint64 count(const ProcessorResult& r, const QString& lookup);
    static QMap<QString, int> states(const ProcessorErasureResult& r);
    QJsonObject accounts(const QString& processor);
    static QStringList nearMisses(const QString& email);
    static QStringList nearMissPhones(const QString& e164);

    std::unique_ptr<test::SandboxProcess> m_sandbox;
    QList<ConnectorDefinition> m_definitions;
    QTemporaryDir m_logs;

    const Identity amelia{IdentityKind::Email, QStringLiteral("amelia.hart@example.com")};
    const Identity ameliaPhone{IdentityKind::Phone, QStringLiteral("+442079460101")};
};

void TestProcessors::initTestCase()
{
    test::isolate();
    QVERIFY(log::init(m_logs.path()));
    m_sandbox = std::make_unique<test::SandboxProcess>(QStringLiteral(LETHE_SANDBOX_PATH));
    QVERIFY2(m_sandbox->ok(), qPrintable(m_sandbox->error()));
    QStringList problems;
    m_definitions = ConnectorLoader::loadAll({QStringLiteral(LETHE_CONNECTORS_DIR)}, &problems);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    QCOMPARE(m_definitions.size(), 12);
}

void TestProcessors::init()
{
    QVERIFY(m_sandbox->resetAll());
}

void TestProcessors::cleanupTestCase()
{
    m_sandbox.reset();
    log::shutdown();
}

TestProcessors::Setup TestProcessors::setup(const QString& connector, const QString& account)
{
    Setup s;
    for (const ConnectorDefinition& d : std::as_const(m_definitions))
        if (d.key == connector)
            s.definition = d;
    s.connection.key = account + QLatin1Char('-') + connector;
    s.connection.connector = connector;
    const QString server =
        connector == QLatin1String("supabase-auth") ? QStringLiteral("supabase") : connector;
    s.secret = QStringLiteral("sbx_%1_%2").arg(server, account);
    QString suffix;
    if (connector == QLatin1String("twilio"))
        s.connection.parameters.insert(QStringLiteral("account_sid"), QStringLiteral("AC") + account);
    if (connector == QLatin1String("postmark"))
        s.connection.parameters.insert(QStringLiteral("account_token"),
                                       QStringLiteral("sbx_postmark_account_") + account);
    if (connector == QLatin1String("sentry")) {
        s.connection.parameters.insert(QStringLiteral("organization"), account);
        s.connection.parameters.insert(QStringLiteral("project"), QStringLiteral("web"));
    }
    if (connector == QLatin1String("supabase-auth")) {
        suffix = QStringLiteral("/auth/v1");
        s.connection.parameters.insert(QStringLiteral("project_ref"), account);
    }
    if (connector == QLatin1String("upstash"))
        s.connection.parameters.insert(QStringLiteral("database"), account);
    if (connector == QLatin1String("apollo"))
        suffix = QStringLiteral("/api/v1");
    if (connector == QLatin1String("mailchimp")) {
        suffix = QStringLiteral("/3.0");
        s.connection.parameters.insert(QStringLiteral("dc"), QStringLiteral("us6"));
    }
    if (connector == QLatin1String("ga4"))
        s.connection.parameters.insert(QStringLiteral("property_id"), QStringLiteral("123456"));
    s.connection.baseUrl = m_sandbox->url(server, suffix);
    return s;
}

ProcessorResult TestProcessors::find(const Setup& s, const QList<Identity>& ids)
{
    const QList<ProcessorResult> r = ProcessorHub::search({{s.definition, s.connection, s.secret}}, ids);
    return r.value(0);
}

ProcessorErasureResult TestProcessors::erase(const Setup& s, const ProcessorResult& found,
                                             const QList<Identity>& ids)
{
    ProcessorErasureOptions o;
    o.pollEveryMs = 20;
    o.giveUpMs = 5000;
    return ProcessorErasure::run({{{s.definition, s.connection, s.secret}, found, {}}}, ids, o).value(0);
}

qint64 TestProcessors::count(const ProcessorResult& r, const QString& lookup)
{
    for (const ProcessorRecordSet& s : r.sets)
        if (s.lookup == lookup)
            return s.records.size();
    return -1;
}

QMap<QString, int> TestProcessors::states(const ProcessorErasureResult& r)
{
    QMap<QString, int> out;
    for (const ErasureOutcome& o : r.outcomes)
        out[o.step + QLatin1Char(':') + erasureStateKey(o.state)] += 1;
    return out;
}

void TestProcessors::stripe()
{
    const Setup s = setup(QStringLiteral("stripe"), QStringLiteral("alwaysleads"));
    const ProcessorResult r = find(s, {amelia});
    QVERIFY2(r.errors.isEmpty(), qPrintable(r.errors.join(QLatin1Char('\n'))));
    // The email filter is case-sensitive and finds her customer; the search also finds the one stored as
    // Amelia.Hart@Example.Com, the same mailbox. Both are hers.
    QCOMPARE(count(r, QStringLiteral("customers")), 2);
    for (const QJsonObject& c : r.sets[0].records)
        QCOMPARE(c.value(QStringLiteral("email")).toString().toLower(), amelia.value);
    // 250 charges and 210 invoices of hers, 1 each of the variant's (person 0: 1 + 0 % 4, 1 + 0 % 3).
    QCOMPARE(count(r, QStringLiteral("charges")), 251);
    QCOMPARE(count(r, QStringLiteral("invoices")), 211);
    QCOMPARE(count(r, QStringLiteral("subscriptions")), 2);
    QCOMPARE(count(r, QStringLiteral("payment_methods")), 2);
    QCOMPARE(count(r, QStringLiteral("tax_ids")), 2);
    // Pages: 250 charges at 100 a page are 3 requests, plus 1 for the variant's.
    QCOMPARE(m_sandbox->count(QStringLiteral("stripe"), QStringLiteral("/v1/charges")), 4);
    QCOMPARE(m_sandbox->count(QStringLiteral("stripe"), QStringLiteral("/v1/invoices")), 4);
    // Follow-on reads carry the record's path.
    QCOMPARE(r.sets[1].via.first(), QStringLiteral("email → Customers → Charges"));
    QCOMPARE(r.sets[1].columns.first(), QStringLiteral("id"));
    // Another account's key sees none of it.
    const ProcessorResult other = find(setup(QStringLiteral("stripe"), QStringLiteral("leadsgen")), {amelia});
    QVERIFY(other.errors.isEmpty());
    QCOMPARE(other.totalRecords(), 0);
}

void TestProcessors::stripeCanceledSubscriptionsIncluded()
{
    // Jonas Weber (person 1, odd) has a canceled subscription at Lead Machine's Stripe: status=all shows it.
    const Setup s = setup(QStringLiteral("stripe"), QStringLiteral("leadmachine"));
    const ProcessorResult r =
        find(s, {Identity{IdentityKind::Email, QStringLiteral("jonas.weber@example.de")}});
    QVERIFY(r.errors.isEmpty());
    QCOMPARE(count(r, QStringLiteral("customers")), 1);
    QCOMPARE(count(r, QStringLiteral("subscriptions")), 1);
    QCOMPARE(r.sets[3].records.first().value(QStringLiteral("status")).toString(),
             QStringLiteral("canceled"));
    QCOMPARE(count(r, QStringLiteral("charges")), 2);
}

void TestProcessors::stripeErasure()
{
    const Setup s = setup(QStringLiteral("stripe"), QStringLiteral("leadnest"));
    const ProcessorResult found = find(s, {amelia});
    QCOMPARE(count(found, QStringLiteral("customers")), 2);
    const ProcessorErasureResult e = erase(s, found, {amelia});
    QVERIFY2(e.complete(), qPrintable(e.errors.join(QLatin1Char('\n'))));
    QMap<QString, int> expected{{QStringLiteral("delete_customer:done"), 2},
                                {QStringLiteral("redaction_job:job-done"), 2},
                                {QStringLiteral("run_redaction_job:job-done"), 2}};
    QCOMPARE(states(e), expected);
    QVERIFY(e.keeps.join(QLatin1Char(' ')).contains(QStringLiteral("retrievable")));
    // Gone from lists and search; what Stripe keeps (the stub) is no longer found as hers.
    QCOMPARE(find(s, {amelia}).totalRecords(), 0);
    // Again: the customers are already gone, which counts as done.
    const ProcessorErasureResult again = erase(s, found, {amelia});
    QCOMPARE(states(again).value(QStringLiteral("delete_customer:already-gone")), 2);
}

void TestProcessors::twilio()
{
    const Setup s = setup(QStringLiteral("twilio"), QStringLiteral("leadnest"));
    const ProcessorResult r = find(s, {ameliaPhone});
    QVERIFY2(r.errors.isEmpty(), qPrintable(r.errors.join(QLatin1Char('\n'))));
    QCOMPARE(count(r, QStringLiteral("messages_to")), 230); // 120 to her, 110 from her
    QCOMPARE(count(r, QStringLiteral("media")), 2);
    // next_page_uri: 120 at 100 a page and 110 at 100 a page; media only where num_media is not 0.
    QCOMPARE(m_sandbox->count(QStringLiteral("twilio"), QStringLiteral("/Messages.json")), 4);
    QCOMPARE(m_sandbox->count(QStringLiteral("twilio"), QStringLiteral("/Media.json")), 1);
    // The Sid in the path must be the account's own.
    Setup wrong = s;
    wrong.connection.parameters.insert(QStringLiteral("account_sid"), QStringLiteral("ACleadmachine"));
    const ProcessorResult refused = find(wrong, {ameliaPhone});
    QVERIFY(refused.authRefused);
}

void TestProcessors::twilioErasure()
{
    const Setup s = setup(QStringLiteral("twilio"), QStringLiteral("leadnest"));
    const ProcessorResult found = find(s, {ameliaPhone});
    const ProcessorErasureResult e = erase(s, found, {ameliaPhone});
    // Her newest message is still "sending": Twilio refuses to delete it (20009) and says why.
    QCOMPARE(states(e).value(QStringLiteral("delete_message:done")), 229);
    QCOMPARE(states(e).value(QStringLiteral("delete_message:failed")), 1);
    QVERIFY(!e.complete());
    for (const ErasureOutcome& o : e.outcomes)
        if (o.state == ErasureOutcome::State::Failed)
            QVERIFY2(o.message.contains(QStringLiteral("HTTP 400")), qPrintable(o.message));
    QCOMPARE(count(find(s, {ameliaPhone}), QStringLiteral("messages_to")), 1);
    const ProcessorErasureResult again = erase(s, found, {ameliaPhone});
    QCOMPARE(states(again).value(QStringLiteral("delete_message:already-gone")), 229);
}

void TestProcessors::resend()
{
    const Setup s = setup(QStringLiteral("resend"), QStringLiteral("alwaysleads"));
    const ProcessorResult r = find(s, {amelia});
    QVERIFY2(r.errors.isEmpty(), qPrintable(r.errors.join(QLatin1Char('\n'))));
    QCOMPARE(count(r, QStringLiteral("contact")), 1);
    QCOMPARE(count(r, QStringLiteral("suppression")), 0);
    // No recipient filter: all 267 emails are listed (3 pages) and only the 230 to her are kept; the one with
    // her address in the subject line only is not hers.
    QCOMPARE(count(r, QStringLiteral("emails")), 230);
    QCOMPARE(m_sandbox->count(QStringLiteral("resend"), QStringLiteral("/emails")), 3);
    const ProcessorErasureResult e = erase(s, r, {amelia});
    QCOMPARE(states(e), (QMap<QString, int>{{QStringLiteral("delete_contact:done"), 1}}));
    QVERIFY(e.keeps.join(QLatin1Char(' ')).contains(QStringLiteral("no API to delete sent")));
    QCOMPARE(count(find(s, {amelia}), QStringLiteral("contact")), 0);
    QCOMPARE(states(erase(s, r, {amelia})),
             (QMap<QString, int>{{QStringLiteral("delete_contact:already-gone"), 1}}));
}

void TestProcessors::postmark()
{
    // Sofia Lindqvist (person 4) is Postmark's heavy subject: 1050 messages and 1010 bounces, 3 pages each.
    const Identity sofia{IdentityKind::Email, QStringLiteral("sofia.lindqvist@example.se")};
    const Setup s = setup(QStringLiteral("postmark"), QStringLiteral("leadtrackengine"));
    const ProcessorResult r = find(s, {sofia});
    QVERIFY2(r.errors.isEmpty(), qPrintable(r.errors.join(QLatin1Char('\n'))));
    QCOMPARE(count(r, QStringLiteral("outbound")), 1050);
    QCOMPARE(count(r, QStringLiteral("bounces")), 1010);
    QCOMPARE(m_sandbox->count(QStringLiteral("postmark"), QStringLiteral("/messages/outbound")), 3);
    // The data removal is a job: polled until Postmark says Done, after which nothing is left.
    const ProcessorErasureResult e = erase(s, r, {sofia});
    QVERIFY2(e.complete(), qPrintable(e.errors.join(QLatin1Char('\n'))));
    QCOMPARE(states(e), (QMap<QString, int>{{QStringLiteral("data_removal:job-done"), 1}}));
    QVERIFY(!e.outcomes.first().jobId.isEmpty());
    QCOMPARE(find(s, {sofia}).totalRecords(), 0);
}

void TestProcessors::sendgrid()
{
    const Setup s = setup(QStringLiteral("sendgrid"), QStringLiteral("leadnest"));
    const ProcessorResult r = find(s, {amelia});
    QVERIFY2(r.errors.isEmpty(), qPrintable(r.errors.join(QLatin1Char('\n'))));
    QCOMPARE(count(r, QStringLiteral("contacts")), 1);
    QCOMPARE(count(r, QStringLiteral("bounces")), 1);
    QCOMPARE(count(r, QStringLiteral("activity")), 25);
    // Someone SendGrid does not know: its 404 means "nothing", not an error.
    const ProcessorResult none =
        find(s, {Identity{IdentityKind::Email, QStringLiteral("nobody@example.org")}});
    QVERIFY(none.errors.isEmpty());
    QCOMPARE(none.totalRecords(), 0);
    const ProcessorErasureResult e = erase(s, r, {amelia});
    QVERIFY2(e.complete(), qPrintable(e.errors.join(QLatin1Char('\n'))));
    QCOMPARE(states(e), (QMap<QString, int>{{QStringLiteral("delete_contacts:job-started"), 1},
                                            {QStringLiteral("delete_bounce:done"), 1},
                                            {QStringLiteral("erase_job:job-started"), 1}}));
    const ProcessorResult after = find(s, {amelia});
    QCOMPARE(count(after, QStringLiteral("contacts")), 0);
    QCOMPARE(count(after, QStringLiteral("bounces")), 0);
    QCOMPARE(count(after, QStringLiteral("activity")), 0);
}

void TestProcessors::sentry()
{
    const Setup s = setup(QStringLiteral("sentry"), QStringLiteral("leadnest"));
    const ProcessorResult r = find(s, {amelia});
    QVERIFY2(r.errors.isEmpty(), qPrintable(r.errors.join(QLatin1Char('\n'))));
    QCOMPARE(count(r, QStringLiteral("users")), 1);
    QCOMPARE(count(r, QStringLiteral("issues")), 230); // Link header, results="false" ends it: 3 pages
    QCOMPARE(m_sandbox->count(QStringLiteral("sentry"), QStringLiteral("/issues/")), 3);
    const ProcessorErasureResult e = erase(s, r, {amelia});
    QVERIFY(e.complete());
    QCOMPARE(states(e), (QMap<QString, int>{{QStringLiteral("delete_issues:done"), 230}}));
    QCOMPARE(count(find(s, {amelia}), QStringLiteral("issues")), 0);
    QVERIFY(e.keeps.join(QLatin1Char(' ')).contains(QStringLiteral("event user")));
}

void TestProcessors::supabase()
{
    const Setup s = setup(QStringLiteral("supabase-auth"), QStringLiteral("alwaysleads"));
    // The filter is a substring match: x.amelia.hart@example.com comes back and is not hers.
    const ProcessorResult r = find(s, {amelia, ameliaPhone});
    QVERIFY2(r.errors.isEmpty(), qPrintable(r.errors.join(QLatin1Char('\n'))));
    QCOMPARE(count(r, QStringLiteral("users")), 1);
    QCOMPARE(r.sets[0].records.first().value(QStringLiteral("email")).toString(), amelia.value);
    // The phone lookup pages through every user (no phone filter) and finds the same user once.
    QVERIFY(m_sandbox->count(QStringLiteral("supabase"), QStringLiteral("/admin/users")) >= 2);
    const ProcessorErasureResult e = erase(s, r, {amelia});
    QCOMPARE(states(e), (QMap<QString, int>{{QStringLiteral("delete_user:done"), 1}}));
    QVERIFY(e.keeps.join(QLatin1Char(' ')).contains(QStringLiteral("audit-log")));
    QCOMPARE(find(s, {amelia}).totalRecords(), 0);
    QCOMPARE(states(erase(s, r, {amelia})),
             (QMap<QString, int>{{QStringLiteral("delete_user:already-gone"), 1}}));
}

void TestProcessors::upstashFollowsTheUserIdFromSupabase()
{
    // Jonas Weber (person 1) holds a Lead Machine account: his auth user id names his keys in Redis.
    const Identity jonas{IdentityKind::Email, QStringLiteral("jonas.weber@example.de")};
    const ProcessorResult auth =
        find(setup(QStringLiteral("supabase-auth"), QStringLiteral("leadmachine")), {jonas});
    QCOMPARE(count(auth, QStringLiteral("users")), 1);
    const Identity uid{IdentityKind::UserId,
                       auth.sets[0].records.first().value(QStringLiteral("id")).toString()};
    const Setup s = setup(QStringLiteral("upstash"), QStringLiteral("leadmachine"));
    const ProcessorResult r = find(s, {jonas, uid});
    QVERIFY2(r.errors.isEmpty(), qPrintable(r.errors.join(QLatin1Char('\n'))));
    // ratelimit:<email>, user:<uuid> and his 150 session keys; SCAN walks all 448 keys per pattern.
    QCOMPARE(count(r, QStringLiteral("keys_by_email")), 152);
    QCOMPARE(m_sandbox->count(QStringLiteral("upstash"), QStringLiteral("/pipeline"), "POST"), 152);
    const ProcessorErasureResult e = erase(s, r, {jonas, uid});
    QVERIFY(e.complete());
    QCOMPARE(states(e), (QMap<QString, int>{{QStringLiteral("delete_keys:done"), 152}}));
    QCOMPARE(count(find(s, {jonas, uid}), QStringLiteral("keys_by_email")), 0);
}

void TestProcessors::apolloExactMatchAmongFuzzyResults()
{
    const Setup s = setup(QStringLiteral("apollo"), QStringLiteral("alwaysleads"));
    const ProcessorResult r = find(s, {amelia});
    QVERIFY2(r.errors.isEmpty(), qPrintable(r.errors.join(QLatin1Char('\n'))));
    // 230 plus-addressed contacts and a namesake come back from the keyword search; her own is on page 3.
    QCOMPARE(count(r, QStringLiteral("contacts")), 1);
    QCOMPARE(m_sandbox->count(QStringLiteral("apollo"), QStringLiteral("/contacts/search"), "POST"), 3);
    const ProcessorErasureResult e = erase(s, r, {amelia});
    QCOMPARE(states(e), (QMap<QString, int>{{QStringLiteral("mask_contact:done"), 1}}));
    QCOMPARE(e.outcomes.first().effect, ErasureEffect::Masked);
    QCOMPARE(find(s, {amelia}).totalRecords(), 0);
}

void TestProcessors::mailchimp()
{
    const Setup s = setup(QStringLiteral("mailchimp"), QStringLiteral("demo"));
    const ProcessorResult r = find(s, {amelia});
    QVERIFY2(r.errors.isEmpty(), qPrintable(r.errors.join(QLatin1Char('\n'))));
    QCOMPARE(count(r, QStringLiteral("members")), 1);
    QVERIFY(count(r, QStringLiteral("activity")) >= 1);
    const ProcessorErasureResult e = erase(s, r, {amelia});
    QCOMPARE(states(e), (QMap<QString, int>{{QStringLiteral("delete_permanent:done"), 1}}));
    QCOMPARE(count(find(s, {amelia}), QStringLiteral("members")), 0);
    QCOMPARE(states(erase(s, r, {amelia})),
             (QMap<QString, int>{{QStringLiteral("delete_permanent:already-gone"), 1}}));
}

void TestProcessors::hubspot()
{
    const Setup s = setup(QStringLiteral("hubspot"), QStringLiteral("demo"));
    const ProcessorResult byEmail = find(s, {amelia});
    QVERIFY2(byEmail.errors.isEmpty(), qPrintable(byEmail.errors.join(QLatin1Char('\n'))));
    QCOMPARE(count(byEmail, QStringLiteral("contacts")), 1);
    // 230 colleagues share her office number: a phone search finds them all (3 pages of paging.next.after).
    // They are other people: a phone alone is a weak identity, which the preview shows by the path.
    QVERIFY(m_sandbox->resetAll());
    const ProcessorResult byPhone = find(s, {ameliaPhone});
    QCOMPARE(count(byPhone, QStringLiteral("contacts")), 231);
    QCOMPARE(m_sandbox->count(QStringLiteral("hubspot"), QStringLiteral("/search"), "POST"), 3);
    // Erased by id, so an address HubSpot does not know never lands on its blocklist.
    const ProcessorErasureResult e = erase(s, byEmail, {amelia});
    QCOMPARE(states(e), (QMap<QString, int>{{QStringLiteral("gdpr_delete:done"), 1}}));
    QCOMPARE(count(find(s, {amelia}), QStringLiteral("contacts")), 0);
}

void TestProcessors::ga4ErasureOnly()
{
    const Setup s = setup(QStringLiteral("ga4"), QStringLiteral("leadnest"));
    QVERIFY(s.definition.lookups.isEmpty());
    const Identity uid{IdentityKind::UserId, QStringLiteral("u-123")};
    const ProcessorErasureResult e = erase(s, ProcessorResult{}, {uid});
    QVERIFY2(e.complete(), qPrintable(e.errors.join(QLatin1Char('\n'))));
    QCOMPARE(states(e), (QMap<QString, int>{{QStringLiteral("user_deletion:done"), 1}}));
    QCOMPARE(e.outcomes.first().target, QStringLiteral("user-id")); // never the id itself
    // Without a user id there is nothing GA4 can be asked to delete.
    QCOMPARE(erase(s, ProcessorResult{}, {amelia}).outcomes.size(), 0);
}

// The sandbox's decoys (docs/sandbox.md), built the same way: near misses of the subject's address and
// number.
QStringList TestProcessors::nearMisses(const QString& email)
{
    const QString local = email.section(QLatin1Char('@'), 0, 0);
    const QString domain = email.section(QLatin1Char('@'), 1);
    QString underscored = local;
    underscored.replace(QLatin1Char('.'), QLatin1Char('_'));
    return {QStringLiteral("x.") + email, email + QStringLiteral(".au"),
            local.mid(1) + QLatin1Char('@') + domain, local + QLatin1Char('@') + domain.chopped(1),
            underscored + QLatin1Char('@') + domain};
}

QStringList TestProcessors::nearMissPhones(const QString& e164)
{
    const QChar last = e164.back();
    return {e164 + QLatin1Char('9'), e164.chopped(1),
            e164.chopped(1) + (last == QLatin1Char('9') ? QLatin1Char('8') : QChar(last.unicode() + 1))};
}

QJsonObject TestProcessors::accounts(const QString& processor)
{
    QJsonObject all = m_sandbox->state(processor).value(QStringLiteral("accounts")).toObject();
    for (auto it = all.begin(); it != all.end(); ++it) {
        QJsonObject a = it.value().toObject();
        a.remove(QStringLiteral("idempotent_replays")); // how it got there, not what is there
        it.value() = a;
    }
    return all;
}

void TestProcessors::decoysNeverTaken_data()
{
    everyErasureCanBeRepeated_data();
    QTest::newRow("twilio") << "twilio"
                            << "leadnest" << QString();
}

// Near misses of the heavy subject (hers inside a longer address, a part of hers, her dot as "_", her number
// with a digit more, fewer or changed; at Upstash also user ids containing hers or hers in capitals): no
// lookup takes them for hers, the erasure leaves them, and each is still found as itself afterwards. Where
// the processor's own search returns them, they show as near matches.
void TestProcessors::decoysNeverTaken()
{
    QFETCH(QString, connector);
    QFETCH(QString, account);
    QFETCH(QString, email);
    const Setup s = setup(connector, account);
    QList<Identity> ids;
    QList<Identity> near;
    if (email.isEmpty()) {
        ids << ameliaPhone;
        for (const QString& n : nearMissPhones(ameliaPhone.value))
            near << Identity{IdentityKind::Phone, n};
    } else {
        ids << Identity{IdentityKind::Email, email};
        for (const QString& n : nearMisses(email))
            near << Identity{IdentityKind::Email, n};
    }
    if (connector == QLatin1String("upstash")) {
        const ProcessorResult auth = find(setup(QStringLiteral("supabase-auth"), account), ids);
        QCOMPARE(count(auth, QStringLiteral("users")), 1);
        const QString uid = auth.sets[0].records.first().value(QStringLiteral("id")).toString();
        ids << Identity{IdentityKind::UserId, uid};
        near << Identity{IdentityKind::UserId, uid.toUpper()}
             << Identity{IdentityKind::UserId, uid + QLatin1Char('0')};
    }
    const ProcessorResult found = find(s, ids);
    QVERIFY2(found.errors.isEmpty(), qPrintable(found.errors.join(QLatin1Char('\n'))));
    QVERIFY(found.totalRecords() > 0);
    for (const Identity& n : std::as_const(near)) {
        // The decoy as a whole value, not as part of hers: not preceded or followed by more of an address.
        const QRegularExpression token(QStringLiteral("(?<![A-Za-z0-9._+-])%1(?![A-Za-z0-9.-])")
                                           .arg(QRegularExpression::escape(n.value)));
        for (const ProcessorRecordSet& set : found.sets)
            for (const QJsonObject& r : set.records)
                QVERIFY2(!token.match(QString::fromUtf8(QJsonDocument(r).toJson(QJsonDocument::Compact)))
                              .hasMatch(),
                         qPrintable(QStringLiteral("%1 took %2 for hers").arg(set.lookup, n.value)));
    }
    if (connector == QLatin1String("upstash") || connector == QLatin1String("supabase-auth") ||
        connector == QLatin1String("apollo"))
        QVERIFY2(found.nearMatches() > 0, qPrintable(connector));
    erase(s, found, ids);
    for (const Identity& n : std::as_const(near)) {
        const ProcessorResult still = find(s, {n});
        QVERIFY2(still.errors.isEmpty(), qPrintable(still.errors.join(QLatin1Char('\n'))));
        QVERIFY2(still.totalRecords() > 0,
                 qPrintable(QStringLiteral("%1 erased at %2").arg(n.value, connector)));
    }
}

// A dropped connection on the redaction-job POST: the work was done, the answer lost, the POST retried with
// the same Idempotency-Key, and Stripe answers with the job it made: one job per customer, none left pending.
void TestProcessors::stripeRedactionJobSurvivesADroppedPost()
{
    const Setup s = setup(QStringLiteral("stripe"), QStringLiteral("leadnest"));
    const ProcessorResult found = find(s, {amelia});
    QCOMPARE(count(found, QStringLiteral("customers")), 2);
    QVERIFY(m_sandbox->faults(
        QStringLiteral("stripe"),
        QJsonObject{{QStringLiteral("faults"),
                     QJsonArray{QJsonObject{{QStringLiteral("kind"), QStringLiteral("drop")},
                                            {QStringLiteral("count"), 1}}}},
                    {QStringLiteral("match"), QStringLiteral("/v1/privacy/redaction_jobs")},
                    {QStringLiteral("method"), QStringLiteral("POST")}}));
    const ProcessorErasureResult e = erase(s, found, {amelia});
    QVERIFY2(e.complete(), qPrintable(e.errors.join(QLatin1Char('\n'))));
    QVERIFY(e.retries >= 1);
    const QJsonObject leadnest = m_sandbox->state(QStringLiteral("stripe"))
                                     .value(QStringLiteral("accounts"))
                                     .toObject()
                                     .value(QStringLiteral("leadnest"))
                                     .toObject();
    QCOMPARE(leadnest.value(QStringLiteral("redaction_jobs")).toInt(), 2);
    QCOMPARE(leadnest.value(QStringLiteral("pending_jobs")).toInt(), 0);
    QCOMPARE(leadnest.value(QStringLiteral("idempotent_replays")).toInt(), 1);
}

void TestProcessors::erasureResumesFromItsState_data()
{
    QTest::addColumn<QString>("step");
    QTest::addColumn<int>("call");
    QTest::addColumn<bool>("answered");
    QTest::addColumn<bool>("answerLost"); // killed after the answer arrived, before the state was written
    QTest::newRow("after a DELETE") << "delete_customer" << 1 << true << false;
    QTest::newRow("before a DELETE") << "delete_customer" << 2 << false << false;
    QTest::newRow("after the job POSTs") << "redaction_job" << 2 << true << false;
    QTest::newRow("job POST answer lost") << "redaction_job" << 1 << true << true;
    QTest::newRow("while polling") << "redaction_job/poll" << 1 << true << false;
    QTest::newRow("before the run") << "run_redaction_job" << 1 << false << false;
    QTest::newRow("run answer lost") << "run_redaction_job" << 2 << true << true;
    QTest::newRow("polling the run") << "run_redaction_job/poll" << 1 << false << false;
}

// Killed inside a processor's erasure and started again from the state it checkpointed: nothing is searched
// again, no customer deleted twice, no job started twice, every job run to the end; the processor ends
// exactly as after a clean run.
void TestProcessors::erasureResumesFromItsState()
{
    QFETCH(QString, step);
    QFETCH(int, call);
    QFETCH(bool, answered);
    QFETCH(bool, answerLost);
    const Setup s = setup(QStringLiteral("stripe"), QStringLiteral("leadnest"));
    ProcessorErasureOptions o;
    o.pollEveryMs = 20;
    o.giveUpMs = 5000;

    // A clean run, for comparison.
    const ProcessorResult cleanFound = find(s, {amelia});
    QCOMPARE(count(cleanFound, QStringLiteral("customers")), 2);
    QVERIFY(ProcessorErasure::run({{{s.definition, s.connection, s.secret}, cleanFound, {}}}, {amelia}, o)
                .value(0)
                .complete());
    const QJsonObject clean = accounts(QStringLiteral("stripe"));
    QVERIFY(m_sandbox->resetAll());

    const ProcessorResult found = find(s, {amelia});
    QJsonObject saved;
    o.checkpoint = [&saved](const QJsonObject& state) { saved = state; };
    o.crashPoint = [&](const QString& at, int n, bool afterAnswer) {
        return at == step && n == call && afterAnswer == answered;
    };
    const ProcessorErasureResult killed =
        ProcessorErasure::run({{{s.definition, s.connection, s.secret}, found, {}}}, {amelia}, o).value(0);
    QVERIFY(killed.stoppedDead);
    QJsonObject state = saved; // as journalled when it was killed (nothing yet, if before the first call)
    if (answerLost) {
        // The answer of the step's call-th call was never written: the state still says "sending".
        QJsonArray entries = state.value(QStringLiteral("entries")).toArray();
        int seen = 0;
        for (int i = 0; i < entries.size(); ++i) {
            QJsonObject e = entries[i].toObject();
            if (e.value(QStringLiteral("step")).toString() != step || ++seen != call)
                continue;
            e[QStringLiteral("state")] = QStringLiteral("sending");
            e.remove(QStringLiteral("job"));
            e.remove(QStringLiteral("status"));
            entries[i] = e;
        }
        QCOMPARE(seen >= call, true);
        state[QStringLiteral("entries")] = entries;
    }
    const int searchesBefore = m_sandbox->count(QStringLiteral("stripe"), QStringLiteral("/v1/customers"));
    o.crashPoint = {};
    const ProcessorErasureResult resumed =
        ProcessorErasure::run({{{s.definition, s.connection, s.secret}, found, state}}, {amelia}, o).value(0);
    QVERIFY2(resumed.complete(), qPrintable(resumed.errors.join(QLatin1Char('\n'))));
    // A DELETE in flight when it was killed (sent, its answer never recorded) is sent again and finds the
    // customer already gone; every other call is made once.
    int inFlight = 0;
    for (const QJsonValue& v : state.value(QStringLiteral("entries")).toArray())
        inFlight += v[QStringLiteral("step")].toString() == QLatin1String("delete_customer") &&
                    v[QStringLiteral("state")].toString() == QLatin1String("sending");
    const QMap<QString, int> st = states(resumed);
    QCOMPARE(st.value(QStringLiteral("delete_customer:done")) +
                 st.value(QStringLiteral("delete_customer:already-gone")),
             2);
    QVERIFY(st.value(QStringLiteral("delete_customer:already-gone")) <= inFlight);
    QCOMPARE(st.value(QStringLiteral("redaction_job:job-done")), 2);
    QCOMPARE(st.value(QStringLiteral("run_redaction_job:job-done")), 2);
    // Nothing searched again (GET /v1/customers... would count).
    QCOMPARE(m_sandbox->count(QStringLiteral("stripe"), QStringLiteral("/v1/customers")), searchesBefore);
    const int deletes =
        m_sandbox->count(QStringLiteral("stripe"), QStringLiteral("/v1/customers/"), "DELETE");
    QVERIFY2(deletes >= 2 && deletes <= 2 + inFlight, qPrintable(QString::number(deletes)));
    // One job per customer, all finished: the processor as after the clean run.
    QCOMPARE(accounts(QStringLiteral("stripe")), clean);
}

void TestProcessors::everyErasureCanBeRepeated_data()
{
    QTest::addColumn<QString>("connector");
    QTest::addColumn<QString>("account");
    QTest::addColumn<QString>("email");
    const QString hart = QStringLiteral("amelia.hart@example.com");
    QTest::newRow("stripe") << "stripe"
                            << "alwaysleads" << hart;
    QTest::newRow("resend") << "resend"
                            << "alwaysleads" << hart;
    QTest::newRow("postmark") << "postmark"
                              << "leadtrackengine"
                              << "sofia.lindqvist@example.se";
    QTest::newRow("sendgrid") << "sendgrid"
                              << "leadnest" << hart;
    QTest::newRow("sentry") << "sentry"
                            << "leadnest" << hart;
    QTest::newRow("supabase") << "supabase-auth"
                              << "alwaysleads" << hart;
    QTest::newRow("upstash") << "upstash"
                             << "leadmachine"
                             << "jonas.weber@example.de";
    QTest::newRow("apollo") << "apollo"
                            << "alwaysleads" << hart;
    QTest::newRow("mailchimp") << "mailchimp"
                               << "demo" << hart;
    QTest::newRow("hubspot") << "hubspot"
                             << "demo" << hart;
}

// Erasing twice from the same findings (a crash between the processor's answer and our record of it) does no
// harm: the second run ends with nothing failed, each step done again or "already gone".
void TestProcessors::everyErasureCanBeRepeated()
{
    QFETCH(QString, connector);
    QFETCH(QString, account);
    QFETCH(QString, email);
    const Setup s = setup(connector, account);
    const QList<Identity> ids{{IdentityKind::Email, email}};
    const ProcessorResult found = find(s, ids);
    QVERIFY2(found.errors.isEmpty(), qPrintable(found.errors.join(QLatin1Char('\n'))));
    QVERIFY(found.totalRecords() > 0);
    const ProcessorErasureResult first = erase(s, found, ids);
    QVERIFY2(first.complete(), qPrintable(first.errors.join(QLatin1Char('\n'))));
    const ProcessorErasureResult second = erase(s, found, ids);
    for (const ErasureOutcome& o : second.outcomes)
        QVERIFY2(o.finished() && o.state != ErasureOutcome::State::HandedOver,
                 qPrintable(QStringLiteral("%1: %2 %3").arg(o.step, erasureStateKey(o.state), o.message)));
    QCOMPARE(second.outcomes.size(), first.outcomes.size());
}

void TestProcessors::retriesAfter429HonouringRetryAfter()
{
    const Setup s = setup(QStringLiteral("stripe"), QStringLiteral("alwaysleads"));
    QVERIFY(
        m_sandbox->faults(QStringLiteral("stripe"),
                          QJsonObject{{QStringLiteral("faults"),
                                       QJsonArray{QJsonObject{{QStringLiteral("kind"), QStringLiteral("429")},
                                                              {QStringLiteral("count"), 2},
                                                              {QStringLiteral("retry_after"), 1}}}},
                                      {QStringLiteral("match"), QStringLiteral("/v1/charges")}}));
    QElapsedTimer t;
    t.start();
    const ProcessorResult r = find(s, {amelia});
    QVERIFY2(r.errors.isEmpty(), qPrintable(r.errors.join(QLatin1Char('\n'))));
    QCOMPARE(count(r, QStringLiteral("charges")), 251); // nothing lost
    QCOMPARE(r.retries, 2);
    // It waited for Retry-After (a lower bound, not a speed test): the two 429s may come to two calls made at
    // once, which then wait together.
    QVERIFY2(t.elapsed() >= 950, qPrintable(QString::number(t.elapsed())));
}

void TestProcessors::retriesAfter500AndDroppedConnections()
{
    const Setup s = setup(QStringLiteral("resend"), QStringLiteral("alwaysleads"));
    QVERIFY(m_sandbox->faults(
        QStringLiteral("resend"),
        QJsonObject{{QStringLiteral("faults"),
                     QJsonArray{QJsonObject{{QStringLiteral("kind"), QStringLiteral("500")},
                                            {QStringLiteral("count"), 2}},
                                QJsonObject{{QStringLiteral("kind"), QStringLiteral("drop")},
                                            {QStringLiteral("count"), 1}}}},
                    {QStringLiteral("match"), QStringLiteral("/emails")}}));
    const ProcessorResult r = find(s, {amelia});
    QVERIFY2(r.errors.isEmpty(), qPrintable(r.errors.join(QLatin1Char('\n'))));
    QCOMPARE(count(r, QStringLiteral("emails")), 230);
    QCOMPARE(r.retries, 3);
}

void TestProcessors::slowAnswerTimesOutAndIsRetried()
{
    Setup s = setup(QStringLiteral("sentry"), QStringLiteral("leadnest"));
    s.definition.timeoutMs = 400;
    QVERIFY(m_sandbox->faults(
        QStringLiteral("sentry"),
        QJsonObject{{QStringLiteral("faults"),
                     QJsonArray{QJsonObject{{QStringLiteral("kind"), QStringLiteral("slow")},
                                            {QStringLiteral("count"), 1},
                                            {QStringLiteral("ms"), 3000}}}},
                    {QStringLiteral("match"), QStringLiteral("/users/")}}));
    const ProcessorResult r = find(s, {amelia});
    QVERIFY2(r.errors.isEmpty(), qPrintable(r.errors.join(QLatin1Char('\n'))));
    QCOMPARE(count(r, QStringLiteral("users")), 1);
    QCOMPARE(r.retries, 1);
}

void TestProcessors::gaveUpAfterTheRetries()
{
    Setup s = setup(QStringLiteral("sentry"), QStringLiteral("leadnest"));
    s.definition.retries = 2;
    QVERIFY(
        m_sandbox->faults(QStringLiteral("sentry"),
                          QJsonObject{{QStringLiteral("faults"),
                                       QJsonArray{QJsonObject{{QStringLiteral("kind"), QStringLiteral("500")},
                                                              {QStringLiteral("count"), 10}}}},
                                      {QStringLiteral("match"), QStringLiteral("/users/")}}));
    const ProcessorResult r = find(s, {amelia});
    QCOMPARE(r.errors.size(), 1);
    QVERIFY2(r.errors.first().contains(QStringLiteral("Sentry")) &&
                 r.errors.first().contains(QStringLiteral("HTTP 500")) &&
                 r.errors.first().contains(QStringLiteral("/users/")),
             qPrintable(r.errors.first()));
    QCOMPARE(count(r, QStringLiteral("issues")), 230); // the other lookup went on
}

void TestProcessors::malformedBodyIsAClearErrorAndOthersGoOn()
{
    const Setup stripe = setup(QStringLiteral("stripe"), QStringLiteral("alwaysleads"));
    const Setup resend = setup(QStringLiteral("resend"), QStringLiteral("alwaysleads"));
    QVERIFY(m_sandbox->faults(
        QStringLiteral("stripe"),
        QJsonObject{{QStringLiteral("faults"),
                     QJsonArray{QJsonObject{{QStringLiteral("kind"), QStringLiteral("malformed")},
                                            {QStringLiteral("count"), 1}}}},
                    {QStringLiteral("match"), QStringLiteral("/v1/invoices")}}));
    const QList<ProcessorResult> r =
        ProcessorHub::search({{stripe.definition, stripe.connection, stripe.secret},
                              {resend.definition, resend.connection, resend.secret}},
                             {amelia});
    QCOMPARE(r.size(), 2);
    QCOMPARE(r[0].errors.size(), 1);
    const QString message = r[0].errors.first();
    QVERIFY2(message.contains(QStringLiteral("Stripe")) &&
                 message.contains(QStringLiteral("GET /v1/invoices")) &&
                 message.contains(QStringLiteral("not JSON")),
             qPrintable(message));
    QVERIFY(!message.contains(amelia.value));
    QCOMPARE(count(r[0], QStringLiteral("charges")), 251); // the other reads went on
    QVERIFY(r[1].errors.isEmpty());
    QCOMPARE(count(r[1], QStringLiteral("emails")), 230);
}

void TestProcessors::refusedKeyStopsOnlyThatProcessor()
{
    Setup stripe = setup(QStringLiteral("stripe"), QStringLiteral("alwaysleads"));
    stripe.secret = QStringLiteral("sk_test_wrong");
    const Setup sentry = setup(QStringLiteral("sentry"), QStringLiteral("leadnest"));
    const QList<ProcessorResult> r =
        ProcessorHub::search({{stripe.definition, stripe.connection, stripe.secret},
                              {sentry.definition, sentry.connection, sentry.secret}},
                             {amelia});
    QVERIFY(r[0].authRefused);
    QVERIFY2(r[0].errors.first().contains(QStringLiteral("HTTP 401")), qPrintable(r[0].errors.first()));
    QVERIFY(!r[0].errors.first().contains(QStringLiteral("sk_test_wrong"))); // the key is not repeated
    QCOMPARE(r[0].totalRecords(), 0);
    QVERIFY(r[1].errors.isEmpty());
    QCOMPARE(count(r[1], QStringLiteral("issues")), 230);
}

void TestProcessors::noPersonalDataInTheLog()
{
    const Setup s = setup(QStringLiteral("twilio"), QStringLiteral("leadnest"));
    QVERIFY(
        m_sandbox->faults(QStringLiteral("twilio"),
                          QJsonObject{{QStringLiteral("faults"),
                                       QJsonArray{QJsonObject{{QStringLiteral("kind"), QStringLiteral("500")},
                                                              {QStringLiteral("count"), 1}}}}}));
    const ProcessorResult r = find(s, {ameliaPhone, amelia});
    QCOMPARE(r.retries, 1);
    log::flush();
    QFile f(log::filePath());
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray text = f.readAll();
    QVERIFY(text.contains("processor twilio: GET /2010-04-01/Accounts/{param.account_sid}/Messages.json"));
    QVERIFY(!text.contains("442079460101"));
    QVERIFY(!text.contains("amelia"));
    QVERIFY(!text.contains("sbx_twilio"));
}

// A server whose certificate the system does not trust (self-signed, tests/data): the engine refuses the
// handshake, says so, does not retry, and the server never receives the request, so the key never leaves.
void TestProcessors::tlsFailsClosed()
{
    QFile certFile(QStringLiteral(LETHE_TEST_DATA "/selfsigned.crt"));
    QFile keyFile(QStringLiteral(LETHE_TEST_DATA "/selfsigned.key"));
    QVERIFY(certFile.open(QIODevice::ReadOnly) && keyFile.open(QIODevice::ReadOnly));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(QSslCertificate(&certFile, QSsl::Pem));
    tls.setPrivateKey(QSslKey(&keyFile, QSsl::Rsa, QSsl::Pem));
    QSslServer server;
    server.setSslConfiguration(tls);
    QVERIFY(server.listen(QHostAddress::LocalHost));
    int handshakes = 0;
    QByteArray received;
    connect(&server, &QSslServer::pendingConnectionAvailable, this, [&] {
        while (QTcpSocket* socket = server.nextPendingConnection()) {
            ++handshakes;
            connect(socket, &QTcpSocket::readyRead, this,
                    [&received, socket] { received += socket->readAll(); });
        }
    });
    Setup s = setup(QStringLiteral("stripe"), QStringLiteral("alwaysleads"));
    s.connection.baseUrl = QStringLiteral("https://127.0.0.1:%1").arg(server.serverPort());
    // The search blocks the thread that calls it (on a condition variable, no event loop), so the server,
    // which lives here, must keep running: the search is made from a thread of its own.
    ProcessorResult r;
    std::unique_ptr<QThread> worker(QThread::create([&] { r = find(s, {amelia}); }));
    worker->start();
    QTRY_VERIFY_WITH_TIMEOUT(worker->isFinished(), 600000); // the server's events are handled meanwhile
    QCOMPARE(r.totalRecords(), 0);
    QVERIFY(!r.errors.isEmpty());
    QVERIFY2(r.errors.first().contains(QStringLiteral("TLS")) &&
                 r.errors.first().contains(QStringLiteral("nothing was sent")),
             qPrintable(r.errors.first()));
    QCOMPARE(r.retries, 0);      // a certificate does not get better by asking again
    QVERIFY(received.isEmpty()); // not a byte of the request, nor the key, reached the server
    QVERIFY(!r.errors.first().contains(s.secret));
}

// The synchronous entry points (search, erasure, connection test) run their network work on the network
// thread and block the calling thread without an event loop: a call queued to an object of the calling
// thread never runs during them, and the erasure's journal hook runs on the calling thread outside any loop.
void TestProcessors::syncCallsRunNoEventLoopOnTheCallingThread()
{
    const Setup s = setup(QStringLiteral("stripe"), QStringLiteral("leadnest"));
    bool queuedRan = false;
    int checkpoints = 0;
    int deepestLoop = -1;
    bool hooksHere = true;
    ProcessorResult found;
    ProcessorErasureResult erased;
    ProcessorConnections::TestResult tested;
    std::unique_ptr<QThread> worker(QThread::create([&] {
        QThread* self = QThread::currentThread();
        QObject here; // an object of this thread, which has no event loop of its own
        QMetaObject::invokeMethod(
            &here, [&] { queuedRan = true; }, Qt::QueuedConnection);
        found = find(s, {amelia});
        ProcessorErasureOptions o;
        o.pollEveryMs = 20;
        o.giveUpMs = 5000;
        o.checkpoint = [&](const QJsonObject&) {
            ++checkpoints;
            deepestLoop = std::max(deepestLoop, self->loopLevel());
            hooksHere = hooksHere && QThread::currentThread() == self;
        };
        erased = ProcessorErasure::run({{{s.definition, s.connection, s.secret}, found, {}}}, {amelia}, o)
                     .value(0);
        tested = ProcessorConnections::test(s.definition, s.connection, s.secret);
    }));
    worker->start();
    QVERIFY(worker->wait());
    QVERIFY(!queuedRan); // a nested event loop would have run it
    QCOMPARE(count(found, QStringLiteral("customers")), 2);
    QVERIFY2(erased.complete(), qPrintable(erased.errors.join(QLatin1Char('\n'))));
    QVERIFY(checkpoints > 0);
    QCOMPARE(deepestLoop, 0);
    QVERIFY(hooksHere);
    QCOMPARE(tested.verdict, ProcessorConnections::Verdict::Reachable);
}

// A stop request reaches a request in flight at once: the server accepts the connection and never answers,
// the processor's timeout is an hour, and the search comes back cancelled, its one request aborted.
void TestProcessors::cancelReachesARequestInFlightAtOnce()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    QTcpSocket* accepted = nullptr;
    bool closedByClient = false;
    connect(&server, &QTcpServer::pendingConnectionAvailable, this, [&] {
        while (QTcpSocket* socket = server.nextPendingConnection()) {
            accepted = socket;
            connect(socket, &QTcpSocket::disconnected, this, [&] { closedByClient = true; });
        }
    });
    Setup s = setup(QStringLiteral("stripe"), QStringLiteral("leadnest"));
    s.connection.baseUrl = QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort());
    s.definition.timeoutMs = 3600 * 1000;
    s.definition.retries = 0;
    std::stop_source stop;
    QList<ProcessorResult> r;
    std::unique_ptr<QThread> worker(QThread::create([&] {
        r = ProcessorHub::search({{s.definition, s.connection, s.secret}}, {amelia}, stop.get_token());
    }));
    worker->start();
    QTRY_VERIFY_WITH_TIMEOUT(accepted, 600000); // the request is out
    QVERIFY(stop.request_stop());
    QVERIFY(worker->wait()); // without the cancel this is an hour
    QCOMPARE(r.size(), 1);
    QCOMPARE(r[0].errors, QStringList{QStringLiteral("Stripe: cancelled.")});
    QVERIFY(r[0].calls >= 1);
    QCOMPARE(r[0].retries, 0);
    QTRY_VERIFY_WITH_TIMEOUT(closedByClient, 600000); // the request was aborted, its connection closed
}

// A job (the preview's, the erasure plan's, the export's) cancelled through its slot aborts its processors'
// request in flight: the server accepts the connection and never answers, the processor's timeout is an
// hour, and the job's answer says "cancelled", its one request aborted and its connection closed.
void TestProcessors::aJobsStopAbortsItsRequestInFlight()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    bool accepted = false, closedByClient = false;
    connect(&server, &QTcpServer::pendingConnectionAvailable, this, [&] {
        while (QTcpSocket* socket = server.nextPendingConnection()) {
            accepted = true;
            connect(socket, &QTcpSocket::disconnected, this, [&] { closedByClient = true; });
        }
    });
    Setup s = setup(QStringLiteral("stripe"), QStringLiteral("leadnest"));
    s.connection.baseUrl = QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort());
    s.definition.timeoutMs = 3600 * 1000;
    s.definition.retries = 0;
    QObject owner;
    JobSlot slot(&owner);
    std::optional<QList<ProcessorResult>> answer;
    slot.start(
        [&s, who = amelia](const JobContext& job) {
            return ProcessorHub::search({{s.definition, s.connection, s.secret}}, {who}, job.stopToken());
        },
        [&answer](const QList<ProcessorResult>& r) { answer = r; });
    QTRY_VERIFY_WITH_TIMEOUT(accepted, 600000); // the request is out
    QVERIFY(slot.isWorking());
    slot.stop();
    QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 600000); // without the stop this is an hour
    QCOMPARE(answer->size(), 1);
    QCOMPARE(answer->at(0).errors, QStringList{QStringLiteral("Stripe: cancelled.")});
    QCOMPARE(answer->at(0).retries, 0);
    QTRY_VERIFY_WITH_TIMEOUT(closedByClient, 600000); // the request was aborted, its connection closed
}

// A job's stop reaches the network thread at once: the cancel is queued there inside JobSlot::stop(), ahead
// of anything posted after it. A flag looked at by a timer on the network thread would come after.
void TestProcessors::aJobsStopReachesTheNetworkThreadBeforeLaterWork()
{
    QObject owner;
    JobSlot slot(&owner);
    const JobContext job = slot.next();
    std::mutex mutex;
    QStringList order;
    QSemaphore after;
    NetworkCancel cancel(job.stopToken(), [&] {
        std::lock_guard lock(mutex);
        order << QStringLiteral("cancel");
    });
    slot.stop();
    NetworkThread::post([&] {
        {
            std::lock_guard lock(mutex);
            order << QStringLiteral("after");
        }
        after.release();
    });
    after.acquire();
    std::lock_guard lock(mutex);
    QCOMPARE(order, (QStringList{QStringLiteral("cancel"), QStringLiteral("after")}));
}

// Stopping the network thread (the application's end) deletes what still runs there and wakes the threads
// waiting for it; the next call starts a new network thread.
void TestProcessors::stoppingTheNetworkThreadWakesItsCallers()
{
    QTcpServer server; // accepts, never answers
    QVERIFY(server.listen(QHostAddress::LocalHost));
    Setup s = setup(QStringLiteral("stripe"), QStringLiteral("leadnest"));
    Setup silent = s;
    silent.connection.baseUrl = QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort());
    silent.definition.timeoutMs = 3600 * 1000;
    silent.definition.retries = 0;
    QList<ProcessorResult> r{ProcessorResult()};
    std::unique_ptr<QThread> worker(QThread::create([&] {
        r = ProcessorHub::search({{silent.definition, silent.connection, silent.secret}}, {amelia});
    }));
    worker->start();
    QTRY_VERIFY_WITH_TIMEOUT(server.hasPendingConnections() || worker->isFinished(), 600000);
    NetworkThread::stop();
    QVERIFY(worker->wait());
    QVERIFY(r.isEmpty()); // nothing came back: the search was deleted under it
    QCOMPARE(count(find(s, {amelia}), QStringLiteral("customers")), 2);
}

QTEST_GUILESS_MAIN(TestProcessors)
#include "tst_processors.moc"
