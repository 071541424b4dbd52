#include "DataMapLoader.h"
#include "FakeCredentialStore.h"
#include "Job.h"
#include "PreviewRunner.h"
#include "StoredValue.h"
#include "TestSupport.h"
#include "Traversal.h"
#include "Validation.h"

#include <QMutex>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

using namespace lethe;

// The traversal against real SQLite, PostgreSQL and MariaDB databases: names that need quoting, composite
// keys, a reference cycle, an unreachable table, identities stored in another case and format, the preview
// cap, and exact counts for known subjects.
class TestTraversal : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { test::isolate(); }
    void engines_data();
    void engines();
    void nationalPhoneForms_data() { engines_data(); }
    void nationalPhoneForms();
    void twoSourcesSearchedConcurrently();
    void userIdLearnedInOneSourceLeadsIntoAnother();
    void newerPreviewSupersedesTheRunningOne();
    void sqliteRowsAsTheDriverReadsThem();
    void rowsHandedToASecondThreadAreDoneTheSame_data() { engines_data(); }
    void rowsHandedToASecondThreadAreDoneTheSame();
};

void TestTraversal::engines_data()
{
    QTest::addColumn<int>("engine");
    QTest::newRow("sqlite") << int(ConnectionParams::Engine::Sqlite);
    QTest::newRow("postgres") << int(ConnectionParams::Engine::Postgres);
    QTest::newRow("mariadb") << int(ConnectionParams::Engine::MariaDb);
}

static const char* kMap = R"(lethe_datamap: 1
system:
  key: teams
  name: Teams
  art15: {purposes: [Run team workspaces]}
  identities: [email, phone]
sources:
  - key: main
    engine: sqlite
    path: teams.db
    tables:
      - name: accounts
        primary_key: id
        fields:
          - {name: id, categories: [user.unique_id], identity: user-id}
          - {name: email, categories: [user.contact.email], identity: email}
          - {name: phone, categories: [user.contact.phone_number], identity: phone, normalized: false}
          - {name: name, categories: [user.name]}
          - {name: default_workspace, categories: [system.operations], references: workspaces.id}
      - name: workspaces
        primary_key: id
        fields:
          - {name: id, categories: [system.operations]}
          - {name: owner_id, categories: [user.unique_id], references: accounts.id}
          - {name: title, categories: [user.workplace]}
      - name: memberships
        primary_key: [account_id, workspace_id]
        fields:
          - {name: account_id, categories: [user.unique_id], references: accounts.id}
          - {name: workspace_id, categories: [system.operations]}
      - name: Lead Notes
        primary_key: [workspace_id, seq]
        fields:
          - {name: workspace_id, categories: [system.operations], references: workspaces.id}
          - {name: seq, categories: [system.operations]}
          - {name: Email, categories: [user.contact.email], identity: email, normalized: false}
          - {name: body, categories: [user.content.private]}
      - name: order
        primary_key: id
        fields:
          - {name: id, categories: [system.operations]}
          - {name: account_id, categories: [user.unique_id], references: accounts.id}
          - {name: total, categories: [user.behavior.purchase_history]}
      - name: invoices
        primary_key: id
        fields:
          - {name: id, categories: [system.operations]}
          - {name: account_id, categories: [user.unique_id]}
          - {name: amount, categories: [user.payment]}
      - name: audit
        primary_key: id
        fields:
          - {name: id, categories: [system.operations]}
          - {name: detail, categories: [system.operations]}
)";

static const DossierTable* tableOf(const Dossier& d, const char* name)
{
    for (const DossierTable& t : d.tables) {
        if (t.table == QLatin1String(name))
            return &t;
    }
    return nullptr;
}

