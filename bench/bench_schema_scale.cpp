// A database nobody here designed, at the size a company's grown schema reaches (issue 14): 1,000 tables and
// 1,500 foreign keys, a few rows each, one person table with an email. Measured on SQLite (and on PostgreSQL
// when LETHE_TEST_PG_* is set), each as the median of N runs beside the floor measured in the same run:
// reading the catalogue alone (the raw queries a live-schema reader needs: every table's columns and foreign
// keys), then schema discovery (SchemaDiscovery::run), `lethe-cli datamap validate --live` (parsing the map,
// DataMapLive::check and the advice) over a map of all 1,000 tables, the preview's search for one subject
// (Traversal::run, related rows included) and the erasure plan for them (ErasurePlanner::build). The goal of
// each: within seconds (printed as under 10 s).
//
// The shape: `person` (id, email, name); 50 catalogue tables (`c001`..`c050`, shared by everybody, nothing
// personal); 949 data tables (`d0001`..`d0949`), each with `parent_id`, a foreign key to `person` or to an
// earlier data table (a tree, so every data row reaches a person), and 551 more foreign keys from data tables
// to catalogue tables. Every data table holds three rows, row k belonging to person k.
//
// Usage: bench_schema_scale [runs=5]
#include "BenchUtil.h"
#include "DataMapAdvice.h"
#include "DataMapLive.h"
#include "DataMapLoader.h"
#include "ErasurePlan.h"
#include "SchemaDiscovery.h"
#include "Traversal.h"
#include "WorkspaceStore.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUuid>

using namespace lethe;
using namespace lethe::bench;

namespace {

constexpr int kCatalogues = 50;
constexpr int kData = 949;
constexpr int kRows = 3;

QString dataName(int i)
{
    return QStringLiteral("d%1").arg(i, 4, 10, QLatin1Char('0'));
}

QString catalogueName(int i)
{
    return QStringLiteral("c%1").arg(i, 3, 10, QLatin1Char('0'));
}

// Data table i (1-based): its parent (0: person), and the catalogues it points at (one or two).
int parentOf(int i)
{
    return i <= 4 ? 0 : i / 4; // four children per table: a tree ~5 levels deep
}

// The 551 foreign keys beside the tree's 949: the first 551 data tables point at one catalogue each.
QList<int> catalogueRefs(int i)
{
    if (i > 551)
        return {};
    return {1 + (i * 7) % kCatalogues};
}

struct Schema
{
    QStringList ddl;
    QStringList rows;
    QByteArray map;
    int foreignKeys = 0;
};

Schema generate(ConnectionParams::Engine e, const QString& source)
{
    Schema s;
    const QString text =
        e == ConnectionParams::Engine::Sqlite ? QStringLiteral("TEXT") : QStringLiteral("VARCHAR(200)");
    s.ddl << QStringLiteral("CREATE TABLE person (id INTEGER PRIMARY KEY, email %1 NOT NULL, name %1)")
                 .arg(text);
    for (int k = 1; k <= kRows; ++k)
        s.rows
            << QStringLiteral("INSERT INTO person VALUES (%1, 'person%1@example.com', 'Person %1')").arg(k);
    QByteArray map = QByteArray(R"(lethe_datamap: 1
system:
  key: scale
  name: Scale
  art15: {purposes: [Run the service]}
  identities: [email]
sources:
  - key: main
)") + source.toUtf8() +
                     R"(
    tables:
      - name: person
        primary_key: id
        erase: rows
        fields:
          - {name: id, categories: [user.unique_id]}
          - {name: email, categories: [user.contact.email], identity: email}
          - {name: name, categories: [user.name]}
)";
    for (int c = 1; c <= kCatalogues; ++c) {
        s.ddl << QStringLiteral("CREATE TABLE %1 (id INTEGER PRIMARY KEY, label %2 NOT NULL)")
                     .arg(catalogueName(c), text);
        for (int k = 1; k <= kRows; ++k)
            s.rows << QStringLiteral("INSERT INTO %1 VALUES (%2, 'label %2')").arg(catalogueName(c)).arg(k);
        map += QStringLiteral("      - name: %1\n        primary_key: id\n        fields:\n"
                              "          - {name: id, categories: [system.operations]}\n"
                              "          - {name: label, categories: [system.operations]}\n")
                   .arg(catalogueName(c))
                   .toUtf8();
    }
    for (int i = 1; i <= kData; ++i) {
        const int parent = parentOf(i);
        const QString parentTable = parent == 0 ? QStringLiteral("person") : dataName(parent);
        const QList<int> refs = catalogueRefs(i);
        QString columns =
            QStringLiteral("id INTEGER PRIMARY KEY, parent_id INTEGER NOT NULL REFERENCES %1(id)")
                .arg(parentTable);
        ++s.foreignKeys;
        map +=
            QStringLiteral("      - name: %1\n        primary_key: id\n        erase: rows\n        fields:\n"
                           "          - {name: id, categories: [system.operations]}\n"
                           "          - {name: parent_id, categories: [%2], references: %3.id}\n")
                .arg(dataName(i),
                     parent == 0 ? QStringLiteral("user.unique_id") : QStringLiteral("system.operations"),
                     parentTable)
                .toUtf8();
        for (int r = 0; r < refs.size(); ++r) {
            columns +=
                QStringLiteral(", c%1_id INTEGER REFERENCES %2(id)").arg(r + 1).arg(catalogueName(refs[r]));
            ++s.foreignKeys;
            map += QStringLiteral(
                       "          - {name: c%1_id, categories: [system.operations], references: %2.id}\n")
                       .arg(r + 1)
                       .arg(catalogueName(refs[r]))
                       .toUtf8();
        }
        columns += QStringLiteral(", note %1").arg(text);
        map += "          - {name: note, categories: [user.behavior]}\n";
        s.ddl << QStringLiteral("CREATE TABLE %1 (%2)").arg(dataName(i), columns);
        for (int k = 1; k <= kRows; ++k) {
            QString values = QStringLiteral("%1, %1").arg(k);
            for (int r = 0; r < refs.size(); ++r)
                values += QStringLiteral(", %1").arg(1 + (k + i) % kRows);
            s.rows << QStringLiteral("INSERT INTO %1 VALUES (%2, 'note %3')").arg(dataName(i), values).arg(k);
        }
    }
    s.map = map;
    return s;
}

