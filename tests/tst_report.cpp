#include "BundleExporter.h"
#include "BundleReader.h"
#include "DataMapLoader.h"
#include "ReportText.h"
#include "SqlConnection.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QVariantList>

using namespace lethe;

namespace {

// The German strings of this branch may still wait in translations/pending/<branch>.json until they are
// merged into lethe_de.ts; this translator answers from that file, and the compiled German catalogue
// (installed before it) answers the rest, so the test reads the German the program will have either way.
class PendingTranslator : public QTranslator
{
public:
    bool loadPending()
    {
        QDir dir(QStringLiteral(LETHE_SOURCE_DIR "/translations/pending"));
        for (const QString& f : dir.entryList({QStringLiteral("*.json")}, QDir::Files)) {
            QFile file(dir.filePath(f));
            if (!file.open(QIODevice::ReadOnly))
                return false;
            const QJsonObject de =
                QJsonDocument::fromJson(file.readAll()).object()[QStringLiteral("de")].toObject();
            for (auto it = de.constBegin(); it != de.constEnd(); ++it)
                m_de.insert(it.key(), it.value().isArray() ? it.value().toArray().toVariantList()
                                                           : QVariantList{it.value().toString()});
        }
        return true;
    }
    bool isEmpty() const override { return m_de.isEmpty(); }
    QString translate(const char*, const char* source, const char*, int n) const override
    {
        // Plural forms as [one, many]; Qt puts the number in for %n afterwards.
        const QVariantList forms = m_de.value(QString::fromUtf8(source));
        return forms.isEmpty() ? QString() : forms.value(n == 1 || forms.size() == 1 ? 0 : 1).toString();
    }

private:
    QHash<QString, QVariantList> m_de;
};

const char* kMap = R"(lethe_datamap: 1
system:
  key: shop
  name: Shop
  art15:
    purposes: [Run the online shop]
    legal_bases: [Contract]
    recipients:
      - {name: Stripe, role: processor, purpose: Payments}
    retention: [Orders for 7 years]
    sources: [Partner referrals]
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
          - {name: email, categories: [user.contact.email], identity: email}
          - {name: phone, categories: [user.contact.phone_number]}
          - {name: name, categories: [user.name]}
          - {name: password_hash, categories: [user.authorization.credentials]}
          - {name: created_at, categories: [system.operations]}
          - {name: lead_score, categories: [custom.crm.lead_score]}
      - name: visits
        primary_key: id
        fields:
          - {name: id, categories: [system.operations]}
          - {name: user_id, categories: [user.unique_id], references: users.id}
          - {name: ip, categories: [user.device.ip_address]}
          - {name: timestamp, categories: [user.behavior.browsing_history]}
          - {name: api_token, categories: [system.authentication]}
)";

const char* kHash = "8f14e45fceea167a5a36dedd4bea2543";
const char* kToken = "tok_live_51HbQeZK";

} // namespace

// The subject's report (index.html, issue 15 items 13-16): the categories of personal data in words (English
// and German), the controller, the DPO and the supervisory authority of the regulation (the ICO for the UK
// GDPR, the workspace's authority for the GDPR), the summary and contents before the first table, epoch
// timestamps as dates, secrets withheld in the report and the data files, and a CCPA request answered in the
// statute's terms without the GDPR's. On SQLite, PostgreSQL and MariaDB.
class TestReport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { test::isolate(); }
    void categoriesInWords();
    void secretsAndTimestamps();
    void contactsRequired();
    void reports_data();
    void reports();
    void german();

private:
    struct Bundle
    {
        QString html;
        QByteArray usersJson;
        QByteArray usersCsv;
        QByteArray visitsJson;
        QString error;
    };
    Bundle exportOne(const ConnectionParams& p, const QTemporaryDir& dir, Regulation regulation,
                     const QString& name, const QByteArray& map = kMap);
    static ReportContacts contacts()
    {
        return {QStringLiteral("Shop Ltd"), QStringLiteral("privacy@shop.example, 1 High Street, Leeds"),
                QStringLiteral("dpo@shop.example"), QStringLiteral("Autoriteit Persoonsgegevens"),
                QStringLiteral("https://autoriteitpersoonsgegevens.nl/en/contact")};
    }
    static bool fill(const ConnectionParams& p);
};

