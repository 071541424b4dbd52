#include "DataMapLoader.h"
#include "DemoData.h"
#include "DemoProducts.h"
#include "TestSupport.h"
#include "Traversal.h"
#include "Validation.h"

#include <QCryptographicHash>
#include <QDir>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace lethe;

// The five shipped demo products: their specs and maps load, generation is deterministic, the population
// overlaps as the demo needs, and the traversal finds exactly the same rows for known subjects on SQLite,
// PostgreSQL and MariaDB, agreeing with hand-written queries.
class TestDemoProducts : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { test::isolate(); }
    void shippedProductsLoad();
    void specProblemsNameTheLine_data();
    void specProblemsNameTheLine();
    void populationOverlaps();
    void generationIsDeterministic();
    void knownSubjects_data();
    void knownSubjects();
};

static const QDate kToday(2026, 11, 22);

void TestDemoProducts::shippedProductsLoad()
{
    auto specs = DemoProducts::load(QStringLiteral(LETHE_DEMO_DIR));
    QVERIFY2(specs, specs ? "" : qPrintable(specs.error().message));
    QCOMPARE(specs->size(), 5);
    QStringList names;
    for (const DemoSpec& s : std::as_const(*specs)) {
        names << s.name;
        const DataMapLoad map =
            DataMapLoader::load(QFileInfo(s.file).dir().filePath(QStringLiteral("datamap.yaml")));
        QVERIFY2(map.ok(), qPrintable(map.issues.isEmpty() ? QString() : map.issues.first().toString()));
        QCOMPARE(map.map->key, s.system);
        // Every table the spec generates is described by the map, column for column.
        QCOMPARE(map.map->sources.size(), 1);
        const DataSource& source = map.map->sources.first();
        QCOMPARE(source.tables.size(), s.tables.size());
        for (const DemoTable& t : s.tables) {
            const Table* described = source.table(t.name);
            QVERIFY2(described, qPrintable(t.name));
            QCOMPARE(described->fields.size(), t.columns.size());
            for (const DemoColumn& c : t.columns)
                QVERIFY2(described->field(c.name), qPrintable(t.name + QLatin1Char('.') + c.name));
            QCOMPARE(described->primaryKey, t.primaryKey);
        }
    }
    QCOMPARE(names, (QStringList{QStringLiteral("AlwaysLeads"), QStringLiteral("Lead Machine"),
                                 QStringLiteral("LeadNest AI"), QStringLiteral("LeadsGen"),
                                 QStringLiteral("LeadTrackEngine")}));
}

void TestDemoProducts::specProblemsNameTheLine_data()
{
    QTest::addColumn<QString>("tail");
    QTest::addColumn<QString>("expected");
    QTest::newRow("unknown key") << QStringLiteral(
                                        "      - {name: id, type: id, value: \"{row}\", colour: red}\n")
                                 << QStringLiteral(":10:46: unknown key \"colour\"");
    QTest::newRow("unknown placeholder")
        << QStringLiteral("      - {name: id, type: id, value: \"{shoe_size}\"}\n")
        << QStringLiteral(":10:37: column \"id\": unknown placeholder {shoe_size}");
    QTest::newRow("bad type") << QStringLiteral("      - {name: id, type: blob, value: \"{row}\"}\n")
                              << QStringLiteral(":10:9: column \"id\": type \"blob\" is not one of");
    QTest::newRow("bad range") << QStringLiteral("      - {name: id, type: int, value: \"{int:9:1}\"}\n")
                               << QStringLiteral(":10:38: column \"id\": {int:9:1} needs two whole numbers");
}

