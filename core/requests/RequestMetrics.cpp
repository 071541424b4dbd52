#include "RequestMetrics.h"

#include "StateMachine.h"
#include "StoreSql.h"
#include "WorkspaceStore.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QSqlQuery>
#include <QStringList>

#include <algorithm>
#include <numeric>

namespace lethe {

namespace {

// Days from receipt to the answer: within a week, two, the GDPR month, the CCPA 45 days, 60, the CCPA
// extended 90 days, and beyond.
const int kBucketEnds[] = {7, 14, 30, 45, 60, 90};

struct Tally
{
    MetricsCounts counts;
    QList<int> days;

    void finish()
    {
        counts.responded = int(days.size());
        counts.medianDays = RequestMetrics::median(days);
        counts.meanDays = RequestMetrics::mean(days);
    }
};

QString number(std::optional<double> v)
{
    if (!v)
        return QStringLiteral("-");
    return QString::number(*v, 'f', 1);
}

QString csvField(const QString& s)
{
    if (!s.contains(QLatin1Char(',')) && !s.contains(QLatin1Char('"')) && !s.contains(QLatin1Char('\n')))
        return s;
    return QLatin1Char('"') + QString(s).replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"');
}

QString csvNumber(std::optional<double> v)
{
    return v ? QString::number(*v, 'f', 2) : QString();
}

QString pad(const QString& s, int width, bool right = false)
{
    return right ? s.rightJustified(width) : s.leftJustified(width);
}

QString bucketLabel(const MetricsBucket& b)
{
    return b.to < 0 ? QStringLiteral("%1+").arg(b.from) : QStringLiteral("%1-%2").arg(b.from).arg(b.to);
}

QJsonValue jsonNumber(std::optional<double> v)
{
    return v ? QJsonValue(*v) : QJsonValue();
}

QJsonObject countsJson(const MetricsRow& r)
{
    return {{QStringLiteral("key"), r.key},
            {QStringLiteral("received"), r.counts.received},
            {QStringLiteral("complied_in_whole_or_part"), r.counts.complied},
            {QStringLiteral("denied"), r.counts.denied},
            {QStringLiteral("withdrawn"), r.counts.withdrawn},
            {QStringLiteral("closing_date_unknown"), r.counts.closedDateUnknown},
            {QStringLiteral("responded"), r.counts.responded},
            {QStringLiteral("median_days"), jsonNumber(r.counts.medianDays)},
            {QStringLiteral("mean_days"), jsonNumber(r.counts.meanDays)}};
}

} // namespace

std::optional<double> RequestMetrics::median(QList<int> values)
{
    if (values.isEmpty())
        return std::nullopt;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    if (n % 2)
        return double(values[n / 2]);
    return (double(values[n / 2 - 1]) + double(values[n / 2])) / 2.0;
}

std::optional<double> RequestMetrics::mean(const QList<int>& values)
{
    if (values.isEmpty())
        return std::nullopt;
    return double(std::accumulate(values.begin(), values.end(), qint64(0))) / double(values.size());
}

bool RequestMetrics::overdueOn(const MetricsRecord& r, QDate day)
{
    if (!r.received.isValid() || r.received > day)
        return false;
    if (StateMachine::isFinal(r.status) && (!r.closed.isValid() || r.closed <= day))
        return false; // closed by then (or on an unknown day: never guessed open)
    // The clock stops as they stood at the end of `day`.
    QList<ClockStop> stops;
    for (const ClockStop& s : r.stops) {
        if (!s.stopped.isValid() || s.stopped > day)
            continue;
        stops << ClockStop{s.stopped, s.restarted.isValid() && s.restarted <= day ? s.restarted : QDate()};
    }
    const Deadline d = Deadlines::compute(r.deadlineInput(stops), day);
    return !d.clockStopped && d.due < day;
}

YearMetrics RequestMetrics::compute(const QList<MetricsRecord>& records, int year, QDate asOf,
                                    std::optional<Regulation> regulation)
{
    YearMetrics m;
    m.year = year;
    m.regulation = regulation;
    m.asOf = asOf;
    m.types = Names::allTypes();
    const QList<Regulation> regs = regulation ? QList<Regulation>{*regulation} : Names::allRegulations();

    QHash<int, Tally> byType, byReg; // keyed by the enum's value
    Tally total;
    for (int month = 1; month <= 12; ++month) {
        MetricsMonth mm;
        mm.month = month;
        mm.receivedByType = QList<int>(m.types.size(), 0);
        m.months << mm;
    }
    int from = 0;
    for (int end : kBucketEnds) {
        m.daysToClose << MetricsBucket{from, end, 0};
        from = end + 1;
    }
    m.daysToClose << MetricsBucket{from, -1, 0};

    QList<const MetricsRecord*> inScope;
    for (const MetricsRecord& r : records) {
        if (regulation && r.regulation != *regulation)
            continue;
        inScope << &r;
        Tally& t = byType[int(r.type)];
        Tally& g = byReg[int(r.regulation)];
        auto add = [&](auto member, int n = 1) {
            t.counts.*member += n;
            g.counts.*member += n;
            total.counts.*member += n;
        };
        const bool final = StateMachine::isFinal(r.status);
        if (final && !r.closed.isValid())
            ++m.unknownClosed;
        if (r.received.year() == year) {
            add(&MetricsCounts::received);
            const int typeIndex = int(m.types.indexOf(r.type));
            MetricsMonth& mm = m.months[r.received.month() - 1];
            if (typeIndex >= 0)
                ++mm.receivedByType[typeIndex];
            ++mm.received;
            if (final && !r.closed.isValid() && r.status != RequestStatus::Cancelled)
                add(&MetricsCounts::closedDateUnknown);
        }
        if (!final || !r.closed.isValid() || r.closed.year() != year)
            continue;
        if (r.status == RequestStatus::Cancelled) {
            add(&MetricsCounts::withdrawn);
            continue;
        }
        add(r.status == RequestStatus::Completed ? &MetricsCounts::complied : &MetricsCounts::denied);
        const int days = int(r.received.daysTo(r.closed));
        t.days << days;
        g.days << days;
        total.days << days;
        for (MetricsBucket& b : m.daysToClose) {
            if (days >= b.from && (b.to < 0 || days <= b.to)) {
                ++b.count;
                break;
            }
        }
    }

    for (RequestType type : m.types) {
        Tally t = byType.value(int(type));
        t.finish();
        m.byType << MetricsRow{Names::key(type), Names::display(type), t.counts};
    }
    for (Regulation reg : regs) {
        Tally t = byReg.value(int(reg));
        t.finish();
        m.byRegulation << MetricsRow{Names::key(reg), Names::display(reg), t.counts};
    }
    total.finish();
    m.total = MetricsRow{QStringLiteral("total"), tr("All types"), total.counts};

    // Overdue at each month end; the month under way as of `asOf`, and none for months not begun. A request
    // without clock stops has the same due date whatever the day, so it is computed once (twelve deadline
    // computations per request would be a second's work at 100,000 requests, on the GUI thread).
    struct Open
    {
        const MetricsRecord* r;
        QDate due; // invalid: it has clock stops, so overdueOn() decides each day
    };
    QList<Open> candidates;
    const QDate yearStart(year, 1, 1);
    for (const MetricsRecord* r : inScope) {
        if (!r->received.isValid() || r->received.year() > year)
            continue;
        if (StateMachine::isFinal(r->status) && (!r->closed.isValid() || r->closed < yearStart))
            continue; // closed before the year (or on an unknown day)
        candidates << Open{r, r->stops.isEmpty() ? Deadlines::compute(r->deadlineInput({}), r->received).due
                                                 : QDate()};
    }
    for (MetricsMonth& mm : m.months) {
        const QDate first(year, mm.month, 1);
        if (!asOf.isValid() || first > asOf)
            continue;
        const QDate day = std::min(first.addMonths(1).addDays(-1), asOf);
        int n = 0;
        for (const Open& o : candidates) {
            if (!o.due.isValid()) {
                n += overdueOn(*o.r, day) ? 1 : 0;
                continue;
            }
            const bool closedBy = StateMachine::isFinal(o.r->status) && o.r->closed <= day;
            n += (o.r->received <= day && !closedBy && o.due < day) ? 1 : 0;
        }
        mm.overdueAtEnd = n;
    }
    return m;
}

QList<int> RequestMetrics::years(const QList<MetricsRecord>& records, int fallback)
{
    QList<int> out;
    for (const MetricsRecord& r : records) {
        for (QDate d : {r.received, r.closed}) {
            if (d.isValid() && !out.contains(d.year()))
                out << d.year();
        }
    }
    if (out.isEmpty())
        out << fallback;
    std::sort(out.begin(), out.end());
    return out;
}

Result<QList<MetricsRecord>> RequestMetrics::load(QSqlDatabase db, int* skipped)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    auto settings = WorkspaceStore::readDeadlineSettings(db);
    if (!settings)
        return settings.error();
    if (!q.exec(QStringLiteral("SELECT id, human_id, type, regulation, status, received_date, extended, "
                               "closed_at, established_in FROM requests ORDER BY id")))
        return storesql::sqlError(q, tr("Reading the requests for the metrics"));
    QList<MetricsRecord> out;
    QHash<qint64, qsizetype> index;
    int unknown = 0;
    while (q.next()) {
        const auto type = Names::parseType(q.value(2).toString());
        const auto reg = Names::parseRegulation(q.value(3).toString());
        const auto status = Names::parseStatus(q.value(4).toString());
        if (!type || !reg || !status) {
            ++unknown;
            continue;
        }
        MetricsRecord r;
        r.humanId = q.value(1).toString();
        r.type = *type;
        r.regulation = *reg;
        r.status = *status;
        r.received = QDate::fromString(q.value(5).toString(), Qt::ISODate);
        r.extended = q.value(6).toInt() != 0;
        const QString closed = q.value(7).toString();
        if (!q.value(7).isNull() && !closed.isEmpty())
            r.closed = storesql::parseTime(closed).toLocalTime().date();
        r.calendar =
            HolidayCalendars::forRegulation(r.regulation, q.value(8).toString(), settings->establishedIn);
        r.gdprClock = settings->gdprClock;
        index.insert(q.value(0).toLongLong(), out.size());
        out << r;
    }
    QSqlQuery c(db);
    c.setForwardOnly(true);
    if (!c.exec(QStringLiteral("SELECT request_id, stopped_on, restarted_on FROM clock_stops ORDER BY id")))
        return storesql::sqlError(c, tr("Reading clock stops"));
    while (c.next()) {
        const auto it = index.constFind(c.value(0).toLongLong());
        if (it == index.constEnd())
            continue;
        out[*it].stops << ClockStop{QDate::fromString(c.value(1).toString(), Qt::ISODate),
                                    QDate::fromString(c.value(2).toString(), Qt::ISODate)};
    }
    if (skipped)
        *skipped = unknown;
    return out;
}

