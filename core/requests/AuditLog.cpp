#include "AuditLog.h"

#include "SqlConnection.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace lethe {

namespace {
const QString kTimeFormat = QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ");
constexpr qint64 kClockSkewMs = 2 * 60 * 1000; // how far behind another machine's clock append() forgives

Error storageError(const QSqlQuery& q, const QString& what)
{
    const bool lost = SqlConnection::isConnectionLost(q.lastError()) || (q.driver() && !q.driver()->isOpen());
    return makeError(lost ? Error::Code::ConnectionLost : Error::Code::Storage,
                     QStringLiteral("%1: %2").arg(what, q.lastError().text()));
}
} // namespace

QJsonObject AuditEvent::detailsObject() const
{
    return QJsonDocument::fromJson(details.toUtf8()).object();
}

QString AuditLog::computeHash(const AuditEvent& e)
{
    const QStringList parts{QString::number(e.seq),
                            e.time.toUTC().toString(kTimeFormat),
                            e.actor,
                            e.action,
                            e.requestId,
                            e.details,
                            e.prevHash};
    return QString::fromLatin1(
        QCryptographicHash::hash(parts.join(QChar(0x1f)).toUtf8(), QCryptographicHash::Sha256).toHex());
}

Result<AuditEvent> AuditLog::append(const QString& actor, const QString& action, const QString& requestId,
                                    const QJsonObject& details, const QDateTime& now)
{
    if (m_serverStamped)
        return appendOnServer(action, requestId, details);
    AuditEvent e;
    e.prevHash = QLatin1String(kGenesis);
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT seq, hash, at FROM audit_events ORDER BY seq DESC LIMIT 1")))
        return storageError(q, tr("Reading the audit log"));
    QDateTime prevTime;
    if (q.next()) {
        e.seq = q.value(0).toLongLong();
        e.prevHash = q.value(1).toString();
        prevTime = QDateTime::fromString(q.value(2).toString(), kTimeFormat);
        prevTime.setTimeSpec(Qt::UTC);
    }
    e.seq += 1;
    // Millisecond precision, as stored, so the hash recomputes exactly from the row.
    e.time = QDateTime::fromString(now.toUTC().toString(kTimeFormat), kTimeFormat);
    e.time.setTimeSpec(Qt::UTC);
    // The log stays in time order, which verify() checks. Two machines sharing a workspace disagree by a few
    // seconds at most: an event that would be stamped a little before the one it follows gets that event's
    // time. A larger step back is stamped as it is, so that verify() shows the clock was wrong.
    if (prevTime.isValid() && e.time < prevTime && e.time.msecsTo(prevTime) <= kClockSkewMs)
        e.time = prevTime;
    e.actor = actor;
    e.action = action;
    e.requestId =
        requestId.isNull() ? QStringLiteral("") : requestId; // workspace-wide: '' (the column is NOT NULL)
    e.details = QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact));
    e.hash = computeHash(e);

    q.prepare(QStringLiteral(
        "INSERT INTO audit_events (seq, at, actor, action, request_id, details, prev_hash, hash) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(e.seq);
    q.addBindValue(e.time.toString(kTimeFormat));
    q.addBindValue(e.actor);
    q.addBindValue(e.action);
    q.addBindValue(e.requestId);
    q.addBindValue(e.details);
    q.addBindValue(e.prevHash);
    q.addBindValue(e.hash);
    if (!q.exec())
        return storageError(q, tr("Writing the audit log"));

    for (const auto& [key, value] : {std::pair{QStringLiteral("audit.head.seq"), QString::number(e.seq)},
                                     std::pair{QStringLiteral("audit.head.hash"), e.hash}}) {
        QSqlQuery u(m_db);
        u.prepare(QStringLiteral("UPDATE settings SET value = ? WHERE key = ?"));
        u.addBindValue(value);
        u.addBindValue(key);
        if (!u.exec())
            return storageError(u, tr("Writing the audit head"));
        if (u.numRowsAffected() == 0) {
            u.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"));
            u.addBindValue(key);
            u.addBindValue(value);
            if (!u.exec())
                return storageError(u, tr("Writing the audit head"));
        }
    }
    if (Status s = signHead(e); !s)
        return s.error();
    return e;
}

Result<AuditEvent> AuditLog::appendOnServer(const QString& action, const QString& requestId,
                                            const QJsonObject& details)
{
    AuditEvent e;
    e.action = action;
    e.requestId = requestId.isNull() ? QStringLiteral("") : requestId;
    e.details = QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact));
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT out_seq, out_at, out_actor, out_prev_hash, out_hash "
                             "FROM lethe_audit_append(?, ?, ?)"));
    q.addBindValue(e.action);
    q.addBindValue(e.requestId);
    q.addBindValue(e.details);
    if (!q.exec() || !q.next())
        return storageError(q, tr("Writing the audit log through the server"));
    e.seq = q.value(0).toLongLong();
    e.time = QDateTime::fromString(q.value(1).toString(), kTimeFormat);
    e.time.setTimeSpec(Qt::UTC);
    e.actor = q.value(2).toString();
    e.prevHash = q.value(3).toString();
    e.hash = q.value(4).toString();
    // The server's hash is the one verify() recomputes; a server function that disagrees is caught here,
    // inside the caller's transaction, rather than at the next verification.
    if (computeHash(e) != e.hash)
        return makeError(
            Error::Code::Tampered,
            tr("The server wrote audit event %1 with a hash Lethe does not recompute: the function "
               "lethe_audit_append was changed. Nothing was saved.")
                .arg(e.seq));
    if (Status s = signHead(e); !s)
        return s.error();
    return e;
}

