#include "WorkspaceStore.h"

#include "DueKeys.h"
#include "QueueQuery.h"
#include "SortKeys.h"

#include "StoreSql.h"

#include "Migrations.h"
#include "Phone.h"
#include "StateMachine.h"
#include "TeamSetup.h"
#include "Validation.h"

#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>

namespace lethe {

namespace {

QString isoDate(QDate d)
{
    return d.toString(Qt::ISODate);
}
using storesql::isoTime;
using storesql::parseTime;
using storesql::run;
using storesql::sqlError;

// The advisory lock that serialises request numbering between clients of one PostgreSQL workspace ("LETHE").
constexpr qint64 kRequestNumberingLock = 0x4c45544845;

QJsonObject identityCounts(const QList<Identity>& ids)
{
    QJsonObject o;
    for (const Identity& i : ids)
        o[Names::key(i.kind)] = o[Names::key(i.kind)].toInt() + 1;
    return o;
}

} // namespace

Result<std::unique_ptr<WorkspaceStore>> WorkspaceStore::open(const ConnectionParams& params,
                                                             const QString& actor, Clock clock)
{
    std::unique_ptr<WorkspaceStore> s(new WorkspaceStore);
    // The password stays in memory (never on disk) so worker threads can open their own connections.
    s->m_params = params;
    s->m_actor = actor.isEmpty() ? QStringLiteral("unknown") : actor;
    s->m_clock = std::move(clock);
    if (Status st = s->m_conn.open(params); !st)
        return st.error();
    auto v = Migrations::apply(s->m_conn.db(), params.engine, params.describe());
    if (!v)
        return v.error();
    s->m_schemaVersion = *v;
    auto team = TeamSetup::prefixOf(s->m_conn.db());
    if (!team)
        return team.error();
    s->m_teamPrefix = *team;
    if (!s->m_teamPrefix.isEmpty()) {
        QSqlQuery q(s->m_conn.db());
        if (!q.exec(QStringLiteral("SELECT session_user")) || !q.next())
            return sqlError(q, tr("Reading who is signed in"));
        s->m_actor = q.value(0).toString();
    }
    return s;
}

WorkspaceStore::~WorkspaceStore() = default;

QDateTime WorkspaceStore::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}

QDate WorkspaceStore::today() const
{
    return now().toLocalTime().date();
}

