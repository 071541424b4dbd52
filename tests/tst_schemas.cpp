#include "DataMapLive.h"
#include "DataMapLoader.h"
#include "DataMapWriter.h"
#include "ErasureExecutor.h"
#include "ErasurePlan.h"
#include "ErasureStore.h"
#include "SchemaDiscovery.h"
#include "TestSupport.h"
#include "Traversal.h"
#include "Workspace.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace lethe;

// Databases nobody here designed (issue 14, items 7 and 8): tables in another PostgreSQL schema or MariaDB
// database, a foreign key from one schema into another, and payments partitioned by month (PostgreSQL's
// declarative partitions, MariaDB's PARTITION BY, inheritance children) found, counted, planned, erased and
// verified as one table; SQLite refuses a schema.
class TestSchemas : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { test::isolate(); }
    void partitionedPayments_data();
    void partitionedPayments();
    void inheritanceChildren();
    void partitionBesideItsParentRefused();
    void tableInAnotherSchema_data();
    void tableInAnotherSchema();
    void foreignKeyAcrossSchemas_data();
    void foreignKeyAcrossSchemas();
    void keyFromAnotherSchemaKeepsTheRow_data();
    void keyFromAnotherSchemaKeepsTheRow();
    void schemaRefusedOnSqlite();

private:
    // What a whole erasure did: the preview's count per table, the plan's deletes, the run's, and whether
    // the run was verified.
    struct Outcome
    {
        QHash<QString, qint64> found; // table -> rows the preview found
        QStringList previewErrors;
        QHash<QString, qint64> planned;
        QHash<QString, qint64> keptReferenced; // table -> rows kept because a row that stays points at them
        QStringList problems;
        qint64 planDeletes = 0;
        qint64 runDeletes = -1;
        bool verified = false;
        QString error;
    };
    Outcome erase(const DataMap& map, const ConnectionParams& params);
    static bool exec(const ConnectionParams& params, const QStringList& sql, QString* error);
    static QVariant scalar(const ConnectionParams& params, const QString& sql);
    static DataMapLoad load(const QByteArray& yaml);

    QTemporaryDir m_dir;
    int m_stores = 0;
};

namespace {

const QByteArray kKey = QByteArray("0123456789abcdef0123456789abcdef");
const QString kEmail = QStringLiteral("ann@example.com");

QByteArray head(const ConnectionParams& p, const QString& sourceSchema = {})
{
    QByteArray out = R"(lethe_datamap: 1
system:
  key: shop
  name: Shop
  art15: {purposes: [Sell things]}
  identities: [email]
sources:
  - key: main
)";
    if (p.engine == ConnectionParams::Engine::Sqlite) {
        out += "    engine: sqlite\n    path: " + p.path.toUtf8() + "\n";
    } else {
        out += "    engine: " + ConnectionParams::engineKey(p.engine).toUtf8() +
               "\n    host: " + p.host.toUtf8() + "\n    port: " + QByteArray::number(p.port) +
               "\n    database: " + p.database.toUtf8() + "\n    user: " + p.user.toUtf8() + "\n";
    }
    if (!sourceSchema.isEmpty())
        out += "    schema: " + sourceSchema.toUtf8() + "\n";
    return out + "    tables:\n";
}

// The payments of three months: 66 rows, 32 of them Ann's (customer 1), the rest Ben's and Cleo's.
QStringList payments()
{
    QStringList out;
    for (int i = 0; i < 66; ++i) {
        const int customer = i < 32 ? 1 : 2 + i % 2;
        const QString date = QStringLiteral("2022-%1-%2")
                                 .arg(1 + i % 3, 2, 10, QLatin1Char('0'))
                                 .arg(1 + i % 28, 2, 10, QLatin1Char('0'));
        out << QStringLiteral(
                   "INSERT INTO payment (payment_id, customer_id, amount, payment_date) VALUES (%1, %2, "
                   "9.99, '%3')")
                   .arg(100 + i)
                   .arg(customer)
                   .arg(date);
    }
    return out;
}

const QStringList kCustomers{
    QStringLiteral("INSERT INTO customer VALUES (1, 'ann@example.com', 'Ann')"),
    QStringLiteral("INSERT INTO customer VALUES (2, 'ben@example.com', 'Ben')"),
    QStringLiteral("INSERT INTO customer VALUES (3, 'cleo@example.com', 'Cleo')"),
};

const Table* tableOf(const DataMap& map, const QString& name)
{
    for (const DataSource& s : map.sources)
        if (const Table* t = s.table(name))
            return t;
    return nullptr;
}

// A draft from discovery made usable the way a person would: a purpose, and whole rows erased.
DataMap complete(DataMap draft)
{
    draft.art15.purposes = QStringList{QStringLiteral("Sell things")};
    for (DataSource& s : draft.sources)
        for (Table& t : s.tables)
            t.deleteRows = true;
    return draft;
}

} // namespace

DataMapLoad TestSchemas::load(const QByteArray& yaml)
{
    return DataMapLoader::parse(yaml, QStringLiteral("shop.yaml"), QString());
}

bool TestSchemas::exec(const ConnectionParams& params, const QStringList& sql, QString* error)
{
    SqlConnection c;
    if (Status s = c.open(params); !s) {
        *error = s.error().message;
        return false;
    }
    QSqlQuery q(c.db());
    for (const QString& s : sql) {
        if (!q.exec(s)) {
            *error = s + QStringLiteral(": ") + q.lastError().text();
            return false;
        }
    }
    return true;
}

