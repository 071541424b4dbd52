#include "DataMapLoader.h"
#include "ErasureOrder.h"
#include "TestSupport.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace lethe;

// The order an erasure touches tables in: children before parents, cycles broken by nulling a nullable
// reference first, an unbreakable cycle named in the error; and the plan-time check of strategies against
// the live schema (NOT NULL columns, primary keys, column types and lengths, foreign keys single and
// composite) on SQLite, PostgreSQL and MariaDB.
class TestErasureOrder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { test::isolate(); }
    void childrenBeforeParents();
    void cycleBrokenByANullableReference();
    void cycleThatCannotBeBrokenIsNamed();
    void selfReference();
    void liveSchema_data();
    void liveSchema();
    void strategiesAgainstLiveTypes_data() { liveSchema_data(); }
    void strategiesAgainstLiveTypes();
    void typeNames();
};

using Ref = ErasureOrder::Reference;

void TestErasureOrder::childrenBeforeParents()
{
    // users <- orders <- order_lines; users <- sessions; products <- order_lines
    const QList<Ref> refs{{QStringLiteral("orders"), QStringLiteral("user_id"), QStringLiteral("users"),
                           QStringLiteral("id"), false},
                          {QStringLiteral("order_lines"), QStringLiteral("order_id"),
                           QStringLiteral("orders"), QStringLiteral("id"), false},
                          {QStringLiteral("order_lines"), QStringLiteral("product_id"),
                           QStringLiteral("products"), QStringLiteral("id"), false},
                          {QStringLiteral("sessions"), QStringLiteral("user_id"), QStringLiteral("users"),
                           QStringLiteral("id"), true}};
    const QStringList tables{QStringLiteral("users"), QStringLiteral("products"), QStringLiteral("orders"),
                             QStringLiteral("order_lines"), QStringLiteral("sessions")};
    const auto plan = ErasureOrder::compute(tables, refs);
    QVERIFY(plan.ok());
    const QStringList order = plan->order;
    QCOMPARE(order.size(), 5);
    auto before = [&](const char* a, const char* b) {
        return order.indexOf(QLatin1String(a)) < order.indexOf(QLatin1String(b));
    };
    QVERIFY(before("order_lines", "orders"));
    QVERIFY(before("orders", "users"));
    QVERIFY(before("sessions", "users"));
    QVERIFY(before("order_lines", "products"));
    QVERIFY(plan->nullFirst.isEmpty());
    // A reference to a table outside the erasure does not constrain it.
    QCOMPARE(ErasureOrder::compute({QStringLiteral("orders")}, refs)->order,
             QStringList{QStringLiteral("orders")});
}

void TestErasureOrder::cycleBrokenByANullableReference()
{
    // users.default_address_id -> addresses.id (nullable), addresses.user_id -> users.id (NOT NULL)
    const QList<Ref> refs{{QStringLiteral("users"), QStringLiteral("default_address_id"),
                           QStringLiteral("addresses"), QStringLiteral("id"), true},
                          {QStringLiteral("addresses"), QStringLiteral("user_id"), QStringLiteral("users"),
                           QStringLiteral("id"), false}};
    const auto plan = ErasureOrder::compute({QStringLiteral("users"), QStringLiteral("addresses")}, refs);
    QVERIFY2(plan.ok(), plan.ok() ? "" : qPrintable(plan.error().message));
    QCOMPARE(plan->nullFirst, QList<Ref>{refs[0]});
    QCOMPARE(plan->order, (QStringList{QStringLiteral("addresses"), QStringLiteral("users")}));
}

