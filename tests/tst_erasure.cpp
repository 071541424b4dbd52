#include "DataMapLoader.h"
#include "DemoProducts.h"
#include "ErasureExecution.h"
#include "ErasureExecutor.h"
#include "ErasurePlan.h"
#include "ErasureService.h"
#include "ErasureStore.h"
#include "TestSupport.h"
#include "Workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace lethe;

// The erasure of one request from plan to report, on SQLite, PostgreSQL and MariaDB with foreign keys
// enforced: the plan's actions, retention and phone-only rows kept, the digest, the stale plan refused, roles
// and four eyes, a cycle broken by nulling first, batches and keyed hashes, a run stopped dead at every kind
// of point and resumed to exactly the planned result, a batch the database refuses (rolled back, the run
// resumable, the constraint named), and the verification re-scan.
class TestErasure : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { test::isolate(); }
    void planAndRun_data() { engines(); }
    void planAndRun();
    void stalePlanRefused_data() { engines(); }
    void stalePlanRefused();
    void phoneMatchesNeedConfirmation();
    void sharedLineColleagueStaysPhoneOnly_data() { engines(); }
    void sharedLineColleagueStaysPhoneOnly();
    void rolesAndFourEyes();
    void requestMustBeVerifiedErasure();
    void cycleBrokenByNullingFirst_data() { engines(); }
    void cycleBrokenByNullingFirst();
    void resumeAfterStoppingDead_data();
    void resumeAfterStoppingDead();
    void resumeRefusesAChangedJournalOrPlan();
    void resumeRefusesAStoredPlanChangedSinceItWasMade_data();
    void resumeRefusesAStoredPlanChangedSinceItWasMade();
    void lostWorkspaceConnectionStopsTheRunResumable_data() { engines(); }
    void lostWorkspaceConnectionStopsTheRunResumable();
    void planStoredInPartsReadsBackByteForByte_data();
    void planStoredInPartsReadsBackByteForByte();
    void databaseErrorStopsTheRunResumable_data();
    void databaseErrorStopsTheRunResumable();
    void verificationChecksTheValues_data() { engines(); }
    void verificationChecksTheValues();
    void verificationFindsDeletedRowsPutBack_data() { engines(); }
    void verificationFindsDeletedRowsPutBack();
    void retentionDates();
    void demoSubjectsErased_data() { engines(); }
    void demoSubjectsErased();
    void keysBoundAndDigestedAsTheirText();

private:
    static void engines();

    // A shop database with the subject (Alice), a colleague sharing her office line (Bob) and a stranger
    // (Carol); `sessions` rows of Alice's to make several batches.
    struct Shop
    {
        std::unique_ptr<test::EngineDatabase> db;
        std::unique_ptr<test::ScratchDatabase> workspaceDb; // a PostgreSQL workspace, when asked for
        DataMap map;
        std::unique_ptr<WorkspaceStore> store;
        Request request;
        QString error;
    };
    std::unique_ptr<Shop> makeShop(ConnectionParams::Engine engine, int sessions = 2500, bool cycle = false,
                                   bool postgresWorkspace = false);
    Result<ErasurePlan> plan(Shop& shop, bool confirmPhone = false);
    // Stores the plan and starts its run, as `lethe-cli erase --run` does after checking the digest.
    static Result<ErasureRun> saveAndStart(Shop& shop, const ErasurePlan& plan);
    QVariant scalar(Shop& shop, const QString& sql);

    QTemporaryDir m_dir;
    QDate m_today{2026, 12, 1};
};

void TestErasure::engines()
{
    QTest::addColumn<int>("engine");
    QTest::newRow("sqlite") << int(ConnectionParams::Engine::Sqlite);
    QTest::newRow("postgres") << int(ConnectionParams::Engine::Postgres);
    QTest::newRow("mariadb") << int(ConnectionParams::Engine::MariaDb);
}

namespace {

const QByteArray kKey = QByteArray("0123456789abcdef0123456789abcdef");

QByteArray mapYaml(bool cycle)
{
    QByteArray users = cycle ? R"(      - name: users
        primary_key: id
        erase: rows
        fields:
          - {name: id, categories: [user.unique_id]}
          - {name: email, categories: [user.contact.email], identity: email}
          - {name: phone, categories: [user.contact.phone_number], identity: phone}
          - {name: name, categories: [user.name]}
          - {name: default_address_id, categories: [system.operations], references: addresses.id}
)"
                             : R"(      - name: users
        primary_key: id
        fields:
          - {name: id, categories: [user.unique_id]}
          - {name: email, categories: [user.contact.email], identity: email, erasure: hmac}
          - {name: phone, categories: [user.contact.phone_number], identity: phone, erasure: null}
          - {name: name, categories: [user.name], erasure: {fixed: "erased"}}
          - {name: default_address_id, categories: [system.operations]}
)";
    return QByteArray(R"(lethe_datamap: 1
system:
  key: shop
  name: Shop
  art15: {purposes: [Sell things]}
  identities: [email, phone]
sources:
  - key: main
    engine: sqlite
    path: shop.db
    tables:
)") + users +
           R"(      - name: addresses
        primary_key: id
        erase: rows
        fields:
          - {name: id, categories: [system.operations]}
          - {name: user_id, categories: [user.unique_id], references: users.id}
          - {name: city, categories: [user.contact.address.city]}
      - name: orders
        primary_key: id
        erase: rows
        fields:
          - {name: id, categories: [system.operations]}
          - {name: user_id, categories: [user.unique_id], references: users.id}
          - {name: kind, categories: [system.operations]}
          - {name: created_at, categories: [system.operations]}
        retention:
          - when: {field: kind, in: [invoice]}
            keep_for: 7y
            from: created_at
            basis: Invoices are kept for 7 years (tax law)
      - name: order_lines
        primary_key: [order_id, line]
        erase: rows
        fields:
          - {name: order_id, categories: [system.operations], references: orders.id}
          - {name: line, categories: [system.operations]}
          - {name: item, categories: [user.behavior.purchase_history]}
      - name: sessions
        primary_key: id
        fields:
          - {name: id, categories: [system.operations]}
          - {name: user_id, categories: [user.unique_id], references: users.id}
          - {name: ip, categories: [user.device.ip_address], erasure: hmac}
          - {name: agent, categories: [user.device.user_agent], erasure: null}
)";
}

} // namespace

std::unique_ptr<TestErasure::Shop> TestErasure::makeShop(ConnectionParams::Engine e, int sessions, bool cycle,
                                                         bool postgresWorkspace)
{
    static int n = 0;
    ++n;
    auto shop = std::make_unique<Shop>();
    shop->db = std::make_unique<test::EngineDatabase>(e, m_dir, QStringLiteral("shop%1.db").arg(n));
    if (!shop->db->ok()) {
        shop->error = shop->db->error();
        return shop;
    }
    SqlConnection c;
    if (Status s = c.open(shop->db->params()); !s) {
        shop->error = s.error().message;
        return shop;
    }
    QSqlQuery q(c.db());
    const QString text =
        e == ConnectionParams::Engine::MariaDb ? QStringLiteral("VARCHAR(200)") : QStringLiteral("TEXT");
    QStringList ddl{
        QStringLiteral(
            "CREATE TABLE users (id INTEGER PRIMARY KEY, email %1 NOT NULL, phone %1, name %1 NOT NULL, "
            "default_address_id INTEGER)"),
        QStringLiteral("CREATE TABLE addresses (id INTEGER PRIMARY KEY, user_id INTEGER NOT NULL REFERENCES "
                       "users(id), city %1)"),
        QStringLiteral(
            "CREATE TABLE orders (id INTEGER PRIMARY KEY, user_id INTEGER NOT NULL REFERENCES users(id), "
            "kind %1 NOT NULL, created_at %1 NOT NULL)"),
        QStringLiteral(
            "CREATE TABLE order_lines (order_id INTEGER NOT NULL REFERENCES orders(id), line INTEGER "
            "NOT NULL, item %1, PRIMARY KEY (order_id, line))"),
        QStringLiteral("CREATE TABLE sessions (id INTEGER PRIMARY KEY, user_id INTEGER NOT NULL REFERENCES "
                       "users(id), ip %1, agent %1)"),
    };
    if (cycle) // users point at their default address: a cycle with addresses.user_id, enforced both ways
        ddl << QStringLiteral(
            "ALTER TABLE users ADD CONSTRAINT users_address FOREIGN KEY (default_address_id) "
            "REFERENCES addresses(id)");
    if (e == ConnectionParams::Engine::Sqlite && cycle) // SQLite cannot add a constraint later
        ddl[0] =
            QStringLiteral("CREATE TABLE users (id INTEGER PRIMARY KEY, email %1 NOT NULL, phone %1, name %1 "
                           "NOT NULL, default_address_id INTEGER REFERENCES addresses(id))"),
        ddl.removeLast();
    const QStringList rows{
        QStringLiteral("INSERT INTO users VALUES (1, 'alice@example.com', '+442079460101', 'Alice', NULL)"),
        QStringLiteral("INSERT INTO users VALUES (2, 'bob@example.com', '+442079460101', 'Bob', NULL)"),
        QStringLiteral("INSERT INTO users VALUES (3, 'carol@example.com', '+442079460999', 'Carol', NULL)"),
        QStringLiteral("INSERT INTO addresses VALUES (10, 1, 'London')"),
        QStringLiteral("INSERT INTO addresses VALUES (11, 2, 'Leeds')"),
        QStringLiteral("INSERT INTO addresses VALUES (12, 3, 'York')"),
        QStringLiteral("UPDATE users SET default_address_id = id + 9"),
        QStringLiteral("INSERT INTO orders VALUES (100, 1, 'invoice', '2025-06-01')"), // kept until 2032
        QStringLiteral("INSERT INTO orders VALUES (101, 1, 'cart', '2025-06-01')"),
        QStringLiteral("INSERT INTO orders VALUES (102, 1, 'invoice', '2018-01-15')"), // retention over
        QStringLiteral("INSERT INTO orders VALUES (103, 3, 'invoice', '2025-06-01')"),
        QStringLiteral("INSERT INTO order_lines VALUES (101, 1, 'kettle')"),
        QStringLiteral("INSERT INTO order_lines VALUES (101, 2, 'mug')"),
        QStringLiteral("INSERT INTO order_lines VALUES (102, 1, 'toaster')"),
        QStringLiteral("INSERT INTO order_lines VALUES (103, 1, 'lamp')"),
    };
    for (const QString& sql : ddl + rows) {
        if (!q.exec(sql.contains(QLatin1String("%1")) ? sql.arg(text) : sql)) {
            shop->error = sql + QStringLiteral(": ") + q.lastError().text();
            return shop;
        }
    }
    c.db().transaction();
    q.prepare(QStringLiteral("INSERT INTO sessions VALUES (?, ?, ?, ?)"));
    for (int i = 0; i < sessions + 20; ++i) {
        q.addBindValue(1000 + i);
        q.addBindValue(i < sessions ? 1 : 3);
        q.addBindValue(QStringLiteral("192.0.2.%1").arg(i % 250));
        q.addBindValue(QStringLiteral("Firefox"));
        if (!q.exec()) {
            shop->error = q.lastError().text();
            return shop;
        }
    }
    c.db().commit();

    const DataMapLoad load = DataMapLoader::parse(mapYaml(cycle), QStringLiteral("shop.yaml"), m_dir.path());
    if (!load.ok()) {
        shop->error = load.issues.first().toString();
        return shop;
    }
    shop->map = *load.map;

    ConnectionParams wsParams;
    wsParams.engine = ConnectionParams::Engine::Sqlite;
    wsParams.path = m_dir.filePath(QStringLiteral("ws%1.db").arg(n));
    if (postgresWorkspace) {
        shop->workspaceDb = std::make_unique<test::ScratchDatabase>(test::postgresAdmin());
        if (!shop->workspaceDb->ok()) {
            shop->error = shop->workspaceDb->error();
            return shop;
        }
        wsParams = shop->workspaceDb->params();
    }
    auto store = WorkspaceStore::open(wsParams, QStringLiteral("olga"),
                                      [] { return QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC); });
    if (!store) {
        shop->error = store.error().message;
        return shop;
    }
    shop->store = std::move(store).value();
    NewRequest r;
    r.type = RequestType::Erasure;
    r.regulation = Regulation::Gdpr;
    r.received = QDate(2026, 11, 20);
    r.subjectName = QStringLiteral("Alice Example");
    r.identities = {{IdentityKind::Email, QStringLiteral("alice@example.com")},
                    {IdentityKind::Phone, QStringLiteral("+44 20 7946 0101")}};
    auto added = shop->store->addRequest(r);
    if (!added) {
        shop->error = added.error().message;
        return shop;
    }
    auto verified = shop->store->transition(added->humanId, RequestStatus::Verified);
    if (!verified) {
        shop->error = verified.error().message;
        return shop;
    }
    shop->request = *verified;
    return shop;
}

