#include "DataMapLoader.h"
#include "DataMapWriter.h"
#include "SchemaDiscovery.h"
#include "TestSupport.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <tuple>

using namespace lethe;

// Discovery on real SQLite, PostgreSQL and MariaDB schemas: primary and foreign keys, name and value
// heuristics with evidence, and a draft map the loader reads (refusing it only for what a person must add).
class TestDiscovery : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { test::isolate(); }
    void checksums();
    void engines_data();
    void engines();
    void tableRoles_data() { engines_data(); }
    void tableRoles();
};

void TestDiscovery::checksums()
{
    QVERIFY(SchemaDiscovery::luhn(QStringLiteral("4111111111111111")));
    QVERIFY(!SchemaDiscovery::luhn(QStringLiteral("4111111111111112")));
    QVERIFY(SchemaDiscovery::iban(QStringLiteral("DE89 3704 0044 0532 0130 00")));
    QVERIFY(SchemaDiscovery::iban(QStringLiteral("GB82WEST12345698765432")));
    QVERIFY(!SchemaDiscovery::iban(QStringLiteral("GB82WEST12345698765433")));
}

void TestDiscovery::engines_data()
{
    QTest::addColumn<int>("engine");
    QTest::newRow("sqlite") << int(ConnectionParams::Engine::Sqlite);
    QTest::newRow("postgres") << int(ConnectionParams::Engine::Postgres);
    QTest::newRow("mariadb") << int(ConnectionParams::Engine::MariaDb);
}

static const ColumnFinding* finding(const DiscoveryResult& r, const char* table, const char* column)
{
    for (const ColumnFinding& f : r.findings) {
        if (f.table == QLatin1String(table) && f.column == QLatin1String(column))
            return &f;
    }
    return nullptr;
}

void TestDiscovery::engines()
{
    QFETCH(int, engine);
    const auto e = ConnectionParams::Engine(engine);
    QTemporaryDir dir;
    const test::EngineDatabase database(e, dir, QStringLiteral("shop.db"));
    QVERIFY2(database.ok(), qPrintable(database.error()));
    const ConnectionParams p = database.params();
    {
        SqlConnection c;
        QVERIFY(c.open(p).ok());
        QSqlQuery q(c.db());
        const QString engineSpec =
            e == ConnectionParams::Engine::MariaDb ? QStringLiteral(" ENGINE=InnoDB") : QString();
        const QStringList ddl = {
            QStringLiteral(
                "CREATE TABLE customers (id INTEGER PRIMARY KEY, email_address VARCHAR(100), contact "
                "VARCHAR(100), mobile VARCHAR(30), full_name VARCHAR(100), notes TEXT, plan "
                "VARCHAR(20))") +
                engineSpec,
            QStringLiteral("CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER REFERENCES "
                           "customers(id), payment VARCHAR(30), total INTEGER)") +
                engineSpec,
            QStringLiteral("CREATE TABLE events (kind VARCHAR(20), origin VARCHAR(45))") + engineSpec,
            QStringLiteral(
                "INSERT INTO customers VALUES (1, 'Ann@Example.com', 'ann.work@example.org', '+44 20 7946 "
                "0018', 'Ann Lee', 'likes tea', 'pro'), (2, 'bob@example.com', 'bob@example.net', '+1 "
                "202 555 0143', 'Bob Roe', NULL, 'free')"),
            QStringLiteral(
                "INSERT INTO orders VALUES (1, 1, '4111 1111 1111 1111', 10), (2, 2, '5500 0000 0000 "
                "0004', 20)"),
            QStringLiteral("INSERT INTO events VALUES ('login', '203.0.113.7'), ('login', '198.51.100.23')"),
        };
        for (const QString& s : ddl)
            QVERIFY2(q.exec(s), qPrintable(s + QStringLiteral(": ") + q.lastError().text()));
    }
    SchemaDiscovery::Options o;
    o.systemKey = QStringLiteral("shop");
    auto r = SchemaDiscovery::run(p, o);
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));

    const ColumnFinding* email = finding(*r, "customers", "email_address");
    QVERIFY(email);
    QCOMPARE(email->identity, IdentityKind::Email);
    QVERIFY(email->confidence >= 0.9);
    QVERIFY2(email->evidence.join(QLatin1Char('|')).contains(QLatin1String("name matches")),
             qPrintable(email->evidence.join(QLatin1Char('|'))));
    QVERIFY(email->evidence.join(QLatin1Char('|'))
                .contains(QLatin1String("100% of 2 sampled values look like email")));
    // No name signal, but the values are emails.
    const ColumnFinding* contact = finding(*r, "customers", "contact");
    QCOMPARE(contact->identity, IdentityKind::Email);
    QVERIFY(contact->confidence >= 0.5 && contact->confidence < email->confidence);
    QCOMPARE(finding(*r, "customers", "mobile")->identity, IdentityKind::Phone);
    QCOMPARE(finding(*r, "customers", "full_name")->categories, QStringList{QStringLiteral("user.name")});
    QCOMPARE(finding(*r, "customers", "notes")->categories,
             QStringList{QStringLiteral("user.content.private")});
    QCOMPARE(finding(*r, "customers", "plan")->confidence, 0.0);
    QCOMPARE(finding(*r, "orders", "payment")->categories,
             QStringList{QStringLiteral("user.financial.credit_card")});
    QCOMPARE(finding(*r, "events", "origin")->categories,
             QStringList{QStringLiteral("user.device.ip_address")});

    const DataSource& src = r->draft.sources.first();
    QCOMPARE(src.table(QStringLiteral("customers"))->primaryKey, QStringList{QStringLiteral("id")});
    QVERIFY(!src.table(QStringLiteral("customers"))
                 ->field(QStringLiteral("email_address"))
                 ->normalized); // mixed case
    QVERIFY(!src.table(QStringLiteral("customers"))->field(QStringLiteral("mobile"))->normalized); // spaces
    const Field* fk = src.table(QStringLiteral("orders"))->field(QStringLiteral("customer_id"));
    QVERIFY(fk->references);
    QCOMPARE(fk->references->table, QStringLiteral("customers"));
    QCOMPARE(fk->references->field, QStringLiteral("id"));
    QVERIFY(r->notes.join(QLatin1Char('\n')).contains(QLatin1String("events: no primary key")));
    QVERIFY(src.connection.password.isEmpty());

    // The draft is our format; the loader refuses it only for what a person must decide.
    const DataMapLoad load =
        DataMapLoader::parse(DataMapWriter::toYaml(r->draft), QStringLiteral("draft.yaml"), {});
    QStringList issues;
    for (const DataMapIssue& i : load.issues)
        issues << i.message;
    QCOMPARE(issues.size(), 2);
    QVERIFY2(issues.join(QLatin1Char('\n')).contains(QLatin1String("purpose")),
             qPrintable(issues.join(QLatin1Char('\n'))));
    QVERIFY(issues.join(QLatin1Char('\n')).contains(QLatin1String("table \"events\" needs \"primary_key\"")));
}

