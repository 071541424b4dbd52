#include "KeychainSecret.h"
#include "SandboxProcess.h"
#include "TestSupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <algorithm>
#include <optional>
#include <random>

using namespace lethe;

// Chaos: the erasure of a subject with about 100,000 rows in five tables joined by foreign keys, on SQLite,
// PostgreSQL and MariaDB, through lethe-cli as a person runs it. A clean run gives the reference; then the
// same data is made again and the erasure is killed with SIGKILL at no fewer than ten random points (seeded:
// the seed is printed, and LETHE_CHAOS_SEED replays it), at step boundaries before and after a commit and in
// the middle of a batch, and resumed each time in a different way (plain, --run-id, --request, --json; once
// with a --batch-size that must be refused). The database afterwards must equal the clean run's, row for row
// and byte for byte, and the report must be verified with the clean run's counts. Near-miss decoys (a similar
// address, a shared phone line, LIKE wildcards) must come through untouched.
// LETHE_CHAOS_KILLS and LETHE_CHAOS_ROWS make it longer (scripts/chaos-soak).
class TestChaosErase : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void chaos_data();
    void chaos();

private:
    test::CliRun cli(const QString& ws, QStringList args, bool json = true,
                     const QHash<QString, QString>& env = {});

    QTemporaryDir m_home;
    std::unique_ptr<test::SandboxProcess> m_sandbox;
    quint32 m_seed = 0;
    int m_kills = 10;
    int m_rows = 100000;
};