QVariant TestSchemas::scalar(const ConnectionParams& params, const QString& sql)
{
    SqlConnection c;
    if (!c.open(params))
        return QStringLiteral("cannot connect");
    QSqlQuery q(c.db());
    if (!q.exec(sql) || !q.next())
        return QStringLiteral("failed: %1").arg(q.lastError().text());
    return q.value(0);
}

TestSchemas::Outcome TestSchemas::erase(const DataMap& map, const ConnectionParams& params)
{
    Outcome out;
    const QList<ConnectionParams> connections(map.sources.size(), params);
    // The preview.
    Traversal::Options po;
    auto dossier = Traversal::run(map, connections, {{IdentityKind::Email, kEmail}}, po);
    if (!dossier) {
        out.error = dossier.error().message;
        return out;
    }
    for (const DossierTable& t : dossier->tables) {
        if (!t.error.isEmpty())
            out.previewErrors << t.table + QStringLiteral(": ") + t.error;
        out.found[t.table] += t.count;
    }

    // A request, its plan and its run, as lethe-cli erase does them.
    ConnectionParams wsParams;
    wsParams.engine = ConnectionParams::Engine::Sqlite;
    wsParams.path = m_dir.filePath(QStringLiteral("ws%1.db").arg(++m_stores));
    auto store = WorkspaceStore::open(wsParams, QStringLiteral("olga"),
                                      [] { return QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC); });
    if (!store) {
        out.error = store.error().message;
        return out;
    }
    NewRequest r;
    r.type = RequestType::Erasure;
    r.regulation = Regulation::Gdpr;
    r.received = QDate(2026, 11, 20);
    r.subjectName = QStringLiteral("Ann Example");
    r.identities = {{IdentityKind::Email, kEmail}};
    auto added = (*store)->addRequest(r);
    if (!added) {
        out.error = added.error().message;
        return out;
    }
    auto request = (*store)->transition(added->humanId, RequestStatus::Verified);
    if (!request) {
        out.error = request.error().message;
        return out;
    }
    ErasurePlanner::Input in;
    in.request = *request;
    in.today = QDate(2026, 12, 1);
    in.systems << ErasurePlanner::SystemInput{map, connections, {}, {}, {}};
    auto plan = ErasurePlanner::build(in);
    if (!plan) {
        out.error = plan.error().message;
        return out;
    }
    out.problems = plan->problems;
    for (const ErasureSystemPlan& s : plan->systems)
        for (const ErasureSourcePlan& src : s.sources)
            for (const ErasureTablePlan& t : src.tables) {
                out.planned[t.table] += t.keys.size();
                for (const KeptRows& k : t.kept)
                    if (k.why == KeptRows::Why::Referenced)
                        out.keptReferenced[t.table] += k.keys.size();
                if (t.action == ErasureTablePlan::Action::DeleteRows)
                    out.planDeletes += t.keys.size();
            }
    if (!out.problems.isEmpty())
        return out;
    // Stored and read back, as a run always starts from the stored plan.
    auto stored = ErasurePlan::fromJson(plan->toJson(true));
    if (!stored) {
        out.error = stored.error().message;
        return out;
    }
    ErasureStore erasures(**store);
    if (auto saved =
            erasures.savePlan(*request, plan->digest, QJsonDocument(plan->toJson(true)).toJson(), {});
        !saved) {
        out.error = saved.error().message;
        return out;
    }
    auto started = erasures.start(*request, plan->digest);
    if (!started) {
        out.error = started.error().message;
        return out;
    }
    ErasureExecutor::Options o;
    o.hmacKey = kKey;
    auto report = ErasureExecutor::run(**store, started->id, *stored, {{map, connections, {}}}, o);
    if (!report) {
        out.error = report.error().message;
        return out;
    }
    out.runDeletes =
        report->value(QStringLiteral("counts")).toObject().value(QStringLiteral("deleted")).toInteger();
    out.verified = report->value(QStringLiteral("verified")).toBool();
    if (!out.verified)
        out.error = QString::fromUtf8(QJsonDocument(*report).toJson(QJsonDocument::Compact));
    return out;
}

#define OUTCOME_OK(o)                                                                                        \
    QVERIFY2((o).error.isEmpty() && (o).problems.isEmpty() && (o).previewErrors.isEmpty(),                   \
             qPrintable((o).error + (o).problems.join(QStringLiteral("; ")) +                                \
                        (o).previewErrors.join(QStringLiteral("; "))))

void TestSchemas::partitionedPayments_data()
{
    QTest::addColumn<int>("engine");
    QTest::newRow("sqlite (one plain table)") << int(ConnectionParams::Engine::Sqlite);
    QTest::newRow("postgres (declarative partitions)") << int(ConnectionParams::Engine::Postgres);
    QTest::newRow("mariadb (PARTITION BY RANGE)") << int(ConnectionParams::Engine::MariaDb);
}