QString RequestMetrics::toText(const YearMetrics& m)
{
    QString o;
    const QString scope = m.regulation ? Names::display(*m.regulation) : tr("all regulations");
    o += tr("Request metrics for %1 (%2), as of %3").arg(m.year).arg(scope, m.asOf.toString(Qt::ISODate)) +
         QLatin1Char('\n');
    o += tr("Per CCPA regulations 11 CCR 7102(a)(1): received, complied with in whole or in part, denied, "
            "and days to respond.") +
         QLatin1String("\n\n");
    auto table = [&o](const QString& first, const QList<MetricsRow>& rows) {
        o += pad(first, 24) + QLatin1Char(' ') + pad(tr("Received"), 9, true) + QLatin1Char(' ') +
             pad(tr("Complied"), 9, true) + QLatin1Char(' ') + pad(tr("Denied"), 9, true) + QLatin1Char(' ') +
             pad(tr("Withdrawn"), 9, true) + QLatin1Char(' ') + pad(tr("Median d"), 9, true) +
             QLatin1Char(' ') + pad(tr("Mean d"), 9, true) + QLatin1Char(' ') +
             pad(tr("Date unknown"), 12, true) + QLatin1Char('\n');
        for (const MetricsRow& r : rows) {
            const MetricsCounts& c = r.counts;
            o += pad(r.name, 24) + QLatin1Char(' ') + pad(QString::number(c.received), 9, true) +
                 QLatin1Char(' ') + pad(QString::number(c.complied), 9, true) + QLatin1Char(' ') +
                 pad(QString::number(c.denied), 9, true) + QLatin1Char(' ') +
                 pad(QString::number(c.withdrawn), 9, true) + QLatin1Char(' ') +
                 pad(number(c.medianDays), 9, true) + QLatin1Char(' ') + pad(number(c.meanDays), 9, true) +
                 QLatin1Char(' ') + pad(QString::number(c.closedDateUnknown), 12, true) + QLatin1Char('\n');
        }
    };
    QList<MetricsRow> types = m.byType;
    types << m.total;
    table(tr("Type"), types);
    o += QLatin1Char('\n');
    table(tr("Regulation"), m.byRegulation);

    o += QLatin1Char('\n') + tr("Requests received per month") + QLatin1Char('\n');
    o += pad(tr("Month"), 8);
    for (RequestType t : m.types)
        o += QLatin1Char(' ') + pad(Names::key(t), std::max(6, int(Names::key(t).size())), true);
    o += QLatin1Char(' ') + pad(tr("Total"), 6, true) + QLatin1Char(' ') +
         pad(tr("Overdue at month end"), 21, true) + QLatin1Char('\n');
    for (const MetricsMonth& mm : m.months) {
        o += pad(QStringLiteral("%1-%2").arg(m.year).arg(mm.month, 2, 10, QLatin1Char('0')), 8);
        for (qsizetype i = 0; i < m.types.size(); ++i)
            o += QLatin1Char(' ') + pad(QString::number(mm.receivedByType.value(i)),
                                        std::max(6, int(Names::key(m.types[i]).size())), true);
        o += QLatin1Char(' ') + pad(QString::number(mm.received), 6, true) + QLatin1Char(' ') +
             pad(mm.overdueAtEnd ? QString::number(*mm.overdueAtEnd) : QStringLiteral("-"), 21, true) +
             QLatin1Char('\n');
    }

    o +=
        QLatin1Char('\n') + tr("Days to respond (completed or denied in %1)").arg(m.year) + QLatin1Char('\n');
    for (const MetricsBucket& b : m.daysToClose)
        o += pad(bucketLabel(b), 8) + QLatin1Char(' ') + pad(QString::number(b.count), 6, true) +
             QLatin1Char('\n');
    if (m.unknownClosed > 0) {
        o += QLatin1Char('\n') +
             tr("%n closed request(s) have no recorded closing date: they count as received and as \"date "
                "unknown\", never in the days or the overdue counts.",
                nullptr, m.unknownClosed) +
             QLatin1Char('\n');
    }
    return o;
}