namespace {

// A person the sandbox's processors know (docs/sandbox.md): his Stripe customer, Resend contact and the rest
// are erased after the databases.
const QString kSubject = QStringLiteral("jonas.weber@example.de");
constexpr int kBatch = 500;

// The tables in the order they are dumped, with their keys.
const QList<QPair<QString, QString>> kTables{
    {QStringLiteral("accounts"), QStringLiteral("id")},
    {QStringLiteral("orders"), QStringLiteral("id")},
    {QStringLiteral("order_items"), QStringLiteral("order_id, line")},
    {QStringLiteral("events"), QStringLiteral("id")},
    {QStringLiteral("messages"), QStringLiteral("id")}};

QString engineName(ConnectionParams::Engine e)
{
    return e == ConnectionParams::Engine::Sqlite     ? QStringLiteral("sqlite")
           : e == ConnectionParams::Engine::Postgres ? QStringLiteral("postgres")
                                                     : QStringLiteral("mariadb");
}

// Makes the tables and fills them from the seed: the same seed gives the same rows, on every engine.
QString populate(const ConnectionParams& params, quint32 seed, int rows)
{
    SqlConnection c;
    if (Status s = c.open(params); !s)
        return s.error().message;
    QSqlQuery q(c.db());
    const bool maria = params.engine == ConnectionParams::Engine::MariaDb;
    const QString text = maria ? QStringLiteral("VARCHAR(200)") : QStringLiteral("TEXT");
    for (int i = int(kTables.size()) - 1; i >= 0; --i)
        q.exec(QStringLiteral("DROP TABLE IF EXISTS %1").arg(kTables[i].first));
    const QStringList ddl{
        QStringLiteral("CREATE TABLE accounts (id INTEGER PRIMARY KEY, email %1 NOT NULL, phone %1, name %1 "
                       "NOT NULL)"),
        QStringLiteral("CREATE TABLE orders (id INTEGER PRIMARY KEY, account_id INTEGER NOT NULL REFERENCES "
                       "accounts(id), kind %1 NOT NULL, created_at %1 NOT NULL)"),
        QStringLiteral("CREATE TABLE order_items (order_id INTEGER NOT NULL REFERENCES orders(id), line "
                       "INTEGER NOT NULL, sku %1, PRIMARY KEY (order_id, line))"),
        QStringLiteral("CREATE TABLE events (id INTEGER PRIMARY KEY, account_id INTEGER NOT NULL REFERENCES "
                       "accounts(id), ip %1, agent %1)"),
        QStringLiteral(
            "CREATE TABLE messages (id INTEGER PRIMARY KEY, account_id INTEGER NOT NULL REFERENCES "
            "accounts(id), to_email %1, body %1)"),
    };
    for (const QString& sql : ddl)
        if (!q.exec(sql.arg(text)))
            return sql + QStringLiteral(": ") + q.lastError().text();

    QRandomGenerator rng(seed);
    // The subject, and decoys a loose match would take for her: a similar address, a LIKE wildcard where
    // hers has a dot, her address inside another, a colleague on her office line, and strangers.
    const QStringList emails{kSubject,
                             QStringLiteral("jonas.weber@example.d"),
                             QStringLiteral("jonas_weber@example.de"),
                             QStringLiteral("xjonas.weber@example.de"),
                             QStringLiteral("jonas.weber@example.de.evil.test"),
                             QStringLiteral("colleague@example.com")};
    struct Insert
    {
        QString table;
        int columns;
        QList<QVariantList> rows;
    };
    QList<Insert> inserts{{QStringLiteral("accounts"), 4, {}},
                          {QStringLiteral("orders"), 4, {}},
                          {QStringLiteral("order_items"), 3, {}},
                          {QStringLiteral("events"), 4, {}},
                          {QStringLiteral("messages"), 4, {}}};
    const int accounts = 40;
    for (int a = 1; a <= accounts; ++a) {
        const QString email =
            a <= emails.size() ? emails[a - 1] : QStringLiteral("person%1@example.org").arg(a);
        // Ofcom's drama range for Leeds (0113 496 0xxx): valid to libphonenumber, unlike 01632 960xxx.
        const QString phone = a == 1 || a == 6
                                  ? QStringLiteral("+441134960001")
                                  : QStringLiteral("+4411349600%1").arg(a, 2, 10, QLatin1Char('0'));
        inserts[0].rows << QVariantList{a, email, phone, QStringLiteral("Person %1").arg(a)};
    }
    // The subject's rows: orders (some invoices still under the seven-year rule), their items, events and
    // messages, about `rows` in all; every other account gets a few of each.
    const int subjectOrders = rows / 20;
    const int subjectEvents = rows * 3 / 5;
    const int subjectMessages = rows / 5;
    int orderId = 1, eventId = 1, messageId = 1;
    auto addOrders = [&](int account, int n) {
        for (int i = 0; i < n; ++i, ++orderId) {
            const bool invoice = rng.bounded(10) == 0;
            const QDate created = QDate(2014, 1, 1).addDays(rng.bounded(4700));
            inserts[1].rows << QVariantList{orderId, account,
                                            invoice ? QStringLiteral("invoice") : QStringLiteral("cart"),
                                            created.toString(Qt::ISODate)};
            for (int line = 1; line <= 3; ++line)
                inserts[2].rows << QVariantList{orderId, line,
                                                QStringLiteral("sku-%1").arg(rng.bounded(1000))};
        }
    };
    auto addEvents = [&](int account, int n) {
        for (int i = 0; i < n; ++i, ++eventId)
            inserts[3].rows << QVariantList{eventId, account,
                                            QStringLiteral("198.51.100.%1").arg(rng.bounded(250)),
                                            QStringLiteral("Agent/%1").arg(rng.bounded(40))};
    };
    auto addMessages = [&](int account, const QString& to, int n) {
        for (int i = 0; i < n; ++i, ++messageId)
            inserts[4].rows << QVariantList{messageId, account, to,
                                            QStringLiteral("Message %1").arg(rng.bounded(100000))};
    };
    addOrders(1, subjectOrders);
    addEvents(1, subjectEvents);
    addMessages(1, kSubject, subjectMessages);
    for (int a = 2; a <= accounts; ++a) {
        addOrders(a, 3);
        addEvents(a, 5);
        addMessages(a, a <= emails.size() ? emails[a - 1] : QStringLiteral("person%1@example.org").arg(a), 2);
    }

    // Many rows to a statement, for speed; every value bound.
    for (const Insert& in : std::as_const(inserts)) {
        const QString tuple = QStringLiteral("(%1)").arg(
            QStringList(in.columns, QStringLiteral("?")).join(QStringLiteral(", ")));
        if (!c.db().transaction())
            return c.db().lastError().text();
        for (qsizetype from = 0; from < in.rows.size(); from += 200) {
            const QList<QVariantList> chunk = in.rows.mid(from, 200);
            QSqlQuery ins(c.db());
            ins.prepare(QStringLiteral("INSERT INTO %1 VALUES %2")
                            .arg(in.table, QStringList(chunk.size(), tuple).join(QStringLiteral(", "))));
            int i = 0;
            for (const QVariantList& r : chunk)
                for (const QVariant& v : r)
                    ins.bindValue(i++, v);
            if (!ins.exec())
                return in.table + QStringLiteral(": ") + ins.lastError().text();
        }
        if (!c.db().commit())
            return c.db().lastError().text();
    }
    return {};
}

// Every row of every table, in key order, as text (NULL distinct from any text): one digest per table.
QStringList dump(const ConnectionParams& params, QString* error)
{
    SqlConnection c;
    if (Status s = c.open(params); !s) {
        *error = s.error().message;
        return {};
    }
    QStringList out;
    for (const auto& [table, key] : kTables) {
        QSqlQuery q(c.db());
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY %2").arg(table, key))) {
            *error = q.lastError().text();
            return {};
        }
        QCryptographicHash h(QCryptographicHash::Sha256);
        qint64 n = 0;
        while (q.next()) {
            ++n;
            for (int i = 0; i < q.record().count(); ++i) {
                const QVariant v = q.value(i);
                h.addData(v.isNull() ? QByteArray("\\N") : v.toString().toUtf8());
                h.addData(QByteArrayView("\t"));
            }
            h.addData(QByteArrayView("\n"));
        }
        out << QStringLiteral("%1: %2 rows, %3")
                   .arg(table)
                   .arg(n)
                   .arg(QString::fromLatin1(h.result().toHex()));
    }
    return out;
}

