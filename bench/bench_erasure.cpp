// Erasing one subject who has a million rows (SQLite, foreign keys on): the plan, then the run (batched
// transactions with the journal, and the verification re-scan), beside floors measured in the same run on an
// identical copy of the database: for the plan, a SELECT of the same keys (the account's and its events'
// ids, read row by row); for the run, the hand-written DELETE of the same rows (children, then the account)
// in one transaction. Also the longest single transaction of the run, and the peak resident memory of the
// plan and of the run, each measured on its own (the kernel's high-water mark is reset between them), and of
// reading the stored plan back as a resume does (ErasureService::resume: part by part, built as it is read),
// in a process that holds no plan (after the run, the plan made dropped).
#include "BenchUtil.h"
#include "DataMapLoader.h"
#include "ErasureExecutor.h"
#include "ErasurePlan.h"
#include "ErasureStore.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <malloc.h>

using namespace lethe;
using namespace lethe::bench;

namespace {

// Starts a new high-water mark: what follows is measured on its own. The heap the phases before freed is
// given back to the system first (malloc_trim): generating five million rows leaves about 100 MB freed but
// still mapped, which a process that only plans (lethe-cli erase --plan) never has, and which is not the
// plan's. What stays is live: the libraries, the workspace store, and for the run the plan itself.
void resetPeakRss()
{
    malloc_trim(0);
    QFile f(QStringLiteral("/proc/self/clear_refs"));
    if (f.open(QIODevice::WriteOnly))
        f.write("5");
}

const QByteArray kMap = R"(lethe_datamap: 1
system:
  key: app
  name: App
  art15: {purposes: [Run the app]}
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
      - name: events
        primary_key: id
        erase: rows
        fields:
          - {name: id, categories: [system.operations]}
          - {name: user_id, categories: [user.unique_id], references: users.id}
          - {name: kind, categories: [user.behavior.browsing_history]}
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
    q.exec(QStringLiteral("CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT NOT NULL)"));
    q.exec(QStringLiteral("CREATE TABLE events (id INTEGER PRIMARY KEY, user_id INTEGER NOT NULL REFERENCES "
                          "users(id), kind TEXT, at TEXT)"));
    q.exec(QStringLiteral("CREATE INDEX events_user ON events(user_id)"));
    c.db().transaction();
    q.prepare(QStringLiteral("INSERT INTO users VALUES (?, ?)"));
    for (int u = 1; u <= 1000; ++u) {
        q.addBindValue(u);
        q.addBindValue(QStringLiteral("person%1@example.com").arg(u));
        q.exec();
    }
    // The subject (user 1) has `rows` events; a thousand others have 200 each, interleaved.
    q.prepare(QStringLiteral("INSERT INTO events VALUES (?, ?, ?, ?)"));
    const int others = 1000 * 200;
    for (int i = 0; i < rows + others; ++i) {
        q.addBindValue(i + 1);
        q.addBindValue(i % 6 == 5 && i / 6 < others ? 2 + (i / 6) % 999 : 1);
        q.addBindValue(QStringLiteral("page_view"));
        q.addBindValue(QStringLiteral("2026-11-%1").arg(1 + i % 28, 2, 10, QLatin1Char('0')));
        if (!q.exec()) {
            std::fprintf(stderr, "%s\n", qPrintable(q.lastError().text()));
            return false;
        }
    }
    return c.db().commit();
}

qint64 subjectRows(const QString& path)
{
    ConnectionParams p;
    p.engine = ConnectionParams::Engine::Sqlite;
    p.path = path;
    SqlConnection c;
    if (!c.open(p))
        return -1;
    QSqlQuery q(c.db());
    q.exec(QStringLiteral("SELECT COUNT(*) FROM events WHERE user_id = 1"));
    return q.next() ? q.value(0).toLongLong() : -1;
}

