#include "ErasureStore.h"

#include "ApprovalSignature.h"

#include "StoreSql.h"

#include <QJsonDocument>

#include <algorithm>

namespace lethe {

using storesql::isoTime;
using storesql::parseTime;

using storesql::sqlError;

template <typename T, typename F> Result<T> ErasureStore::transaction(F&& body)
{
    return storesql::inTransaction<T>(m_store.database(), std::forward<F>(body));
}

QString ErasureStore::roleKey(Role role)
{
    switch (role) {
    case Role::Officer:
        return QStringLiteral("officer");
    case Role::Support:
        return QStringLiteral("support");
    case Role::Reviewer:
        return QStringLiteral("reviewer");
    }
    return {};
}

QString ErasureStore::roleDisplay(Role role)
{
    switch (role) {
    case Role::Officer:
        return tr("Privacy officer");
    case Role::Support:
        return tr("Support lead");
    case Role::Reviewer:
        return tr("Reviewer");
    }
    return {};
}

std::optional<Role> ErasureStore::parseRole(const QString& key)
{
    for (Role r : {Role::Officer, Role::Support, Role::Reviewer})
        if (roleKey(r) == key.trimmed().toLower())
            return r;
    return std::nullopt;
}

Result<QList<WorkspaceUser>> ErasureStore::users() const
{
    QSqlQuery q(m_store.database());
    if (!storesql::run(
            q, QStringLiteral("SELECT name, role, added_at, added_by FROM workspace_users ORDER BY name"),
            {}))
        return sqlError(q, tr("Reading the workspace's users"));
    QList<WorkspaceUser> out;
    while (q.next()) {
        out << WorkspaceUser{q.value(0).toString(), parseRole(q.value(1).toString()).value_or(Role::Reviewer),
                             parseTime(q.value(2).toString()), q.value(3).toString()};
    }
    return out;
}

Result<std::optional<Role>> ErasureStore::roleOf(const QString& actor) const
{
    // In a team workspace the server's grants decide what a login may do, so its role is its membership in
    // one of the team's group roles (TeamSetup), the same the grants are given to.
    if (const QString prefix = m_store.teamPrefix(); !prefix.isEmpty()) {
        QSqlQuery q(m_store.database());
        for (Role r : {Role::Officer, Role::Support, Role::Reviewer}) {
            if (!storesql::run(
                    q,
                    QStringLiteral("SELECT pg_has_role(r.oid, ?::text, 'MEMBER') FROM pg_roles r WHERE "
                                   "r.rolname = ?"),
                    {prefix + QLatin1Char('_') + roleKey(r), actor}))
                return sqlError(q, tr("Reading the role of %1").arg(actor));
            if (q.next() && q.value(0).toBool())
                return std::optional<Role>(r);
        }
        return std::optional<Role>();
    }
    auto all = users();
    if (!all)
        return all.error();
    if (all->isEmpty())
        return std::optional<Role>(Role::Officer);
    for (const WorkspaceUser& u : *all)
        if (u.name == actor)
            return std::optional<Role>(u.role);
    return std::optional<Role>();
}

Status ErasureStore::require(Role role, const QString& what) const
{
    auto mine = roleOf(m_store.actor());
    if (!mine)
        return mine.error();
    if (!*mine)
        return makeError(
            Error::Code::IllegalState,
            m_store.teamPrefix().isEmpty()
                ? tr("%1: \"%2\" is not a user of this workspace; an officer adds users with "
                     "`lethe-cli users add`.")
                      .arg(what, m_store.actor())
                : tr("%1: the login %2 is in none of this team's roles; the database administrator "
                     "adds it with `lethe-cli workspace setup-team`.")
                      .arg(what, m_store.actor()));
    if (**mine != role && **mine != Role::Officer)
        return makeError(Error::Code::IllegalState,
                         tr("%1 needs the role \"%2\"; \"%3\" has the role \"%4\".")
                             .arg(what, roleDisplay(role), m_store.actor(), roleDisplay(**mine)));
    return {};
}

Status ErasureStore::refuseInTeam() const
{
    if (m_store.teamPrefix().isEmpty())
        return {};
    return makeError(
        Error::Code::IllegalState,
        tr("This is a team workspace: its users are database logins, and their roles are set by the "
           "database administrator (`lethe-cli workspace setup-team --apply`), not from Lethe."));
}

Status ErasureStore::setUser(const QString& nameIn, Role role)
{
    if (Status s = refuseInTeam(); !s)
        return s;
    const QString name = nameIn.trimmed();
    if (name.isEmpty() || name.size() > 120)
        return makeError(Error::Code::InvalidInput, tr("user: a name of 1 to 120 characters is needed."));
    auto all = users();
    if (!all)
        return all.error();
    if (all->isEmpty() && !(name == m_store.actor() && role == Role::Officer))
        return makeError(Error::Code::InvalidInput,
                         tr("user %1: the first user must be you (%2) as an officer, or nobody could manage "
                            "users afterwards.")
                             .arg(name, m_store.actor()));
    if (Status s = require(Role::Officer, tr("Changing users")); !s)
        return s;
    int officers = 0;
    bool wasOfficer = false;
    for (const WorkspaceUser& u : *all) {
        officers += u.role == Role::Officer;
        wasOfficer = wasOfficer || (u.name == name && u.role == Role::Officer);
    }
    if (wasOfficer && role != Role::Officer && officers == 1)
        return makeError(Error::Code::IllegalState,
                         tr("user %1 is the last officer; add another officer first.").arg(name));
    auto r = transaction<int>([&](QSqlDatabase db) -> Result<int> {
        QSqlQuery q(db);
        if (!storesql::run(q, QStringLiteral("DELETE FROM workspace_users WHERE name = ?"), {name}) ||
            !storesql::run(
                q,
                QStringLiteral(
                    "INSERT INTO workspace_users (name, role, added_at, added_by) VALUES (?, ?, ?, ?)"),
                {name, roleKey(role), isoTime(m_store.now()), m_store.actor()}))
            return sqlError(q, tr("Saving user %1").arg(name));
        if (Status st = audited(QStringLiteral("user.set"), QStringLiteral(""),
                                {{QStringLiteral("user"), name}, {QStringLiteral("role"), roleKey(role)}});
            !st)
            return st.error();
        return 1;
    });
    if (!r)
        return r.error();
    return {};
}

Status ErasureStore::removeUser(const QString& name)
{
    if (Status s = refuseInTeam(); !s)
        return s;
    if (Status s = require(Role::Officer, tr("Changing users")); !s)
        return s;
    auto all = users();
    if (!all)
        return all.error();
    int officers = 0;
    const WorkspaceUser* found = nullptr;
    for (const WorkspaceUser& u : *all) {
        officers += u.role == Role::Officer;
        if (u.name == name)
            found = &u;
    }
    if (!found)
        return makeError(Error::Code::NotFound, tr("user %1: not a user of this workspace.").arg(name));
    if (found->role == Role::Officer && officers == 1 && all->size() > 1)
        return makeError(Error::Code::IllegalState,
                         tr("user %1 is the last officer; add another officer first.").arg(name));
    auto r = transaction<int>([&](QSqlDatabase db) -> Result<int> {
        QSqlQuery q(db);
        if (!storesql::run(q, QStringLiteral("DELETE FROM workspace_users WHERE name = ?"), {name}))
            return sqlError(q, tr("Removing user %1").arg(name));
        if (Status st =
                audited(QStringLiteral("user.remove"), QStringLiteral(""), {{QStringLiteral("user"), name}});
            !st)
            return st.error();
        return 1;
    });
    if (!r)
        return r.error();
    return {};
}

Status ErasureStore::audited(const QString& action, const QString& requestId,
                             const QJsonObject& details) const
{
    if (auto e = m_store.audit().append(m_store.actor(), action, requestId, details, m_store.now()); !e)
        return e.error();
    return {};
}

Result<bool> ErasureStore::fourEyes() const
{
    auto v = m_store.setting(QStringLiteral("erasure.four_eyes"), QStringLiteral("off"));
    if (!v)
        return v.error();
    return *v == QLatin1String("on");
}

Status ErasureStore::setFourEyes(bool on)
{
    if (Status s = require(Role::Officer, tr("Changing the four-eyes rule")); !s)
        return s;
    return m_store.setSetting(QStringLiteral("erasure.four_eyes"),
                              on ? QStringLiteral("on")
                                 : QStringLiteral("off")); // audited by setSetting (settings.change)
}

Status ErasureStore::checkRequest(const Request& r) const
{
    if (r.type != RequestType::Erasure)
        return makeError(Error::Code::IllegalState,
                         tr("%1 is a request of type \"%2\"; only erasure requests are erased.")
                             .arg(r.humanId, Names::display(r.type)));
    if (r.status != RequestStatus::Verified && r.status != RequestStatus::InProgress &&
        r.status != RequestStatus::AwaitingApproval)
        return makeError(Error::Code::IllegalState,
                         tr("%1 is \"%2\": the subject's identity must be verified before anything is erased "
                            "(status verified, in progress or awaiting approval).")
                             .arg(r.humanId, Names::display(r.status)));
    return {};
}

namespace {
const QString kRunColumns = QStringLiteral(
    "e.id, r.human_id, e.digest, e.state, NULL, e.summary, e.planned_by, e.planned_at, e.approved_by, "
    "e.approved_at, e.started_by, e.started_at, e.finished_at, e.report, e.batch_size, e.layout");
}

Result<QList<ErasureRun>> ErasureStore::loadAll(const QString& where, const QVariantList& values) const
{
    QSqlQuery q(m_store.database());
    if (!storesql::run(
            q,
            QStringLiteral("SELECT %1 FROM erasure_runs e JOIN requests r ON r.id = e.request_id WHERE %2 "
                           "ORDER BY e.id")
                .arg(kRunColumns, where),
            values))
        return sqlError(q, tr("Reading erasure runs"));
    QList<ErasureRun> out;
    while (q.next()) {
        ErasureRun e;
        e.id = q.value(0).toLongLong();
        e.requestId = q.value(1).toString();
        e.digest = q.value(2).toString();
        e.state = q.value(3).toString();
        e.summary = QJsonDocument::fromJson(q.value(5).toString().toUtf8()).object();
        e.plannedBy = q.value(6).toString();
        e.plannedAt = parseTime(q.value(7).toString());
        e.approvedBy = q.value(8).toString();
        e.approvedAt = parseTime(q.value(9).toString());
        e.startedBy = q.value(10).toString();
        e.startedAt = parseTime(q.value(11).toString());
        e.finishedAt = parseTime(q.value(12).toString());
        e.report = QJsonDocument::fromJson(q.value(13).toString().toUtf8()).object();
        e.batchSize = q.value(14).toInt();
        e.layout = q.value(15).toString();
        out << e;
    }
    return out;
}

Result<ErasureRun> ErasureStore::load(const QString& where, const QVariantList& values) const
{
    auto all = loadAll(where, values);
    if (!all)
        return all.error();
    if (all->isEmpty())
        return makeError(Error::Code::NotFound, tr("No such erasure plan."));
    return all->last();
}

ErasureStore::PlanSource ErasureStore::planReader(qint64 runId) const
{
    WorkspaceStore* store = &m_store;
    // -1: the plan column first (plans stored whole before migration 11), then part 0, 1, … one query each,
    // so no driver holds every part at once; -2: the end.
    int seq = -1;
    return [store, runId, seq]() mutable -> Result<QByteArray> {
        QSqlQuery q(store->database());
        q.setForwardOnly(true);
        if (seq == -2)
            return QByteArray();
        if (seq == -1) {
            if (!storesql::run(q, QStringLiteral("SELECT plan FROM erasure_runs WHERE id = ?"), {runId}))
                return sqlError(q, tr("Reading erasure runs"));
            if (!q.next())
                return makeError(Error::Code::NotFound, tr("No such erasure plan."));
            seq = 0;
            QByteArray whole = q.value(0).toString().toUtf8();
            if (!whole.isEmpty())
                return whole;
            q.finish();
        }
        if (!storesql::run(q,
                           QStringLiteral("SELECT part FROM erasure_plan_parts WHERE run_id = ? AND seq = ?"),
                           {runId, seq}))
            return sqlError(q, tr("Reading erasure runs"));
        if (q.next()) {
            QByteArray part = q.value(0).toString().toUtf8();
            if (part.isEmpty()) // the writer stores no empty part, and an empty piece would end the plan
                return makeError(
                    Error::Code::Tampered,
                    tr("Part %1 of the stored plan of erasure run %2 is empty.").arg(seq).arg(runId));
            ++seq;
            return part;
        }
        // No part `seq`: the end, when every part there is has been read (none missing, none out of order).
        q.finish();
        if (!storesql::run(q, QStringLiteral("SELECT COUNT(*) FROM erasure_plan_parts WHERE run_id = ?"),
                           {runId}) ||
            !q.next())
            return sqlError(q, tr("Reading erasure runs"));
        if (q.value(0).toLongLong() != seq)
            return makeError(
                Error::Code::Tampered,
                tr("Part %1 of the stored plan of erasure run %2 is missing.").arg(seq).arg(runId));
        seq = -2;
        return QByteArray();
    };
}

Result<QByteArray> ErasureStore::planJson(qint64 runId) const
{
    const PlanSource next = planReader(runId);
    QByteArray json;
    for (;;) {
        Result<QByteArray> piece = next();
        if (!piece)
            return piece.error();
        if (piece->isEmpty())
            return json;
        json.append(*piece);
    }
}

Result<ErasureRun> ErasureStore::run(const QString& requestId, const QString& digest) const
{
    auto r = load(QStringLiteral("r.human_id = ? AND e.digest = ?"), {requestId.trimmed().toUpper(), digest});
    if (!r && r.error().code == Error::Code::NotFound)
        return makeError(Error::Code::NotFound,
                         tr("%1 has no erasure plan with digest %2; make the plan with `lethe-cli erase "
                            "--request %1 --plan`.")
                             .arg(requestId, digest.left(16)));
    return r;
}

Result<ErasureRun> ErasureStore::runById(qint64 id) const
{
    return load(QStringLiteral("e.id = ?"), {id});
}

Result<QList<ErasureRun>> ErasureStore::runs(const QString& requestId) const
{
    if (requestId.isEmpty())
        return loadAll(QStringLiteral("1 = 1"), {});
    return loadAll(QStringLiteral("r.human_id = ?"), {requestId.trimmed().toUpper()});
}

Result<QList<ErasureRun>> ErasureStore::waitingForApproval(const QString& requestId) const
{
    auto waiting =
        loadAll(QStringLiteral("r.human_id = ? AND e.state = 'planned'"), {requestId.trimmed().toUpper()});
    if (!waiting)
        return waiting.error();
    QList<ErasureRun> newestFirst = *waiting;
    std::reverse(newestFirst.begin(), newestFirst.end());
    return newestFirst;
}

Result<QList<ErasureRun>> ErasureStore::resumable() const
{
    // Also incomplete runs with a processor step still begun: calls that failed, to retry.
    return loadAll(
        QStringLiteral("(e.state IN ('running', 'cancelled', 'failed') OR (e.state = 'incomplete' AND "
                       "EXISTS (SELECT 1 FROM erasure_journal j WHERE j.run_id = e.id AND "
                       "j.state = 'begun' AND j.step LIKE '%/processor/%')))"),
        {});
}

Result<bool> ErasureStore::processorRetryPending(qint64 runId) const
{
    if (Status s = flush(); !s)
        return s.error();
    QSqlQuery q(m_store.database());
    if (!storesql::run(
            q,
            QStringLiteral("SELECT COUNT(*) FROM erasure_runs e WHERE e.id = ? AND e.state = "
                           "'incomplete' AND EXISTS (SELECT 1 FROM erasure_journal j WHERE j.run_id = "
                           "e.id AND j.state = 'begun' AND j.step LIKE '%/processor/%')"),
            {runId}) ||
        !q.next())
        return sqlError(q, tr("Reading the erasure journal"));
    return q.value(0).toLongLong() > 0;
}

Status ErasureStore::checkpoint(qint64 runId, int seq, const QByteArray& data)
{
    if (Status s = flush(); !s)
        return s;
    QSqlQuery q(m_store.database());
    if (!storesql::run(
            q,
            QStringLiteral("UPDATE erasure_journal SET data = ?, at = ? WHERE run_id = ? AND seq = ? "
                           "AND state = 'begun'"),
            {QString::fromUtf8(data), isoTime(m_store.now()), runId, seq}))
        return sqlError(q, tr("Writing the erasure journal"));
    return {};
}

Result<ErasureRun> ErasureStore::savePlan(const Request& request, const QString& digest,
                                          const QByteArray& plan, const QJsonObject& summary)
{
    return savePlan(request, digest, PlanWriter([&](const auto& out) { out(plan); }), summary);
}

namespace {

// Writes a plan's JSON as numbered parts of at most `limit` bytes, each ending between two UTF-8 characters
// (the parts are text).
class PlanParts
{
public:
    PlanParts(QSqlDatabase db, qint64 runId, qsizetype limit) : m_q(db), m_runId(runId), m_limit(limit)
    {
        m_buffer.reserve(limit);
    }
    void add(QByteArrayView piece)
    {
        while (m_ok && !piece.isEmpty()) {
            const qsizetype take = std::min(piece.size(), m_limit - m_buffer.size());
            m_buffer.append(piece.first(take));
            piece = piece.sliced(take);
            if (m_buffer.size() >= m_limit)
                flush(false);
        }
    }
    bool finish()
    {
        flush(true);
        return m_ok;
    }
    const QSqlQuery& query() const { return m_q; }

private:
    void flush(bool all)
    {
        qsizetype cut = m_buffer.size();
        if (!all) // not inside a character: back to the first byte of the last one when it is cut
            while (cut > 0 && (quint8(m_buffer[cut - 1]) & 0xC0) == 0x80)
                --cut;
        if (!all && cut > 0 && quint8(m_buffer[cut - 1]) >= 0xC0)
            --cut;
        if (cut == 0 && !all)
            cut = m_buffer.size(); // not UTF-8 at all: stored as it came, as one value would have been
        if (cut == 0)
            return;
        m_ok = storesql::run(
            m_q, QStringLiteral("INSERT INTO erasure_plan_parts (run_id, seq, part) VALUES (?, ?, ?)"),
            {m_runId, m_seq++, QString::fromUtf8(m_buffer.first(cut))});
        m_buffer.remove(0, cut);
    }
    QSqlQuery m_q;
    qint64 m_runId;
    qsizetype m_limit;
    QByteArray m_buffer;
    int m_seq = 0;
    bool m_ok = true;
};

} // namespace

Result<ErasureRun> ErasureStore::savePlan(const Request& request, const QString& digest,
                                          const PlanWriter& write, const QJsonObject& summary)
{
    if (Status s = require(Role::Officer, tr("Planning an erasure")); !s)
        return s.error();
    if (Status s = checkRequest(request); !s)
        return s.error();
    auto existing = loadAll(QStringLiteral("r.human_id = ? AND e.digest = ? AND e.state IN ('planned', "
                                           "'approved')"),
                            {request.humanId, digest});
    if (!existing)
        return existing.error();
    const QByteArray summaryJson = QJsonDocument(summary).toJson(QJsonDocument::Compact);
    auto id = transaction<qint64>([&](QSqlDatabase db) -> Result<qint64> {
        qint64 runId = existing->isEmpty() ? 0 : existing->last().id;
        if (runId == 0) {
            QSqlQuery q(db);
            if (!storesql::run(
                    q,
                    QStringLiteral("INSERT INTO erasure_runs (request_id, digest, state, plan, summary, "
                                   "planned_by, planned_at) VALUES (?, ?, 'planned', '', ?, ?, ?)"),
                    {request.id, digest, QString::fromUtf8(summaryJson), m_store.actor(),
                     isoTime(m_store.now())}))
                return sqlError(q, tr("Saving the erasure plan of %1").arg(request.humanId));
            QSqlQuery last(db);
            if (!storesql::run(last, QStringLiteral("SELECT MAX(id) FROM erasure_runs WHERE request_id = ?"),
                               {request.id}) ||
                !last.next())
                return sqlError(last, tr("Saving the erasure plan of %1").arg(request.humanId));
            runId = last.value(0).toLongLong();
            PlanParts parts(db, runId, kPlanPartBytes);
            write([&](QByteArrayView piece) { parts.add(piece); });
            if (!parts.finish())
                return sqlError(parts.query(), tr("Saving the erasure plan of %1").arg(request.humanId));
        }
        QJsonObject details = summary;
        details[QStringLiteral("digest")] = digest;
        if (Status st = audited(QStringLiteral("erasure.plan"), request.humanId, details); !st)
            return st.error();
        return runId;
    });
    if (!id)
        return id.error();
    return runById(*id);
}

Result<ErasureRun> ErasureStore::approve(const QString& requestId, const QString& digest,
                                         const std::optional<MinisignKey>& key)
{
    if (Status s = require(Role::Officer, tr("Approving an erasure")); !s)
        return s.error();
    auto planned = run(requestId, digest);
    if (!planned)
        return planned.error();
    if (Status s = mayApprove(*planned, key); !s)
        return s.error();
    auto signature = ApprovalSignature::make(m_store.database(), *planned, m_store.actor(), key);
    if (!signature)
        return signature.error();
    auto r = transaction<int>([&](QSqlDatabase db) -> Result<int> {
        QSqlQuery q(db);
        if (!storesql::run(
                q,
                QStringLiteral(
                    "UPDATE erasure_runs SET state = 'approved', approved_by = ?, approved_at = ?, "
                    "approval_signature = ? WHERE id = ? AND state = 'planned'"),
                {m_store.actor(), isoTime(m_store.now()),
                 signature->isEmpty() ? QVariant() : QVariant(QString::fromLatin1(*signature)), planned->id}))
            return sqlError(q, tr("Approving the erasure plan of %1").arg(planned->requestId));
        if (Status st = audited(QStringLiteral("erasure.approve"), planned->requestId,
                                {{QStringLiteral("digest"), digest}});
            !st)
            return st.error();
        return 1;
    });
    if (!r)
        return r.error();
    return runById(planned->id);
}

Status ErasureStore::mayApprove(const ErasureRun& planned, const std::optional<MinisignKey>& key) const
{
    if (Status s = require(Role::Officer, tr("Approving an erasure")); !s)
        return s;
    if (planned.state != QLatin1String("planned"))
        return makeError(Error::Code::IllegalState,
                         tr("%1: the plan %2 is %3, not waiting for approval.")
                             .arg(planned.requestId, planned.digest.left(16), planned.state));
    if (planned.plannedBy == m_store.actor())
        return makeError(Error::Code::IllegalState,
                         tr("%1: %2 made this plan; four eyes means a different officer approves it.")
                             .arg(planned.requestId, m_store.actor()));
    return ApprovalSignature::checkSigner(m_store.database(), planned, m_store.actor(), key);
}

Result<ErasureRun> ErasureStore::start(const Request& request, const QString& digest)
{
    if (Status s = require(Role::Officer, tr("Erasing")); !s)
        return s.error();
    if (Status s = checkRequest(request); !s)
        return s.error();
    auto planned = run(request.humanId, digest);
    if (!planned)
        return planned.error();
    auto four = fourEyes();
    if (!four)
        return four.error();
    if (planned->state == QLatin1String("planned") && *four)
        return makeError(Error::Code::IllegalState,
                         tr("%1: this workspace requires four eyes; a second officer approves the plan first "
                            "(`lethe-cli erase --request %1 --approve --digest %2`).")
                             .arg(request.humanId, digest));
    if (planned->state != QLatin1String("planned") && planned->state != QLatin1String("approved"))
        return makeError(Error::Code::IllegalState,
                         tr("%1: the plan %2 is %3 and cannot be started.")
                             .arg(request.humanId, digest.left(16), planned->state));
    if (!planned->approvedBy.isEmpty() && planned->approvedBy == m_store.actor())
        return makeError(Error::Code::IllegalState,
                         tr("%1: %2 approved this plan and cannot also run it under four eyes.")
                             .arg(request.humanId, m_store.actor()));
    if (Status s = ApprovalSignature::check(m_store.database(), *planned); !s)
        return s.error();
    auto r = transaction<int>([&](QSqlDatabase db) -> Result<int> {
        QSqlQuery q(db);
        if (!storesql::run(
                q,
                QStringLiteral("UPDATE erasure_runs SET state = 'running', started_by = ?, started_at = ? "
                               "WHERE id = ? AND state IN ('planned', 'approved')"),
                {m_store.actor(), isoTime(m_store.now()), planned->id}))
            return sqlError(q, tr("Starting the erasure of %1").arg(request.humanId));
        if (q.numRowsAffected() != 1)
            return makeError(Error::Code::Conflict,
                             tr("%1: the plan was started by someone else meanwhile.").arg(request.humanId));
        if (Status st = audited(QStringLiteral("erasure.start"), request.humanId,
                                {{QStringLiteral("digest"), digest},
                                 {QStringLiteral("run"), planned->id},
                                 {QStringLiteral("approved_by"), planned->approvedBy}});
            !st)
            return st.error();
        return 1;
    });
    if (!r)
        return r.error();
    return runById(planned->id);
}

Status ErasureStore::resume(qint64 runId)
{
    if (Status s = require(Role::Officer, tr("Resuming an erasure")); !s)
        return s;
    auto er = runById(runId);
    if (!er)
        return er.error();
    auto retry = processorRetryPending(runId);
    if (!retry)
        return retry.error();
    if (!er->resumable() && !*retry)
        return makeError(Error::Code::IllegalState, tr("%1: the erasure run %2 is %3; nothing to resume.")
                                                        .arg(er->requestId)
                                                        .arg(runId)
                                                        .arg(er->state));
    if (!er->approvedBy.isEmpty() && er->approvedBy == m_store.actor())
        return makeError(Error::Code::IllegalState,
                         tr("%1: %2 approved this plan and cannot also run or resume it under four eyes; "
                            "another officer resumes it.")
                             .arg(er->requestId, m_store.actor()));
    if (Status s = ApprovalSignature::check(m_store.database(), *er); !s)
        return s;
    auto r = transaction<int>([&](QSqlDatabase db) -> Result<int> {
        QSqlQuery q(db);
        if (!storesql::run(q, QStringLiteral("UPDATE erasure_runs SET state = 'running' WHERE id = ?"),
                           {runId}))
            return sqlError(q, tr("Resuming the erasure of %1").arg(er->requestId));
        if (Status st = audited(QStringLiteral("erasure.resume"), er->requestId,
                                {{QStringLiteral("run"), runId}, {QStringLiteral("digest"), er->digest}});
            !st)
            return st.error();
        return 1;
    });
    if (!r)
        return r.error();
    return {};
}

Status ErasureStore::resumeRefused(const ErasureRun& run, const QString& why, const QString& storedDigest,
                                   const QString& digestField)
{
    auto r = transaction<int>([&](QSqlDatabase) -> Result<int> {
        QJsonObject details{{QStringLiteral("run"), run.id},
                            {QStringLiteral("why"), why},
                            {QStringLiteral("digest"), run.digest}};
        if (!storedDigest.isEmpty())
            details[QStringLiteral("stored_digest")] = storedDigest;
        if (!digestField.isEmpty() && digestField != run.digest)
            details[QStringLiteral("digest_field")] = digestField;
        if (Status st = audited(QStringLiteral("erasure.resume_refused"), run.requestId, details); !st)
            return st.error();
        return 1;
    });
    if (!r)
        return r.error();
    return {};
}

Status ErasureStore::setLayout(qint64 runId, int batchSize, const QString& layout)
{
    QSqlQuery q(m_store.database());
    if (!storesql::run(q,
                       QStringLiteral("UPDATE erasure_runs SET batch_size = ?, layout = ? WHERE id = ? AND "
                                      "layout = ''"),
                       {batchSize, layout, runId}))
        return sqlError(q, tr("Storing the batch layout of erasure run %1").arg(runId));
    return {};
}

Status ErasureStore::finish(qint64 runId, const QString& state, const QJsonObject& report)
{
    if (Status s = flush(); !s)
        return s;
    auto er = runById(runId);
    if (!er)
        return er.error();
    auto r = transaction<int>([&](QSqlDatabase db) -> Result<int> {
        QSqlQuery q(db);
        const bool final = state == QLatin1String("done") || state == QLatin1String("incomplete");
        if (!storesql::run(
                q,
                QStringLiteral("UPDATE erasure_runs SET state = ?, finished_at = ?, report = ? WHERE id = ?"),
                {state, final ? QVariant(isoTime(m_store.now())) : QVariant(),
                 QString::fromUtf8(QJsonDocument(report).toJson(QJsonDocument::Compact)), runId}))
            return sqlError(q, tr("Saving the erasure report of %1").arg(er->requestId));
        QJsonObject details{{QStringLiteral("run"), runId},
                            {QStringLiteral("state"), state},
                            {QStringLiteral("digest"), er->digest}};
        if (report.contains(QStringLiteral("counts")))
            details[QStringLiteral("counts")] = report.value(QStringLiteral("counts"));
        if (report.contains(QStringLiteral("verified")))
            details[QStringLiteral("verified")] = report.value(QStringLiteral("verified"));
        const QString action = state == QLatin1String("cancelled") ? QStringLiteral("erasure.cancel")
                               : state == QLatin1String("failed")  ? QStringLiteral("erasure.fail")
                                                                   : QStringLiteral("erasure.finish");
        if (Status st = audited(action, er->requestId, details); !st)
            return st.error();
        return 1;
    });
    if (!r)
        return r.error();
    return {};
}

Result<QList<JournalEntry>> ErasureStore::journal(qint64 runId) const
{
    if (Status s = flush(); !s)
        return s.error();
    QSqlQuery q(m_store.database());
    if (!storesql::run(
            q,
            QStringLiteral("SELECT seq, step, state, affected, data, step_digest FROM erasure_journal WHERE "
                           "run_id = ? ORDER BY seq"),
            {runId}))
        return sqlError(q, tr("Reading the erasure journal"));
    QList<JournalEntry> out;
    while (q.next())
        out << JournalEntry{q.value(0).toInt(),      q.value(1).toString(),          q.value(2).toString(),
                            q.value(3).toLongLong(), q.value(4).toString().toUtf8(), q.value(5).toString()};
    return out;
}

namespace {

bool writeCommit(QSqlDatabase db, qint64 runId, int seq, qint64 affected, const QString& at,
                 const QByteArray& data)
{
    QSqlQuery q(db);
    return data.isEmpty()
               ? storesql::run(
                     q,
                     QStringLiteral("UPDATE erasure_journal SET state = 'committed', affected = ?, at = ? "
                                    "WHERE run_id = ? AND seq = ?"),
                     {affected, at, runId, seq})
               : storesql::run(
                     q,
                     QStringLiteral("UPDATE erasure_journal SET state = 'committed', affected = ?, at = ?, "
                                    "data = ? WHERE run_id = ? AND seq = ?"),
                     {affected, at, QString::fromUtf8(data), runId, seq});
}

} // namespace

Status ErasureStore::begin(qint64 runId, int seq, const QString& step, const QString& stepDigest,
                           const QByteArray& data)
{
    auto r = transaction<int>([&](QSqlDatabase db) -> Result<int> {
        QSqlQuery q(db);
        if (m_pending && !writeCommit(db, m_pending->runId, m_pending->seq, m_pending->affected,
                                      isoTime(m_store.now()), {}))
            return makeError(Error::Code::Storage, tr("Writing the erasure journal"));
        if (!storesql::run(q, QStringLiteral("DELETE FROM erasure_journal WHERE run_id = ? AND seq = ?"),
                           {runId, seq}) ||
            !storesql::run(
                q,
                QStringLiteral(
                    "INSERT INTO erasure_journal (run_id, seq, step, state, data, at, step_digest) "
                    "VALUES (?, ?, ?, 'begun', ?, ?, ?)"),
                {runId, seq, step, QString::fromUtf8(data), isoTime(m_store.now()), stepDigest}))
            return sqlError(q, tr("Writing the erasure journal"));
        return 1;
    });
    if (!r)
        return r.error();
    m_pending.reset();
    return {};
}

Status ErasureStore::commit(qint64 runId, int seq, qint64 affected, const QByteArray& data, bool deferred)
{
    if (Status s = flush(); !s)
        return s;
    if (deferred && data.isEmpty()) {
        m_pending = PendingCommit{runId, seq, affected};
        return {};
    }
    if (!writeCommit(m_store.database(), runId, seq, affected, isoTime(m_store.now()), data))
        return makeError(Error::Code::Storage, tr("Writing the erasure journal"));
    return {};
}

Status ErasureStore::flush() const
{
    if (!m_pending)
        return {};
    if (!writeCommit(m_store.database(), m_pending->runId, m_pending->seq, m_pending->affected,
                     isoTime(m_store.now()), {}))
        return makeError(Error::Code::Storage, tr("Writing the erasure journal"));
    m_pending.reset();
    return {};
}

} // namespace lethe