// Payments partitioned by month, discovered, previewed, planned and erased: each payment is counted once.
void TestSchemas::partitionedPayments()
{
    QFETCH(int, engine);
    const auto e = ConnectionParams::Engine(engine);
    const test::EngineDatabase db(e, m_dir, QStringLiteral("payments%1.db").arg(engine));
    QVERIFY2(db.ok(), qPrintable(db.error()));
    const QString text =
        e == ConnectionParams::Engine::MariaDb ? QStringLiteral("VARCHAR(100)") : QStringLiteral("TEXT");
    QStringList ddl{
        QStringLiteral("CREATE TABLE customer (id INTEGER PRIMARY KEY, email %1 NOT NULL, name %1)")
            .arg(text)};
    const QString columns =
        QStringLiteral("payment_id INTEGER NOT NULL, customer_id INTEGER NOT NULL%1, amount "
                       "NUMERIC(6,2), payment_date DATE NOT NULL, PRIMARY KEY (payment_id, "
                       "payment_date)");
    if (e == ConnectionParams::Engine::Postgres) {
        ddl << QStringLiteral("CREATE TABLE payment (%1) PARTITION BY RANGE (payment_date)")
                   .arg(columns.arg(QStringLiteral(" REFERENCES customer(id)")));
        for (int m = 1; m <= 3; ++m)
            ddl << QStringLiteral("CREATE TABLE payment_p2022_%1 PARTITION OF payment FOR VALUES FROM "
                                  "('2022-%1-01') TO ('2022-%2-01')")
                       .arg(m, 2, 10, QLatin1Char('0'))
                       .arg(m + 1, 2, 10, QLatin1Char('0'));
    } else if (e == ConnectionParams::Engine::MariaDb) {
        // MariaDB refuses foreign keys on partitioned tables: the map declares the reference.
        ddl << QStringLiteral("CREATE TABLE payment (%1) PARTITION BY RANGE COLUMNS (payment_date) ("
                              "PARTITION p2022_01 VALUES LESS THAN ('2022-02-01'), "
                              "PARTITION p2022_02 VALUES LESS THAN ('2022-03-01'), "
                              "PARTITION p2022_03 VALUES LESS THAN ('2022-04-01'))")
                   .arg(columns.arg(QString()));
    } else {
        ddl << QStringLiteral("CREATE TABLE payment (%1)")
                   .arg(columns.arg(QStringLiteral(" REFERENCES customer(id)")));
    }
    QString error;
    QVERIFY2(exec(db.params(), ddl + kCustomers + payments(), &error), qPrintable(error));
    QCOMPARE(scalar(db.params(), QStringLiteral("SELECT COUNT(*) FROM payment")).toInt(), 66);

    // Discovery lists the partitioned table alone, and says what it holds.
    SchemaDiscovery::Options options;
    options.systemKey = QStringLiteral("shop");
    auto found = SchemaDiscovery::run(db.params(), options);
    QVERIFY2(found.ok(), found.ok() ? "" : qPrintable(found.error().message));
    QStringList tables;
    for (const DataSource& s : found->draft.sources)
        for (const Table& t : s.tables)
            tables << t.name;
    QCOMPARE(tables, (QStringList{QStringLiteral("customer"), QStringLiteral("payment")}));
    if (e == ConnectionParams::Engine::Postgres) {
        bool said = false;
        for (const ColumnFinding& f : found->findings)
            said = said || (f.table == QLatin1String("payment") &&
                            f.evidence.join(QLatin1Char(' ')).contains(QLatin1String("has 3 partition")));
        QVERIFY2(said, "the payment table's evidence names its partitions");
        // The key declared on the partitioned table is the parent's, once.
        const Table* payment = tableOf(found->draft, QStringLiteral("payment"));
        QVERIFY(payment && payment->field(QStringLiteral("customer_id"))->references);
        QCOMPARE(payment->field(QStringLiteral("customer_id"))->references->table,
                 QStringLiteral("customer"));
    }
    DataMap map = complete(found->draft);
    if (e == ConnectionParams::Engine::MariaDb) {
        for (Field& f : map.sources[0].tables[1].fields)
            if (f.name == QLatin1String("customer_id"))
                f.references = FieldRef{QStringLiteral("customer"), QStringLiteral("id")};
    }
    // Written and read back as a person saves it.
    const DataMapLoad reloaded =
        DataMapLoader::parse(DataMapWriter::toYaml(map), QStringLiteral("shop.yaml"), m_dir.path());
    QVERIFY2(reloaded.ok(), reloaded.ok() ? "" : qPrintable(reloaded.issues.first().toString()));
    QVERIFY(DataMapLive::check(*reloaded.map, {db.params()}).isEmpty());

    const Outcome o = erase(*reloaded.map, db.params());
    OUTCOME_OK(o);
    QCOMPARE(o.found.value(QStringLiteral("payment")), qint64(32));
    QCOMPARE(o.found.value(QStringLiteral("customer")), qint64(1));
    QCOMPARE(o.planned.value(QStringLiteral("payment")), qint64(32));
    QCOMPARE(o.planDeletes, qint64(33));
    QCOMPARE(o.runDeletes, qint64(33));
    QVERIFY(o.verified);
    QCOMPARE(scalar(db.params(), QStringLiteral("SELECT COUNT(*) FROM payment")).toInt(), 34);
    QCOMPARE(
        scalar(db.params(), QStringLiteral("SELECT COUNT(*) FROM payment WHERE customer_id = 1")).toInt(), 0);
}