Result<QString> WorkspaceStore::insertRequest(QSqlDatabase db, const NewRequest& in)
{
    auto region = phoneRegion();
    if (!region)
        return region.error();
    if (Status s = Validation::checkNewRequest(in, today(), *region); !s)
        return s.error();
    if (!in.establishedIn.trimmed().isEmpty()) {
        if (Status s = HolidayCalendars::checkFits(in.regulation, in.establishedIn); !s)
            return makeError(s.error().code, tr("established in: %1").arg(s.error().message));
    }
    QList<Identity> ids;
    for (const Identity& i : in.identities) {
        Identity n = Validation::normalizeIdentity(i, *region).value();
        if (!ids.contains(n))
            ids << n;
    }
    QSqlQuery q(db);
    // Two desks adding a request at once on a shared PostgreSQL workspace would both read the same highest
    // number; the transaction-scoped lock makes the second wait for the first to commit, so numbers stay
    // unique and gap-free instead of one desk failing on the unique constraint.
    if (db.driverName() == QLatin1String("QPSQL") &&
        !run(q, QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(kRequestNumberingLock), {}))
        return sqlError(q, tr("Numbering the request"));
    const int year = in.received.year();
    if (!run(q, QStringLiteral("SELECT COALESCE(MAX(seq), 0) + 1 FROM requests WHERE year = ?"), {year}) ||
        !q.next())
        return sqlError(q, tr("Numbering the request"));
    const int seq = q.value(0).toInt();
    const QString humanId = QStringLiteral("R-%1-%2").arg(year).arg(seq, 4, 10, QLatin1Char('0'));

    if (!run(q, QStringLiteral("INSERT INTO subjects (display_name) VALUES (?) RETURNING id"),
             {in.subjectName.trimmed()}) ||
        !q.next())
        return sqlError(q, tr("Saving the subject"));
    const qint64 subjectId = q.value(0).toLongLong();
    for (const Identity& i : ids) {
        if (!run(q, QStringLiteral("INSERT INTO identities (subject_id, kind, value) VALUES (?, ?, ?)"),
                 {subjectId, Names::key(i.kind), i.value}))
            return sqlError(q, tr("Saving an identity"));
    }
    const QString t = isoTime(now());
    if (!run(q,
             QStringLiteral(
                 "INSERT INTO requests (human_id, year, seq, type, regulation, received_date, status, "
                 "assignee, subject_id, created_at, updated_at, established_in) VALUES (?, ?, ?, ?, ?, ?, ?, "
                 "?, ?, ?, ?, ?) RETURNING id"),
             {humanId, year, seq, Names::key(in.type), Names::key(in.regulation), isoDate(in.received),
              Names::key(RequestStatus::New), in.assignee.trimmed(), subjectId, t, t,
              in.establishedIn.trimmed().toUpper()}) ||
        !q.next())
        return sqlError(q, tr("Saving the request"));
    const qint64 requestId = q.value(0).toLongLong();
    QStringList products;
    for (const QString& p : in.products) {
        if (products.contains(p.trimmed()))
            continue;
        products << p.trimmed();
        if (!run(q, QStringLiteral("INSERT INTO request_products (request_id, product) VALUES (?, ?)"),
                 {requestId, p.trimmed()}))
            return sqlError(q, tr("Saving the products in scope"));
    }
    auto settings = readDeadlineSettings(db);
    if (!settings)
        return settings.error();
    DeadlineInput din{in.regulation, in.received, false, {}, in.type};
    din.calendar = HolidayCalendars::forRegulation(in.regulation, in.establishedIn.trimmed().toUpper(),
                                                   settings->establishedIn);
    din.gdprClock = settings->gdprClock;
    const Deadline d = Deadlines::compute(din, today());
    QJsonObject details{{QStringLiteral("type"), Names::key(in.type)},
                        {QStringLiteral("regulation"), Names::key(in.regulation)},
                        {QStringLiteral("received"), isoDate(in.received)},
                        {QStringLiteral("due"), isoDate(d.due)},
                        {QStringLiteral("identities"), identityCounts(ids)},
                        {QStringLiteral("products"), QJsonArray::fromStringList(products)},
                        {QStringLiteral("assignee"), in.assignee.trimmed()}};
    if (!in.establishedIn.trimmed().isEmpty())
        details[QStringLiteral("established_in")] = in.establishedIn.trimmed().toUpper();
    // Its place in the urgency order the server pages the queue by (DueKeys), from the deadline just
    // computed with the same settings (a new request: no clock stop, no extension).
    RequestSummary row;
    row.status = RequestStatus::New;
    row.due = d.due;
    row.clockStopped = d.clockStopped;
    if (!run(q, QStringLiteral("UPDATE requests SET due_key = ?, due_digest = ? WHERE id = ?"),
             {DueKeys::storedKey(row), DueKeys::digest(*settings), requestId}))
        return sqlError(q, tr("Saving the request"));
    // And by subject and assignee (SortKeys), from what was just stored.
    if (Status s = SortKeys::refresh(db, requestId); !s)
        return s.error();
    if (auto e = audit().append(m_actor, QStringLiteral("request.create"), humanId, details, now()); !e)
        return e.error();
    return humanId;
}

Result<Request> WorkspaceStore::addRequest(const NewRequest& in)
{
    auto id = inTransaction<QString>([&](QSqlDatabase db) { return insertRequest(db, in); });
    if (!id)
        return id.error();
    return load(*id);
}

Result<QStringList> WorkspaceStore::addRequests(const QList<NewRequest>& batch)
{
    return inTransaction<QStringList>([&](QSqlDatabase db) -> Result<QStringList> {
        QStringList ids;
        ids.reserve(batch.size());
        for (int i = 0; i < batch.size(); ++i) {
            auto id = insertRequest(db, batch[i]);
            if (!id)
                return makeError(
                    id.error().code,
                    tr("Request %1 of %2: %3").arg(i + 1).arg(batch.size()).arg(id.error().message));
            ids << *id;
        }
        return ids;
    });
}

