#include "DataMapLive.h"
#include "TestSupport.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace lethe;

// A data map checked against real SQLite, PostgreSQL and MariaDB databases, with table and column names that
// only work quoted (a space, mixed case, a reserved word), and its erasure strategies against the columns'
// types.
class TestDataMapLive : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { test::isolate(); }
    void engines_data();
    void engines();
    void reversedReferences_data() { engines_data(); }
    void reversedReferences();
};

void TestDataMapLive::engines_data()
{
    QTest::addColumn<int>("engine");
    QTest::newRow("sqlite") << int(ConnectionParams::Engine::Sqlite);
    QTest::newRow("postgres") << int(ConnectionParams::Engine::Postgres);
    QTest::newRow("mariadb") << int(ConnectionParams::Engine::MariaDb);
}

static QByteArray mapFor(const ConnectionParams& p, const QByteArray& extraTables)
{
    QByteArray source;
    if (p.engine == ConnectionParams::Engine::Sqlite) {
        source = "    engine: sqlite\n    path: " + p.path.toUtf8() + "\n";
    } else {
        source = "    engine: " + ConnectionParams::engineKey(p.engine).toUtf8() +
                 "\n    host: " + p.host.toUtf8() + "\n    port: " + QByteArray::number(p.port) +
                 "\n    database: " + p.database.toUtf8() + "\n    user: " + p.user.toUtf8() +
                 "\n    password_key: test/db\n";
    }
    return "lethe_datamap: 1\n"
           "system:\n"
           "  key: notes\n"
           "  name: Notes\n"
           "  art15: {purposes: [Keep notes]}\n"
           "  identities: [email]\n"
           "sources:\n"
           "  - key: main\n" +
           source +
           "    tables:\n"
           "      - name: Lead Notes\n"
           "        primary_key: id\n"
           "        fields:\n"
           "          - {name: id, categories: [system.operations]}\n"
           "          - {name: Body, categories: [user.content.private]}\n"
           "          - {name: order, categories: [system.operations]}\n"
           "          - {name: owner_email, categories: [user.contact.email], identity: email}\n" +
           extraTables;
}

