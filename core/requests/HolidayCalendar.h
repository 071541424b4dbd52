#pragma once

#include "Result.h"
#include "Types.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace lethe {

struct Holiday
{
    QDate date;
    QString name;
    bool operator==(const Holiday&) const = default;
};

// One rule of a calendar file (resources/calendars/*.json, format in docs/deadlines.md).
struct HolidayRule
{
    enum class Kind
    {
        Fixed,            // "date": "MM-DD", every year
        Easter,           // "easter": days after (Western) Easter Sunday, may be negative
        OrthodoxEaster,   // "orthodoxEaster": days after Orthodox Easter Sunday
        NthWeekday,       // "month" + "weekday" + "nth" (1..5, or -1 for the last)
        WeekdayOnOrAfter, // "month" + "weekday" + "onOrAfter": the first such weekday on or after that day
        OneOff            // "on": "YYYY-MM-DD", a proclamation or a moved day
    };
    // What happens when the day falls on a weekend.
    enum class Weekend
    {
        None,                           // nothing: the day is lost
        NextFreeWeekday,                // the next weekday that is not already a holiday (UK bank holidays)
        SundayToMonday,                 // Sunday: the Monday after; Saturday: nothing
        SundayToMondaySaturdayToFriday, // Sunday: Monday after; Saturday: Friday before
        SundayToSaturday                // Sunday: the Saturday before (NL King's Day)
    };
    QString name;
    Kind kind = Kind::Fixed;
    int month = 0;
    int day = 0; // Fixed: day of month; WeekdayOnOrAfter: the day
    int offset = 0;
    int weekday = 0; // 1 = Monday .. 7 = Sunday
    int nth = 0;
    QDate on;
    int from = 0; // first year the rule applies (0: always)
    int to = 0;   // last year (0: still applies)
    QList<int> except;
    Weekend weekend = Weekend::None;

    // The day the rule gives in `year`, before any weekend substitution; invalid if none.
    QDate dateIn(int year) const;
};

// A public-holiday calendar: the days, besides Saturdays and Sundays, that are not working days where a
// controller is established. Loaded from a JSON file; immutable once loaded, safe to share between threads.
class HolidayCalendar
{
    Q_DECLARE_TR_FUNCTIONS(lethe::HolidayCalendar)
public:
    QString id() const { return m_id; }     // "DE-BY", "GB-SCT", "US-CA" (ISO 3166-1/2 style)
    QString name() const { return m_name; } // "Germany: Bavaria"
    QString parent() const { return m_parent; }
    QStringList sources() const { return m_sources; }
    QString notes() const { return m_notes; }
    const QList<HolidayRule>& rules() const { return m_rules; } // the parent's rules first

    // The holidays of `year` in date order, substitute days included (named "... (substitute day)").
    QList<Holiday> holidays(int year) const;
    bool isHoliday(QDate d) const { return !holidayName(d).isEmpty(); }
    // The holiday's name (several joined with " / "), or empty.
    QString holidayName(QDate d) const;

    // Parses one file; `file` names it in errors. `extends` is resolved later by HolidayCalendars.
    static Result<HolidayCalendar> parse(const QByteArray& json, const QString& file);

private:
    friend class HolidayCalendars;
    // The year's days from this thread's cache (node-based: the reference stays valid for the thread's life).
    const QList<Holiday>& cachedHolidays(int year) const;
    QString m_id, m_name, m_parent, m_notes;
    QStringList m_sources;
    QList<HolidayRule> m_rules;
    quint64 m_serial = 0; // identifies this calendar in the per-thread year cache
};

// Every calendar of a folder, with `extends` resolved. The shipped set is compiled in as :/calendars.
class HolidayCalendars
{
    Q_DECLARE_TR_FUNCTIONS(lethe::HolidayCalendars)
public:
    // Loads and validates every *.json file in `folder`; the first problem is returned, naming the file
    // and the field.
    static Result<std::shared_ptr<const HolidayCalendars>> load(const QString& folder);
    // The calendars shipped with Lethe (loaded once; a broken shipped file is a build error caught by
    // tst_holidaycalendar, and leaves the set empty here).
    static const HolidayCalendars& shipped();

    const HolidayCalendar* find(const QString& id) const;
    QStringList ids() const; // sorted
    int size() const { return int(m_calendars.size()); }

    // The calendar the deadlines of `regulation` use: the request's override, else the workspace's
    // "established in", when it fits the law (GDPR: an EU member state or one of its regions; UK GDPR: a
    // GB- calendar); else the default: UK GDPR England and Wales (GB-EAW), CCPA California (US-CA), GDPR
    // none (weekends only). Uses the shipped set.
    static const HolidayCalendar* forRegulation(Regulation regulation, const QString& requestOverride,
                                                const QString& workspaceSetting);
    // Whether calendar `id` can be used for `regulation` (see forRegulation); an error naming the ones that
    // can.
    static Status checkFits(Regulation regulation, const QString& id);
    static bool isEuMemberState(const QString& country);

private:
    QHash<QString, std::shared_ptr<HolidayCalendar>> m_calendars;
};

} // namespace lethe
