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

void WorkspaceOpener::open(const WorkspaceInfo& ws, CredentialStore* credentials, const QString& actor,
                           Done done, WorkspaceStore::Clock clock)
{
    if (ws.store.engine == ConnectionParams::Engine::Sqlite || ws.store.passwordKey.isEmpty()) {
        QTimer::singleShot(0,
                           [ws, actor, done, clock] { done(WorkspaceStore::open(ws.store, actor, clock)); });
        return;
    }
    if (!credentials) {
        QTimer::singleShot(0, [done] {
            done(makeError(Error::Code::Unavailable,
                           tr("No keychain to read the workspace's password from.")));
        });
        return;
    }
    credentials->read(ws.store.passwordKey, [ws, actor, done, clock](Result<QString> secret) {
        if (!secret) {
            done(makeError(secret.error().code, tr("Workspace %1: cannot read its database password from the "
                                                   "keychain: %2")
                                                    .arg(ws.name, secret.error().message)));
            return;
        }
        ConnectionParams p = ws.store;
        p.password = *secret;
        done(WorkspaceStore::open(p, actor, clock));
    });
}

} // namespace lethe
