#include "SortKeys.h"

#include "StoreSql.h"

#include <QSqlQuery>

namespace lethe {

using storesql::run;
using storesql::sqlError;

namespace {

// A request's key texts: its assignee, its subject's name and the subject's first identity (the lowest id);
// then its stored keys.
const QLatin1String kTextColumns("SELECT r.id, r.subject_id, r.assignee, (SELECT s.display_name FROM "
                                 "subjects s WHERE s.id = r.subject_id), "
                                 "(SELECT i.value FROM identities i WHERE i.subject_id = r.subject_id ORDER "
                                 "BY i.id LIMIT 1), r.subject_key, r.assignee_key "
                                 "FROM requests r");

QString bytesType(QSqlDatabase db)
{
    return db.driverName() == QLatin1String("QPSQL") ? QStringLiteral("BYTEA") : QStringLiteral("BLOB");
}

} // namespace

QByteArray SortKeys::key(const QString& text)
{
    const QString folded = text.toCaseFolded();
    QByteArray out;
    out.reserve(1 + 2 * folded.size());
    out.append(char(1));
    for (const QChar c : folded) {
        out.append(char(c.unicode() >> 8));
        out.append(char(c.unicode() & 0xff));
    }
    return out;
}

QString SortKeys::subjectText(const QString& subjectName, const QString& primaryIdentity)
{
    return subjectName.isEmpty() ? primaryIdentity : subjectName;
}

Status SortKeys::refresh(QSqlDatabase db, qint64 requestId)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!run(q, QString(kTextColumns) + QStringLiteral(" WHERE r.id = ?"), {requestId}))
        return sqlError(q, tr("Reading the request's subject and assignee"));
    if (!q.next())
        return {};
    const qint64 subjectId = q.value(1).toLongLong();
    const QByteArray assignee = key(q.value(2).toString());
    const QByteArray subject = key(subjectText(q.value(3).toString(), q.value(4).toString()));
    const bool subjectMoved = q.isNull(5) || q.value(5).toByteArray() != subject;
    const bool assigneeMoved = q.isNull(6) || q.value(6).toByteArray() != assignee;
    q.finish();
    // Only when a key moved: an edit of the type or the date leaves both, and the row is not written again.
    if ((subjectMoved || assigneeMoved) &&
        !run(q, QStringLiteral("UPDATE requests SET assignee_key = ?, subject_key = ? WHERE id = ?"),
             {assignee, subject, requestId}))
        return sqlError(q, tr("Storing the request's place in the queue"));
    // A subject's name and identities are its requests' (Lethe adds one subject per request, but a
    // workspace written otherwise may share one): through the index on requests(subject_id).
    if (subjectMoved &&
        !run(q,
             QStringLiteral("UPDATE requests SET subject_key = ? WHERE subject_id = ? AND id <> ? AND "
                            "(subject_key IS NULL OR subject_key <> ?)"),
             {subject, subjectId, requestId, subject}))
        return sqlError(q, tr("Storing the request's place in the queue"));
    return {};
}

Result<bool> SortKeys::isComplete(QSqlDatabase db, Column column)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // An index probe: the NULL entries of the index on (key, id).
    const QString sql =
        column == Column::Subject
            ? QStringLiteral(
                  "SELECT CASE WHEN EXISTS (SELECT 1 FROM requests WHERE subject_key IS NULL) THEN 0 "
                  "ELSE 1 END")
            : QStringLiteral(
                  "SELECT CASE WHEN EXISTS (SELECT 1 FROM requests WHERE assignee_key IS NULL) THEN "
                  "0 ELSE 1 END");
    if (!run(q, sql, {}) || !q.next())
        return sqlError(q, tr("Checking the stored order of the queue"));
    return q.value(0).toInt() == 1;
}

Result<qint64> SortKeys::missing(QSqlDatabase db)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!run(
            q,
            QStringLiteral("SELECT COUNT(*) FROM requests WHERE subject_key IS NULL OR assignee_key IS NULL"),
            {}) ||
        !q.next())
        return sqlError(q, tr("Checking the stored order of the queue"));
    return q.value(0).toLongLong();
}

