#pragma once

#include "Deadlines.h"
#include "Result.h"
#include "Types.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace lethe {

// One request as the metrics see it: no subject, no identities.
struct MetricsRecord
{
    QString humanId;
    RequestType type = RequestType::Access;
    Regulation regulation = Regulation::Gdpr;
    RequestStatus status = RequestStatus::New;
    QDate received;
    QDate closed; // the day it was completed, denied or cancelled; invalid while open or when unknown
    bool extended = false;
    QList<ClockStop> stops;
    // The deadline rules the queue uses for it: the request's or the workspace's holiday calendar and the
    // EU clock rule (WorkspaceStore::readDeadlineSettings), so "overdue" here is what the queue said.
    const HolidayCalendar* calendar = nullptr;
    GdprClockRule gdprClock = GdprClockRule::Pause;
    DeadlineInput deadlineInput(const QList<ClockStop>& stopsThen) const
    {
        DeadlineInput in{regulation, received, extended, stopsThen, type};
        in.calendar = calendar;
        in.gdprClock = gdprClock;
        return in;
    }
};

// The counts of one row of the CCPA 11 CCR 7102(a)(1) table (a type, a regulation, or everything).
struct MetricsCounts
{
    int received = 0;                 // received in the year
    int complied = 0;                 // completed in the year (in whole or in part: status Completed)
    int denied = 0;                   // denied in the year
    int withdrawn = 0;                // cancelled in the year (the subject withdrew it); not a response
    int closedDateUnknown = 0;        // received in the year and closed, but on a day nobody recorded
    int responded = 0;                // complied + denied: the requests the days below are over
    std::optional<double> medianDays; // none when nothing was responded to in the year
    std::optional<double> meanDays;
};

struct MetricsRow
{
    QString key;  // the type's or regulation's machine name; "total" for the sum
    QString name; // display name
    MetricsCounts counts;
};

struct MetricsMonth
{
    int month = 1;             // 1..12
    QList<int> receivedByType; // in the order of YearMetrics::types
    int received = 0;
    std::optional<int> overdueAtEnd; // open and past due at the end of the month; none for a month not over
};

struct MetricsBucket
{
    int from = 0;
    int to = -1; // inclusive; -1: no upper end
    int count = 0;
};

struct YearMetrics
{
    int year = 0;
    std::optional<Regulation> regulation; // only this regulation's requests; none: all
    QDate asOf;                           // the day it was computed for
    QList<RequestType> types;             // Names::allTypes() at the time
    QList<MetricsRow> byType;
    QList<MetricsRow> byRegulation;
    MetricsRow total;
    QList<MetricsMonth> months;       // 12
    QList<MetricsBucket> daysToClose; // responses in the year by days from receipt
    int unknownClosed = 0;            // closed requests without a closing day, left out of the overdue counts
};

// The yearly request metrics CCPA regulations require of a business handling the personal information of
// 10,000,000 or more consumers (11 CCR 7102(a)(1)): per type, the requests received, complied with in whole
// or in part and denied, and the median and mean days to respond; and, for running the team, per month:
// requests received by type, the spread of days to close and how many open requests were overdue at each
// month end.
//
// Which year a request counts in: it is received in the year of its receipt; it is complied with or denied
// (and its days to respond count) in the year of the day it was closed. A request received on 2025-12-20 and
// completed on 2026-01-10 is received in 2025 and complied with in 2026, with 21 days. Days to respond are
// calendar days from receipt to the day of the answer. A closed request whose closing day is unknown (closed
// before Lethe kept it, without an audit event that says when) is never guessed: it counts as received and as
// "closing date unknown" in the year it was received, and in no complied, denied or days figure.
class RequestMetrics
{
    Q_DECLARE_TR_FUNCTIONS(lethe::RequestMetrics)
public:
    static YearMetrics compute(const QList<MetricsRecord>& records, int year, QDate asOf,
                               std::optional<Regulation> regulation = std::nullopt);

    // The median of `values` (the mean of the two middle ones for an even count); none when empty.
    static std::optional<double> median(QList<int> values);
    static std::optional<double> mean(const QList<int>& values);
    // Whether `r` was open and past its due date at the end of `day` (its clock stops as they were then).
    static bool overdueOn(const MetricsRecord& r, QDate day);

    // Every request of the workspace database, with its clock stops; the closing day is the local date of
    // closed_at. Unknown types, regulations or statuses (a newer Lethe) are left out and counted in
    // `skipped`.
    static Result<QList<MetricsRecord>> load(QSqlDatabase db, int* skipped = nullptr);

    // The years there are requests in (received or closed), ascending; `fallback` when there are none.
    static QList<int> years(const QList<MetricsRecord>& records, int fallback);

    // The report as text (a table per section), as CSV (RFC 4180, sections apart by an empty line, each with
    // its header) and as JSON. Machine names in CSV and JSON; translated names in text.
    static QString toText(const YearMetrics& m);
    static QString toCsv(const YearMetrics& m);
    static QJsonObject toJson(const YearMetrics& m);
};

} // namespace lethe