QString RequestMetrics::toCsv(const YearMetrics& m)
{
    QString o;
    o += QStringLiteral("year,scope,key,received,complied_in_whole_or_part,denied,withdrawn,"
                        "closing_date_unknown,responded,median_days,mean_days\r\n");
    auto rows = [&](const QString& scope, const QList<MetricsRow>& list) {
        for (const MetricsRow& r : list) {
            const MetricsCounts& c = r.counts;
            o += QStringList{QString::number(m.year),
                             scope,
                             csvField(r.key),
                             QString::number(c.received),
                             QString::number(c.complied),
                             QString::number(c.denied),
                             QString::number(c.withdrawn),
                             QString::number(c.closedDateUnknown),
                             QString::number(c.responded),
                             csvNumber(c.medianDays),
                             csvNumber(c.meanDays)}
                     .join(QLatin1Char(',')) +
                 QLatin1String("\r\n");
        }
    };
    rows(QStringLiteral("type"), m.byType);
    rows(QStringLiteral("regulation"), m.byRegulation);
    rows(QStringLiteral("total"), {m.total});

    o += QLatin1String("\r\nmonth");
    for (RequestType t : m.types)
        o += QLatin1String(",received_") + Names::key(t);
    o += QLatin1String(",received,overdue_at_month_end\r\n");
    for (const MetricsMonth& mm : m.months) {
        o += QStringLiteral("%1-%2").arg(m.year).arg(mm.month, 2, 10, QLatin1Char('0'));
        for (int n : mm.receivedByType)
            o += QLatin1Char(',') + QString::number(n);
        o += QLatin1Char(',') + QString::number(mm.received) + QLatin1Char(',') +
             (mm.overdueAtEnd ? QString::number(*mm.overdueAtEnd) : QString()) + QLatin1String("\r\n");
    }

    o += QLatin1String("\r\ndays_to_respond_from,days_to_respond_to,responses\r\n");
    for (const MetricsBucket& b : m.daysToClose)
        o += QStringLiteral("%1,%2,%3\r\n")
                 .arg(b.from)
                 .arg(b.to < 0 ? QString() : QString::number(b.to))
                 .arg(b.count);
    return o;
}

