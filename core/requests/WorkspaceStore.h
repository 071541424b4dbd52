#pragma once

#include "AuditLog.h"
#include "Request.h"
#include "Result.h"
#include "SqlConnection.h"

#include <QCoreApplication>

#include <functional>
#include <memory>

class QSqlQuery;

namespace lethe {

namespace storesql {
// Runs `body(db)` in one transaction (StoreSql.h, which the store's source files include).
template <typename T, typename F> Result<T> inTransaction(QSqlDatabase db, F&& body);
} // namespace storesql

// A change sent to the workspace whose answer was lost with the connection (Error::Code::ConnectionLost): its
// transaction's COMMIT may or may not have reached the server. WorkspaceStore::fateOf says which, after
// reconnecting, from what the database holds (docs/team.md, "A lost connection").
struct SentChange
{
    QString humanId;        // the request it changes; empty for a new request or take next
    QString action;         // the audit event it records: request.transition, request.note, request.create…
    qint64 baseVersion = 0; // the request's version it was made on; 0 for a change that does not raise it
    qint64 auditMark = 0;   // the last audit event's seq before it was sent (WorkspaceStore::auditMark)
    // The request as stored holds this change's content (the status it set, the note it added…).
    std::function<bool(const Request&)> holds;
};

struct ChangeFate
{
    enum class Kind
    {
        NotApplied, // nothing of it was saved: send it again
        Applied,    // it was saved, its answer lost: never send it again
        Conflict,   // another change came first: `conflict` says whose, as a refused change does
    };
    Kind kind = Kind::NotApplied;
    QString humanId; // the request it changed (for a new request or take next: the one made or taken)
    Error conflict;
};

// The workspace database: requests, subjects and identities, notes, clock stops, settings and the audit log.
// The same code runs on SQLite (the default, a file in the workspace folder) and on PostgreSQL.
// Every change and its audit event are written in one transaction. One store per thread.
class WorkspaceStore
{
    Q_DECLARE_TR_FUNCTIONS(lethe::WorkspaceStore)
public:
    using Clock = std::function<QDateTime()>;

    // Opens the database and applies pending migrations. `actor` names who acts (the OS login); in a team
    // workspace it is ignored and the actor is the database's session_user, the login signed in.
    static Result<std::unique_ptr<WorkspaceStore>> open(const ConnectionParams& params, const QString& actor,
                                                        Clock clock = {});
    ~WorkspaceStore();

    const ConnectionParams& params() const { return m_params; }
    QString actor() const { return m_actor; }
    QDateTime now() const;
    QDate today() const;
    int schemaVersion() const { return m_schemaVersion; }
    QSqlDatabase database() const { return m_conn.db(); }

    Result<Request> addRequest(const NewRequest& r);
    // Many requests in one transaction (imports, demo data, benchmarks); all or none.
    Result<QStringList> addRequests(const QList<NewRequest>& batch);
    Result<Request> request(const QString& humanId) const;
    Result<QList<RequestSummary>> summaries(qint64 afterId = 0, int limit = -1) const;
    // The methods that change a request take `ifVersion`, the Request::version the change was made on (what
    // a dialog showed); 0 for the version they read themselves. Another desk's change since then (a raised
    // version) refuses the change with Error::Code::Conflict, naming who changed the request and when, and
    // nothing is written: never a silent overwrite (docs/team.md).
    Result<Request> update(const QString& humanId, const RequestUpdate& u, qint64 ifVersion = 0);
    Result<Request> transition(const QString& humanId, RequestStatus to, const QString& reason = {},
                               qint64 ifVersion = 0);
    // With a denial's reason code and exemption, or an answer in part's withheld part (StateMachine::check).
    Result<Request> transition(const QString& humanId, RequestStatus to, const Outcome& outcome,
                               qint64 ifVersion = 0);
    // Records the fee charged (replacing an earlier one); audited as request.fee with amount, currency,
    // reason.
    Result<Request> setFee(const QString& humanId, const Fee& fee, qint64 ifVersion = 0);
    Result<Request> extend(const QString& humanId, const QString& reason, qint64 ifVersion = 0);
    // Notes only add: one never conflicts with another change, and does not raise the version.
    Result<Request> addNote(const QString& humanId, const QString& body);
    Result<qint64> requestCount() const;

    // Manual tasks of a request. addTasks() adds those not there yet (by system and processor) and returns
    // how many it added; each is audited (task.create: system and processor, never the subject's data).
    struct TaskSpec
    {
        QString system;
        QString processor;
        QString instructions;
    };
    Result<QList<ManualTask>> tasks(const QString& humanId) const;
    Result<int> addTasks(const QString& humanId, const QList<TaskSpec>& specs);
    // Completing needs a note or evidence (or both); the audit event (task.complete) holds the note's length
    // and the evidence's SHA-256, not their content. A done task cannot be completed again.
    Result<ManualTask> completeTask(const QString& humanId, qint64 taskId, const QString& note,
                                    const QString& evidenceName = {}, const QString& evidenceSha256 = {});

