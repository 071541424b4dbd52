#include "SqlConnection.h"
#include "TestSupport.h"

#include <QSqlError>
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
    QTest::addColumn<QString>("pgQuoted");
    QTest::addColumn<QString>("myQuoted");
    QTest::newRow("plain") << "users" << true << "\"users\""
                           << "`users`";
    QTest::newRow("mixed case") << "LeadNotes" << true << "\"LeadNotes\""
                                << "`LeadNotes`";
    QTest::newRow("space") << "full name" << true << "\"full name\""
                           << "`full name`";
    QTest::newRow("reserved word") << "order" << true << "\"order\""
                                   << "`order`";
    QTest::newRow("starts with digit") << "2fa" << true << "\"2fa\""
                                       << "`2fa`";
    QTest::newRow("double quote doubled") << "a\"b" << true << "\"a\"\"b\""
                                          << "`a\"b`";
    QTest::newRow("backtick doubled") << "a`b" << true << "\"a`b\""
                                      << "`a``b`";
    QTest::newRow("injection stays one name")
        << "x\"; DROP TABLE t; --" << true << "\"x\"\"; DROP TABLE t; --\""
        << "`x\"; DROP TABLE t; --`";
    QTest::newRow("newline") << "a\nb" << false << ""
                             << "";
    QTest::newRow("nul") << QString(QChar(0)) << false << ""
                         << "";
    QTest::newRow("leading space") << " users" << false << ""
                                   << "";
    QTest::newRow("empty") << "" << false << ""
                           << "";
    QTest::newRow("64 chars") << QString(64, QLatin1Char('a')) << false << ""
                              << "";
}

void TestSqlConnection::identifiers()
{
    QFETCH(QString, name);
    QFETCH(bool, valid);
    QFETCH(QString, pgQuoted);
    QFETCH(QString, myQuoted);
    QCOMPARE(SqlConnection::isValidIdentifier(name), valid);
    auto pg = SqlConnection::quoteIdentifier(ConnectionParams::Engine::Postgres, name);
    auto my = SqlConnection::quoteIdentifier(ConnectionParams::Engine::MariaDb, name);
    QCOMPARE(pg.ok(), valid);
    QCOMPARE(my.ok(), valid);
    if (valid) {
        QCOMPARE(pg.value(), pgQuoted);
        QCOMPARE(my.value(), myQuoted);
        QCOMPARE(SqlConnection::quoteIdentifier(ConnectionParams::Engine::Sqlite, name).value(), pgQuoted);
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
    const test::EngineDatabase database(e, dir, QStringLiteral("t.db"));
    QVERIFY2(database.ok(), qPrintable(database.error()));
    const ConnectionParams p = database.params();
    SqlConnection c;
    const Status opened = c.open(p);
    QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message));
    // Names that only work quoted: mixed case with a space, a reserved word, an embedded quote character.
    const QString table = SqlConnection::quoteIdentifier(e, QStringLiteral("Lead Notes")).value();
    const QString column = SqlConnection::quoteIdentifier(e, QStringLiteral("order")).value();
    const QString odd = SqlConnection::quoteIdentifier(e, QStringLiteral("it\"s`x")).value();
    QSqlQuery q(c.db());
    QVERIFY2(q.exec(QStringLiteral("CREATE TABLE %1 (id INTEGER PRIMARY KEY, %2 VARCHAR(200), %3 INTEGER)")
                        .arg(table, column, odd)),
             qPrintable(q.lastError().text()));
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
