#include "DataMapLoader.h"
#include "DemoPopulation.h"
#include "DemoProducts.h"
#include "ErasureExecutor.h"
#include "ErasurePlan.h"
#include "ErasureStore.h"
#include "TestSupport.h"
#include "Workspace.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace lethe;

// The demo's own maps must be erasable: every person of the demo population (every account holder, every
// scraped lead) erased one after the other from all five products, each run ending "Verified" with nothing
// unexpected left, on SQLite, PostgreSQL and MariaDB. And a strategy the live column cannot take (the keyed
// hash LeadsGen's map once wrote into audit_logs.actor_id, an integer foreign key) refuses the plan, naming
// the map's file and line, before anything is deleted.
class TestErasureDemo : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { test::isolate(); }
    void everySubjectVerified_data() { engines(); }
    void everySubjectVerified();
    void hashOnForeignKeyRefused_data() { engines(); }
    void hashOnForeignKeyRefused();

private:
    static void engines();
};

void TestErasureDemo::engines()
{
    QTest::addColumn<int>("engine");
    QTest::newRow("sqlite") << int(ConnectionParams::Engine::Sqlite);
    QTest::newRow("postgres") << int(ConnectionParams::Engine::Postgres);
    QTest::newRow("mariadb") << int(ConnectionParams::Engine::MariaDb);
}

namespace {

const QByteArray kKey = QByteArray("0123456789abcdef0123456789abcdef");

// The demo products installed on one engine, their maps loaded with the server's password.
// The products' SQLite files and the workspace in memory where the system has a tmpfs: every batch of 440
// erasures commits, and the disk's flushes would be most of the test's time. (Durability is not under test
// here; tst_erasure kills runs and resumes them.)
QString scratchTemplate()
{
    const QFileInfo shm(QStringLiteral("/dev/shm"));
    return shm.isDir() && shm.isWritable() ? QStringLiteral("/dev/shm/tst_erasure_demo-XXXXXX")
                                           : QDir::temp().filePath(QStringLiteral("tst_erasure_demo-XXXXXX"));
}

struct Installed
{
    QTemporaryDir dir{scratchTemplate()};
    test::DropDatabases drop;
    QList<DemoSpec> specs;
    QList<ErasurePlanner::SystemInput> systems;
    QList<ErasureExecutor::SystemInput> execSystems;
    QString error;
};

// `only`: install just this product (by its system key); empty: all five.
std::unique_ptr<Installed> install(ConnectionParams::Engine e, const QString& only = {},
                                   const std::function<void(QByteArray&)>& editMap = {})
{
    auto out = std::make_unique<Installed>();
    auto specs = DemoProducts::load(QStringLiteral(LETHE_DEMO_DIR));
    if (!specs) {
        out->error = specs.error().message;
        return out;
    }
    for (const DemoSpec& s : std::as_const(*specs))
        if (only.isEmpty() || s.system == only)
            out->specs << s;
    DemoProducts::Target target; // dates relative to the real today, as the plan's retention uses it
    QStringList databases;
    for (const DemoSpec& sp : std::as_const(out->specs))
        databases << sp.database;
    out->error = test::demoServerTarget(e, databases, &target.server, &out->drop);
    if (!out->error.isEmpty())
        return out;
    auto installed = DemoProducts::install(out->specs, out->dir.filePath(QStringLiteral("datamaps")), target);
    if (!installed) {
        out->error = installed.error().message;
        return out;
    }
    if (e == ConnectionParams::Engine::Postgres) {
        // Commits without waiting for the WAL flush: hundreds of erasures commit thousands of batches, and
        // the flushes would be most of the time. The server's durability is not under test (tst_erasure kills
        // runs and resumes them); what Lethe writes, and the verification, are the same.
        SqlConnection admin;
        if (Status st = admin.open(out->drop.admin); !st) {
            out->error = st.error().message;
            return out;
        }
        QSqlQuery q(admin.db());
        for (const QString& name : std::as_const(out->drop.names))
            if (!q.exec(QStringLiteral("ALTER DATABASE %1 SET synchronous_commit = off").arg(name))) {
                out->error = q.lastError().text();
                return out;
            }
    }
    for (const DemoProduct& p : std::as_const(*installed)) {
        if (editMap) {
            QFile f(p.mapFile);
            if (!f.open(QIODevice::ReadOnly)) {
                out->error = p.mapFile + QStringLiteral(": cannot read");
                return out;
            }
            QByteArray text = f.readAll();
            f.close();
            editMap(text);
            if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(text) != text.size()) {
                out->error = p.mapFile + QStringLiteral(": cannot write");
                return out;
            }
        }
        const DataMapLoad load = DataMapLoader::load(p.mapFile);
        if (!load.ok()) {
            out->error = load.issues.isEmpty() ? p.mapFile : load.issues.first().toString();
            return out;
        }
        ConnectionParams c = load.map->sources.first().connection;
        c.password = target.server.password;
        out->systems << ErasurePlanner::SystemInput{*load.map, {c}, {}, {}, {}};
        out->execSystems << ErasureExecutor::SystemInput{*load.map, {c}, {}};
    }
    return out;
}

