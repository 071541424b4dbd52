#include "Deadlines.h"

#include <algorithm>
#include <unordered_map>

namespace lethe {

namespace {

bool noHoliday(QDate)
{
    return false;
}

QDate nthWeekday(int year, int month, int weekday, int n)
{
    QDate d(year, month, 1);
    while (d.dayOfWeek() != weekday)
        d = d.addDays(1);
    return d.addDays(7 * (n - 1));
}

QDate lastWeekday(int year, int month, int weekday)
{
    QDate d(year, month, QDate(year, month, 1).daysInMonth());
    while (d.dayOfWeek() != weekday)
        d = d.addDays(-1);
    return d;
}

// England & Wales: fixed-date holidays falling on a weekend are substituted by the next weekday
// that is not already a holiday (so Christmas on Saturday gives Monday 27 and Tuesday 28).
QList<QDate> substituted(const QList<QDate>& fixed)
{
    QList<QDate> taken;
    for (const QDate& d : fixed) {
        if (!Deadlines::isWeekend(d))
            taken << d;
    }
    for (const QDate& d : fixed) {
        if (!Deadlines::isWeekend(d))
            continue;
        QDate s = d;
        while (Deadlines::isWeekend(s) || taken.contains(s))
            s = s.addDays(1);
        taken << s;
    }
    return taken;
}

QList<QDate> englandWalesHolidays(int year)
{
    QList<QDate> days;
    days << substituted({QDate(year, 1, 1)});
    const QDate easter = Deadlines::easterSunday(year);
    days << easter.addDays(-2) << easter.addDays(1);

    QDate earlyMay = nthWeekday(year, 5, 1, 1);
    QDate spring = lastWeekday(year, 5, 1);
    // Royal proclamations that moved or added days.
    if (year == 2020)
        earlyMay = QDate(2020, 5, 8); // VE Day
    if (year == 2022) {
        spring = QDate(2022, 6, 2);
        days << QDate(2022, 6, 3) << QDate(2022, 9, 19);
    }
    if (year == 2023)
        days << QDate(2023, 5, 8);
    days << earlyMay << spring << lastWeekday(year, 8, 1);
    days << substituted({QDate(year, 12, 25), QDate(year, 12, 26)});
    return days;
}

// The holidays California state offices close for (CalHR). A holiday on Sunday is observed on Monday;
// one on Saturday is not moved. Fewer holidays give an earlier, never a later, acknowledgement date.
QList<QDate> californiaHolidays(int year)
{
    auto sundayToMonday = [](QDate d) { return d.dayOfWeek() == 7 ? d.addDays(1) : d; };
    const QDate thanksgiving = nthWeekday(year, 11, 4, 4);
    return {sundayToMonday(QDate(year, 1, 1)),
            nthWeekday(year, 1, 1, 3),          // Martin Luther King Jr. Day
            nthWeekday(year, 2, 1, 3),          // Presidents' Day
            sundayToMonday(QDate(year, 3, 31)), // Cesar Chavez Day
            lastWeekday(year, 5, 1),            // Memorial Day
            sundayToMonday(QDate(year, 7, 4)),
            nthWeekday(year, 9, 1, 1), // Labor Day
            nthWeekday(year, 9, 5, 4), // Native American Day
            sundayToMonday(QDate(year, 11, 11)),
            thanksgiving,
            thanksgiving.addDays(1),
            sundayToMonday(QDate(year, 12, 25))};
}

} // namespace

QDate Deadlines::easterSunday(int year)
{
    // Anonymous Gregorian algorithm (Meeus/Jones/Butcher).
    const int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4;
    const int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31, day = ((h + l - 7 * m + 114) % 31) + 1;
    return QDate(year, month, day);
}

namespace {
// Holidays per year, computed once per thread (the queue computes 100,000 deadlines at a time).
bool inYear(QDate d, QList<QDate> (*make)(int), std::unordered_map<int, QList<QDate>>& cache)
{
    if (!d.isValid())
        return false;
    auto it = cache.find(d.year());
    if (it == cache.end())
        it = cache.emplace(d.year(), make(d.year())).first;
    return it->second.contains(d);
}
} // namespace

bool Deadlines::isEnglandWalesBankHoliday(QDate d)
{
    thread_local std::unordered_map<int, QList<QDate>> cache;
    return inYear(d, englandWalesHolidays, cache);
}

bool Deadlines::isCaliforniaStateHoliday(QDate d)
{
    thread_local std::unordered_map<int, QList<QDate>> cache;
    return inYear(d, californiaHolidays, cache);
}

QDate Deadlines::rollToWorkingDay(QDate d, bool (*isHoliday)(QDate))
{
    while (isWeekend(d) || isHoliday(d))
        d = d.addDays(1);
    return d;
}

QDate Deadlines::addBusinessDays(QDate d, int n, bool (*isHoliday)(QDate))
{
    while (n > 0) {
        d = d.addDays(1);
        if (!isWeekend(d) && !isHoliday(d))
            --n;
    }
    return d;
}

Urgency Deadlines::urgency(int left)
{
    if (left < 0)
        return Urgency::Overdue;
    if (left < 5)
        return Urgency::Urgent;
    if (left < 10)
        return Urgency::Soon;
    return Urgency::Relaxed;
}

bool Deadlines::allowsExtension(Regulation r, RequestType t)
{
    return !(r == Regulation::Ccpa &&
             (t == RequestType::OptOutSaleSharing || t == RequestType::LimitSensitive));
}

Deadline Deadlines::compute(const DeadlineInput& in, QDate today)
{
    Deadline out;
    if (!in.received.isValid())
        return out;

    // CCPA: the 45 days run whatever the time needed to verify (11 CCR 7021(b)); no stop counts.
    QDate restart; // UK GDPR: when the answer to the last request arrived (or would, if it came today)
    if (in.regulation != Regulation::Ccpa) {
        for (const ClockStop& s : in.stops) {
            if (!s.stopped.isValid())
                continue;
            const QDate end = s.restarted.isValid() ? s.restarted : std::max(today, s.stopped);
            if (!s.restarted.isValid())
                out.clockStopped = true;
            out.pausedDays += int(std::max<qint64>(0, s.stopped.daysTo(end)));
            if (!restart.isValid() || end > restart)
                restart = end;
        }
    }
    QDate start = in.received.addDays(out.pausedDays);
    if (in.regulation == Regulation::UkGdpr && restart.isValid()) {
        // UK GDPR Art. 12A: the period begins again when the answer arrives, not where it stopped.
        start = std::max(restart, in.received);
        out.restartedFrom = start;
    }

    switch (in.regulation) {
    case Regulation::Gdpr:
        out.due = rollToWorkingDay(start.addMonths(in.extended ? 3 : 1), noHoliday);
        break;
    case Regulation::UkGdpr:
        out.due = rollToWorkingDay(start.addMonths(in.extended ? 3 : 1), isEnglandWalesBankHoliday);
        break;
    case Regulation::Ccpa:
        if (!allowsExtension(in.regulation, in.type)) {
            // 11 CCR 7026(f)(1), 7027(g)(1): 15 business days, no extension and no acknowledgement.
            out.due = addBusinessDays(in.received, 15, isCaliforniaStateHoliday);
            break;
        }
        out.due = in.received.addDays(in.extended ? 90 : 45);
        out.acknowledgeBy = addBusinessDays(in.received, 10, isCaliforniaStateHoliday);
        break;
    case Regulation::Other:
        out.due = start.addDays(in.extended ? 60 : 30);
        break;
    }
    return out;
}

} // namespace lethe