// The teams fixture: Ann, Bob, Carol (Ann's phone), Dave; workspaces, memberships, lead notes, orders,
// invoices linked by the database's foreign key only, an unreachable audit table.
static QString createTeams(const ConnectionParams& p)
{
    const auto e = p.engine;
    SqlConnection c;
    if (Status st = c.open(p); !st)
        return st.error().message;
    QSqlQuery q(c.db());
    auto id = [e](const char* n) { return SqlConnection::quoteIdentifier(e, QLatin1String(n)).value(); };
    const QStringList ddl = {
        QStringLiteral(
            "CREATE TABLE accounts (id INTEGER PRIMARY KEY, email VARCHAR(100), phone VARCHAR(30), "
            "name VARCHAR(100), default_workspace INTEGER)"),
        QStringLiteral(
            "CREATE TABLE workspaces (id INTEGER PRIMARY KEY, owner_id INTEGER, title VARCHAR(100))"),
        QStringLiteral("CREATE TABLE memberships (account_id INTEGER, workspace_id INTEGER, PRIMARY KEY "
                       "(account_id, workspace_id))"),
        QStringLiteral("CREATE TABLE %1 (workspace_id INTEGER, seq INTEGER, %2 VARCHAR(100), body TEXT, "
                       "PRIMARY KEY (workspace_id, seq))")
            .arg(id("Lead Notes"), id("Email")),
        QStringLiteral("CREATE TABLE %1 (id INTEGER PRIMARY KEY, account_id INTEGER, total INTEGER)")
            .arg(id("order")),
        QStringLiteral("CREATE TABLE audit (id INTEGER PRIMARY KEY, detail VARCHAR(100))"),
        // Linked to accounts only by the database's foreign key, not by the map.
        QStringLiteral(
            "CREATE TABLE invoices (id INTEGER PRIMARY KEY, account_id INTEGER REFERENCES accounts(id), "
            "amount INTEGER)"),
        // Ann, Bob; Carol shares Ann's phone; phones stored without the +.
        QStringLiteral("INSERT INTO accounts VALUES (1, 'ann@example.com', '442079460018', 'Ann', 1), "
                       "(2, 'bob@example.com', '12025550143', 'Bob', 2), "
                       "(3, 'carol@example.com', '442079460018', 'Carol', 2), "
                       "(4, 'dave@example.com', NULL, 'Dave', 2)"),
        QStringLiteral("INSERT INTO workspaces VALUES (1, 1, 'Ann Co'), (2, 2, 'Bob Co')"),
        QStringLiteral("INSERT INTO memberships VALUES (1, 1), (2, 2), (4, 2)"),
        // Ann is also a lead in Bob's workspace, stored in another case with a trailing space.
        QStringLiteral("INSERT INTO %1 VALUES (1, 1, 'x@example.com', 'a'), (1, 2, 'y@example.com', 'b'), "
                       "(2, 1, 'ANN@Example.com ', 'Ann as a lead'), (2, 2, 'z@example.com', 'other')")
            .arg(id("Lead Notes")),
        QStringLiteral("INSERT INTO %1 VALUES (10, 1, 5), (11, 1, 7), (12, 2, 9)").arg(id("order")),
        QStringLiteral("INSERT INTO audit VALUES (1, 'x')"),
        QStringLiteral("INSERT INTO invoices VALUES (100, 1, 50), (101, 1, 70), (102, 2, 90)"),
    };
    for (const QString& s : ddl)
        if (!q.exec(s))
            return s + QStringLiteral(": ") + q.lastError().text();
    return {};
}

void TestTraversal::engines()
{
    QFETCH(int, engine);
    const auto e = ConnectionParams::Engine(engine);
    QTemporaryDir dir;
    const test::EngineDatabase database(e, dir, QStringLiteral("teams.db"));
    QVERIFY2(database.ok(), qPrintable(database.error()));
    const ConnectionParams p = database.params();
    const QString created = createTeams(p);
    QVERIFY2(created.isEmpty(), qPrintable(created));
    const DataMapLoad load = DataMapLoader::parse(kMap, QStringLiteral("teams.yaml"), dir.path());
    QVERIFY2(load.ok(), load.issues.isEmpty() ? "" : qPrintable(load.issues.first().toString()));

    // Ann by email.
    Traversal::Options o;
    o.previewRows = 2;
    auto ann = Traversal::run(*load.map, {p}, {{IdentityKind::Email, QStringLiteral(" Ann@Example.COM")}}, o);
    QVERIFY2(ann.ok(), ann.ok() ? "" : qPrintable(ann.error().message));
    for (const DossierTable& t : ann->tables)
        QVERIFY2(t.error.isEmpty(), qPrintable(t.table + QStringLiteral(": ") + t.error));
    QCOMPARE(tableOf(*ann, "accounts")->count, 1);
    QCOMPARE(tableOf(*ann, "workspaces")->count, 1);       // her own, not Bob's
    QCOMPARE(tableOf(*ann, "memberships")->count, 1);      // composite key
    QCOMPARE(tableOf(*ann, "Lead Notes")->count, 3);       // two in her workspace, one as a lead at Bob's
    QCOMPARE(tableOf(*ann, "Lead Notes")->rows.size(), 2); // preview cap; the count stays true
    QCOMPARE(tableOf(*ann, "order")->count, 2);
    QVERIFY(tableOf(*ann, "audit")->unreachable.contains(QLatin1String("no field holds an identity")));
    QCOMPARE(tableOf(*ann, "audit")->count, 0);
    QCOMPARE(tableOf(*ann, "invoices")->count, 2); // through the foreign key
    QCOMPARE(tableOf(*ann, "invoices")->rows.first().via,
             QStringLiteral("accounts.id → invoices.account_id"));
    QCOMPARE(ann->totalRows(), 10);
    QCOMPARE(tableOf(*ann, "order")->rows.first().via, QStringLiteral("accounts.id → order.account_id"));
    QCOMPARE(tableOf(*ann, "accounts")->rows.first().via, QStringLiteral("email → accounts.email"));
    QCOMPARE(tableOf(*ann, "accounts")->categories[1], QStringList{QStringLiteral("user.contact.email")});

    // By phone: Ann and Carol share it; Carol owns nothing.
    auto phone =
        Traversal::run(*load.map, {p}, {{IdentityKind::Phone, QStringLiteral("+44 20 7946 0018")}}, o);
    QVERIFY(phone.ok());
    QCOMPARE(tableOf(*phone, "accounts")->count, 2);
    QCOMPARE(tableOf(*phone, "workspaces")->count, 1);
    QCOMPARE(tableOf(*phone, "Lead Notes")->count, 2);
    QCOMPARE(tableOf(*phone, "order")->count, 2);

    // Nobody: zero everywhere, no error.
    auto nobody =
        Traversal::run(*load.map, {p}, {{IdentityKind::Email, QStringLiteral("nobody@example.com")}}, o);
    QVERIFY(nobody.ok());
    QCOMPARE(nobody->totalRows(), 0);

    // Cancelled before it starts.
    std::stop_source stop;
    stop.request_stop();
    o.stop = stop.get_token();
    auto cancelled =
        Traversal::run(*load.map, {p}, {{IdentityKind::Email, QStringLiteral("ann@example.com")}}, o);
    QCOMPARE(cancelled.error().code, Error::Code::Cancelled);
}

