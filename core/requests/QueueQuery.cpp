#include "QueueQuery.h"

#include "DueKeys.h"
#include "StateMachine.h"
#include "StoreSql.h"
#include "TeamSetup.h"
#include "WorkspaceStore.h"

#include <QHash>
#include <QSqlQuery>

namespace lethe {

using storesql::run;
using storesql::sqlError;

namespace {

// The columns a queue row is made of; the last one is the page's order key.
// The subject's name and first identity by their ids for the rows of the page only: no join, so a page is
// read through the requests' indexes alone and the server never scans the subjects for it.
const QLatin1String kColumns(
    "SELECT r.id, r.human_id, r.type, r.regulation, r.status, r.received_date, r.extended, r.assignee, "
    "(SELECT s.display_name FROM subjects s WHERE s.id = r.subject_id), (SELECT i.value FROM identities i "
    "WHERE i.subject_id = r.subject_id ORDER BY i.id LIMIT 1), r.established_in, r.version, r.due_key, "
    "r.year, r.seq, r.subject_key, r.assignee_key FROM requests r");

// Runs a statement of kColumns and makes its rows.
Result<QueueQuery::Page> readRows(QSqlDatabase db, QDate today, const QueueQuery::Statement& st,
                                  QueueQuery::Order order)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!run(q, st.sql, st.values))
        return sqlError(q, QueueQuery::tr("Reading the queue"));
    QueueQuery::Page page;
    QHash<qint64, QString> establishedIn; // the requests that override the workspace's calendar
    QString lastKey;
    qint64 lastDueKey = 0, lastYear = 0, lastSeq = 0;
    QByteArray lastSubjectKey, lastAssigneeKey;
    while (q.next()) {
        RequestSummary s;
        s.id = q.value(0).toLongLong();
        s.humanId = q.value(1).toString();
        s.type = Names::parseType(q.value(2).toString()).value_or(RequestType::Access);
        s.regulation = Names::parseRegulation(q.value(3).toString()).value_or(Regulation::Other);
        s.status = Names::parseStatus(q.value(4).toString()).value_or(RequestStatus::New);
        lastKey = q.value(5).toString();
        s.received = QDate::fromString(lastKey, Qt::ISODate);
        s.extended = q.value(6).toInt() != 0;
        s.assignee = q.value(7).toString();
        s.subjectName = q.value(8).toString();
        s.primaryIdentity = q.value(9).toString();
        if (const QString e = q.value(10).toString(); !e.isEmpty())
            establishedIn.insert(s.id, e);
        s.version = q.value(11).toLongLong();
        lastDueKey = q.value(12).toLongLong();
        lastYear = q.value(13).toLongLong();
        lastSeq = q.value(14).toLongLong();
        lastSubjectKey = q.value(15).toByteArray();
        lastAssigneeKey = q.value(16).toByteArray();
        page.rows << s;
    }
    if (page.rows.isEmpty())
        return page;
    const bool byReceived =
        order == QueueQuery::Order::Received || order == QueueQuery::Order::ReceivedDescending;
    const RequestSummary& last = page.rows.last();
    qint64 rank = 0;
    if (order == QueueQuery::Order::Status || order == QueueQuery::Order::StatusDescending)
        rank = int(last.status);
    else if (order == QueueQuery::Order::Type || order == QueueQuery::Order::TypeDescending)
        rank = int(last.type);
    else if (order == QueueQuery::Order::Regulation || order == QueueQuery::Order::RegulationDescending)
        rank = int(last.regulation);
    page.last = QueueCursor{byReceived ? lastKey : QString(), last.id, lastDueKey, lastYear, lastSeq, rank};
    if (order == QueueQuery::Order::Subject || order == QueueQuery::Order::SubjectDescending)
        page.last->sortKey = lastSubjectKey;
    else if (order == QueueQuery::Order::Assignee || order == QueueQuery::Order::AssigneeDescending)
        page.last->sortKey = lastAssigneeKey;
    if (Status s = DueKeys::computeDeadlines(db, today, page.rows, establishedIn); !s)
        return s.error();
    return page;
}

} // namespace

