#pragma once

#include "Deadlines.h"
#include "Types.h"

#include <QDateTime>
#include <QList>
#include <QStringList>

namespace lethe {

struct Identity
{
    IdentityKind kind = IdentityKind::Email;
    QString value;
    bool operator==(const Identity&) const = default;
};

struct Note
{
    qint64 id = 0;
    QDateTime created;
    QString author;
    QString body;
};

// A processor without an API for subject data: what a person must do for this request, and, once done, who
// did it, when, their note and the evidence file's name and SHA-256 (the file is kept in the workspace).
struct ManualTask
{
    qint64 id = 0;
    QString system;    // the data map's system key
    QString processor; // as the data map names it
    QString instructions;
    QDateTime created;
    QDateTime done; // invalid while open
    QString doneBy;
    QString note;
    QString evidenceName;
    QString evidenceSha256;
    bool isDone() const { return done.isValid(); }
};

struct Request
{
    qint64 id = 0;
    QString humanId; // R-2026-0001
    RequestType type = RequestType::Access;
    Regulation regulation = Regulation::Gdpr;
    QDate received;
    RequestStatus status = RequestStatus::New;
    QString denialReason;
    bool extended = false;
    QString extensionReason;
    QString assignee;
    qint64 subjectId = 0;
    QString subjectName;
    QList<Identity> identities;
    QStringList products;
    QList<ClockStop> stops;
    QList<Note> notes;
    QDateTime createdAt;
    QDateTime updatedAt;
    // When it was completed, denied or cancelled; invalid while open, and for a request closed before Lethe
    // kept this whose audit log does not say it (closing date unknown: the metrics count it apart).
    QDateTime closedAt;

    DeadlineInput deadlineInput() const { return {regulation, received, extended, stops}; }
    Deadline deadline(QDate today) const { return Deadlines::compute(deadlineInput(), today); }
    struct RequestSummary summary(QDate today) const;
};

// One row of the queue: what the list shows, without notes or the full identity list.
struct RequestSummary
{
    qint64 id = 0;
    QString humanId;
    RequestType type = RequestType::Access;
    Regulation regulation = Regulation::Gdpr;
    RequestStatus status = RequestStatus::New;
    QDate received;
    QDate due;
    QDate acknowledgeBy;
    bool clockStopped = false;
    bool extended = false;
    QString assignee;
    QString subjectName;
    QString primaryIdentity;
};

inline RequestSummary Request::summary(QDate today) const
{
    const Deadline d = deadline(today);
    return {id,
            humanId,
            type,
            regulation,
            status,
            received,
            d.due,
            d.acknowledgeBy,
            d.clockStopped,
            extended,
            assignee,
            subjectName,
            identities.isEmpty() ? QString() : identities.first().value};
}

struct NewRequest
{
    RequestType type = RequestType::Access;
    Regulation regulation = Regulation::Gdpr;
    QDate received;
    QString assignee;
    QString subjectName;
    QList<Identity> identities;
    QStringList products;
};

// Changes to an open request; unset fields stay as they are.
struct RequestUpdate
{
    std::optional<RequestType> type;
    std::optional<Regulation> regulation;
    std::optional<QDate> received;
    std::optional<QString> assignee;
    std::optional<QString> subjectName;
    std::optional<QStringList> products;
    QList<Identity> addIdentities;
    QList<Identity> removeIdentities;
};

} // namespace lethe

#include <QMetaType>
Q_DECLARE_METATYPE(lethe::RequestSummary)
