#include "SqlConnection.h"
#include "TestSupport.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace lethe;

// The connection layer that the workspace store and the product-database sources share: identifier
// checks and quoting per driver, and bound values, against real SQLite, PostgreSQL and MariaDB.
class TestSqlConnection : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { test::isolate(); }
    void identifiers_data();
    void identifiers();
    void engines_data();
    void engines();
    void unreachableServerSaysWhere();
};

void TestSqlConnection::identifiers_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("valid");
    QTest::newRow("plain") << "users" << true;
    QTest::newRow("underscore and digits") << "_lead_2" << true;
    QTest::newRow("dollar inside") << "a$b" << true;
    QTest::newRow("starts with digit") << "2fa" << false;
    QTest::newRow("quote") << "users\"; DROP TABLE x; --" << false;
    QTest::newRow("space") << "user name" << false;
    QTest::newRow("dot") << "public.users" << false;
    QTest::newRow("empty") << "" << false;
    QTest::newRow("64 chars") << QString(64, QLatin1Char('a')) << false;
}

void TestSqlConnection::identifiers()
{
    QFETCH(QString, name);
    QFETCH(bool, valid);
    QCOMPARE(SqlConnection::isValidIdentifier(name), valid);
    auto pg = SqlConnection::quoteIdentifier(ConnectionParams::Engine::Postgres, name);
    auto my = SqlConnection::quoteIdentifier(ConnectionParams::Engine::MariaDb, name);
    QCOMPARE(pg.ok(), valid);
    if (valid) {
        QCOMPARE(pg.value(), QLatin1Char('"') + name + QLatin1Char('"'));
        QCOMPARE(my.value(), QLatin1Char('`') + name + QLatin1Char('`'));
    } else {
        QVERIFY(pg.error().message.contains(name));
    }
}

void TestSqlConnection::engines_data()
{
    QTest::addColumn<int>("engine");
    QTest::newRow("sqlite") << int(ConnectionParams::Engine::Sqlite);
    QTest::newRow("postgres") << int(ConnectionParams::Engine::Postgres);
    QTest::newRow("mariadb") << int(ConnectionParams::Engine::MariaDb);
}

void TestSqlConnection::engines()
{
    QFETCH(int, engine);
    const auto e = ConnectionParams::Engine(engine);
    QTemporaryDir dir;
    std::unique_ptr<test::ScratchDatabase> scratch;
    ConnectionParams p;
    if (e == ConnectionParams::Engine::Sqlite) {
        p.path = dir.filePath(QStringLiteral("t.db"));
    } else {
        if (e == ConnectionParams::Engine::Postgres && !test::postgresConfigured())
            QFAIL(qPrintable(test::missingServerMessage("PostgreSQL")));
        if (e == ConnectionParams::Engine::MariaDb && !test::mariadbConfigured())
            QFAIL(qPrintable(test::missingServerMessage("MariaDB")));
        scratch = std::make_unique<test::ScratchDatabase>(
            e == ConnectionParams::Engine::Postgres ? test::postgresAdmin() : test::mariadbAdmin());
        QVERIFY2(scratch->ok(), qPrintable(scratch->error()));
        p = scratch->params();
    }
    SqlConnection c;
    const Status opened = c.open(p);
    QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message));
    const QString table = SqlConnection::quoteIdentifier(e, QStringLiteral("Leads")).value();
    const QString column = SqlConnection::quoteIdentifier(e, QStringLiteral("Email")).value();
    QSqlQuery q(c.db());
    QVERIFY(q.exec(
        QStringLiteral("CREATE TABLE %1 (id INTEGER PRIMARY KEY, %2 VARCHAR(200))").arg(table, column)));
    const QString hostile = QStringLiteral("x'); DROP TABLE Leads; -- ünïcødé");
    QVERIFY(q.prepare(QStringLiteral("INSERT INTO %1 (id, %2) VALUES (?, ?)").arg(table, column)));
    q.addBindValue(1);
    q.addBindValue(hostile);
    QVERIFY(q.exec());
    QVERIFY(q.prepare(QStringLiteral("SELECT %2 FROM %1 WHERE %2 = ?").arg(table, column)));
    q.addBindValue(hostile);
    QVERIFY(q.exec());
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), hostile);
}

void TestSqlConnection::unreachableServerSaysWhere()
{
    ConnectionParams p;
    p.engine = ConnectionParams::Engine::Postgres;
    p.host = QStringLiteral("127.0.0.1");
    p.port = 9; // discard: nothing listens
    p.database = QStringLiteral("nowhere");
    p.user = QStringLiteral("nobody");
    SqlConnection c;
    const Status s = c.open(p);
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code, Error::Code::Unavailable);
    QVERIFY2(s.error().message.contains(QLatin1String("127.0.0.1:9/nowhere")), qPrintable(s.error().message));
}

QTEST_GUILESS_MAIN(TestSqlConnection)
#include "tst_sqlconnection.moc"