QString QueueQuery::containsPattern(const QString& text)
{
    QString escaped;
    escaped.reserve(text.size() + 8);
    for (const QChar c : text) {
        if (c == QLatin1Char('\\') || c == QLatin1Char('%') || c == QLatin1Char('_'))
            escaped += QLatin1Char('\\');
        escaped += c;
    }
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

QueueQuery::Statement QueueQuery::where(const QueueFilter& f)
{
    return where(f, QStringLiteral("r"));
}

QueueQuery::Statement QueueQuery::where(const QueueFilter& f, const QString& alias)
{
    QStringList terms;
    QVariantList values;
    const auto col = [&alias](const char* name) { return alias + QLatin1Char('.') + QLatin1String(name); };
    if (f.status) {
        terms << col("status") + QStringLiteral(" = ?");
        values << Names::key(*f.status);
    }
    if (f.type) {
        terms << col("type") + QStringLiteral(" = ?");
        values << Names::key(*f.type);
    }
    if (f.regulation) {
        terms << col("regulation") + QStringLiteral(" = ?");
        values << Names::key(*f.regulation);
    }
    if (f.assignee) {
        terms << col("assignee") + QStringLiteral(" = ?");
        values << (f.assignee->isNull() ? QStringLiteral("") : *f.assignee);
    }
    if (f.openOnly) {
        QStringList finals;
        for (RequestStatus s : Names::allStatuses()) {
            if (StateMachine::isFinal(s)) {
                finals << QStringLiteral("?");
                values << Names::key(s);
            }
        }
        terms << col("status") + QStringLiteral(" NOT IN (%1)").arg(finals.join(QLatin1Char(',')));
    }
    if (const QString text = f.text.trimmed(); !text.isEmpty()) {
        // As QueueFilter::accepts: the id, the subject's name, the first identity, the assignee.
        // lower() on both sides rather than PostgreSQL's ILIKE: a third faster on a million rows, and one
        // statement for both engines (SQLite's lower() folds ASCII letters only, as its LIKE does).
        const QString like = QStringLiteral("LIKE ? ESCAPE '\\'");
        const QString pattern = containsPattern(text.toLower());
        // The subjects' names and first identities (the lowest id of the subject's) through uncorrelated
        // subqueries, which the server reads once each (a hashed subplan), instead of a lookup per request:
        // the identities whose value matches, kept if no identity of their subject comes before them.
        terms << QStringLiteral(
                     "(lower(%2.human_id) %1 OR lower(%2.assignee) %1 OR %2.subject_id IN (SELECT s.id FROM "
                     "subjects s WHERE lower(s.display_name) %1) OR %2.subject_id IN (SELECT i.subject_id "
                     "FROM identities i WHERE lower(i.value) %1 AND NOT EXISTS (SELECT 1 FROM identities j "
                     "WHERE j.subject_id = i.subject_id AND j.id < i.id)))")
                     .arg(like, alias);
        values << pattern << pattern << pattern << pattern;
    }
    if (terms.isEmpty())
        return {QStringLiteral("1 = 1"), {}};
    return {terms.join(QLatin1String(" AND ")), values};
}

namespace {

// The four texts the free-text search compares, each a SELECT of request ids over requests x that the
// server reads through its own trigram index (and the requests by subject), the text's condition last. With
// `grams`, the condition looks the short text up among the text's substrings, through the short indexes, and
// strpos decides (the text twice, as it is: no pattern), as exact as the LIKE.
QStringList searchBranches(bool grams)
{
    const auto like = [grams](const QString& text) {
        // strpos, not LIKE, with the grams: no trigram index can take it, so the planner never reads one from
        // end to end for a text it has nothing to look up in (it did at a million requests, 1.3 s).
        return grams ? QStringLiteral("lethe_search_grams(lower(%1)) @> ARRAY[CAST(? AS TEXT)] AND "
                                      "strpos(lower(%1), CAST(? AS TEXT)) > 0")
                           .arg(text)
                     : QStringLiteral("lower(%1) LIKE ? ESCAPE '\\'").arg(text);
    };
    return {
        QStringLiteral("FROM requests x WHERE %2 %1").arg(like(QStringLiteral("x.human_id"))),
        QStringLiteral("FROM requests x WHERE %2 %1").arg(like(QStringLiteral("x.assignee"))),
        QStringLiteral("FROM requests x JOIN subjects s ON s.id = x.subject_id WHERE %2 %1")
            .arg(like(QStringLiteral("s.display_name"))),
        // The subject's first identity only (the lowest id of the subject's), as QueueFilter::accepts.
        QStringLiteral(
            "FROM requests x JOIN identities i ON i.subject_id = x.subject_id WHERE %2 %1 AND NOT EXISTS "
            "(SELECT 1 FROM identities j WHERE j.subject_id = i.subject_id AND j.id < i.id)")
            .arg(like(QStringLiteral("i.value"))),
    };
}

// The values of one branch's text condition (searchBranches): the text looked up and found in the text, or
// the LIKE pattern.
QVariantList textValues(const QString& text, bool grams)
{
    const QString lowered = text.trimmed().toLower();
    if (grams)
        return {lowered, lowered};
    return {QueueQuery::containsPattern(lowered)};
}

// Whether `search` looks `text` up in the short indexes.
bool byGrams(QueueQuery::Search search, const QString& text)
{
    return search == QueueQuery::Search::UnionGrams && !QueueQuery::shortGram(text).isEmpty();
}

} // namespace

namespace {

// The enum order of a status, type or regulation order (RequestQueueModel's numericKey): a CASE over the
// stored keys, which are Lethe's own constants; a value it does not know as the queue reads it (readRows).
template <typename E> QString rankCase(const QString& column, const QList<E>& all, E unknown)
{
    QString sql = QStringLiteral("(CASE %1").arg(column);
    for (E e : all) {
        const QString key = Names::key(e);
        Q_ASSERT(!key.contains(QLatin1Char('\'')));
        sql += QStringLiteral(" WHEN '%1' THEN %2").arg(key).arg(int(e));
    }
    return sql + QStringLiteral(" ELSE %1 END)").arg(int(unknown));
}

// The rank expression of a status, type or regulation order over requests `a` (none: the bare column, as
// migration 16's indexes name it); empty for the other orders.
QString rankOf(QueueQuery::Order order, const QString& a)
{
    const auto column = [&a](const char* name) {
        return a.isEmpty() ? QLatin1String(name) : a + QLatin1Char('.') + QLatin1String(name);
    };
    switch (order) {
    case QueueQuery::Order::Status:
    case QueueQuery::Order::StatusDescending:
        return rankCase(column("status"), Names::allStatuses(), RequestStatus::New);
    case QueueQuery::Order::Type:
    case QueueQuery::Order::TypeDescending:
        return rankCase(column("type"), Names::allTypes(), RequestType::Access);
    case QueueQuery::Order::Regulation:
    case QueueQuery::Order::RegulationDescending:
        return rankCase(column("regulation"), Names::allRegulations(), Regulation::Other);
    default:
        return {};
    }
}

// The order's ORDER BY over requests `a`, each matched by an index: migration 12's received dates,
// migration 13's due keys (the descending one an index on (-due_key, id), so its ties stay by id ascending
// and a page still starts at its cursor with one range), the table's unique (year, seq) either way.
QString orderBy(QueueQuery::Order order, const QString& a)
{
    switch (order) {
    case QueueQuery::Order::Id:
        return QStringLiteral(" ORDER BY %1.id").arg(a);
    case QueueQuery::Order::Received:
        return QStringLiteral(" ORDER BY %1.received_date, %1.id").arg(a);
    case QueueQuery::Order::ReceivedDescending:
        return QStringLiteral(" ORDER BY %1.received_date DESC, %1.id").arg(a);
    case QueueQuery::Order::Urgency:
        return QStringLiteral(" ORDER BY %1.due_key, %1.id").arg(a);
    case QueueQuery::Order::UrgencyDescending:
        return QStringLiteral(" ORDER BY (-%1.due_key), %1.id").arg(a);
    case QueueQuery::Order::Number:
        return QStringLiteral(" ORDER BY %1.year, %1.seq").arg(a);
    case QueueQuery::Order::NumberDescending:
        return QStringLiteral(" ORDER BY %1.year DESC, %1.seq DESC").arg(a);
    case QueueQuery::Order::Status:
    case QueueQuery::Order::Type:
    case QueueQuery::Order::Regulation:
        return QStringLiteral(" ORDER BY %1, %2.id").arg(rankOf(order, a), a);
    case QueueQuery::Order::StatusDescending:
    case QueueQuery::Order::TypeDescending:
    case QueueQuery::Order::RegulationDescending:
        return QStringLiteral(" ORDER BY (-%1), %2.id").arg(rankOf(order, a), a);
    case QueueQuery::Order::Subject:
        return QStringLiteral(" ORDER BY %1.subject_key, %1.id").arg(a);
    case QueueQuery::Order::SubjectDescending:
        return QStringLiteral(" ORDER BY %1.subject_key DESC, %1.id").arg(a);
    case QueueQuery::Order::Assignee:
        return QStringLiteral(" ORDER BY %1.assignee_key, %1.id").arg(a);
    case QueueQuery::Order::AssigneeDescending:
        return QStringLiteral(" ORDER BY %1.assignee_key DESC, %1.id").arg(a);
    }
    return {};
}

// Where a page starts: after the cursor in the order, as a row value so the index starts there. `sameKey`:
// only the rest of the cursor's due key.
QueueQuery::Statement keyset(QueueQuery::Order order, const std::optional<QueueCursor>& after,
                             const QString& a, bool sameKey)
{
    if (!after)
        return {};
    switch (order) {
    case QueueQuery::Order::Id:
        return {QStringLiteral(" AND %1.id > ?").arg(a), {after->id}};
    case QueueQuery::Order::Received:
        return {QStringLiteral(" AND (%1.received_date, %1.id) > (?, ?)").arg(a), {after->key, after->id}};
    case QueueQuery::Order::ReceivedDescending:
        // No row value says "before in the date, after in the id"; the first condition alone bounds the
        // index range.
        return {QStringLiteral(" AND %1.received_date <= ? AND (%1.received_date < ? OR %1.id > ?)").arg(a),
                {after->key, after->key, after->id}};
    case QueueQuery::Order::Urgency:
    case QueueQuery::Order::UrgencyDescending:
        if (sameKey)
            return {QStringLiteral(" AND %1.due_key = ? AND %1.id > ?").arg(a), {after->dueKey, after->id}};
        if (order == QueueQuery::Order::Urgency)
            return {QStringLiteral(" AND (%1.due_key, %1.id) > (?, ?)").arg(a), {after->dueKey, after->id}};
        return {QStringLiteral(" AND ((-%1.due_key), %1.id) > (?, ?)").arg(a), {-after->dueKey, after->id}};
    case QueueQuery::Order::Number:
        return {QStringLiteral(" AND (%1.year, %1.seq) > (?, ?)").arg(a), {after->year, after->seq}};
    case QueueQuery::Order::NumberDescending:
        return {QStringLiteral(" AND (%1.year, %1.seq) < (?, ?)").arg(a), {after->year, after->seq}};
    case QueueQuery::Order::Status:
    case QueueQuery::Order::Type:
    case QueueQuery::Order::Regulation:
        return {QStringLiteral(" AND (%1, %2.id) > (?, ?)").arg(rankOf(order, a), a),
                {after->rank, after->id}};
    case QueueQuery::Order::StatusDescending:
    case QueueQuery::Order::TypeDescending:
    case QueueQuery::Order::RegulationDescending:
        return {QStringLiteral(" AND ((-%1), %2.id) > (?, ?)").arg(rankOf(order, a), a),
                {-after->rank, after->id}};
    case QueueQuery::Order::Subject:
    case QueueQuery::Order::Assignee: {
        const QString column = order == QueueQuery::Order::Subject ? QStringLiteral("subject_key")
                                                                   : QStringLiteral("assignee_key");
        return {QStringLiteral(" AND (%1.%2, %1.id) > (?, ?)").arg(a, column), {after->sortKey, after->id}};
    }
    case QueueQuery::Order::SubjectDescending:
    case QueueQuery::Order::AssigneeDescending: {
        const QString column = order == QueueQuery::Order::SubjectDescending ? QStringLiteral("subject_key")
                                                                             : QStringLiteral("assignee_key");
        // As the date received descending: the first condition alone bounds the index range.
        return {QStringLiteral(" AND %1.%2 <= ? AND (%1.%2 < ? OR %1.id > ?)").arg(a, column),
                {after->sortKey, after->sortKey, after->id}};
    }
    }
    return {};
}

} // namespace

QString QueueQuery::rankExpression(Order order, const QString& alias)
{
    return rankOf(order, alias);
}

QueueQuery::Statement QueueQuery::page(const QueueFilter& filter, Order order,
                                       const std::optional<QueueCursor>& after, int limit, Search search,
                                       bool sameKey)
{
    sameKey = sameKey && isUrgency(order) && after;
    if (sameKey)
        limit = 0; // all of them
    if (search != Search::Or && !filter.text.trimmed().isEmpty()) {
        // Each text searched on its own (through its trigram index where there is one), with the other
        // filters and the cursor, at most a page of each in the page's order; the page is the first of their
        // union. The server plans each on its own: a text in many requests is found walking the index on
        // (received_date, id) and stops after a page, a rare one through its trigram index. One OR of the
        // four made PostgreSQL read every request and test each (1.5 to 11 s at a million, minutes for "e").
        QueueFilter rest = filter;
        rest.text.clear();
        const Statement base = where(rest, QStringLiteral("x"));
        const Statement from = keyset(order, after, QStringLiteral("x"), sameKey);
        // At most a page of each, in the page's order (all of each, in no order, for a read of every match).
        QString branchOrder;
        if (limit > 0)
            branchOrder = orderBy(order, QStringLiteral("x")) +
                          QStringLiteral(" LIMIT %1").arg(limit); // a number of ours
        const bool grams = byGrams(search, filter.text);
        const QVariantList text = textValues(filter.text, grams);
        QStringList branches;
        QVariantList values;
        int n = 0;
        for (const QString& branch : searchBranches(grams)) {
            branches << QStringLiteral("SELECT id FROM (SELECT x.id %1%2) b%3")
                            .arg(branch.arg(base.sql + from.sql + QStringLiteral(" AND")), branchOrder)
                            .arg(++n);
            values << base.values << from.values << text;
        }
        QString sql = QString(kColumns) + QStringLiteral(" WHERE r.id IN (") +
                      branches.join(QLatin1String(" UNION ")) + QLatin1Char(')');
        sql += orderBy(order, QStringLiteral("r"));
        if (limit > 0)
            sql += QStringLiteral(" LIMIT %1").arg(limit);
        return {sql, values};
    }
    Statement w = where(filter);
    const Statement from = keyset(order, after, QStringLiteral("r"), sameKey);
    QString sql = QString(kColumns) + QStringLiteral(" WHERE ") + w.sql + from.sql;
    w.values << from.values;
    sql += orderBy(order, QStringLiteral("r"));
    if (limit > 0)
        sql += QStringLiteral(" LIMIT %1").arg(limit); // a number of ours, not a value from outside
    return {sql, w.values};
}

QueueQuery::Statement QueueQuery::countStatement(const QueueFilter& filter, Search search)
{
    const QString from = QStringLiteral("SELECT COUNT(*) FROM requests r WHERE ");
    if (search != Search::Or && !filter.text.trimmed().isEmpty()) {
        // The union of the four texts' matches, each through its index where there is one, then the other
        // filters.
        QueueFilter rest = filter;
        rest.text.clear();
        Statement w = where(rest);
        const bool grams = byGrams(search, filter.text);
        QStringList branches;
        for (const QString& branch : searchBranches(grams)) {
            branches << QStringLiteral("SELECT x.id ") + branch.arg(QString());
            w.values << textValues(filter.text, grams);
        }
        return {from + w.sql + QStringLiteral(" AND r.id IN (") + branches.join(QLatin1String(" UNION ")) +
                    QLatin1Char(')'),
                w.values};
    }
    const Statement w = where(filter);
    return {from + w.sql, w.values};
}

QueueQuery::Search QueueQuery::searchOf(QSqlDatabase db, const QueueFilter& filter)
{
    if (filter.text.trimmed().isEmpty() || db.driverName() != QLatin1String("QPSQL"))
        return Search::Or;
    return !shortGram(filter.text).isEmpty() && hasShortSearchIndexes(db) ? Search::UnionGrams
                                                                          : Search::Union;
}

QString QueueQuery::shortGram(const QString& text)
{
    const QString lowered = text.trimmed().toLower();
    const qsizetype points = lowered.toUcs4().size();
    return points >= 1 && points <= 2 ? lowered : QString();
}

namespace {

// Whether every one of `indexes` exists and is valid (a build CONCURRENTLY that was interrupted leaves an
// invalid one, which no query uses), and the function `function` exists, where named, in the workspace's
// schema on PostgreSQL; false on any other engine.
bool allValid(QSqlDatabase db, const QStringList& indexes, const QString& function = {})
{
    if (db.driverName() != QLatin1String("QPSQL"))
        return false;
    QStringList present;
    QVariantList names;
    for (const QString& r : indexes) {
        present << QStringLiteral("EXISTS (SELECT 1 FROM pg_index WHERE indexrelid = to_regclass(?) AND "
                                  "indisvalid)");
        names << r;
    }
    if (!function.isEmpty()) {
        present << QStringLiteral("to_regprocedure(?) IS NOT NULL");
        names << function;
    }
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + present.join(QLatin1String(" AND ")));
    for (const QVariant& v : names)
        q.addBindValue(v);
    return q.exec() && q.next() && q.value(0).toBool();
}

} // namespace

