#include "KeychainCredentialStore.h"
#include "TestSupport.h"

#include <QTest>
#include <QUuid>

using namespace lethe;

// Round-trips through the real OS keychain (a Secret Service on D-Bus; scripts/test provides a throwaway,
// unlocked GNOME Keyring in a private session bus).
class TestKeychain : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { test::isolate(); }
    void roundTrip();
};

void TestKeychain::roundTrip()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QFAIL("No D-Bus session: run through scripts/test, which starts one with an unlocked keyring.");
    KeychainCredentialStore store(QStringLiteral("lethe-test"));
    const QString key = QStringLiteral("test/%1").arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
    const QString secret = QStringLiteral("pä$$wörd-%1").arg(QUuid::createUuid().toString());

    std::optional<Status> written;
    store.write(key, secret, [&](Status s) { written = s; });
    QTRY_VERIFY_WITH_TIMEOUT(written.has_value(), 15000);
    QVERIFY2(written->ok(), written->ok() ? "" : qPrintable(written->error().message));

    std::optional<Result<QString>> read;
    store.read(key, [&](Result<QString> r) { read.emplace(std::move(r)); });
    QTRY_VERIFY_WITH_TIMEOUT(read.has_value(), 15000);
    QVERIFY2(read->ok(), read->ok() ? "" : qPrintable(read->error().message));
    QCOMPARE(read->value(), secret);

    std::optional<Status> removed;
    store.remove(key, [&](Status s) { removed = s; });
    QTRY_VERIFY_WITH_TIMEOUT(removed.has_value(), 15000);
    QVERIFY(removed->ok());

    read.reset();
    store.read(key, [&](Result<QString> r) { read.emplace(std::move(r)); });
    QTRY_VERIFY_WITH_TIMEOUT(read.has_value(), 15000);
    QVERIFY(!read->ok());
    QCOMPARE(read->error().code, Error::Code::NotFound);
}

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