Result<ErasurePlan> TestErasure::plan(Shop& shop, bool confirmPhone)
{
    ErasurePlanner::Input in;
    in.request = shop.request;
    in.today = m_today;
    in.confirmPhoneMatches = confirmPhone;
    in.systems << ErasurePlanner::SystemInput{shop.map, {shop.db->params()}, {}, {}, {}};
    return ErasurePlanner::build(in);
}

Result<ErasureRun> TestErasure::saveAndStart(Shop& shop, const ErasurePlan& plan)
{
    ErasureStore erasures(*shop.store);
    if (auto saved = erasures.savePlan(shop.request, plan.digest, QJsonDocument(plan.toJson()).toJson(), {});
        !saved)
        return saved.error();
    return erasures.start(shop.request, plan.digest);
}

QVariant TestErasure::scalar(Shop& shop, const QString& sql)
{
    SqlConnection c;
    if (!c.open(shop.db->params()))
        return QStringLiteral("cannot connect");
    QSqlQuery q(c.db());
    if (!q.exec(sql) || !q.next())
        return QStringLiteral("failed: %1").arg(q.lastError().text());
    return q.value(0);
}

#define SHOP_OK(shop) QVERIFY2((shop)->error.isEmpty(), qPrintable((shop)->error))

// A pointer into the plan itself (never into a copy: a temporary list detaches when iterated and is freed).
const ErasureTablePlan* tablePlan(const ErasurePlan& p, const QString& name)
{
    if (p.systems.isEmpty() || p.systems[0].sources.isEmpty())
        return nullptr;
    for (const ErasureTablePlan& t : p.systems[0].sources[0].tables)
        if (t.table == name)
            return &t;
    return nullptr;
}

void TestErasure::planAndRun()
{
    QFETCH(int, engine);
    auto shop = makeShop(ConnectionParams::Engine(engine));
    SHOP_OK(shop);
    auto p = plan(*shop);
    QVERIFY2(p.ok(), p.ok() ? "" : qPrintable(p.error().message));
    QVERIFY2(p->problems.isEmpty(), qPrintable(p->problems.join("; ")));

    // The plan: Alice's own rows erased as the map says; her live invoice kept with its basis and date; Bob,
    // found only by the shared office line, left alone with what hangs off his row; Carol never found.
    const ErasureTablePlan* users = tablePlan(*p, QStringLiteral("users"));
    QVERIFY(users);
    QCOMPARE(users->action, ErasureTablePlan::Action::UpdateFields);
    QCOMPARE(users->keys.toList(), QList<QStringList>{{QStringLiteral("1")}});
    QCOMPARE(users->kept.size(), 1);
    QCOMPARE(users->kept[0].why, KeptRows::Why::PhoneOnly);
    QCOMPARE(users->kept[0].keys.toList(), QList<QStringList>{{QStringLiteral("2")}});
    const ErasureTablePlan* orders = tablePlan(*p, QStringLiteral("orders"));
    QCOMPARE(orders->keys.size(), 2); // the cart and the invoice whose 7 years are over
    QCOMPARE(orders->kept.size(), 1);
    QCOMPARE(orders->kept[0].why, KeptRows::Why::Retention);
    QCOMPARE(orders->kept[0].reason, QStringLiteral("Invoices are kept for 7 years (tax law)"));
    QCOMPARE(orders->kept[0].until, QDate(2032, 6, 1));
    QCOMPARE(orders->kept[0].keys.toList(), QList<QStringList>{{QStringLiteral("100")}});
    const ErasureTablePlan* lines = tablePlan(*p, QStringLiteral("order_lines"));
    QCOMPARE(lines->keys.size(), 3);
    QVERIFY(lines->keys.contains(QStringList{QStringLiteral("101"), QStringLiteral("2")}));
    const ErasureTablePlan* addresses = tablePlan(*p, QStringLiteral("addresses"));
    QCOMPARE(addresses->keys.toList(), QList<QStringList>{{QStringLiteral("10")}});
    QCOMPARE(addresses->keptCount(), 1); // Bob's, phone-only
    QCOMPARE(tablePlan(*p, QStringLiteral("sessions"))->keys.size(), 2500);
    // Children before parents.
    QStringList order;
    for (const ErasureTablePlan& t : p->systems[0].sources[0].tables)
        order << t.table;
    QVERIFY(order.indexOf(QLatin1String("order_lines")) < order.indexOf(QLatin1String("orders")));
    QVERIFY(order.indexOf(QLatin1String("orders")) < order.indexOf(QLatin1String("users")));
    const ErasurePlan::Counts c = p->counts();
    QCOMPARE(c.deleteRows, 6);    // 1 address, 2 orders, 3 lines
    QCOMPARE(c.updateRows, 2501); // Alice and her sessions
    QCOMPARE(c.kept, 1);
    QCOMPARE(c.phoneOnlyLeft, 2); // Bob and his address

    // The digest covers the exact plan and survives the round trip through the store.
    QCOMPARE(p->digest.size(), 64);
    QCOMPARE(p->computeDigest(), p->digest);
    auto again = ErasurePlan::fromJson(p->toJson(true));
    QVERIFY(again.ok());
    QCOMPARE(again->computeDigest(), p->digest);
    ErasureStore erasures(*shop->store);
    auto saved = erasures.savePlan(shop->request, p->digest, QJsonDocument(p->toJson(true)).toJson(),
                                   p->toJson(false).value(QStringLiteral("counts")).toObject());
    QVERIFY2(saved.ok(), saved.ok() ? "" : qPrintable(saved.error().message));
    auto fresh = plan(*shop);
    QVERIFY(ErasurePlanner::checkUnchanged(*fresh, p->digest).ok());
    auto started = erasures.start(shop->request, p->digest);
    QVERIFY2(started.ok(), started.ok() ? "" : qPrintable(started.error().message));

    ErasureExecutor::Options o;
    o.batchSize = 1000;
    o.hmacKey = kKey;
    QList<qint64> progress;
    o.progress = [&](qint64 done, qint64, const QString&) { progress << done; };
    auto report =
        ErasureExecutor::run(*shop->store, started->id, *fresh, {{shop->map, {shop->db->params()}, {}}}, o);
    QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().message));
    QVERIFY(report->value(QStringLiteral("verified")).toBool());
    const QJsonObject counts = report->value(QStringLiteral("counts")).toObject();
    QCOMPARE(counts.value(QStringLiteral("deleted")).toInteger(), 6);
    QCOMPARE(counts.value(QStringLiteral("updated")).toInteger(), 2501);
    QCOMPARE(counts.value(QStringLiteral("unexpected")).toInteger(), 0);
    QVERIFY(progress.size() >= 5); // sessions went in three batches, among the other steps

    // The database: exactly the plan.
    QCOMPARE(scalar(*shop, QStringLiteral("SELECT email FROM users WHERE id = 1")).toString(),
             ErasureExecutor::keyedHash(kKey, QStringLiteral("alice@example.com")));
    QVERIFY(scalar(*shop, QStringLiteral("SELECT phone FROM users WHERE id = 1")).isNull());
    QCOMPARE(scalar(*shop, QStringLiteral("SELECT name FROM users WHERE id = 1")).toString(),
             QStringLiteral("erased"));
    QCOMPARE(scalar(*shop, QStringLiteral("SELECT email FROM users WHERE id = 2")).toString(),
             QStringLiteral("bob@example.com"));
    QCOMPARE(scalar(*shop, QStringLiteral("SELECT COUNT(*) FROM orders")).toInt(),
             2); // 100 kept, Carol's 103
    QCOMPARE(scalar(*shop, QStringLiteral("SELECT COUNT(*) FROM order_lines")).toInt(), 1);
    QCOMPARE(scalar(*shop, QStringLiteral("SELECT COUNT(*) FROM addresses")).toInt(), 2);
    QCOMPARE(scalar(*shop, QStringLiteral("SELECT COUNT(*) FROM sessions WHERE ip LIKE '192.0.2.%'")).toInt(),
             20);
    QCOMPARE(scalar(*shop, QStringLiteral("SELECT ip FROM sessions WHERE id = 1003")).toString(),
             ErasureExecutor::keyedHash(kKey, QStringLiteral("192.0.2.3")));
    QCOMPARE(scalar(*shop, QStringLiteral("SELECT COUNT(*) FROM sessions WHERE agent IS NULL")).toInt(),
             2500);

    // Stored, audited, and not runnable twice.
    auto run = erasures.runById(started->id);
    QCOMPARE(run->state, QStringLiteral("done"));
    QVERIFY(run->report.value(QStringLiteral("verified")).toBool());
    QVERIFY(!erasures.start(shop->request, p->digest).ok());
    QVERIFY(shop->store->audit().verify().ok);
    auto events = shop->store->audit().events(shop->request.humanId);
    QStringList actions;
    for (const AuditEvent& e : *events)
        actions << e.action;
    QVERIFY2(actions.contains(QStringLiteral("erasure.plan")) &&
                 actions.contains(QStringLiteral("erasure.start")) &&
                 actions.contains(QStringLiteral("erasure.finish")),
             qPrintable(actions.join(',')));
    for (const AuditEvent& e : *events)
        QVERIFY2(!e.details.contains(QStringLiteral("alice")), "personal data in the audit log");
}

