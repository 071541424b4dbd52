#include "BundleExporter.h"
#include "BundleReader.h"
#include "DataMapLoader.h"
#include "Sha256.h"
#include "SqlConnection.h"
#include "StoredValue.h"
#include "TestSupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace lethe;

// The data files of a bundle, written from the spool without parsing it again: each row's JSON object exactly
// as QJsonDocument writes it (keys in its order, its escapes), and the CSV, for values that need care:
// commas, quotes, line breaks, formulas, non-ASCII text, nulls, fractions, whole numbers, a key to escape.
class TestBundleExport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { test::isolate(); }
    void rowsAsQtWritesThem();
    void csvFormulaGuard_data();
    void csvFormulaGuard();
    void valuesInOnePass_data();
    void valuesInOnePass();
    void sha256AsQtHashes();
};

void TestBundleExport::rowsAsQtWritesThem()
{
    QTemporaryDir dir;
    ConnectionParams p;
    p.engine = ConnectionParams::Engine::Sqlite;
    p.path = dir.filePath(QStringLiteral("app.db"));
    {
        SqlConnection c;
        QVERIFY(c.open(p));
        QSqlQuery q(c.db());
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT, zeta TEXT, "
                                      "alpha REAL, \"we\"\"ird\" TEXT)")));
        QVERIFY(q.exec(
            QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, user_id INTEGER, body TEXT)")));
        QVERIFY(q.prepare(QStringLiteral("INSERT INTO users VALUES (1, 'a@example.com', ?, ?, ?)")));
        q.addBindValue(QStringLiteral("Zoë, \"the\" one\nsecond line"));
        q.addBindValue(2.5);
        q.addBindValue(QStringLiteral("=SUM(A1)"));
        QVERIFY(q.exec());
        QVERIFY(q.prepare(QStringLiteral("INSERT INTO notes VALUES (?, 1, ?)")));
        const QStringList bodies{QStringLiteral("plain"), QStringLiteral("tab\there \\ back"), QString(),
                                 QStringLiteral("日本語 😀")};
        for (int i = 0; i < bodies.size(); ++i) {
            q.addBindValue(10 + i);
            q.addBindValue(bodies[i].isNull() ? QVariant() : QVariant(bodies[i]));
            QVERIFY(q.exec());
        }
    }
    const QByteArray map = R"(lethe_datamap: 1
system: {key: app, name: App, art15: {purposes: [Run the app]}, identities: [email]}
sources:
  - key: main
    engine: sqlite
    path: app.db
    tables:
      - name: users
        primary_key: id
        fields:
          - {name: id, categories: [user.unique_id]}
          - {name: email, categories: [user.contact.email], identity: email}
          - {name: zeta, categories: [user]}
          - {name: alpha, categories: [user]}
          - {name: "we\"ird", categories: [user]}
      - name: notes
        primary_key: id
        fields:
          - {name: id, categories: [system.operations]}
          - {name: user_id, categories: [user.unique_id], references: users.id}
          - {name: body, categories: [user]}
)";
    const DataMapLoad load = DataMapLoader::parse(map, dir.filePath(QStringLiteral("app.yaml")), dir.path());
    QVERIFY2(load.ok(), qPrintable(load.issues.isEmpty() ? QString() : load.issues.first().message));
    Request r;
    r.humanId = QStringLiteral("R-2026-0001");
    r.type = RequestType::Portability;
    r.status = RequestStatus::InProgress;
    r.subjectName = QStringLiteral("A");
    r.identities = {{IdentityKind::Email, QStringLiteral("a@example.com")},
                    {IdentityKind::Email, QStringLiteral("A@Example.com ")}};
    BundleExporter::Options o;
    o.contacts = {QStringLiteral("Example Ltd"),
                  QStringLiteral("privacy@example.com"),
                  {},
                  QStringLiteral("A supervisory authority"),
                  {}};
    o.generated = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    const QString out = dir.filePath(QStringLiteral("b.zip"));
    auto summary = BundleExporter::write(r, {{*load.map, load.map->file, {p}, {}}}, out, o);
    QVERIFY2(summary, summary ? "" : qPrintable(summary.error().message));
    QCOMPARE(summary->rows, 5);
    const QString x = dir.filePath(QStringLiteral("x"));
    auto v = BundleReader::extract(out, x, nullptr);
    QVERIFY2(v && v->checksumsOk, v ? qPrintable(v->summary()) : qPrintable(v.error().message));

    auto read = [&](const QString& name) {
        QFile f(QDir(x).filePath(name));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    };
    // JSON: every row line is what QJsonDocument writes for the row's object.
    const QByteArray users = read(QStringLiteral("data/app/main/users.json"));
    const QJsonObject user{{QStringLiteral("id"), 1},
                           {QStringLiteral("email"), QStringLiteral("a@example.com")},
                           {QStringLiteral("zeta"), QStringLiteral("Zoë, \"the\" one\nsecond line")},
                           {QStringLiteral("alpha"), 2.5},
                           {QStringLiteral("we\"ird"), QStringLiteral("=SUM(A1)")}};
    QVERIFY2(users.contains(",\"data\":[\n" + QJsonDocument(user).toJson(QJsonDocument::Compact) + "\n]}\n"),
             users.constData());
    const QByteArray notes = read(QStringLiteral("data/app/main/notes.json"));
    const int start = notes.indexOf("[\n") + 2;
    const QList<QByteArray> lines = notes.mid(start, notes.lastIndexOf("\n]}") - start).split('\n');
    QCOMPARE(lines.size(), 4);
    const QList<QJsonValue> bodies{QStringLiteral("plain"), QStringLiteral("tab\there \\ back"),
                                   QJsonValue::Null, QStringLiteral("日本語 😀")};
    for (int i = 0; i < 4; ++i) {
        const QJsonObject row{{QStringLiteral("id"), 10 + i},
                              {QStringLiteral("user_id"), 1},
                              {QStringLiteral("body"), bodies[i]}};
        QCOMPARE(lines[i], QJsonDocument(row).toJson(QJsonDocument::Compact) + (i < 3 ? "," : ""));
    }
    QVERIFY(!QJsonDocument::fromJson(notes).isNull());
    // CSV: RFC 4180, formulas defused.
    QCOMPARE(read(QStringLiteral("data/app/main/users.csv")),
             QByteArray("id,email,zeta,alpha,\"we\"\"ird\"\r\n"
                        "1,a@example.com,\"Zoë, \"\"the\"\" one\nsecond line\",2.5,\"'=SUM(A1)\"\r\n"));
    QCOMPARE(
        read(QStringLiteral("data/app/main/notes.csv")),
        QByteArray("id,user_id,body\r\n10,1,plain\r\n11,1,tab\there \\ back\r\n12,1,\r\n13,1,日本語 😀\r\n"));
}

