#pragma once

#include "ErasureExecutor.h"
#include "ErasurePlan.h"
#include "ErasureStore.h"
#include "SecretResolver.h"
#include "WorkspaceStore.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>

#include <functional>
#include <stop_token>

namespace lethe {

// The erasure of a request, one implementation for the GUI (ErasureRunner runs it on a worker thread, with a
// store of that thread's own) and lethe-cli erase (runs it here and now): plan, save for approval, start the
// plan that was shown, resume a stopped run, execute. The front-ends load the maps with WorkspaceMaps (all or
// nothing), read the secrets with SecretResolver and the keyed-hash key with WorkspaceKeys, and show what the
// service gives back; approving a plan and listing the reports are one ErasureStore call each.
class ErasureService
{
    Q_DECLARE_TR_FUNCTIONS(lethe::ErasureService)
public:
    using Progress = std::function<void(const QString& step)>; // called from the planning thread

    // A run that may execute: its id in erasure_runs and its plan.
    struct Run
    {
        qint64 id = 0;
        ErasurePlan plan;
    };

    // The workspace's systems with their secrets, as SecretResolver read them.
    explicit ErasureService(const QList<ResolvedSystem>& systems);

    // The plan for `request` from the data as it is now (nothing stored: the GUI shows it).
    Result<ErasurePlan> plan(const Request& request, const QDate& today, bool confirmPhoneMatches,
                             std::stop_token stop = {}, const Progress& progress = {}) const;
    // The plan of the request as it is now, refused unless the actor is an officer and the request verified,
    // and saved (erasure.plan audited) for approval or a later run: lethe-cli erase --plan.
    Result<ErasurePlan> planAndSave(WorkspaceStore& store, const QString& requestId, const QDate& today,
                                    bool confirmPhoneMatches) const;
    // Saves a plan that was shown (erasure.plan audited) so a second officer can approve it.
    static Result<ErasureRun> savePlan(WorkspaceStore& store, const Request& request,
                                       const ErasurePlan& plan);

    // A second officer approves the plan with this digest (lethe-cli erase --approve, and the window's
    // approval dialog on a worker thread): ErasureStore::approve, signed with the approver's officer key from
    // their keychain when they have one (required once the workspace has officer keys, docs/team.md).
    static Result<ErasureRun> approve(WorkspaceStore& store, const QString& requestId, const QString& digest,
                                      const std::optional<MinisignKey>& officerKey);

    // A plan waiting for approval, and why the store's actor may not approve it with the key they hold
    // (ErasureStore::mayApprove: not an officer, its planner, a key not in this keychain); empty if they may.
    struct WaitingPlan
    {
        ErasureRun run;
        QString refusal;
    };
    // What a second officer sees before approving (the window's approval dialog): the request, whether the
    // workspace requires four eyes and signed approvals, and its plans waiting for approval, newest first.
    struct Approvals
    {
        Request request;
        bool fourEyes = false;
        bool signedApprovals = false; // an officer key is registered: approvals are signed
        QList<WaitingPlan> plans;
    };
    static Result<Approvals> approvals(WorkspaceStore& store, const QString& requestId,
                                       const std::optional<MinisignKey>& officerKey);

    // Starts the plan that was shown: the request as it is now (an officer, a verified request), the plan
    // made again from the data as it is now and refused unless it has the digest shown, saved unless it was
    // already (for approval), started through ErasureStore (four eyes), and the processors a person must
    // handle added to the request as manual tasks (once each, as a preview adds them).
    Result<Run> start(WorkspaceStore& store, const QString& requestId, const QString& digest,
                      const QDate& today, bool confirmPhoneMatches, std::stop_token stop = {},
                      const Progress& progress = {}) const;
    // Resumes a run that was stopped or killed: its stored plan, the run marked running again
    // (erasure.resume), and its manual tasks on the request.
    static Result<Run> resume(WorkspaceStore& store, qint64 runId);
    // Executes a started or resumed run to its report (ErasureExecutor::run).
    Result<QJsonObject> execute(WorkspaceStore& store, const Run& run,
                                const ErasureExecutor::Options& options) const;

    // The processors a person must handle in `plan`, as tasks on its request (those not there yet).
    static Status addManualTasks(WorkspaceStore& store, const ErasurePlan& plan);

private:
    QList<ErasurePlanner::SystemInput> m_planSystems;
    QList<ErasureExecutor::SystemInput> m_execSystems;
};

} // namespace lethe