// Phones stored as people wrote them (`normalized: false`), in the national form of their country with its
// own trunk prefix: each subject, typed nationally and read in the workspace's region, finds their row and
// none of the decoys (a digit away, the same national digits behind another trunk prefix or country code).
void TestTraversal::nationalPhoneForms()
{
    QFETCH(int, engine);
    const auto e = ConnectionParams::Engine(engine);
    QTemporaryDir dir;
    const test::EngineDatabase database(e, dir, QStringLiteral("phones.db"));
    QVERIFY2(database.ok(), qPrintable(database.error()));
    const ConnectionParams p = database.params();
    {
        SqlConnection c;
        QVERIFY(c.open(p).ok());
        QSqlQuery q(c.db());
        for (const QString& s :
             {QStringLiteral("CREATE TABLE contacts (id INTEGER PRIMARY KEY, phone VARCHAR(40))"),
              QStringLiteral("INSERT INTO contacts VALUES "
                             "(1, '8 (495) 123-45-67'), (2, '06 30 123 4567'), (3, '06 1234 5678'), "
                             "(4, '020 7946 0018'), (5, '(202) 555-0143'), "
                             // decoys
                             "(11, '0 495 123 45 67'), (12, '8 (495) 123-45-68'), (13, '030 123 4567'), "
                             "(14, '6 1234 5678'), (15, '+49 20 7946 0018'), (16, '020 7946 0019'), "
                             "(17, '0202 555 0143'), (18, '(202) 555-0134')")})
            QVERIFY2(q.exec(s), qPrintable(s + QStringLiteral(": ") + q.lastError().text()));
    }
    const QByteArray map =
        "lethe_datamap: 1\n"
        "system: {key: crm, name: CRM, art15: {purposes: [Test]}, identities: [phone]}\n"
        "sources:\n"
        "  - key: main\n"
        "    engine: sqlite\n"
        "    path: phones.db\n"
        "    tables:\n"
        "      - name: contacts\n"
        "        primary_key: id\n"
        "        fields:\n"
        "          - {name: id, categories: [system.operations]}\n"
        "          - {name: phone, categories: [user.contact.phone_number], identity: phone, "
        "normalized: false}\n";
    const DataMapLoad load = DataMapLoader::parse(map, QStringLiteral("crm.yaml"), dir.path());
    QVERIFY2(load.ok(), load.issues.isEmpty() ? "" : qPrintable(load.issues.first().toString()));
    const struct
    {
        const char* typed;
        const char* region;
        int id;
    } subjects[] = {{"8 (495) 123-45-67", "RU", 1},
                    {"06 30 123 4567", "HU", 2},
                    {"06 1234 5678", "IT", 3},
                    {"020 7946 0018", "GB", 4},
                    {"(202) 555-0143", "US", 5}};
    for (const auto& s : subjects) {
        auto id = Validation::normalizeIdentity({IdentityKind::Phone, QString::fromLatin1(s.typed)},
                                                QString::fromLatin1(s.region));
        QVERIFY2(id.ok(), s.typed);
        auto d = Traversal::run(*load.map, {p}, {*id}, {});
        QVERIFY2(d.ok(), d.ok() ? "" : qPrintable(d.error().message));
        const DossierTable* t = tableOf(*d, "contacts");
        QVERIFY2(t->error.isEmpty(), qPrintable(t->error));
        QList<int> found;
        for (const DossierRow& r : t->rows)
            found << r.values[0].toInt();
        QCOMPARE(found, QList<int>{s.id});
    }
    // A national form carries no country. Budapest's 06 1 234 5678 and Rome's 06 1234 5678 are both written
    // 0612345678, so the Budapest number finds the Rome row too (rows found by a phone alone wait for a
    // person's confirmation before erasure, docs/erasure.md); its neighbours stay unfound.
    auto budapest = Validation::normalizeIdentity({IdentityKind::Phone, QStringLiteral("06 1 234 5678")},
                                                  QStringLiteral("HU"));
    QVERIFY(budapest.ok());
    QCOMPARE(budapest->value, QStringLiteral("+3612345678"));
    auto d = Traversal::run(*load.map, {p}, {*budapest}, {});
    QVERIFY(d.ok());
    QCOMPARE(tableOf(*d, "contacts")->count, 1);
    QCOMPARE(tableOf(*d, "contacts")->rows.first().values[0].toInt(), 3);
}