// The floor: the catalogue read as plainly as a live-schema reader can, every table's columns and every
// foreign key, each row fetched.
qint64 readCatalogue(QSqlDatabase db, ConnectionParams::Engine e)
{
    qint64 n = 0;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (e == ConnectionParams::Engine::Sqlite) {
        QStringList tables;
        q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"));
        while (q.next())
            tables << q.value(0).toString();
        for (const QString& t : std::as_const(tables)) {
            q.exec(QStringLiteral("PRAGMA table_info(\"%1\")").arg(t));
            while (q.next())
                n += q.value(1).toString().size() > 0;
            q.exec(QStringLiteral("PRAGMA foreign_key_list(\"%1\")").arg(t));
            while (q.next())
                n += q.value(2).toString().size() > 0;
        }
        return n;
    }
    q.exec(QStringLiteral("SELECT cl.relname, a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull "
                          "FROM pg_catalog.pg_attribute a JOIN pg_catalog.pg_class cl ON cl.oid = a.attrelid "
                          "JOIN pg_catalog.pg_namespace n ON n.oid = cl.relnamespace "
                          "WHERE n.nspname = current_schema() AND a.attnum > 0 AND NOT a.attisdropped "
                          "AND cl.relkind IN ('r', 'p')"));
    while (q.next())
        n += q.value(1).toString().size() > 0;
    q.exec(QStringLiteral(
        "SELECT con.conname, cl.relname, f.relname, con.conkey, con.confkey "
        "FROM pg_catalog.pg_constraint con JOIN pg_catalog.pg_class cl ON cl.oid = con.conrelid "
        "JOIN pg_catalog.pg_class f ON f.oid = con.confrelid "
        "JOIN pg_catalog.pg_namespace n ON n.oid = cl.relnamespace "
        "WHERE con.contype = 'f' AND n.nspname = current_schema()"));
    while (q.next())
        n += q.value(1).toString().size() > 0;
    return n;
}

struct Scratch
{
    ConnectionParams admin, params;
    bool made = false;
    ~Scratch()
    {
        if (!made)
            return;
        SqlConnection c;
        if (c.open(admin))
            QSqlQuery(c.db()).exec(
                QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(params.database));
    }
};