Result<Request> WorkspaceStore::request(const QString& humanId) const
{
    return load(humanId.trimmed().toUpper());
}

Result<Request> WorkspaceStore::load(const QString& humanId) const
{
    QSqlDatabase db = m_conn.db();
    QSqlQuery q(db);
    if (!run(q,
             QStringLiteral(
                 "SELECT r.id, r.human_id, r.type, r.regulation, r.received_date, r.status, "
                 "r.denial_reason, r.extended, r.extension_reason, r.assignee, r.subject_id, "
                 "s.display_name, r.created_at, r.updated_at, r.denial_code, r.exemption, r.withheld, "
                 "r.withheld_reason, r.fee_amount, r.fee_currency, r.fee_reason, r.established_in, "
                 "r.closed_at, r.version FROM requests r JOIN subjects s ON s.id = r.subject_id WHERE "
                 "r.human_id = ?"),
             {humanId}))
        return sqlError(q, tr("Reading request %1").arg(humanId));
    if (!q.next())
        return makeError(Error::Code::NotFound, tr("There is no request %1 in this workspace.").arg(humanId));
    Request r;
    r.id = q.value(0).toLongLong();
    r.humanId = q.value(1).toString();
    const auto type = Names::parseType(q.value(2).toString());
    const auto reg = Names::parseRegulation(q.value(3).toString());
    const auto status = Names::parseStatus(q.value(5).toString());
    if (!type || !reg || !status) {
        return makeError(
            Error::Code::Storage,
            tr("Request %1 has an unknown type, regulation or status in the "
               "database (\"%2\", \"%3\", \"%4\").")
                .arg(humanId, q.value(2).toString(), q.value(3).toString(), q.value(5).toString()));
    }
    r.type = *type;
    r.regulation = *reg;
    r.received = QDate::fromString(q.value(4).toString(), Qt::ISODate);
    r.status = *status;
    r.denialReason = q.value(6).toString();
    r.extended = q.value(7).toInt() != 0;
    r.extensionReason = q.value(8).toString();
    r.assignee = q.value(9).toString();
    r.subjectId = q.value(10).toLongLong();
    r.subjectName = q.value(11).toString();
    r.createdAt = parseTime(q.value(12).toString());
    r.updatedAt = parseTime(q.value(13).toString());
    r.denialCode = Names::parseDenialCode(q.value(14).toString()); // empty before reason codes existed
    r.exemption = q.value(15).toString();
    r.withheld = q.value(16).toString();
    r.withheldReason = q.value(17).toString();
    r.fee.amount = q.value(18).toString();
    r.fee.currency = q.value(19).toString();
    r.fee.reason = Names::parseFeeReason(q.value(20).toString()).value_or(FeeReason::UnfoundedOrExcessive);
    r.establishedIn = q.value(21).toString();
    auto settings = readDeadlineSettings(db);
    if (!settings)
        return settings.error();
    r.settings = *settings;
    if (!q.value(22).isNull() && !q.value(22).toString().isEmpty())
        r.closedAt = parseTime(q.value(22).toString());
    r.version = q.value(23).toLongLong();

    if (!run(q, QStringLiteral("SELECT kind, value FROM identities WHERE subject_id = ? ORDER BY id"),
             {r.subjectId}))
        return sqlError(q, tr("Reading identities"));
    while (q.next()) {
        if (auto k = Names::parseIdentityKind(q.value(0).toString()))
            r.identities << Identity{*k, q.value(1).toString()};
    }
    if (!run(q, QStringLiteral("SELECT product FROM request_products WHERE request_id = ? ORDER BY product"),
             {r.id}))
        return sqlError(q, tr("Reading products"));
    while (q.next())
        r.products << q.value(0).toString();
    if (!run(q,
             QStringLiteral(
                 "SELECT stopped_on, restarted_on, kind, resume_status FROM clock_stops WHERE request_id = ? "
                 "ORDER BY id"),
             {r.id}))
        return sqlError(q, tr("Reading clock stops"));
    while (q.next()) {
        r.stops << ClockStop{QDate::fromString(q.value(0).toString(), Qt::ISODate),
                             QDate::fromString(q.value(1).toString(), Qt::ISODate)};
        if (q.value(1).isNull() && q.value(2).toString() == QLatin1String("clarification"))
            r.resumeStatus = Names::parseStatus(q.value(3).toString());
    }
    if (!run(
            q,
            QStringLiteral("SELECT id, created_at, author, body FROM notes WHERE request_id = ? ORDER BY id"),
            {r.id}))
        return sqlError(q, tr("Reading notes"));
    while (q.next())
        r.notes << Note{q.value(0).toLongLong(), parseTime(q.value(1).toString()), q.value(2).toString(),
                        q.value(3).toString()};
    return r;
}

