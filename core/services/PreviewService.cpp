#include "PreviewService.h"

#include "ProcessorConnections.h"
#include "Validation.h"

namespace lethe {

void PreviewTally::add(const Dossier& d)
{
    ++systems;
    rows += d.totalRows();
    for (const DossierTable& t : d.tables)
        if (!t.nearMatches) // not the subject's
            tables[QStringLiteral("%1.%2.%3").arg(d.systemKey, t.source, t.table)] = t.count;
    for (const Recipient& task : d.manualTasks)
        manualTasks << WorkspaceStore::TaskSpec{d.systemKey, task.name, task.manual};
}

QJsonObject PreviewTally::auditDetails() const
{
    return {{QStringLiteral("systems"), systems},
            {QStringLiteral("rows"), rows},
            {QStringLiteral("tables"), tables}};
}

Result<qint64> PreviewService::search(const ResolvedSystems& resolved, const QList<Identity>& identities,
                                      int previewRows, std::stop_token stop, const SystemDone& systemDone)
{
    const QList<DataMap>& maps = resolved.maps;
    QList<ProcessorHub::Job> jobs;
    QHash<QString, QList<ProcessorHub::Job>> later; // by system: they look up by user id, after its databases
    for (const ProcessorHub::Job& j : resolved.jobs) {
        if (ProcessorConnections::waitsForUserIds(j.definition)) {
            for (const QString& system : resolved.systemsOf.value(j.connection.key))
                later[system] << j;
        } else {
            jobs << j;
        }
    }
    QList<Identity> normalised;
    for (const Identity& i : identities) {
        auto n = Validation::normalizeIdentity(i);
        normalised << (n ? *n : i);
    }
    // The processors on the network thread, all at once, while the databases are searched here; each
    // system's dossier waits for them only when it is ready itself. Leaving early cancels them and waits.
    ProcessorHub::Searches processors = ProcessorHub::start(jobs, normalised, stop);
    Traversal::Options o;
    o.previewRows = previewRows;
    o.stop = stop;
    qint64 total = 0;
    for (int i = 0; i < maps.size(); ++i) {
        o.sourceProblems = resolved.sourceProblems.value(i); // source keys are per map
        auto d = Traversal::run(maps[i], resolved.connections.value(i), identities, o);
        if (!d) {
            processors.cancel(); // the processors stop too, at once
            return d.error();
        }
        for (const ProcessorResult& r : processors.results()) {
            if (resolved.systemsOf.value(r.connection).contains(maps[i].key))
                d.value().tables << ProcessorConnections::asTables(r, previewRows, true);
        }
        if (later.contains(maps[i].key)) {
            // With the user ids this system's databases taught (the subject's account ids).
            for (const ProcessorResult& r :
                 ProcessorHub::search(later.value(maps[i].key), normalised + d->learned, stop))
                d.value().tables << ProcessorConnections::asTables(r, previewRows, true);
        }
        d.value().manualTasks = resolved.manual.value(maps[i].key);
        if (i == 0)
            d.value().processorProblems = resolved.processorProblems;
        total += d->totalRows();
        if (systemDone)
            systemDone(*d, i + 1, int(maps.size()));
    }
    return total;
}

Result<int> PreviewService::record(WorkspaceStore& store, const QString& requestId, const PreviewTally& tally)
{
    // Processors without an API become manual tasks on the request (once each).
    int added = 0;
    if (!tally.manualTasks.isEmpty()) {
        auto n = store.addTasks(requestId, tally.manualTasks);
        if (!n)
            return n.error();
        added = *n;
    }
    // What ran and how much it found; never what it showed.
    auto e = store.record(QStringLiteral("preview.run"), requestId, tally.auditDetails());
    if (!e)
        return e.error();
    return added;
}

} // namespace lethe