void TestBundleExport::csvFormulaGuard_data()
{
    // What a spreadsheet would evaluate gets an apostrophe; a number or a phone number stays as stored (once,
    // every value starting with - or + was changed, so negative amounts and +44 numbers were altered).
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("field");
    const QList<std::pair<const char*, const char*>> cases{
        {"-12.50", "-12.50"},
        {"+3", "+3"},
        {"-0.5e-3", "-0.5e-3"},
        {"-.5", "-.5"},
        {"+442079460018", "+442079460018"},
        {"+44 20 7946 0018", "+44 20 7946 0018"},
        {"+1 (202) 555-0143", "+1 (202) 555-0143"},
        {"12", "12"},
        {"plain text", "plain text"},
        {"=SUM(A1:A9)", "\"'=SUM(A1:A9)\""},
        {"+SUM(A1)", "\"'+SUM(A1)\""},
        {"-2+3+cmd|' /C calc'!A0", "\"'-2+3+cmd|' /C calc'!A0\""},
        {"@SUM(A1)", "\"'@SUM(A1)\""},
        {"-", "\"'-\""},
        {"+", "\"'+\""},
        {"--1", "\"'--1\""},
        {"+44 20 7946 0018 ext", "\"'+44 20 7946 0018 ext\""},
        {"\t=1+1", "\"'\t=1+1\""},
        {"-HYPERLINK(\"http://x\")", "\"'-HYPERLINK(\"\"http://x\"\")\""},
        {"a=b", "a=b"},
    };
    for (const auto& [value, field] : cases)
        QTest::newRow(value) << QString::fromUtf8(value) << QString::fromUtf8(field);
}

void TestBundleExport::csvFormulaGuard()
{
    QFETCH(QString, value);
    QFETCH(QString, field);
    QCOMPARE(BundleExporter::csvField(value), field);
}