void TestErasure::stalePlanRefused()
{
    QFETCH(int, engine);
    auto shop = makeShop(ConnectionParams::Engine(engine), 10);
    SHOP_OK(shop);
    auto first = plan(*shop);
    QVERIFY(first.ok());
    // A new session appears after the plan was shown: the plan made again differs, and running is refused.
    SqlConnection c;
    QVERIFY(c.open(shop->db->params()).ok());
    QSqlQuery q(c.db());
    QVERIFY(q.exec(QStringLiteral("INSERT INTO sessions VALUES (9999, 1, '198.51.100.1', 'Safari')")));
    auto second = plan(*shop);
    QVERIFY(second.ok());
    QVERIFY(second->digest != first->digest);
    const Status s = ErasurePlanner::checkUnchanged(*second, first->digest);
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code, Error::Code::Conflict);
    QVERIFY2(s.error().message.contains(QStringLiteral("changed since")), qPrintable(s.error().message));
    // The same data makes the same plan.
    QCOMPARE(plan(*shop)->digest, second->digest);
}

void TestErasure::phoneMatchesNeedConfirmation()
{
    auto shop = makeShop(ConnectionParams::Engine::Sqlite, 10);
    SHOP_OK(shop);
    auto unconfirmed = plan(*shop, false);
    auto confirmed = plan(*shop, true);
    QVERIFY(unconfirmed.ok() && confirmed.ok());
    QVERIFY(unconfirmed->digest != confirmed->digest);
    const ErasureTablePlan* users = tablePlan(*confirmed, QStringLiteral("users"));
    QCOMPARE(users->keys.size(), 2);
    QCOMPARE(users->phoneConfirmed, 1);
    QCOMPARE(confirmed->counts().phoneOnlyLeft, 0);
}

void TestErasure::rolesAndFourEyes()
{
    auto shop = makeShop(ConnectionParams::Engine::Sqlite, 10);
    SHOP_OK(shop);
    ConnectionParams ws = shop->store->params();
    auto as = [&](const char* who) { // the shop's clock: the audit log must stay in time order
        return std::move(WorkspaceStore::open(ws, QString::fromLatin1(who), [] {
                             return QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC);
                         }).value());
    };
    auto p = plan(*shop);
    const QByteArray planJson = QJsonDocument(p->toJson(true)).toJson();

    // No users listed: whoever runs Lethe is an officer. The first user must be the actor, as an officer.
    ErasureStore olga(*shop->store);
    QVERIFY(!olga.setUser(QStringLiteral("sam"), Role::Support).ok());
    VERIFY_OK(olga.setUser(QStringLiteral("olga"), Role::Officer));
    VERIFY_OK(olga.setUser(QStringLiteral("oscar"), Role::Officer));
    VERIFY_OK(olga.setUser(QStringLiteral("sam"), Role::Support));
    VERIFY_OK(olga.setUser(QStringLiteral("rita"), Role::Reviewer));

    // A support lead may not plan, approve or run an erasure, nor change users; neither may a stranger.
    for (const char* who : {"sam", "rita", "mallory"}) {
        auto store = as(who);
        ErasureStore e(*store);
        const auto r = e.savePlan(shop->request, p->digest, planJson, {});
        QVERIFY2(!r.ok(), who);
        QCOMPARE(r.error().code, Error::Code::IllegalState);
        QVERIFY(!e.start(shop->request, p->digest).ok());
        QVERIFY(!e.setUser(QString::fromLatin1(who), Role::Officer).ok());
        QVERIFY(!e.setFourEyes(false).ok());
    }
    {
        auto store = as("sam");
        const auto r = ErasureStore(*store).savePlan(shop->request, p->digest, planJson, {});
        QVERIFY2(r.error().message.contains(QStringLiteral("Privacy officer")),
                 qPrintable(r.error().message));
    }

    // Four eyes: olga plans; she cannot approve her own plan or run it unapproved; oscar approves; olga runs.
    VERIFY_OK(olga.setFourEyes(true));
    VERIFY_OK(olga.savePlan(shop->request, p->digest, planJson, {}));
    const auto unapproved = olga.start(shop->request, p->digest);
    QVERIFY(!unapproved.ok());
    QVERIFY2(unapproved.error().message.contains(QStringLiteral("four eyes")),
             qPrintable(unapproved.error().message));
    QVERIFY(!olga.approve(shop->request.humanId, p->digest).ok());
    {
        auto store = as("sam");
        QVERIFY(!ErasureStore(*store).approve(shop->request.humanId, p->digest).ok());
    }
    auto oscarStore = as("oscar");
    ErasureStore oscar(*oscarStore);
    auto approved = oscar.approve(shop->request.humanId, p->digest);
    QVERIFY2(approved.ok(), approved.ok() ? "" : qPrintable(approved.error().message));
    QCOMPARE(approved->approvedBy, QStringLiteral("oscar"));
    QVERIFY(!oscar.start(shop->request, p->digest).ok()); // the approver does not also run it
    auto started = olga.start(shop->request, p->digest);
    QVERIFY2(started.ok(), started.ok() ? "" : qPrintable(started.error().message));
    QCOMPARE(started->state, QStringLiteral("running"));
    // Nor does the approver resume it once it stops: that would be running it by the back door.
    const auto byApprover = oscar.resume(started->id);
    QVERIFY(!byApprover.ok());
    QVERIFY2(byApprover.error().message.contains(QStringLiteral("approved")),
             qPrintable(byApprover.error().message));
    VERIFY_OK(olga.resume(started->id));

    // The last officer stays.
    VERIFY_OK(olga.removeUser(QStringLiteral("oscar")));
    QVERIFY(!olga.setUser(QStringLiteral("olga"), Role::Support).ok());
    QVERIFY(shop->store->audit().verify().ok);
}

void TestErasure::requestMustBeVerifiedErasure()
{
    auto shop = makeShop(ConnectionParams::Engine::Sqlite, 1);
    SHOP_OK(shop);
    ErasureStore e(*shop->store);
    Request r = shop->request;
    QVERIFY(e.checkRequest(r).ok());
    for (RequestStatus s : {RequestStatus::New, RequestStatus::AwaitingIdentity, RequestStatus::Completed,
                            RequestStatus::Denied, RequestStatus::Cancelled}) {
        r.status = s;
        const Status st = e.checkRequest(r);
        QVERIFY(!st.ok());
        QVERIFY2(st.error().message.contains(QStringLiteral("verified")), qPrintable(st.error().message));
    }
    r.status = RequestStatus::Verified;
    r.type = RequestType::Access;
    QVERIFY(!e.checkRequest(r).ok());
    auto p = plan(*shop);
    QVERIFY(!e.savePlan(r, p->digest, QByteArray(), {}).ok());
}

void TestErasure::cycleBrokenByNullingFirst()
{
    QFETCH(int, engine);
    auto shop = makeShop(ConnectionParams::Engine(engine), 0, true); // sessions that stay would keep her row
    SHOP_OK(shop);
    // Alice's live invoice would keep her row (it points at it): take it out of the picture.
    SqlConnection c;
    QVERIFY(c.open(shop->db->params()).ok());
    QSqlQuery q(c.db());
    QVERIFY(q.exec(QStringLiteral("DELETE FROM orders WHERE id = 100")));
    auto p = plan(*shop);
    QVERIFY2(p.ok(), p.ok() ? "" : qPrintable(p.error().message));
    QVERIFY2(p->problems.isEmpty(), qPrintable(p->problems.join("; ")));
    const ErasureSourcePlan& src = p->systems[0].sources[0];
    QCOMPARE(src.nullFirst.size(), 1);
    QCOMPARE(src.nullFirst[0].table, QStringLiteral("users"));
    QCOMPARE(src.nullFirst[0].column, QStringLiteral("default_address_id"));
    QCOMPARE(src.nullFirst[0].keys.toList(), QList<QStringList>{{QStringLiteral("1")}});
    ErasureStore erasures(*shop->store);
    auto started = saveAndStart(*shop, *p);
    QVERIFY2(started.ok(), started.ok() ? "" : qPrintable(started.error().message));
    ErasureExecutor::Options o;
    o.hmacKey = kKey;
    auto report =
        ErasureExecutor::run(*shop->store, started->id, *p, {{shop->map, {shop->db->params()}, {}}}, o);
    QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().message));
    QVERIFY(report->value(QStringLiteral("verified")).toBool());
    QCOMPARE(scalar(*shop, QStringLiteral("SELECT COUNT(*) FROM users WHERE id = 1")).toInt(), 0);
    QCOMPARE(scalar(*shop, QStringLiteral("SELECT COUNT(*) FROM addresses WHERE id = 10")).toInt(), 0);
    QCOMPARE(scalar(*shop, QStringLiteral("SELECT COUNT(*) FROM users")).toInt(), 2);
    QCOMPARE(
        report->value(QStringLiteral("counts")).toObject().value(QStringLiteral("nulled_first")).toInteger(),
        1);
}

