#pragma once

#include "Minisign.h"
#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <optional>

namespace lethe {

class CredentialStore;
class WorkspaceStore;

// A login's minisign public key, registered in the workspace (officer_keys). The secret key stays in that
// person's keychain (keychainName); the database holds only the public key. With it the login signs its
// approvals of erasure plans (ApprovalSignature) and the audit head after each event it writes (AuditLog).
struct OfficerKey
{
    QString login;
    QString keyId;     // minisign's hex key id
    QString publicKey; // the base64 line of the .pub file
    QDateTime registeredAt;

    Result<MinisignKey> key() const { return Minisign::parsePublicKey(publicKey.toLatin1()); }
};

// The workspace's registered keys. Once one is registered, signatures are required: an approval needs the
// approver's signature, and `audit verify` needs a signed audit head (docs/team.md).
class OfficerKeys
{
    Q_DECLARE_TR_FUNCTIONS(lethe::OfficerKeys)
public:
    // The keychain entry of `login`'s secret key for a workspace: lethe/officer-key/<workspace>/<login>.
    static QString keychainName(const QString& workspaceName, const QString& login);

    // Whether any login has registered a key: signatures are then required.
    static Result<bool> any(QSqlDatabase db);
    static Result<std::optional<OfficerKey>> of(QSqlDatabase db, const QString& login);
    static Result<QList<OfficerKey>> all(QSqlDatabase db);

    // Registers `key` (with its secret) as the store's actor's own key, replacing an earlier one, audited as
    // officer.key.register with the key id; the store signs its audit heads with it from then on. In a
    // team workspace the server's lethe_officer_key_register() does it for the signed-in login only.
    static Status registerOwn(WorkspaceStore& store, const MinisignKey& key);
    // The id of the store's actor's registered key when the store has no signer for it (the secret key is
    // not in this keychain, or another key is): what the actor writes now is unsigned, and approving is
    // refused. Nothing when the actor has no registered key or its key is attached.
    static std::optional<QString> registeredButNotHeld(const WorkspaceStore& store);

    // `login`'s officer key from this keychain (keychainName). Without `create`, NotFound when the keychain
    // holds none; with it, a key is made and stored when the keychain says it has none (never over one it
    // cannot read now: WorkspaceKeys::readOrCreate). `done` runs later, on the calling thread's event loop.
    // What `lethe-cli workspace officer-key --create` and the window's Officer Key dialog read or make.
    static void fromKeychain(CredentialStore* credentials, const QString& workspaceName, const QString& login,
                             bool create, std::function<void(Result<MinisignKey>)> done);
    // Registers `key` as the store's actor's own key (registerOwn) unless it is already the one registered
    // for them: true when it registered, false when nothing needed doing. The store signs with it after.
    static Result<bool> registerIfNew(WorkspaceStore& store, const MinisignKey& key);
};

} // namespace lethe
