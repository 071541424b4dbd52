#pragma once

#include "SqlConnection.h"
#include "WorkspaceStore.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QString>

namespace lethe {

// Where a GUI runner (ErasureRunner, ExportRunner) works: the workspace (its folder holds the data maps and
// the processor connections; its name names its keys in the keychain), its store's connection with the
// password already read (the runner's worker thread opens its own store with it), and who acts.
struct RunnerWorkspace
{
    QString name;
    QString folder;
    ConnectionParams store;
    QString actor;
    WorkspaceStore::Clock clock; // empty: the system clock
    // The actor's officer key, as the window's store holds it: the worker's store signs the audit heads too.
    std::shared_ptr<const AuditHeadSigner> headSigner;
    int batchSize = 1000; // rows per transaction, for an erasure
    // The window's name for what it holds after a lost connection (HeldItems): released when it closes.
    QString heldSession;

    // A store of the calling (worker) thread's own, signing its audit heads with the actor's key as the
    // window's store does.
    Result<std::unique_ptr<WorkspaceStore>> openStore() const
    {
        auto opened = WorkspaceStore::open(store, actor, clock);
        if (opened)
            (*opened)->setHeadSigner(headSigner);
        return opened;
    }
    // The same, on a workspace that is there: one that cannot be reached (a server that does not answer, a
    // SQLite file whose share went away, never created anew) is a lost connection
    // (Error::Code::ConnectionLost) the window reconnects from, not a refusal.
    Result<std::unique_ptr<WorkspaceStore>> openExistingStore() const
    {
        if (store.engine == ConnectionParams::Engine::Sqlite && !QFileInfo::exists(store.path))
            return makeError(
                Error::Code::ConnectionLost,
                QCoreApplication::translate("lethe::SqlConnection", "The database file %1 cannot be found.")
                    .arg(store.path));
        auto opened = openStore();
        if (!opened && opened.error().code == Error::Code::Unavailable)
            return makeError(Error::Code::ConnectionLost, opened.error().message);
        return opened;
    }
};

} // namespace lethe