void TestReport::categoriesInWords()
{
    QCOMPARE(ReportText::words(QStringLiteral("user.contact.email")), QStringLiteral("email address"));
    QCOMPARE(ReportText::group(QStringLiteral("user.contact.email")), QStringLiteral("Contact details"));
    QCOMPARE(ReportText::words(QStringLiteral("custom.crm.lead_score")), QStringLiteral("lead score"));
    // A child Lethe does not list falls back to its parent.
    QCOMPARE(ReportText::words(QStringLiteral("user.contact.email.work")), QStringLiteral("email address"));
    QCOMPARE(ReportText::describe(
                 {{QStringLiteral("user.contact.email")},
                  {QStringLiteral("user.name")},
                  {QStringLiteral("user.contact.phone_number"), QStringLiteral("user.contact.email")},
                  {QStringLiteral("custom.crm.lead_score")}}),
             QStringList({QStringLiteral("Identity: name"),
                          QStringLiteral("Contact details: email address, phone number"),
                          QStringLiteral("Other personal data: lead score")}));
    // The CCPA's terms.
    QCOMPARE(ReportText::ccpaCategories(QStringLiteral("user.contact.email")),
             QStringList{QStringLiteral("Identifiers")});
    QCOMPARE(ReportText::ccpaCategories(QStringLiteral("user.behavior.browsing_history")),
             QStringList{QStringLiteral("Internet or other electronic network activity information")});
    QCOMPARE(ReportText::ccpaCategories(QStringLiteral("user.behavior.purchase_history")),
             QStringList{QStringLiteral("Commercial information")});
    QCOMPARE(
        ReportText::ccpaCategories(QStringLiteral("user.location.precise")),
        QStringList({QStringLiteral("Geolocation data"), QStringLiteral("Sensitive personal information")}));
    QCOMPARE(ReportText::ccpaCategories(QStringLiteral("custom.crm.lead_score")),
             QStringList{QStringLiteral("Inferences drawn to create a profile")});
    QCOMPARE(ReportText::ccpaCategories(QStringLiteral("user.authorization.credentials")),
             QStringList{QStringLiteral("Sensitive personal information")});
}

void TestReport::secretsAndTimestamps()
{
    const QString hash = QStringLiteral("withheld: a password hash is a secret, not information about you");
    QCOMPARE(ReportText::withheldReason(QStringLiteral("password_hash"), {}), hash);
    QCOMPARE(ReportText::withheldReason(QStringLiteral("encryptedPassword"), {}),
             QStringLiteral("withheld: an encrypted password is a secret, not information about you"));
    QCOMPARE(ReportText::withheldReason(QStringLiteral("oauth_token_encrypted"), {}),
             QStringLiteral("withheld: an encrypted access token is a secret, not information about you"));
    QCOMPARE(
        ReportText::withheldReason(QStringLiteral("pin"), {QStringLiteral("user.authorization.credentials")}),
        QStringLiteral("withheld: a login credential is a secret, not information about you"));
    QVERIFY(ReportText::withheldReason(QStringLiteral("email"), {QStringLiteral("user.contact.email")})
                .isEmpty());
    QVERIFY(ReportText::withheldReason(QStringLiteral("tokens_used"), {}).isEmpty());

    QCOMPARE(ReportText::epochAsDate(QStringLiteral("created"), 1709285400),
             QStringLiteral("2024-03-01 09:30:00 UTC"));
    QCOMPARE(ReportText::epochAsDate(QStringLiteral("updated_at"), QStringLiteral("1709285400123")),
             QStringLiteral("2024-03-01 09:30:00.123 UTC"));
    QCOMPARE(ReportText::epochAsDate(QStringLiteral("lastLoginAt"), 1709285400.0),
             QStringLiteral("2024-03-01 09:30:00 UTC"));
    // Not a timestamp's name, not 10 or 13 digits, or not a whole number: as stored.
    QVERIFY(ReportText::epochAsDate(QStringLiteral("amount"), 1709285400).isNull());
    QVERIFY(ReportText::epochAsDate(QStringLiteral("created"), 170928540).isNull());
    QVERIFY(ReportText::epochAsDate(QStringLiteral("created"), 1709285400.5).isNull());
    QVERIFY(ReportText::epochAsDate(QStringLiteral("created"), QStringLiteral("2024-03-01")).isNull());
    QCOMPARE(BundleExporter::reportCellText(QStringLiteral("created"), 1709285400),
             QStringLiteral("2024-03-01 09:30:00 UTC"));
    QCOMPARE(BundleExporter::reportCellText(QStringLiteral("count"), 1709285400),
             QStringLiteral("1709285400"));
}

