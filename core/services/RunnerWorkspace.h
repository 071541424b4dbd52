#pragma once

#include "SqlConnection.h"
#include "WorkspaceStore.h"

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

    // A store of the calling (worker) thread's own, signing its audit heads with the actor's key as the
    // window's store does.
    Result<std::unique_ptr<WorkspaceStore>> openStore() const
    {
        auto opened = WorkspaceStore::open(store, actor, clock);
        if (opened)
            (*opened)->setHeadSigner(headSigner);
        return opened;
    }
};

} // namespace lethe