bool QueueQuery::hasShortSearchIndexes(QSqlDatabase db)
{
    // The function and the indexes TeamSetup::shortSearchIndexes makes, and requests by subject.
    return allValid(db, TeamSetup::shortSearchIndexNames() << QStringLiteral("lethe_search_requests_subject"),
                    QStringLiteral("lethe_search_grams(text)"));
}

bool QueueQuery::hasSearchIndexes(QSqlDatabase db)
{
    // The indexes TeamSetup::searchIndexes makes; none where the extension was not installed, and then the
    // search reads every row, as it does on SQLite.
    return allValid(db, TeamSetup::searchIndexNames());
}

Result<QueueQuery::Page> QueueQuery::read(QSqlDatabase db, QDate today, const QueueFilter& filter,
                                          Order order, const std::optional<QueueCursor>& after, int limit)
{
    return read(db, today, filter, order, after, limit, searchOf(db, filter));
}

Result<QueueQuery::Page> QueueQuery::read(QSqlDatabase db, QDate today, const QueueFilter& filter,
                                          Order order, const std::optional<QueueCursor>& after, int limit,
                                          Search search)
{
    return readRows(db, today, page(filter, order, after, limit, search), order);
}

Result<QueueQuery::Page> QueueQuery::readRestOfKey(QSqlDatabase db, QDate today, const QueueFilter& filter,
                                                   Order order, const QueueCursor& after)
{
    return readRows(db, today, page(filter, order, after, 0, searchOf(db, filter), true), order);
}