// The floors, run as `bench_erasure --floor DB SUBJECT_ROWS`: the subject's keys selected as a hand-written
// query would, then her rows deleted by hand in one transaction. Prints both times in ms.
int floorOf(const QString& path, qint64 subject)
{
    ConnectionParams p;
    p.engine = ConnectionParams::Engine::Sqlite;
    p.path = path;
    SqlConnection c;
    if (!c.open(p))
        return 1;
    QSqlQuery q(c.db());
    q.setForwardOnly(true);
    QElapsedTimer t;
    t.start();
    qint64 keys = 0, sum = 0;
    q.prepare(QStringLiteral("SELECT id FROM users WHERE email = ?"));
    q.addBindValue(QStringLiteral("person1@example.com"));
    q.exec();
    qint64 account = -1;
    while (q.next()) {
        account = q.value(0).toLongLong();
        ++keys;
    }
    q.prepare(QStringLiteral("SELECT id FROM events WHERE user_id = ?"));
    q.addBindValue(account);
    q.exec();
    while (q.next()) {
        sum += q.value(0).toLongLong();
        ++keys;
    }
    const double select = t.nsecsElapsed() / 1e6;
    if (keys != subject || sum <= 0)
        return 1;
    q.finish();
    t.start();
    c.db().transaction();
    q.exec(QStringLiteral("DELETE FROM events WHERE user_id = 1"));
    q.exec(QStringLiteral("DELETE FROM users WHERE id = 1"));
    c.db().commit();
    std::fprintf(stdout, "%.3f %.3f\n", select, t.nsecsElapsed() / 1e6);
    return 0;
}