Result<QList<RequestSummary>> WorkspaceStore::summaries(qint64 afterId, int limit) const
{
    return loadSummaries(m_conn.db(), today(), afterId, limit);
}

Result<QList<RequestSummary>> WorkspaceStore::loadSummaries(QSqlDatabase db, QDate today, qint64 afterId,
                                                            int limit)
{
    auto page =
        QueueQuery::read(db, today, QueueFilter{}, QueueQuery::Order::Id, QueueCursor{{}, afterId}, limit);
    if (!page)
        return page.error();
    return std::move(page->rows);
}

namespace {

// The steps of WorkspaceStore::update: its checks, then what it changes, in its transaction.
struct RequestUpdateSteps
{
    Q_DECLARE_TR_FUNCTIONS(lethe::WorkspaceStore)
public:
    static Status check(const QString& humanId, const Request& cur, const RequestUpdate& u, QDate today);
    static Status identities(const QString& humanId, const Request& cur, const RequestUpdate& u,
                             const QString& region, QList<Identity>& add, QList<Identity>& remove);
    static Status columns(QSqlQuery& q, const Request& cur, const RequestUpdate& u, QStringList& changed,
                          QJsonObject& details);
    static Status products(QSqlQuery& q, const Request& cur, const RequestUpdate& u, QStringList& changed,
                           QJsonObject& details);
    static Status identityRows(QSqlQuery& q, const Request& cur, const QList<Identity>& add,
                               const QList<Identity>& remove, QStringList& changed, QJsonObject& details);
};

// The request may still change, and the new values are valid and fit together.
Status RequestUpdateSteps::check(const QString& humanId, const Request& cur, const RequestUpdate& u,
                                 QDate today)
{
    if (StateMachine::isFinal(cur.status)) {
        return makeError(Error::Code::IllegalState,
                         tr("%1 is %2 and can no longer be changed; add a note instead.")
                             .arg(humanId, Names::display(cur.status)));
    }
    if (u.received) {
        if (Status s = Validation::checkReceived(*u.received, today); !s)
            return s.error();
    }
    if (u.assignee) {
        if (Status s = Validation::checkAssignee(*u.assignee); !s)
            return s.error();
    }
    if (u.products) {
        for (const QString& p : *u.products) {
            if (Status s = Validation::checkProduct(p); !s)
                return s.error();
        }
    }
    // A changed type or law must fit together; a request stored before the types per law keeps its type until
    // one of them changes.
    if ((u.type && *u.type != cur.type) || (u.regulation && *u.regulation != cur.regulation)) {
        if (Status s =
                Validation::checkTypeForLaw(u.regulation.value_or(cur.regulation), u.type.value_or(cur.type));
            !s)
            return s.error();
        // A request that needs no verification has no identity stop (StateMachine): it cannot become one
        // while it waits for an identity.
        if (cur.status == RequestStatus::AwaitingIdentity &&
            Names::needsNoVerification(u.regulation.value_or(cur.regulation), u.type.value_or(cur.type)))
            return makeError(
                Error::Code::IllegalState,
                tr("%1 is %2, and a %3 %4 request need not be verified; move it on (to %5, %6 or "
                   "%7) before changing its type or law.")
                    .arg(humanId, Names::display(cur.status),
                         Names::display(u.regulation.value_or(cur.regulation)),
                         Names::key(u.type.value_or(cur.type)), Names::display(RequestStatus::Verified),
                         Names::display(RequestStatus::Denied), Names::display(RequestStatus::Cancelled)));
    }
    if (u.establishedIn && !u.establishedIn->trimmed().isEmpty()) {
        if (Status s = HolidayCalendars::checkFits(u.regulation.value_or(cur.regulation), *u.establishedIn);
            !s)
            return makeError(s.error().code, tr("established in: %1").arg(s.error().message));
    }
    return {};
}

// The identities to add and to remove, normalised; at least one is left.
Status RequestUpdateSteps::identities(const QString& humanId, const Request& cur, const RequestUpdate& u,
                                      const QString& region, QList<Identity>& add, QList<Identity>& remove)
{
    for (const Identity& i : u.addIdentities) {
        auto n = Validation::normalizeIdentity(i, region);
        if (!n)
            return n.error();
        if (!cur.identities.contains(*n) && !add.contains(*n))
            add << *n;
    }
    for (const Identity& i : u.removeIdentities) {
        auto n = Validation::normalizeIdentity(i, region);
        // A value an earlier version accepted and this one refuses (a phone number outside its country's
        // numbering plan) can still be removed, as it is stored.
        if (const Identity stored{i.kind, i.value.trimmed()}; !n && cur.identities.contains(stored)) {
            remove << stored;
            continue;
        }
        if (!n)
            return n.error();
        if (!cur.identities.contains(*n)) {
            return makeError(
                Error::Code::InvalidInput,
                tr("identity: %1 has no %2 \"%3\" to remove.").arg(humanId, Names::key(n->kind), i.value));
        }
        remove << *n;
    }
    if (cur.identities.size() + add.size() - remove.size() <= 0) {
        return makeError(
            Error::Code::InvalidInput,
            tr("identities: %1 would be left without any identity; add one before removing the last.")
                .arg(humanId));
    }
    return {};
}

// The request's own columns and the subject's name, where the update changes them.
Status RequestUpdateSteps::columns(QSqlQuery& q, const Request& cur, const RequestUpdate& u,
                                   QStringList& changed, QJsonObject& details)
{
    auto setColumn = [&](const char* column, const QVariant& value, const QString& field) -> bool {
        changed << field;
        return run(q, QStringLiteral("UPDATE requests SET %1 = ? WHERE id = ?").arg(QLatin1String(column)),
                   {value, cur.id});
    };
    if (u.type && *u.type != cur.type) {
        details[QStringLiteral("type")] = Names::key(*u.type);
        if (!setColumn("type", Names::key(*u.type), QStringLiteral("type")))
            return sqlError(q, tr("Updating the type"));
    }
    if (u.regulation && *u.regulation != cur.regulation) {
        details[QStringLiteral("regulation")] = Names::key(*u.regulation);
        if (!setColumn("regulation", Names::key(*u.regulation), QStringLiteral("regulation")))
            return sqlError(q, tr("Updating the regulation"));
    }
    if (u.received && *u.received != cur.received) {
        details[QStringLiteral("received")] = isoDate(*u.received);
        if (!setColumn("received_date", isoDate(*u.received), QStringLiteral("received")))
            return sqlError(q, tr("Updating the received date"));
    }
    if (u.establishedIn && u.establishedIn->trimmed().toUpper() != cur.establishedIn) {
        const QString e = u.establishedIn->trimmed().toUpper();
        details[QStringLiteral("established_in")] = e;
        if (!setColumn("established_in", e, QStringLiteral("established-in")))
            return sqlError(q, tr("Updating the calendar"));
    }
    if (u.assignee && u.assignee->trimmed() != cur.assignee) {
        details[QStringLiteral("assignee")] = u.assignee->trimmed();
        if (!setColumn("assignee", u.assignee->trimmed(), QStringLiteral("assignee")))
            return sqlError(q, tr("Updating the assignee"));
    }
    if (u.subjectName && u.subjectName->trimmed() != cur.subjectName) {
        changed << QStringLiteral("subject-name");
        if (!run(q, QStringLiteral("UPDATE subjects SET display_name = ? WHERE id = ?"),
                 {u.subjectName->trimmed(), cur.subjectId}))
            return sqlError(q, tr("Updating the subject's name"));
    }
    return {};
}

Status RequestUpdateSteps::products(QSqlQuery& q, const Request& cur, const RequestUpdate& u,
                                    QStringList& changed, QJsonObject& details)
{
    if (!u.products)
        return {};
    QStringList wanted;
    for (const QString& p : *u.products) {
        if (!wanted.contains(p.trimmed()))
            wanted << p.trimmed();
    }
    wanted.sort();
    if (wanted != cur.products) {
        changed << QStringLiteral("products");
        details[QStringLiteral("products")] = QJsonArray::fromStringList(wanted);
        if (!run(q, QStringLiteral("DELETE FROM request_products WHERE request_id = ?"), {cur.id}))
            return sqlError(q, tr("Updating the products"));
        for (const QString& p : wanted) {
            if (!run(q, QStringLiteral("INSERT INTO request_products (request_id, product) VALUES (?, ?)"),
                     {cur.id, p}))
                return sqlError(q, tr("Updating the products"));
        }
    }
    return {};
}

Status RequestUpdateSteps::identityRows(QSqlQuery& q, const Request& cur, const QList<Identity>& add,
                                        const QList<Identity>& remove, QStringList& changed,
                                        QJsonObject& details)
{
    for (const Identity& i : add) {
        if (!run(q, QStringLiteral("INSERT INTO identities (subject_id, kind, value) VALUES (?, ?, ?)"),
                 {cur.subjectId, Names::key(i.kind), i.value}))
            return sqlError(q, tr("Adding an identity"));
    }
    for (const Identity& i : remove) {
        if (!run(q, QStringLiteral("DELETE FROM identities WHERE subject_id = ? AND kind = ? AND value = ?"),
                 {cur.subjectId, Names::key(i.kind), i.value}))
            return sqlError(q, tr("Removing an identity"));
    }
    if (!add.isEmpty()) {
        changed << QStringLiteral("identities");
        details[QStringLiteral("identities_added")] = identityCounts(add);
    }
    if (!remove.isEmpty()) {
        if (!changed.contains(QStringLiteral("identities")))
            changed << QStringLiteral("identities");
        details[QStringLiteral("identities_removed")] = identityCounts(remove);
    }
    return {};
}

} // namespace

