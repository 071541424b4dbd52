#include "KeychainCredentialStore.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace lethe;

// lethe-cli on a workspace that lives in PostgreSQL, with its password named by keychain key.
// Needs the server and the keyring that scripts/test starts.
class TestCliPostgres : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void workspaceOnPostgres();
    void demoIntoPostgresWorkspace();
    void missingKeychainSecretIsNamed();

private:
    QTemporaryDir m_home;
};

void TestCliPostgres::initTestCase()
{
    test::isolate();
    if (!test::postgresConfigured())
        QFAIL(qPrintable(test::missingServerMessage("PostgreSQL")));
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QFAIL("No D-Bus session: run through scripts/test, which starts one with an unlocked keyring.");
}

void TestCliPostgres::workspaceOnPostgres()
{
    test::ScratchDatabase db(test::postgresAdmin());
    QVERIFY2(db.ok(), qPrintable(db.error()));
    const ConnectionParams p = db.params();
    // The password the workspace names is in the keychain (trust authentication ignores it, but the CLI must
    // find it there before it connects).
    const QString key = QStringLiteral("test/pg/%1").arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
    KeychainCredentialStore keychain;
    std::optional<Status> written;
    keychain.write(key, QStringLiteral("not-on-disk"), [&](Status s) { written = s; });
    QTRY_VERIFY_WITH_TIMEOUT(written.has_value(), 15000);
    QVERIFY2(written->ok(), written->ok() ? "" : qPrintable(written->error().message));

    const QString prog = QStringLiteral(LETHE_CLI_PATH);
    const QString ws = m_home.filePath(QStringLiteral("team"));
    auto init =
        test::runCli(prog, m_home.path(),
                     {QStringLiteral("workspace"), QStringLiteral("init"), ws, QStringLiteral("--engine"),
                      QStringLiteral("postgres"), QStringLiteral("--host"), p.host, QStringLiteral("--port"),
                      QString::number(p.port), QStringLiteral("--database"), p.database,
                      QStringLiteral("--user"), p.user, QStringLiteral("--password-key"), key});
    QVERIFY2(init.code == 0, init.err.constData());
    QVERIFY(
        init.json().object()[QStringLiteral("store")].toString().startsWith(QLatin1String("postgres://")));
    const QStringList w{QStringLiteral("--workspace"), ws};
    auto add = test::runCli(prog, m_home.path(),
                            QStringList{QStringLiteral("requests"), QStringLiteral("add"),
                                        QStringLiteral("--type"), QStringLiteral("access"),
                                        QStringLiteral("--regulation"), QStringLiteral("gdpr"),
                                        QStringLiteral("--email"), QStringLiteral("pg@example.com")} +
                                w);
    QVERIFY2(add.code == 0, add.err.constData());
    const QString id = add.json().object()[QStringLiteral("id")].toString();
    QCOMPARE(test::runCli(prog, m_home.path(),
                          QStringList{QStringLiteral("requests"), QStringLiteral("transition"), id,
                                      QStringLiteral("verified")} +
                              w)
                 .code,
             0);
    auto list = test::runCli(prog, m_home.path(),
                             QStringList{QStringLiteral("requests"), QStringLiteral("list")} + w);
    QCOMPARE(list.json().array().size(), 1);
    QCOMPARE(list.json().array()[0].toObject()[QStringLiteral("status")].toString(),
             QStringLiteral("verified"));
    auto verify =
        test::runCli(prog, m_home.path(), QStringList{QStringLiteral("audit"), QStringLiteral("verify")} + w);
    QCOMPARE(verify.code, 0);
    QCOMPARE(verify.json().object()[QStringLiteral("checked")].toInt(), 2);

    QFile ini(ws + QStringLiteral("/workspace.ini"));
    QVERIFY(ini.open(QIODevice::ReadOnly));
    QVERIFY(!ini.readAll().contains("not-on-disk"));
    std::optional<Status> removed;
    keychain.remove(key, [&](Status s) { removed = s; });
    QTRY_VERIFY_WITH_TIMEOUT(removed.has_value(), 15000);
}

void TestCliPostgres::demoIntoPostgresWorkspace()
{
    test::ScratchDatabase db(test::postgresAdmin());
    QVERIFY2(db.ok(), qPrintable(db.error()));
    const ConnectionParams p = db.params();
    const QString key = QStringLiteral("test/pg/%1").arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
    KeychainCredentialStore keychain;
    std::optional<Status> written;
    keychain.write(key, QStringLiteral("demo-secret"), [&](Status s) { written = s; });
    QTRY_VERIFY_WITH_TIMEOUT(written.has_value(), 15000);
    QVERIFY(written->ok());

    const QString prog = QStringLiteral(LETHE_CLI_PATH);
    const QString ws = m_home.filePath(QStringLiteral("team-demo"));
    QCOMPARE(
        test::runCli(prog, m_home.path(),
                     {QStringLiteral("workspace"), QStringLiteral("init"), ws, QStringLiteral("--engine"),
                      QStringLiteral("postgres"), QStringLiteral("--host"), p.host, QStringLiteral("--port"),
                      QString::number(p.port), QStringLiteral("--database"), p.database,
                      QStringLiteral("--user"), p.user, QStringLiteral("--password-key"), key})
            .code,
        0);
    auto demo = test::runCli(prog, m_home.path(),
                             {QStringLiteral("demo"), QStringLiteral("init"), QStringLiteral("--workspace"),
                              ws, QStringLiteral("--count"), QStringLiteral("12")});
    QVERIFY2(demo.code == 0, demo.err.constData());
    QCOMPARE(demo.json().object()[QStringLiteral("requests")].toInt(), 12);
    auto list =
        test::runCli(prog, m_home.path(),
                     {QStringLiteral("requests"), QStringLiteral("list"), QStringLiteral("--workspace"), ws});
    QCOMPARE(list.json().array().size(), 12);
    QCOMPARE(
        test::runCli(prog, m_home.path(),
                     {QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--workspace"), ws})
            .code,
        0);
    std::optional<Status> removed;
    keychain.remove(key, [&](Status s) { removed = s; });
    QTRY_VERIFY_WITH_TIMEOUT(removed.has_value(), 15000);
}

void TestCliPostgres::missingKeychainSecretIsNamed()
{
    const QString ws = m_home.filePath(QStringLiteral("nokey"));
    const QString prog = QStringLiteral(LETHE_CLI_PATH);
    const ConnectionParams admin = test::postgresAdmin();
    auto init =
        test::runCli(prog, m_home.path(),
                     {QStringLiteral("workspace"), QStringLiteral("init"), ws, QStringLiteral("--engine"),
                      QStringLiteral("postgres"), QStringLiteral("--host"), admin.host,
                      QStringLiteral("--port"), QString::number(admin.port), QStringLiteral("--database"),
                      QStringLiteral("postgres"), QStringLiteral("--user"), admin.user,
                      QStringLiteral("--password-key"), QStringLiteral("no/such/key")});
    // The workspace folder is written, but opening it fails on the keychain before any connection.
    QCOMPARE(init.code, 3);
    QVERIFY2(init.err.contains("no/such/key"), init.err.constData());
}

QTEST_GUILESS_MAIN(TestCliPostgres)
#include "tst_cli_postgres.moc"
