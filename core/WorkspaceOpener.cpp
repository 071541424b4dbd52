#include "WorkspaceOpener.h"

#include <QTimer>

namespace lethe {

QString WorkspaceOpener::currentActor()
{
    for (const char* var : {"LETHE_ACTOR", "USER", "LOGNAME", "USERNAME"}) {
        const QString v = qEnvironmentVariable(var);
        if (!v.isEmpty())
            return v;
    }
    return QStringLiteral("unknown");
}

void WorkspaceOpener::resolve(const WorkspaceInfo& ws, CredentialStore* credentials, Resolved done)
{
    if (ws.store.engine == ConnectionParams::Engine::Sqlite || ws.store.passwordKey.isEmpty()) {
        QTimer::singleShot(0, [ws, done] { done(ws.store); });
        return;
    }
    if (!credentials) {
        QTimer::singleShot(0, [done] {
            done(makeError(Error::Code::Unavailable,
                           tr("No keychain to read the workspace's password from.")));
        });
        return;
    }
    credentials->read(ws.store.passwordKey, [ws, done](Result<QString> secret) {
        if (!secret) {
            done(makeError(secret.error().code,
                           tr("Workspace %1: cannot read its database password from the keychain: %2")
                               .arg(ws.name, secret.error().message)));
            return;
        }
        ConnectionParams p = ws.store;
        p.password = *secret;
        done(p);
    });
}

void WorkspaceOpener::open(const WorkspaceInfo& ws, CredentialStore* credentials, const QString& actor,
                           Done done, WorkspaceStore::Clock clock)
{
    resolve(ws, credentials, [actor, done, clock](Result<ConnectionParams> p) {
        if (!p)
            return done(p.error());
        done(WorkspaceStore::open(*p, actor, clock));
    });
}

} // namespace lethe