void TestErasureOrder::cycleThatCannotBeBrokenIsNamed()
{
    const QList<Ref> refs{
        {QStringLiteral("a"), QStringLiteral("b_id"), QStringLiteral("b"), QStringLiteral("id"), false},
        {QStringLiteral("b"), QStringLiteral("c_id"), QStringLiteral("c"), QStringLiteral("id"), false},
        {QStringLiteral("c"), QStringLiteral("a_id"), QStringLiteral("a"), QStringLiteral("id"), false},
        {QStringLiteral("d"), QStringLiteral("a_id"), QStringLiteral("a"), QStringLiteral("id"), false}};
    const auto plan = ErasureOrder::compute(
        {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d")}, refs);
    QVERIFY(!plan.ok());
    const QString m = plan.error().message;
    QVERIFY2(m.contains(QStringLiteral("a.b_id → b.id")) && m.contains(QStringLiteral("b.c_id → c.id")) &&
                 m.contains(QStringLiteral("c.a_id → a.id")),
             qPrintable(m));
    QVERIFY2(!m.contains(QStringLiteral("d.a_id")), qPrintable(m)); // d is outside the cycle
}

void TestErasureOrder::selfReference()
{
    const Ref manager{QStringLiteral("employees"), QStringLiteral("manager_id"), QStringLiteral("employees"),
                      QStringLiteral("id"), true};
    auto plan = ErasureOrder::compute({QStringLiteral("employees")}, {manager});
    QCOMPARE(plan->nullFirst, QList<Ref>{manager});
    Ref strict = manager;
    strict.nullable = false;
    plan = ErasureOrder::compute({QStringLiteral("employees")}, {strict});
    QVERIFY(plan->nullFirst.isEmpty());
    QCOMPARE(plan->selfOrdered, QStringList{QStringLiteral("employees")});
}

void TestErasureOrder::liveSchema_data()
{
    QTest::addColumn<int>("engine");
    QTest::newRow("sqlite") << int(ConnectionParams::Engine::Sqlite);
    QTest::newRow("postgres") << int(ConnectionParams::Engine::Postgres);
    QTest::newRow("mariadb") << int(ConnectionParams::Engine::MariaDb);
}

void TestErasureOrder::liveSchema()
{
    QFETCH(int, engine);
    const auto e = ConnectionParams::Engine(engine);
    QTemporaryDir dir;
    const test::EngineDatabase database(e, dir, QStringLiteral("shop.db"));
    QVERIFY2(database.ok(), qPrintable(database.error()));
    SqlConnection c;
    QVERIFY(c.open(database.params()).ok());
    QSqlQuery q(c.db());
    const QString text =
        e == ConnectionParams::Engine::MariaDb ? QStringLiteral("VARCHAR(100)") : QStringLiteral("TEXT");
    QVERIFY(q.exec(QStringLiteral("CREATE TABLE users (id INTEGER PRIMARY KEY, email %1 NOT NULL, phone %1, "
                                  "default_address_id INTEGER)")
                       .arg(text)));
    QVERIFY(q.exec(QStringLiteral("CREATE TABLE addresses (id INTEGER PRIMARY KEY, user_id INTEGER NOT NULL "
                                  "REFERENCES users(id), city %1 NOT NULL)")
                       .arg(text)));
    // The map nulls the NOT NULL city and a primary key, and nulls phone, which is fine.
    const QByteArray yaml = R"(lethe_datamap: 1
system:
  key: shop
  name: Shop
  art15: {purposes: [Sell things]}
  identities: [email]
sources:
  - key: main
    engine: sqlite
    path: shop.db
    tables:
      - name: users
        primary_key: id
        fields:
          - {name: id, categories: [user.unique_id]}
          - {name: email, categories: [user.contact.email], identity: email, erasure: hmac}
          - {name: phone, categories: [user.contact.phone_number], erasure: null}
          - {name: default_address_id, categories: [system.operations], references: addresses.id}
      - name: addresses
        primary_key: id
        fields:
          - {name: id, categories: [system.operations]}
          - {name: user_id, categories: [user.unique_id]}
          - {name: city, categories: [user.contact.address.city], erasure: null}
)";
    const DataMapLoad load = DataMapLoader::parse(yaml, QStringLiteral("shop.yaml"), dir.path());
    QVERIFY2(load.ok(), load.issues.isEmpty() ? "" : qPrintable(load.issues.first().toString()));
    const DataSource& source = load.map->sources.first();
    const auto columns = ErasureOrder::liveColumns(c.db(), e, source);
    QVERIFY2(columns.ok(), columns.ok() ? "" : qPrintable(columns.error().message));
    QVERIFY(columns->value(QStringLiteral("users.phone")).nullable);
    QVERIFY(columns->value(QStringLiteral("users.default_address_id")).nullable);
    QVERIFY(!columns->value(QStringLiteral("users.email")).nullable);
    QVERIFY(!columns->value(QStringLiteral("addresses.user_id")).nullable);
    const QList<DataMapIssue> problems = ErasureOrder::strategyProblems(load.map->file, source, *columns);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems[0].line, 24);
    QVERIFY2(problems[0].toString().startsWith(QStringLiteral("shop.yaml:24:1: addresses.city is ")),
             qPrintable(problems[0].toString()));
    QVERIFY2(problems[0].message.contains(QStringLiteral("NOT NULL")), qPrintable(problems[0].message));
    // The declared reference (users -> addresses, nullable) and the database's (addresses -> users, NOT NULL)
    // make a cycle, broken by nulling users.default_address_id first.
    const auto live =
        SqlConnection::foreignKeys(c.db(), e, {QStringLiteral("users"), QStringLiteral("addresses")});
    QSet<QString> nullable;
    for (auto it = columns->cbegin(); it != columns->cend(); ++it)
        if (it->nullable)
            nullable.insert(it.key());
    const QList<Ref> refs = ErasureOrder::references(source, live, nullable);
    QCOMPARE(refs.size(), 2);
    const auto plan = ErasureOrder::compute({QStringLiteral("users"), QStringLiteral("addresses")}, refs);
    QVERIFY2(plan.ok(), plan.ok() ? "" : qPrintable(plan.error().message));
    QCOMPARE(plan->nullFirst.size(), 1);
    QCOMPARE(plan->nullFirst.first().column, QStringLiteral("default_address_id"));
    QCOMPARE(plan->order, (QStringList{QStringLiteral("addresses"), QStringLiteral("users")}));
}