void TestErasure::resumeAfterStoppingDead_data()
{
    QTest::addColumn<int>("engine");
    QTest::addColumn<int>("seq");
    QTest::addColumn<bool>("committed");
    // Steps for this plan: 0 order_lines, 1 orders, 2 addresses, 3-5 sessions (1000 each, keyed hashes), 6
    // users.
    const QList<std::tuple<const char*, int, bool>> points{{"first batch, before commit", 0, false},
                                                           {"first batch, after commit", 0, true},
                                                           {"hashed batch, before commit", 4, false},
                                                           {"hashed batch, after commit", 4, true},
                                                           {"last batch, after commit", 6, true}};
    for (auto e : {ConnectionParams::Engine::Sqlite, ConnectionParams::Engine::Postgres,
                   ConnectionParams::Engine::MariaDb}) {
        const char* engineName = e == ConnectionParams::Engine::Sqlite     ? "sqlite"
                                 : e == ConnectionParams::Engine::Postgres ? "postgres"
                                                                           : "mariadb";
        for (const auto& [name, seq, committed] : points)
            QTest::addRow("%s: %s", engineName, name) << int(e) << seq << committed;
    }
}

void TestErasure::resumeAfterStoppingDead()
{
    QFETCH(int, engine);
    QFETCH(int, seq);
    QFETCH(bool, committed);
    auto shop = makeShop(ConnectionParams::Engine(engine), 2500);
    SHOP_OK(shop);
    auto p = plan(*shop);
    QVERIFY(p.ok());
    ErasureStore erasures(*shop->store);
    auto started = saveAndStart(*shop, *p);
    QVERIFY2(started.ok(), started.ok() ? "" : qPrintable(started.error().message));
    ErasureExecutor::Options o;
    o.hmacKey = kKey;
    o.crashPoint = [&](int at, bool after) { return at == seq && after == committed; };
    const QList<ErasureExecutor::SystemInput> systems{{shop->map, {shop->db->params()}, {}}};
    auto stopped = ErasureExecutor::run(*shop->store, started->id, *p, systems, o);
    QVERIFY(!stopped.ok());
    QVERIFY(erasures.runById(started->id)->resumable());

    // Resumed from what was stored, as `lethe-cli erase --resume` does after a restart.
    auto stored = ErasurePlan::fromJson(QJsonDocument::fromJson(*erasures.planJson(started->id)).object());
    QVERIFY(stored.ok());
    QVERIFY(erasures.resume(started->id).ok());
    o.crashPoint = {};
    // Whatever batch size the resume is given, it replays the layout the run started with: the journal's
    // line numbers mean the same rows (a resume with other batches once skipped most of the work).
    o.batchSize = 7;
    auto report = ErasureExecutor::run(*shop->store, started->id, *stored, systems, o);
    QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().message));
    QVERIFY(report->value(QStringLiteral("verified")).toBool());
    const QJsonObject counts = report->value(QStringLiteral("counts")).toObject();
    // Nothing done twice and nothing missed: each batch counted once, and the keyed hashes are of the
    // original values (a batch redone after its commit would otherwise hash the hashes).
    QCOMPARE(counts.value(QStringLiteral("deleted")).toInteger(), 6);
    QCOMPARE(counts.value(QStringLiteral("updated")).toInteger(), 2501);
    QCOMPARE(scalar(*shop, QStringLiteral("SELECT ip FROM sessions WHERE id = 2003")).toString(),
             ErasureExecutor::keyedHash(kKey, QStringLiteral("192.0.2.3")));
    QCOMPARE(scalar(*shop, QStringLiteral("SELECT email FROM users WHERE id = 1")).toString(),
             ErasureExecutor::keyedHash(kKey, QStringLiteral("alice@example.com")));
    QCOMPARE(scalar(*shop, QStringLiteral("SELECT COUNT(*) FROM sessions WHERE agent IS NULL")).toInt(),
             2500);
    QCOMPARE(scalar(*shop, QStringLiteral("SELECT COUNT(*) FROM orders")).toInt(), 2);
    QCOMPARE(scalar(*shop, QStringLiteral("SELECT COUNT(*) FROM order_lines")).toInt(), 1);
    auto journal = erasures.journal(started->id);
    QCOMPARE(journal->size(), 7);
    for (const JournalEntry& e : *journal)
        QCOMPARE(e.state, QStringLiteral("committed"));
    QCOMPARE(erasures.runById(started->id)->state, QStringLiteral("done"));
}

void TestErasure::sharedLineColleagueStaysPhoneOnly()
{
    // Where the account's id is an identity (user-id), the colleague's account row found through the shared
    // office line once taught the search the colleague's own id, and the lookup by that id (no longer "phone
    // only") planned the colleague's account for erasure.
    QFETCH(int, engine);
    auto shop = makeShop(ConnectionParams::Engine(engine), 10);
    SHOP_OK(shop);
    QByteArray yaml = mapYaml(false);
    yaml.replace("identities: [email, phone]", "identities: [email, phone, user-id]");
    yaml.replace("{name: id, categories: [user.unique_id]}",
                 "{name: id, categories: [user.unique_id], identity: user-id}");
    const DataMapLoad load = DataMapLoader::parse(yaml, QStringLiteral("shop.yaml"), m_dir.path());
    QVERIFY2(load.ok(), load.issues.isEmpty() ? "" : qPrintable(load.issues.first().toString()));
    shop->map = *load.map;
    auto p = plan(*shop);
    QVERIFY2(p.ok(), p.ok() ? "" : qPrintable(p.error().message));
    const ErasureTablePlan* users = tablePlan(*p, QStringLiteral("users"));
    QCOMPARE(users->keys.toList(), QList<QStringList>{{QStringLiteral("1")}});
    QCOMPARE(users->kept.size(), 1);
    QCOMPARE(users->kept[0].why, KeptRows::Why::PhoneOnly);
    QCOMPARE(users->kept[0].keys.toList(), QList<QStringList>{{QStringLiteral("2")}});
    QCOMPARE(tablePlan(*p, QStringLiteral("addresses"))->keys.toList(),
             QList<QStringList>{{QStringLiteral("10")}});
    QCOMPARE(p->counts().phoneOnlyLeft, 2); // Bob and his address
    for (const Identity& learned : p->systems[0].learned)
        QVERIFY2(learned.value != QLatin1String("2"), "the colleague's id was carried on as the subject's");
    // Confirmed by a person, the phone's rows are included, Bob's with them.
    auto confirmed = plan(*shop, true);
    QVERIFY(confirmed.ok());
    QCOMPARE(tablePlan(*confirmed, QStringLiteral("users"))->keys.size(), 2);
}

void TestErasure::resumeRefusesAChangedJournalOrPlan()
{
    auto shop = makeShop(ConnectionParams::Engine::Sqlite, 2500);
    SHOP_OK(shop);
    auto p = plan(*shop);
    QVERIFY(p.ok());
    ErasureStore erasures(*shop->store);
    auto started = saveAndStart(*shop, *p);
    QVERIFY2(started.ok(), started.ok() ? "" : qPrintable(started.error().message));
    ErasureExecutor::Options o;
    o.hmacKey = kKey;
    o.crashPoint = [&](int at, bool after) { return at == 3 && after; };
    const QList<ErasureExecutor::SystemInput> systems{{shop->map, {shop->db->params()}, {}}};
    QVERIFY(!ErasureExecutor::run(*shop->store, started->id, *p, systems, o).ok());
    o.crashPoint = {};
    const int agentsBefore =
        scalar(*shop, QStringLiteral("SELECT COUNT(*) FROM sessions WHERE agent IS NULL")).toInt();
    QCOMPARE(agentsBefore, 1000); // the first batch of sessions

    // A plan that is not the one the run started with (one key fewer) is refused, and nothing is done.
    ErasurePlan other = *p;
    for (ErasureTablePlan& t : other.systems[0].sources[0].tables)
        if (t.table == QLatin1String("sessions"))
            t.keys.removeLast();
    auto refused = ErasureExecutor::run(*shop->store, started->id, other, systems, o);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().message.contains(QStringLiteral("layout")), qPrintable(refused.error().message));
    QCOMPARE(scalar(*shop, QStringLiteral("SELECT COUNT(*) FROM sessions WHERE agent IS NULL")).toInt(),
             agentsBefore);

    // A journal line that names another step is refused too.
    {
        QSqlQuery q(shop->store->database());
        QVERIFY(q.exec(QStringLiteral("UPDATE erasure_journal SET step_digest = 'x' WHERE seq = 3")));
    }
    refused = ErasureExecutor::run(*shop->store, started->id, *p, systems, o);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().message.contains(QStringLiteral("journal line 3")),
             qPrintable(refused.error().message));
    QCOMPARE(scalar(*shop, QStringLiteral("SELECT COUNT(*) FROM sessions WHERE agent IS NULL")).toInt(),
             agentsBefore);
}

void TestErasure::resumeRefusesAStoredPlanChangedSinceItWasMade_data()
{
    QTest::addColumn<int>("engine");
    QTest::addColumn<bool>("postgresWorkspace");
    QTest::newRow("sqlite") << int(ConnectionParams::Engine::Sqlite) << false;
    QTest::newRow("postgres") << int(ConnectionParams::Engine::Postgres) << false;
    QTest::newRow("mariadb") << int(ConnectionParams::Engine::MariaDb) << false;
    QTest::newRow("sqlite, postgres workspace") << int(ConnectionParams::Engine::Sqlite) << true;
}

