#pragma once

#include <QElapsedTimer>
#include <QFile>
#include <QList>
#include <QString>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <functional>

namespace lethe::bench {

// A line of /proc/self/status in kB: "VmHWM" (the peak resident memory since the last reset), "VmRSS" (now).
// -1 when it cannot be read.
inline qint64 statusKb(const char* field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray key = QByteArray(field) + ':';
    for (const QByteArray& line : f.readAll().split('\n'))
        if (line.startsWith(key))
            return line.mid(key.size()).trimmed().split(' ').first().toLongLong();
    return -1;
}
inline qint64 peakRssKb()
{
    return statusKb("VmHWM");
}

inline double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    const qsizetype n = v.size();
    return n == 0 ? 0 : (n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2);
}

// Runs `fn` `runs` times and returns the median wall time in milliseconds.
inline double timeMs(int runs, const std::function<void()>& fn)
{
    QList<double> t;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer e;
        e.start();
        fn();
        t << e.nsecsElapsed() / 1e6;
    }
    return median(t);
}

// One line per measurement: name, median, floor, ratio, and the goal if there is one.
inline void report(const QString& name, double ms, double floorMs, const QString& floorName,
                   double goalMs = 0)
{
    QString line =
        QStringLiteral("%1  median %2 ms   floor (%3) %4 ms   ratio %5x")
            .arg(name.leftJustified(34), QString::number(ms, 'f', 2).rightJustified(8), floorName,
                 QString::number(floorMs, 'f', 2), QString::number(floorMs > 0 ? ms / floorMs : 0, 'f', 2));
    if (goalMs > 0)
        line += QStringLiteral("   goal < %1 ms: %2")
                    .arg(goalMs)
                    .arg(ms < goalMs ? QStringLiteral("met") : QStringLiteral("NOT MET"));
    std::fprintf(stdout, "%s\n", qPrintable(line));
    std::fflush(stdout);
}

} // namespace lethe::bench
