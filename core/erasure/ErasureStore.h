#pragma once

#include <functional>

#include "Minisign.h"
#include "Result.h"
#include "WorkspaceStore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>

#include <optional>

namespace lethe {

// Who may do what in a workspace. An officer may do everything; a support lead may preview and export but not
// erase or approve; a reviewer checks exports and the audit log. A workspace with no users listed is one
// person's: its user is an officer. Once users are listed, an actor not among them may do nothing that needs
// a role. The actor is the OS login (WorkspaceOpener::currentActor, never an environment variable): Lethe is
// a desktop tool and trusts the login that runs it. A team workspace takes the database's session_user.
enum class Role
{
    Officer,
    Support,
    Reviewer
};

struct WorkspaceUser
{
    QString name;
    Role role = Role::Officer;
    QDateTime added;
    QString addedBy;
};

// One erasure of one request: the plan it runs (and its digest), who planned, approved and started it, and
// the report once finished. States: planned, approved, running, cancelled, failed (stopped by an error:
// resumable), done (verified), incomplete (finished, but the verification or a processor found something
// left).
struct ErasureRun
{
    qint64 id = 0;
    QString requestId;
    QString digest;
    QString state;
    QJsonObject summary; // counts, for lists and the audit log
    QString plannedBy;
    QDateTime plannedAt;
    QString approvedBy;
    QDateTime approvedAt;
    QString startedBy;
    QDateTime startedAt;
    QDateTime finishedAt;
    QJsonObject report;
    // The batch layout, fixed when the run first executes: rows per batch and a SHA-256 over every step's
    // identity in order. A resumed run replays exactly this layout, whatever options it is given.
    int batchSize = 0;
    QString layout;
    bool resumable() const
    {
        return state == QLatin1String("running") || state == QLatin1String("cancelled") ||
               state == QLatin1String("failed");
    }
};

// A batch's line in the journal: written "begun" (with what the batch will write, where that is computed,
// such as keyed hashes) before the batch's transaction, and "committed" after it.
struct JournalEntry
{
    int seq = 0;
    QString step;
    QString state; // begun, committed
    qint64 affected = 0;
    QByteArray data;
    QString stepDigest; // SHA-256 of exactly what the step does (its table, action and keys)
};

// Roles, erasure runs and their journal in the workspace database; every change audited in its transaction.
// The rules are enforced here, not by hidden buttons: only an officer plans, approves or runs an erasure;
// with four eyes on, a different officer approves the exact plan first; unverified requests are refused.
class ErasureStore
{
    Q_DECLARE_TR_FUNCTIONS(lethe::ErasureStore)
public:
    explicit ErasureStore(WorkspaceStore& store) : m_store(store) {}

    static QString roleKey(Role role);
    static QString roleDisplay(Role role);
    static std::optional<Role> parseRole(const QString& key);

    Result<QList<WorkspaceUser>> users() const;
    // Adding the first user must list the actor as an officer, so nobody locks themselves out; after that
    // only an officer changes users, and the last officer cannot be removed or demoted.
    Status setUser(const QString& name, Role role);
    Status removeUser(const QString& name);
    // The actor's role: an officer in a workspace with no users; none when users are listed without them.
    Result<std::optional<Role>> roleOf(const QString& actor) const;
    Status require(Role role, const QString& what) const;

    Result<bool> fourEyes() const;
    Status setFourEyes(bool on);

    // Checks that the request may be erased at all: an erasure request whose identity has been verified.
    Status checkRequest(const Request& request) const;

