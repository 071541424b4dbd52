#include "SandboxProcess.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace lethe;

// lethe-cli with processors, end to end: the demo workspace pointed at lethe-sandbox, a request's preview
// with the processors beside the databases and its manual tasks, tasks completed with a note and evidence,
// connections added, tested (reachable, refused, wrong URL) and removed, a broken definition refused with
// file:line. Secrets go through the keychain scripts/test provides.
class TestCliProcessors : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void demoPreviewReachesTheProcessors();
    void manualTasks();
    void connections();
    void brokenDefinition();
    void userIdsFromTheDatabasesReachTheProcessors();
    void lookupsAreExact();

private:
    test::CliRun cli(QStringList args, bool json = true)
    {
        args << QStringLiteral("--workspace") << QStringLiteral("demo");
        return test::runCli(QStringLiteral(LETHE_CLI_PATH), m_home.path(), args, json);
    }
    QString ameliaRequest();

    QTemporaryDir m_home;
    std::unique_ptr<test::SandboxProcess> m_sandbox;
};

void TestCliProcessors::initTestCase()
{
    test::isolate();
    m_sandbox = std::make_unique<test::SandboxProcess>(QStringLiteral(LETHE_SANDBOX_PATH));
    QVERIFY2(m_sandbox->ok(), qPrintable(m_sandbox->error()));
    const test::CliRun init = cli({QStringLiteral("demo"), QStringLiteral("init")});
    QVERIFY2(init.code == 0, init.err.constData());
    const test::CliRun sandbox = cli({QStringLiteral("demo"), QStringLiteral("sandbox"),
                                      QStringLiteral("--ports-file"), m_sandbox->portsFile()});
    QVERIFY2(sandbox.code == 0, sandbox.err.constData());
    QCOMPARE(sandbox.json().object().value(QStringLiteral("connections")).toInt(), 21);
}

QString TestCliProcessors::ameliaRequest()
{
    const test::CliRun list = cli({QStringLiteral("requests"), QStringLiteral("list"),
                                   QStringLiteral("--search"), QStringLiteral("Amelia Hart")});
    const QJsonArray rows = list.json().array();
    return rows.isEmpty() ? QString() : rows.first().toObject().value(QStringLiteral("id")).toString();
}

void TestCliProcessors::demoPreviewReachesTheProcessors()
{
    const QString id = ameliaRequest();
    QVERIFY(!id.isEmpty());
    const test::CliRun r = cli({QStringLiteral("preview"), QStringLiteral("--request"), id,
                                QStringLiteral("--rows"), QStringLiteral("1")});
    QVERIFY2(r.code == 0, r.err.constData());
    const QJsonObject doc = r.json().object();
    QVERIFY(doc.value(QStringLiteral("processor_problems")).toArray().isEmpty());
    QHash<QString, qint64> counts;
    QHash<QString, int> tasks;
    for (const QJsonValue& sv : doc.value(QStringLiteral("systems")).toArray()) {
        const QJsonObject system = sv.toObject();
        const QString key = system.value(QStringLiteral("system")).toString();
        tasks[key] = int(system.value(QStringLiteral("manual_tasks")).toArray().size());
        for (const QJsonValue& tv : system.value(QStringLiteral("tables")).toArray()) {
            const QJsonObject t = tv.toObject();
            if (t.contains(QStringLiteral("processor")))
                counts[t.value(QStringLiteral("processor")).toString() + QLatin1Char('/') +
                       t.value(QStringLiteral("table")).toString()] =
                    t.value(QStringLiteral("count")).toInteger();
        }
    }
    // Amelia Hart holds AlwaysLeads and LeadNest accounts: their processors know her (docs/sandbox.md).
    QCOMPARE(counts.value(QStringLiteral("alwaysleads-stripe/Charges")), 251);
    QCOMPARE(counts.value(QStringLiteral("leadnest-stripe/Invoices")), 211);
    QCOMPARE(counts.value(QStringLiteral("leadnest-sentry/Issues affecting the subject")), 230);
    QCOMPARE(counts.value(QStringLiteral("alwaysleads-resend/Sent emails")), 230);
    QCOMPARE(counts.value(QStringLiteral("alwaysleads-apollo/Contacts")), 1);
    QCOMPARE(counts.value(QStringLiteral("leadnest-twilio/Messages to the subject")), 230);
    QCOMPARE(counts.value(QStringLiteral("leadsgen-stripe/Customers")), 0); // no account there
    QCOMPARE(tasks.value(QStringLiteral("leadnest")), 3);                   // Clarity, AWS, Abacus.AI
    QCOMPARE(tasks.value(QStringLiteral("leadsgen")), 2);                   // Vercel, the cPanel host
    // The audit log holds counts per table, processors included; no value.
    const test::CliRun audit =
        cli({QStringLiteral("audit"), QStringLiteral("log"), QStringLiteral("--request"), id});
    QVERIFY(audit.out.contains("alwaysleads.Stripe.Charges"));
    QVERIFY(!audit.out.contains("amelia"));
}