Result<bool> SortKeys::mayFill(QSqlDatabase db)
{
    return storesql::mayUpdateRequests(db, "subject_key", "assignee_key",
                                       tr("Checking who may store the queue's order"));
}

Result<qint64> SortKeys::fill(QSqlDatabase db, int batch, std::stop_token stop,
                              const std::function<void(qint64)>& progress)
{
    if (db.driverName() == QLatin1String("QPSQL")) {
        // setup-team's trigger announces every change of a request on lethe_queue; one made before
        // migration 15 would announce each key stored here, a million of them to every desk.
        QSqlQuery q(db);
        q.setForwardOnly(true);
        // The function the workspace's search path finds, as the trigger's own name does (NULL: none).
        if (!q.exec(QStringLiteral("SELECT pg_get_functiondef(to_regproc('lethe_queue_notify')::oid)")))
            return sqlError(q, tr("Checking the live queue's trigger"));
        if (q.next() && !q.isNull(0)) {
            const QString def = q.value(0).toString();
            if (!def.contains(QLatin1String("'subject_key'")) ||
                !def.contains(QLatin1String("'assignee_key'")))
                return makeError(
                    Error::Code::IllegalState,
                    tr("The live queue's trigger (lethe_queue_notify) was set up before this Lethe stored "
                       "the "
                       "queue's order by subject and assignee, and would announce every key stored as a "
                       "change to every desk. Ask the workspace's administrator to run `lethe-cli workspace "
                       "setup-team --apply` again; until then the queue sorted by subject or assignee is "
                       "read whole."));
        }
    }
    batch = std::max(1, batch);
    const QString type = bytesType(db);
    qint64 written = 0;
    qint64 lastId = -1;
    while (!stop.stop_requested()) {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!run(q,
                 QString(kTextColumns) +
                     QStringLiteral(" WHERE (r.subject_key IS NULL OR r.assignee_key IS NULL) AND r.id > ? "
                                    "ORDER BY r.id LIMIT %1")
                         .arg(batch), // a number of ours
                 {lastId}))
            return sqlError(q, tr("Reading the requests whose place in the queue is not stored"));
        struct Row
        {
            qint64 id;
            QByteArray subject, assignee;
        };
        QList<Row> rows;
        while (q.next())
            rows << Row{q.value(0).toLongLong(),
                        key(subjectText(q.value(3).toString(), q.value(4).toString())),
                        key(q.value(2).toString())};
        q.finish();
        if (rows.isEmpty())
            break;
        lastId = rows.last().id;
        // One statement per 1,000 rows; a key a change stored meanwhile (from what it wrote) is kept.
        auto n = storesql::inTransaction<qint64>(db, [&](QSqlDatabase tx) -> Result<qint64> {
            qint64 changed = 0;
            constexpr int kPiece = 1000;
            QSqlQuery u(tx);
            for (qsizetype from = 0; from < rows.size(); from += kPiece) {
                const qsizetype count = std::min<qsizetype>(kPiece, rows.size() - from);
                QStringList tuples;
                QVariantList values;
                for (qsizetype i = from; i < from + count; ++i) {
                    tuples << QStringLiteral("(CAST(? AS BIGINT), CAST(? AS %1), CAST(? AS %1))").arg(type);
                    values << rows[i].id << rows[i].subject << rows[i].assignee;
                }
                if (!run(
                        u,
                        QStringLiteral("WITH v(id, s, a) AS (VALUES %1) UPDATE requests SET subject_key = "
                                       "COALESCE(requests.subject_key, v.s), assignee_key = "
                                       "COALESCE(requests.assignee_key, v.a) FROM v WHERE requests.id = v.id "
                                       "AND (requests.subject_key IS NULL OR requests.assignee_key IS NULL)")
                            .arg(tuples.join(QLatin1Char(','))),
                        values))
                    return sqlError(u, tr("Storing the requests' place in the queue"));
                changed += u.numRowsAffected();
            }
            return changed;
        });
        if (!n)
            return n.error();
        written += *n;
        if (progress)
            progress(written);
    }
    return written;
}

} // namespace lethe
