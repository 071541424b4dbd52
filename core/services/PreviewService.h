#pragma once

#include "Request.h"
#include "Result.h"
#include "SecretResolver.h"
#include "Traversal.h"
#include "WorkspaceStore.h"

#include <QJsonObject>
#include <QList>

#include <functional>
#include <stop_token>

namespace lethe {

// What the audit of a preview records, gathered from its dossiers as they come: how many systems were
// searched, how many of the subject's rows were found in all and per table, and the manual tasks the maps
// name; never what the preview showed.
struct PreviewTally
{
    int systems = 0;
    qint64 rows = 0;
    QJsonObject tables; // "system.source.table" -> rows found; a processor's near matches are not counted
    QList<WorkspaceStore::TaskSpec> manualTasks;

    void add(const Dossier& dossier);
    // The preview.run event's details: {"systems", "rows", "tables"}.
    QJsonObject auditDetails() const;
};

// The preview of a subject (everything held about them), one implementation for the GUI (PreviewRunner runs
// it on a worker thread) and lethe-cli preview (runs it here and now). The front-ends load the maps with
// WorkspaceMaps (all or nothing), read the secrets with SecretResolver, then call search(), and, for a
// request, record() once it finished.
class PreviewService
{
public:
    // Called on the searching thread with each system's dossier as it completes: `done` of `total` systems.
    using SystemDone = std::function<void(const Dossier& dossier, int done, int total)>;

    // Searches each resolved system's databases in turn while its API processors are looked up all at once
    // on the network thread (those that look up by user id after their system's databases, with the ids
    // those taught); the processors' findings and the map's manual tasks join the system's dossier. The
    // processor problems go with the first dossier. Blocks; stops at the first system whose search fails
    // (the processors stop too). A stop request on `stop` (the job's; empty: none) ends the databases' search
    // at its next query and aborts the processors' requests at once. Returns the rows found in all
    // (Dossier::totalRows).
    static Result<qint64> search(const ResolvedSystems& resolved, const QList<Identity>& identities,
                                 int previewRows, std::stop_token stop, const SystemDone& systemDone);

    // Records a finished preview on its request: first the manual tasks its maps name (added once each),
    // then the preview.run audit event with the tally's details. Returns how many tasks were new.
    static Result<int> record(WorkspaceStore& store, const QString& requestId, const PreviewTally& tally);
};

} // namespace lethe