    // Working together (WorkspaceClaims.cpp). takeNext() assigns the actor the longest-waiting open request
    // nobody is assigned to and returns it (none: an empty optional). On PostgreSQL the row is claimed with
    // FOR UPDATE SKIP LOCKED, so desks taking at once each get a different request and none waits.
    // Audited as request.claim.
    Result<std::optional<Request>> takeNext();
    // Hands an open request to `to` (a workspace user or login) with a reason, kept as a note; audited as
    // request.assign, or request.escalate when `escalation` (support lead to officer), with who it went
    // from and to and the note's id and length, never the reason's text.
    Result<Request> assign(const QString& humanId, const QString& to, const QString& reason, bool escalation,
                           qint64 ifVersion = 0);

    // A lost connection (docs/team.md). reconnect() opens the store's connection again with the same
    // parameters, on the store's thread, and keeps it as it was when that fails: a SQLite file that is not
    // there (its share gone) is refused as ConnectionLost rather than created empty. auditMark() is the last
    // audit event's seq, taken before sending a change that raises no version. fateOf() says whether a change
    // that failed with ConnectionLost was saved: a versioned change was not if the request is still at its
    // base version, and was if it is one version on and the last change is this login's, with this action,
    // and the request holds its content; else it is a conflict. A change without a version was saved if this
    // login wrote its audit action after the mark on a request that holds its content.
    Status reconnect();
    Result<qint64> auditMark() const;
    Result<ChangeFate> fateOf(const SentChange& change) const;
    // After reconnecting: fateOf(change), then `send` only when it was not applied. `alreadyApplied` says the
    // lost answer's change had been saved: the request as stored is returned and nothing is sent twice.
    Result<Request> resend(const SentChange& change, const std::function<Result<Request>()>& send,
                           bool* alreadyApplied = nullptr);

    // Records a later action (preview, export, erasure, redaction) with details that hold no personal data.
    Result<AuditEvent> record(const QString& action, const QString& requestId, const QJsonObject& details);
    AuditLog audit() const { return AuditLog(m_conn.db(), !m_teamPrefix.isEmpty(), m_headSigner); }
    // The actor's officer key (OfficerKeys), read from their keychain: the audit head is signed with it after
    // every event this store writes. None: heads are not signed.
    void setHeadSigner(std::shared_ptr<const AuditHeadSigner> signer) { m_headSigner = std::move(signer); }
    std::shared_ptr<const AuditHeadSigner> headSigner() const { return m_headSigner; }
    // A team workspace (TeamSetup): the prefix of its group roles; empty for a one-person workspace.
    QString teamPrefix() const { return m_teamPrefix; }

    Result<QString> setting(const QString& key, const QString& fallback = {}) const;
    Status setSetting(const QString& key, const QString& value);
    // The region a phone number typed without its country code is read in: an ISO 3166 code such as "GB" or
    // "DE", or empty (the default: numbers must be international, so none is guessed into another person's).
    Result<QString> phoneRegion() const;
    // "" clears it; anything else must be a region libphonenumber knows. Audited as settings.change.
    Status setPhoneRegion(const QString& region);

    // Deadline settings (docs/deadlines.md), audited as settings.change. "established in" is a calendar id
    // (HolidayCalendars::shipped().ids()), "" for the defaults.
    Result<DeadlineSettings> deadlineSettings() const;
    Status setEstablishedIn(const QString& calendarId);
    Status setGdprClockRule(GdprClockRule rule);
    static Result<DeadlineSettings> readDeadlineSettings(QSqlDatabase db);
    static QString gdprClockKey(GdprClockRule rule);
    static std::optional<GdprClockRule> parseGdprClock(const QString& key);

    // Queue rows in id order after `afterId`; used by the background loader with its own connection.
    static Result<QList<RequestSummary>> loadSummaries(QSqlDatabase db, QDate today, qint64 afterId,
                                                       int limit);

private:
    WorkspaceStore() = default;
    template <typename T, typename F> Result<T> inTransaction(F&& body)
    {
        return storesql::inTransaction<T>(m_conn.db(), std::forward<F>(body));
    }
    Result<Request> load(const QString& humanId) const;
    Result<QString> insertRequest(QSqlDatabase db, const NewRequest& r);
    // A note by the actor on the request with id `requestId`, inside the caller's transaction; its id.
    Result<qint64> insertNote(QSqlDatabase db, qint64 requestId, const QString& body, const QString& what);
    // Optimistic concurrency (WorkspaceClaims.cpp). checkVersion: `ifVersion` (0: none) is still `cur`'s.
    // claimVersion, inside the change's transaction: raises the version where the row is still at the
    // version the change was made on (recordChange then stamps updated_at); else the conflict (staleError)
    // and the caller rolls back. staleError names who changed the request last and when, from the audit log.
    Status checkVersion(const Request& cur, qint64 ifVersion) const;
    Status claimVersion(QSqlDatabase db, const Request& cur, qint64 ifVersion);
    Error staleError(QSqlDatabase db, const QString& humanId) const;
    // The end of every change to a request, inside the change's transaction: the request's updated_at and
    // the audit event `action` that records the change (its details name no personal data).
    Status recordChange(QSqlQuery& q, qint64 requestId, const QString& humanId, const QString& action,
                        const QJsonObject& details);

    SqlConnection m_conn;
    ConnectionParams m_params;
    QString m_actor;
    QString m_teamPrefix;
    Clock m_clock;
    int m_schemaVersion = 0;
    std::shared_ptr<const AuditHeadSigner> m_headSigner;
};

} // namespace lethe
