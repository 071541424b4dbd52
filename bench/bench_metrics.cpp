// The yearly request metrics (RequestMetrics::compute) at 100,000 requests, as the Reports window computes
// them on the GUI thread when the year or regulation changes. Floor, measured in the same run on the same
// requests: one deadline computation per request (the least any overdue count needs), and a bare pass that
// counts the requests received per month. Goal: under 200 ms, so changing the year never feels stuck.
#include "BenchUtil.h"
#include "RequestMetrics.h"
#include "StateMachine.h"

#include <QCoreApplication>

#include <random>

using namespace lethe;
using namespace lethe::bench;

volatile int g_sink = 0;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 100000;
    const int runs = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 7;
    const QDate asOf(2026, 11, 22);

    // Received over two years; a third open (a tenth of those with a clock stop), the rest closed after 0-120
    // days in the proportions of the demo: completed 7, denied 3, cancelled 2.
    std::mt19937 rng(7);
    const QList<RequestType> types = Names::allTypes();
    const QList<Regulation> regs = Names::allRegulations();
    QList<MetricsRecord> records;
    records.reserve(count);
    for (int i = 0; i < count; ++i) {
        MetricsRecord r;
        r.type = types[int(rng() % types.size())];
        r.regulation = regs[int(rng() % regs.size())];
        r.received = asOf.addDays(-int(rng() % 700));
        const int kind = int(rng() % 18);
        if (kind < 6) {
            r.status = RequestStatus::InProgress;
            if (kind == 0)
                r.stops << ClockStop{r.received.addDays(2), r.received.addDays(9)};
        } else {
            r.status = kind < 13 ? RequestStatus::Completed
                                 : (kind < 16 ? RequestStatus::Denied : RequestStatus::Cancelled);
            r.closed = std::min(asOf, r.received.addDays(int(rng() % 121)));
        }
        records << r;
    }
    std::fprintf(stdout, "metrics benchmark: %d requests, %d runs\n", count, runs);

    const double compute = timeMs(runs, [&] {
        const YearMetrics m = RequestMetrics::compute(records, 2026, asOf);
        g_sink = g_sink + m.total.counts.received + m.months[10].overdueAtEnd.value_or(0);
    });
    const double deadlines = timeMs(runs, [&] {
        int n = 0;
        for (const MetricsRecord& r : records)
            n += Deadlines::compute({r.regulation, r.received, r.extended, r.stops}, asOf).due < asOf ? 1 : 0;
        g_sink = g_sink + n;
    });
    const double pass = timeMs(runs, [&] {
        int perMonth[13] = {};
        for (const MetricsRecord& r : records)
            if (r.received.year() == 2026)
                ++perMonth[r.received.month()];
        g_sink = g_sink + perMonth[1];
    });
    report(QStringLiteral("compute (year, 12 month ends)"), compute, deadlines,
           QStringLiteral("one deadline per request"), 200);
    report(QStringLiteral("compute vs a bare pass"), compute, pass, QStringLiteral("count per month"));
    return 0;
}