Result<Request> WorkspaceStore::update(const QString& humanIdIn, const RequestUpdate& u, qint64 ifVersion)
{
    const QString humanId = humanIdIn.trimmed().toUpper();
    auto current = load(humanId);
    if (!current)
        return current;
    const Request& cur = *current;
    if (Status s = checkVersion(cur, ifVersion); !s)
        return s.error();
    if (Status s = RequestUpdateSteps::check(humanId, cur, u, today()); !s)
        return s.error();
    auto region = phoneRegion();
    if (!region)
        return region.error();
    QList<Identity> add, remove;
    if (Status s = RequestUpdateSteps::identities(humanId, cur, u, *region, add, remove); !s)
        return s.error();

    auto r = inTransaction<Request>([&](QSqlDatabase db) -> Result<Request> {
        QSqlQuery q(db);
        QStringList changed;
        QJsonObject details;
        if (Status s = RequestUpdateSteps::columns(q, cur, u, changed, details); !s)
            return s.error();
        if (Status s = RequestUpdateSteps::products(q, cur, u, changed, details); !s)
            return s.error();
        if (Status s = RequestUpdateSteps::identityRows(q, cur, add, remove, changed, details); !s)
            return s.error();
        if (changed.isEmpty())
            return Request{};
        if (Status s = claimVersion(db, cur, ifVersion); !s)
            return s.error();
        details[QStringLiteral("changed")] = QJsonArray::fromStringList(changed);
        if (Status s = recordChange(q, cur.id, humanId, QStringLiteral("request.update"), details); !s)
            return s.error();
        return Request{};
    });
    if (!r)
        return r;
    return load(humanId);
}