void TestErasure::resumeRefusesAStoredPlanChangedSinceItWasMade()
{
    // A resume runs the plan the workspace stores. Changed there after it was made (the colleague's account
    // added beside the subject's, and the plan's own digest field left as it was), it once resumed as stored
    // and deleted the colleague. The stored plan must hash to the run's digest, or nothing runs.
    QFETCH(int, engine);
    QFETCH(bool, postgresWorkspace);
    auto shop = makeShop(ConnectionParams::Engine(engine), 10, false, postgresWorkspace);
    SHOP_OK(shop);
    auto p = plan(*shop);
    QVERIFY(p.ok());
    ErasureStore erasures(*shop->store);
    auto started = saveAndStart(*shop, *p);
    QVERIFY2(started.ok(), started.ok() ? "" : qPrintable(started.error().message));
    ErasureExecutor::Options o;
    o.hmacKey = kKey;
    o.crashPoint = [&](int at, bool after) { return at == 0 && !after; };
    const QList<ErasureExecutor::SystemInput> systems{{shop->map, {shop->db->params()}, {}}};
    QVERIFY(!ErasureExecutor::run(*shop->store, started->id, *p, systems, o).ok());
    o.crashPoint = {};

    const QByteArray original = *erasures.planJson(started->id);
    auto stored = ErasurePlan::readJson(erasures.planReader(started->id));
    QVERIFY(stored.ok());
    ErasurePlan changed = *stored;
    bool added = false;
    for (ErasureTablePlan& t : changed.systems[0].sources[0].tables)
        if (t.table == QLatin1String("users")) {
            t.keys << QStringList{QStringLiteral("2")};
            added = true;
        }
    QVERIFY(added);
    QCOMPARE(changed.digest, p->digest);
    auto store = [&](const QByteArray& json, bool inParts) {
        QSqlQuery q(shop->store->database());
        q.prepare(QStringLiteral("DELETE FROM erasure_plan_parts WHERE run_id = ?"));
        q.addBindValue(started->id);
        bool ok = q.exec();
        q.prepare(inParts
                      ? QStringLiteral("INSERT INTO erasure_plan_parts (run_id, seq, part) VALUES (?, 0, ?)")
                      : QStringLiteral("UPDATE erasure_runs SET plan = ? WHERE id = ?"));
        if (inParts)
            q.addBindValue(started->id);
        q.addBindValue(QString::fromUtf8(json));
        if (!inParts)
            q.addBindValue(started->id);
        return ok && q.exec();
    };
    QVERIFY(store(changed.toStoredJson(), true));
    auto refused = ErasureService::resume(*shop->store, started->id);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, Error::Code::Tampered);
    QVERIFY2(refused.error().message.contains(QStringLiteral("does not hash to its digest")),
             qPrintable(refused.error().message));
    QCOMPARE(scalar(*shop, QStringLiteral("SELECT COUNT(*) FROM users WHERE id = 2")).toInt(), 1);
    // The refusal is an audit event of its own: the run, the request, the run's digest and what the stored
    // plan hashes to, and nothing of the plan's keys.
    auto refusals = [&] {
        QList<QJsonObject> out;
        auto events = shop->store->audit().events(shop->request.humanId);
        if (events)
            for (const AuditEvent& e : *events)
                if (e.action == QLatin1String("erasure.resume_refused"))
                    out << e.detailsObject();
        return out;
    };
    QCOMPARE(refusals().size(), 1);
    QCOMPARE(refusals()[0].value(QStringLiteral("why")).toString(), QStringLiteral("tampered"));
    QCOMPARE(refusals()[0].value(QStringLiteral("run")).toInteger(), started->id);
    QCOMPARE(refusals()[0].value(QStringLiteral("digest")).toString(), p->digest);
    QCOMPARE(refusals()[0].value(QStringLiteral("stored_digest")).toString(), changed.computeDigest());
    QVERIFY(changed.computeDigest() != p->digest);
    QVERIFY(!refusals()[0].contains(QStringLiteral("digest_field"))); // the digest field was left as it was
    QCOMPARE(refusals()[0].size(), 4);
    QCOMPARE(ErasureStore(*shop->store).runById(started->id)->state, QStringLiteral("running"));

    // A stored plan that cannot be read (cut short, or a key's count changed) is refused, audited too.
    QByteArray miscounted = original;
    miscounted.insert(miscounted.indexOf("\"count\":") + 8, '9'); // N keys counted as 9N (or 90)
    for (const QByteArray& damaged : {original.left(original.size() / 2), miscounted}) {
        QVERIFY(damaged != original);
        QVERIFY(store(damaged, true));
        auto unreadable = ErasureService::resume(*shop->store, started->id);
        QVERIFY(!unreadable.ok());
        QCOMPARE(unreadable.error().code, Error::Code::Storage);
        QVERIFY2(unreadable.error().message.contains(QStringLiteral("The stored erasure plan is damaged")),
                 qPrintable(unreadable.error().message));
        QCOMPARE(refusals().last().value(QStringLiteral("why")).toString(), QStringLiteral("damaged"));
    }
    QCOMPARE(refusals().size(), 3);

    // A plan stored by a Lethe that counted learned user ids without keeping them is said to be that, not
    // tampered with, and is not resumed either.
    {
        QJsonObject old = QJsonDocument::fromJson(original).object();
        QJsonArray systemsJson = old.value(QStringLiteral("systems")).toArray();
        QJsonObject first = systemsJson.first().toObject();
        first[QStringLiteral("learned_user_ids")] = 1;
        first.remove(QStringLiteral("learned"));
        systemsJson[0] = first;
        old[QStringLiteral("systems")] = systemsJson;
        QVERIFY(store(QJsonDocument(old).toJson(QJsonDocument::Compact), true));
        auto earlier = ErasureService::resume(*shop->store, started->id);
        QVERIFY(!earlier.ok());
        QCOMPARE(earlier.error().code, Error::Code::IllegalState);
        QVERIFY2(earlier.error().message.contains(QStringLiteral("stored by an earlier Lethe")),
                 qPrintable(earlier.error().message));
        QCOMPARE(refusals().size(), 4);
        QCOMPARE(refusals().last().value(QStringLiteral("why")).toString(), QStringLiteral("earlier-lethe"));
        QCOMPARE(refusals().last().value(QStringLiteral("digest")).toString(), p->digest);
    }
    // The audit chain holds the refusals and still verifies.
    const AuditVerification chain = shop->store->audit().verify();
    QVERIFY2(chain.ok, qPrintable(chain.problem));

    // The plan as it was made resumes, also from the single value plans were stored in before migration 11,
    // and the colleague stays.
    QVERIFY(store(original, false));
    auto resumed = ErasureService::resume(*shop->store, started->id);
    QVERIFY2(resumed.ok(), resumed.ok() ? "" : qPrintable(resumed.error().message));
    auto report = ErasureExecutor::run(*shop->store, started->id, resumed->plan, systems, o);
    QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().message));
    QVERIFY(report->value(QStringLiteral("verified")).toBool());
    QCOMPARE(scalar(*shop, QStringLiteral("SELECT COUNT(*) FROM users WHERE id = 2")).toInt(), 1);
    QCOMPARE(scalar(*shop, QStringLiteral("SELECT COUNT(*) FROM users WHERE id = 1")).toInt(), 1); // hashed
    QCOMPARE(refusals().size(), 4);
    QVERIFY(shop->store->audit().verify().ok);
}

// The workspace's server goes away mid-run (restarted, the network), right after a batch committed in the
// product's database and before the journal says so: the run stops with the connection lost, and a resume
// from a new connection finishes exactly the plan (the batch redone changes nothing twice: its keyed hashes
// come from the journal), verified.
void TestErasure::lostWorkspaceConnectionStopsTheRunResumable()
{
    QFETCH(int, engine);
    auto shop = makeShop(ConnectionParams::Engine(engine), 2500, false, true);
    SHOP_OK(shop);
    auto p = plan(*shop);
    QVERIFY(p.ok());
    auto started = saveAndStart(*shop, *p);
    QVERIFY2(started.ok(), started.ok() ? "" : qPrintable(started.error().message));
    const ConnectionParams ws = shop->workspaceDb->params();
    ErasureExecutor::Options o;
    o.hmacKey = kKey;
    int terminated = 0;
    o.crashPoint = [&](int at, bool committed) {
        if (at == 4 && committed) { // the hashed batch of sessions, committed in the product's database
            SqlConnection admin;
            if (admin.open(ws)) {
                QSqlQuery q(admin.db());
                q.exec(QStringLiteral("SELECT COUNT(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE "
                                      "datname = current_database() AND pid <> pg_backend_pid()"));
                if (q.next())
                    terminated = q.value(0).toInt();
            }
        }
        return false; // the run goes on, and meets the lost connection
    };
    const QList<ErasureExecutor::SystemInput> systems{{shop->map, {shop->db->params()}, {}}};
    auto stopped = ErasureExecutor::run(*shop->store, started->id, *p, systems, o);
    QVERIFY(terminated >= 1);
    QVERIFY(!stopped.ok());
    QCOMPARE(stopped.error().code, Error::Code::ConnectionLost);

    auto again = WorkspaceStore::open(ws, QStringLiteral("olga"),
                                      [] { return QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC); });
    QVERIFY2(again.ok(), again.ok() ? "" : qPrintable(again.error().message));
    QVERIFY(ErasureStore(**again).runById(started->id)->resumable());
    auto resumed = ErasureService::resume(**again, started->id);
    QVERIFY2(resumed.ok(), resumed.ok() ? "" : qPrintable(resumed.error().message));
    o.crashPoint = {};
    auto report = ErasureExecutor::run(**again, started->id, resumed->plan, systems, o);
    QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().message));
    QVERIFY(report->value(QStringLiteral("verified")).toBool());
    const QJsonObject counts = report->value(QStringLiteral("counts")).toObject();
    QCOMPARE(counts.value(QStringLiteral("deleted")).toInteger(), 6);
    QCOMPARE(counts.value(QStringLiteral("updated")).toInteger(), 2501);
    QCOMPARE(scalar(*shop, QStringLiteral("SELECT ip FROM sessions WHERE id = 2003")).toString(),
             ErasureExecutor::keyedHash(kKey, QStringLiteral("192.0.2.3")));
    QCOMPARE(ErasureStore(**again).runById(started->id)->state, QStringLiteral("done"));
}

void TestErasure::planStoredInPartsReadsBackByteForByte_data()
{
    QTest::addColumn<bool>("postgresWorkspace");
    QTest::newRow("sqlite workspace") << false;
    QTest::newRow("postgres workspace") << true;
}