QVariant scalar(const ConnectionParams& params, const QString& sql)
{
    SqlConnection c;
    if (!c.open(params))
        return QStringLiteral("cannot connect");
    QSqlQuery q(c.db());
    if (!q.exec(sql) || !q.next())
        return QStringLiteral("failed: %1").arg(q.lastError().text());
    return q.value(0);
}

QByteArray mapYaml(const ConnectionParams& p, const QString& passwordKey)
{
    QString source;
    if (p.engine == ConnectionParams::Engine::Sqlite)
        source = QStringLiteral("    engine: sqlite\n    path: %1\n").arg(p.path);
    else
        source =
            QStringLiteral("    engine: %1\n    host: %2\n    port: %3\n    database: %4\n    user: %5\n")
                .arg(engineName(p.engine), p.host)
                .arg(p.port)
                .arg(p.database, p.user);
    if (!passwordKey.isEmpty())
        source += QStringLiteral("    password_key: %1\n").arg(passwordKey);
    return QStringLiteral(R"(lethe_datamap: 1
system:
  key: chaos
  name: Chaos shop
  art15:
    purposes: [Sell things]
    recipients:
      - {name: Stripe, role: processor, purpose: Payments, connection: leadmachine-stripe}
      - {name: Resend, role: processor, purpose: Transactional email, connection: leadmachine-resend}
  identities: [email, phone]
sources:
  - key: main
%1    tables:
      - name: accounts
        primary_key: id
        fields:
          - {name: id, categories: [user.unique_id], identity: user-id}
          - {name: email, categories: [user.contact.email], identity: email, erasure: hmac}
          - {name: phone, categories: [user.contact.phone_number], identity: phone, erasure: null}
          - {name: name, categories: [user.name], erasure: {fixed: "erased"}}
      - name: orders
        primary_key: id
        erase: rows
        fields:
          - {name: id, categories: [system.operations]}
          - {name: account_id, categories: [user.unique_id], references: accounts.id}
          - {name: kind, categories: [system.operations]}
          - {name: created_at, categories: [system.operations]}
        retention:
          - when: {field: kind, in: [invoice]}
            keep_for: 7y
            from: created_at
            basis: Invoices are kept for 7 years (tax law)
      - name: order_items
        primary_key: [order_id, line]
        erase: rows
        fields:
          - {name: order_id, categories: [system.operations], references: orders.id}
          - {name: line, categories: [system.operations]}
          - {name: sku, categories: [user.behavior.purchase_history]}
      - name: events
        primary_key: id
        fields:
          - {name: id, categories: [system.operations]}
          - {name: account_id, categories: [user.unique_id], references: accounts.id}
          - {name: ip, categories: [user.device.ip_address], erasure: hmac}
          - {name: agent, categories: [user.device.user_agent], erasure: null}
      - name: messages
        primary_key: id
        erase: rows
        fields:
          - {name: id, categories: [system.operations]}
          - {name: account_id, categories: [user.unique_id], references: accounts.id}
          - {name: to_email, categories: [user.contact.email], identity: email}
          - {name: body, categories: [user.content]}
)")
        .arg(source)
        .toUtf8();
}