Result<Request> WorkspaceStore::transition(const QString& humanIdIn, RequestStatus to, const QString& reason,
                                           qint64 ifVersion)
{
    return transition(humanIdIn, to, Outcome{reason, {}, {}, {}, {}}, ifVersion);
}

Result<Request> WorkspaceStore::transition(const QString& humanIdIn, RequestStatus to, const Outcome& outcome,
                                           qint64 ifVersion)
{
    const QString humanId = humanIdIn.trimmed().toUpper();
    auto current = load(humanId);
    if (!current)
        return current;
    const Request& cur = *current;
    if (Status s = checkVersion(cur, ifVersion); !s)
        return s.error();
    if (Status s = StateMachine::check(cur, to, outcome); !s)
        return s.error();
    const QString reason = outcome.reason.trimmed();
    const bool denied = to == RequestStatus::Denied;
    const bool completed = to == RequestStatus::Completed;
    const QString day = isoDate(today());
    auto r = inTransaction<Request>([&](QSqlDatabase db) -> Result<Request> {
        if (Status s = claimVersion(db, cur, ifVersion); !s)
            return s.error();
        QSqlQuery q(db);
        // closed_at: the day the request was answered or withdrawn, which the yearly metrics count from.
        // Final statuses cannot be left, so it is written once.
        if (!run(q,
                 QStringLiteral(
                     "UPDATE requests SET status = ?, denial_reason = ?, denial_code = ?, exemption = ?, "
                     "withheld = ?, withheld_reason = ?, closed_at = ? WHERE id = ?"),
                 {Names::key(to), denied ? reason : QString(),
                  denied ? Names::key(*outcome.denialCode) : QString(),
                  denied ? outcome.exemption.trimmed() : QString(),
                  completed ? outcome.withheld.trimmed() : QString(),
                  completed ? outcome.withheldReason.trimmed() : QString(),
                  StateMachine::isFinal(to) ? QVariant(isoTime(now())) : QVariant(), cur.id}))
            return sqlError(q, tr("Changing the status"));
        QJsonObject details{{QStringLiteral("from"), Names::key(cur.status)},
                            {QStringLiteral("to"), Names::key(to)}};
        // Codes and lengths only: the texts may name the subject or others.
        if (denied) {
            details[QStringLiteral("denial_code")] = Names::key(*outcome.denialCode);
            if (!outcome.exemption.trimmed().isEmpty())
                details[QStringLiteral("exemption_length")] = int(outcome.exemption.trimmed().size());
        }
        if (completed) {
            const bool partial = !outcome.withheld.trimmed().isEmpty();
            details[QStringLiteral("in_part")] = partial;
            if (partial) {
                details[QStringLiteral("withheld_length")] = int(outcome.withheld.trimmed().size());
                details[QStringLiteral("withheld_reason_length")] =
                    int(outcome.withheldReason.trimmed().size());
            }
        }
        if (StateMachine::stopsClock(to)) {
            const QString kind = to == RequestStatus::AwaitingIdentity ? QStringLiteral("identity")
                                                                       : QStringLiteral("clarification");
            if (!run(q,
                     QStringLiteral("INSERT INTO clock_stops (request_id, stopped_on, kind, resume_status) "
                                    "VALUES (?, ?, ?, ?)"),
                     {cur.id, day, kind, Names::key(cur.status)}))
                return sqlError(q, tr("Stopping the clock"));
            details[QStringLiteral("clock")] = QStringLiteral("stopped");
            details[QStringLiteral("stop")] = kind;
        } else if (StateMachine::stopsClock(cur.status)) {
            if (!run(q,
                     QStringLiteral(
                         "UPDATE clock_stops SET restarted_on = ? WHERE request_id = ? AND restarted_on IS "
                         "NULL"),
                     {day, cur.id}))
                return sqlError(q, tr("Restarting the clock"));
            details[QStringLiteral("clock")] = QStringLiteral("restarted");
        }
        if (!reason.isEmpty())
            details[QStringLiteral("reason_length")] = int(reason.size());
        if (Status s = recordChange(q, cur.id, humanId, QStringLiteral("request.transition"), details); !s)
            return s.error();
        return Request{};
    });
    if (!r)
        return r;
    return load(humanId);
}

