// Time from starting `lethe` to its main window on screen (it prints "shown" at the first expose), on a
// workspace of N requests, beside the floor: an empty Qt main window started the same way. Needs a display
// (scripts/bench runs it under Xvfb).
#include "BenchUtil.h"
#include "DemoData.h"
#include "Workspace.h"
#include "WorkspaceStore.h"

#include <QCoreApplication>
#include <QProcess>
#include <QTemporaryDir>

using namespace lethe;
using namespace lethe::bench;

static double timeToShown(const QString& program, const QStringList& args, const QProcessEnvironment& env)
{
    QProcess p;
    p.setProcessEnvironment(env);
    QElapsedTimer t;
    t.start();
    p.start(program, args);
    while (p.waitForReadyRead(10000)) {
        if (p.readAllStandardOutput().contains("shown")) {
            const double ms = t.nsecsElapsed() / 1e6;
            p.waitForFinished(10000);
            return ms;
        }
    }
    p.kill();
    p.waitForFinished();
    return -1;
}

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 100000;
    const int runs = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 7;
    if (qEnvironmentVariableIsEmpty("DISPLAY")) {
        std::fprintf(stderr, "bench_startup needs a display: run it through scripts/bench (Xvfb).\n");
        return 2;
    }
    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    const QString folder = home.filePath(QStringLiteral("ws"));
    auto ws = Workspaces::create(folder);
    if (!ws)
        return 1;
    {
        auto store = WorkspaceStore::open(ws->store, QStringLiteral("bench"));
        if (!store || !(*store)->addRequests(DemoData::generate(count, QDate::currentDate())))
            return 1;
    }
    std::fprintf(stdout, "start-up benchmark: workspace of %d requests, %d runs\n", count, runs);
    QList<double> lethe, floor;
    timeToShown(QStringLiteral(LETHE_FLOOR_WINDOW_PATH), {}, env); // warm the file cache once
    timeToShown(QStringLiteral(LETHE_GUI_PATH),
                {QStringLiteral("--workspace"), folder, QStringLiteral("--exit-when-shown")}, env);
    for (int i = 0; i < runs; ++i) {
        floor << timeToShown(QStringLiteral(LETHE_FLOOR_WINDOW_PATH), {}, env);
        lethe << timeToShown(QStringLiteral(LETHE_GUI_PATH),
                             {QStringLiteral("--workspace"), folder, QStringLiteral("--exit-when-shown")},
                             env);
    }
    if (lethe.contains(-1) || floor.contains(-1)) {
        std::fprintf(stderr, "a window never showed\n");
        return 1;
    }
    report(QStringLiteral("start to shown main window"), median(lethe), median(floor),
           QStringLiteral("empty Qt window"), 1000);
    return 0;
}
