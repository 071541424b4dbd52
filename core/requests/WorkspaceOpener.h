#pragma once

#include "CredentialStore.h"
#include "Workspace.h"
#include "WorkspaceStore.h"

#include <functional>

namespace lethe {

// Opens a workspace's store, first fetching the server password from the keychain when the workspace
// names one. The callback runs from the event loop of the calling thread.
class WorkspaceOpener
{
    Q_DECLARE_TR_FUNCTIONS(lethe::WorkspaceOpener)
public:
    using Done = std::function<void(Result<std::unique_ptr<WorkspaceStore>>)>;
    using Resolved = std::function<void(Result<ConnectionParams>)>;
    // The workspace's connection parameters with the password from the keychain filled in (in memory only).
    static void resolve(const WorkspaceInfo& ws, CredentialStore* credentials, Resolved done);
    // Any connection (a workspace's, a data map source's): the password named by passwordKey, if any.
    static void resolveConnection(const ConnectionParams& params, CredentialStore* credentials,
                                  Resolved done);
    // Also reads the actor's officer key from the keychain when one is registered for them (OfficerKeys) and
    // it is the registered key: the store then signs the audit head after every event it writes. A key that
    // is registered but not in this keychain leaves the store without a signer (headSigner() is null).
    static void open(const WorkspaceInfo& ws, CredentialStore* credentials, const QString& actor, Done done,
                     WorkspaceStore::Clock clock = {});
    // Who acts: the OS login the process runs as (from the user database, not from $USER or any other
    // variable a person can set for one command). A team workspace records the database's session_user
    // instead (WorkspaceStore, team mode).
    static QString currentActor();
    // For tests only: when set, currentActor() returns what it returns. The shipped programs never set it;
    // tests/support does (test::actAs, and lethe-cli-crashtest's LETHE_ACTOR).
    using ActorOverride = QString (*)();
    static inline ActorOverride actorOverrideForTests = nullptr;

private:
    static void attachOfficerKey(std::unique_ptr<WorkspaceStore> store, const QString& workspaceName,
                                 CredentialStore* credentials, Done done);
};

} // namespace lethe