void TestTraversal::twoSourcesSearchedConcurrently()
{
    QTemporaryDir dir;
    for (const char* name : {"app", "mail"}) {
        SqlConnection c;
        ConnectionParams p;
        p.path = dir.filePath(QLatin1String(name) + QStringLiteral(".db"));
        QVERIFY(c.open(p).ok());
        QSqlQuery q(c.db());
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE people (id INTEGER PRIMARY KEY, email TEXT)")));
        QVERIFY(
            q.exec(QStringLiteral("INSERT INTO people VALUES (1, 'ann@example.com'), (2, 'bob@example.com'), "
                                  "(3, 'ann@example.com')")));
    }
    const QByteArray map = "lethe_datamap: 1\n"
                           "system: {key: two, name: Two, art15: {purposes: [Test]}, identities: [email]}\n"
                           "sources:\n"
                           "  - key: app\n"
                           "    engine: sqlite\n"
                           "    path: app.db\n"
                           "    tables:\n"
                           "      - name: people\n"
                           "        primary_key: id\n"
                           "        fields:\n"
                           "          - {name: id, categories: [system.operations]}\n"
                           "          - {name: email, categories: [user.contact.email], identity: email}\n"
                           "  - key: mail\n"
                           "    engine: sqlite\n"
                           "    path: mail.db\n"
                           "    tables:\n"
                           "      - name: people\n"
                           "        primary_key: id\n"
                           "        fields:\n"
                           "          - {name: id, categories: [system.operations]}\n"
                           "          - {name: email, categories: [user.contact.email], identity: email}\n";
    const DataMapLoad load = DataMapLoader::parse(map, QStringLiteral("two.yaml"), dir.path());
    QVERIFY(load.ok());
    QList<ConnectionParams> connections;
    for (const DataSource& s : load.map->sources)
        connections << s.connection;
    auto d = Traversal::run(*load.map, connections,
                            {{IdentityKind::Email, QStringLiteral("ann@example.com")}}, {});
    QVERIFY(d.ok());
    QCOMPARE(d->tables.size(), 2);
    QCOMPARE(d->tables[0].source, QStringLiteral("app")); // the map's order, whichever thread finished first
    QCOMPARE(d->tables[1].source, QStringLiteral("mail"));
    QCOMPARE(d->tables[0].count, 2);
    QCOMPARE(d->tables[1].count, 2);
    // A source that cannot be opened fails alone; the other still answers.
    connections[1].path = dir.filePath(QStringLiteral("missing/none.db"));
    // Why it may fail comes first, e.g. a password the keychain would not give.
    Traversal::Options o;
    o.sourceProblems[QStringLiteral("mail")] = QStringLiteral("password not read from the keychain: locked");
    auto partial =
        Traversal::run(*load.map, connections, {{IdentityKind::Email, QStringLiteral("ann@example.com")}}, o);
    QVERIFY(partial.ok());
    QCOMPARE(partial->tables[0].count, 2);
    QVERIFY2(
        partial->tables[1].error.startsWith(QLatin1String("password not read from the keychain: locked; ")),
        qPrintable(partial->tables[1].error));
}

