#include "ErasureService.h"

#include "OfficerKeys.h"

namespace lethe {

ErasureService::ErasureService(const QList<ResolvedSystem>& systems)
{
    for (const ResolvedSystem& s : systems) {
        m_planSystems << ErasurePlanner::SystemInput{s.map, s.connections, s.sourceProblems, s.processors,
                                                     s.manual};
        m_execSystems << ErasureExecutor::SystemInput{s.map, s.connections, s.processors};
    }
}

Result<ErasurePlan> ErasureService::plan(const Request& request, const QDate& today, bool confirmPhoneMatches,
                                         std::stop_token stop, const Progress& progress) const
{
    ErasurePlanner::Input in;
    in.request = request;
    in.systems = m_planSystems;
    in.today = today;
    in.confirmPhoneMatches = confirmPhoneMatches;
    in.stop = stop;
    in.progress = progress;
    return ErasurePlanner::build(in);
}

namespace {

// The request as it is now, if the actor may erase it.
Result<Request> erasable(WorkspaceStore& store, const QString& requestId)
{
    auto request = store.request(requestId);
    if (!request)
        return request.error();
    ErasureStore erasures(store);
    if (Status s = erasures.require(Role::Officer, ErasureService::tr("Erasing")); !s)
        return s.error();
    if (Status s = erasures.checkRequest(*request); !s)
        return s.error();
    return request;
}

} // namespace

Result<ErasureRun> ErasureService::savePlan(WorkspaceStore& store, const Request& request,
                                            const ErasurePlan& plan)
{
    const QJsonObject summary = plan.toJson(false);
    return ErasureStore(store).savePlan(
        request, plan.digest, ErasureStore::PlanWriter([&](const auto& out) { plan.writeJson(out); }),
        summary.value(QStringLiteral("counts")).toObject());
}

Result<ErasureRun> ErasureService::approve(WorkspaceStore& store, const QString& requestId,
                                           const QString& digest,
                                           const std::optional<MinisignKey>& officerKey)
{
    return ErasureStore(store).approve(requestId, digest, officerKey);
}

Result<ErasureService::Approvals> ErasureService::approvals(WorkspaceStore& store, const QString& requestId,
                                                            const std::optional<MinisignKey>& officerKey)
{
    Approvals out;
    auto request = store.request(requestId);
    if (!request)
        return request.error();
    out.request = *request;
    ErasureStore erasures(store);
    auto four = erasures.fourEyes();
    if (!four)
        return four.error();
    out.fourEyes = *four;
    auto keys = OfficerKeys::any(store.database());
    if (!keys)
        return keys.error();
    out.signedApprovals = *keys;
    auto waiting = erasures.waitingForApproval(request->humanId);
    if (!waiting)
        return waiting.error();
    for (const ErasureRun& run : *waiting) {
        const Status may = erasures.mayApprove(run, officerKey);
        out.plans << WaitingPlan{run, may ? QString() : may.error().message};
    }
    return out;
}

Result<ErasurePlan> ErasureService::planAndSave(WorkspaceStore& store, const QString& requestId,
                                                const QDate& today, bool confirmPhoneMatches) const
{
    auto request = erasable(store, requestId);
    if (!request)
        return request.error();
    auto made = plan(*request, today, confirmPhoneMatches);
    if (!made)
        return made.error();
    if (auto saved = savePlan(store, *request, *made); !saved)
        return saved.error();
    return made;
}

Result<ErasureService::Run> ErasureService::start(WorkspaceStore& store, const QString& requestId,
                                                  const QString& digest, const QDate& today,
                                                  bool confirmPhoneMatches, std::stop_token stop,
                                                  const Progress& progress) const
{
    // The request as it is now (its status may have moved), and the plan made again from the data as it is
    // now: it must be the plan that was shown.
    auto request = erasable(store, requestId);
    if (!request)
        return request.error();
    auto fresh = plan(*request, today, confirmPhoneMatches, stop, progress);
    if (!fresh)
        return fresh.error();
    if (Status s = ErasurePlanner::checkUnchanged(*fresh, digest); !s)
        return s.error();
    ErasureStore erasures(store);
    // Saved once: a plan saved for approval (or by lethe-cli erase --plan) is not saved again.
    auto existing = erasures.run(request->humanId, digest);
    if (!existing && existing.error().code != Error::Code::NotFound)
        return existing.error();
    if (!existing)
        if (auto saved = savePlan(store, *request, *fresh); !saved)
            return saved.error();
    auto started = erasures.start(*request, digest);
    if (!started)
        return started.error();
    if (Status s = addManualTasks(store, *fresh); !s)
        return s.error();
    return Run{started->id, *fresh};
}

Result<ErasureService::Run> ErasureService::resume(WorkspaceStore& store, qint64 runId)
{
    ErasureStore erasures(store);
    auto run = erasures.runById(runId);
    if (!run)
        return run.error();
    // The stored plan, read part by part and built as it is read (never its whole text nor a document of it).
    ErasurePlan::ReadFailure failure = ErasurePlan::ReadFailure::None;
    auto plan = ErasurePlan::readJson(erasures.planReader(runId), &failure);
    if (!plan) {
        // A plan that cannot be read, or was stored by a Lethe that did not keep what a resume needs, is
        // refused, and the refusal audited; a workspace that cannot be read is only an error.
        if (failure == ErasurePlan::ReadFailure::Damaged || failure == ErasurePlan::ReadFailure::EarlierLethe)
            if (Status s = erasures.resumeRefused(*run,
                                                  failure == ErasurePlan::ReadFailure::Damaged
                                                      ? QStringLiteral("damaged")
                                                      : QStringLiteral("earlier-lethe"),
                                                  {});
                !s)
                return s.error();
        return plan.error();
    }
    // What resumes is the stored plan: it must be, key for key, the plan that was made, approved and signed
    // (the run's digest), not what the workspace holds now. A plan changed in the database since (another
    // customer's rows added) hashes to something else and is refused before anything runs, and audited.
    if (const QString actual = plan->computeDigest(); actual != run->digest || plan->digest != run->digest) {
        if (Status s = erasures.resumeRefused(*run, QStringLiteral("tampered"), actual, plan->digest); !s)
            return s.error();
        return makeError(
            Error::Code::Tampered,
            tr("%1: the stored plan of this erasure does not hash to its digest %2 (it hashes to "
               "%3): it was changed after it was made. Nothing was run. Make and approve a new "
               "plan.")
                .arg(run->requestId, run->digest.left(16), actual.left(16)));
    }
    if (Status s = erasures.resume(runId); !s)
        return s.error();
    if (Status s = addManualTasks(store, *plan); !s)
        return s.error();
    return Run{runId, *plan};
}

Result<QJsonObject> ErasureService::execute(WorkspaceStore& store, const Run& run,
                                            const ErasureExecutor::Options& options) const
{
    return ErasureExecutor::run(store, run.id, run.plan, m_execSystems, options);
}

Status ErasureService::addManualTasks(WorkspaceStore& store, const ErasurePlan& plan)
{
    QList<WorkspaceStore::TaskSpec> tasks;
    for (const ErasureSystemPlan& s : plan.systems)
        for (const Recipient& r : s.manualTasks)
            tasks << WorkspaceStore::TaskSpec{s.key, r.name, r.manual};
    if (tasks.isEmpty())
        return {};
    if (auto added = store.addTasks(plan.requestId, tasks); !added)
        return added.error();
    return {};
}

} // namespace lethe