void TestErasureOrder::strategiesAgainstLiveTypes()
{
    // Every strategy against the column it writes, on each engine's own types. The map's comment names each
    // field's expected finding; the test reads them back, so the lines cannot drift.
    QFETCH(int, engine);
    const auto e = ConnectionParams::Engine(engine);
    QTemporaryDir dir;
    const test::EngineDatabase database(e, dir, QStringLiteral("types.db"));
    QVERIFY2(database.ok(), qPrintable(database.error()));
    SqlConnection c;
    QVERIFY(c.open(database.params()).ok());
    QSqlQuery q(c.db());
    const bool pg = e == ConnectionParams::Engine::Postgres, my = e == ConnectionParams::Engine::MariaDb;
    const QString uuid = pg   ? QStringLiteral("UUID")
                         : my ? QStringLiteral("CHAR(36)")
                              : QStringLiteral("UUID");
    const QString text = my ? QStringLiteral("VARCHAR(255)") : QStringLiteral("TEXT");
    const QStringList ddl{
        QStringLiteral("CREATE TABLE accounts (id BIGINT PRIMARY KEY, email VARCHAR(200) NOT NULL, "
                       "handle VARCHAR(100) UNIQUE, nick VARCHAR(50) UNIQUE, code10_hash VARCHAR(10), "
                       "code10_fixed VARCHAR(10), "
                       "code5_fixed VARCHAR(5), age_hash INTEGER, age_fixed INTEGER, age_word INTEGER, "
                       "small_big SMALLINT, balance DECIMAL(6,2), balance_big DECIMAL(6,2), born DATE, "
                       "born_word DATE, seen TIMESTAMP NULL, active BOOLEAN, token %1, note %2, "
                       "name %2 NOT NULL)")
            .arg(uuid, text),
        QStringLiteral(
            "CREATE TABLE parts (a INTEGER NOT NULL, b INTEGER NOT NULL, label %1, PRIMARY KEY (a, b))")
            .arg(text),
        QStringLiteral("CREATE TABLE logs (id BIGINT PRIMARY KEY, actor_id BIGINT, owner_id BIGINT NOT NULL, "
                       "other_id BIGINT, handle VARCHAR(100), pa INTEGER, pb INTEGER, "
                       "FOREIGN KEY (actor_id) REFERENCES accounts (id), "
                       "FOREIGN KEY (owner_id) REFERENCES accounts (id), "
                       "FOREIGN KEY (other_id) REFERENCES accounts (id), "
                       "FOREIGN KEY (handle) REFERENCES accounts (handle), "
                       "FOREIGN KEY (pa, pb) REFERENCES parts (a, b))"),
    };
    for (const QString& sql : ddl)
        QVERIFY2(q.exec(sql), qPrintable(sql + QStringLiteral(": ") + q.lastError().text()));
    const QByteArray yaml = R"(lethe_datamap: 1
system:
  key: shop
  name: Shop
  art15: {purposes: [Sell things]}
  identities: [email]
sources:
  - key: main
    engine: sqlite
    path: types.db
    tables:
      - name: accounts
        primary_key: id
        fields:
          - {name: id, categories: [user.unique_id]}
          - {name: email, categories: [user.contact.email], identity: email, erasure: hmac}  # ok
          - {name: handle, categories: [user.name], erasure: hmac}  # problem: logs.handle
          - {name: nick, categories: [user.name], erasure: {fixed: "erased"}}  # problem: UNIQUE
          - {name: code10_hash, categories: [user.name], erasure: hmac}  # problem: at most 10 characters
          - {name: code10_fixed, categories: [user.name], erasure: {fixed: "erased"}}  # ok
          - {name: code5_fixed, categories: [user.name], erasure: {fixed: "erased!"}}  # problem: 7 characters
          - {name: age_hash, categories: [user.demographic], erasure: hmac}  # problem: not text
          - {name: age_fixed, categories: [user.demographic], erasure: {fixed: "0"}}  # ok
          - {name: age_word, categories: [user.demographic], erasure: {fixed: "zero"}}  # problem: "zero" is not a whole number
          - {name: small_big, categories: [user.demographic], erasure: {fixed: "70000"}}  # problem-server: "70000" is not a whole number
          - {name: balance, categories: [user.financial], erasure: {fixed: "0.00"}}  # ok
          - {name: balance_big, categories: [user.financial], erasure: {fixed: "12345.6"}}  # problem: at most 6 digits
          - {name: born, categories: [user.demographic.date_of_birth], erasure: {fixed: "1900-01-01"}}  # ok
          - {name: born_word, categories: [user.demographic.date_of_birth], erasure: {fixed: "unknown"}}  # problem: not a date
          - {name: seen, categories: [user.behavior], erasure: {fixed: "2000-01-01 00:00:00"}}  # ok
          - {name: active, categories: [user.behavior], erasure: {fixed: "0"}}  # ok
          - {name: token, categories: [user.unique_id], erasure: hmac}  # problem: token
          - {name: note, categories: [user.content.private], erasure: null}  # ok
          - {name: name, categories: [user.name], erasure: null}  # problem: NOT NULL
      - name: parts
        primary_key: a
        fields:
          - {name: a, categories: [system.operations]}
          - {name: b, categories: [system.operations], erasure: hmac}  # problem: primary key
          - {name: label, categories: [user.name], erasure: {fixed: "x"}}  # ok
      - name: logs
        primary_key: id
        fields:
          - {name: id, categories: [system.operations]}
          - {name: actor_id, categories: [user.unique_id], erasure: hmac}  # problem: foreign key to accounts.id
          - {name: owner_id, categories: [user.unique_id], erasure: null}  # problem: NOT NULL
          - {name: other_id, categories: [user.unique_id], erasure: null}  # ok
          - {name: handle, categories: [user.name], erasure: {fixed: "gone"}}  # problem: foreign key to accounts.handle
          - {name: pa, categories: [system.operations], erasure: {fixed: "0"}}  # problem: foreign key to parts.a
          - {name: pb, categories: [system.operations], erasure: null}  # ok
)";
    const DataMapLoad load = DataMapLoader::parse(yaml, QStringLiteral("types.yaml"), dir.path());
    QVERIFY2(load.ok(), load.issues.isEmpty() ? "" : qPrintable(load.issues.first().toString()));
    const DataSource& source = load.map->sources.first();
    const auto columns = ErasureOrder::liveColumns(c.db(), e, source);
    QVERIFY2(columns.ok(), columns.ok() ? "" : qPrintable(columns.error().message));

    // (The map gives parts only `a` as its key; the database's key is (a, b), and it is the database's that
    // counts.) What each line expects: a problem containing the text after "problem:" (on SQLite, a SMALLINT
    // is a 64-bit integer, so "problem-server" lines are fine there).
    QHash<int, QString> expected;
    const QList<QByteArray> lines = yaml.split('\n');
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = QString::fromUtf8(lines[i]);
        const qsizetype at = line.indexOf(QLatin1String("# problem"));
        if (at < 0)
            continue;
        const bool serverOnly = line.mid(at).startsWith(QLatin1String("# problem-server"));
        if (serverOnly && e == ConnectionParams::Engine::Sqlite)
            continue;
        expected.insert(i + 1, line.mid(line.indexOf(QLatin1Char(':'), at) + 1).trimmed());
    }
    const QList<DataMapIssue> problems = ErasureOrder::strategyProblems(load.map->file, source, *columns);
    QHash<int, QString> found;
    for (const DataMapIssue& p : problems) {
        QVERIFY2(!found.contains(p.line), qPrintable(p.toString()));
        found.insert(p.line, p.message);
    }
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        QVERIFY2(found.contains(it.key()),
                 qPrintable(QStringLiteral("line %1 (%2): no problem found").arg(it.key()).arg(it.value())));
        const QString& message = found.value(it.key());
        const QString what = it.value() == QLatin1String("token")
                                 ? (pg   ? QStringLiteral("a UUID")
                                    : my ? QStringLiteral("at most 36 characters")
                                         : QStringLiteral("a UUID"))
                                 : it.value();
        QVERIFY2(message.contains(what), qPrintable(message + QStringLiteral(" (expected: ") + what + ')'));
    }
    for (auto it = found.cbegin(); it != found.cend(); ++it)
        QVERIFY2(expected.contains(it.key()),
                 qPrintable(QStringLiteral("line %1: %2").arg(it.key()).arg(it.value())));

    // The finding names the file and line, the table and column, the live type and what would work.
    const DataMapIssue* actor = nullptr;
    for (const DataMapIssue& p : problems)
        if (p.message.startsWith(QLatin1String("logs.actor_id is ")))
            actor = &p;
    QVERIFY(actor);
    QVERIFY2(actor->toString().startsWith(QStringLiteral("types.yaml:")), qPrintable(actor->toString()));
    QVERIFY2(actor->message.contains(QLatin1String("bigint"), Qt::CaseInsensitive),
             qPrintable(actor->message));
    QVERIFY2(actor->message.contains(QLatin1String("Use erasure: null")), qPrintable(actor->message));
}