// A plan is stored in parts of at most 1 MiB, each cut between two UTF-8 characters (the parts are text): a
// plan of 2.5 MiB whose keys hold two-, three- and four-byte characters at every offset reads back byte for
// byte, from more than two parts.
void TestErasure::planStoredInPartsReadsBackByteForByte()
{
    QFETCH(bool, postgresWorkspace);
    auto shop = makeShop(ConnectionParams::Engine::Sqlite, 1, false, postgresWorkspace);
    SHOP_OK(shop);
    QByteArray json = "{\"keys\":\"";
    const QByteArray pieces[] = {QStringLiteral("\u00e9").toUtf8(), QStringLiteral("\u20ac").toUtf8(),
                                 QString::fromUcs4(U"\U0001F600").toUtf8(), QByteArray("a")};
    for (int i = 0; json.size() < 5 * ErasureStore::kPlanPartBytes / 2; ++i)
        json += pieces[i % 4] + pieces[(i / 4) % 3];
    json += "\"}";
    ErasureStore erasures(*shop->store);
    auto saved = erasures.savePlan(shop->request, QString(64, QLatin1Char('f')), json, {});
    QVERIFY2(saved.ok(), saved.ok() ? "" : qPrintable(saved.error().message));
    QCOMPARE(*erasures.planJson(saved->id), json);
    QSqlQuery q(shop->store->database());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM erasure_plan_parts WHERE run_id = ?"));
    q.addBindValue(saved->id);
    QVERIFY(q.exec() && q.next());
    QCOMPARE(q.value(0).toInt(), 3);

    // A plan of more than two parts whose keys hold those characters at every offset, stored piece by piece
    // as the service stores it, reads back part by part (one query a part: no piece larger than a part) and
    // is built as it is read to the plan that was made, key for key and to its digest.
    ErasurePlan big;
    big.requestId = shop->request.humanId;
    big.subjectName = QStringLiteral("Zoë");
    big.identities = shop->request.identities;
    big.madeOn = QDate(2026, 12, 1);
    ErasureSystemPlan system;
    system.key = QStringLiteral("shop");
    system.name = QStringLiteral("Shop");
    ErasureSourcePlan source;
    source.source = QStringLiteral("main");
    ErasureTablePlan notes;
    notes.table = QStringLiteral("notes");
    notes.keyColumns = {QStringLiteral("id"), QStringLiteral("text")};
    notes.action = ErasureTablePlan::Action::DeleteRows;
    for (int i = 0; i < 150000; ++i)
        notes.keys << QStringList{QString::number(i), QString::fromUtf8(pieces[i % 4] + pieces[(i / 4) % 3])};
    notes.found = notes.keys.size();
    source.tables << notes;
    system.sources << source;
    big.systems << system;
    big.digest = big.computeDigest();
    auto savedBig =
        erasures.savePlan(shop->request, big.digest,
                          ErasureStore::PlanWriter([&](const auto& out) { big.writeJson(out); }), {});
    QVERIFY2(savedBig.ok(), savedBig.ok() ? "" : qPrintable(savedBig.error().message));
    const ErasureStore::PlanSource parts = erasures.planReader(savedBig->id);
    int read = 0;
    qsizetype largest = 0;
    auto back = ErasurePlan::readJson([&]() {
        Result<QByteArray> piece = parts();
        if (piece && !piece->isEmpty()) {
            ++read;
            largest = std::max(largest, piece->size());
        }
        return piece;
    });
    QVERIFY2(back.ok(), back.ok() ? "" : qPrintable(back.error().message));
    QCOMPARE(back->computeDigest(), big.digest);
    QCOMPARE(back->systems[0].sources[0].tables[0].keys, notes.keys);
    QVERIFY2(read >= 3, qPrintable(QString::number(read)));
    QVERIFY(largest <= ErasureStore::kPlanPartBytes);
    // A part gone is said to be, not read as a shorter plan.
    q.prepare(QStringLiteral("DELETE FROM erasure_plan_parts WHERE run_id = ? AND seq = 1"));
    q.addBindValue(savedBig->id);
    QVERIFY(q.exec());
    ErasurePlan::ReadFailure failure = ErasurePlan::ReadFailure::None;
    auto gap = ErasurePlan::readJson(erasures.planReader(savedBig->id), &failure);
    QVERIFY(!gap.ok());
    QCOMPARE(gap.error().code, Error::Code::Tampered);
    QCOMPARE(int(failure), int(ErasurePlan::ReadFailure::Damaged)); // a resume refuses it and audits that
    QVERIFY2(gap.error().message.contains(
                 QStringLiteral("Part 1 of the stored plan of erasure run %1 is missing").arg(savedBig->id)),
             qPrintable(gap.error().message));
}

namespace {

// Adds (or, `add` false, removes) what refuses to null the agent of session 2500: what a database
// administrator might add between the plan and the run, which the plan cannot know. `trigger` false: a CHECK
// constraint, sessions_agent_kept (SQLite cannot add or drop a constraint, so there the table is rebuilt with
// or without it). `trigger` true: a BEFORE UPDATE trigger, sessions_guard, that raises an error whose text
// names it (a trigger's error is the text it raises).
QString setObstacle(const ConnectionParams& params, bool trigger, bool add)
{
    SqlConnection c;
    if (Status s = c.open(params); !s)
        return s.error().message;
    QSqlQuery q(c.db());
    const QString check =
        QStringLiteral("CONSTRAINT sessions_agent_kept CHECK (agent IS NOT NULL OR id <> 2500)");
    const QString raised = QStringLiteral("sessions_guard: session 2500 is under a legal hold");
    QStringList sql;
    switch (params.engine) {
    case ConnectionParams::Engine::Sqlite:
        if (trigger) {
            sql << (add ? QStringLiteral(
                              "CREATE TRIGGER sessions_guard BEFORE UPDATE ON sessions WHEN OLD.id = "
                              "2500 AND NEW.agent IS NULL BEGIN SELECT RAISE(ABORT, '%1'); END")
                              .arg(raised)
                        : QStringLiteral("DROP TRIGGER sessions_guard"));
            break;
        }
        sql << QStringLiteral("CREATE TABLE sessions_new (id INTEGER PRIMARY KEY, user_id INTEGER NOT NULL "
                              "REFERENCES users(id), ip TEXT, agent TEXT%1)")
                   .arg(add ? QStringLiteral(", ") + check : QString())
            << QStringLiteral("INSERT INTO sessions_new SELECT * FROM sessions")
            << QStringLiteral("DROP TABLE sessions")
            << QStringLiteral("ALTER TABLE sessions_new RENAME TO sessions");
        break;
    case ConnectionParams::Engine::Postgres:
        if (trigger && add)
            sql << QStringLiteral("CREATE FUNCTION sessions_guard() RETURNS trigger LANGUAGE plpgsql AS $$ "
                                  "BEGIN IF OLD.id = 2500 AND NEW.agent IS NULL THEN RAISE EXCEPTION '%1'; "
                                  "END IF; RETURN NEW; END $$")
                       .arg(raised)
                << QStringLiteral("CREATE TRIGGER sessions_guard BEFORE UPDATE ON sessions FOR EACH ROW "
                                  "EXECUTE FUNCTION sessions_guard()");
        else if (trigger)
            sql << QStringLiteral("DROP TRIGGER sessions_guard ON sessions")
                << QStringLiteral("DROP FUNCTION sessions_guard()");
        break;
    case ConnectionParams::Engine::MariaDb:
        if (trigger)
            sql << (add ? QStringLiteral(
                              "CREATE TRIGGER sessions_guard BEFORE UPDATE ON sessions FOR EACH ROW "
                              "BEGIN IF OLD.id = 2500 AND NEW.agent IS NULL THEN SIGNAL SQLSTATE "
                              "'45000' SET MESSAGE_TEXT = '%1'; END IF; END")
                              .arg(raised)
                        : QStringLiteral("DROP TRIGGER sessions_guard"));
        break;
    }
    if (!trigger && params.engine != ConnectionParams::Engine::Sqlite)
        sql << (add ? QStringLiteral("ALTER TABLE sessions ADD %1").arg(check)
                    : QStringLiteral("ALTER TABLE sessions DROP CONSTRAINT sessions_agent_kept"));
    for (const QString& s : std::as_const(sql))
        if (!q.exec(s))
            return s + QStringLiteral(": ") + q.lastError().text();
    return {};
}

} // namespace

void TestErasure::databaseErrorStopsTheRunResumable_data()
{
    QTest::addColumn<int>("engine");
    QTest::addColumn<bool>("trigger");
    for (auto [e, name] : {std::pair{ConnectionParams::Engine::Sqlite, "sqlite"},
                           std::pair{ConnectionParams::Engine::Postgres, "postgres"},
                           std::pair{ConnectionParams::Engine::MariaDb, "mariadb"}}) {
        QTest::addRow("%s: check constraint", name) << int(e) << false;
        QTest::addRow("%s: trigger", name) << int(e) << true;
    }
}