void TestDataMapLive::engines()
{
    QFETCH(int, engine);
    const auto e = ConnectionParams::Engine(engine);
    QTemporaryDir dir;
    const test::EngineDatabase database(e, dir, QStringLiteral("notes.db"));
    QVERIFY2(database.ok(), qPrintable(database.error()));
    const ConnectionParams p = database.params();
    {
        SqlConnection c;
        QVERIFY(c.open(p).ok());
        QSqlQuery q(c.db());
        const QString t = SqlConnection::quoteIdentifier(e, QStringLiteral("Lead Notes")).value();
        const QString body = SqlConnection::quoteIdentifier(e, QStringLiteral("Body")).value();
        const QString order = SqlConnection::quoteIdentifier(e, QStringLiteral("order")).value();
        QVERIFY2(
            q.exec(QStringLiteral("CREATE TABLE %1 (id INTEGER PRIMARY KEY, %2 TEXT, %3 INTEGER, owner_email "
                                  "VARCHAR(200))")
                       .arg(t, body, order)),
            qPrintable(q.lastError().text()));
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE orders (id INTEGER PRIMARY KEY, email VARCHAR(200))")));
    }

    // Everything declared exists: no issues.
    const DataMapLoad good = DataMapLoader::parse(mapFor(p, {}), QStringLiteral("notes.yaml"), dir.path());
    QVERIFY2(good.ok(), good.issues.isEmpty() ? "" : qPrintable(good.issues.first().toString()));
    const QList<DataMapIssue> none = DataMapLive::check(*good.map, {p});
    QVERIFY2(none.isEmpty(), none.isEmpty() ? "" : qPrintable(none.first().toString()));

    // A missing column and a missing table, each reported where the map declares it.
    const QByteArray extra = "      - name: orders\n"
                             "        primary_key: id\n"
                             "        fields:\n"
                             "          - {name: id, categories: [system.operations]}\n"
                             "          - {name: email, categories: [user.contact.email], identity: email}\n"
                             "          - {name: phone, categories: [user.contact.phone_number]}\n"
                             "      - name: ghosts\n"
                             "        primary_key: id\n"
                             "        fields:\n"
                             "          - {name: id, categories: [system.operations]}\n";
    const QByteArray text = mapFor(p, extra);
    const DataMapLoad bad = DataMapLoader::parse(text, QStringLiteral("notes.yaml"), dir.path());
    QVERIFY(bad.ok());
    const QList<DataMapIssue> issues = DataMapLive::check(*bad.map, {p});
    QCOMPARE(issues.size(), 2);
    auto lineOf = [&text](const QByteArray& needle) {
        return int(text.left(text.indexOf(needle)).count('\n')) + 1;
    };
    QCOMPARE(issues[0].line, lineOf("{name: phone"));
    QVERIFY2(issues[0].message.contains(QLatin1String("column \"phone\" of table \"orders\"")),
             qPrintable(issues[0].message));
    QVERIFY(issues[0].message.contains(QLatin1String("id, email")));
    QCOMPARE(issues[1].line, lineOf("- name: ghosts"));
    QVERIFY(issues[1].message.contains(QLatin1String("table \"ghosts\" does not exist")));

    // A wrong case is a different name.
    QByteArray wrongCase = mapFor(p, {});
    wrongCase.replace("{name: Body,", "{name: body,");
    const DataMapLoad cased = DataMapLoader::parse(wrongCase, QStringLiteral("notes.yaml"), dir.path());
    QVERIFY(cased.ok());
    QCOMPARE(DataMapLive::check(*cased.map, {p}).size(), 1);

    // A strategy the column cannot take, reported as the erasure plan reports it: a keyed hash on an integer.
    QByteArray hashed = mapFor(p, {});
    hashed.replace("{name: order, categories: [system.operations]}",
                   "{name: order, categories: [system.operations], erasure: hmac}");
    const DataMapLoad typed = DataMapLoader::parse(hashed, QStringLiteral("notes.yaml"), dir.path());
    QVERIFY(typed.ok());
    const QList<DataMapIssue> strategy = DataMapLive::check(*typed.map, {p});
    QCOMPARE(strategy.size(), 1);
    QCOMPARE(strategy[0].line, int(hashed.left(hashed.indexOf("{name: order")).count('\n')) + 1);
    QVERIFY2(strategy[0].message.startsWith(QLatin1String("Lead Notes.order is ")),
             qPrintable(strategy[0].message));
    QVERIFY2(strategy[0].message.contains(QLatin1String("not text")), qPrintable(strategy[0].message));
}

