#pragma once

#include "Minisign.h"
#include "Result.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

namespace lethe {

class CredentialStore;

// The workspace's own keys, kept in the keychain only and made on first use: the minisign key that signs
// export bundles (lethe/signing-key/<workspace name>) and the key of the erasure's keyed hashes
// (lethe/erasure-hmac/<workspace name>, hex). lethe-cli waits for them; the GUI's runners do not.
class WorkspaceKeys
{
    Q_DECLARE_TR_FUNCTIONS(lethe::WorkspaceKeys)
public:
    static QString signingKeyName(const QString& workspaceName);
    static QString hmacKeyName(const QString& workspaceName);

    // The secret `name`, or one made by `make` and stored when the keychain says it has none. Only a key
    // that is not there is made anew: a keychain that cannot be read now must not lose the key it holds
    // (keyed hashes and signatures would no longer match earlier ones). `done` runs later, on the calling
    // thread's event loop.
    static void readOrCreate(CredentialStore* credentials, const QString& name,
                             std::function<Result<QString>()> make,
                             std::function<void(Result<QString>)> done);

    static void signingKey(CredentialStore* credentials, const QString& workspaceName,
                           std::function<void(Result<MinisignKey>)> done);
    static void hmacKey(CredentialStore* credentials, const QString& workspaceName,
                        std::function<void(Result<QByteArray>)> done);
};

} // namespace lethe