void TestDemoProducts::specProblemsNameTheLine()
{
    QFETCH(QString, tail);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("generate.yaml"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("lethe_demo: 1\nsystem: shop\nname: Shop\ndatabase: shop\ntables:\n  - name: users\n"
            "    rows: accounts\n    primary_key: id\n    columns:\n");
    f.write(tail.toUtf8());
    f.close();
    auto spec = DemoGenerator::loadSpec(file);
    QVERIFY(!spec);
    QVERIFY2(spec.error().message.startsWith(file + expected), qPrintable(spec.error().message));
}

void TestDemoProducts::populationOverlaps()
{
    const DemoPopulation people(1);
    QCOMPARE(DemoPopulation::knownCount(), 40);
    QCOMPARE(people.size(), 440);
    // One office line for two people; two colleagues at one company.
    QCOMPARE(people.at(6).name, QStringLiteral("Hannah Becker"));
    QCOMPARE(people.at(33).name, QStringLiteral("Max Müller"));
    QCOMPARE(people.at(6).phone, people.at(33).phone);
    QCOMPARE(people.at(2).company, people.at(10).company);
    // Emails are unique, and every phone is valid E.164.
    QSet<QString> emails;
    int shared = 0;
    QHash<QString, int> phones;
    for (int i = 0; i < people.size(); ++i) {
        QVERIFY2(!emails.contains(people.at(i).email), qPrintable(people.at(i).email));
        emails.insert(people.at(i).email);
        if (people.at(i).phone.isEmpty())
            continue;
        QVERIFY2(Validation::normalizeIdentity({IdentityKind::Phone, people.at(i).phone}),
                 qPrintable(people.at(i).phone));
        if (++phones[people.at(i).phone] == 2)
            ++shared;
    }
    QVERIFY2(shared >= 20, qPrintable(QString::number(shared)));
    // Account holders as the demo requests say: known person i in product i mod 5, and multiples of 3 also
    // in product i + 2.
    QVERIFY(DemoPopulation::holdsAccount(0, 5, 0, 0.2));
    QVERIFY(DemoPopulation::holdsAccount(2, 5, 0, 0.2));
    QVERIFY(!DemoPopulation::holdsAccount(1, 5, 0, 0.2));
    QVERIFY(DemoPopulation::holdsAccount(1, 5, 1, 0.2));
    QVERIFY(!DemoPopulation::holdsAccount(3, 5, 1, 0.2));
    int generatedAccounts = 0;
    for (int i = 40; i < people.size(); ++i)
        generatedAccounts += DemoPopulation::holdsAccount(0, 5, i, 0.2) ? 1 : 0;
    QVERIFY2(generatedAccounts > 50 && generatedAccounts < 110,
             qPrintable(QString::number(generatedAccounts)));
    // National formats as people write them.
    QCOMPARE(DemoPopulation::nationalFormat(QStringLiteral("+442079460101"), QStringLiteral("GB")),
             QStringLiteral("020 7946 0101"));
    QCOMPARE(DemoPopulation::nationalFormat(QStringLiteral("+12025550143"), QStringLiteral("US")),
             QStringLiteral("(202) 555-0143"));
    QCOMPARE(DemoPopulation::nationalFormat(QStringLiteral("+493012345678"), QStringLiteral("DE")),
             QStringLiteral("03012345678"));
    QCOMPARE(DemoPopulation::nationalFormat(QStringLiteral("+390655501234"), QStringLiteral("IT")),
             QStringLiteral("0655501234"));
}

static QByteArray digest(const ConnectionParams& db, const QStringList& tables)
{
    SqlConnection c;
    if (!c.open(db))
        return {};
    QCryptographicHash h(QCryptographicHash::Sha256);
    for (const QString& t : tables) {
        QSqlQuery q(c.db());
        q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2").arg(t));
        while (q.next()) {
            for (int i = 0; i < q.record().count(); ++i)
                h.addData(q.value(i).toString().toUtf8() + '\x1f');
        }
    }
    return h.result().toHex();
}

void TestDemoProducts::generationIsDeterministic()
{
    auto specs = DemoProducts::load(QStringLiteral(LETHE_DEMO_DIR));
    QVERIFY(specs);
    QTemporaryDir a, b;
    DemoProducts::Target target;
    target.today = kToday;
    auto one = DemoProducts::install(*specs, a.path(), target);
    auto two = DemoProducts::install(*specs, b.path(), target);
    QVERIFY2(one && two, qPrintable(one ? (two ? QString() : two.error().message) : one.error().message));
    for (int i = 0; i < one->size(); ++i) {
        QStringList tables;
        for (const DemoTable& t : (*one)[i].spec.tables)
            tables << t.name;
        QCOMPARE((*one)[i].rows, (*two)[i].rows);
        const QByteArray da = digest((*one)[i].db, tables);
        QVERIFY(!da.isEmpty());
        QCOMPARE(da, digest((*two)[i].db, tables));
    }
    // A larger scale gives proportionally more rows.
    QTemporaryDir c;
    target.scale = 2;
    auto big = DemoProducts::install(*specs, c.path(), target);
    QVERIFY(big);
    qint64 rows1 = 0, rows2 = 0;
    for (int i = 0; i < one->size(); ++i) {
        rows1 += (*one)[i].rows;
        rows2 += (*big)[i].rows;
    }
    QVERIFY2(rows1 > 100000 && rows2 > rows1 * 17 / 10,
             qPrintable(QStringLiteral("%1 %2").arg(rows1).arg(rows2)));
}

void TestDemoProducts::knownSubjects_data()
{
    QTest::addColumn<int>("engine");
    QTest::newRow("sqlite") << int(ConnectionParams::Engine::Sqlite);
    QTest::newRow("postgres") << int(ConnectionParams::Engine::Postgres);
    QTest::newRow("mariadb") << int(ConnectionParams::Engine::MariaDb);
}

namespace {

struct Subject
{
    const char* label;
    QList<Identity> identities;
    QList<qint64> perSystem; // alwaysleads, leadmachine, leadnest, leadsgen, leadtrackengine
};

} // namespace

void TestDemoProducts::knownSubjects()
{
    QFETCH(int, engine);
    const auto e = ConnectionParams::Engine(engine);
    auto specs = DemoProducts::load(QStringLiteral(LETHE_DEMO_DIR));
    QVERIFY(specs);
    QTemporaryDir dir;
    DemoProducts::Target target;
    target.today = kToday;
    test::DropDatabases drop;
    QStringList databases;
    for (const DemoSpec& sp : std::as_const(*specs))
        databases << sp.database;
    const QString missing = test::demoServerTarget(e, databases, &target.server, &drop);
    QVERIFY2(missing.isEmpty(), qPrintable(missing));
    auto installed = DemoProducts::install(*specs, dir.filePath(QStringLiteral("datamaps")), target);
    QVERIFY2(installed, installed ? "" : qPrintable(installed.error().message));

    QList<DataMap> maps;
    QList<ConnectionParams> connections;
    for (const DemoProduct& p : std::as_const(*installed)) {
        const DataMapLoad load = DataMapLoader::load(p.mapFile);
        QVERIFY2(load.ok(), qPrintable(load.issues.isEmpty() ? QString() : load.issues.first().toString()));
        QCOMPARE(load.map->sources.first().connection.engine, e);
        maps << *load.map;
        ConnectionParams c = load.map->sources.first().connection;
        c.password = target.server.password;
        connections << c;
    }

    const QList<Subject> subjects = {
        {"Amelia: account holder in two products, a lead in the others",
         {{IdentityKind::Email, QStringLiteral("amelia.hart@example.com")},
          {IdentityKind::Phone, QStringLiteral("+44 20 7946 0101")}},
         {189, 75, 329, 15, 26}},
        {"Amelia by phone alone: national formats in lead tables",
         {{IdentityKind::Phone, QStringLiteral("0044 20 7946 0101")}},
         {0, 75, 329, 15, 26}},
        {"Max Mueller by phone: the office line he shares with Hannah Becker",
         {{IdentityKind::Phone, QStringLiteral("+49 30 12345678")}},
         {0, 314, 55, 34, 93}},
        {"Jonas Weber by email",
         {{IdentityKind::Email, QStringLiteral("JONAS.WEBER@example.de ")}},
         {89, 503, 17, 12, 8}},
    };
    QStringList mismatches;
    for (const Subject& s : subjects) {
        QList<qint64> got;
        for (int m = 0; m < maps.size(); ++m) {
            auto d = Traversal::run(maps[m], {connections[m]}, s.identities, Traversal::Options{});
            QVERIFY2(d, d ? "" : qPrintable(d.error().message));
            for (const DossierTable& t : d->tables)
                QVERIFY2(t.error.isEmpty() && t.unreachable.isEmpty(),
                         qPrintable(t.table + t.error + t.unreachable));
            got << d->totalRows();
        }
        if (got != s.perSystem) {
            QStringList l;
            for (qint64 n : got)
                l << QString::number(n);
            mismatches
                << QStringLiteral("%1: got {%2}").arg(QLatin1String(s.label), l.join(QStringLiteral(", ")));
        }
    }
    QVERIFY2(mismatches.isEmpty(), qPrintable(mismatches.join(QLatin1Char('\n'))));

    // The same counts by hand-written queries: leads stored as typed, matched by email and by phone.
    auto handCount = [&](int system, const QString& sql, const QVariant& value) -> qint64 {
        SqlConnection c;
        if (!c.open(connections[system]))
            return -1;
        QSqlQuery q(c.db());
        q.prepare(sql);
        q.addBindValue(value);
        if (!q.exec() || !q.next())
            return -2;
        return q.value(0).toLongLong();
    };
    auto traversed = [&](int system, const QList<Identity>& ids, const QString& table) -> qint64 {
        auto d = Traversal::run(maps[system], {connections[system]}, ids, Traversal::Options{});
        for (const DossierTable& t : d->tables) {
            if (t.table == table)
                return t.count;
        }
        return -1;
    };
    const int leadsgen = 3, leadtrack = 4;
    const qint64 jonasLeads =
        handCount(leadsgen, QStringLiteral("SELECT COUNT(*) FROM leads WHERE LOWER(TRIM(email)) = ?"),
                  QStringLiteral("jonas.weber@example.de"));
    QVERIFY(jonasLeads > 0);
    QCOMPARE(traversed(leadsgen, {{IdentityKind::Email, QStringLiteral("jonas.weber@example.de")}},
                       QStringLiteral("leads")),
             jonasLeads);
    const QString digits =
        QStringLiteral("REPLACE(REPLACE(REPLACE(REPLACE(phone, ' ', ''), '(', ''), ')', ''), "
                       "'-', '')");
    const qint64 ameliaContacts =
        handCount(leadtrack, QStringLiteral("SELECT COUNT(*) FROM contacts WHERE %1 = ?").arg(digits),
                  QStringLiteral("02079460101"));
    QVERIFY(ameliaContacts > 0);
    QCOMPARE(traversed(leadtrack, {{IdentityKind::Phone, QStringLiteral("+442079460101")}},
                       QStringLiteral("contacts")),
             ameliaContacts);
}

QTEST_GUILESS_MAIN(TestDemoProducts)
#include "tst_demoproducts.moc"