void TestReport::contactsRequired()
{
    ReportContacts c;
    Status s = c.check(Regulation::Gdpr);
    QVERIFY(!s);
    QVERIFY2(s.error().message.contains(QLatin1String("--controller-name")) &&
                 s.error().message.contains(QLatin1String("--controller-contact")) &&
                 s.error().message.contains(QLatin1String("--authority-name")) &&
                 s.error().message.contains(QLatin1String("controller.name")),
             qPrintable(s.error().message));
    c.controllerName = QStringLiteral("Shop Ltd");
    c.controllerContact = QStringLiteral("privacy@shop.example");
    QVERIFY(!c.check(Regulation::Gdpr));
    // The ICO is fixed for the UK GDPR, and the CCPA names no authority.
    QVERIFY(c.check(Regulation::UkGdpr));
    QVERIFY(c.check(Regulation::Ccpa));
    c.authorityName = QStringLiteral("Autoriteit Persoonsgegevens");
    QVERIFY(c.check(Regulation::Gdpr));

    // The exporter refuses before it writes anything, naming the setting.
    QTemporaryDir dir;
    Request r;
    r.humanId = QStringLiteral("R-2026-0001");
    r.status = RequestStatus::InProgress;
    r.identities = {{IdentityKind::Email, QStringLiteral("ann@example.com")}};
    const QString out = dir.filePath(QStringLiteral("b.zip"));
    auto written = BundleExporter::write(r, {}, out, {});
    QVERIFY(!written);
    QVERIFY2(written.error().message.contains(QLatin1String("--controller-name")),
             qPrintable(written.error().message));
    QVERIFY(!QFile::exists(out) && !QFile::exists(out + QStringLiteral(".part")));
}

bool TestReport::fill(const ConnectionParams& p)
{
    SqlConnection c;
    if (!c.open(p))
        return false;
    QSqlQuery q(c.db());
    const QStringList sql = {
        QStringLiteral(
            "CREATE TABLE users (id INTEGER PRIMARY KEY, email VARCHAR(100), phone VARCHAR(30), "
            "name VARCHAR(100), password_hash VARCHAR(100), created_at BIGINT, lead_score INTEGER)"),
        QStringLiteral("CREATE TABLE visits (id INTEGER PRIMARY KEY, user_id INTEGER, ip VARCHAR(50), "
                       "%1 BIGINT, api_token VARCHAR(100))")
            .arg(SqlConnection::quoteIdentifier(p.engine, QStringLiteral("timestamp")).value()),
        QStringLiteral("INSERT INTO users VALUES (1, 'ann@example.com', '+44 20 7946 0018', 'Ann', '%1', "
                       "1709285400, 87)")
            .arg(QLatin1String(kHash)),
        QStringLiteral(
            "INSERT INTO users VALUES (2, 'bob@example.com', NULL, 'Bob', 'other', 1709285401, 3)"),
        QStringLiteral("INSERT INTO visits VALUES (10, 1, '192.0.2.1', 1709285400123, '%1')")
            .arg(QLatin1String(kToken)),
        QStringLiteral("INSERT INTO visits VALUES (11, 1, '192.0.2.2', 1709285500123, NULL)"),
    };
    for (const QString& s : sql)
        if (!q.exec(s)) {
            qWarning("%s: %s", qPrintable(s), qPrintable(q.lastError().text()));
            return false;
        }
    return true;
}

