#include "DueKeys.h"

#include "HolidayCalendar.h"
#include "Sha256.h"
#include "StateMachine.h"
#include "StoreSql.h"
#include "WorkspaceStore.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>

#include <limits>

namespace lethe {

using storesql::run;
using storesql::sqlError;

namespace {

// Raised whenever Deadlines::compute or the key's form changes: every stored key is then stale and computed
// again by the first Lethe allowed to.
constexpr auto kRulesVersion = "lethe-due-key-1";

// The shipped calendars' files, hashed once: their names and bytes, in name order.
const QByteArray& calendarData()
{
    static const QByteArray digest = [] {
        Sha256 h;
        QDir dir(QStringLiteral(":/calendars"));
        const QStringList names = dir.entryList(QDir::Files, QDir::Name);
        for (const QString& name : names) {
            QFile f(dir.filePath(name));
            if (!f.open(QIODevice::ReadOnly))
                continue;
            h.addData(name.toUtf8());
            h.addData(QByteArrayView("\x1f", 1));
            h.addData(f.readAll());
            h.addData(QByteArrayView("\x1e", 1));
        }
        return h.result();
    }();
    return digest;
}

// The rows a key is computed from: the columns kColumns below, in order.
const QLatin1String kKeyColumns("SELECT r.id, r.type, r.regulation, r.status, r.received_date, r.extended, "
                                "r.established_in, r.version, r.due_digest FROM requests r");

RequestSummary rowOf(const QSqlQuery& q, QHash<qint64, QString>& establishedIn)
{
    RequestSummary s;
    s.id = q.value(0).toLongLong();
    s.type = Names::parseType(q.value(1).toString()).value_or(RequestType::Access);
    s.regulation = Names::parseRegulation(q.value(2).toString()).value_or(Regulation::Other);
    s.status = Names::parseStatus(q.value(3).toString()).value_or(RequestStatus::New);
    s.received = QDate::fromString(q.value(4).toString(), Qt::ISODate);
    s.extended = q.value(5).toInt() != 0;
    if (const QString e = q.value(6).toString(); !e.isEmpty())
        establishedIn.insert(s.id, e);
    s.version = q.value(7).toLongLong();
    return s;
}

} // namespace

qint64 DueKeys::sortKey(const RequestSummary& r)
{
    const qint64 rank = StateMachine::isFinal(r.status) ? 2 : (r.clockStopped ? 1 : 0);
    return rank * kRank + (r.due.isValid() ? r.due.toJulianDay() : 0);
}

qint64 DueKeys::storedKey(const RequestSummary& r)
{
    const qint64 rank = StateMachine::isFinal(r.status) ? 2 : (r.clockStopped ? 1 : 0);
    // A stopped clock's due date is "if it restarted today": it moves every day the clock stays stopped.
    return r.clockStopped ? rank * kRank : sortKey(r);
}

QString DueKeys::digest(const DeadlineSettings& settings)
{
    Sha256 h;
    h.addData(QByteArrayView(kRulesVersion));
    h.addData(QByteArrayView("\x1f", 1));
    h.addData(calendarData());
    h.addData(QByteArrayView("\x1f", 1));
    h.addData(settings.establishedIn.toUtf8());
    h.addData(QByteArrayView("\x1f", 1));
    h.addData(WorkspaceStore::gdprClockKey(settings.gdprClock).toUtf8());
    return QString::fromLatin1(h.result().toHex().left(32));
}

Result<QString> DueKeys::digest(QSqlDatabase db)
{
    auto settings = WorkspaceStore::readDeadlineSettings(db);
    if (!settings)
        return settings.error();
    return digest(*settings);
}

Status DueKeys::computeDeadlines(QSqlDatabase db, QDate today, QList<RequestSummary>& out,
                                 const QHash<qint64, QString>& establishedIn)
{
    if (out.isEmpty())
        return {};
    auto settings = WorkspaceStore::readDeadlineSettings(db);
    if (!settings)
        return settings.error();
    return computeDeadlines(db, today, out, establishedIn, *settings);
}

Status DueKeys::computeDeadlines(QSqlDatabase db, QDate today, QList<RequestSummary>& out,
                                 const QHash<qint64, QString>& establishedIn,
                                 const DeadlineSettings& settings)
{
    if (out.isEmpty())
        return {};
    // Each row's clock stops, in pieces, so a whole queue's ids never exceed a statement's bound values.
    QHash<qint64, QList<ClockStop>> stops;
    QSqlQuery c(db);
    c.setForwardOnly(true);
    constexpr int kPiece = 1000;
    for (qsizetype from = 0; from < out.size(); from += kPiece) {
        const qsizetype n = std::min<qsizetype>(kPiece, out.size() - from);
        QVariantList ids;
        ids.reserve(n);
        for (qsizetype i = from; i < from + n; ++i)
            ids << out[i].id;
        QStringList marks(n, QStringLiteral("?"));
        if (!run(c,
                 QStringLiteral(
                     "SELECT request_id, stopped_on, restarted_on FROM clock_stops WHERE request_id IN "
                     "(%1) ORDER BY id")
                     .arg(marks.join(QLatin1Char(','))),
                 ids))
            return sqlError(c, tr("Reading clock stops"));
        while (c.next()) {
            stops[c.value(0).toLongLong()]
                << ClockStop{QDate::fromString(c.value(1).toString(), Qt::ISODate),
                             QDate::fromString(c.value(2).toString(), Qt::ISODate)};
        }
    }
    for (RequestSummary& s : out) {
        DeadlineInput in{s.regulation, s.received, s.extended, stops.value(s.id), s.type};
        in.calendar =
            HolidayCalendars::forRegulation(s.regulation, establishedIn.value(s.id), settings.establishedIn);
        in.gdprClock = settings.gdprClock;
        const Deadline d = Deadlines::compute(in, today);
        s.due = d.due;
        s.acknowledgeBy = d.acknowledgeBy;
        s.clockStopped = d.clockStopped;
    }
    return {};
}

Status DueKeys::refresh(QSqlDatabase db, qint64 requestId, QDate today)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!run(q, QString(kKeyColumns) + QStringLiteral(" WHERE r.id = ?"), {requestId}))
        return sqlError(q, tr("Reading the request's deadline"));
    if (!q.next())
        return {};
    QHash<qint64, QString> establishedIn;
    QList<RequestSummary> rows{rowOf(q, establishedIn)};
    q.finish();
    auto settings = WorkspaceStore::readDeadlineSettings(db);
    if (!settings)
        return settings.error();
    if (Status s = computeDeadlines(db, today, rows, establishedIn, *settings); !s)
        return s;
    if (!run(q, QStringLiteral("UPDATE requests SET due_key = ?, due_digest = ? WHERE id = ?"),
             {storedKey(rows.first()), digest(*settings), requestId}))
        return sqlError(q, tr("Storing the request's deadline"));
    return {};
}

