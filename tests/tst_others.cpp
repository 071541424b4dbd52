// Data about other people held in the subject's account (GDPR Art. 15(4)), on SQLite, PostgreSQL and
// MariaDB: an account holder's leads and the emails sent to them are found (and stay the subject's to erase
// with the account), but the preview marks them and an access bundle leaves them out unless the officer
// includes them with a reason; a portability bundle holds them. The subject's own row in someone else's
// lead list (found by the subject's own email) is the subject's, not about others.
#include "BundleExporter.h"
#include "DataMapLoader.h"
#include "KeychainSecret.h"
#include "TestSupport.h"
#include "Traversal.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace lethe;

class TestOthers : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void previewMarksRowsAboutOthers_data() { engines(); }
    void previewMarksRowsAboutOthers();
    void accessBundleLeavesThemOut_data() { engines(); }
    void accessBundleLeavesThemOut();
    void mapSaysWhoseRowsATableHolds();

private:
    static void engines()
    {
        QTest::addColumn<int>("engine");
        QTest::newRow("sqlite") << int(ConnectionParams::Engine::Sqlite);
        QTest::newRow("postgres") << int(ConnectionParams::Engine::Postgres);
        QTest::newRow("mariadb") << int(ConnectionParams::Engine::MariaDb);
    }
    // Creates the schema and the map in `dir`; returns the map file, or an empty string (with QVERIFY
    // failed).
    QString setUp(ConnectionParams::Engine e, const ConnectionParams& p, const QTemporaryDir& dir,
                  const QString& extra = QStringLiteral("        about: others\n"));
    std::unique_ptr<test::KeychainSecret> m_secret;
};

void TestOthers::initTestCase()
{
    test::isolate();
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QFAIL("No D-Bus session: run through scripts/test, which starts one with an unlocked keyring.");
}

QString TestOthers::setUp(ConnectionParams::Engine e, const ConnectionParams& p, const QTemporaryDir& dir,
                          const QString& extra)
{
    SqlConnection c;
    if (!c.open(p).ok())
        return {};
    QSqlQuery q(c.db());
    // Alice (user 1) keeps two leads, Bob and Carol, and wrote to each; Dave (user 2) keeps Alice herself as
    // a lead and wrote to her.
    for (const char* sql :
         {"CREATE TABLE users (id INTEGER PRIMARY KEY, email VARCHAR(100) NOT NULL)",
          "CREATE TABLE leads (id INTEGER PRIMARY KEY, user_id INTEGER NOT NULL REFERENCES users(id), "
          "email VARCHAR(100), name VARCHAR(100))",
          "CREATE TABLE outreach (id INTEGER PRIMARY KEY, lead_id INTEGER NOT NULL REFERENCES leads(id), "
          "body VARCHAR(200))",
          "CREATE TABLE notes (id INTEGER PRIMARY KEY, user_id INTEGER NOT NULL REFERENCES users(id), "
          "body VARCHAR(200))",
          "INSERT INTO users VALUES (1, 'alice@example.com'), (2, 'dave@example.com')",
          "INSERT INTO leads VALUES (10, 1, 'bob@example.com', 'Bob'), (11, 1, 'carol@example.com', "
          "'Carol'), "
          "(12, 2, 'alice@example.com', 'Alice')",
          "INSERT INTO outreach VALUES (100, 10, 'Hi Bob'), (101, 11, 'Hi Carol'), (102, 12, 'Hi Alice')",
          "INSERT INTO notes VALUES (200, 1, 'my note')"}) {
        if (!q.exec(QString::fromLatin1(sql))) {
            qWarning() << q.lastError().text();
            return {};
        }
    }
    QString source;
    if (e == ConnectionParams::Engine::Sqlite) {
        source = QStringLiteral("    engine: sqlite\n    path: %1\n").arg(p.path);
    } else {
        source =
            QStringLiteral("    engine: %1\n    host: %2\n    port: %3\n    database: %4\n    user: %5\n")
                .arg(ConnectionParams::engineKey(e), p.host)
                .arg(p.port)
                .arg(p.database, p.user);
        if (!p.password.isEmpty()) {
            m_secret = std::make_unique<test::KeychainSecret>(p.password);
            source += QStringLiteral("    password_key: %1\n").arg(m_secret->key);
        }
    }
    const QString yaml =
        QStringLiteral("lethe_datamap: 1\n"
                       "system: {key: crm, name: CRM, art15: {purposes: [Tests]}, identities: [email]}\n"
                       "sources:\n"
                       "  - key: main\n") +
        source +
        QStringLiteral("    tables:\n"
                       "      - name: users\n"
                       "        primary_key: id\n"
                       "        erase: rows\n"
                       "        fields:\n"
                       "          - {name: id, categories: [user.unique_id]}\n"
                       "          - {name: email, categories: [user.contact.email], identity: email}\n"
                       "      - name: leads\n"
                       "        primary_key: id\n"
                       "        erase: rows\n%1"
                       "        fields:\n"
                       "          - {name: id, categories: [system.operations]}\n"
                       "          - {name: user_id, categories: [system.operations], references: users.id}\n"
                       "          - {name: email, categories: [user.contact.email], identity: email}\n"
                       "          - {name: name, categories: [user.name]}\n"
                       "      - name: outreach\n"
                       "        primary_key: id\n"
                       "        erase: rows\n"
                       "        fields:\n"
                       "          - {name: id, categories: [system.operations]}\n"
                       "          - {name: lead_id, categories: [system.operations], references: leads.id}\n"
                       "          - {name: body, categories: [user.content.private]}\n"
                       "      - name: notes\n"
                       "        primary_key: id\n"
                       "        erase: rows\n"
                       "        fields:\n"
                       "          - {name: id, categories: [system.operations]}\n"
                       "          - {name: user_id, categories: [system.operations], references: users.id}\n"
                       "          - {name: body, categories: [user.content.private]}\n")
            .arg(extra);
    const QString file = dir.filePath(QStringLiteral("crm.yaml"));
    QFile f(file);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(yaml.toUtf8());
    return file;
}

