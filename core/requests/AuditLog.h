#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>

namespace lethe {

struct AuditEvent
{
    qint64 seq = 0;
    QDateTime time;
    QString actor;
    QString action;    // request.create, request.transition, ..., preview.run, export.write, erasure.run
    QString requestId; // human id, may be empty for workspace-wide events
    QString details;   // compact JSON object; never raw personal data
    QString prevHash;
    QString hash;

    QJsonObject detailsObject() const;
};

struct AuditVerification
{
    bool ok = true;
    qint64 checked = 0;
    qint64 firstBroken = 0; // seq of the first event that does not verify (0: none, or the tail is missing)
    QString problem;
};

// The hash-chained, append-only log of everything done in a workspace.
// Each event's hash is SHA-256 over its fields and the previous event's hash; the last seq and hash are
// also kept as the workspace's audit head, so removing events at the end is caught too.
// append() must run inside the caller's transaction, so that a change and its event land together.
class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(lethe::AuditLog)
public:
    static constexpr auto kGenesis = "0000000000000000000000000000000000000000000000000000000000000000";

    // `serverStamped`: a team workspace (TeamSetup), where the server appends each event through
    // lethe_audit_append() with its session_user and clock; append()'s actor and time are then not used.
    explicit AuditLog(QSqlDatabase db, bool serverStamped = false)
        : m_db(std::move(db)), m_serverStamped(serverStamped)
    {}

    Result<AuditEvent> append(const QString& actor, const QString& action, const QString& requestId,
                              const QJsonObject& details, const QDateTime& now);
    Result<QList<AuditEvent>> events(const QString& requestId = {}, qint64 afterSeq = 0,
                                     int limit = -1) const;
    AuditVerification verify() const;

    static QString computeHash(const AuditEvent& e);

private:
    Result<AuditEvent> appendOnServer(const QString& action, const QString& requestId,
                                      const QJsonObject& details);

    QSqlDatabase m_db;
    bool m_serverStamped = false;
};

} // namespace lethe