void TestCliProcessors::manualTasks()
{
    const QString id = ameliaRequest();
    test::CliRun list =
        cli({QStringLiteral("tasks"), QStringLiteral("list"), QStringLiteral("--request"), id});
    QVERIFY2(list.code == 0, list.err.constData());
    QJsonArray tasks = list.json().object().value(QStringLiteral("tasks")).toArray();
    QCOMPARE(tasks.size(), 11); // the manual processors of all five maps (3+1+3+2+2), once each
    cli({QStringLiteral("preview"), QStringLiteral("--request"), id, QStringLiteral("--rows"),
         QStringLiteral("0"), QStringLiteral("--no-processors")});
    list = cli({QStringLiteral("tasks"), QStringLiteral("list"), QStringLiteral("--request"), id});
    QCOMPARE(list.json().object().value(QStringLiteral("tasks")).toArray().size(), 11); // not again
    const qint64 first = tasks.first().toObject().value(QStringLiteral("id")).toInteger();

    // Neither a note nor evidence: refused.
    test::CliRun done = cli({QStringLiteral("tasks"), QStringLiteral("complete"), QString::number(first),
                             QStringLiteral("--request"), id});
    QCOMPARE(done.code, 2);
    // With evidence: copied into the workspace under its hash.
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("confirmation from vendor.txt"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("Deleted on request.\n");
    f.close();
    done = cli({QStringLiteral("tasks"), QStringLiteral("complete"), QString::number(first),
                QStringLiteral("--request"), id, QStringLiteral("--note"),
                QStringLiteral("Support confirmed deletion"), QStringLiteral("--evidence"), file});
    QVERIFY2(done.code == 0, done.err.constData());
    const QJsonObject t = done.json().object();
    QVERIFY(t.value(QStringLiteral("done")).toBool());
    QCOMPARE(t.value(QStringLiteral("done_by")).toString(), test::osLogin());
    QCOMPARE(t.value(QStringLiteral("evidence_sha256")).toString(),
             QString::fromLatin1(
                 QCryptographicHash::hash("Deleted on request.\n", QCryptographicHash::Sha256).toHex()));
    const QString stored = t.value(QStringLiteral("evidence")).toString();
    QVERIFY2(stored.startsWith(QStringLiteral("evidence/%1/").arg(id)) &&
                 stored.endsWith(QStringLiteral("confirmation_from_vendor.txt")),
             qPrintable(stored));
    QVERIFY(QFile::exists(m_home.filePath(QStringLiteral("data/lethe/workspaces/demo/")) + stored));
    // Twice: refused, and the first completion stands.
    done = cli({QStringLiteral("tasks"), QStringLiteral("complete"), QString::number(first),
                QStringLiteral("--request"), id, QStringLiteral("--note"), QStringLiteral("again")});
    QCOMPARE(done.code, 4);
    const test::CliRun audit =
        cli({QStringLiteral("audit"), QStringLiteral("log"), QStringLiteral("--request"), id});
    QVERIFY(audit.out.contains("task.complete"));
    QVERIFY(!audit.out.contains("Support confirmed")); // the note's length, not its words
    QCOMPARE(cli({QStringLiteral("audit"), QStringLiteral("verify")}).code, 0);
}

void TestCliProcessors::connections()
{
    // Reachable, refused, and nothing listening.
    const QString stripe = m_sandbox->url(QStringLiteral("stripe"));
    auto add = [&](const QString& key, const QString& url, const QByteArray& secret) {
        qputenv("LETHE_TEST_SECRET", secret);
        return cli({QStringLiteral("connections"), QStringLiteral("add"), key, QStringLiteral("--connector"),
                    QStringLiteral("stripe"), QStringLiteral("--base-url"), url,
                    QStringLiteral("--secret-env"), QStringLiteral("LETHE_TEST_SECRET")});
    };
    QCOMPARE(add(QStringLiteral("t-good"), stripe, "sbx_stripe_leadsgen").code, 0);
    QCOMPARE(add(QStringLiteral("t-bad"), stripe, "sk_wrong").code, 0);
    QCOMPARE(add(QStringLiteral("t-nowhere"), QStringLiteral("http://127.0.0.1:9"), "x").code, 0);
    QCOMPARE(add(QStringLiteral("t-good"), stripe, "again").code, 4); // exists
    QCOMPARE(add(QStringLiteral("t-http"), QStringLiteral("http://example.com"), "x").code, 2);
    auto verdict = [&](const QString& key) {
        return cli({QStringLiteral("connections"), QStringLiteral("test"), key})
            .json()
            .object()
            .value(QStringLiteral("verdict"))
            .toString();
    };
    QCOMPARE(verdict(QStringLiteral("t-good")), QStringLiteral("reachable"));
    QCOMPARE(verdict(QStringLiteral("t-bad")), QStringLiteral("auth-refused"));
    QCOMPARE(verdict(QStringLiteral("t-nowhere")), QStringLiteral("wrong-url"));
    // The file holds no secret.
    QFile file(m_home.filePath(QStringLiteral("data/lethe/workspaces/demo/connections.json")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray json = file.readAll();
    QVERIFY(json.contains("t-good"));
    QVERIFY(!json.contains("sbx_stripe_leadsgen"));
    QCOMPARE(cli({QStringLiteral("connections"), QStringLiteral("remove"), QStringLiteral("t-good")}).code,
             0);
    QCOMPARE(cli({QStringLiteral("connections"), QStringLiteral("test"), QStringLiteral("t-good")}).code, 3);
    const test::CliRun list = cli({QStringLiteral("connections"), QStringLiteral("list")});
    QVERIFY(!list.out.contains("t-good"));
    QVERIFY(list.out.contains("t-bad"));
}

void TestCliProcessors::brokenDefinition()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("crm.yaml"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(
        "lethe_connector: 1\nprocessor: {key: crm, name: CRM}\nconnection: {base_url: https://x.example}\n"
        "auth: {kind: bearer}\nlookups:\n  - key: people\n    name: People\n    identity: mail\n"
        "    request: {path: /people}\n    fields: {email: user.contact.email}\n");
    f.close();
    const test::CliRun r =
        test::runCli(QStringLiteral(LETHE_CLI_PATH), m_home.path(),
                     {QStringLiteral("connectors"), QStringLiteral("validate"), path}, false);
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QStringLiteral("%1:8:").arg(path).toUtf8()) && r.err.contains("\"mail\""),
             r.err.constData());
}

// A processor that looks up by user id (Redis keys named after the account) waits for the system's
// databases: the id of the subject's account row is looked up there too, not only the request's email.
void TestCliProcessors::userIdsFromTheDatabasesReachTheProcessors()
{
    const QString email = QStringLiteral("jonas.weber@example.de");
    // His account id, as the product's auth service knows it.
    const test::CliRun auth = cli({QStringLiteral("processors"), QStringLiteral("lookup"),
                                   QStringLiteral("leadmachine-supabase"), QStringLiteral("--email"), email});
    QVERIFY2(auth.code == 0, auth.err.constData());
    const QString uid = auth.json()
                            .object()
                            .value(QStringLiteral("processors"))
                            .toArray()
                            .first()
                            .toObject()
                            .value(QStringLiteral("sets"))
                            .toArray()
                            .first()
                            .toObject()
                            .value(QStringLiteral("records"))
                            .toArray()
                            .first()
                            .toObject()
                            .value(QStringLiteral("record"))
                            .toObject()
                            .value(QStringLiteral("id"))
                            .toString();
    QVERIFY(!uid.isEmpty());
    // A product database holding his account row, and a map whose only processor is that Redis.
    QTemporaryDir dir;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("learned"));
        db.setDatabaseName(dir.filePath(QStringLiteral("app.db")));
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE users (id TEXT PRIMARY KEY, email TEXT NOT NULL)")));
        QVERIFY(q.prepare(QStringLiteral("INSERT INTO users VALUES (?, ?)")));
        q.addBindValue(uid);
        q.addBindValue(email);
        QVERIFY(q.exec());
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("learned"));
    const QString map = dir.filePath(QStringLiteral("app.yaml"));
    QFile f(map);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("lethe_datamap: 1\nsystem:\n  key: app\n  name: App\n  art15:\n    purposes: [Run the app]\n"
            "    recipients:\n      - {name: Upstash, role: processor, purpose: Cache, connection: "
            "leadmachine-upstash}\n"
            "  identities: [email, user-id]\nsources:\n  - key: main\n    engine: sqlite\n    path: app.db\n"
            "    tables:\n      - name: users\n        primary_key: id\n        fields:\n"
            "          - {name: id, categories: [user.unique_id], identity: user-id}\n"
            "          - {name: email, categories: [user.contact.email], identity: email}\n");
    f.close();
    const test::CliRun r =
        cli({QStringLiteral("preview"), QStringLiteral("--map"), map, QStringLiteral("--email"), email,
             QStringLiteral("--rows"), QStringLiteral("0")});
    QVERIFY2(r.code == 0, r.err.constData());
    qint64 keys = -1;
    qint64 near = -1;
    for (const QJsonValue& tv : r.json()
                                    .object()
                                    .value(QStringLiteral("systems"))
                                    .toArray()
                                    .first()
                                    .toObject()
                                    .value(QStringLiteral("tables"))
                                    .toArray()) {
        const QJsonObject t = tv.toObject();
        if (t.value(QStringLiteral("table")).toString() == QLatin1String("Keys naming the email"))
            keys = t.value(QStringLiteral("count")).toInteger();
        if (t.value(QStringLiteral("near_matches")).toBool())
            near = t.value(QStringLiteral("count")).toInteger();
    }
    // Apart, and labelled: keys the SCAN returned that are not his (x.jonas.weber@..., session:UID0:0, ...).
    QVERIFY(near > 0);
    // ratelimit:<email> by the email; user:<id> and his 150 session keys by the id the database taught.
    QCOMPARE(keys, 152);
    const test::CliRun byEmail =
        cli({QStringLiteral("processors"), QStringLiteral("lookup"), QStringLiteral("leadmachine-upstash"),
             QStringLiteral("--email"), email});
    QVERIFY(byEmail.out.contains("\"count\": 1"));
}