Result<QList<AuditEvent>> AuditLog::events(const QString& requestId, qint64 afterSeq, int limit) const
{
    QString sql = QStringLiteral("SELECT seq, at, actor, action, request_id, details, prev_hash, hash "
                                 "FROM audit_events WHERE seq > ?");
    if (!requestId.isEmpty())
        sql += QStringLiteral(" AND request_id = ?");
    sql += QStringLiteral(" ORDER BY seq");
    if (limit > 0)
        sql += QStringLiteral(" LIMIT %1").arg(limit);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(sql);
    q.addBindValue(afterSeq);
    if (!requestId.isEmpty())
        q.addBindValue(requestId);
    if (!q.exec())
        return storageError(q, tr("Reading the audit log"));
    QList<AuditEvent> out;
    while (q.next()) {
        AuditEvent e;
        e.seq = q.value(0).toLongLong();
        e.time = QDateTime::fromString(q.value(1).toString(), kTimeFormat);
        e.time.setTimeSpec(Qt::UTC);
        e.actor = q.value(2).toString();
        e.action = q.value(3).toString();
        e.requestId = q.value(4).toString();
        e.details = q.value(5).toString();
        e.prevHash = q.value(6).toString();
        e.hash = q.value(7).toString();
        out << e;
    }
    return out;
}

