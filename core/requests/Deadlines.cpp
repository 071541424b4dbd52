#include "Deadlines.h"

#include "HolidayCalendar.h"

#include <QLocale>

#include <algorithm>

namespace lethe {

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

bool Deadlines::isEnglandWalesBankHoliday(QDate d)
{
    static const HolidayCalendar* c = HolidayCalendars::shipped().find(QStringLiteral("GB-EAW"));
    return c && c->isHoliday(d);
}

bool Deadlines::isCaliforniaStateHoliday(QDate d)
{
    static const HolidayCalendar* c = HolidayCalendars::shipped().find(QStringLiteral("US-CA"));
    return c && c->isHoliday(d);
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

QDate Deadlines::rollToWorkingDay(QDate d, const HolidayCalendar* calendar)
{
    while (isWeekend(d) || (calendar && calendar->isHoliday(d)))
        d = d.addDays(1);
    return d;
}

QDate Deadlines::addBusinessDays(QDate d, int n, const HolidayCalendar* calendar)
{
    while (n > 0) {
        d = d.addDays(1);
        if (!isWeekend(d) && !(calendar && calendar->isHoliday(d)))
            --n;
    }
    return d;
}

namespace {
// The end of the period rolled to a working day, noting each day moved over.
void roll(Deadline& out, QDate end, const HolidayCalendar* calendar)
{
    out.periodEnd = end;
    out.calendarId = calendar ? calendar->id() : QString();
    QDate d = end;
    while (true) {
        const QString name = calendar ? calendar->holidayName(d) : QString();
        if (!Deadlines::isWeekend(d) && name.isEmpty())
            break;
        out.movedOver << MovedOver{d, name};
        d = d.addDays(1);
    }
    out.due = d;
}
} // namespace

QString Deadlines::rollExplanation(const Deadline& d)
{
    if (d.movedOver.isEmpty())
        return {};
    const QLocale loc;
    const QString dayMonth = QStringLiteral("d MMM");
    QStringList named;
    bool weekend = false;
    for (const MovedOver& m : d.movedOver) {
        if (!m.name.isEmpty())
            named << tr("%1 (%2)").arg(loc.toString(m.date, dayMonth), m.name);
        else
            weekend = true;
    }
    const QString from = loc.toString(d.periodEnd, QStringLiteral("d MMM yyyy"));
    const QString to = loc.toString(d.due, QStringLiteral("d MMM yyyy"));
    if (named.isEmpty())
        return tr("Moved from %1 (a weekend) to %2, the next working day.").arg(from, to);
    QString over = named.join(QStringLiteral(", "));
    if (weekend)
        over = tr("%1 and the weekend").arg(over);
    return tr("Moved from %1 to %2 over %3 (calendar %4).").arg(from, to, over, d.calendarId);
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
    const bool restarts = in.regulation == Regulation::UkGdpr ||
                          (in.regulation == Regulation::Gdpr && in.gdprClock == GdprClockRule::Restart);
    if (restarts && restart.isValid()) {
        // UK GDPR Art. 12A (and EU GDPR if the workspace chose "restart"): the period begins again when
        // the answer arrives, not where it stopped.
        start = std::max(restart, in.received);
        out.restartedFrom = start;
    }

    switch (in.regulation) {
    case Regulation::Gdpr:
        roll(out, start.addMonths(in.extended ? 3 : 1), in.calendar);
        break;
    case Regulation::UkGdpr: {
        static const HolidayCalendar* englandWales =
            HolidayCalendars::shipped().find(QStringLiteral("GB-EAW"));
        roll(out, start.addMonths(in.extended ? 3 : 1), in.calendar ? in.calendar : englandWales);
        break;
    }
    case Regulation::Ccpa: {
        static const HolidayCalendar* california = HolidayCalendars::shipped().find(QStringLiteral("US-CA"));
        if (!allowsExtension(in.regulation, in.type)) {
            // 11 CCR 7026(f)(1), 7027(g)(1): 15 business days, no extension and no acknowledgement.
            out.due = addBusinessDays(in.received, 15, california);
            break;
        }
        out.due = in.received.addDays(in.extended ? 90 : 45);
        out.acknowledgeBy = addBusinessDays(in.received, 10, california);
        break;
    }
    case Regulation::Other:
        out.due = start.addDays(in.extended ? 60 : 30);
        break;
    }
    return out;
}

} // namespace lethe
