// Exporting the bundle of one subject with a large log (issue 6): a SQLite product database in which the
// subject has a million event rows (and a profile and a few hundred orders) among 1,000 people, exported as a
// signed bundle (BundleExporter, key made in-process). Beside it a floor measured in the same run: `zip -r
// -q` of the very JSON and CSV files the bundle holds, extracted to a folder. Each export runs in a child
// process (this program again, with --child), which reports its wall time and its peak resident memory
// (VmHWM); the parent checks the child's peak with getrusage(RUSAGE_CHILDREN). Then verify:
// BundleReader::verify of the bundle beside `sha256sum -c SHA256SUMS` of the extracted files.
#include "BenchUtil.h"
#include "BundleExporter.h"
#include "BundleReader.h"
#include "DataMapLoader.h"
#include "Minisign.h"
#include "SqlConnection.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <sys/resource.h>

using namespace lethe;
using namespace lethe::bench;

namespace {

const QByteArray kMap = R"(lethe_datamap: 1
system:
  key: app
  name: App
  art15:
    purposes: [Run the app, Detect fraud]
    retention: [Events 13 months]
  identities: [email]
sources:
  - key: main
    engine: sqlite
    path: app.db
    tables:
      - name: users
        primary_key: id
        erase: rows
        fields:
          - {name: id, categories: [user.unique_id]}
          - {name: email, categories: [user.contact.email], identity: email}
          - {name: name, categories: [user.name]}
          - {name: created, categories: [system.operations]}
      - name: orders
        primary_key: id
        erase: rows
        fields:
          - {name: id, categories: [system.operations]}
          - {name: user_id, categories: [user.unique_id], references: users.id}
          - {name: total, categories: [user.financial]}
          - {name: address, categories: [user.contact.address]}
      - name: events
        primary_key: id
        erase: rows
        fields:
          - {name: id, categories: [system.operations]}
          - {name: user_id, categories: [user.unique_id], references: users.id}
          - {name: kind, categories: [user.behavior.browsing_history]}
          - {name: path, categories: [user.behavior.browsing_history]}
          - {name: ip, categories: [user.device.ip_address]}
          - {name: at, categories: [system.operations]}
)";

bool generate(const QString& path, int rows)
{
    ConnectionParams p;
    p.engine = ConnectionParams::Engine::Sqlite;
    p.path = path;
    SqlConnection c;
    if (!c.open(p))
        return false;
    QSqlQuery q(c.db());
    q.exec(QStringLiteral(
        "CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT NOT NULL, name TEXT, created TEXT)"));
    q.exec(QStringLiteral("CREATE TABLE orders (id INTEGER PRIMARY KEY, user_id INTEGER NOT NULL REFERENCES "
                          "users(id), total REAL, address TEXT)"));
    q.exec(QStringLiteral("CREATE TABLE events (id INTEGER PRIMARY KEY, user_id INTEGER NOT NULL REFERENCES "
                          "users(id), kind TEXT, path TEXT, ip TEXT, at TEXT)"));
    q.exec(QStringLiteral("CREATE INDEX orders_user ON orders(user_id)"));
    q.exec(QStringLiteral("CREATE INDEX events_user ON events(user_id)"));
    c.db().transaction();
    q.prepare(QStringLiteral("INSERT INTO users VALUES (?, ?, ?, ?)"));
    for (int u = 1; u <= 1000; ++u) {
        q.addBindValue(u);
        q.addBindValue(QStringLiteral("person%1@example.com").arg(u));
        q.addBindValue(QStringLiteral("Person %1").arg(u));
        q.addBindValue(QStringLiteral("2024-%1-01T10:00:00Z").arg(1 + u % 12, 2, 10, QLatin1Char('0')));
        q.exec();
    }
    q.prepare(QStringLiteral("INSERT INTO orders VALUES (?, ?, ?, ?)"));
    for (int i = 0; i < 20000; ++i) {
        q.addBindValue(i + 1);
        q.addBindValue(i < 400 ? 1 : 2 + i % 999);
        q.addBindValue(9.99 + (i % 500) * 0.37);
        q.addBindValue(QStringLiteral("%1 High Street, Flat %2, Leeds").arg(1 + i % 120).arg(1 + i % 9));
        q.exec();
    }
    static const char* kinds[] = {"page_view", "click", "search", "add_to_cart", "login", "logout"};
    static const char* paths[] = {"/",     "/products",         "/products/42",
                                  "/cart", "/account/settings", "/search?q=shoes"};
    // The subject (user 1) has `rows` events; a thousand others have 200 each, interleaved.
    q.prepare(QStringLiteral("INSERT INTO events VALUES (?, ?, ?, ?, ?, ?)"));
    const int others = 1000 * 200;
    for (int i = 0; i < rows + others; ++i) {
        q.addBindValue(i + 1);
        q.addBindValue(i % 6 == 5 && i / 6 < others ? 2 + (i / 6) % 999 : 1);
        q.addBindValue(QString::fromLatin1(kinds[i % 6]));
        q.addBindValue(QString::fromLatin1(paths[(i / 7) % 6]));
        q.addBindValue(QStringLiteral("203.0.113.%1").arg(i % 251));
        q.addBindValue(QStringLiteral("2026-%1-%2T%3:%4:%5Z")
                           .arg(1 + (i / 86400) % 12, 2, 10, QLatin1Char('0'))
                           .arg(1 + i % 28, 2, 10, QLatin1Char('0'))
                           .arg(i % 24, 2, 10, QLatin1Char('0'))
                           .arg(i % 60, 2, 10, QLatin1Char('0'))
                           .arg((i * 7) % 60, 2, 10, QLatin1Char('0')));
        if (!q.exec()) {
            std::fprintf(stderr, "%s\n", qPrintable(q.lastError().text()));
            return false;
        }
    }
    return c.db().commit();
}