// Lookups are exact whatever the processor's search does: a wildcard is refused, user id 1 is nobody's key
// at Upstash (not session:UID:1), and s.weber@example.de does not get jonas.weber@example.de's key, which
// shows as a near match instead.
void TestCliProcessors::lookupsAreExact()
{
    test::CliRun r =
        cli({QStringLiteral("processors"), QStringLiteral("lookup"), QStringLiteral("leadmachine-upstash"),
             QStringLiteral("--email"), QStringLiteral("*@example.com")});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains("wildcard"), r.err.constData());
    auto set = [](const test::CliRun& run) {
        return run.json()
            .object()
            .value(QStringLiteral("processors"))
            .toArray()
            .first()
            .toObject()
            .value(QStringLiteral("sets"))
            .toArray()
            .first()
            .toObject();
    };
    r = cli({QStringLiteral("processors"), QStringLiteral("lookup"), QStringLiteral("leadmachine-upstash"),
             QStringLiteral("--user-id"), QStringLiteral("1")});
    QVERIFY2(r.code == 0, r.err.constData());
    QCOMPARE(set(r).value(QStringLiteral("count")).toInt(), 0);
    r = cli({QStringLiteral("processors"), QStringLiteral("lookup"), QStringLiteral("leadmachine-upstash"),
             QStringLiteral("--email"), QStringLiteral("s.weber@example.de")});
    QVERIFY2(r.code == 0, r.err.constData());
    QCOMPARE(set(r).value(QStringLiteral("count")).toInt(), 0);
    QVERIFY(set(r).value(QStringLiteral("near_match_count")).toInt() >= 1);
    QVERIFY(QJsonDocument(set(r).value(QStringLiteral("near_matches")).toArray())
                .toJson()
                .contains("ratelimit:jonas.weber@example.de"));
}

QTEST_GUILESS_MAIN(TestCliProcessors)
#include "tst_cli_processors.moc"