Result<Request> WorkspaceStore::extend(const QString& humanIdIn, const QString& reason, qint64 ifVersion)
{
    const QString humanId = humanIdIn.trimmed().toUpper();
    auto current = load(humanId);
    if (!current)
        return current;
    const Request& cur = *current;
    if (Status s = checkVersion(cur, ifVersion); !s)
        return s.error();
    if (StateMachine::isFinal(cur.status)) {
        return makeError(
            Error::Code::IllegalState,
            tr("%1 is %2; only open requests can be extended.").arg(humanId, Names::display(cur.status)));
    }
    if (cur.extended) {
        return makeError(Error::Code::Conflict,
                         tr("%1 was already extended once (\"%2\"); the law allows one "
                            "extension.")
                             .arg(humanId, cur.extensionReason));
    }
    if (!Deadlines::allowsExtension(cur.regulation, cur.type)) {
        return makeError(
            Error::Code::IllegalState,
            tr("%1 is a %2 %3 request: the law gives no extension for it (15 business days, 11 CCR "
               "7026(f), 7027(g)).")
                .arg(humanId, Names::display(cur.regulation), Names::lawKey(cur.type, cur.regulation)));
    }
    if (reason.trimmed().isEmpty()) {
        return makeError(Error::Code::InvalidInput,
                         tr("reason: an extension needs a reason; the subject must be told why."));
    }
    const Deadline before = cur.deadline(today());
    if (today() > before.due) {
        return makeError(Error::Code::IllegalState,
                         tr("%1 was due on %2: an extension must be notified within the first period.")
                             .arg(humanId, isoDate(before.due)));
    }
    Request ext = cur;
    ext.extended = true;
    const Deadline after = ext.deadline(today());
    auto r = inTransaction<Request>([&](QSqlDatabase db) -> Result<Request> {
        if (Status s = claimVersion(db, cur, ifVersion); !s)
            return s.error();
        QSqlQuery q(db);
        if (!run(q, QStringLiteral("UPDATE requests SET extended = 1, extension_reason = ? WHERE id = ?"),
                 {reason.trimmed(), cur.id}))
            return sqlError(q, tr("Extending the request"));
        const QJsonObject details{{QStringLiteral("due_before"), isoDate(before.due)},
                                  {QStringLiteral("due_after"), isoDate(after.due)},
                                  {QStringLiteral("reason_length"), int(reason.trimmed().size())}};
        if (Status s = recordChange(q, cur.id, humanId, QStringLiteral("request.extend"), details); !s)
            return s.error();
        return Request{};
    });
    if (!r)
        return r;
    return load(humanId);
}