int measure(ConnectionParams::Engine engine, const ConnectionParams& params, const QString& sourceYaml,
            const QString& workDir, int runs)
{
    const char* engineName = engine == ConnectionParams::Engine::Sqlite ? "SQLite" : "PostgreSQL";
    const Schema schema = generate(engine, sourceYaml);
    {
        SqlConnection c;
        if (Status s = c.open(params); !s) {
            std::fprintf(stderr, "%s: %s\n", engineName, qPrintable(s.error().message));
            return 1;
        }
        QSqlQuery q(c.db());
        c.db().transaction();
        for (const QString& sql : schema.ddl + schema.rows)
            if (!q.exec(sql)) {
                std::fprintf(stderr, "%s: %s: %s\n", engineName, qPrintable(sql.left(80)),
                             qPrintable(q.lastError().text()));
                return 1;
            }
        if (!c.db().commit())
            return 1;
    }
    std::fprintf(stdout, "schema scale (%s): %lld tables, %d foreign keys, %lld rows; a map of every table\n",
                 engineName, qint64(schema.ddl.size()), schema.foreignKeys, qint64(schema.rows.size()));

    SqlConnection conn;
    if (!conn.open(params))
        return 1;
    QList<double> floorMs, discoveryMs, validateMs, previewMs, planMs;
    qint64 previewQueries = 0, previewRows = 0;
    qint64 catalogueRows = 0;
    int discovered = 0, issues = 0;
    qint64 deletes = 0, kept = 0;
    QStringList planProblems;

    auto store = WorkspaceStore::open(
        [&] {
            ConnectionParams ws;
            ws.engine = ConnectionParams::Engine::Sqlite;
            ws.path = workDir + QStringLiteral("/ws-%1.db").arg(engineName);
            return ws;
        }(),
        QStringLiteral("bench"));
    if (!store)
        return 1;
    NewRequest r;
    r.type = RequestType::Erasure;
    r.regulation = Regulation::Gdpr;
    r.received = QDate::currentDate();
    r.subjectName = QStringLiteral("Subject");
    r.identities = {{IdentityKind::Email, QStringLiteral("person1@example.com")}};
    auto request = (*store)->addRequest(r);
    if (!request)
        return 1;
    auto verified = (*store)->transition(request->humanId, RequestStatus::Verified);
    if (!verified)
        return 1;

    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        catalogueRows = readCatalogue(conn.db(), engine);
        floorMs << t.nsecsElapsed() / 1e6;

        t.start();
        SchemaDiscovery::Options o;
        o.systemKey = QStringLiteral("scale");
        auto found = SchemaDiscovery::run(params, o);
        discoveryMs << t.nsecsElapsed() / 1e6;
        if (!found) {
            std::fprintf(stderr, "discovery: %s\n", qPrintable(found.error().message));
            return 1;
        }
        discovered = 0;
        for (const DataSource& s : found->draft.sources)
            discovered += int(s.tables.size());

        t.start();
        const DataMapLoad load = DataMapLoader::parse(schema.map, QStringLiteral("scale.yaml"), workDir);
        QList<DataMapIssue> all = load.issues;
        if (load.ok()) {
            all << DataMapLive::check(*load.map, {params});
            all << DataMapAdvice::tablesErasingNothing(*load.map);
        }
        validateMs << t.nsecsElapsed() / 1e6;
        issues = int(all.size());
        if (!load.ok()) {
            std::fprintf(stderr, "map: %s\n", qPrintable(load.issues.value(0).toString()));
            return 1;
        }

        // The preview's search (owned rows, then related rows with who shares them): the part of the plan
        // that searches, with its statements counted.
        Traversal::Options to;
        std::atomic<qint64> queries = 0;
        to.queryLog = [&](const QString&, const QVariantList&) { ++queries; };
        t.start();
        auto dossier = Traversal::run(*load.map, {params}, r.identities, to);
        previewMs << t.nsecsElapsed() / 1e6;
        if (!dossier) {
            std::fprintf(stderr, "preview: %s\n", qPrintable(dossier.error().message));
            return 1;
        }
        previewQueries = queries;
        previewRows = dossier->totalRows();

        ErasurePlanner::Input in;
        in.request = *verified;
        in.today = QDate::currentDate();
        in.systems << ErasurePlanner::SystemInput{*load.map, {params}, {}, {}, {}};
        t.start();
        auto plan = ErasurePlanner::build(in);
        planMs << t.nsecsElapsed() / 1e6;
        if (!plan) {
            std::fprintf(stderr, "plan: %s\n", qPrintable(plan.error().message));
            return 1;
        }
        deletes = plan->counts().deleteRows;
        kept = plan->counts().kept;
        planProblems = plan->problems;
    }
    std::fprintf(stdout,
                 "schema scale (%s): catalogue %lld rows; discovery %d tables; validate %d issue(s) or "
                 "warning(s); plan deletes %lld, keeps %lld, %lld problem(s)%s\n",
                 engineName, catalogueRows, discovered, issues, deletes, kept, qint64(planProblems.size()),
                 planProblems.isEmpty() ? "" : qPrintable(QStringLiteral(": ") + planProblems.first()));
    const QString floorName = QStringLiteral("catalogue");
    const double floor = median(floorMs);
    report(QStringLiteral("%1: catalogue (floor)").arg(QLatin1String(engineName)), floor, floor, floorName);
    report(QStringLiteral("%1: discovery").arg(QLatin1String(engineName)), median(discoveryMs), floor,
           floorName, 10000);
    report(QStringLiteral("%1: validate --live").arg(QLatin1String(engineName)), median(validateMs), floor,
           floorName, 10000);
    report(QStringLiteral("%1: preview search").arg(QLatin1String(engineName)), median(previewMs), floor,
           floorName, 10000);
    report(QStringLiteral("%1: erasure plan").arg(QLatin1String(engineName)), median(planMs), floor,
           floorName, 10000);
    std::fprintf(stdout, "schema scale (%s): the preview found %lld rows with %lld statements\n", engineName,
                 previewRows, previewQueries);
    // The subject owns row 1 of every data table and their person row; nothing of theirs may be missed.
    if (deletes != kData + 1 || !planProblems.isEmpty()) {
        std::fprintf(stderr, "plan: expected %d deletes and no problems\n", kData + 1);
        return 1;
    }
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const int runs = argc > 1 ? std::max(1, QByteArray(argv[1]).toInt()) : 5;
    QTemporaryDir dir;
    int rc = 0;
    {
        ConnectionParams p;
        p.engine = ConnectionParams::Engine::Sqlite;
        p.path = dir.filePath(QStringLiteral("scale.db"));
        rc |= measure(p.engine, p, QStringLiteral("    engine: sqlite\n    path: %1").arg(p.path), dir.path(),
                      runs);
    }
    if (qEnvironmentVariableIsEmpty("LETHE_TEST_PG_PORT")) {
        std::fprintf(stdout, "schema scale (PostgreSQL): not measured (LETHE_TEST_PG_PORT is not set)\n");
        return rc;
    }
    Scratch pg;
    pg.admin.engine = ConnectionParams::Engine::Postgres;
    pg.admin.host = qEnvironmentVariable("LETHE_TEST_PG_HOST", QStringLiteral("127.0.0.1"));
    pg.admin.port = qEnvironmentVariableIntValue("LETHE_TEST_PG_PORT");
    pg.admin.user = qEnvironmentVariable("LETHE_TEST_PG_USER", QStringLiteral("postgres"));
    pg.admin.password = qEnvironmentVariable("LETHE_TEST_PG_PASSWORD");
    pg.admin.database = QStringLiteral("postgres");
    pg.params = pg.admin;
    pg.params.database =
        QStringLiteral("lethe_bench_%1").arg(QUuid::createUuid().toString(QUuid::Id128).left(12));
    {
        SqlConnection c;
        if (Status s = c.open(pg.admin); !s) {
            std::fprintf(stderr, "PostgreSQL: %s\n", qPrintable(s.error().message));
            return 1;
        }
        QSqlQuery q(c.db());
        if (!q.exec(QStringLiteral("CREATE DATABASE %1").arg(pg.params.database))) {
            std::fprintf(stderr, "PostgreSQL: %s\n", qPrintable(q.lastError().text()));
            return 1;
        }
        pg.made = true;
    }
    if (!pg.admin.password.isEmpty()) {
        std::fprintf(stdout,
                     "schema scale (PostgreSQL): the map cannot carry a password; use a trust login\n");
        return rc;
    }
    rc |= measure(
        pg.params.engine, pg.params,
        QStringLiteral("    engine: postgres\n    host: %1\n    port: %2\n    database: %3\n    user: %4")
            .arg(pg.params.host)
            .arg(pg.params.port)
            .arg(pg.params.database, pg.params.user),
        dir.path(), runs);
    return rc;
}