Result<bool> DueKeys::isCurrent(QSqlDatabase db, const QString& digest)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // Three index ranges, where "<>" would read every row; each its own EXISTS, a plain index scan that
    // stops at the first entry it finds live (and marks the dead ones it passes, which a bitmap scan of the
    // three at once does not: right after a million keys were stored again, that one read every old entry
    // each time).
    if (!run(q,
             QStringLiteral("SELECT CASE WHEN EXISTS (SELECT 1 FROM requests WHERE due_digest IS NULL) OR "
                            "EXISTS (SELECT 1 FROM requests WHERE due_digest < ?) OR EXISTS (SELECT 1 FROM "
                            "requests WHERE due_digest > ?) THEN 1 ELSE 0 END"),
             {digest, digest}) ||
        !q.next())
        return sqlError(q, tr("Checking the stored deadlines"));
    return q.value(0).toInt() == 0;
}

Result<DueKeys::Staleness> DueKeys::staleness(QSqlDatabase db, const QString& digest)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!run(q,
             QStringLiteral(
                 "SELECT (SELECT COUNT(*) FROM requests WHERE due_digest IS NULL) + (SELECT COUNT(*) "
                 "FROM requests WHERE due_digest < ?) + (SELECT COUNT(*) FROM requests WHERE "
                 "due_digest > ?), (SELECT COUNT(*) FROM requests)"),
             {digest, digest}) ||
        !q.next())
        return sqlError(q, tr("Counting the requests whose deadline is out of date"));
    return Staleness{q.value(0).toLongLong(), q.value(1).toLongLong()};
}

Result<bool> DueKeys::isCurrent(QSqlDatabase db)
{
    auto d = digest(db);
    if (!d)
        return d.error();
    return isCurrent(db, *d);
}

Result<bool> DueKeys::mayRecompute(QSqlDatabase db)
{
    return storesql::mayUpdateRequests(db, "due_key", "due_digest", tr("Checking who may store deadlines"));
}

