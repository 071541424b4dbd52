#include "KeychainSecret.h"
#include "KilledRuns.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace lethe;

using test::KeychainSecret;

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
    void keyStoresKilledKeepExactKeys();

private:
    test::CliRun initWorkspace(const QString& folder, const ConnectionParams& p, const QString& passwordKey);
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

test::CliRun TestCliPostgres::initWorkspace(const QString& folder, const ConnectionParams& p,
                                            const QString& passwordKey)
{
    return test::runCli(QStringLiteral(LETHE_CLI_PATH), m_home.path(),
                        {QStringLiteral("workspace"), QStringLiteral("init"), folder,
                         QStringLiteral("--engine"), QStringLiteral("postgres"), QStringLiteral("--host"),
                         p.host, QStringLiteral("--port"), QString::number(p.port),
                         QStringLiteral("--database"), p.database, QStringLiteral("--user"), p.user,
                         QStringLiteral("--password-key"), passwordKey});
}

void TestCliPostgres::workspaceOnPostgres()
{
    test::ScratchDatabase db(test::postgresAdmin());
    QVERIFY2(db.ok(), qPrintable(db.error()));
    const ConnectionParams p = db.params();
    // The password the workspace names is in the keychain (trust authentication ignores it, but the CLI must
    // find it there before it connects).
    const KeychainSecret secret(QStringLiteral("not-on-disk"));
    QVERIFY2(secret.error.isEmpty(), qPrintable(secret.error));
    const QString key = secret.key;
    const QString prog = QStringLiteral(LETHE_CLI_PATH);
    const QString ws = m_home.filePath(QStringLiteral("team"));
    auto init = initWorkspace(ws, p, key);
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
}

void TestCliPostgres::demoIntoPostgresWorkspace()
{
    test::ScratchDatabase db(test::postgresAdmin());
    QVERIFY2(db.ok(), qPrintable(db.error()));
    const ConnectionParams p = db.params();
    const KeychainSecret secret(QStringLiteral("demo-secret"));
    QVERIFY2(secret.error.isEmpty(), qPrintable(secret.error));
    const QString prog = QStringLiteral(LETHE_CLI_PATH);
    const QString ws = m_home.filePath(QStringLiteral("team-demo"));
    QCOMPARE(initWorkspace(ws, p, secret.key).code, 0);
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
}

void TestCliPostgres::missingKeychainSecretIsNamed()
{
    const QString ws = m_home.filePath(QStringLiteral("nokey"));
    auto init = initWorkspace(ws, test::postgresAdmin(), QStringLiteral("no/such/key"));
    // The workspace folder is written, but opening it fails on the keychain before any connection.
    QCOMPARE(init.code, 3);
    QVERIFY2(init.err.contains("no/such/key"), init.err.constData());
}

// As tst_cli's test of the same name, on a workspace in PostgreSQL: `workspace sort-keys --store` and
// `due-keys --store`, each killed with SIGKILL at random points until it finishes, keep every batch said
// stored and store no key that is not the request's own.
void TestCliPostgres::keyStoresKilledKeepExactKeys()
{
    test::ScratchDatabase db(test::postgresAdmin());
    QVERIFY2(db.ok(), qPrintable(db.error()));
    const KeychainSecret secret(QStringLiteral("killed-keys"));
    QVERIFY2(secret.error.isEmpty(), qPrintable(secret.error));
    const QString ws = m_home.filePath(QStringLiteral("killed-keys"));
    const auto init = initWorkspace(ws, db.params(), secret.key);
    QVERIFY2(init.code == 0, init.err.constData());
    int kills = 0;
    const QString wrong =
        test::keyStoresSurviveKills(db.params(), ws, m_home.path(), QStringLiteral(LETHE_CLI_CRASHTEST_PATH),
                                    QStringLiteral(LETHE_CLI_PATH), &kills);
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong));
    QVERIFY(kills >= 2); // each command at least once
    qInfo("%d kills", kills);
}

QTEST_GUILESS_MAIN(TestCliPostgres)
#include "tst_cli_postgres.moc"