namespace {

int tableIndex(const Dossier& d, const QString& name)
{
    for (int i = 0; i < d.tables.size(); ++i)
        if (d.tables[i].table == name)
            return i;
    return -1;
}

QJsonObject manifestTable(const QJsonObject& manifest, const QString& name)
{
    for (const QJsonValue& t : manifest[QStringLiteral("tables")].toArray())
        if (t[QStringLiteral("table")].toString() == name)
            return t.toObject();
    return {};
}

} // namespace

void TestOthers::previewMarksRowsAboutOthers()
{
    QFETCH(int, engine);
    const auto e = ConnectionParams::Engine(engine);
    QTemporaryDir dir;
    const test::EngineDatabase database(e, dir, QStringLiteral("crm.db"));
    QVERIFY2(database.ok(), qPrintable(database.error()));
    const QString mapFile = setUp(e, database.params(), dir);
    QVERIFY(!mapFile.isEmpty());
    DataMapLoad load = DataMapLoader::load(mapFile);
    QVERIFY(load.ok());
    Traversal::Options o;
    o.previewRows = 50;
    auto d = Traversal::run(*load.map, {database.params()}, {{IdentityKind::Email, "alice@example.com"}}, o);
    QVERIFY2(d, d ? "" : qPrintable(d.error().message));
    const DossierTable& leads = d->tables[tableIndex(*d, QStringLiteral("leads"))];
    const DossierTable& outreach = d->tables[tableIndex(*d, QStringLiteral("outreach"))];
    const DossierTable& notes = d->tables[tableIndex(*d, QStringLiteral("notes"))];
    // Bob, Carol and Alice's own lead row at Dave's; Bob and Carol are about others.
    QCOMPARE(leads.count, 3);
    QCOMPARE(leads.othersCount, 2);
    QCOMPARE(outreach.count, 3);
    QCOMPARE(outreach.othersCount, 2);
    QCOMPARE(notes.count, 1);
    QCOMPARE(notes.othersCount, 0);
    for (const DossierRow& r : leads.rows) {
        const QString email = r.values[2].toString();
        QCOMPARE(r.others, email != QLatin1String("alice@example.com"));
    }
    for (const DossierRow& r : outreach.rows)
        QCOMPARE(r.others, r.values[0].toInt() != 102);
}