// The child: one export of the subject's bundle into `out`; prints "<ms> <peak kB> <rows>".
int childExport(const QString& dir, const QString& out)
{
    const DataMapLoad load = DataMapLoader::parse(kMap, QDir(dir).filePath(QStringLiteral("app.yaml")), dir);
    if (!load.ok()) {
        std::fprintf(stderr, "the data map does not load\n");
        return 1;
    }
    auto key = Minisign::generate();
    if (!key)
        return 1;
    ConnectionParams product;
    product.engine = ConnectionParams::Engine::Sqlite;
    product.path = QDir(dir).filePath(QStringLiteral("app.db"));
    Request r;
    r.humanId = QStringLiteral("R-2026-0001");
    r.type = RequestType::Access;
    r.status = RequestStatus::InProgress;
    r.regulation = Regulation::Gdpr;
    r.subjectName = QStringLiteral("Person 1");
    r.identities = {{IdentityKind::Email, QStringLiteral("person1@example.com")}};
    BundleExporter::Options o;
    o.contacts = {QStringLiteral("Example Ltd"),
                  QStringLiteral("privacy@example.com"),
                  {},
                  QStringLiteral("A supervisory authority"),
                  {}};
    o.generated = QDateTime::currentDateTimeUtc();
    o.programVersion = QStringLiteral(LETHE_VERSION);
    o.sign = [&](const QByteArray& sums) {
        return Minisign::sign(*key, sums, QStringLiteral("lethe bundle bench"));
    };
    QElapsedTimer t;
    t.start();
    auto summary = BundleExporter::write(r, {{*load.map, load.map->file, {product}, {}}}, out, o);
    const double ms = t.nsecsElapsed() / 1e6;
    if (!summary) {
        std::fprintf(stderr, "export: %s\n", qPrintable(summary.error().message));
        return 1;
    }
    std::fprintf(stdout, "%.3f %lld %lld\n", ms, peakRssKb(), summary->rows);
    return 0;
}

double runTool(const QString& program, const QStringList& args, const QString& dir)
{
    QProcess p;
    p.setWorkingDirectory(dir);
    p.setProcessChannelMode(QProcess::ForwardedChannels);
    QElapsedTimer t;
    t.start();
    p.start(program, args);
    if (!p.waitForStarted()) {
        std::fprintf(stderr, "%s is not installed (scripts/setup installs it)\n", qPrintable(program));
        return -1;
    }
    p.waitForFinished(-1);
    const double ms = t.nsecsElapsed() / 1e6;
    return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0 ? ms : -1;
}