// The database steps a plan makes at the given batch size (null-first lines and acted tables).
int databaseSteps(const QJsonObject& plan, int batch)
{
    int steps = 0;
    for (const QJsonValue& s : plan.value(QStringLiteral("systems")).toArray())
        for (const QJsonValue& src : s[QStringLiteral("sources")].toArray()) {
            for (const QJsonValue& n : src[QStringLiteral("null_first")].toArray())
                steps += (n[QStringLiteral("count")].toInt() + batch - 1) / batch;
            for (const QJsonValue& t : src[QStringLiteral("tables")].toArray())
                if (t[QStringLiteral("action")].toString() != QLatin1String("none"))
                    steps += (t[QStringLiteral("count")].toInt() + batch - 1) / batch;
        }
    return steps;
}

} // namespace

void TestChaosErase::initTestCase()
{
    test::isolate();
    QVERIFY(m_home.isValid());
    bool ok = false;
    m_seed = qEnvironmentVariable("LETHE_CHAOS_SEED").toUInt(&ok);
    if (!ok)
        m_seed = QRandomGenerator::global()->generate();
    if (const int k = qEnvironmentVariableIntValue("LETHE_CHAOS_KILLS"); k > 0)
        m_kills = k;
    if (const int r = qEnvironmentVariableIntValue("LETHE_CHAOS_ROWS"); r > 0)
        m_rows = r;
    qInfo("chaos seed %u, %d kills, %d rows (replay with LETHE_CHAOS_SEED=%u)", m_seed, m_kills, m_rows,
          m_seed);
    m_sandbox = std::make_unique<test::SandboxProcess>(QStringLiteral(LETHE_SANDBOX_PATH));
    QVERIFY2(m_sandbox->ok(), qPrintable(m_sandbox->error()));
}

test::CliRun TestChaosErase::cli(const QString& ws, QStringList args, bool json,
                                 const QHash<QString, QString>& env)
{
    args << QStringLiteral("--workspace") << ws;
    // The kills at a batch or a processor call need the CLI's crash-test build; lethe-cli has no crash hook.
    const QString program = env.contains(QStringLiteral("LETHE_TEST_CRASH_AT"))
                                ? QStringLiteral(LETHE_CLI_CRASHTEST_PATH)
                                : QStringLiteral(LETHE_CLI_PATH);
    return test::runCli(program, m_home.path(), args, json, env, 600000);
}

void TestChaosErase::chaos_data()
{
    QTest::addColumn<int>("engine");
    QTest::newRow("sqlite") << int(ConnectionParams::Engine::Sqlite);
    QTest::newRow("postgres") << int(ConnectionParams::Engine::Postgres);
    QTest::newRow("mariadb") << int(ConnectionParams::Engine::MariaDb);
}