Result<qint64> DueKeys::recompute(QSqlDatabase db, QDate today, int batch, std::stop_token stop,
                                  const std::function<void(qint64)>& progress)
{
    // One reading of the settings for the whole run: every key it stores is computed with the settings its
    // digest names (a change of them meanwhile makes these keys stale, as it should).
    auto settings = WorkspaceStore::readDeadlineSettings(db);
    if (!settings)
        return settings.error();
    const QString d = digest(*settings);
    batch = std::max(1, batch);
    qint64 written = 0;
    // The stale rows in three ranges of the index on (due_digest, id), each read in keyset batches so every
    // batch starts where the last ended: no key yet, a digest before this one, a digest after it. (One OR of
    // the three, in id order, made the server gather and sort every stale row again for each batch.)
    enum class Range
    {
        Missing,
        Before,
        After
    };
    for (Range range : {Range::Missing, Range::Before, Range::After}) {
        QString lastDigest = range == Range::After ? d : QString();
        qint64 lastId = range == Range::After ? std::numeric_limits<qint64>::max() : -1;
        while (!stop.stop_requested()) {
            QString where;
            QVariantList values;
            switch (range) {
            case Range::Missing:
                where = QStringLiteral("r.due_digest IS NULL AND r.id > ? ORDER BY r.id");
                values = {lastId};
                break;
            case Range::Before:
                where = QStringLiteral("r.due_digest < ? AND (r.due_digest, r.id) > (?, ?) ORDER BY "
                                       "r.due_digest, r.id");
                values = {d, lastDigest, lastId};
                break;
            case Range::After:
                where = QStringLiteral("(r.due_digest, r.id) > (?, ?) ORDER BY r.due_digest, r.id");
                values = {lastDigest, lastId};
                break;
            }
            QSqlQuery q(db);
            q.setForwardOnly(true);
            if (!run(q,
                     QString(kKeyColumns) + QStringLiteral(" WHERE ") + where +
                         QStringLiteral(" LIMIT %1").arg(batch), // a number of ours
                     values))
                return sqlError(q, tr("Reading the requests whose deadline is out of date"));
            QList<RequestSummary> rows;
            QHash<qint64, QString> establishedIn;
            while (q.next()) {
                rows << rowOf(q, establishedIn);
                lastDigest = q.value(8).toString();
            }
            q.finish();
            if (rows.isEmpty())
                break;
            lastId = rows.last().id;
            auto n = store(db, today, *settings, rows, establishedIn);
            if (!n)
                return n.error();
            written += *n;
            if (progress)
                progress(written);
        }
    }
    return written;
}

Result<qint64> DueKeys::store(QSqlDatabase db, QDate today, const DeadlineSettings& settings,
                              QList<RequestSummary>& rows, const QHash<qint64, QString>& establishedIn)
{
    if (Status s = computeDeadlines(db, today, rows, establishedIn, settings); !s)
        return s.error();
    const QString d = digest(settings);
    // One statement per 1,000 rows (3,000 values, within both engines' limits), each row only where its
    // version is still the one read: a change made meanwhile stored its own key.
    auto stored = storesql::inTransaction<qint64>(db, [&](QSqlDatabase tx) -> Result<qint64> {
        qint64 changed = 0;
        constexpr int kPiece = 1000;
        QSqlQuery u(tx);
        for (qsizetype from = 0; from < rows.size(); from += kPiece) {
            const qsizetype n = std::min<qsizetype>(kPiece, rows.size() - from);
            QStringList tuples;
            QVariantList values;
            for (qsizetype i = from; i < from + n; ++i) {
                // Typed, as PostgreSQL infers text for an untyped VALUES column.
                tuples << QStringLiteral("(CAST(? AS BIGINT), CAST(? AS BIGINT), CAST(? AS BIGINT))");
                values << rows[i].id << storedKey(rows[i]) << rows[i].version;
            }
            values << d;
            // A common table expression names the values' columns on both engines.
            if (!run(u,
                     QStringLiteral("WITH v(id, k, version) AS (VALUES %1) UPDATE requests SET due_key = "
                                    "v.k, due_digest = ? FROM v WHERE requests.id = v.id AND "
                                    "requests.version = v.version")
                         .arg(tuples.join(QLatin1Char(','))),
                     values))
                return sqlError(u, tr("Storing the requests' deadlines"));
            changed += u.numRowsAffected();
        }
        return changed;
    });
    return stored;
}

} // namespace lethe