// A column judged by its table's role as well as its name and values (issue 14): keys are personal only where
// they identify a person; a catalogue's names and pictures are not a person's; a list of cities is not an
// address; and the names discovery used to miss.
void TestDiscovery::tableRoles()
{
    QFETCH(int, engine);
    const auto e = ConnectionParams::Engine(engine);
    QTemporaryDir dir;
    const test::EngineDatabase database(e, dir, QStringLiteral("store.db"));
    QVERIFY2(database.ok(), qPrintable(database.error()));
    const ConnectionParams p = database.params();
    {
        SqlConnection c;
        QVERIFY(c.open(p).ok());
        QSqlQuery q(c.db());
        const QStringList ddl = {
            QStringLiteral("CREATE TABLE country (id INTEGER PRIMARY KEY, country VARCHAR(50))"),
            QStringLiteral("CREATE TABLE city (id INTEGER PRIMARY KEY, city VARCHAR(50), country_id INTEGER, "
                           "FOREIGN KEY (country_id) REFERENCES country (id))"),
            QStringLiteral("CREATE TABLE address (id INTEGER PRIMARY KEY, address VARCHAR(100), house_number "
                           "VARCHAR(10), district VARCHAR(50), postal_code VARCHAR(10), city_id INTEGER, "
                           "FOREIGN KEY (city_id) REFERENCES city (id))"),
            QStringLiteral("CREATE TABLE category (id INTEGER PRIMARY KEY, name VARCHAR(50))"),
            QStringLiteral("CREATE TABLE product (id INTEGER PRIMARY KEY, name VARCHAR(50), picture "
                           "VARCHAR(100), category_id INTEGER, FOREIGN KEY (category_id) REFERENCES "
                           "category (id))"),
            QStringLiteral(
                "CREATE TABLE store (id INTEGER PRIMARY KEY, name VARCHAR(50), address_id INTEGER, "
                "FOREIGN KEY (address_id) REFERENCES address (id))"),
            QStringLiteral("CREATE TABLE customer (id INTEGER PRIMARY KEY, email VARCHAR(100), name "
                           "VARCHAR(100), username VARCHAR(50), avatar_url VARCHAR(200), address_id INTEGER, "
                           "store_id INTEGER, FOREIGN KEY (address_id) REFERENCES address (id), FOREIGN KEY "
                           "(store_id) REFERENCES store (id))"),
            QStringLiteral("CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER, "
                           "shipping_address_id INTEGER, product_id INTEGER, FOREIGN KEY (customer_id) "
                           "REFERENCES customer (id), FOREIGN KEY (shipping_address_id) REFERENCES address "
                           "(id), FOREIGN KEY (product_id) REFERENCES product (id))"),
            QStringLiteral("CREATE TABLE payment_card (id INTEGER PRIMARY KEY, customer_id INTEGER, "
                           "billing_address_id INTEGER, security_code VARCHAR(4), FOREIGN KEY (customer_id) "
                           "REFERENCES customer (id), FOREIGN KEY (billing_address_id) REFERENCES address "
                           "(id))"),
            // No foreign key declared: customer_id still leads to customer by its name.
            QStringLiteral("CREATE TABLE review (id INTEGER PRIMARY KEY, customer_id INTEGER, photo "
                           "VARCHAR(200), rating INTEGER)"),
            QStringLiteral("INSERT INTO customer (id, email, name, username) VALUES (1, 'ann@example.com', "
                           "'Ann Lee', 'ann'), (2, 'bob@example.com', 'Bob Roe', 'bobby')"),
            QStringLiteral("INSERT INTO product (id, name) VALUES (1, 'Teapot'), (2, 'Kettle')"),
            QStringLiteral("INSERT INTO country (id, country) VALUES (1, 'Hungary')"),
        };
        for (const QString& s : ddl)
            QVERIFY2(q.exec(s), qPrintable(s + QStringLiteral(": ") + q.lastError().text()));
    }
    SchemaDiscovery::Options o;
    o.systemKey = QStringLiteral("store");
    auto r = SchemaDiscovery::run(p, o);
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
    auto categories = [&](const char* table, const char* column) {
        const ColumnFinding* f = finding(*r, table, column);
        return f ? f->categories.join(QLatin1Char(',')) : QStringLiteral("(missing)");
    };
    const QList<std::tuple<const char*, const char*, const char*>> expected = {
        // Keys: personal only where they identify a person.
        {"customer", "id", "user.unique_id"},
        {"orders", "customer_id", "user.unique_id"},
        {"payment_card", "customer_id", "user.unique_id"},
        {"review", "customer_id", "user.unique_id"},
        {"orders", "id", ""},
        {"orders", "shipping_address_id", ""},
        {"orders", "product_id", ""},
        {"payment_card", "billing_address_id", ""},
        {"customer", "address_id", ""},
        {"customer", "store_id", ""},
        {"address", "id", ""},
        {"product", "category_id", ""},
        // A catalogue's names and pictures name things.
        {"product", "name", ""},
        {"product", "picture", ""},
        {"category", "name", ""},
        {"store", "name", ""},
        {"customer", "name", "user.name"},
        // Places: a list of cities or countries is not anyone's address; an address table is.
        {"city", "city", ""},
        {"country", "country", ""},
        {"address", "address", "user.contact.address.street"},
        {"address", "district", "user.contact.address"},
        {"address", "house_number", "user.contact.address.street"},
        // Names discovery used to miss.
        {"payment_card", "security_code", "user.financial.credit_card"},
        {"customer", "username", "user.account.username"},
        {"customer", "avatar_url", "user.content.self_image"},
        {"review", "photo", "user.content.self_image"},
        {"review", "rating", ""},
    };
    QStringList wrong;
    for (const auto& [table, column, category] : expected) {
        if (categories(table, column) != QLatin1String(category))
            wrong << QStringLiteral("%1.%2: %3, expected %4 (%5)")
                         .arg(QLatin1String(table), QLatin1String(column), categories(table, column),
                              QLatin1String(category),
                              finding(*r, table, column)
                                  ? finding(*r, table, column)->evidence.join(QStringLiteral("; "))
                                  : QString());
    }
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QLatin1Char('\n'))));
    QVERIFY(finding(*r, "product", "name")
                ->evidence.join(QLatin1Char('|'))
                .contains(QLatin1String("not a table of people")));
    // The draft says the same: what is not personal is system.operations.
    const DataSource& src = r->draft.sources.first();
    QCOMPARE(src.table(QStringLiteral("orders"))->field(QStringLiteral("shipping_address_id"))->categories,
             QStringList{QStringLiteral("system.operations")});
    QVERIFY(src.table(QStringLiteral("orders"))->field(QStringLiteral("shipping_address_id"))->references);
}

QTEST_GUILESS_MAIN(TestDiscovery)
#include "tst_discovery.moc"