void TestChaosErase::chaos()
{
    QFETCH(int, engine);
    const auto e = ConnectionParams::Engine(engine);
    const QString ws = m_home.filePath(QStringLiteral("ws-") + engineName(e));
    test::CliRun r = cli(ws, {QStringLiteral("workspace"), QStringLiteral("init"), ws});
    QVERIFY2(r.code == 0, r.err.constData());

    // The product database, and its password in the keychain where the server wants one.
    QTemporaryDir dbDir;
    test::EngineDatabase db(e, dbDir, QStringLiteral("chaos.db"));
    QVERIFY2(db.ok(), qPrintable(db.error()));
    ConnectionParams params = db.params();
    std::unique_ptr<test::KeychainSecret> secret;
    if (!params.password.isEmpty()) {
        secret = std::make_unique<test::KeychainSecret>(params.password);
        QVERIFY2(secret->error.isEmpty(), qPrintable(secret->error));
    }
    const QString passwordKey = secret ? secret->key : QString();
    r = cli(ws, {QStringLiteral("demo"), QStringLiteral("sandbox"), QStringLiteral("--ports-file"),
                 m_sandbox->portsFile()});
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY(QDir().mkpath(ws + QStringLiteral("/datamaps")));
    QFile map(ws + QStringLiteral("/datamaps/chaos.yaml"));
    QVERIFY(map.open(QIODevice::WriteOnly));
    map.write(mapYaml(params, passwordKey));
    map.close();

    auto newRequest = [&]() -> QString {
        const test::CliRun added =
            cli(ws, {QStringLiteral("requests"), QStringLiteral("add"), QStringLiteral("--type"),
                     QStringLiteral("erasure"), QStringLiteral("--regulation"), QStringLiteral("gdpr"),
                     QStringLiteral("--email"), kSubject, QStringLiteral("--phone"),
                     QStringLiteral("+44 113 496 0001"), QStringLiteral("--name"),
                     QStringLiteral("Chaos Subject")});
        if (added.code != 0)
            return {};
        const QString id = added.json().object().value(QStringLiteral("id")).toString();
        if (cli(ws,
                {QStringLiteral("requests"), QStringLiteral("transition"), id, QStringLiteral("verified")})
                .code != 0)
            return {};
        return id;
    };
    auto makePlan = [&](const QString& id) {
        return cli(ws, {QStringLiteral("erase"), QStringLiteral("--request"), id, QStringLiteral("--plan")});
    };

    // The clean run: the reference.
    QVERIFY(m_sandbox->resetAll());
    QCOMPARE(populate(params, m_seed, m_rows), QString());
    const QStringList before = [&] {
        QString error;
        return dump(params, &error);
    }();
    const QString first = newRequest();
    QVERIFY(!first.isEmpty());
    r = makePlan(first);
    QVERIFY2(r.code == 0, r.err.constData());
    const QJsonObject cleanPlan = r.json().object();
    r = cli(ws, {QStringLiteral("erase"), QStringLiteral("--request"), first, QStringLiteral("--run"),
                 QStringLiteral("--digest"), cleanPlan.value(QStringLiteral("digest")).toString(),
                 QStringLiteral("--batch-size"), QString::number(kBatch)});
    QVERIFY2(r.code == 0, r.err.constData());
    const QJsonObject cleanReport = r.json().object();
    QVERIFY(cleanReport.value(QStringLiteral("verified")).toBool());
    QVERIFY(cleanReport.value(QStringLiteral("counts"))
                .toObject()
                .value(QStringLiteral("processor_done"))
                .toInt() > 0);
    const QJsonObject cleanProcessors =
        m_sandbox->comparableState({QStringLiteral("stripe"), QStringLiteral("resend")});
    QString error;
    const QStringList clean = dump(params, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(clean != before);
    // The decoys and the colleague on the shared line: untouched.
    QCOMPARE(scalar(params, QStringLiteral("SELECT COUNT(*) FROM accounts WHERE id BETWEEN 2 AND 6 AND email "
                                           "LIKE '%@%' AND name LIKE 'Person %'"))
                 .toInt(),
             5);
    QCOMPARE(scalar(params, QStringLiteral("SELECT COUNT(*) FROM messages WHERE account_id <> 1")).toInt(),
             78);
    QCOMPARE(
        scalar(params, QStringLiteral("SELECT COUNT(*) FROM events WHERE account_id <> 1 AND agent IS NOT "
                                      "NULL"))
            .toInt(),
        195);
    QCOMPARE(scalar(params, QStringLiteral("SELECT COUNT(*) FROM messages WHERE account_id = 1")).toInt(), 0);

    // The same data again, and the erasure killed at random points.
    QVERIFY(m_sandbox->resetAll());
    QCOMPARE(populate(params, m_seed, m_rows), QString());
    QCOMPARE(dump(params, &error), before);
    const QString id = newRequest();
    QVERIFY(!id.isEmpty());
    r = makePlan(id);
    QVERIFY2(r.code == 0, r.err.constData());
    const QJsonObject plan = r.json().object();
    const QString digest = plan.value(QStringLiteral("digest")).toString();
    const int steps = databaseSteps(plan, kBatch);
    QVERIFY2(steps >= 2 * m_kills, qPrintable(QStringLiteral("%1 steps").arg(steps)));

    // Kill points, spread over the steps still to do: each killed before its commit, after it, or in the
    // middle of its batch (SIGKILL from outside once the step has started). Where each kill really landed is
    // read from the workspace's journal, so the next point always lies ahead.
    auto journalProgress = [&]() -> int {
        ConnectionParams wsp;
        wsp.engine = ConnectionParams::Engine::Sqlite;
        wsp.path = ws + QStringLiteral("/workspace.db");
        SqlConnection c;
        if (!c.open(wsp))
            return -2;
        QSqlQuery q(c.db());
        q.prepare(
            QStringLiteral("SELECT COALESCE(MAX(j.seq), -1) FROM erasure_journal j JOIN erasure_runs e ON "
                           "e.id = j.run_id JOIN requests r ON r.id = e.request_id WHERE r.human_id = ?"));
        q.addBindValue(id);
        if (!q.exec() || !q.next())
            return -2;
        return q.value(0).toInt();
    };
    QRandomGenerator rng(m_seed ^ 0x5eedu);
    int kills = 0, databaseKills = 0;
    int progress = -1; // the last step the journal has begun
    // Then the processor phase: killed at some of the erasure calls (before the request goes out, or after
    // its answer came back and before the journal took it), in a random order, with the processors answering
    // 429, 500 and dropped connections meanwhile.
    QStringList processorPoints;
    for (const char* step : {"delete_customer", "redaction_job", "run_redaction_job", "delete_contact"})
        processorPoints
            << QStringLiteral("call:%1:1:%2").arg(QLatin1String(step), rng.bounded(2u) ? "after" : "before");
    std::shuffle(processorPoints.begin(), processorPoints.end(), rng);
    processorPoints = processorPoints.mid(0, 2);
    auto faults = [&] {
        for (const char* processor : {"stripe", "resend"})
            if (!m_sandbox->faults(
                    QString::fromLatin1(processor),
                    QJsonObject{{QStringLiteral("faults"),
                                 QJsonArray{QJsonObject{{QStringLiteral("kind"), QStringLiteral("429")},
                                                        {QStringLiteral("count"), 1},
                                                        {QStringLiteral("retry_after"), 1}},
                                            QJsonObject{{QStringLiteral("kind"), QStringLiteral("500")},
                                                        {QStringLiteral("count"), 1}},
                                            QJsonObject{{QStringLiteral("kind"), QStringLiteral("drop")},
                                                        {QStringLiteral("count"), 1}}}}}))
                return false;
        return true;
    };
    qint64 runId = 0;
    QStringList log;
    for (int k = 0;; ++k) {
        QStringList args;
        if (k == 0) {
            args = {QStringLiteral("erase"),        QStringLiteral("--request"), id,
                    QStringLiteral("--run"),        QStringLiteral("--digest"),  digest,
                    QStringLiteral("--batch-size"), QString::number(kBatch)};
        } else {
            args = {QStringLiteral("erase"), QStringLiteral("--resume")};
            if (k % 3 == 1) // resumed in different ways, as people do
                args << QStringLiteral("--request") << id;
            else if (k % 3 == 2)
                args << QStringLiteral("--run-id") << QString::number(runId);
        }
        const int remaining = steps - (progress + 1);
        int how = 3; // 0, 1: a database step before or after its commit; 2: from outside; 3: a processor call
        int at = progress;
        if (databaseKills >= m_kills || remaining < 2) {
            QVERIFY(faults());
            if (processorPoints.isEmpty()) { // the last resume runs to the end
                r = cli(ws, args);
                break;
            }
            const QString spec = processorPoints.takeFirst();
            r = cli(ws, args, false, {{QStringLiteral("LETHE_TEST_CRASH_AT"), spec}});
            log << spec;
        } else {
            const int span = qMax(1, remaining / (m_kills - databaseKills + 1));
            at = progress + 1 + int(rng.bounded(quint32(span)));
            how = int(rng.bounded(3u));
        }
        if (how < 2) {
            const QString spec = QStringLiteral("%1:%2").arg(at).arg(how == 0 ? "before" : "after");
            r = cli(ws, args, false, {{QStringLiteral("LETHE_TEST_CRASH_AT"), spec}});
            log << spec;
        } else if (how == 2) {
            // From outside: SIGKILL once this process has started `at - progress` steps, so the kill lands
            // inside a batch (a little later than `at` when the output is read late).
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("HOME"), m_home.path());
            env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
            env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
            env.insert(QStringLiteral("LETHE_ACTOR"), QStringLiteral("cli-tester"));
            p.setProcessEnvironment(env);
            p.setReadChannel(QProcess::StandardError); // the progress lines; waitForReadyRead waits on them
            p.start(QStringLiteral(LETHE_CLI_PATH), args + QStringList{QStringLiteral("--workspace"), ws});
            QVERIFY(p.waitForStarted());
            QByteArray seen;
            const int target = qMax(1, at - progress);
            while (p.state() != QProcess::NotRunning) {
                p.waitForReadyRead(1000);
                seen += p.readAllStandardError();
                if (seen.count('\r') >= target) {
                    p.kill();
                    break;
                }
            }
            p.waitForFinished();
            r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
            r.err = seen + p.readAllStandardError();
            r.out = p.readAllStandardOutput();
        }
        if (r.code != -1) {
            QVERIFY2(r.code == 0,
                     qPrintable(log.join(", ") + QStringLiteral(": ") + QString::fromUtf8(r.err)));
            // It finished before the kill point; its report is read below.
            r = cli(ws,
                    {QStringLiteral("erase"), QStringLiteral("--request"), id, QStringLiteral("--report")});
            r.out = QJsonDocument(r.json()
                                      .object()
                                      .value(QStringLiteral("runs"))
                                      .toArray()
                                      .last()[QStringLiteral("report")]
                                      .toObject())
                        .toJson();
            break;
        }
        ++kills;
        databaseKills += how < 3;
        const int landed = journalProgress();
        QVERIFY2(landed >= -1, "cannot read the workspace's journal");
        if (how == 2)
            log << QStringLiteral("inside step %1 from outside").arg(landed);
        QVERIFY2(landed >= progress, qPrintable(log.join(", ")));
        progress = landed;
        // Unfinished as far as the workspace knows (or done, when the kill came while it printed the
        // report); the run's id for the next resume.
        const test::CliRun report =
            cli(ws, {QStringLiteral("erase"), QStringLiteral("--request"), id, QStringLiteral("--report")});
        const QJsonArray runs = report.json().object().value(QStringLiteral("runs")).toArray();
        QVERIFY(!runs.isEmpty());
        runId = runs.last()[QStringLiteral("run")].toInteger();
        const QString state = runs.last()[QStringLiteral("state")].toString();
        if (state == QLatin1String("done")) {
            r.code = 0;
            r.out = QJsonDocument(runs.last()[QStringLiteral("report")].toObject()).toJson();
            log << QStringLiteral("the last kill came after the run had finished");
            break;
        }
        QCOMPARE(state, QStringLiteral("running"));
        if (kills == 1) { // a resume with another batch size is refused, not obeyed
            const test::CliRun refused = cli(ws, {QStringLiteral("erase"), QStringLiteral("--resume"),
                                                  QStringLiteral("--batch-size"), QStringLiteral("7")});
            QCOMPARE(refused.code, 1);
        }
    }
    QVERIFY2(databaseKills >= m_kills && kills > databaseKills,
             qPrintable(QStringLiteral("only %1 of %2 kills landed: %3")
                            .arg(kills)
                            .arg(m_kills + 2)
                            .arg(log.join(", "))));
    QVERIFY2(r.code == 0, r.err.constData());
    const QJsonObject report = r.json().object();
    QVERIFY2(report.value(QStringLiteral("verified")).toBool(), r.out.constData());
    QCOMPARE(report.value(QStringLiteral("counts")).toObject(),
             cleanReport.value(QStringLiteral("counts")).toObject());
    QCOMPARE(dump(params, &error), clean);
    // And the processors hold exactly what a clean run left: no customer deleted twice, one redaction job, no
    // call lost.
    QCOMPARE(m_sandbox->comparableState({QStringLiteral("stripe"), QStringLiteral("resend")}),
             cleanProcessors);
    qInfo("%s: %d kills survived (%s)", qPrintable(engineName(e)), kills, qPrintable(log.join(", ")));

    r = cli(ws, {QStringLiteral("audit"), QStringLiteral("verify")});
    QCOMPARE(r.code, 0);
}

QTEST_GUILESS_MAIN(TestChaosErase)
#include "tst_chaos_erase.moc"