Result<Request> WorkspaceStore::setFee(const QString& humanIdIn, const Fee& in, qint64 ifVersion)
{
    const QString humanId = humanIdIn.trimmed().toUpper();
    auto current = load(humanId);
    if (!current)
        return current;
    const Request& cur = *current;
    if (Status s = checkVersion(cur, ifVersion); !s)
        return s.error();
    Fee fee = in;
    fee.amount = fee.amount.trimmed();
    fee.currency = fee.currency.trimmed().toUpper();
    if (Status s = Validation::checkFee(fee, cur.regulation, cur.type); !s)
        return s.error();
    auto r = inTransaction<Request>([&](QSqlDatabase db) -> Result<Request> {
        if (Status s = claimVersion(db, cur, ifVersion); !s)
            return s.error();
        QSqlQuery q(db);
        if (!run(q,
                 QStringLiteral(
                     "UPDATE requests SET fee_amount = ?, fee_currency = ?, fee_reason = ? WHERE id = ?"),
                 {fee.amount, fee.currency, Names::key(fee.reason), cur.id}))
            return sqlError(q, tr("Recording the fee"));
        const QJsonObject details{{QStringLiteral("amount"), fee.amount},
                                  {QStringLiteral("currency"), fee.currency},
                                  {QStringLiteral("reason"), Names::key(fee.reason)}};
        if (Status s = recordChange(q, cur.id, humanId, QStringLiteral("request.fee"), details); !s)
            return s.error();
        return Request{};
    });
    if (!r)
        return r;
    return load(humanId);
}

Result<qint64> WorkspaceStore::requestCount() const
{
    QSqlQuery q(m_conn.db());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM requests")) || !q.next())
        return sqlError(q, tr("Counting requests"));
    return q.value(0).toLongLong();
}

Result<AuditEvent> WorkspaceStore::record(const QString& action, const QString& requestId,
                                          const QJsonObject& details)
{
    return inTransaction<AuditEvent>(
        [&](QSqlDatabase) { return audit().append(m_actor, action, requestId, details, now()); });
}
} // namespace lethe
