#include "ErasureExecution.h"

#include <QJsonDocument>

namespace lethe::erasurerun {

namespace {

// A processor step's journal data: which connection and processor, and the state of its calls.
QJsonObject processorStepData(const ErasureProcessorPlan& pp, const QJsonObject& state)
{
    return QJsonObject{{QStringLiteral("connection"), pp.connection},
                       {QStringLiteral("processor"), pp.processorName},
                       {QStringLiteral("state"), state}};
}

// Jobs handed to a person by an earlier attempt of a processor step: their task exists.
QSet<QString> jobsHandedBefore(const QJsonObject& resumeState)
{
    QSet<QString> handedBefore;
    for (const QJsonValue& v : resumeState.value(QStringLiteral("entries")).toArray())
        if (v[QStringLiteral("state")].toString() == erasureStateKey(ErasureOutcome::State::HandedOver))
            handedBefore.insert(v[QStringLiteral("job")].toString());
    return handedBefore;
}

// Of a new search's record set, only the records the plan names.
ProcessorRecordSet plannedRecords(const ProcessorRecordSet& set, const ErasureProcessorPlan& pp,
                                  const ProcessorHub::Job& job)
{
    QStringList planned;
    for (const ErasureProcessorPlan::Set& ps : pp.sets)
        if (ps.lookup == set.lookup)
            planned = ps.ids;
    const Lookup* lookup = job.definition.lookup(set.lookup);
    ProcessorRecordSet kept = set;
    kept.records.clear();
    kept.via.clear();
    kept.parents.clear();
    kept.identities.clear();
    for (int i = 0; i < set.records.size(); ++i) {
        const QString id = lookup && !lookup->id.isEmpty()
                               ? Templates::text(Templates::value(set.records[i], lookup->id))
                               : QString::number(i + 1);
        if (!planned.contains(id))
            continue;
        kept.records << set.records[i];
        kept.via << set.via.value(i);
        kept.parents << set.parents.value(i);
        kept.identities << set.identities.value(i);
    }
    return kept;
}

// A processor step's outcomes as the journal and the report hold them. Adds the records finished to
// `finished`; sets `failed` when one is not.
QJsonArray outcomesJson(const ProcessorErasureResult& result, qint64* finished, bool* failed)
{
    QJsonArray outcomes;
    for (const ErasureOutcome& o : result.outcomes) {
        *finished += o.finished();
        *failed = *failed || !o.finished();
        QJsonObject oj{{QStringLiteral("step"), o.stepName},
                       {QStringLiteral("effect"), erasureEffectKey(o.effect)},
                       {QStringLiteral("target"), o.target},
                       {QStringLiteral("state"), erasureStateKey(o.state)}};
        if (!o.jobId.isEmpty())
            oj[QStringLiteral("job")] = o.jobId;
        if (!o.message.isEmpty())
            oj[QStringLiteral("message")] = o.message;
        outcomes << oj;
    }
    return outcomes;
}

} // namespace

// A processor's erasure steps. Journalled before and after every call: the step's entry holds the erasure's
// state (its planned targets, each call's status, each job id as soon as the answer carries it). A step begun
// before (a killed run, or failed calls of an incomplete one) continues from that state: finished targets are
// skipped, started jobs polled and run, never started again; nothing is searched again.
Status Execution::runProcessorStep(int seq, const Step& st, const JournalEntry& existing)
{
    const ErasureSystemPlan& sp = plan.systems[st.system];
    const ErasureProcessorPlan& pp = sp.processors[st.processor];
    const ProcessorHub::Job* job = nullptr;
    for (const ProcessorHub::Job& j : systems[inputOf[st.system]].processors)
        if (j.connection.key == pp.connection)
            job = &j;
    QJsonObject resumeState;
    if (existing.state == QLatin1String("begun") && !existing.data.isEmpty())
        resumeState =
            QJsonDocument::fromJson(existing.data).object().value(QStringLiteral("state")).toObject();
    if (existing.state != QLatin1String("begun"))
        if (Status s =
                erasures.begin(runId, seq, st.label, st.digest,
                               QJsonDocument(processorStepData(pp, {})).toJson(QJsonDocument::Compact));
            !s)
            return s.error();
    const QSet<QString> handedBefore = jobsHandedBefore(resumeState);
    Status checkpointStatus;
    QJsonObject lastState = resumeState;
    const ProcessorErasureResult result =
        eraseAtProcessor(seq, sp, pp, job, resumeState, &lastState, &checkpointStatus);
    if (result.stoppedDead) // tests: as if killed during a call; nothing more is written
        return makeError(Error::Code::Cancelled,
                         QStringLiteral("stopped dead by the test in step %1").arg(seq));
    if (!checkpointStatus)
        return checkpointStatus.error();
    qint64 finished = 0;
    bool failed = !result.errors.isEmpty();
    const QJsonArray outcomes = outcomesJson(result, &finished, &failed);
    QJsonObject data = processorStepData(pp, lastState);
    data[QStringLiteral("outcomes")] = outcomes;
    data[QStringLiteral("errors")] = QJsonArray::fromStringList(result.errors);
    data[QStringLiteral("keeps")] = QJsonArray::fromStringList(pp.keeps);
    data[QStringLiteral("calls")] = result.calls;
    data[QStringLiteral("retries")] = result.retries;
    if (Status s = handOverJobs(sp, pp, result, handedBefore); !s)
        return s;
    if (options.crashPoint && options.crashPoint(seq, false))
        return makeError(Error::Code::Cancelled, QStringLiteral("stopped dead by the test at %1").arg(seq));
    if (failed) {
        // Calls that failed stay to be retried: the step stays begun with its state, the run ends
        // incomplete, and resuming it retries only those (ErasureStore::resumable).
        if (Status s = erasures.checkpoint(runId, seq, QJsonDocument(data).toJson(QJsonDocument::Compact));
            !s)
            return s.error();
    } else if (Status s =
                   erasures.commit(runId, seq, finished, QJsonDocument(data).toJson(QJsonDocument::Compact));
               !s) {
        return s.error();
    }
    return {};
}

// Runs the processor's erasure from `resumeState`, writing every state its calls reach to the step's journal
// line: `lastState` gets the latest, `checkpointStatus` the first write that failed. A connection that is
// missing gives a result with that error.
ProcessorErasureResult Execution::eraseAtProcessor(int seq, const ErasureSystemPlan& sp,
                                                   const ErasureProcessorPlan& pp,
                                                   const ProcessorHub::Job* job,
                                                   const QJsonObject& resumeState, QJsonObject* lastState,
                                                   Status* checkpointStatus)
{
    ProcessorErasureResult result;
    QList<Identity> ids;
    for (const Identity& i : plan.identities)
        if (i.kind != IdentityKind::Phone || plan.phoneMatchesConfirmed)
            ids << i;
    ids += sp.learned;
    ProcessorErasureOptions po = options.processorOptions;
    po.idempotencySeed = QStringLiteral("%1/%2").arg(plan.digest).arg(runId);
    po.checkpoint = [&](const QJsonObject& state) {
        *lastState = state;
        if (!*checkpointStatus)
            return;
        if (Status s = erasures.checkpoint(
                runId, seq, QJsonDocument(processorStepData(pp, state)).toJson(QJsonDocument::Compact));
            !s)
            *checkpointStatus = s;
    };
    if (!job) {
        result.connection = pp.connection;
        result.processorName = pp.processorName;
        result.errors
            << tr("The connection \"%1\" is missing or its secret could not be read.").arg(pp.connection);
    } else {
        const ProcessorResult found = recordsToErase(pp, *job, ids);
        result = ProcessorErasure::run({{*job, found, resumeState}}, ids, po).value(0);
    }
    return result;
}

// The records a processor step erases: the plan's own, or for a plan stored before plans kept their records,
// a new search narrowed to the records the plan names.
ProcessorResult Execution::recordsToErase(const ErasureProcessorPlan& pp, const ProcessorHub::Job& job,
                                          const QList<Identity>& ids) const
{
    ProcessorResult found = pp.found;
    bool stored = true; // the plan holds the records its steps need (plans made before did not)
    for (const ErasureProcessorPlan::Set& ps : pp.sets)
        if (!ps.lookup.startsWith(QLatin1String("identity:")) && !ps.ids.isEmpty() && ps.targets.isEmpty())
            stored = false;
    if (!stored && found.sets.isEmpty() && pp.targets() > 0) {
        // A plan stored before plans kept their records: look again and keep only the records the plan
        // names.
        const QList<ProcessorResult> again = ProcessorHub::search({job}, ids, options.stop);
        found = again.value(0);
        for (ProcessorRecordSet& set : found.sets)
            set = plannedRecords(set, pp, job);
    }
    return found;
}

// Jobs that took longer than the definition allows go to a person, with the job id (once).
Status Execution::handOverJobs(const ErasureSystemPlan& sp, const ErasureProcessorPlan& pp,
                               const ProcessorErasureResult& result, const QSet<QString>& handedBefore)
{
    QList<WorkspaceStore::TaskSpec> handed;
    for (const ErasureOutcome& o : result.outcomes)
        if (o.state == ErasureOutcome::State::HandedOver && !handedBefore.contains(o.jobId))
            handed << WorkspaceStore::TaskSpec{
                sp.key, QStringLiteral("%1 (%2)").arg(pp.processorName, o.jobId),
                tr("%1's erasure job %2 (%3) had not finished when Lethe stopped waiting. Check that "
                   "it finished, then complete this task with the processor's confirmation.")
                    .arg(pp.processorName, o.jobId, o.stepName)};
    if (!handed.isEmpty())
        if (auto added = store.addTasks(plan.requestId, handed); !added)
            return added.error();
    return {};
}

} // namespace lethe::erasurerun