TestReport::Bundle TestReport::exportOne(const ConnectionParams& p, const QTemporaryDir& dir,
                                         Regulation regulation, const QString& name, const QByteArray& map)
{
    Bundle b;
    const DataMapLoad load = DataMapLoader::parse(map, dir.filePath(QStringLiteral("shop.yaml")), dir.path());
    if (!load.ok()) {
        b.error = load.issues.isEmpty() ? QStringLiteral("map") : load.issues.first().message;
        return b;
    }
    Request r;
    r.humanId = QStringLiteral("R-2026-0007");
    r.type = RequestType::Access;
    r.regulation = regulation;
    r.status = RequestStatus::InProgress;
    r.subjectName = QStringLiteral("Ann");
    r.identities = {{IdentityKind::Email, QStringLiteral("ann@example.com")}};
    BundleExporter::Options o;
    o.generated = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    o.contacts = contacts();
    const QString out = dir.filePath(name + QStringLiteral(".zip"));
    auto summary = BundleExporter::write(r, {{*load.map, load.map->file, {p}, {}}}, out, o);
    if (!summary) {
        b.error = summary.error().message;
        return b;
    }
    const QString x = dir.filePath(name);
    auto v = BundleReader::extract(out, x, nullptr);
    if (!v || !v->checksumsOk) {
        b.error = v ? v->summary() : v.error().message;
        return b;
    }
    auto read = [&](const QString& file) {
        QFile f(QDir(x).filePath(file));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    };
    b.html = QString::fromUtf8(read(QStringLiteral("index.html")));
    b.usersJson = read(QStringLiteral("data/shop/main/users.json"));
    b.usersCsv = read(QStringLiteral("data/shop/main/users.csv"));
    b.visitsJson = read(QStringLiteral("data/shop/main/visits.json"));
    return b;
}

void TestReport::reports_data()
{
    QTest::addColumn<int>("engine");
    QTest::newRow("sqlite") << int(ConnectionParams::Engine::Sqlite);
    QTest::newRow("postgres") << int(ConnectionParams::Engine::Postgres);
    QTest::newRow("mariadb") << int(ConnectionParams::Engine::MariaDb);
}