// Inheritance children, whose foreign keys are declared on each child and not on the parent: one table.
void TestSchemas::inheritanceChildren()
{
    const test::EngineDatabase db(ConnectionParams::Engine::Postgres, m_dir, QString());
    QVERIFY2(db.ok(), qPrintable(db.error()));
    QStringList ddl{
        QStringLiteral("CREATE TABLE customer (id INTEGER PRIMARY KEY, email TEXT NOT NULL, name TEXT)"),
        QStringLiteral("CREATE TABLE payment (payment_id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL, "
                       "amount NUMERIC(6,2), payment_date DATE NOT NULL)"),
    };
    for (int m = 1; m <= 3; ++m)
        ddl << QStringLiteral(
                   "CREATE TABLE payment_2022_%1 (CHECK (payment_date >= '2022-%1-01' AND payment_date < "
                   "'2022-%2-01')) INHERITS (payment)")
                   .arg(m, 2, 10, QLatin1Char('0'))
                   .arg(m + 1, 2, 10, QLatin1Char('0'))
            << QStringLiteral("ALTER TABLE payment_2022_%1 ADD PRIMARY KEY (payment_id), ADD FOREIGN KEY "
                              "(customer_id) REFERENCES customer(id)")
                   .arg(m, 2, 10, QLatin1Char('0'));
    // Each payment into its month's child, as the trigger of such a schema would put it; two stay in the
    // parent.
    QStringList rows;
    for (const QString& insert : payments()) {
        const QString month = insert.section(QLatin1String("'2022-"), 1).left(2);
        rows << (insert.contains(QLatin1String("(100,")) || insert.contains(QLatin1String("(140,"))
                     ? insert
                     : QString(insert).replace(QLatin1String("INTO payment "),
                                               QStringLiteral("INTO payment_2022_%1 ").arg(month)));
    }
    QString error;
    QVERIFY2(exec(db.params(), ddl + kCustomers + rows, &error), qPrintable(error));
    QCOMPARE(scalar(db.params(), QStringLiteral("SELECT COUNT(*) FROM ONLY payment")).toInt(), 2);
    QCOMPARE(scalar(db.params(), QStringLiteral("SELECT COUNT(*) FROM payment")).toInt(), 66);

    auto found = SchemaDiscovery::run(db.params(), {});
    QVERIFY2(found.ok(), found.ok() ? "" : qPrintable(found.error().message));
    QStringList tables;
    for (const DataSource& s : found->draft.sources)
        for (const Table& t : s.tables)
            tables << t.name;
    QCOMPARE(tables, (QStringList{QStringLiteral("customer"), QStringLiteral("payment")}));
    bool said = false;
    for (const ColumnFinding& f : found->findings)
        said = said || (f.table == QLatin1String("payment") &&
                        f.evidence.join(QLatin1Char(' ')).contains(QLatin1String("has 3 inheritance child")));
    QVERIFY2(said, "the payment table's evidence names its children");
    // The children's keys are the parent's: the traversal reaches the payments from the customer.
    const Table* payment = tableOf(found->draft, QStringLiteral("payment"));
    QVERIFY(payment && payment->field(QStringLiteral("customer_id"))->references);

    const DataMapLoad reloaded = DataMapLoader::parse(DataMapWriter::toYaml(complete(found->draft)),
                                                      QStringLiteral("shop.yaml"), m_dir.path());
    QVERIFY2(reloaded.ok(), reloaded.ok() ? "" : qPrintable(reloaded.issues.first().toString()));
    const Outcome o = erase(*reloaded.map, db.params());
    OUTCOME_OK(o);
    QCOMPARE(o.found.value(QStringLiteral("payment")), qint64(32));
    QCOMPARE(o.planDeletes, qint64(33));
    QCOMPARE(o.runDeletes, qint64(33));
    QVERIFY(o.verified);
    QCOMPARE(scalar(db.params(), QStringLiteral("SELECT COUNT(*) FROM payment")).toInt(), 34);
    QCOMPARE(scalar(db.params(), QStringLiteral("SELECT COUNT(*) FROM ONLY payment")).toInt(), 1);
}