qint64 folderBytes(const QString& dir)
{
    qint64 n = 0;
    QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        n += it.fileInfo().size();
    }
    return n;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    if (argc == 4 && QByteArray(argv[1]) == "--child")
        return childExport(QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]));
    const int rows = argc > 1 ? QByteArray(argv[1]).toInt() : 1000000;
    const int runs = argc > 2 ? std::max(1, QByteArray(argv[2]).toInt()) : 3;
    QTemporaryDir dir;
    if (qEnvironmentVariableIsSet(
            "LETHE_BENCH_KEEP")) { // for profiling: bench_export --child DIR OUT under perf
        dir.setAutoRemove(false);
        std::fprintf(stdout, "export: keeping %s\n", qPrintable(dir.path()));
    }
    QFile map(dir.filePath(QStringLiteral("app.yaml")));
    if (!map.open(QIODevice::WriteOnly) || map.write(kMap) != kMap.size())
        return 1;
    map.close();
    if (!generate(dir.filePath(QStringLiteral("app.db")), rows))
        return 1;

    // The exports, each in a child process.
    QList<double> exportMs;
    qint64 peakKb = 0, exportedRows = 0;
    const QString bundle = dir.filePath(QStringLiteral("bundle.zip"));
    for (int i = 0; i < runs; ++i) {
        QFile::remove(bundle);
        QProcess child;
        child.setProcessChannelMode(QProcess::SeparateChannels);
        child.setProcessEnvironment(QProcessEnvironment::systemEnvironment());
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--child"), dir.path(), bundle});
        child.waitForFinished(-1);
        const QList<QByteArray> out = child.readAllStandardOutput().trimmed().split(' ');
        if (child.exitCode() != 0 || out.size() != 3) {
            std::fprintf(stderr, "the export failed: %s\n", child.readAllStandardError().constData());
            return 1;
        }
        exportMs << out[0].toDouble();
        peakKb = std::max(peakKb, out[1].toLongLong());
        exportedRows = out[2].toLongLong();
    }
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage); // ru_maxrss: the largest child so far, in kB

    // The floor: zip -r of the same JSON and CSV files.
    const QString files = dir.filePath(QStringLiteral("files"));
    auto extracted = BundleReader::extract(bundle, files, nullptr);
    if (!extracted) {
        std::fprintf(stderr, "extract: %s\n", qPrintable(extracted.error().message));
        return 1;
    }
    const qint64 dataBytes = folderBytes(QDir(files).filePath(QStringLiteral("data")));
    QList<double> zipMs;
    for (int i = 0; i < runs; ++i) {
        const QString zipOut = dir.filePath(QStringLiteral("floor%1.zip").arg(i));
        const double ms =
            runTool(QStringLiteral("zip"),
                    {QStringLiteral("-r"), QStringLiteral("-q"), zipOut, QStringLiteral("data")}, files);
        if (ms < 0)
            return 1;
        zipMs << ms;
        QFile::remove(zipOut);
    }
    std::fprintf(
        stdout,
        "export: the subject has %lld rows (events, orders, profile) among %lld; bundle %.1f MB, its "
        "JSON and CSV %.1f MB\n",
        exportedRows, qint64(rows) + 200000 + 20000 + 1000, QFileInfo(bundle).size() / 1e6, dataBytes / 1e6);
    const double exportMedian = median(exportMs), zipMedian = median(zipMs);
    report(QStringLiteral("export (signed bundle)"), exportMedian, zipMedian, QStringLiteral("zip -r -q"));
    std::fprintf(stdout, "  goal: within 1.5x of zip: %s\n",
                 exportMedian <= 1.5 * zipMedian ? "met" : "NOT MET");
    std::fprintf(stdout, "  export throughput %.1f MB/s of JSON and CSV, zip %.1f MB/s\n",
                 dataBytes / 1e3 / exportMedian, dataBytes / 1e3 / zipMedian);
    std::fprintf(stdout,
                 "  peak memory of the export: %.1f MB (VmHWM), %.1f MB (getrusage)   goal < 150 MB: %s\n",
                 peakKb / 1024.0, usage.ru_maxrss / 1024.0, peakKb < 150 * 1024 ? "met" : "NOT MET");

    // Verify beside sha256sum -c of the extracted files.
    const qint64 allBytes = folderBytes(files);
    const double verifyMs = timeMs(runs, [&] {
        auto v = BundleReader::verify(bundle, nullptr);
        if (!v || !v->checksumsOk)
            std::fprintf(stderr, "verify: %s\n",
                         v ? qPrintable(v->summary()) : qPrintable(v.error().message));
    });
    QList<double> shaMs;
    for (int i = 0; i < runs; ++i) {
        const double ms =
            runTool(QStringLiteral("sha256sum"),
                    {QStringLiteral("-c"), QStringLiteral("--quiet"), QStringLiteral("SHA256SUMS")}, files);
        if (ms < 0)
            return 1;
        shaMs << ms;
    }
    report(QStringLiteral("verify (BundleReader)"), verifyMs, median(shaMs), QStringLiteral("sha256sum -c"));
    std::fprintf(stdout, "  verify throughput %.1f MB/s unpacked, sha256sum %.1f MB/s\n",
                 allBytes / 1e3 / verifyMs, allBytes / 1e3 / median(shaMs));
    return 0;
}