void TestErasureOrder::typeNames()
{
    using K = ErasureOrder::Column::Kind;
    struct Case
    {
        ConnectionParams::Engine engine;
        const char* type;
        K kind;
        qint64 maxLength;
    };
    const auto S = ConnectionParams::Engine::Sqlite, P = ConnectionParams::Engine::Postgres,
               M = ConnectionParams::Engine::MariaDb;
    const QList<Case> cases{
        {S, "VARCHAR(40)", K::Text, 40},
        {S, "TEXT", K::Text, -1},
        {S, "", K::Any, -1},
        {S, "INT", K::Integer, -1},
        {S, "DATETIME", K::DateTime, -1},
        {S, "MONEYISH", K::Decimal, -1},       // SQLite's NUMERIC affinity
        {S, "FLOATING POINT", K::Integer, -1}, // "INT" wins in SQLite's rules, as it does here
        {P, "character varying", K::Text, -1},
        {P, "timestamp without time zone", K::DateTime, -1},
        {P, "interval", K::Other, -1},
        {P, "point", K::Other, -1},
        {P, "uuid", K::Uuid, -1},
        {P, "jsonb", K::Json, -1},
        {P, "inet", K::Other, -1},
        {P, "double precision", K::Float, -1},
        {M, "char(36)", K::Text, 36},
        {M, "tinyint(1)", K::Integer, -1},
        {M, "enum('a','b')", K::Other, -1},
        {M, "varbinary(16)", K::Binary, 16},
        {M, "longtext", K::Text, -1},
        {M, "time", K::Time, -1},
    };
    for (const Case& c : cases) {
        ErasureOrder::Column col;
        col.type = QString::fromLatin1(c.type);
        ErasureOrder::classify(col, c.engine);
        QVERIFY2(col.kind == c.kind, c.type);
        QVERIFY2(col.maxLength == c.maxLength, c.type);
    }
    ErasureOrder::Column tiny;
    tiny.type = QStringLiteral("tinyint unsigned");
    ErasureOrder::classify(tiny, M);
    QCOMPARE(tiny.min, 0);
    QCOMPARE(tiny.max, 255);
}

QTEST_GUILESS_MAIN(TestErasureOrder)
#include "tst_erasureorder.moc"
