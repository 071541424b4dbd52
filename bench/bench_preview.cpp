// Preview of one subject among millions of rows: the five demo products generated at a scale (SQLite), and
// one known subject searched in all of them, as the Preview tab does. Beside it a floor measured in the same
// run: the very queries the traversal issued, with the same bound values, executed directly on one connection
// per database with no traversal around them. Also the peak resident memory of the traversal runs (VmHWM,
// reset after generation).
#include "BenchUtil.h"
#include "DemoProducts.h"
#include "Traversal.h"
#include "WorkspaceMaps.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <memory>

using namespace lethe;
using namespace lethe::bench;

static void resetPeakRss()
{
    QFile f(QStringLiteral("/proc/self/clear_refs"));
    if (f.open(QIODevice::WriteOnly))
        f.write("5");
}

// Generates the products into `folder` and prints the row count: run in a child process, so the memory the
// generator used is not counted in the traversal's peak.
static int generate(const QString& folder, int scale, const QString& specsDir)
{
    auto specs = DemoProducts::load(specsDir);
    if (!specs) {
        std::fprintf(stderr, "%s\n", qPrintable(specs.error().message));
        return 1;
    }
    DemoProducts::Target target;
    target.scale = scale;
    target.today = QDate(2026, 11, 22);
    auto installed = DemoProducts::install(*specs, folder, target);
    if (!installed) {
        std::fprintf(stderr, "%s\n", qPrintable(installed.error().message));
        return 1;
    }
    qint64 rows = 0;
    for (const DemoProduct& p : std::as_const(*installed)) {
        rows += p.rows;
        SqlConnection c;
        if (c.open(p.db))
            QSqlQuery(c.db()).exec(QStringLiteral("ANALYZE"));
    }
    std::fprintf(stdout, "%lld\n", rows);
    return 0;
}

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const QStringList args = app.arguments();
    if (args.value(1) == QLatin1String("--generate"))
        return generate(args.value(2), args.value(3).toInt(), args.value(4));
    const int scale = argc > 1 ? args.value(1).toInt() : 20;
    const int runs = argc > 2 ? args.value(2).toInt() : 7;
    const QString specsDir = argc > 3 ? args.value(3) : QStringLiteral(LETHE_DEMO_DIR);
    QTemporaryDir dir;
    QElapsedTimer gen;
    gen.start();
    QProcess child;
    child.start(app.applicationFilePath(),
                {QStringLiteral("--generate"), dir.path(), QString::number(scale), specsDir});
    child.waitForFinished(-1);
    const qint64 rows = child.readAllStandardOutput().trimmed().toLongLong();
    if (child.exitCode() != 0 || rows <= 0) {
        std::fprintf(stderr, "generating the demo products failed: %s\n",
                     child.readAllStandardError().constData());
        return 1;
    }
    // The maps as every use case loads them: all of them or none (WorkspaceMaps).
    QStringList files, issues;
    for (const QString& f : QDir(dir.path()).entryList({QStringLiteral("*.yaml")}, QDir::Files, QDir::Name))
        files << dir.filePath(f);
    auto loaded = WorkspaceMaps::loadFiles(files, &issues);
    if (!loaded) {
        std::fprintf(stderr, "%s\n", qPrintable(issues.value(0, loaded.error().message)));
        return 1;
    }
    QList<DataMap> maps = *loaded;
    std::fprintf(
        stdout,
        "preview benchmark: %lld demo products at scale %d, %lld rows (generated in %.1f s), %d runs\n",
        qint64(maps.size()), scale, rows, gen.elapsed() / 1000.0, runs);

    // A known subject: an account holder in two products and a lead in the others' workspaces.
    const QList<Identity> subject{{IdentityKind::Email, QStringLiteral("amelia.hart@example.com")},
                                  {IdentityKind::Phone, QStringLiteral("+442079460101")}};
    struct Query
    {
        int map;
        QString sql;
        QVariantList values;
    };
    QList<Query> queries;
    qint64 found = 0;
    resetPeakRss();
    const double traversal = timeMs(runs, [&] {
        found = 0;
        queries.clear();
        for (int m = 0; m < maps.size(); ++m) {
            Traversal::Options o;
            o.previewRows = 50;
            o.queryLog = [&queries, m](const QString& sql, const QVariantList& values) {
                queries << Query{m, sql, values};
            };
            auto d = Traversal::run(maps[m], {maps[m].sources.first().connection}, subject, o);
            found += d ? d->totalRows() : 0;
        }
    });
    const qint64 peak = peakRssKb();

    // The floor: the same statements and values, run directly, every row read.
    qint64 floorRows = 0;
    const double floor = timeMs(runs, [&] {
        floorRows = 0;
        QList<std::shared_ptr<SqlConnection>> connections;
        for (const DataMap& map : std::as_const(maps)) {
            connections << std::make_shared<SqlConnection>();
            if (!connections.last()->open(map.sources.first().connection))
                return;
        }
        for (const Query& q : std::as_const(queries)) {
            QSqlQuery s(connections[q.map]->db());
            s.setForwardOnly(true);
            s.prepare(q.sql);
            for (const QVariant& v : q.values)
                s.addBindValue(v);
            s.exec();
            const int columns = s.record().count();
            while (s.next()) {
                ++floorRows;
                for (int i = 0; i < columns; ++i)
                    (void)s.value(i);
            }
        }
    });
    if (floorRows < found) {
        std::fprintf(stderr, "traversal found %lld rows, its queries return %lld\n", found, floorRows);
        return 1;
    }
    std::fprintf(stdout, "subject: %lld rows found among %lld, in %lld queries\n", found, rows,
                 qint64(queries.size()));
    report(QStringLiteral("preview one subject, 5 products"), traversal, floor,
           QStringLiteral("same queries, direct"), 500);
    std::fprintf(stdout, "peak memory during the traversal runs: %.1f MB (goal < 100 MB)\n", peak / 1024.0);
    return 0;
}
