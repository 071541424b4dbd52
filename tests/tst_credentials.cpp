#include "FakeCredentialStore.h"
#include "TestSupport.h"
#include "WorkspaceOpener.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace lethe;

class TestCredentials : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { test::isolate(); }
    void roundTrip();
    void answersLaterNotInline();
    void unavailableKeychain();
    void openerReadsPasswordFromKeychain();
    void workspaceFolderHoldsNoSecret();
};

template <typename T> static T waitFor(std::optional<T>& slot)
{
    QTRY_VERIFY_WITH_TIMEOUT(slot.has_value(), 5000);
    return std::move(*slot);
}

void TestCredentials::roundTrip()
{
    FakeCredentialStore store;
    std::optional<Status> written;
    store.write(QStringLiteral("db/ws"), QStringLiteral("s3cret"), [&](Status s) { written = s; });
    QTRY_VERIFY(written.has_value());
    QVERIFY(written->ok());

    std::optional<Result<QString>> read;
    store.read(QStringLiteral("db/ws"), [&](Result<QString> r) { read.emplace(std::move(r)); });
    QTRY_VERIFY(read.has_value());
    QVERIFY(read->ok());
    QCOMPARE(read->value(), QStringLiteral("s3cret"));

    std::optional<Status> removed;
    store.remove(QStringLiteral("db/ws"), [&](Status s) { removed = s; });
    QTRY_VERIFY(removed.has_value());
    QVERIFY(removed->ok());

    read.reset();
    store.read(QStringLiteral("db/ws"), [&](Result<QString> r) { read.emplace(std::move(r)); });
    QTRY_VERIFY(read.has_value());
    QVERIFY(!read->ok());
    QCOMPARE(read->error().code, Error::Code::NotFound);
}

void TestCredentials::answersLaterNotInline()
{
    FakeCredentialStore store;
    bool called = false;
    store.write(QStringLiteral("k"), QStringLiteral("v"), [&](Status) { called = true; });
    QVERIFY(!called); // like the real keychain: never inside the call
    QTRY_VERIFY(called);
}

void TestCredentials::unavailableKeychain()
{
    FakeCredentialStore store;
    store.setUnavailable(true);
    std::optional<Result<QString>> read;
    store.read(QStringLiteral("k"), [&](Result<QString> r) { read.emplace(std::move(r)); });
    QTRY_VERIFY(read.has_value());
    QCOMPARE(read->error().code, Error::Code::Unavailable);
}

void TestCredentials::openerReadsPasswordFromKeychain()
{
    // A PostgreSQL workspace whose password key is missing from the keychain: a clear error naming the
    // workspace, before any connection is tried.
    WorkspaceInfo ws;
    ws.name = QStringLiteral("team");
    ws.store.engine = ConnectionParams::Engine::Postgres;
    ws.store.host = QStringLiteral("127.0.0.1");
    ws.store.port = 1;
    ws.store.database = QStringLiteral("lethe");
    ws.store.user = QStringLiteral("lethe");
    ws.store.passwordKey = QStringLiteral("workspace/team");
    FakeCredentialStore store;
    std::optional<Result<std::unique_ptr<WorkspaceStore>>> opened;
    WorkspaceOpener::open(ws, &store, QStringLiteral("tester"),
                          [&](Result<std::unique_ptr<WorkspaceStore>> r) { opened.emplace(std::move(r)); });
    QTRY_VERIFY(opened.has_value());
    QVERIFY(!opened->ok());
    QCOMPARE(opened->error().code, Error::Code::NotFound);
    QVERIFY2(opened->error().message.contains(QLatin1String("team")), qPrintable(opened->error().message));
    QVERIFY(opened->error().message.contains(QLatin1String("workspace/team")));
}

void TestCredentials::workspaceFolderHoldsNoSecret()
{
    QTemporaryDir dir;
    ConnectionParams server;
    server.engine = ConnectionParams::Engine::Postgres;
    server.host = QStringLiteral("127.0.0.1");
    server.port = 5432;
    server.database = QStringLiteral("lethe");
    server.user = QStringLiteral("lethe");
    server.passwordKey = QStringLiteral("workspace/team");
    server.password = QStringLiteral("NeverOnDisk-42");
    auto ws = Workspaces::create(dir.filePath(QStringLiteral("team")), server);
    QVERIFY2(ws.ok(), ws.ok() ? "" : qPrintable(ws.error().message));
    QFile ini(ws->folder + QStringLiteral("/workspace.ini"));
    QVERIFY(ini.open(QIODevice::ReadOnly));
    const QByteArray text = ini.readAll();
    QVERIFY(text.contains("password_key"));
    QVERIFY(!text.contains("NeverOnDisk-42"));
    QCOMPARE(ws->store.passwordKey, QStringLiteral("workspace/team"));
    QVERIFY(ws->store.password.isEmpty());
}

QTEST_GUILESS_MAIN(TestCredentials)
#include "tst_credentials.moc"