AuditVerification AuditLog::verify() const
{
    AuditVerification v;
    auto fail = [&v](qint64 seq, QString why) {
        v.ok = false;
        v.firstBroken = seq;
        v.problem = std::move(why);
        return v;
    };

    auto signedHead = latestSignedHead();
    if (!signedHead)
        return fail(0, signedHead.error().message);
    const qint64 signedSeq = *signedHead ? (*signedHead)->seq : 0;
    QString chainHashAtHead;

    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT seq, at, actor, action, request_id, details, prev_hash, hash "
                               "FROM audit_events ORDER BY seq"))) {
        return fail(0, tr("The audit log cannot be read: %1").arg(q.lastError().text()));
    }
    qint64 expectedSeq = 1;
    QString prev = QLatin1String(kGenesis);
    QDateTime prevTime;
    while (q.next()) {
        AuditEvent e;
        e.seq = q.value(0).toLongLong();
        const QString at = q.value(1).toString();
        e.time = QDateTime::fromString(at, kTimeFormat);
        e.time.setTimeSpec(Qt::UTC);
        e.actor = q.value(2).toString();
        e.action = q.value(3).toString();
        e.requestId = q.value(4).toString();
        e.details = q.value(5).toString();
        e.prevHash = q.value(6).toString();
        e.hash = q.value(7).toString();

        if (e.seq != expectedSeq) {
            return fail(
                expectedSeq,
                tr("Event %1 is missing: the log jumps from event %2 to event %3 (events were deleted).")
                    .arg(expectedSeq)
                    .arg(expectedSeq - 1)
                    .arg(e.seq));
        }
        if (!e.time.isValid() || e.time.toString(kTimeFormat) != at)
            return fail(e.seq, tr("Event %1 has an altered time stamp (\"%2\").").arg(e.seq).arg(at));
        if (e.prevHash != prev) {
            return fail(e.seq,
                        tr("Event %1 does not follow event %2: its link to the previous event was altered.")
                            .arg(e.seq)
                            .arg(e.seq - 1));
        }
        if (computeHash(e) != e.hash)
            return fail(e.seq,
                        tr("Event %1 (%2) was altered after it was written.").arg(e.seq).arg(e.action));
        // Events are appended in time order (append() never stamps an event before the one it follows), so
        // an event stamped earlier than its predecessor means a clock was moved (one of the two events was
        // stamped in the future or the past) or events were forged with a recomputed chain.
        if (prevTime.isValid() && e.time < prevTime) {
            return fail(e.seq, tr("Event %1 (%2) is stamped %3, earlier than event %4 before it (%5): one of "
                                  "them was stamped with a wrong clock or forged.")
                                   .arg(e.seq)
                                   .arg(e.action, at)
                                   .arg(e.seq - 1)
                                   .arg(prevTime.toString(kTimeFormat)));
        }
        if (e.seq == signedSeq)
            chainHashAtHead = e.hash;
        prev = e.hash;
        prevTime = e.time;
        ++expectedSeq;
        ++v.checked;
    }

    // The last event has no successor to betray it: one stamped well after this check (more than a day, so a
    // machine whose clock runs a little ahead is no alarm) was stamped with a clock set to the future.
    if (prevTime.isValid() && prevTime > QDateTime::currentDateTimeUtc().addDays(1)) {
        return fail(
            expectedSeq - 1,
            tr("Event %1 is stamped %2, in the future: it was written with a clock set ahead or forged.")
                .arg(expectedSeq - 1)
                .arg(prevTime.toString(kTimeFormat)));
    }

    QSqlQuery h(m_db);
    h.exec(
        QStringLiteral("SELECT key, value FROM settings WHERE key IN ('audit.head.seq', 'audit.head.hash')"));
    QString headSeq, headHash;
    while (h.next()) {
        (h.value(0).toString() == QLatin1String("audit.head.seq") ? headSeq : headHash) =
            h.value(1).toString();
    }
    const qint64 last = expectedSeq - 1;
    if (headSeq.isEmpty() && last == 0) {
        verifySignedHead(v, *signedHead, last, chainHashAtHead);
        return v;
    }
    if (headSeq.toLongLong() != last || headHash != prev) {
        if (headSeq.toLongLong() > last) {
            return fail(last + 1, tr("The log ends at event %1 but the workspace recorded %2 events: "
                                     "the last events were deleted.")
                                      .arg(last)
                                      .arg(headSeq));
        }
        return fail(
            last,
            tr("The log's last event (%1) does not match the workspace's recorded audit head.").arg(last));
    }
    verifySignedHead(v, *signedHead, last, chainHashAtHead);
    return v;
}

} // namespace lethe