QJsonObject RequestMetrics::toJson(const YearMetrics& m)
{
    QJsonArray types, regs, months, buckets;
    for (const MetricsRow& r : m.byType)
        types << countsJson(r);
    for (const MetricsRow& r : m.byRegulation)
        regs << countsJson(r);
    for (const MetricsMonth& mm : m.months) {
        QJsonObject byType;
        for (qsizetype i = 0; i < m.types.size(); ++i)
            byType[Names::key(m.types[i])] = mm.receivedByType.value(i);
        months << QJsonObject{{QStringLiteral("month"),
                               QStringLiteral("%1-%2").arg(m.year).arg(mm.month, 2, 10, QLatin1Char('0'))},
                              {QStringLiteral("received"), mm.received},
                              {QStringLiteral("received_by_type"), byType},
                              {QStringLiteral("overdue_at_month_end"),
                               mm.overdueAtEnd ? QJsonValue(*mm.overdueAtEnd) : QJsonValue()}};
    }
    for (const MetricsBucket& b : m.daysToClose)
        buckets << QJsonObject{{QStringLiteral("from"), b.from},
                               {QStringLiteral("to"), b.to < 0 ? QJsonValue() : QJsonValue(b.to)},
                               {QStringLiteral("responses"), b.count}};
    return {
        {QStringLiteral("year"), m.year},
        {QStringLiteral("regulation"), m.regulation ? QJsonValue(Names::key(*m.regulation)) : QJsonValue()},
        {QStringLiteral("as_of"), m.asOf.toString(Qt::ISODate)},
        {QStringLiteral("types"), types},
        {QStringLiteral("regulations"), regs},
        {QStringLiteral("total"), countsJson(m.total)},
        {QStringLiteral("months"), months},
        {QStringLiteral("days_to_respond"), buckets},
        {QStringLiteral("closed_without_date"), m.unknownClosed}};
}

} // namespace lethe
