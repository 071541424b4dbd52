// The request queue at 100,000 requests: the first page and every page (on a worker thread, as the GUI reads
// them, each later page when the one before has arrived: a view scrolled to the end at once), sort and
// filter in the model. Floors, measured in the same run on the same data: a bare SELECT of the same rows
// (load), std::sort of the due dates alone (sort), a bare case-insensitive scan of the subject names
// (filter).
#include "BenchUtil.h"
#include "DemoData.h"
#include "QueueLoader.h"
#include "RequestQueueModel.h"
#include "WorkspaceStore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <random>

using namespace lethe;
using namespace lethe::bench;

// Keeps the floor's result alive so the compiler cannot drop the loop it times.
volatile int g_sink = 0;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const int count = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 100000;
    const int runs = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 7;
    const QDate today(2026, 11, 22);

    QTemporaryDir dir;
    ConnectionParams p;
    p.path = dir.filePath(QStringLiteral("bench.db"));
    {
        QElapsedTimer t;
        t.start();
        auto store = WorkspaceStore::open(p, QStringLiteral("bench"),
                                          [today] { return QDateTime(today, QTime(9, 0), Qt::UTC); });
        if (!store) {
            std::fprintf(stderr, "%s\n", qPrintable(store.error().message));
            return 1;
        }
        auto made = (*store)->addRequests(DemoData::generate(count, today));
        if (!made) {
            std::fprintf(stderr, "%s\n", qPrintable(made.error().message));
            return 1;
        }
        std::fprintf(stdout,
                     "queue benchmark: %d requests (created with their audit events in %.1f s), %d runs\n",
                     count, t.elapsed() / 1000.0, runs);
    }

    RequestQueueModel model;
    model.setToday(today);
    QueueLoader loader;
    QObject::connect(&loader, &QueueLoader::chunkLoaded, &model, &RequestQueueModel::appendRows);

    // The first screen: start() to the first page (5,000 rows), which is all the window reads until scrolled.
    const double firstPage = timeMs(runs, [&] {
        QEventLoop loop;
        model.clear();
        auto c = QObject::connect(&loader, &QueueLoader::finished, &loop, &QEventLoop::quit);
        loader.start(p, today);
        loop.exec();
        QObject::disconnect(c);
        model.finishLoading();
    });
    // The same by days left, the window's default sort: the server pages by the key each request stores
    // (DueKeys), so this too is one page.
    bool urgent = true;
    const double firstUrgentPage = timeMs(runs, [&] {
        QEventLoop loop;
        model.clear();
        auto c = QObject::connect(&loader, &QueueLoader::finished, &loop, &QEventLoop::quit);
        loader.start(p, today, {}, 5000, QueueQuery::Order::Urgency);
        loop.exec();
        QObject::disconnect(c);
        urgent = urgent && loader.order() == QueueQuery::Order::Urgency;
        model.finishLoading();
    });
    if (!urgent) {
        std::fprintf(stderr, "the first page by days left was not read in that order\n");
        return 1;
    }
    const double load = timeMs(runs, [&] {
        QEventLoop loop;
        model.clear();
        // Every page, each asked for as soon as the one before arrived (a view scrolled to the end at once).
        auto c = QObject::connect(&loader, &QueueLoader::finished, &loop, [&] {
            if (!loader.fetchMore())
                loop.quit();
        });
        loader.start(p, today);
        loop.exec();
        QObject::disconnect(c);
        model.finishLoading();
    });
    if (model.totalCount() != count) {
        std::fprintf(stderr, "loaded %d rows, expected %d\n", model.totalCount(), count);
        return 1;
    }
    const double loadFloor = timeMs(runs, [&] {
        SqlConnection c;
        if (!c.open(p))
            return;
        QSqlQuery q(c.db());
        q.setForwardOnly(true);
        q.exec(QStringLiteral(
            "SELECT r.id, r.human_id, r.type, r.regulation, r.status, r.received_date, r.extended, "
            "r.assignee, s.display_name FROM requests r JOIN subjects s ON s.id = r.subject_id"));
        qint64 n = 0;
        while (q.next())
            n += q.value(1).toString().size();
        Q_UNUSED(n);
    });
    report(QStringLiteral("first page of 5,000 (worker thread)"), firstPage, loadFloor * 5000 / count,
           QStringLiteral("bare SELECT of all, prorated"));
    report(QStringLiteral("first page of 5,000 by days left (worker thread)"), firstUrgentPage,
           loadFloor * 5000 / count, QStringLiteral("bare SELECT of all, prorated"));
    report(QStringLiteral("load 100k (every page, worker thread)"), load, loadFloor,
           QStringLiteral("bare SELECT"));

    QList<QDate> dues;
    QStringList names;
    for (int r = 0; r < model.rowCount(); ++r) {
        dues << model.summaryAt(r)->due;
        names << model.summaryAt(r)->primaryIdentity;
    }
    std::shuffle(dues.begin(), dues.end(), std::mt19937(7));
    const double sortFloor = timeMs(runs, [&] {
        QList<QDate> d = dues;
        std::sort(d.begin(), d.end());
    });
    // Each timed sort starts from another column's order, as when a person clicks a different header.
    auto timedSort = [&](int column, int from) {
        QList<double> t;
        for (int i = 0; i < runs; ++i) {
            model.sort(from, i % 2 ? Qt::DescendingOrder : Qt::AscendingOrder);
            QElapsedTimer e;
            e.start();
            model.sort(column, Qt::AscendingOrder);
            t << e.nsecsElapsed() / 1e6;
        }
        return median(t);
    };
    const double sortDays = timedSort(RequestQueueModel::DaysLeftColumn, RequestQueueModel::SubjectColumn);
    report(QStringLiteral("sort by days left"), sortDays, sortFloor, QStringLiteral("std::sort of dates"),
           100);
    const double sortSubject = timedSort(RequestQueueModel::SubjectColumn, RequestQueueModel::DaysLeftColumn);
    report(QStringLiteral("sort by subject (text)"), sortSubject, sortFloor,
           QStringLiteral("std::sort of dates"), 100);
    const double sortId = timedSort(RequestQueueModel::IdColumn, RequestQueueModel::AssigneeColumn);
    report(QStringLiteral("sort by id"), sortId, sortFloor, QStringLiteral("std::sort of dates"), 100);

    const double filterFloor = timeMs(runs, [&] {
        int hits = 0;
        for (const QString& n : names)
            hits += n.contains(QLatin1String("subject4217@"), Qt::CaseInsensitive);
        g_sink = hits;
    });
    // Times only the filter change itself; the reset to "no filter" between runs is not counted.
    auto timedFilter = [&](const QueueFilter& f) {
        QList<double> t;
        for (int i = 0; i < runs; ++i) {
            model.setFilter(QueueFilter{});
            QElapsedTimer e;
            e.start();
            model.setFilter(f);
            t << e.nsecsElapsed() / 1e6;
        }
        model.setFilter(QueueFilter{});
        return median(t);
    };
    QueueFilter text;
    text.text = QStringLiteral("subject4217@");
    const double filterText = timedFilter(text);
    model.setFilter(text);
    if (model.rowCount() != 1) {
        std::fprintf(stderr, "free-text filter found %d rows, expected 1\n", model.rowCount());
        return 1;
    }
    model.setFilter(QueueFilter{});
    report(QStringLiteral("filter by free text"), filterText, filterFloor,
           QStringLiteral("contains() on one field"), 100);
    QueueFilter status;
    status.status = RequestStatus::New;
    status.regulation = Regulation::Gdpr;
    const double filterStatus = timedFilter(status);
    report(QStringLiteral("filter by status and regulation"), filterStatus, filterFloor,
           QStringLiteral("contains() on one field"), 100);
    return 0;
}
