#include "WorkspaceOpener.h"

#include "Log.h"
#include "PrivateFiles.h"

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
    resolve(ws, credentials, [actor, done, clock](Result<ConnectionParams> p) {
        if (!p)
            return done(p.error());
        done(WorkspaceStore::open(*p, actor, clock));
    });
}

} // namespace lethe