    // Stores a plan (or finds the stored one with the same digest) and audits erasure.plan with its counts.
    // The plan's JSON is stored in parts of at most kPlanPartBytes (erasure_plan_parts), each cut between
    // UTF-8 characters: `write` hands the JSON over piece by piece (ErasurePlan::writeJson), so a plan of
    // millions of keys is never held as one value, by Lethe or by the database's driver.
    using PlanWriter = std::function<void(const std::function<void(QByteArrayView)>& out)>;
    Result<ErasureRun> savePlan(const Request& request, const QString& digest, const PlanWriter& write,
                                const QJsonObject& summary);
    Result<ErasureRun> savePlan(const Request& request, const QString& digest, const QByteArray& plan,
                                const QJsonObject& summary);
    static constexpr qsizetype kPlanPartBytes = 1 << 20;
    Result<ErasureRun> run(const QString& requestId, const QString& digest) const;
    // The stored plan's JSON (every key), piece by piece: the plan column of a plan stored whole before
    // migration 11, then each part, one query a part, so it is never held whole; ErasurePlan::readJson reads
    // it. A part missing or empty is refused as Tampered (the parts were changed); an empty piece is the end.
    // Read only here: the runs the other functions return leave it out, as a heavy subject's plan is tens of
    // MB and they are read at every step. The source uses the workspace store (not this object), on the
    // thread that reads it.
    using PlanSource = std::function<Result<QByteArray>()>;
    PlanSource planReader(qint64 runId) const;
    // The same, joined into one value (tests and the bench's comparison).
    Result<QByteArray> planJson(qint64 runId) const;
    // A resume refused because the stored plan is not the plan the run was made from (`why`: tampered, it
    // hashes to `storedDigest`; damaged, it cannot be read; earlier-lethe, stored by a Lethe that did not
    // keep what a resume needs): audited as erasure.resume_refused with the run, its digest, `storedDigest`
    // and the digest field the stored plan carries when that differs (`digestField`). Digests only, no keys.
    Status resumeRefused(const ErasureRun& run, const QString& why, const QString& storedDigest,
                         const QString& digestField = {});
    Result<ErasureRun> runById(qint64 id) const;
    Result<QList<ErasureRun>> runs(const QString& requestId = {}) const;
    // Runs that started and did not finish (killed, cancelled): the ones to resume.
    Result<QList<ErasureRun>> resumable() const;
    // A second officer approves the exact plan; the one who planned it cannot. `key`: the approver's officer
    // key from their keychain, which signs the approval (ApprovalSignature); required once the workspace has
    // officer keys. start() and resume() refuse an approved run whose signature does not verify.
    Result<ErasureRun> approve(const QString& requestId, const QString& digest,
                               const std::optional<MinisignKey>& key = std::nullopt);
    // What approve() checks before it writes: the actor an officer, the run waiting for approval, the actor
    // not its planner, and the approval signable with `key` (ApprovalSignature::checkSigner). The window
    // asks it to say why before offering to approve; approve() asks it again.
    Status mayApprove(const ErasureRun& planned, const std::optional<MinisignKey>& key) const;
    // The runs of `requestId` waiting for a second officer's approval (state planned), newest first.
    Result<QList<ErasureRun>> waitingForApproval(const QString& requestId) const;
    // Checks role, request and approval, then marks the run running (erasure.start).
    Result<ErasureRun> start(const Request& request, const QString& digest);
    // Resuming needs an officer too (erasure.resume), and never the one who approved the plan: four eyes
    // means the approver neither runs nor finishes it.
    Status resume(qint64 runId);
    // Fixes the run's batch layout the first time it executes; a layout already stored is never replaced
    // (the caller compares and refuses a different one).
    Status setLayout(qint64 runId, int batchSize, const QString& layout);
    Status finish(qint64 runId, const QString& state, const QJsonObject& report);

    Result<QList<JournalEntry>> journal(qint64 runId) const;
    Status begin(qint64 runId, int seq, const QString& step, const QString& stepDigest,
                 const QByteArray& data);
    // `data`, when given, replaces what begin() wrote (a processor step's outcomes, for the report).
    // `deferred`: written together with the next begin() (or by flush(), finish(), journal()), one workspace
    // transaction per batch instead of two. Lost if the process dies first, which only means the batch is
    // redone, and every batch can be.
    Status commit(qint64 runId, int seq, qint64 affected, const QByteArray& data = {}, bool deferred = false);
    // Replaces the data of a begun entry (a processor step's state, written before and after every call).
    Status checkpoint(qint64 runId, int seq, const QByteArray& data);
    // An incomplete run may be resumed when what failed was a processor step: its entry stays begun with
    // the state of its calls, and resuming retries only the calls that failed (docs/erasure.md).
    Result<bool> processorRetryPending(qint64 runId) const;
    Status flush() const;

private:
    Status refuseInTeam() const; // users and roles of a team workspace are set in the database
    template <typename T, typename F> Result<T> transaction(F&& body);
    // The audit event of a change, by the store's actor, inside the change's transaction.
    Status audited(const QString& action, const QString& requestId, const QJsonObject& details) const;
    Result<ErasureRun> load(const QString& where, const QVariantList& values) const;
    Result<QList<ErasureRun>> loadAll(const QString& where, const QVariantList& values) const;
    WorkspaceStore& m_store;
    struct PendingCommit
    {
        qint64 runId = 0;
        int seq = 0;
        qint64 affected = 0;
    };
    mutable std::optional<PendingCommit> m_pending;
};

} // namespace lethe