void TestTraversal::userIdLearnedInOneSourceLeadsIntoAnother()
{
    // An auth database knows the email; the application database knows only the user id.
    QTemporaryDir dir;
    {
        SqlConnection c;
        ConnectionParams p;
        p.path = dir.filePath(QStringLiteral("auth.db"));
        QVERIFY(c.open(p).ok());
        QSqlQuery q(c.db());
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE users (id TEXT PRIMARY KEY, email TEXT)")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO users VALUES ('u-1', 'ann@example.com'), ('u-2', "
                                      "'bob@example.com')")));
    }
    {
        SqlConnection c;
        ConnectionParams p;
        p.path = dir.filePath(QStringLiteral("app.db"));
        QVERIFY(c.open(p).ok());
        QSqlQuery q(c.db());
        QVERIFY(q.exec(
            QStringLiteral("CREATE TABLE profiles (id INTEGER PRIMARY KEY, user_id TEXT, name TEXT)")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO profiles VALUES (1, 'u-1', 'Ann'), (2, 'u-2', 'Bob')")));
        QVERIFY(q.exec(
            QStringLiteral("CREATE TABLE posts (id INTEGER PRIMARY KEY, profile_id INTEGER, body TEXT)")));
        QVERIFY(q.exec(QStringLiteral(
            "INSERT INTO posts VALUES (1, 1, 'hello'), (2, 1, 'again'), (3, 2, 'bob writes')")));
        // A lead Ann typed in, holding someone else's email: found by email, but it holds no user id of
        // Ann's.
        QVERIFY(
            q.exec(QStringLiteral("CREATE TABLE leads (id INTEGER PRIMARY KEY, owner TEXT, email TEXT)")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO leads VALUES (1, 'u-2', 'ann@example.com')")));
    }
    const QByteArray map =
        "lethe_datamap: 1\n"
        "system: {key: app, name: App, art15: {purposes: [Test]}, identities: [email, user-id]}\n"
        "sources:\n"
        "  - key: auth\n"
        "    engine: sqlite\n"
        "    path: auth.db\n"
        "    tables:\n"
        "      - name: users\n"
        "        primary_key: id\n"
        "        fields:\n"
        "          - {name: id, categories: [user.unique_id], identity: user-id}\n"
        "          - {name: email, categories: [user.contact.email], identity: email}\n"
        "  - key: app\n"
        "    engine: sqlite\n"
        "    path: app.db\n"
        "    tables:\n"
        "      - name: profiles\n"
        "        primary_key: id\n"
        "        fields:\n"
        "          - {name: id, categories: [system.operations]}\n"
        "          - {name: user_id, categories: [user.unique_id], identity: user-id}\n"
        "          - {name: name, categories: [user.name]}\n"
        "      - name: posts\n"
        "        primary_key: id\n"
        "        fields:\n"
        "          - {name: id, categories: [system.operations]}\n"
        "          - {name: profile_id, categories: [system.operations], references: profiles.id}\n"
        "          - {name: body, categories: [user.content.private]}\n"
        "      - name: leads\n"
        "        primary_key: id\n"
        "        fields:\n"
        "          - {name: id, categories: [system.operations]}\n"
        "          - {name: owner, categories: [system.operations]}\n"
        "          - {name: email, categories: [user.contact.email], identity: email}\n";
    const DataMapLoad load = DataMapLoader::parse(map, QStringLiteral("app.yaml"), dir.path());
    QVERIFY2(load.ok(), qPrintable(load.issues.isEmpty() ? QString() : load.issues.first().toString()));
    QList<ConnectionParams> connections;
    for (const DataSource& s : load.map->sources)
        connections << s.connection;
    auto d = Traversal::run(*load.map, connections,
                            {{IdentityKind::Email, QStringLiteral("ann@example.com")}}, {});
    QVERIFY(d.ok());
    QCOMPARE(d->tables.size(), 4);
    QCOMPARE(d->tables[0].count, 1); // auth.users
    QCOMPARE(d->tables[1].count, 1); // app.profiles: Ann's, through the user id learned in auth
    QCOMPARE(d->tables[1].rows.first().via,
             QStringLiteral("user-id found in auth.users.id → profiles.user_id"));
    QCOMPARE(d->tables[2].count, 2); // app.posts: Ann's two, not Bob's
    QCOMPARE(d->tables[3].count, 1); // app.leads: by email; its owner column does not lead to Bob
    QCOMPARE(d->learned, (QList<Identity>{{IdentityKind::UserId, QStringLiteral("u-1")}}));
    // Bob's id is never searched: only ids in rows the subject's own identity found are followed.
    for (const DossierTable& t : d->tables) {
        for (const DossierRow& r : t.rows)
            QVERIFY(!r.values.contains(QStringLiteral("bob writes")));
    }
    // The same subject by user id alone gives the application rows without the auth hop.
    auto byId = Traversal::run(*load.map, connections, {{IdentityKind::UserId, QStringLiteral("u-1")}}, {});
    QVERIFY(byId.ok());
    QCOMPARE(byId->tables[1].count, 1);
    QCOMPARE(byId->tables[2].count, 2);
    QVERIFY(byId->learned.isEmpty());
}

void TestTraversal::newerPreviewSupersedesTheRunningOne()
{
    QTemporaryDir dir;
    {
        SqlConnection c;
        ConnectionParams p;
        p.path = dir.filePath(QStringLiteral("app.db"));
        QVERIFY(c.open(p).ok());
        QSqlQuery q(c.db());
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE people (id INTEGER PRIMARY KEY, email TEXT)")));
        QVERIFY(
            q.exec(QStringLiteral("INSERT INTO people VALUES (1, 'ann@example.com'), (2, 'bob@example.com'), "
                                  "(3, 'bob@example.com')")));
    }
    const QByteArray map = "lethe_datamap: 1\n"
                           "system: {key: app, name: App, art15: {purposes: [Test]}, identities: [email]}\n"
                           "sources:\n"
                           "  - key: app\n"
                           "    engine: sqlite\n"
                           "    path: app.db\n"
                           "    tables:\n"
                           "      - name: people\n"
                           "        primary_key: id\n"
                           "        fields:\n"
                           "          - {name: id, categories: [system.operations]}\n"
                           "          - {name: email, categories: [user.contact.email], identity: email}\n";
    const DataMapLoad load = DataMapLoader::parse(map, QStringLiteral("app.yaml"), dir.path());
    QVERIFY(load.ok());
    FakeCredentialStore credentials;
    auto runner = std::make_unique<PreviewRunner>(&credentials);
    QSignalSpy finished(runner.get(), &PreviewRunner::finished);
    QSignalSpy systems(runner.get(), &PreviewRunner::systemDone);
    // Ten runs started back to back: each supersedes the last without waiting for it; only the last reports.
    for (int i = 0; i < 10; ++i)
        runner->start({*load.map, *load.map}, {{IdentityKind::Email, QStringLiteral("ann@example.com")}});
    runner->start({*load.map}, {{IdentityKind::Email, QStringLiteral("bob@example.com")}});
    QVERIFY(finished.wait(10000));
    // Every superseded run has returned and whatever it posted is handed out now: none of it may report.
    JobSlot::pool()->waitForDone();
    QCoreApplication::sendPostedEvents();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().toLongLong(), 2);
    QCOMPARE(systems.size(), 1);
    // Destroyed while a run is under way: it stops and is waited for, nothing reports afterwards.
    runner->start({*load.map, *load.map, *load.map},
                  {{IdentityKind::Email, QStringLiteral("ann@example.com")}});
    runner.reset();
}

QTEST_GUILESS_MAIN(TestTraversal)

// SQLite's rows after a result's first are read from the statement directly rather than through Qt's driver
// (Traversal.cpp, sqliteValue). Every kind of value a SQLite column can hold reaches onRow exactly as the
// driver and StoredValue::read give it: NULL, whole numbers small and large, reals, text plain, accented and
// of invalid UTF-8, empty text (not NULL), blobs and the empty blob, row after row.
void TestTraversal::sqliteRowsAsTheDriverReadsThem()
{
    QTemporaryDir dir;
    ConnectionParams p;
    p.path = dir.filePath(QStringLiteral("app.db"));
    const QStringList values{QStringLiteral("NULL"),
                             QStringLiteral("0"),
                             QStringLiteral("-9223372036854775807"),
                             QStringLiteral("9007199254740993"),
                             QStringLiteral("12.5"),
                             QStringLiteral("-0.0"),
                             QStringLiteral("1e300"),
                             QStringLiteral("'plain text, with a comma'"),
                             QStringLiteral("''"),
                             QStringLiteral("'Stanisław Wójcik 😀'"),
                             QStringLiteral("CAST(X'41FF42C3' AS TEXT)"),
                             QStringLiteral("CAST(X'00410042' AS TEXT)"),
                             QStringLiteral("X'00FF10'"),
                             QStringLiteral("X''")};
    {
        SqlConnection c;
        QVERIFY(c.open(p).ok());
        QSqlQuery q(c.db());
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT)")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO users VALUES (1, 'ann@example.com')")));
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, user_id INTEGER, a, b)")));
        int id = 0;
        for (const QString& a : values)
            for (const QString& b : {values.first(), values.last(), values[7]})
                QVERIFY2(
                    q.exec(QStringLiteral("INSERT INTO notes VALUES (%1, 1, %2, %3)").arg(++id).arg(a, b)),
                    qPrintable(q.lastError().text()));
    }
    const QByteArray map = "lethe_datamap: 1\n"
                           "system: {key: app, name: App, art15: {purposes: [Test]}, identities: [email]}\n"
                           "sources:\n"
                           "  - key: main\n"
                           "    engine: sqlite\n"
                           "    path: app.db\n"
                           "    tables:\n"
                           "      - name: users\n"
                           "        primary_key: id\n"
                           "        fields:\n"
                           "          - {name: id, categories: [user.unique_id]}\n"
                           "          - {name: email, categories: [user.contact.email], identity: email}\n"
                           "      - name: notes\n"
                           "        primary_key: id\n"
                           "        fields:\n"
                           "          - {name: id, categories: [system.operations]}\n"
                           "          - {name: user_id, categories: [user.unique_id], references: users.id}\n"
                           "          - {name: a, categories: [user.content.private]}\n"
                           "          - {name: b, categories: [user.content.private]}\n";
    const DataMapLoad load = DataMapLoader::parse(map, QStringLiteral("app.yaml"), dir.path());
    QVERIFY(load.ok());
    QHash<qint64, QVariantList> found;
    Traversal::Options o;
    o.previewRows = 0;
    o.related = false;
    o.onRow = [&](const QString&, int table, const QVariantList& row, bool, bool, bool) {
        if (table == 1)
            found.insert(row[0].toLongLong(), row);
    };
    auto d = Traversal::run(*load.map, {load.map->sources[0].connection},
                            {{IdentityKind::Email, QStringLiteral("ann@example.com")}}, o);
    QVERIFY(d.ok());
    QCOMPARE(found.size(), values.size() * 3);
    SqlConnection c;
    QVERIFY(c.open(p).ok());
    QSqlQuery q(c.db());
    q.setForwardOnly(true);
    StoredValue::prepare(q);
    QVERIFY(q.exec(QStringLiteral("SELECT id, user_id, a, b FROM notes")));
    int rows = 0;
    while (q.next()) {
        const QVariantList& got = found[q.value(0).toLongLong()];
        QCOMPARE(got.size(), 4);
        for (int i = 0; i < 4; ++i) {
            const QVariant want = StoredValue::read(q, i, StoredValue::Kind::AsRead);
            const QString where = QStringLiteral("row %1, column %2").arg(q.value(0).toLongLong()).arg(i);
            QVERIFY2(got[i].typeId() == want.typeId(), qPrintable(where));
            QVERIFY2(got[i].isNull() == want.isNull(), qPrintable(where));
            QVERIFY2(got[i] == want, qPrintable(where));
            if (want.typeId() == QMetaType::QString)
                QVERIFY2(got[i].toString().isNull() == want.toString().isNull(), qPrintable(where));
        }
        ++rows;
    }
    QCOMPARE(rows, values.size() * 3);
}

