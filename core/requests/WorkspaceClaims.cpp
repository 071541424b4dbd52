// Notes, and working together on one workspace: taking the next request, handing one on, and refusing a
// change made on a stale copy of a request (docs/team.md).
#include "WorkspaceStore.h"

#include "DueKeys.h"
#include "SortKeys.h"
#include "StateMachine.h"
#include "StoreSql.h"

#include <QFileInfo>
#include <QSqlQuery>

namespace lethe {

using storesql::isoTime;
using storesql::parseTime;
using storesql::run;
using storesql::sqlError;

namespace {

QString openStatuses()
{
    QStringList open;
    for (RequestStatus s :
         {RequestStatus::New, RequestStatus::AwaitingIdentity, RequestStatus::AwaitingClarification,
          RequestStatus::Verified, RequestStatus::InProgress, RequestStatus::AwaitingApproval})
        open << QLatin1Char('\'') + Names::key(s) + QLatin1Char('\'');
    return open.join(QLatin1String(", "));
}

// The audit actions of the changes that raise a request's version (notes and records of previews or exports
// do not).
QString versionedActions()
{
    return QStringLiteral("'request.update', 'request.transition', 'request.extend', 'request.fee', "
                          "'request.claim', 'request.assign', 'request.escalate'");
}

} // namespace

Status WorkspaceStore::checkVersion(const Request& cur, qint64 ifVersion) const
{
    if (ifVersion > 0 && ifVersion != cur.version)
        return staleError(m_conn.db(), cur.humanId);
    return {};
}

Status WorkspaceStore::claimVersion(QSqlDatabase db, const Request& cur, qint64 ifVersion)
{
    // The row lock on PostgreSQL, the write lock on SQLite: a desk changing the same request at the same
    // moment waits here, then finds the version raised and is refused.
    QSqlQuery q(db);
    // (updated_at is the change's own: recordChange, which ends every change, writes it.)
    if (!run(q, QStringLiteral("UPDATE requests SET version = version + 1 WHERE id = ? AND version = ?"),
             {cur.id, ifVersion > 0 ? ifVersion : cur.version}))
        return sqlError(q, tr("Updating %1").arg(cur.humanId));
    if (q.numRowsAffected() != 1)
        return staleError(db, cur.humanId);
    return {};
}

Error WorkspaceStore::staleError(QSqlDatabase db, const QString& humanId) const
{
    QSqlQuery q(db);
    // Read in the caller's transaction where there is one: on PostgreSQL the refused UPDATE waited for the
    // other desk's commit, which this statement (read committed) then sees, with its audit event.
    if (run(q,
            QStringLiteral("SELECT actor, at FROM audit_events WHERE request_id = ? AND action IN (%1) "
                           "ORDER BY seq DESC LIMIT 1")
                .arg(versionedActions()),
            {humanId}) &&
        q.next()) {
        const QString when =
            parseTime(q.value(1).toString()).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        return makeError(Error::Code::Conflict,
                         tr("%1 was changed by %2 at %3, after you read it. Your change was not saved, so "
                            "as not to overwrite theirs: reload the request and make your change again.")
                             .arg(humanId, q.value(0).toString(), when));
    }
    return makeError(Error::Code::Conflict,
                     tr("%1 was changed elsewhere after you read it. Your change was not saved, so as not "
                        "to overwrite that one: reload the request and make your change again.")
                         .arg(humanId));
}

Result<qint64> WorkspaceStore::insertNote(QSqlDatabase db, qint64 requestId, const QString& body,
                                          const QString& what)
{
    QSqlQuery q(db);
    if (!run(q,
             QStringLiteral("INSERT INTO notes (request_id, created_at, author, body) VALUES (?, ?, ?, ?) "
                            "RETURNING id"),
             {requestId, isoTime(now()), m_actor, body}) ||
        !q.next())
        return sqlError(q, what);
    return q.value(0).toLongLong();
}

Result<Request> WorkspaceStore::addNote(const QString& humanIdIn, const QString& body)
{
    const QString humanId = humanIdIn.trimmed().toUpper();
    const QString text = body.trimmed();
    if (text.isEmpty())
        return makeError(Error::Code::InvalidInput, tr("note: the note is empty."));
    if (text.size() > 20000)
        return makeError(Error::Code::InvalidInput,
                         tr("note: longer than 20,000 characters (%1).").arg(text.size()));
    auto current = load(humanId);
    if (!current)
        return current;
    auto r = inTransaction<Request>([&](QSqlDatabase db) -> Result<Request> {
        auto note = insertNote(db, current->id, text, tr("Saving the note"));
        if (!note)
            return note.error();
        const QJsonObject details{{QStringLiteral("note"), *note},
                                  {QStringLiteral("length"), int(text.size())}};
        QSqlQuery q(db);
        if (Status s = recordChange(q, current->id, humanId, QStringLiteral("request.note"), details); !s)
            return s.error();
        return Request{};
    });
    if (!r)
        return r;
    return load(humanId);
}

Result<std::optional<Request>> WorkspaceStore::takeNext()
{
    const bool postgres = m_conn.db().driverName() == QLatin1String("QPSQL");
    auto taken = storesql::inTransaction<QString>(m_conn.db(), [&](QSqlDatabase db) -> Result<QString> {
        QSqlQuery q(db);
        // The oldest first: the one whose deadline started first. SQLite has one writer at a time, so the
        // transaction alone keeps two desks from taking the same row there.
        const QString pick =
            QStringLiteral("SELECT id, human_id FROM requests WHERE assignee = '' AND status IN "
                           "(%1) ORDER BY received_date, id LIMIT 1%2")
                .arg(openStatuses(), postgres ? QStringLiteral(" FOR UPDATE SKIP LOCKED") : QString());
        if (!run(q, pick, {}))
            return sqlError(q, tr("Finding the next request"));
        if (!q.next())
            return QString();
        const qint64 id = q.value(0).toLongLong();
        const QString humanId = q.value(1).toString();
        if (!run(q,
                 QStringLiteral("UPDATE requests SET assignee = ?, version = version + 1 WHERE id = ? AND "
                                "assignee = ''"),
                 {m_actor, id}))
            return sqlError(q, tr("Taking %1").arg(humanId));
        if (q.numRowsAffected() != 1)
            return makeError(
                Error::Code::Conflict,
                tr("%1 was taken by someone else meanwhile; take the next one again.").arg(humanId));
        if (Status s = recordChange(q, id, humanId, QStringLiteral("request.claim"),
                                    {{QStringLiteral("assignee"), m_actor}});
            !s)
            return s.error();
        return humanId;
    });
    if (!taken)
        return taken.error();
    if (taken->isEmpty())
        return std::optional<Request>();
    auto r = load(*taken);
    if (!r)
        return r.error();
    return std::optional<Request>(*r);
}

Result<Request> WorkspaceStore::assign(const QString& humanIdIn, const QString& toIn, const QString& reasonIn,
                                       bool escalation, qint64 ifVersion)
{
    const QString humanId = humanIdIn.trimmed().toUpper();
    const QString to = toIn.trimmed();
    const QString reason = reasonIn.trimmed();
    if (to.isEmpty() || to.size() > 120)
        return makeError(Error::Code::InvalidInput, tr("to: a name of 1 to 120 characters is needed."));
    if (reason.isEmpty())
        return makeError(Error::Code::InvalidInput,
                         escalation ? tr("reason: say why the request is escalated; it is kept as a note.")
                                    : tr("reason: say why the request is handed on; it is kept as a note."));
    if (reason.size() > 20000)
        return makeError(Error::Code::InvalidInput,
                         tr("reason: longer than 20,000 characters (%1).").arg(reason.size()));
    auto current = load(humanId);
    if (!current)
        return current;
    if (Status s = checkVersion(*current, ifVersion); !s)
        return s.error();
    if (StateMachine::isFinal(current->status))
        return makeError(
            Error::Code::IllegalState,
            tr("%1 is %2 and is no longer handed on.").arg(humanId, Names::key(current->status)));
    if (current->assignee == to)
        return makeError(Error::Code::IllegalState, tr("%1 is already assigned to %2.").arg(humanId, to));
    auto r = storesql::inTransaction<Request>(m_conn.db(), [&](QSqlDatabase db) -> Result<Request> {
        if (Status s = claimVersion(db, *current, ifVersion); !s)
            return s.error();
        QSqlQuery q(db);
        // Compared with what was read, so a hand-over made meanwhile at another desk is not overwritten.
        if (!run(q, QStringLiteral("UPDATE requests SET assignee = ? WHERE id = ? AND assignee = ?"),
                 {to, current->id, current->assignee}))
            return sqlError(q, tr("Assigning %1").arg(humanId));
        if (q.numRowsAffected() != 1)
            return makeError(
                Error::Code::Conflict,
                tr("%1 was assigned to someone else meanwhile; nothing was changed. Reload it and "
                   "try again.")
                    .arg(humanId));
        auto note = insertNote(db, current->id, reason, tr("Saving the reason"));
        if (!note)
            return note.error();
        const QJsonObject details{{QStringLiteral("from"), current->assignee},
                                  {QStringLiteral("to"), to},
                                  {QStringLiteral("note"), *note},
                                  {QStringLiteral("length"), int(reason.size())}};
        if (Status s = recordChange(
                q, current->id, humanId,
                escalation ? QStringLiteral("request.escalate") : QStringLiteral("request.assign"), details);
            !s)
            return s.error();
        return Request{};
    });
    if (!r)
        return r;
    return load(humanId);
}

// The end of every change to a request (with its transaction, in WorkspaceStore.cpp and here).
Status WorkspaceStore::recordChange(QSqlQuery& q, qint64 requestId, const QString& humanId,
                                    const QString& action, const QJsonObject& details)
{
    if (!run(q, QStringLiteral("UPDATE requests SET updated_at = ? WHERE id = ?"),
             {isoTime(now()), requestId}))
        return sqlError(q, tr("Updating the request"));
    // The change may move the request in the urgency order (a status, an extension, a clock stop, its
    // calendar, its law or type or date received): its stored key with it, in the same transaction. A note,
    // a claim, a hand-over and a fee change none of what the deadline is computed from, and skip the reads.
    static const QStringList kKeepsDeadline{
        QStringLiteral("request.note"), QStringLiteral("request.claim"), QStringLiteral("request.assign"),
        QStringLiteral("request.escalate"), QStringLiteral("request.fee")};
    if (!kKeepsDeadline.contains(action))
        if (Status s = DueKeys::refresh(m_conn.db(), requestId, today()); !s)
            return s;
    // A change of the assignee, the subject's name or its identities moves it by subject or assignee.
    static const QStringList kMovesSortKeys{QStringLiteral("request.update"), QStringLiteral("request.claim"),
                                            QStringLiteral("request.assign"),
                                            QStringLiteral("request.escalate")};
    if (kMovesSortKeys.contains(action))
        if (Status s = SortKeys::refresh(m_conn.db(), requestId); !s)
            return s;
    if (auto e = audit().append(m_actor, action, humanId, details, now()); !e)
        return e.error();
    return {};
}

// A lost connection (docs/team.md): opening the store's connection again, and whether a change whose
// answer was lost was saved.
Status WorkspaceStore::reconnect()
{
    // Qt's SQLite driver creates a file that is not there: a workspace whose share is gone would come back
    // as an empty database.
    if (m_params.engine == ConnectionParams::Engine::Sqlite && !QFileInfo::exists(m_params.path))
        return makeError(Error::Code::ConnectionLost,
                         tr("The workspace file %1 cannot be found: is the drive or network share it is on "
                            "still there?")
                             .arg(m_params.path));
    if (Status s = m_conn.reopen(m_params); !s)
        return makeError(Error::Code::ConnectionLost, s.error().message);
    return {};
}

Result<qint64> WorkspaceStore::auditMark() const
{
    QSqlQuery q(m_conn.db());
    if (!q.exec(QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM audit_events")) || !q.next())
        return sqlError(q, tr("Reading the audit log"));
    return q.value(0).toLongLong();
}

Result<ChangeFate> WorkspaceStore::fateOf(const SentChange& c) const
{
    ChangeFate fate;
    fate.humanId = c.humanId.trimmed().toUpper();
    QSqlDatabase db = m_conn.db();
    QSqlQuery q(db);
    if (c.baseVersion > 0) {
        auto cur = load(fate.humanId);
        if (!cur)
            return cur.error();
        // Every change that raises the version does so in its own transaction: still at the base, the change
        // was not committed.
        if (cur->version == c.baseVersion)
            return fate;
        if (!run(q,
                 QStringLiteral(
                     "SELECT actor, action FROM audit_events WHERE request_id = ? AND action IN (%1) "
                     "ORDER BY seq DESC LIMIT 1")
                     .arg(versionedActions()),
                 {fate.humanId}))
            return sqlError(q, tr("Reading the history of %1").arg(fate.humanId));
        const bool mine = q.next() && q.value(0).toString() == m_actor && q.value(1).toString() == c.action;
        if (mine && cur->version == c.baseVersion + 1 && (!c.holds || c.holds(*cur))) {
            fate.kind = ChangeFate::Kind::Applied;
            return fate;
        }
        fate.kind = ChangeFate::Kind::Conflict;
        fate.conflict = staleError(db, fate.humanId);
        return fate;
    }
    // Without a version: its audit event, written in its transaction, is there after the mark or not.
    QString sql =
        QStringLiteral("SELECT request_id FROM audit_events WHERE seq > ? AND actor = ? AND action = ?");
    QVariantList values{c.auditMark, m_actor, c.action};
    if (!fate.humanId.isEmpty()) {
        sql += QStringLiteral(" AND request_id = ?");
        values << fate.humanId;
    }
    if (!run(q, sql + QStringLiteral(" ORDER BY seq"), values))
        return sqlError(q, tr("Reading the audit log"));
    QStringList candidates;
    while (q.next())
        candidates << q.value(0).toString();
    for (const QString& id : candidates) {
        auto r = load(id);
        if (!r)
            return r.error();
        if (!c.holds || c.holds(*r)) {
            fate.kind = ChangeFate::Kind::Applied;
            fate.humanId = id;
            return fate;
        }
    }
    return fate;
}

Result<Request> WorkspaceStore::resend(const SentChange& change, const std::function<Result<Request>()>& send,
                                       bool* alreadyApplied)
{
    if (alreadyApplied)
        *alreadyApplied = false;
    auto fate = fateOf(change);
    if (!fate)
        return fate.error();
    switch (fate->kind) {
    case ChangeFate::Kind::NotApplied:
        return send();
    case ChangeFate::Kind::Applied:
        if (alreadyApplied)
            *alreadyApplied = true;
        return load(fate->humanId);
    case ChangeFate::Kind::Conflict:
        break;
    }
    return fate->conflict;
}

} // namespace lethe