Request verifiedRequest(WorkspaceStore& store, const DemoPerson& person, QString* error)
{
    NewRequest r;
    r.type = RequestType::Erasure;
    r.regulation = Regulation::Gdpr;
    r.received = QDate::currentDate();
    r.subjectName = person.name;
    r.identities << Identity{IdentityKind::Email, person.email};
    if (!person.phone.isEmpty())
        r.identities << Identity{IdentityKind::Phone, person.phone};
    auto added = store.addRequest(r);
    if (!added) {
        *error = added.error().message;
        return {};
    }
    auto verified = store.transition(added->humanId, RequestStatus::Verified);
    if (!verified) {
        *error = verified.error().message;
        return {};
    }
    return *verified;
}

} // namespace

void TestErasureDemo::everySubjectVerified()
{
    QFETCH(int, engine);
    const auto e = ConnectionParams::Engine(engine);
    const auto demo = install(e);
    QVERIFY2(demo->error.isEmpty(), qPrintable(demo->error));
    QCOMPARE(demo->specs.size(), 5);

    ConnectionParams wsParams;
    wsParams.engine = ConnectionParams::Engine::Sqlite;
    wsParams.path = demo->dir.filePath(QStringLiteral("ws.db"));
    auto store = WorkspaceStore::open(wsParams, QStringLiteral("olga"));
    QVERIFY(store.ok());
    ErasureStore erasures(**store);

    // Scale 1, the population the products were generated from: the known subjects and 400 generated people.
    // LETHE_TEST_DEMO_PART=k/n (ctest splits PostgreSQL, the slowest, in two) erases every n-th person from
    // the k-th on, in products generated for that part; the parts together cover everyone.
    const DemoPopulation people(1);
    int part = 0, parts = 1;
    if (const QString spec = qEnvironmentVariable("LETHE_TEST_DEMO_PART"); !spec.isEmpty()) {
        const QStringList kn = spec.split(QLatin1Char('/'));
        part = kn.value(0).toInt() - 1;
        parts = kn.value(1).toInt();
        QVERIFY2(kn.size() == 2 && parts >= 1 && part >= 0 && part < parts, qPrintable(spec));
    }
    int accountHolders = 0, withRows = 0;
    QElapsedTimer timer;
    timer.start();
    qint64 planMs = 0, runMs = 0;
    for (int i = part; i < people.size(); i += parts) {
        if (i % 50 == part)
            qInfo("%d of %d people erased (%lld ms; plan %lld, run %lld)", i, int(people.size()),
                  timer.elapsed(), planMs, runMs);
        const DemoPerson& person = people.at(i);
        const QString who = QStringLiteral("person %1 (%2)").arg(i).arg(person.email);
        QString error;
        const Request request = verifiedRequest(**store, person, &error);
        QVERIFY2(error.isEmpty(), qPrintable(who + QStringLiteral(": ") + error));

        ErasurePlanner::Input in;
        in.request = request;
        in.today = QDate::currentDate();
        in.systems = demo->systems;
        QElapsedTimer pt;
        pt.start();
        auto plan = ErasurePlanner::build(in);
        planMs += pt.elapsed();
        QVERIFY2(plan.ok(), plan.ok() ? "" : qPrintable(who + QStringLiteral(": ") + plan.error().message));
        QVERIFY2(plan->problems.isEmpty(),
                 qPrintable(who + QStringLiteral(": ") + plan->problems.join("; ")));
        const ErasurePlan::Counts counts = plan->counts();

        // An account holder has rows to erase in each product holding the account: at least the account row.
        const QStringList products = DemoProducts::productsOf(demo->specs, i);
        if (!products.isEmpty())
            ++accountHolders;
        for (const QString& product : products) {
            qint64 acted = 0;
            for (const ErasureSystemPlan& sys : std::as_const(plan->systems))
                if (sys.name == product)
                    for (const ErasureSourcePlan& src : sys.sources)
                        for (const ErasureTablePlan& t : src.tables)
                            acted += t.keys.size();
            QVERIFY2(acted > 0, qPrintable(who + QStringLiteral(": nothing to erase in ") + product));
        }
        if (counts.deleteRows + counts.updateRows > 0)
            ++withRows;

        QVERIFY(erasures
                    .savePlan(request, plan->digest,
                              ErasureStore::PlanWriter([&](const auto& out) { plan->writeJson(out); }), {})
                    .ok());
        auto started = erasures.start(request, plan->digest);
        QVERIFY2(started.ok(),
                 started.ok() ? "" : qPrintable(who + QStringLiteral(": ") + started.error().message));
        // Every person's plan read back as a resume reads it (part by part, built as it is read): the plan
        // made, to its digest and byte for byte.
        auto stored = ErasurePlan::readJson(erasures.planReader(started->id));
        QVERIFY2(stored.ok(),
                 stored.ok() ? "" : qPrintable(who + QStringLiteral(": ") + stored.error().message));
        QCOMPARE(stored->computeDigest(), plan->digest);
        QCOMPARE(stored->toStoredJson(), plan->toStoredJson());
        ErasureExecutor::Options o;
        o.hmacKey = kKey;
        o.batchSize = 200;
        pt.restart();
        auto report = ErasureExecutor::run(**store, started->id, *plan, demo->execSystems, o);
        runMs += pt.elapsed();
        QVERIFY2(report.ok(),
                 report.ok() ? "" : qPrintable(who + QStringLiteral(": ") + report.error().message));
        const QJsonObject reportCounts = report->value(QStringLiteral("counts")).toObject();
        QVERIFY2(report->value(QStringLiteral("verified")).toBool(),
                 qPrintable(who + QStringLiteral(": not verified: ") +
                            QString::fromUtf8(QJsonDocument(*report).toJson(QJsonDocument::Compact))));
        QCOMPARE(reportCounts.value(QStringLiteral("unexpected")).toInteger(), 0);
    }
    // Not vacuous: the population holds accounts, and most people are somewhere in the products.
    QVERIFY2(accountHolders >= 100 / parts, qPrintable(QString::number(accountHolders)));
    QVERIFY2(withRows >= accountHolders,
             qPrintable(QStringLiteral("%1 %2").arg(withRows).arg(accountHolders)));
}