// A map that lists a partition (or an inheritance child) beside its parent would count its rows twice:
// validate --live and the plan refuse it, naming both.
void TestSchemas::partitionBesideItsParentRefused()
{
    const test::EngineDatabase db(ConnectionParams::Engine::Postgres, m_dir, QString());
    QVERIFY2(db.ok(), qPrintable(db.error()));
    QString error;
    QVERIFY2(
        exec(db.params(),
             QStringList{
                 QStringLiteral(
                     "CREATE TABLE customer (id INTEGER PRIMARY KEY, email TEXT NOT NULL, name TEXT)"),
                 QStringLiteral("CREATE TABLE payment (payment_id INTEGER NOT NULL, customer_id INTEGER "
                                "NOT NULL REFERENCES customer(id), amount NUMERIC(6,2), payment_date DATE "
                                "NOT NULL, PRIMARY KEY (payment_id, payment_date)) PARTITION BY RANGE "
                                "(payment_date)"),
                 QStringLiteral("CREATE TABLE payment_p2022 PARTITION OF payment FOR VALUES FROM "
                                "('2022-01-01') TO ('2023-01-01')"),
                 QStringLiteral("CREATE TABLE note (id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL "
                                "REFERENCES customer(id), body TEXT)"),
                 QStringLiteral("CREATE TABLE note_2022 () INHERITS (note)")} +
                 kCustomers + payments(),
             &error),
        qPrintable(error));
    const QByteArray yaml = head(db.params()) + R"(      - name: customer
        primary_key: id
        erase: rows
        fields:
          - {name: id, categories: [user.unique_id]}
          - {name: email, categories: [user.contact.email], identity: email}
      - name: payment
        primary_key: [payment_id, payment_date]
        erase: rows
        fields:
          - {name: payment_id, categories: [system.operations]}
          - {name: payment_date, categories: [system.operations]}
          - {name: customer_id, categories: [user.unique_id], references: customer.id}
      - name: payment_p2022
        primary_key: [payment_id, payment_date]
        erase: rows
        fields:
          - {name: payment_id, categories: [system.operations]}
          - {name: payment_date, categories: [system.operations]}
          - {name: customer_id, categories: [user.unique_id], references: customer.id}
      - name: note
        primary_key: id
        erase: rows
        fields:
          - {name: id, categories: [system.operations]}
          - {name: customer_id, categories: [user.unique_id], references: customer.id}
      - name: note_2022
        primary_key: id
        erase: rows
        fields:
          - {name: id, categories: [system.operations]}
          - {name: customer_id, categories: [user.unique_id], references: customer.id}
)";
    const DataMapLoad map = load(yaml);
    QVERIFY2(map.ok(), map.ok() ? "" : qPrintable(map.issues.first().toString()));
    const QList<DataMapIssue> issues = DataMapLive::check(*map.map, {db.params()});
    QCOMPARE(issues.size(), 2);
    QCOMPARE(issues[0].line, map.map->sources[0].table(QStringLiteral("payment_p2022"))->line);
    QVERIFY2(issues[0].message.contains(QLatin1String("\"payment_p2022\" is a partition of \"payment\"")),
             qPrintable(issues[0].message));
    QCOMPARE(issues[1].line, map.map->sources[0].table(QStringLiteral("note_2022"))->line);
    QVERIFY2(issues[1].message.contains(QLatin1String("\"note_2022\" inherits from \"note\"")),
             qPrintable(issues[1].message));

    // The preview counts each payment once, and says why the partition was not searched.
    const Outcome o = erase(*map.map, db.params());
    QVERIFY2(o.error.isEmpty(), qPrintable(o.error));
    QCOMPARE(o.found.value(QStringLiteral("payment")), qint64(32));
    QCOMPARE(o.found.value(QStringLiteral("payment_p2022")), qint64(0));
    QCOMPARE(o.previewErrors.size(), 2);
    QVERIFY2(
        o.previewErrors[0].startsWith(QLatin1String("payment_p2022: table \"payment_p2022\" is a partition")),
        qPrintable(o.previewErrors[0]));
    QCOMPARE(o.problems.size(), 2);
    QVERIFY(o.problems[0].contains(QLatin1String("payment_p2022")) &&
            o.problems[0].contains(QLatin1String("\"payment\"")));
    QVERIFY(o.problems[1].contains(QLatin1String("note_2022")) &&
            o.problems[1].contains(QLatin1String("\"note\"")));
    QCOMPARE(scalar(db.params(), QStringLiteral("SELECT COUNT(*) FROM payment")).toInt(), 66);
}

void TestSchemas::tableInAnotherSchema_data()
{
    QTest::addColumn<int>("engine");
    QTest::newRow("postgres (a schema)") << int(ConnectionParams::Engine::Postgres);
    QTest::newRow("mariadb (another database)") << int(ConnectionParams::Engine::MariaDb);
}