void TestReport::reports()
{
    QFETCH(int, engine);
    QTemporaryDir dir;
    const test::EngineDatabase database(ConnectionParams::Engine(engine), dir, QStringLiteral("shop.db"));
    QVERIFY2(database.ok(), qPrintable(database.error()));
    QVERIFY(fill(database.params()));

    // GDPR.
    const Bundle gdpr = exportOne(database.params(), dir, Regulation::Gdpr, QStringLiteral("gdpr"));
    QVERIFY2(gdpr.error.isEmpty(), qPrintable(gdpr.error));
    const QString& h = gdpr.html;
    // The categories in words, per system and per table.
    QVERIFY2(h.contains(QLatin1String("Contact details: email address, phone number")), qPrintable(h));
    QVERIFY(h.contains(QLatin1String("Other personal data: lead score")));
    QVERIFY(h.contains(QLatin1String("Device data: IP address")));
    QVERIFY(h.contains(QLatin1String("Categories of personal data")));
    // Who answers, and the workspace's authority.
    QVERIFY(h.contains(QLatin1String("Shop Ltd")) &&
            h.contains(QLatin1String("privacy@shop.example, 1 High Street")));
    QVERIFY(h.contains(QLatin1String("Data protection officer")) &&
            h.contains(QLatin1String("dpo@shop.example")));
    QVERIFY(h.contains(QLatin1String("The supervisory authority: Autoriteit Persoonsgegevens.")));
    QVERIFY(h.contains(QLatin1String("https://autoriteitpersoonsgegevens.nl/en/contact")));
    QVERIFY(!h.contains(QLatin1String("Information Commissioner")));
    // Contents, the summary and the rights before the first table of data.
    const qsizetype firstTable = h.indexOf(QLatin1String("<table"));
    QVERIFY(firstTable > 0);
    for (const char* before :
         {"id=\"contents\"", "id=\"summary\"", "id=\"rights\"", "id=\"contact\"", "What we hold",
          "3 row(s) about you in 2 table(s).", "Run the online shop", "Orders for 7 years",
          "Stripe (processor): Payments", "<a href=\"#summary\">"}) {
        const qsizetype at = h.indexOf(QLatin1String(before));
        QVERIFY2(at > 0 && at < firstTable, before);
    }
    QVERIFY(h.indexOf(QLatin1String("id=\"contents\"")) < h.indexOf(QLatin1String("id=\"summary\"")));
    QVERIFY(h.indexOf(QLatin1String("id=\"summary\"")) < h.indexOf(QLatin1String("id=\"rights\"")));
    // Epoch timestamps as dates in the report; the data files keep what is stored.
    QVERIFY(h.contains(QLatin1String("<td>2024-03-01 09:30:00 UTC</td>")));
    QVERIFY(h.contains(QLatin1String("<td>2024-03-01 09:30:00.123 UTC</td>")));
    QVERIFY(!h.contains(QLatin1String("1709285400")));
    QVERIFY(gdpr.usersJson.contains("1709285400"));
    QVERIFY(gdpr.usersCsv.contains("1709285400"));
    QVERIFY(gdpr.visitsJson.contains("1709285400123"));
    // Secrets withheld with the reason, in the report and the data files alike; a NULL stays NULL.
    for (const QByteArray& file : {h.toUtf8(), gdpr.usersJson, gdpr.usersCsv, gdpr.visitsJson}) {
        QVERIFY(!file.contains(kHash));
        QVERIFY(!file.contains(kToken));
    }
    const QString hashReason =
        QStringLiteral("withheld: a password hash is a secret, not information about you");
    QVERIFY(h.contains(hashReason));
    QVERIFY(h.contains(QLatin1String("withheld: an access token is a secret, not information about you")));
    const QJsonObject users = QJsonDocument::fromJson(gdpr.usersJson).object();
    QCOMPARE(users[QStringLiteral("data")]
                 .toArray()
                 .first()
                 .toObject()[QStringLiteral("password_hash")]
                 .toString(),
             hashReason);
    bool described = false;
    for (const QJsonValue& c : users[QStringLiteral("columns")].toArray())
        if (c.toObject()[QStringLiteral("name")].toString() == QLatin1String("password_hash"))
            described = c.toObject()[QStringLiteral("withheld")].toString() == hashReason;
    QVERIFY(described);
    QVERIFY(gdpr.usersCsv.contains(hashReason.toUtf8()));
    const QJsonArray visits =
        QJsonDocument::fromJson(gdpr.visitsJson).object()[QStringLiteral("data")].toArray();
    QCOMPARE(visits.size(), 2);
    int nulls = 0;
    for (const QJsonValue& v : visits)
        nulls += v.toObject()[QStringLiteral("api_token")].isNull();
    QCOMPARE(nulls, 1);

    // UK GDPR: the ICO, fixed.
    const Bundle uk = exportOne(database.params(), dir, Regulation::UkGdpr, QStringLiteral("uk"));
    QVERIFY2(uk.error.isEmpty(), qPrintable(uk.error));
    QVERIFY(uk.html.contains(QLatin1String("Information Commissioner&#39;s Office (ICO)")) ||
            uk.html.contains(QLatin1String("Information Commissioner's Office (ICO)")));
    QVERIFY(uk.html.contains(QLatin1String("https://ico.org.uk/make-a-complaint/")));
    QVERIFY(uk.html.contains(QLatin1String("0303 123 1113")));
    QVERIFY(!uk.html.contains(QLatin1String("Autoriteit Persoonsgegevens")));
    QVERIFY(uk.html.indexOf(QLatin1String("ico.org.uk")) < uk.html.indexOf(QLatin1String("<table")));

    // CCPA/CPRA: the statute's terms, and none of the GDPR's.
    const Bundle ccpa = exportOne(database.params(), dir, Regulation::Ccpa, QStringLiteral("ccpa"));
    QVERIFY2(ccpa.error.isEmpty(), qPrintable(ccpa.error));
    const QString& c = ccpa.html;
    for (const char* term :
         {"Categories of personal information", "Identifiers: user identifier, email address, phone number",
          "Inferences drawn to create a profile: lead score",
          "Sensitive personal information: login credentials",
          "Internet or other electronic network activity information", "Categories of sources",
          "Partner referrals", "Business or commercial purposes", "Run the online shop",
          "Categories of third parties to whom we disclose it", "Stripe (service provider): Payments",
          "Sold or shared", "Not stated in the data map.", "The right not to be discriminated against",
          "The business"}) {
        QVERIFY2(c.contains(QLatin1String(term)), term);
    }
    for (const char* gdprWord : {"Art. 15", "Art.", "GDPR", "supervisory authority", "Supervisory authority",
                                 "controller", "Data protection officer", "Legal bases", "Autoriteit",
                                 "Information Commissioner", "personal data"}) {
        QVERIFY2(!c.contains(QLatin1String(gdprWord)), gdprWord);
    }
    QVERIFY(c.contains(hashReason)); // withheld here too
    // What the map says of selling and sharing is said as it is.
    QByteArray soldMap(kMap);
    soldMap.replace(
        "    sources: [Partner referrals]\n",
        "    sources: [Partner referrals]\n    sold_or_shared: Not sold; shared with ad networks\n");
    const Bundle sold = exportOne(database.params(), dir, Regulation::Ccpa, QStringLiteral("sold"), soldMap);
    QVERIFY2(sold.error.isEmpty(), qPrintable(sold.error));
    QVERIFY(sold.html.contains(QLatin1String("Not sold; shared with ad networks")));
    QVERIFY(!sold.html.contains(QLatin1String("Not stated in the data map.")));
    QVERIFY(c.indexOf(QLatin1String("id=\"summary\"")) < c.indexOf(QLatin1String("<table")));
}