void TestErasureDemo::hashOnForeignKeyRefused()
{
    // LeadsGen's map as it once was: a keyed hash into audit_logs.actor_id, a BIGINT (SQLite: INTEGER)
    // foreign key to users.id. The plan is refused with the map's file and line; nothing is run.
    QFETCH(int, engine);
    const auto e = ConnectionParams::Engine(engine);
    int line = 0;
    const auto demo = install(e, QStringLiteral("leadsgen"), [&line](QByteArray& text) {
        const qsizetype at = text.indexOf("{name: actor_id,");
        const qsizetype end = text.indexOf('\n', at);
        QByteArray field = text.mid(at, end - at);
        field.replace("erasure: null", "erasure: hmac");
        text = text.left(at) + field + text.mid(end);
        line = int(text.left(at).count('\n')) + 1;
    });
    QVERIFY2(demo->error.isEmpty(), qPrintable(demo->error));
    QVERIFY(line > 0);

    ConnectionParams wsParams;
    wsParams.engine = ConnectionParams::Engine::Sqlite;
    wsParams.path = demo->dir.filePath(QStringLiteral("ws.db"));
    auto store = WorkspaceStore::open(wsParams, QStringLiteral("olga"));
    QVERIFY(store.ok());
    const DemoPopulation people(1);
    int holder = -1;
    for (int i = 0; i < people.size() && holder < 0; ++i)
        if (DemoProducts::productsOf(demo->specs, i).contains(QStringLiteral("LeadsGen")))
            holder = i;
    QVERIFY(holder >= 0);
    QString error;
    ErasurePlanner::Input in;
    in.request = verifiedRequest(**store, people.at(holder), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    in.today = QDate::currentDate();
    in.systems = demo->systems;
    auto plan = ErasurePlanner::build(in);
    QVERIFY2(plan.ok(), plan.ok() ? "" : qPrintable(plan.error().message));
    QCOMPARE(plan->problems.size(), 1);
    const QString problem = plan->problems.first();
    const QString where = demo->systems.first().map.file + QStringLiteral(":%1:").arg(line);
    QVERIFY2(problem.contains(where), qPrintable(problem + QStringLiteral(" / expected ") + where));
    QVERIFY2(problem.contains(QLatin1String("audit_logs.actor_id is ")), qPrintable(problem));
    QVERIFY2(problem.contains(QRegularExpression(QStringLiteral("bigint|INTEGER"),
                                                 QRegularExpression::CaseInsensitiveOption)),
             qPrintable(problem));
    QVERIFY2(problem.contains(QLatin1String("foreign key to users.id")), qPrintable(problem));
    QVERIFY2(problem.contains(QLatin1String("Use erasure: null")), qPrintable(problem));
    // A plan with problems cannot be run.
    QVERIFY(!ErasurePlanner::checkUnchanged(*plan, plan->digest).ok());
}

QTEST_GUILESS_MAIN(TestErasureDemo)
#include "tst_erasure_demo.moc"