// backup_schema.customer beside a public.customer holding the same person: the map's schema decides which
// one is read and erased, validate --live finds a table missing from its schema at its line, and discovery
// writes the schema.
void TestSchemas::tableInAnotherSchema()
{
    QFETCH(int, engine);
    const auto e = ConnectionParams::Engine(engine);
    const bool pg = e == ConnectionParams::Engine::Postgres;
    const test::EngineDatabase db(e, m_dir, QString());
    QVERIFY2(db.ok(), qPrintable(db.error()));
    // MariaDB: the other schema is another database on the same server.
    std::unique_ptr<test::ScratchDatabase> other;
    QString schema = QStringLiteral("backup_schema");
    if (!pg) {
        other = std::make_unique<test::ScratchDatabase>(test::mariadbAdmin());
        QVERIFY2(other->ok(), qPrintable(other->error()));
        schema = other->params().database;
    }
    const QString text = pg ? QStringLiteral("TEXT") : QStringLiteral("VARCHAR(100)");
    QString error;
    QStringList ddl;
    if (pg)
        ddl << QStringLiteral("CREATE SCHEMA backup_schema");
    ddl << QStringLiteral("CREATE TABLE customer (id INTEGER PRIMARY KEY, email %1 NOT NULL, name %1)")
               .arg(text)
        << QStringLiteral("INSERT INTO customer VALUES (1, 'ann@example.com', 'Ann (live)')")
        << QStringLiteral("CREATE TABLE %1.customer (id INTEGER PRIMARY KEY, email %2 NOT NULL, name %2)")
               .arg(schema, text)
        << QStringLiteral("INSERT INTO %1.customer VALUES (7, 'ann@example.com', 'Ann (backup)')").arg(schema)
        << QStringLiteral("INSERT INTO %1.customer VALUES (8, 'ben@example.com', 'Ben (backup)')").arg(schema)
        << QStringLiteral("CREATE TABLE %1.archive_note (id INTEGER PRIMARY KEY, email %2, body %2)")
               .arg(schema, text)
        << QStringLiteral("INSERT INTO %1.archive_note VALUES (1, 'ann@example.com', 'called')").arg(schema);
    QVERIFY2(exec(db.params(), ddl, &error), qPrintable(error));

    const QByteArray tables = R"(      - name: customer
        schema: )" + schema.toUtf8() +
                              R"(
        primary_key: id
        erase: rows
        fields:
          - {name: id, categories: [user.unique_id]}
          - {name: email, categories: [user.contact.email], identity: email}
          - {name: name, categories: [user.name]}
      - name: archive_note
        primary_key: id
        erase: rows
        fields:
          - {name: id, categories: [system.operations]}
          - {name: email, categories: [user.contact.email], identity: email}
)";
    // Without the schema, archive_note is not in the default schema: said at its line, with where it is.
    const DataMapLoad missing = load(head(db.params()) + tables);
    QVERIFY2(missing.ok(), missing.ok() ? "" : qPrintable(missing.issues.first().toString()));
    const QList<DataMapIssue> issues = DataMapLive::check(*missing.map, {db.params()});
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues[0].line, missing.map->sources[0].table(QStringLiteral("archive_note"))->line);
    QVERIFY2(issues[0].message.contains(QLatin1String("table \"archive_note\" does not exist in schema")) &&
                 issues[0].message.contains(QStringLiteral("A table of that name is in %1").arg(schema)),
             qPrintable(issues[0].message));
    const Outcome refused = erase(*missing.map, db.params());
    QVERIFY(!refused.error.isEmpty() || !refused.problems.isEmpty());

    // With the schema on the source (archive_note) and on the table (customer): found, erased, verified.
    const DataMapLoad map = load(head(db.params(), schema) + tables);
    QVERIFY2(map.ok(), map.ok() ? "" : qPrintable(map.issues.first().toString()));
    QCOMPARE(map.map->sources[0].table(QStringLiteral("archive_note"))->schema, schema);
    QVERIFY(DataMapLive::check(*map.map, {db.params()}).isEmpty());
    // A schema that does not hold the table is said too.
    const DataMapLoad wrong =
        load(head(db.params(), schema) +
             QByteArray(tables).replace("schema: " + schema.toUtf8(), "schema: no_such_schema"));
    QVERIFY(wrong.ok());
    QVERIFY(!DataMapLive::check(*wrong.map, {db.params()}).isEmpty());

    const Outcome o = erase(*map.map, db.params());
    OUTCOME_OK(o);
    QCOMPARE(o.found.value(QStringLiteral("customer")), qint64(1)); // the backup's row, not the live one
    QCOMPARE(o.found.value(QStringLiteral("archive_note")), qint64(1));
    QCOMPARE(o.planDeletes, qint64(2));
    QCOMPARE(o.runDeletes, qint64(2));
    QVERIFY(o.verified);
    QCOMPARE(scalar(db.params(), QStringLiteral("SELECT COUNT(*) FROM %1.customer").arg(schema)).toInt(), 1);
    QCOMPARE(scalar(db.params(), QStringLiteral("SELECT name FROM customer WHERE id = 1")).toString(),
             QStringLiteral("Ann (live)"));
    QCOMPARE(scalar(db.params(), QStringLiteral("SELECT COUNT(*) FROM %1.archive_note").arg(schema)).toInt(),
             0);

    if (!pg)
        return; // discovery reads the connection's own database on MariaDB
    // Discovery: a table only in backup_schema gets its schema; the backup's customer, whose name the
    // default schema holds too, goes to a source of its own for that schema.
    auto found = SchemaDiscovery::run(db.params(), {});
    QVERIFY2(found.ok(), found.ok() ? "" : qPrintable(found.error().message));
    QCOMPARE(found->draft.sources.size(), 2);
    const DataSource& main = found->draft.sources[0];
    QVERIFY(main.table(QStringLiteral("customer")) &&
            main.table(QStringLiteral("customer"))->schema.isEmpty());
    QVERIFY(main.table(QStringLiteral("archive_note")));
    QCOMPARE(main.table(QStringLiteral("archive_note"))->schema, QStringLiteral("backup_schema"));
    QCOMPARE(found->draft.sources[1].schema, QStringLiteral("backup_schema"));
    QVERIFY(found->draft.sources[1].table(QStringLiteral("customer")));
    const QByteArray written = DataMapWriter::toYaml(complete(found->draft));
    QVERIFY2(written.contains("schema: backup_schema"), written.constData());
    const DataMapLoad reloaded = DataMapLoader::parse(written, QStringLiteral("draft.yaml"), m_dir.path());
    QVERIFY2(reloaded.ok(), reloaded.ok() ? "" : qPrintable(reloaded.issues.first().toString()));
    QVERIFY(DataMapLive::check(*reloaded.map, {db.params(), db.params()}).isEmpty());
}

void TestSchemas::foreignKeyAcrossSchemas_data()
{
    QTest::addColumn<int>("engine");
    QTest::newRow("postgres") << int(ConnectionParams::Engine::Postgres);
    QTest::newRow("mariadb") << int(ConnectionParams::Engine::MariaDb);
}