#include "tst_traversal.moc"

// A lookup's rows past Options::pipeAfter are handed to a second thread (a million events of one account):
// every row must be done exactly as on the reading thread, in the same order. The teams fixture with
// thousands of Ann's orders (Bob's between them), invoices and lead notes in her workspace (data about
// others), searched by email and by a shared phone with related rows, every row through the pipe, none, and
// the pipe starting part-way: the same calls to onRow and onRelated in the same order, the same counts and
// preview rows.
void TestTraversal::rowsHandedToASecondThreadAreDoneTheSame()
{
    QFETCH(int, engine);
    const auto e = ConnectionParams::Engine(engine);
    QTemporaryDir dir;
    const test::EngineDatabase database(e, dir, QStringLiteral("teams.db"));
    QVERIFY2(database.ok(), qPrintable(database.error()));
    const ConnectionParams p = database.params();
    const QString created = createTeams(p);
    QVERIFY2(created.isEmpty(), qPrintable(created));
    {
        SqlConnection c;
        QVERIFY(c.open(p).ok());
        QSqlQuery q(c.db());
        const QString order = SqlConnection::quoteIdentifier(e, QStringLiteral("order")).value();
        const QString notes = SqlConnection::quoteIdentifier(e, QStringLiteral("Lead Notes")).value();
        const QString email = SqlConnection::quoteIdentifier(e, QStringLiteral("Email")).value();
        for (int from = 0; from < 12000; from += 500) {
            QStringList orders, invoices, leads;
            for (int i = from; i < from + 500; ++i) {
                orders << QStringLiteral("(%1, %2, %3)").arg(1000 + i).arg(i % 2 ? 2 : 1).arg(i % 97);
                if (i < 9000)
                    invoices << QStringLiteral("(%1, %2, %3)").arg(1000 + i).arg(i % 3 ? 1 : 2).arg(i);
                if (i < 5000)
                    leads << QStringLiteral("(1, %1, 'lead%1@example.com', 'note')").arg(10 + i);
                else if (i < 11000) // Ann's address, and one MariaDB's collation matches but is not hers
                    leads << QStringLiteral("(1, %1, '%2', 'note')")
                                 .arg(10 + i)
                                 .arg(i % 2 ? QStringLiteral("ann@ex\u00e0mple.com")
                                            : QStringLiteral("Ann@Example.com"));
            }
            QVERIFY2(
                q.exec(QStringLiteral("INSERT INTO %1 VALUES %2").arg(order, orders.join(QLatin1Char(',')))),
                qPrintable(q.lastError().text()));
            if (!invoices.isEmpty())
                QVERIFY2(q.exec(QStringLiteral("INSERT INTO invoices VALUES %1")
                                    .arg(invoices.join(QLatin1Char(',')))),
                         qPrintable(q.lastError().text()));
            if (!leads.isEmpty())
                QVERIFY2(q.exec(QStringLiteral("INSERT INTO %1 (workspace_id, seq, %2, body) VALUES %3")
                                    .arg(notes, email, leads.join(QLatin1Char(',')))),
                         qPrintable(q.lastError().text()));
        }
    }
    const DataMapLoad load = DataMapLoader::parse(kMap, QStringLiteral("teams.yaml"), dir.path());
    QVERIFY2(load.ok(), load.issues.isEmpty() ? "" : qPrintable(load.issues.first().toString()));

    // Everything the search did, in order, as text.
    auto search = [&](const Identity& who, qsizetype pipeAfter) {
        QStringList calls;
        QMutex lock;
        auto text = [](const QVariantList& values) {
            QStringList parts;
            for (const QVariant& v : values)
                parts << (v.isNull()
                              ? QStringLiteral("NULL")
                              : QString::fromLatin1(v.metaType().name()) + QLatin1Char(':') + v.toString());
            return parts.join(QLatin1Char('|'));
        };
        Traversal::Options o;
        o.previewRows = 3;
        o.pipeAfter = pipeAfter;
        o.onRow = [&](const QString& source, int t, const QVariantList& values, bool phoneOnly, bool first,
                      bool others) {
            QMutexLocker l(&lock);
            calls << QStringLiteral("row %1 %2 %3 %4%5%6")
                         .arg(source)
                         .arg(t)
                         .arg(text(values))
                         .arg(int(phoneOnly))
                         .arg(int(first))
                         .arg(int(others));
        };
        o.onRelated = [&](const QString& source, int t, const QVariantList& values, bool someoneElses) {
            QMutexLocker l(&lock);
            calls << QStringLiteral("related %1 %2 %3 %4")
                         .arg(source)
                         .arg(t)
                         .arg(text(values))
                         .arg(int(someoneElses));
        };
        auto d = Traversal::run(*load.map, {p}, {who}, o);
        if (!d)
            return QStringList{d.error().message};
        for (const DossierTable& t : d->tables) {
            calls << QStringLiteral("table %1 %2 %3 %4 %5 %6 %7")
                         .arg(t.table, t.error)
                         .arg(t.count)
                         .arg(t.relatedCount)
                         .arg(t.sharedLeftOut)
                         .arg(t.othersCount)
                         .arg(t.unreachable);
            for (const DossierRow& r : t.rows)
                calls << QStringLiteral("preview %1 %2 %3 %4")
                             .arg(text(r.values), r.via)
                             .arg(r.sharedWith)
                             .arg(int(r.others));
            for (const DossierRow& r : t.related)
                calls << QStringLiteral("shown %1 %2 %3").arg(text(r.values), r.via).arg(r.sharedWith);
        }
        return calls;
    };
    for (const Identity& who : {Identity{IdentityKind::Email, QStringLiteral("ann@example.com")},
                                Identity{IdentityKind::Phone, QStringLiteral("+44 20 7946 0018")}}) {
        const QStringList inline_ = search(who, -1);
        QVERIFY2(inline_.size() > 17000, qPrintable(QString::number(inline_.size())));
        // One of Ann's orders among Bob's, as hers (from the phone alone when searched by phone).
        const QString flags =
            who.kind == IdentityKind::Phone ? QStringLiteral(" 110") : QStringLiteral(" 010");
        QCOMPARE(std::count_if(inline_.cbegin(), inline_.cend(),
                               [&](const QString& c) {
                                   return c.startsWith(QLatin1String("row main 4 ")) &&
                                          c.contains(QLatin1String(":1998|")) && c.endsWith(flags);
                               }),
                 1);
        for (qsizetype after : {qsizetype(0), qsizetype(1), qsizetype(777), qsizetype(4096)}) {
            const QStringList piped = search(who, after);
            QCOMPARE(piped.size(), inline_.size());
            for (qsizetype i = 0; i < piped.size(); ++i)
                QVERIFY2(piped[i] == inline_[i],
                         qPrintable(QStringLiteral("after %1, call %2: %3 instead of %4")
                                        .arg(after)
                                        .arg(i)
                                        .arg(piped[i], inline_[i])));
        }
    }
}
