#pragma once

#include "Deadlines.h"
#include "HolidayCalendar.h"
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

// The workspace's deadline settings (docs/deadlines.md): where the controller is established (a calendar id
// such as "DE-BY"; empty: the defaults of HolidayCalendars::forRegulation) and the EU GDPR clock rule.
// Read with each request, not stored in it.
struct DeadlineSettings
{
    QString establishedIn;
    GdprClockRule gdprClock = GdprClockRule::Pause;
};

// A fee charged for a request (GDPR Art. 12(5)(a) instead of refusing a manifestly unfounded or excessive
// request, Art. 15(3) for further copies; CCPA Civ. Code 1798.145(h)(3)). Empty amount: none was charged.
struct Fee
{
    QString amount;   // decimal, "25" or "12.50"
    QString currency; // ISO 4217, "EUR"
    FeeReason reason = FeeReason::UnfoundedOrExcessive;
    bool charged() const { return !amount.isEmpty(); }
    bool operator==(const Fee&) const = default;
};

// What a move to denied or completed records besides the status: the reason told to the subject, the reason
// code (required to deny), the exemption relied on, and for an answer given in part what was withheld and
// why.
struct Outcome
{
    QString reason;
    std::optional<DenialCode> denialCode;
    QString exemption;      // which exemption (denial code `exemption`): free text, e.g. "GDPR Art. 17(3)(b)"
    QString withheld;       // completed in part: what was withheld (empty: completed in full)
    QString withheldReason; // and why
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
    std::optional<DenialCode> denialCode; // unset for denials recorded before codes existed
    QString exemption;
    QString withheld; // completed in part: what was withheld, and why
    QString withheldReason;
    Fee fee;
    // While awaiting clarification: the status the request returns to when the answer arrives.
    std::optional<RequestStatus> resumeStatus;
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
    QString establishedIn;     // this request's calendar, overriding the workspace's; empty: the workspace's
    DeadlineSettings settings; // the workspace's, as read with the request
    // When it was completed, denied or cancelled; invalid while open, and for a request closed before Lethe
    // kept this whose audit log does not say it (closing date unknown: the metrics count it apart).
    QDateTime closedAt;
    // Raised by every change of the request's fields, status or assignee (not by notes): a change made on a
    // copy read at an older version is refused (WorkspaceStore, optimistic concurrency).
    qint64 version = 0;

    bool completedInPart() const { return status == RequestStatus::Completed && !withheld.isEmpty(); }
    DeadlineInput deadlineInput() const
    {
        DeadlineInput in{regulation, received, extended, stops, type};
        in.calendar = HolidayCalendars::forRegulation(regulation, establishedIn, settings.establishedIn);
        in.gdprClock = settings.gdprClock;
        return in;
    }
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
    qint64 version = 0; // as Request::version
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
            identities.isEmpty() ? QString() : identities.first().value,
            version};
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
    QString establishedIn; // a calendar id overriding the workspace's "established in"; empty: none
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
    std::optional<QString> establishedIn; // "" clears the override
    QList<Identity> addIdentities;
    QList<Identity> removeIdentities;
};

} // namespace lethe

#include <QMetaType>
Q_DECLARE_METATYPE(lethe::RequestSummary)
