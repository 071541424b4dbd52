#pragma once

#include "Result.h"

#include <QObject>

#include <functional>

namespace lethe {

// Secrets (database passwords, API tokens, the signing key) by key. Asynchronous, because the OS keychain
// may ask the user to unlock it: callbacks run later on the caller's thread, never inside the call.
// Implementations: KeychainCredentialStore (the OS keychain through QtKeychain) and FakeCredentialStore
// (memory only, tests/support, linked by the tests only). Nothing else may hold a secret at rest.
class CredentialStore : public QObject
{
    Q_OBJECT
public:
    using ReadCallback = std::function<void(Result<QString>)>;
    using DoneCallback = std::function<void(Status)>;

    using QObject::QObject;
    ~CredentialStore() override = default;

    virtual void read(const QString& key, ReadCallback done) = 0;
    virtual void write(const QString& key, const QString& secret, DoneCallback done) = 0;
    virtual void remove(const QString& key, DoneCallback done) = 0;
};

} // namespace lethe