// app.orders -> crm.customer, enforced by the database and not declared in the map: the traversal follows
// it, the plan deletes the orders before the customer (or the run would fail on the key), and the
// same-named public tables with their own key are neither read nor touched.
void TestSchemas::foreignKeyAcrossSchemas()
{
    QFETCH(int, engine);
    const auto e = ConnectionParams::Engine(engine);
    const bool pg = e == ConnectionParams::Engine::Postgres;
    const test::EngineDatabase db(e, m_dir, QString());
    QVERIFY2(db.ok(), qPrintable(db.error()));
    std::unique_ptr<test::ScratchDatabase> appDb, crmDb;
    QString app = QStringLiteral("app"), crm = QStringLiteral("crm");
    if (!pg) {
        appDb = std::make_unique<test::ScratchDatabase>(test::mariadbAdmin());
        crmDb = std::make_unique<test::ScratchDatabase>(test::mariadbAdmin());
        QVERIFY2(appDb->ok() && crmDb->ok(), qPrintable(appDb->error() + crmDb->error()));
        app = appDb->params().database;
        crm = crmDb->params().database;
    }
    const QString text = pg ? QStringLiteral("TEXT") : QStringLiteral("VARCHAR(100)");
    QStringList ddl;
    if (pg)
        ddl << QStringLiteral("CREATE SCHEMA app") << QStringLiteral("CREATE SCHEMA crm");
    ddl << QStringLiteral("CREATE TABLE %1.customer (id INTEGER PRIMARY KEY, email %2 NOT NULL)")
               .arg(crm, text)
        << QStringLiteral(
               "CREATE TABLE %1.orders (id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL, item %2, "
               "CONSTRAINT orders_customer FOREIGN KEY (customer_id) REFERENCES %3.customer(id))")
               .arg(app, text, crm)
        // The default schema's tables of the same names, with Ann too and their own key: not the map's.
        << QStringLiteral("CREATE TABLE customer (id INTEGER PRIMARY KEY, email %1 NOT NULL)").arg(text)
        << QStringLiteral(
               "CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL, item %1, "
               "CONSTRAINT orders_customer FOREIGN KEY (customer_id) REFERENCES customer(id))")
               .arg(text)
        << QStringLiteral("INSERT INTO %1.customer VALUES (1, 'ann@example.com'), (2, 'ben@example.com')")
               .arg(crm)
        << QStringLiteral("INSERT INTO %1.orders VALUES (10, 1, 'kettle'), (11, 1, 'mug'), (12, 2, 'lamp')")
               .arg(app)
        << QStringLiteral("INSERT INTO customer VALUES (1, 'ann@example.com'), (5, 'eve@example.com')")
        << QStringLiteral("INSERT INTO orders VALUES (10, 1, 'public kettle'), (13, 5, 'public lamp')");
    QString error;
    QVERIFY2(exec(db.params(), ddl, &error), qPrintable(error));

    // The map lists the customer after the orders, and declares no reference: the order comes from the
    // database's key across the schemas.
    const QByteArray yaml = head(db.params(), app) + R"(      - name: orders
        primary_key: id
        erase: rows
        fields:
          - {name: id, categories: [system.operations]}
          - {name: customer_id, categories: [user.unique_id]}
          - {name: item, categories: [user.behavior.purchase_history]}
      - name: customer
        schema: )" + crm.toUtf8() +
                            R"(
        primary_key: id
        erase: rows
        fields:
          - {name: id, categories: [user.unique_id]}
          - {name: email, categories: [user.contact.email], identity: email}
)";
    const DataMapLoad map = load(yaml);
    QVERIFY2(map.ok(), map.ok() ? "" : qPrintable(map.issues.first().toString()));
    QVERIFY(DataMapLive::check(*map.map, {db.params()}).isEmpty());

    {
        SqlConnection c;
        QVERIFY(c.open(db.params()).ok());
        const auto keys = SqlConnection::foreignKeys(c.db(), e, map.map->sources[0].tableNames());
        QCOMPARE(keys.size(), 1);
        QCOMPARE(keys[0].table, QStringLiteral("orders"));
        QCOMPARE(keys[0].schema, app);
        QCOMPARE(keys[0].parentTable, QStringLiteral("customer"));
        QCOMPARE(keys[0].parentSchema, crm);
    }

    const Outcome o = erase(*map.map, db.params());
    OUTCOME_OK(o);
    QCOMPARE(o.found.value(QStringLiteral("customer")), qint64(1));
    QCOMPARE(o.found.value(QStringLiteral("orders")), qint64(2));
    QCOMPARE(o.planDeletes, qint64(3));
    QCOMPARE(o.runDeletes, qint64(3));
    QVERIFY(o.verified);
    QCOMPARE(scalar(db.params(), QStringLiteral("SELECT COUNT(*) FROM %1.orders").arg(app)).toInt(), 1);
    QCOMPARE(scalar(db.params(), QStringLiteral("SELECT COUNT(*) FROM %1.customer").arg(crm)).toInt(), 1);
    QCOMPARE(scalar(db.params(), QStringLiteral("SELECT COUNT(*) FROM orders")).toInt(), 2);
    QCOMPARE(scalar(db.params(), QStringLiteral("SELECT COUNT(*) FROM customer")).toInt(), 2);
}

