#pragma once

#include "Types.h"

#include <QDate>
#include <QList>

namespace lethe {

// A period during which the clock was stopped (waiting for identity, fee or clarification).
// An invalid `restarted` means the clock is still stopped.
struct ClockStop
{
    QDate stopped;
    QDate restarted;
};

struct DeadlineInput
{
    Regulation regulation = Regulation::Gdpr;
    QDate received;
    bool extended = false;
    QList<ClockStop> stops;
    RequestType type = RequestType::Access; // CCPA: opt-out and limit have their own period
};

struct Deadline
{
    QDate due;           // last day to answer (for a stopped clock: if it restarted today)
    QDate acknowledgeBy; // CCPA: confirm receipt within 10 business days; invalid otherwise
    int pausedDays = 0;  // calendar days the clock was stopped (GDPR, Other: counted towards `due`)
    bool clockStopped = false;
    // UK GDPR: the day the period began again, when the answer to the last request for identity or
    // clarification arrived (Art. 12A); invalid when nothing was asked.
    QDate restartedFrom;
};

enum class Urgency
{
    Relaxed,
    Soon,
    Urgent,
    Overdue,
    Paused,
    Closed
};

// The legal deadline rules of ../shared/docs/domain.md, as pure functions of dates.
//
// GDPR (Art. 12(3), periods per Reg. 1182/71): one month from receipt, the same date next month or the
//   month's last day if that date does not exist; a Saturday or Sunday rolls to Monday (public holidays
//   differ per member state and are not applied). Extension: three months from the start.
//   A stopped clock moves the start by the days it was stopped.
// UK GDPR (ICO): as above, and a weekend or an England & Wales bank holiday rolls to the next working day.
//   Asking for identity or clarification does not pause the clock, it restarts it: since the Data (Use and
//   Access) Act 2025 (UK GDPR Art. 12A) the period begins when the answer arrives.
// CCPA/CPRA (11 CCR 7021(b)): 45 calendar days from receipt, 90 with the extension, whatever the time
//   needed to verify: the clock never stops, so a request waiting for identity can be overdue.
//   Acknowledge within 10 business days (weekdays without California state holidays).
//   Requests to opt out of sale/sharing and to limit the use of sensitive personal information: 15 business
//   days from receipt (11 CCR 7026(f)(1), 7027(g)(1)), no extension, no acknowledgement (7021(a) names
//   requests to delete, correct and know only).
// Other: 30 calendar days, 60 with an extension; stops move it.
class Deadlines
{
public:
    static Deadline compute(const DeadlineInput& in, QDate today);
    // False where the law gives no extension (CCPA opt-out and limit requests).
    static bool allowsExtension(Regulation r, RequestType t);

    static int daysLeft(QDate due, QDate today) { return int(today.daysTo(due)); }
    // Reference colours: green >= 10 days, amber < 10, red < 5.
    static Urgency urgency(int daysLeft);

    static bool isWeekend(QDate d) { return d.dayOfWeek() >= 6; }
    static bool isEnglandWalesBankHoliday(QDate d);
    static bool isCaliforniaStateHoliday(QDate d);
    static QDate easterSunday(int year);
    // The first day on or after `d` that is not a weekend and not a holiday per `isHoliday`.
    static QDate rollToWorkingDay(QDate d, bool (*isHoliday)(QDate));
    // `n` business days after `d` (the day of receipt is not counted).
    static QDate addBusinessDays(QDate d, int n, bool (*isHoliday)(QDate));
};

} // namespace lethe