void TestErasure::databaseErrorStopsTheRunResumable()
{
    // Between the plan and the run, a CHECK constraint (or a trigger) appears that refuses one row of the
    // second batch of sessions. The batch is rolled back whole, the run stops there (failed, resumable), the
    // batches before it stay committed, nothing after it runs, and the message names the constraint as the
    // database calls it (or carries the trigger's error). Once it is gone, resuming finishes the run,
    // verified.
    QFETCH(int, engine);
    QFETCH(bool, trigger);
    auto shop = makeShop(ConnectionParams::Engine(engine), 2500);
    SHOP_OK(shop);
    auto p = plan(*shop);
    QVERIFY2(p.ok(), p.ok() ? "" : qPrintable(p.error().message));
    QVERIFY2(p->problems.isEmpty(), qPrintable(p->problems.join("; ")));
    const ErasureTablePlan* sessions = tablePlan(*p, QStringLiteral("sessions"));
    QVERIFY(sessions);
    // Batches of 1000 in the plan's order: the refused row is in the second.
    QCOMPARE(sessions->keys.toList().indexOf(QStringList{QStringLiteral("2500")}) / 1000, 1);
    QStringList firstBatch, failingBatch;
    for (qsizetype i = 0; i < sessions->keys.size(); ++i) {
        if (i < 1000)
            firstBatch << sessions->keys[i].first();
        else if (i < 2000)
            failingBatch << sessions->keys[i].first();
    }

    const QString added = setObstacle(shop->db->params(), trigger, true);
    QVERIFY2(added.isEmpty(), qPrintable(added));
    ErasureStore erasures(*shop->store);
    auto started = saveAndStart(*shop, *p);
    QVERIFY2(started.ok(), started.ok() ? "" : qPrintable(started.error().message));
    ErasureExecutor::Options o;
    o.hmacKey = kKey;
    o.batchSize = 1000;
    const QList<ErasureExecutor::SystemInput> systems{{shop->map, {shop->db->params()}, {}}};
    auto failed = ErasureExecutor::run(*shop->store, started->id, *p, systems, o);
    QVERIFY(!failed.ok());
    QVERIFY2(failed.error().message.contains(trigger ? QStringLiteral("sessions_guard")
                                                     : QStringLiteral("sessions_agent_kept")),
             qPrintable(failed.error().message));
    // The message is the database's about the constraint, never the row's values (PostgreSQL's DETAIL
    // repeats the failing row: this session's IP address).
    QVERIFY2(!failed.error().message.contains(QStringLiteral("192.0.2.")),
             qPrintable(failed.error().message));
    auto run = erasures.runById(started->id);
    QVERIFY(run.ok());
    QCOMPARE(run->state, QStringLiteral("failed"));
    QVERIFY(run->resumable());

    // Before the failing batch: committed (the order lines, orders and address deleted, the first 1000
    // sessions erased). The failing batch: every row as it was, the rows before 2500 in it included. After
    // it: untouched (the rest of the sessions, Alice's account).
    QCOMPARE(scalar(*shop, QStringLiteral("SELECT COUNT(*) FROM addresses WHERE id = 10")).toInt(), 0);
    QCOMPARE(scalar(*shop, QStringLiteral("SELECT COUNT(*) FROM orders")).toInt(), 2);
    QCOMPARE(scalar(*shop, QStringLiteral("SELECT COUNT(*) FROM sessions WHERE agent IS NULL AND id IN (%1)")
                               .arg(firstBatch.join(QLatin1Char(','))))
                 .toInt(),
             1000);
    QCOMPARE(
        scalar(*shop, QStringLiteral("SELECT COUNT(*) FROM sessions WHERE agent = 'Firefox' AND id IN (%1)")
                          .arg(failingBatch.join(QLatin1Char(','))))
            .toInt(),
        1000);
    QCOMPARE(scalar(*shop, QStringLiteral("SELECT ip FROM sessions WHERE id = %1").arg(failingBatch.first()))
                 .toString(),
             QStringLiteral("192.0.2.%1").arg((failingBatch.first().toInt() - 1000) % 250));
    QCOMPARE(scalar(*shop, QStringLiteral("SELECT COUNT(*) FROM sessions WHERE agent IS NULL")).toInt(),
             1000);
    QCOMPARE(scalar(*shop, QStringLiteral("SELECT email FROM users WHERE id = 1")).toString(),
             QStringLiteral("alice@example.com"));
    auto journal = erasures.journal(started->id);
    QVERIFY(journal.ok());
    int committed = 0;
    for (const JournalEntry& e : *journal)
        committed += e.state == QLatin1String("committed");
    QCOMPARE(committed, 4); // order lines, orders, addresses, the first sessions batch

    // The problem fixed, the run resumed from what was stored: it finishes, verified, with every row once.
    const QString removed = setObstacle(shop->db->params(), trigger, false);
    QVERIFY2(removed.isEmpty(), qPrintable(removed));
    const auto storedJson = erasures.planJson(started->id);
    QVERIFY(storedJson.ok());
    auto stored = ErasurePlan::fromJson(QJsonDocument::fromJson(*storedJson).object());
    QVERIFY(stored.ok());
    QVERIFY(erasures.resume(started->id).ok());
    auto report = ErasureExecutor::run(*shop->store, started->id, *stored, systems, o);
    QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().message));
    QVERIFY(report->value(QStringLiteral("verified")).toBool());
    const QJsonObject counts = report->value(QStringLiteral("counts")).toObject();
    QCOMPARE(counts.value(QStringLiteral("deleted")).toInteger(), 6);
    QCOMPARE(counts.value(QStringLiteral("updated")).toInteger(), 2501);
    QCOMPARE(scalar(*shop, QStringLiteral("SELECT COUNT(*) FROM sessions WHERE agent IS NULL")).toInt(),
             2500);
    QCOMPARE(scalar(*shop, QStringLiteral("SELECT ip FROM sessions WHERE id = 2500")).toString(),
             ErasureExecutor::keyedHash(kKey, QStringLiteral("192.0.2.0")));
    QCOMPARE(erasures.runById(started->id)->state, QStringLiteral("done"));
}

void TestErasure::verificationChecksTheValues()
{
    // A trigger quietly puts Alice's email back whenever her row is updated: the run "affects" the row, and
    // a report that believed the plan would say verified. The values say otherwise.
    QFETCH(int, engine);
    const auto e = ConnectionParams::Engine(engine);
    auto shop = makeShop(e, 10);
    SHOP_OK(shop);
    {
        SqlConnection c;
        QVERIFY(c.open(shop->db->params()).ok());
        QSqlQuery q(c.db());
        QStringList ddl;
        if (e == ConnectionParams::Engine::Sqlite)
            ddl << QStringLiteral(
                "CREATE TRIGGER keep_email AFTER UPDATE OF email ON users BEGIN UPDATE users "
                "SET email = old.email WHERE id = new.id; END");
        else if (e == ConnectionParams::Engine::Postgres)
            ddl << QStringLiteral("CREATE FUNCTION keep_email() RETURNS trigger AS $$ BEGIN NEW.email := "
                                  "OLD.email; RETURN NEW; END $$ LANGUAGE plpgsql")
                << QStringLiteral("CREATE TRIGGER keep_email BEFORE UPDATE ON users FOR EACH ROW EXECUTE "
                                  "FUNCTION keep_email()");
        else
            ddl << QStringLiteral(
                "CREATE TRIGGER keep_email BEFORE UPDATE ON users FOR EACH ROW SET NEW.email = "
                "OLD.email");
        for (const QString& sql : ddl)
            QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
    }
    auto p = plan(*shop);
    QVERIFY(p.ok());
    ErasureStore erasures(*shop->store);
    auto started = saveAndStart(*shop, *p);
    QVERIFY2(started.ok(), started.ok() ? "" : qPrintable(started.error().message));
    ErasureExecutor::Options o;
    o.hmacKey = kKey;
    auto report =
        ErasureExecutor::run(*shop->store, started->id, *p, {{shop->map, {shop->db->params()}, {}}}, o);
    QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().message));
    QVERIFY(!report->value(QStringLiteral("verified")).toBool());
    const QJsonArray problems = report->value(QStringLiteral("problems")).toArray();
    QString all;
    for (const QJsonValue& v : problems)
        all += v.toString() + QLatin1Char('\n');
    QVERIFY2(all.contains(QStringLiteral("shop › main.users: 1 of 1 rows planned for an update do not hold")),
             qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("still hold the subject's email")), qPrintable(all));
    QVERIFY(!all.contains(QStringLiteral("alice"))); // names and counts, never her data
    QCOMPARE(erasures.runById(started->id)->state, QStringLiteral("incomplete"));
    for (const QJsonValue& t : report->value(QStringLiteral("tables")).toArray())
        if (t[QStringLiteral("table")].toString() == QLatin1String("users"))
            QCOMPARE(t[QStringLiteral("not_erased")].toInt(), 1);
}

void TestErasure::verificationFindsDeletedRowsPutBack()
{
    // Rows deleted by the run are put back at once by someone else, under Carol's account: the run deleted
    // them and the new search for Alice cannot find them, so only the check of every deleted key tells. The
    // orders' keys lie close together (checked by the range they span, where Carol's rows and Alice's kept
    // invoice lie too) and then far apart (checked key by key); rows are put back in both.
    QFETCH(int, engine);
    const auto e = ConnectionParams::Engine(engine);
    auto shop = makeShop(e, 10);
    SHOP_OK(shop);
    SqlConnection other;
    QVERIFY(other.open(shop->db->params()).ok());
    QSqlQuery q(other.db());
    other.db().transaction();
    QVERIFY(q.prepare(QStringLiteral("INSERT INTO orders VALUES (?, ?, ?, '2025-06-01')")));
    int aliceOrders = 2; // 101 and 102
    for (int id = 200; id < 5600; ++id) {
        const bool carols = id % 6 == 0;
        q.addBindValue(id);
        q.addBindValue(carols ? 3 : 1);
        q.addBindValue(id == 3000 ? QStringLiteral("invoice") : QStringLiteral("cart")); // 3000: kept
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        aliceOrders += !carols && id != 3000;
    }
    for (int id = 100000; id < 150000; id += 1000, ++aliceOrders) {
        q.addBindValue(id);
        q.addBindValue(1);
        q.addBindValue(QStringLiteral("cart"));
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    }
    QVERIFY(other.db().commit());

    auto p = plan(*shop);
    QVERIFY(p.ok());
    const ErasureTablePlan* orders = tablePlan(*p, QStringLiteral("orders"));
    QVERIFY(orders);
    QCOMPARE(orders->keys.size(), aliceOrders);
    auto started = saveAndStart(*shop, *p);
    VERIFY_OK(started);

    const QList<int> putBack{250, 1234, 5599, 107000, 149000};
    const QString insert =
        e == ConnectionParams::Engine::Sqlite
            ? QStringLiteral("INSERT OR IGNORE INTO orders VALUES (?, 3, 'cart', '2025-06-01')")
        : e == ConnectionParams::Engine::Postgres
            ? QStringLiteral("INSERT INTO orders VALUES (?, 3, 'cart', '2025-06-01') ON "
                             "CONFLICT DO NOTHING")
            : QStringLiteral("INSERT IGNORE INTO orders VALUES (?, 3, 'cart', '2025-06-01')");
    QString failed;
    ErasureExecutor::Options o;
    o.hmacKey = kKey;
    o.batchSize = 500;
    o.batchDone = [&](int, qint64, double) {
        // A row still there is left alone; one the run deleted comes back as Carol's.
        for (int id : putBack) {
            q.prepare(insert);
            q.addBindValue(id);
            if (!q.exec())
                failed = q.lastError().text();
        }
    };
    auto report =
        ErasureExecutor::run(*shop->store, started->id, *p, {{shop->map, {shop->db->params()}, {}}}, o);
    VERIFY_OK(report);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    QCOMPARE(scalar(*shop, QStringLiteral("SELECT COUNT(*) FROM orders WHERE user_id = 1")).toInt(), 1);
    QVERIFY(!report->value(QStringLiteral("verified")).toBool());
    QStringList problems;
    for (const QJsonValue& v : report->value(QStringLiteral("problems")).toArray())
        problems << v.toString();
    QCOMPARE(problems, QStringList{QStringLiteral("shop › main.orders: 5 of %1 rows planned for deletion are "
                                                  "still there.")
                                       .arg(aliceOrders)});
    for (const QJsonValue& t : report->value(QStringLiteral("tables")).toArray())
        if (t[QStringLiteral("table")].toString() == QLatin1String("orders")) {
            QCOMPARE(t[QStringLiteral("still_present")].toInt(), 5);
            QCOMPARE(t[QStringLiteral("affected")].toInt(), aliceOrders);
            QCOMPARE(t[QStringLiteral("unexpected")].toInt(), 0);
        }
}