// BundleExporter::appendValue writes each value once, with fast paths for whole numbers, finite numbers and
// plain ASCII text: exactly what the general way (QJsonDocument of StoredValue::json; csvField of cellText)
// gives, for every kind of value and every edge of those paths.
void TestBundleExport::valuesInOnePass_data()
{
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QString>("withheld");
    const QString none;
    QTest::newRow("null") << QVariant() << none;
    QTest::newRow("typed null") << QVariant(QMetaType::fromType<QString>()) << none;
    QTest::newRow("null withheld stays null") << QVariant() << QStringLiteral("a password hash");
    QTest::newRow("withheld") << QVariant(QStringLiteral("$2b$12$abc")) << QStringLiteral("a password hash");
    QTest::newRow("withheld, comma") << QVariant(42) << QStringLiteral("secret, never shown");
    for (qint64 n : {0LL, 1LL, -1LL, 42LL, -9007199254740991LL, 9007199254740991LL, 9007199254740992LL,
                     -9007199254740993LL, 1000000000000000000LL})
        QTest::newRow(qPrintable(QStringLiteral("int %1").arg(n))) << QVariant(n) << none;
    QTest::newRow("int32") << QVariant(int(-12)) << none;
    QTest::newRow("uint") << QVariant(quint64(18446744073709551615ULL)) << none;
    QTest::newRow("uint small") << QVariant(quint32(7)) << none;
    for (double d : {0.0, -0.0, 2.5, -2.5, 9.99, 0.1, 1e-7, -1e-7, 1e15, 1e20, 1e21, 123456789012.0,
                     9007199254740992.0, 1.7976931348623157e308, 5e-324, std::nan(""), HUGE_VAL})
        QTest::newRow(qPrintable(QStringLiteral("double %1").arg(d, 0, 'g', 17))) << QVariant(d) << none;
    QTest::newRow("float") << QVariant(1.5f) << none;
    QTest::newRow("bool") << QVariant(true) << none;
    const QStringList texts{QString(""),
                            QStringLiteral("plain"),
                            QStringLiteral("a,b"),
                            QStringLiteral("it's"),
                            QStringLiteral("say \"hi\""),
                            QStringLiteral("back\\slash"),
                            QStringLiteral("line\nbreak"),
                            QStringLiteral("cr\r"),
                            QStringLiteral("tab\t"),
                            QStringLiteral("\x01"),
                            QStringLiteral("del\x7f"),
                            QStringLiteral("=SUM(A1)"),
                            QStringLiteral("+44 20 7946 0018"),
                            QStringLiteral("-12.50"),
                            QStringLiteral("-x"),
                            QStringLiteral("@me"),
                            QStringLiteral("Zoë"),
                            QStringLiteral("日本語 😀"),
                            QString(QChar(0xd800)),
                            QStringLiteral("/path?q=1&r=2"),
                            QStringLiteral(" ")};
    for (int i = 0; i < texts.size(); ++i)
        QTest::newRow(qPrintable(QStringLiteral("text %1").arg(i))) << QVariant(texts[i]) << none;
    QTest::newRow("bytes") << QVariant(QByteArray("\x00\xff", 2)) << none;
    QTest::newRow("date") << QVariant(QDate(2026, 12, 6)) << none;
    QTest::newRow("datetime") << QVariant(QDateTime(QDate(2026, 12, 6), QTime(8, 0), Qt::UTC)) << none;
}

void TestBundleExport::valuesInOnePass()
{
    QFETCH(QVariant, value);
    QFETCH(QString, withheld);
    QJsonValue general = StoredValue::json(value);
    if (!withheld.isEmpty() && !general.isNull())
        general = withheld;
    const QByteArray array = QJsonDocument(QJsonArray{general}).toJson(QJsonDocument::Compact);
    const QByteArray wantJson = array.mid(1, array.size() - 2);
    const QByteArray wantCsv = BundleExporter::csvField(BundleExporter::cellText(general)).toUtf8();
    QByteArray json = "x", csv = "y"; // appended to, never replaced
    BundleExporter::appendValue(value, withheld, json, csv);
    QCOMPARE(json, "x" + wantJson);
    QCOMPARE(csv, "y" + wantCsv);
}

void TestBundleExport::sha256AsQtHashes()
{
    // Sha256 (OpenSSL) gives QCryptographicHash's digest, for nothing, a little, and pieces of a lot.
    QByteArray big;
    for (int i = 0; i < 200000; ++i)
        big += char(i * 7 + i / 13);
    Sha256 h;
    for (const QByteArray& data : {QByteArray(), QByteArray("abc"), big}) {
        h.reset();
        for (qsizetype at = 0; at < data.size(); at += 4097)
            h.addData(QByteArrayView(data.constData() + at, std::min<qsizetype>(4097, data.size() - at)));
        QCOMPARE(h.result(), QCryptographicHash::hash(data, QCryptographicHash::Sha256));
        QCOMPARE(Sha256::hash(data), QCryptographicHash::hash(data, QCryptographicHash::Sha256));
    }
}

QTEST_GUILESS_MAIN(TestBundleExport)
#include "tst_bundleexport.moc"