void TestOthers::accessBundleLeavesThemOut()
{
    QFETCH(int, engine);
    const auto e = ConnectionParams::Engine(engine);
    QTemporaryDir dir;
    const test::EngineDatabase database(e, dir, QStringLiteral("crm.db"));
    QVERIFY2(database.ok(), qPrintable(database.error()));
    const QString mapFile = setUp(e, database.params(), dir);
    QVERIFY(!mapFile.isEmpty());
    DataMapLoad load = DataMapLoader::load(mapFile);
    QVERIFY(load.ok());
    Request request;
    request.humanId = QStringLiteral("R-2026-0001");
    request.type = RequestType::Access;
    request.status = RequestStatus::InProgress;
    request.subjectName = QStringLiteral("Alice");
    request.identities = {{IdentityKind::Email, QStringLiteral("alice@example.com")}};
    const QList<BundleExporter::SystemInput> systems{{*load.map, mapFile, {database.params()}, {}}};
    BundleExporter::Options o;
    o.generated = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    o.contacts = {QStringLiteral("Example Ltd"),
                  QStringLiteral("privacy@example.com"),
                  {},
                  QStringLiteral("Data Protection Commission"),
                  QStringLiteral("https://www.dataprotection.ie")};

    // Access: Alice's own rows only.
    auto access = BundleExporter::write(request, systems, dir.filePath(QStringLiteral("a.zip")), o);
    QVERIFY2(access, access ? "" : qPrintable(access.error().message));
    QCOMPARE(access->rows, 4); // her user row, her lead row at Dave's and his email to her, her note
    QCOMPARE(manifestTable(access->manifest, QStringLiteral("leads"))[QStringLiteral("rows")].toInt(), 1);
    QCOMPARE(manifestTable(access->manifest, QStringLiteral("leads"))[QStringLiteral("about_others_left_out")]
                 .toInt(),
             2);
    const QJsonObject others = access->manifest[QStringLiteral("about_others")].toObject();
    QCOMPARE(others[QStringLiteral("included")].toBool(), false);
    QCOMPARE(others[QStringLiteral("left_out")].toInt(), 4);

    // Including them needs a reason.
    o.includeOthers = true;
    auto noReason = BundleExporter::write(request, systems, dir.filePath(QStringLiteral("b.zip")), o);
    QVERIFY(!noReason);
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("b.zip"))));
    o.othersReason = QStringLiteral("The subject asked for their whole account, contacts included.");
    auto all = BundleExporter::write(request, systems, dir.filePath(QStringLiteral("c.zip")), o);
    QVERIFY2(all, all ? "" : qPrintable(all.error().message));
    QCOMPARE(all->rows, 8);
    QCOMPARE(all->manifest[QStringLiteral("about_others")][QStringLiteral("reason")].toString(),
             o.othersReason);

    // Portability: what the subject provided goes with it.
    o.includeOthers = false;
    o.othersReason.clear();
    request.type = RequestType::Portability;
    auto portable = BundleExporter::write(request, systems, dir.filePath(QStringLiteral("d.zip")), o);
    QVERIFY2(portable, portable ? "" : qPrintable(portable.error().message));
    QCOMPARE(portable->rows, 8);
}

void TestOthers::mapSaysWhoseRowsATableHolds()
{
    // `about: subject` on leads: the map says the account's leads are the holder's own business records; and
    // without `about`, the same: a table is about others only where the map says so.
    QTemporaryDir dir;
    const test::EngineDatabase database(ConnectionParams::Engine::Sqlite, dir, QStringLiteral("crm.db"));
    QVERIFY2(database.ok(), qPrintable(database.error()));
    const QString mapFile = setUp(ConnectionParams::Engine::Sqlite, database.params(), dir,
                                  QStringLiteral("        about: subject\n"));
    QVERIFY(!mapFile.isEmpty());
    DataMapLoad load = DataMapLoader::load(mapFile);
    QVERIFY2(load.ok(), load.issues.isEmpty() ? "" : qPrintable(load.issues.first().toString()));
    QCOMPARE(load.map->sources[0].tables[1].about, Table::About::Subject);
    auto d = Traversal::run(*load.map, {database.params()}, {{IdentityKind::Email, "alice@example.com"}}, {});
    QVERIFY(d);
    QCOMPARE(d->tables[tableIndex(*d, QStringLiteral("leads"))].othersCount, 0);
    // The emails to those leads hang off rows that are now the subject's: the subject's too.
    QCOMPARE(d->tables[tableIndex(*d, QStringLiteral("outreach"))].othersCount, 0);

    {
        QTemporaryDir autoDir;
        const test::EngineDatabase autoDb(ConnectionParams::Engine::Sqlite, autoDir,
                                          QStringLiteral("crm.db"));
        QVERIFY2(autoDb.ok(), qPrintable(autoDb.error()));
        const QString autoMap = setUp(ConnectionParams::Engine::Sqlite, autoDb.params(), autoDir, QString());
        DataMapLoad autoLoad = DataMapLoader::load(autoMap);
        QVERIFY(autoLoad.ok());
        auto a = Traversal::run(*autoLoad.map, {autoDb.params()},
                                {{IdentityKind::Email, "alice@example.com"}}, {});
        QVERIFY(a);
        QCOMPARE(a->tables[tableIndex(*a, QStringLiteral("leads"))].count, 3);
        QCOMPARE(a->tables[tableIndex(*a, QStringLiteral("leads"))].othersCount, 0);
    }

    // A value the loader does not know is refused, naming it.
    QFile f(mapFile);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QString yaml = QString::fromUtf8(f.readAll());
    f.close();
    yaml.replace(QStringLiteral("about: subject"), QStringLiteral("about: everyone"));
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(yaml.toUtf8());
    f.close();
    DataMapLoad bad = DataMapLoader::load(mapFile);
    QVERIFY(!bad.ok());
    QVERIFY(bad.issues.first().toString().contains(QStringLiteral("everyone")));
}

QTEST_GUILESS_MAIN(TestOthers)
#include "tst_others.moc"