void TestErasure::retentionDates()
{
    RetentionRule rule;
    rule.whenField = QStringLiteral("kind");
    rule.whenValues = {QStringLiteral("invoice")};
    rule.keepFor = QStringLiteral("7y");
    rule.keepDays = 7 * 365;
    rule.fromField = QStringLiteral("created_at");
    QDate until;
    QVERIFY(ErasurePlanner::retains(rule, QStringLiteral("invoice"), QStringLiteral("2025-06-01"), m_today,
                                    &until));
    QCOMPARE(until, QDate(2032, 6, 1)); // calendar years, not 7 x 365 days
    QVERIFY(!ErasurePlanner::retains(rule, QStringLiteral("cart"), QStringLiteral("2025-06-01"), m_today,
                                     &until));
    QVERIFY(!ErasurePlanner::retains(rule, QStringLiteral("invoice"), QStringLiteral("2018-01-15"), m_today,
                                     &until));
    QVERIFY(ErasurePlanner::retains(rule, QStringLiteral("invoice"),
                                    QDateTime(QDate(2026, 1, 2), QTime(3, 4)), m_today, &until));
    QCOMPARE(until, QDate(2033, 1, 2));
    rule.keepFor = QStringLiteral("90d");
    rule.keepDays = 90;
    QVERIFY(ErasurePlanner::retains(rule, QStringLiteral("invoice"), QStringLiteral("2026-11-01"), m_today,
                                    &until));
    QCOMPARE(until, QDate(2027, 1, 30));
    // An unreadable date keeps the row, with no end: a person must look.
    QVERIFY(
        ErasurePlanner::retains(rule, QStringLiteral("invoice"), QStringLiteral("soon"), m_today, &until));
    QVERIFY(!until.isValid());
}

void TestErasure::demoSubjectsErased()
{
    // The five demo products (cascading keys, UUID keys, a composite key, leads stored as typed), two demo
    // subjects erased one after the other in all of them, each re-scanned.
    QFETCH(int, engine);
    const auto e = ConnectionParams::Engine(engine);
    auto specs = DemoProducts::load(QStringLiteral(LETHE_DEMO_DIR));
    QVERIFY(specs);
    QTemporaryDir dir;
    DemoProducts::Target target;
    target.today = QDate(2026, 11, 22);
    test::DropDatabases drop;
    QStringList databases;
    for (const DemoSpec& sp : std::as_const(*specs))
        databases << sp.database;
    const QString missing = test::demoServerTarget(e, databases, &target.server, &drop);
    QVERIFY2(missing.isEmpty(), qPrintable(missing));
    auto installed = DemoProducts::install(*specs, dir.filePath(QStringLiteral("datamaps")), target);
    QVERIFY2(installed, installed ? "" : qPrintable(installed.error().message));
    QList<ErasurePlanner::SystemInput> systems;
    QList<ErasureExecutor::SystemInput> execSystems;
    for (const DemoProduct& p : std::as_const(*installed)) {
        const DataMapLoad load = DataMapLoader::load(p.mapFile);
        QVERIFY(load.ok());
        ConnectionParams c = load.map->sources.first().connection;
        c.password = target.server.password;
        systems << ErasurePlanner::SystemInput{*load.map, {c}, {}, {}, {}};
        execSystems << ErasureExecutor::SystemInput{*load.map, {c}, {}};
    }

    ConnectionParams wsParams;
    wsParams.engine = ConnectionParams::Engine::Sqlite;
    wsParams.path = dir.filePath(QStringLiteral("ws.db"));
    auto store = WorkspaceStore::open(wsParams, QStringLiteral("olga"));
    QVERIFY(store.ok());
    ErasureStore erasures(**store);
    const QList<QList<Identity>> subjects{{{IdentityKind::Email, QStringLiteral("amelia.hart@example.com")},
                                           {IdentityKind::Phone, QStringLiteral("+44 20 7946 0101")}},
                                          {{IdentityKind::Email, QStringLiteral("jonas.weber@example.de")}}};
    for (const QList<Identity>& ids : subjects) {
        NewRequest r;
        r.type = RequestType::Erasure;
        r.regulation = Regulation::Gdpr;
        r.received = QDate(2026, 11, 20);
        r.subjectName = QStringLiteral("Demo subject");
        r.identities = ids;
        auto added = (*store)->addRequest(r);
        QVERIFY(added.ok());
        auto request = (*store)->transition(added->humanId, RequestStatus::Verified);
        QVERIFY(request.ok());
        ErasurePlanner::Input in;
        in.request = *request;
        in.today = m_today;
        in.systems = systems;
        auto p = ErasurePlanner::build(in);
        QVERIFY2(p.ok(), p.ok() ? "" : qPrintable(p.error().message));
        QVERIFY2(p->problems.isEmpty(), qPrintable(p->problems.join("; ")));
        const ErasurePlan::Counts c = p->counts();
        QVERIFY(c.deleteRows > 50);
        QVERIFY(ErasureService::savePlan(**store, *request, *p).ok());
        auto started = erasures.start(*request, p->digest);
        QVERIFY(started.ok());
        // Run as a resume runs it: the plan read back from the workspace, which must be the plan made, to
        // the digest (the user ids the databases taught were once lost on the way, and a resumed run's
        // verification searched without them).
        // Read as a resume reads it: part by part, built as it is read; the plan made, byte for byte.
        auto stored = ErasurePlan::readJson(erasures.planReader(started->id));
        QVERIFY2(stored.ok(), stored.ok() ? "" : qPrintable(stored.error().message));
        QCOMPARE(stored->computeDigest(), p->digest);
        QCOMPARE(stored->toStoredJson(), p->toStoredJson());
        ErasureExecutor::Options o;
        o.hmacKey = kKey;
        o.batchSize = 50;
        auto report = ErasureExecutor::run(**store, started->id, *stored, execSystems, o);
        QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().message));
        const QJsonObject counts = report->value(QStringLiteral("counts")).toObject();
        QVERIFY2(report->value(QStringLiteral("verified")).toBool(),
                 qPrintable(QString::number(counts.value(QStringLiteral("unexpected")).toInteger())));
        QCOMPARE(counts.value(QStringLiteral("deleted")).toInteger(), c.deleteRows);
        QCOMPARE(counts.value(QStringLiteral("updated")).toInteger(), c.updateRows);
        // A new plan for the same subject finds nothing left to delete.
        auto after = ErasurePlanner::build(in);
        QVERIFY(after.ok());
        QCOMPARE(after->counts().deleteRows, 0);
    }
    if (e == ConnectionParams::Engine::Sqlite) {
        for (const ErasurePlanner::SystemInput& sys : std::as_const(systems)) {
            SqlConnection c;
            QVERIFY(c.open(sys.connections.first()).ok());
            QSqlQuery q(c.db());
            QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_key_check")));
            QVERIFY2(!q.next(), qPrintable(sys.map.key + QStringLiteral(": a dangling reference")));
        }
    }
}

// The run binds and digests a key from the UTF-8 the plan holds, without building its text: it must bind
// exactly what the key's text binds (on SQLite a whole number as an integer only when the text is the number
// as QString::number writes it), and digest it exactly as journals always carried it.
void TestErasure::keysBoundAndDigestedAsTheirText()
{
    const QStringList texts{QStringLiteral("0"),
                            QStringLiteral("1"),
                            QStringLiteral("-1"),
                            QStringLiteral("-0"),
                            QStringLiteral("007"),
                            QStringLiteral("+5"),
                            QStringLiteral(" 5"),
                            QStringLiteral("5 "),
                            QStringLiteral("9223372036854775807"),
                            QStringLiteral("9223372036854775808"),
                            QStringLiteral("-9223372036854775808"),
                            QStringLiteral("-9223372036854775809"),
                            QStringLiteral("99999999999999999999"),
                            QStringLiteral("12a"),
                            QStringLiteral("1.0"),
                            QStringLiteral("1e3"),
                            QStringLiteral(""),
                            QStringLiteral("-"),
                            QStringLiteral("abc"),
                            QString::fromUtf8("\xef\xbc\x91\xef\xbc\x92"), // full-width digits
                            QString::fromUtf8("J\xc3\xb6rg \xe2\x9c\x93"),
                            QString()};
    KeyList keys;
    for (const QString& t : texts)
        keys.append({t});
    for (const auto engine : {ConnectionParams::Engine::Sqlite, ConnectionParams::Engine::Postgres,
                              ConnectionParams::Engine::MariaDb}) {
        QVarLengthArray<QByteArrayView, 4> values;
        for (qsizetype i = 0; i < keys.size(); ++i) {
            keys.valuesOf(i, values);
            QCOMPARE(values.size(), 1);
            const QVariant fromText = erasurerun::keyValue(texts[i], engine);
            const QVariant fromUtf8 = erasurerun::keyValue(values[0], engine);
            QCOMPARE(fromUtf8.typeId(), fromText.typeId());
            QCOMPARE(fromUtf8.isNull(), fromText.isNull());
            QCOMPARE(fromUtf8, fromText);
        }
    }
    QCOMPARE(erasurerun::keyValue(QByteArrayView("42"), ConnectionParams::Engine::Sqlite).typeId(),
             QMetaType::LongLong);

    // Keys of several columns too; the digest as it was computed from each key's text.
    KeyList wide;
    for (qsizetype i = 0; i + 2 < texts.size(); ++i)
        wide.append({texts[i], texts[i + 1], texts[i + 2]});
    for (const KeyList* list : {&keys, &wide}) {
        QCryptographicHash before(QCryptographicHash::Sha256), now(QCryptographicHash::Sha256);
        for (qsizetype i = 1; i < list->size(); ++i) {
            before.addData(list->at(i).join(QChar(0x1e)).toUtf8());
            before.addData(QByteArrayView("\x1f", 1));
        }
        erasurerun::addKeysToDigest(now, *list, 1, list->size() - 1);
        QCOMPARE(now.result().toHex(), before.result().toHex());
    }
}

QTEST_GUILESS_MAIN(TestErasure)
#include "tst_erasure.moc"
