#pragma once

#include "KeychainCredentialStore.h"

#include <QString>
#include <QTest>
#include <QUuid>

#include <optional>

namespace lethe::test {

// A secret in the real keychain under a fresh key for one test (a database password lethe-cli reads), removed
// again when the test is done. Needs the keyring scripts/test starts; `error` says when it did not answer.
class KeychainSecret
{
public:
    explicit KeychainSecret(const QString& value)
        : key(QStringLiteral("test/secret/%1").arg(QUuid::createUuid().toString(QUuid::WithoutBraces)))
    {
        std::optional<Status> written;
        m_keychain.write(key, value, [&](Status s) { written = s; });
        if (!QTest::qWaitFor([&] { return written.has_value(); }, 15000))
            error = QStringLiteral("the keychain did not answer");
        else if (!written->ok())
            error = written->error().message;
    }
    ~KeychainSecret()
    {
        bool removed = false;
        m_keychain.remove(key, [&](Status) { removed = true; });
        (void)QTest::qWaitFor([&] { return removed; }, 15000);
    }
    KeychainSecret(const KeychainSecret&) = delete;
    KeychainSecret& operator=(const KeychainSecret&) = delete;
    const QString key;
    QString error;

private:
    KeychainCredentialStore m_keychain;
};

} // namespace lethe::test