void TestReport::german()
{
    // The report in German, as lethe and lethe-cli write it when they run in German.
    QTranslator catalogue;
    QVERIFY(catalogue.load(QStringLiteral(LETHE_QM_DIR "/lethe_de.qm")));
    QCoreApplication::installTranslator(&catalogue);
    PendingTranslator pending;
    QVERIFY(pending.loadPending());
    if (!pending.isEmpty())
        QCoreApplication::installTranslator(&pending);
    auto restore = qScopeGuard([&] {
        QCoreApplication::removeTranslator(&pending);
        QCoreApplication::removeTranslator(&catalogue);
    });
    QCOMPARE(ReportText::describe(
                 {{QStringLiteral("user.contact.email"), QStringLiteral("user.contact.phone_number")}}),
             QStringList{QStringLiteral("Kontaktdaten: E-Mail-Adresse, Telefonnummer")});

    QTemporaryDir dir;
    const test::EngineDatabase database(ConnectionParams::Engine::Sqlite, dir, QStringLiteral("shop.db"));
    QVERIFY(fill(database.params()));
    const Bundle de = exportOne(database.params(), dir, Regulation::Gdpr, QStringLiteral("de"));
    QVERIFY2(de.error.isEmpty(), qPrintable(de.error));
    QVERIFY2(de.html.contains(QLatin1String("<html lang=\"de\">")), qPrintable(de.html.left(300)));
    QVERIFY(de.html.contains(QLatin1String("Kontaktdaten: E-Mail-Adresse, Telefonnummer")));
    QVERIFY(de.html.contains(QLatin1String("Ihre Rechte")));
    QVERIFY(de.html.contains(QLatin1String("Inhalt")));
    QVERIFY2(de.html.contains(QStringLiteral("Die Aufsichtsbehörde: Autoriteit Persoonsgegevens.")),
             qPrintable(de.html.left(6000)));
    QVERIFY(de.html.contains(QLatin1String("einbehalten: ein Passwort-Hash ist ein Geheimnis")));
    QVERIFY(!de.html.contains(QLatin1String("Contact details")));
}

QTEST_GUILESS_MAIN(TestReport)
#include "tst_report.moc"