Result<qint64> QueueQuery::count(QSqlDatabase db, const QueueFilter& filter)
{
    return count(db, filter, searchOf(db, filter));
}

Result<qint64> QueueQuery::count(QSqlDatabase db, const QueueFilter& filter, Search search)
{
    const Statement st = countStatement(filter, search);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!run(q, st.sql, st.values) || !q.next())
        return sqlError(q, tr("Counting the queue"));
    return q.value(0).toLongLong();
}

Result<QueueQuery::Counts> QueueQuery::counts(QSqlDatabase db, const QueueFilter& filter,
                                              std::optional<qint64> known)
{
    Counts c;
    auto matching = known ? Result<qint64>(*known) : count(db, filter);
    if (!matching)
        return matching.error();
    c.matching = *matching;
    if (filter.isEmpty()) {
        c.total = c.matching;
    } else {
        auto all = count(db, QueueFilter{});
        if (!all)
            return all.error();
        c.total = *all;
    }
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // Through the index on (assignee, received_date, id).
    if (!q.exec(
            QStringLiteral("SELECT DISTINCT assignee FROM requests WHERE assignee <> '' ORDER BY assignee")))
        return sqlError(q, tr("Reading who has requests"));
    while (q.next())
        c.assignees << q.value(0).toString();
    c.assignees.sort(Qt::CaseInsensitive);
    return c;
}

} // namespace lethe
