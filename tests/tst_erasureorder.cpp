#include "DataMapLoader.h"
#include "ErasureOrder.h"
#include "TestSupport.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace lethe;

// The order an erasure touches tables in: children before parents, cycles broken by nulling a nullable
// reference first, an unbreakable cycle named in the error; and the plan-time check of strategies against
// the live schema (NOT NULL columns, primary keys) on SQLite, PostgreSQL and MariaDB.
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
    const auto nullable = ErasureOrder::nullableColumns(c.db(), source);
    QVERIFY2(nullable.ok(), nullable.ok() ? "" : qPrintable(nullable.error().message));
    QVERIFY(nullable->contains(QStringLiteral("users.phone")));
    QVERIFY(nullable->contains(QStringLiteral("users.default_address_id")));
    QVERIFY(!nullable->contains(QStringLiteral("users.email")));
    QVERIFY(!nullable->contains(QStringLiteral("addresses.user_id")));
    const QStringList problems = ErasureOrder::strategyProblems(source, *nullable);
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems[0].startsWith(QStringLiteral("addresses.city (line 24): the column is NOT NULL")),
             qPrintable(problems[0]));
    // The declared reference (users -> addresses, nullable) and the database's (addresses -> users, NOT NULL)
    // make a cycle, broken by nulling users.default_address_id first.
    const auto live =
        SqlConnection::foreignKeys(c.db(), e, {QStringLiteral("users"), QStringLiteral("addresses")});
    const QList<Ref> refs = ErasureOrder::references(source, live, *nullable);
    QCOMPARE(refs.size(), 2);
    const auto plan = ErasureOrder::compute({QStringLiteral("users"), QStringLiteral("addresses")}, refs);
    QVERIFY2(plan.ok(), plan.ok() ? "" : qPrintable(plan.error().message));
    QCOMPARE(plan->nullFirst.size(), 1);
    QCOMPARE(plan->nullFirst.first().column, QStringLiteral("default_address_id"));
    QCOMPARE(plan->order, (QStringList{QStringLiteral("addresses"), QStringLiteral("users")}));
}

QTEST_GUILESS_MAIN(TestErasureOrder)
#include "tst_erasureorder.moc"
