#include "WorkspaceOpener.h"

#include "Log.h"
#include "OfficerKeys.h"
#include "PrivateFiles.h"

#include <QTimer>

#include <vector>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace lethe {

QString WorkspaceOpener::currentActor()
{
    if (actorOverrideForTests)
        return actorOverrideForTests();
#ifdef Q_OS_UNIX
    const uid_t uid = geteuid();
    std::vector<char> buffer(16384);
    passwd entry{};
    passwd* found = nullptr;
    if (getpwuid_r(uid, &entry, buffer.data(), buffer.size(), &found) == 0 && found && found->pw_name &&
        *found->pw_name)
        return QString::fromLocal8Bit(found->pw_name);
    // An account without a name in the user database (a container's bare uid): named by its number.
    return QStringLiteral("uid-%1").arg(uid);
#else
    const QString v = qEnvironmentVariable("USERNAME");
    return v.isEmpty() ? QStringLiteral("unknown") : v;
#endif
}

void WorkspaceOpener::resolveConnection(const ConnectionParams& params, CredentialStore* credentials,
                                        Resolved done)
{
    if (params.engine == ConnectionParams::Engine::Sqlite || params.passwordKey.isEmpty()) {
        QTimer::singleShot(0, [params, done] { done(params); });
        return;
    }
    if (!credentials) {
        QTimer::singleShot(0, [done] {
            done(makeError(Error::Code::Unavailable, tr("No keychain to read the database password from.")));
        });
        return;
    }
    credentials->read(params.passwordKey, [params, done](Result<QString> secret) {
        if (!secret)
            return done(secret.error());
        ConnectionParams p = params;
        p.password = *secret;
        done(p);
    });
}

void WorkspaceOpener::resolve(const WorkspaceInfo& ws, CredentialStore* credentials, Resolved done)
{
    resolveConnection(ws.store, credentials, [ws, done](Result<ConnectionParams> p) {
        if (!p) {
            done(makeError(p.error().code,
                           tr("Workspace %1: cannot read its database password from the keychain: %2")
                               .arg(ws.name, p.error().message)));
            return;
        }
        done(p);
    });
}

void WorkspaceOpener::open(const WorkspaceInfo& ws, CredentialStore* credentials, const QString& actor,
                           Done done, WorkspaceStore::Clock clock)
{
    // A workspace holds subjects, identities and stored plans: owner only. One made by an earlier version
    // (under the usual umask 022) is tightened now.
    if (const int n = privatefiles::tighten(ws.folder); n > 0)
        log::info(QStringLiteral("Workspace %1: %2 files and folders made readable by their owner only.")
                      .arg(ws.name)
                      .arg(n));
    resolve(ws, credentials, [name = ws.name, credentials, actor, done, clock](Result<ConnectionParams> p) {
        if (!p)
            return done(p.error());
        auto store = WorkspaceStore::open(*p, actor, clock);
        if (!store)
            return done(store.error());
        attachOfficerKey(std::move(store).value(), name, credentials, done);
    });
}

void WorkspaceOpener::attachOfficerKey(std::unique_ptr<WorkspaceStore> store, const QString& workspaceName,
                                       CredentialStore* credentials, Done done)
{
    auto registered = OfficerKeys::of(store->database(), store->actor());
    if (!credentials || !registered || !*registered) {
        done(std::move(store));
        return;
    }
    // std::function needs a copyable callback: the store is held by a shared pointer until the answer.
    auto held = std::make_shared<std::unique_ptr<WorkspaceStore>>(std::move(store));
    const QString keyId = (*registered)->keyId;
    credentials->read(OfficerKeys::keychainName(workspaceName, (*held)->actor()), [held, keyId,
                                                                                   done](Result<QString>
                                                                                             secret) {
        WorkspaceStore& s = **held;
        if (secret && !secret->isEmpty()) {
            auto key = Minisign::parseSecret(*secret);
            if (key && Minisign::keyIdHex(key->keyId) == keyId)
                s.setHeadSigner(std::make_shared<const AuditHeadSigner>(AuditHeadSigner{s.actor(), *key}));
        }
        done(std::move(*held));
    });
}

} // namespace lethe