// A reference is a foreign-key fact written on the column holding the other row's key. Declared the other way
// round (the parent's key "references" the child's column), --live says so at the line, from the database's
// own foreign key, or from a referenced column that is neither a primary key nor unique.
void TestDataMapLive::reversedReferences()
{
    QFETCH(int, engine);
    const auto e = ConnectionParams::Engine(engine);
    QTemporaryDir dir;
    const test::EngineDatabase database(e, dir, QStringLiteral("shop.db"));
    QVERIFY2(database.ok(), qPrintable(database.error()));
    const ConnectionParams p = database.params();
    {
        SqlConnection c;
        QVERIFY(c.open(p).ok());
        QSqlQuery q(c.db());
        for (const char* sql :
             {"CREATE TABLE address (id INTEGER PRIMARY KEY, street VARCHAR(200))",
              "CREATE TABLE customer (id INTEGER PRIMARY KEY, email VARCHAR(200), address_id INTEGER, "
              "FOREIGN KEY (address_id) REFERENCES address (id))",
              "CREATE TABLE login (id INTEGER PRIMARY KEY, customer_email VARCHAR(200))"})
            QVERIFY2(q.exec(QLatin1String(sql)), qPrintable(q.lastError().text()));
    }
    QByteArray source;
    if (e == ConnectionParams::Engine::Sqlite) {
        source = "    engine: sqlite\n    path: " + p.path.toUtf8() + "\n";
    } else {
        source = "    engine: " + ConnectionParams::engineKey(e).toUtf8() + "\n    host: " + p.host.toUtf8() +
                 "\n    port: " + QByteArray::number(p.port) + "\n    database: " + p.database.toUtf8() +
                 "\n    user: " + p.user.toUtf8() + "\n    password_key: test/db\n";
    }
    auto mapWith = [&](const QByteArray& addressId, const QByteArray& customerAddressId,
                       const QByteArray& loginEmail) {
        return "lethe_datamap: 1\n"
               "system:\n"
               "  key: shop\n"
               "  name: Shop\n"
               "  art15: {purposes: [Sell]}\n"
               "  identities: [email]\n"
               "sources:\n"
               "  - key: main\n" +
               source +
               "    tables:\n"
               "      - name: address\n"
               "        primary_key: id\n"
               "        erase: rows\n"
               "        fields:\n"
               "          - {name: id, categories: [system.operations]" +
               addressId +
               "}\n"
               "          - {name: street, categories: [user.contact.address.street]}\n"
               "      - name: customer\n"
               "        primary_key: id\n"
               "        erase: rows\n"
               "        fields:\n"
               "          - {name: id, categories: [user.unique_id]}\n"
               "          - {name: email, categories: [user.contact.email], identity: email}\n"
               "          - {name: address_id, categories: [system.operations]" +
               customerAddressId +
               "}\n"
               "      - name: login\n"
               "        primary_key: id\n"
               "        erase: rows\n"
               "        fields:\n"
               "          - {name: id, categories: [system.operations]}\n"
               "          - {name: customer_email, categories: [user.contact.email]" +
               loginEmail + "}\n";
    };
    auto check = [&](const QByteArray& text) {
        const DataMapLoad load = DataMapLoader::parse(text, QStringLiteral("shop.yaml"), dir.path());
        [&] { QVERIFY2(load.ok(), load.ok() ? "" : qPrintable(load.issues.first().toString())); }();
        return load.ok() ? DataMapLive::check(*load.map, {p}) : QList<DataMapIssue>{};
    };
    auto lineOf = [](const QByteArray& text, const QByteArray& needle) {
        return int(text.left(text.indexOf(needle)).count('\n')) + 1;
    };

    // In the foreign key's direction: nothing to say.
    const QList<DataMapIssue> none = check(mapWith({}, ", references: address.id", {}));
    QVERIFY2(none.isEmpty(), none.isEmpty() ? "" : qPrintable(none.first().toString()));

    // The old reverse reference: the database says customer.address_id -> address.id.
    const QByteArray reversed = mapWith(", references: customer.address_id", {}, {});
    const QList<DataMapIssue> against = check(reversed);
    QCOMPARE(against.size(), 1);
    QCOMPARE(against[0].file, QStringLiteral("shop.yaml"));
    QCOMPARE(against[0].line, lineOf(reversed, "{name: id, categories: [system.operations], references"));
    QVERIFY2(against[0].message.contains(QLatin1String(
                 "address.id references customer.address_id, but the database's foreign key points the "
                 "other way")),
             qPrintable(against[0].message));
    QVERIFY2(against[0].message.contains(QLatin1String("\"references: address.id\" on customer.address_id")),
             qPrintable(against[0].message));
    QVERIFY(against[0].toString().startsWith(QStringLiteral("shop.yaml:%1:1: ").arg(against[0].line)));

    // No foreign key in the database, and the target is no key: likely reversed.
    const QByteArray loose = mapWith({}, {}, ", references: customer.email");
    const QList<DataMapIssue> notKey = check(loose);
    QCOMPARE(notKey.size(), 1);
    QCOMPARE(notKey[0].line, lineOf(loose, "{name: customer_email"));
    QVERIFY2(
        notKey[0].message.contains(QLatin1String(
            "login.customer_email references customer.email, which is neither a primary key nor unique")),
        qPrintable(notKey[0].message));
}

QTEST_GUILESS_MAIN(TestDataMapLive)
#include "tst_datamap_live.moc"