// The stored plan as a resume reads it (ErasureService::resume): part by part, the plan built as its JSON is
// read, never the whole text nor a QJsonDocument of it.
Result<ErasurePlan> readStoredPlan(const ErasureStore& erasures, qint64 runId)
{
    return ErasurePlan::readJson(erasures.planReader(runId));
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    if (argc == 4 && QByteArray(argv[1]) == "--floor")
        return floorOf(QString::fromLocal8Bit(argv[2]), QByteArray(argv[3]).toLongLong());
    const int rows = argc > 1 ? QByteArray(argv[1]).toInt() : 1000000;
    const int runs = argc > 2 ? std::max(1, QByteArray(argv[2]).toInt()) : 3;
    const int batch = argc > 3 ? QByteArray(argv[3]).toInt() : 1000;
    QTemporaryDir dir;
    const QString master = dir.filePath(QStringLiteral("master.db"));
    if (!generate(master, rows))
        return 1;
    const qint64 subject = subjectRows(master) + 1; // her events and her account
    std::fprintf(stdout, "erasure: the subject has %lld rows among %lld (SQLite), batches of %d\n", subject,
                 qint64(rows) + 1000 * 200 + 1000, batch);

    const DataMapLoad load = DataMapLoader::parse(kMap, QStringLiteral("app.yaml"), dir.path());
    if (!load.ok())
        return 1;
    QList<double> planMs, runMs, floorMs, selectMs, longest, planPeak, savedPeak, runPeak, baseline, resumeMs,
        resumePeak, resumeBaseline, fetchMs, fetchPeak, storedMb;
    for (int i = 0; i < runs; ++i) {
        // The floors: the same keys selected, then the same rows deleted by hand, on their own copy, in a
        // process of their own: SQLite's hand DELETE holds over 100 MB while it runs, and the heap it leaves
        // behind, fragmented, would be counted against the plan measured after it in this process.
        const QString floorDb = dir.filePath(QStringLiteral("floor%1.db").arg(i));
        QFile::copy(master, floorDb);
        {
            QProcess child;
            child.start(QCoreApplication::applicationFilePath(),
                        {QStringLiteral("--floor"), floorDb, QString::number(subject)});
            if (!child.waitForFinished(-1) || child.exitCode() != 0)
                return 1;
            const QList<QByteArray> ms = child.readAllStandardOutput().trimmed().split(' ');
            if (ms.size() != 2)
                return 1;
            selectMs << ms[0].toDouble();
            floorMs << ms[1].toDouble();
        }

        const QString db = dir.filePath(QStringLiteral("app%1.db").arg(i));
        QFile::copy(master, db);
        ConnectionParams product;
        product.engine = ConnectionParams::Engine::Sqlite;
        product.path = db;
        ConnectionParams wsParams;
        wsParams.engine = ConnectionParams::Engine::Sqlite;
        wsParams.path = dir.filePath(QStringLiteral("ws%1.db").arg(i));
        auto store = WorkspaceStore::open(wsParams, QStringLiteral("bench"));
        if (!store)
            return 1;
        NewRequest r;
        r.type = RequestType::Erasure;
        r.regulation = Regulation::Gdpr;
        r.received = QDate::currentDate();
        r.subjectName = QStringLiteral("Subject");
        r.identities = {{IdentityKind::Email, QStringLiteral("person1@example.com")}};
        auto request = (*store)->addRequest(r);
        auto verified = (*store)->transition(request->humanId, RequestStatus::Verified);

        ErasurePlanner::Input in;
        in.request = *verified;
        in.today = QDate::currentDate();
        in.systems << ErasurePlanner::SystemInput{*load.map, {product}, {}, {}, {}};
        QElapsedTimer t;
        resetPeakRss();
        baseline << statusKb("VmRSS") / 1024.0;
        t.start();
        auto plan = ErasurePlanner::build(in);
        planMs << t.nsecsElapsed() / 1e6;
        planPeak << peakRssKb() / 1024.0;
        if (!plan || plan->counts().deleteRows != subject) {
            std::fprintf(stderr, "plan: %s\n", plan ? "wrong count" : qPrintable(plan.error().message));
            return 1;
        }
        ErasureStore erasures(**store);
        auto saved =
            erasures.savePlan(*verified, plan->digest,
                              ErasureStore::PlanWriter([&](const auto& out) { plan->writeJson(out); }), {});
        savedPeak << peakRssKb() / 1024.0; // the plan made, then stored in parts as the CLI's --plan does
        auto started = erasures.start(*verified, plan->digest);
        if (!saved || !started)
            return 1;
        ErasureExecutor::Options o;
        o.batchSize = batch;
        double worst = 0;
        o.batchDone = [&](int, qint64, double ms) { worst = std::max(worst, ms); };
        resetPeakRss();
        t.start();
        auto report = ErasureExecutor::run(**store, started->id, *plan, {{*load.map, {product}, {}}}, o);
        runMs << t.nsecsElapsed() / 1e6;
        runPeak << peakRssKb() / 1024.0;
        longest << worst;
        if (!report || !report->value(QStringLiteral("verified")).toBool() || subjectRows(db) != 0) {
            std::fprintf(stderr, "run: %s\n", report ? "not verified" : qPrintable(report.error().message));
            return 1;
        }
        // Resuming: the stored plan read back from the workspace and checked against its digest, as
        // ErasureService::resume does, with the plan made dropped first.
        const QString digest = plan->digest;
        plan = ErasurePlan();
        resetPeakRss();
        resumeBaseline << statusKb("VmRSS") / 1024.0;
        t.start();
        auto stored = readStoredPlan(erasures, started->id);
        const bool same = stored && stored->computeDigest() == digest;
        resumeMs << t.nsecsElapsed() / 1e6;
        resumePeak << peakRssKb() / 1024.0;
        if (!same) {
            std::fprintf(stderr, "resume: %s\n",
                         stored ? "another digest" : qPrintable(stored.error().message));
            return 1;
        }
        // Its floor: the stored JSON's bytes fetched from the workspace, nothing parsed.
        stored = ErasurePlan();
        resetPeakRss();
        t.start();
        const qsizetype bytes = erasures.planJson(started->id).value().size();
        fetchMs << t.nsecsElapsed() / 1e6;
        fetchPeak << peakRssKb() / 1024.0;
        storedMb << bytes / 1048576.0;
        QFile::remove(db);
        QFile::remove(floorDb);
    }
    report(QStringLiteral("erasure run (batches, journal, verify)"), median(runMs), median(floorMs),
           QStringLiteral("hand DELETE"));
    report(QStringLiteral("erasure plan (every row's key)"), median(planMs), median(selectMs),
           QStringLiteral("SELECT of the keys"));
    report(QStringLiteral("erasure plan (every row's key)"), median(planMs), median(floorMs),
           QStringLiteral("hand DELETE"));
    std::fprintf(stdout, "erasure: plan within 2x of the SELECT: %s; run within 2x of the hand DELETE: %s\n",
                 median(planMs) <= 2 * median(selectMs) ? "met" : "NOT MET",
                 median(runMs) <= 2 * median(floorMs) ? "met" : "NOT MET");
    std::fprintf(stdout,
                 "erasure: longest transaction median %.1f ms (goal <= 200 ms: %s); peak memory of the plan "
                 "%.0f MB (%.0f MB once stored in the workspace), of the run %.0f MB (goal < 150 MB: %s); "
                 "the process held %.0f MB before planning\n",
                 median(longest), median(longest) <= 200 ? "met" : "NOT MET", median(planPeak),
                 median(savedPeak), median(runPeak),
                 std::max(median(savedPeak), median(runPeak)) < 150 ? "met" : "NOT MET", median(baseline));
    report(QStringLiteral("erasure resume (stored plan read back)"), median(resumeMs), median(fetchMs),
           QStringLiteral("fetching its JSON"));
    std::fprintf(stdout,
                 "erasure: reading the stored plan (%.0f MB of JSON) back for a resume: peak memory %.0f MB "
                 "(fetching its JSON whole: %.0f MB); the process held %.0f MB before reading\n",
                 median(storedMb), median(resumePeak), median(fetchPeak), median(resumeBaseline));
    return 0;
}