void TestSchemas::keyFromAnotherSchemaKeepsTheRow_data()
{
    foreignKeyAcrossSchemas_data();
}

// A table the map does not list, in a schema the map never names (audit.customer_log), points at the
// subject's customer row: the plan keeps that row, as it would for a key within the schema, instead of a run
// that fails on the key halfway.
void TestSchemas::keyFromAnotherSchemaKeepsTheRow()
{
    QFETCH(int, engine);
    const auto e = ConnectionParams::Engine(engine);
    const bool pg = e == ConnectionParams::Engine::Postgres;
    const test::EngineDatabase db(e, m_dir, QString());
    QVERIFY2(db.ok(), qPrintable(db.error()));
    std::unique_ptr<test::ScratchDatabase> auditDb;
    QString audit = QStringLiteral("audit");
    if (!pg) {
        auditDb = std::make_unique<test::ScratchDatabase>(test::mariadbAdmin());
        QVERIFY2(auditDb->ok(), qPrintable(auditDb->error()));
        audit = auditDb->params().database;
    }
    const QString text = pg ? QStringLiteral("TEXT") : QStringLiteral("VARCHAR(100)");
    QStringList ddl;
    if (pg)
        ddl << QStringLiteral("CREATE SCHEMA audit");
    ddl << QStringLiteral("CREATE TABLE customer (id INTEGER PRIMARY KEY, email %1 NOT NULL)").arg(text)
        << QStringLiteral("CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL "
                          "REFERENCES customer(id))")
        << QStringLiteral(
               "CREATE TABLE %1.customer_log (id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL, "
               "CONSTRAINT log_customer FOREIGN KEY (customer_id) REFERENCES %2.customer(id))")
               .arg(audit, pg ? QStringLiteral("public") : db.params().database)
        << QStringLiteral("INSERT INTO customer VALUES (1, 'ann@example.com'), (2, 'ben@example.com')")
        << QStringLiteral("INSERT INTO orders VALUES (10, 1), (11, 1), (12, 2)")
        << QStringLiteral("INSERT INTO %1.customer_log VALUES (1, 1)").arg(audit);
    QString error;
    QVERIFY2(exec(db.params(), ddl, &error), qPrintable(error));
    const QByteArray yaml = head(db.params()) + R"(      - name: customer
        primary_key: id
        erase: rows
        fields:
          - {name: id, categories: [user.unique_id]}
          - {name: email, categories: [user.contact.email], identity: email}
      - name: orders
        primary_key: id
        erase: rows
        fields:
          - {name: id, categories: [system.operations]}
          - {name: customer_id, categories: [user.unique_id]}
)";
    const DataMapLoad map = load(yaml);
    QVERIFY2(map.ok(), map.ok() ? "" : qPrintable(map.issues.first().toString()));
    const Outcome o = erase(*map.map, db.params());
    OUTCOME_OK(o);
    QCOMPARE(o.found.value(QStringLiteral("orders")), qint64(2));
    QCOMPARE(o.planDeletes, qint64(2));
    QCOMPARE(o.keptReferenced.value(QStringLiteral("customer")), qint64(1));
    QCOMPARE(o.runDeletes, qint64(2));
    QVERIFY(o.verified);
    QCOMPARE(scalar(db.params(), QStringLiteral("SELECT COUNT(*) FROM customer")).toInt(), 2);
    QCOMPARE(scalar(db.params(), QStringLiteral("SELECT COUNT(*) FROM orders")).toInt(), 1);
}

// SQLite has no schemas (Lethe reads no ATTACHed databases): the key is refused where it is written.
void TestSchemas::schemaRefusedOnSqlite()
{
    ConnectionParams p;
    p.path = m_dir.filePath(QStringLiteral("refused.db"));
    const QByteArray yaml = head(p, QStringLiteral("main")) + R"(      - name: customer
        schema: backup
        primary_key: id
        fields:
          - {name: id, categories: [user.unique_id]}
          - {name: email, categories: [user.contact.email], identity: email}
)";
    const DataMapLoad map = load(yaml);
    QVERIFY(!map.ok());
    QCOMPARE(map.issues.size(), 2);
    QCOMPARE(map.issues[0].line, 11); // the source's schema
    QCOMPARE(map.issues[1].line, 14); // the table's
    for (const DataMapIssue& i : map.issues)
        QVERIFY2(i.message.contains(QLatin1String("SQLite has no schemas")), qPrintable(i.message));
    auto quoted = SqlConnection::qualifiedTable(ConnectionParams::Engine::Sqlite, QStringLiteral("backup"),
                                                QStringLiteral("customer"));
    QVERIFY(!quoted.ok());
    QCOMPARE(SqlConnection::qualifiedTable(ConnectionParams::Engine::Postgres, QStringLiteral("a\"b"),
                                           QStringLiteral("c d"))
                 .value(),
             QStringLiteral("\"a\"\"b\".\"c d\""));
    QCOMPARE(SqlConnection::qualifiedTable(ConnectionParams::Engine::MariaDb, QStringLiteral("db"),
                                           QStringLiteral("t"))
                 .value(),
             QStringLiteral("`db`.`t`"));
}

QTEST_GUILESS_MAIN(TestSchemas)
#include "tst_schemas.moc"
