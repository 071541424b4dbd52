#include "Log.h"
#include "Redactor.h"
#include "TestSupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace lethe;

class TestLogging : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { test::isolate(); }
    void redaction_data();
    void redaction();
    void keepsOrdinaryText();
    void fileHoldsNoSecrets();
};

void TestLogging::redaction_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("secret");
    QTest::newRow("email") << "lookup for ann.lee@example.com done"
                           << "ann.lee@example.com";
    QTest::newRow("plus email") << "to: j+dsr@mail.example.org"
                                << "j+dsr@mail.example.org";
    QTest::newRow("malformed email") << "email: \"ann.lee@bad\" is not an email address"
                                     << "ann.lee";
    QTest::newRow("e164 phone") << "sms to +44 20 7946 0018 queued"
                                << "7946 0018";
    QTest::newRow("compact phone") << "phone=+14155550112"
                                   << "4155550112";
    QTest::newRow("us national phone") << "call (415) 555-0112 later"
                                       << "555-0112";
    QTest::newRow("uk national phone") << "tel 020 7946 0018"
                                       << "7946 0018";
    QTest::newRow("bearer token") << "Authorization: Bearer abc.def-ghi_jkl"
                                  << "abc.def-ghi_jkl";
    QTest::newRow("stripe key") << "using sk_live_51HqLyjWDarjtT1zdp7dc for account"
                                << "sk_live_51HqLyjWDarjtT1zdp7dc";
    QTest::newRow("sendgrid key") << "key SG.abcdefghijkl.mnopqrstuvwxyz0123"
                                  << "SG.abcdefghijkl.mnopqrstuvwxyz0123";
    QTest::newRow("jwt") << "token eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl"
                         << "eyJhbGciOiJIUzI1NiJ9";
    QTest::newRow("password key=value") << "login failed password=Hunter2!"
                                        << "Hunter2!";
    QTest::newRow("password json") << R"(body {"password": "s3cr3t pass"})"
                                   << "s3cr3t pass";
    QTest::newRow("api key") << "api_key: 9f8e7d6c5b4a"
                             << "9f8e7d6c5b4a";
    QTest::newRow("postgres url") << "connect postgres://app:apppw@db.internal:5432/prod failed"
                                  << "apppw";
    QTest::newRow("postgres url user") << "connect postgresql://app@db.internal/prod"
                                       << "db.internal";
    QTest::newRow("libpq string") << "dsn host=10.0.0.5 port=5432 dbname=prod user=app password=pw1"
                                  << "pw1";
    QTest::newRow("libpq string user") << "dsn host=db.internal dbname=prod user=appuser"
                                       << "appuser";
    QTest::newRow("mysql url") << "mysql://root:rootpw@127.0.0.1:3306/crm"
                               << "rootpw";
    QTest::newRow("ipv4") << "client 203.0.113.77 logged in"
                          << "203.0.113.77";
}

void TestLogging::redaction()
{
    QFETCH(QString, line);
    QFETCH(QString, secret);
    const QString out = Redactor::redact(line);
    QVERIFY2(!out.contains(secret), qPrintable(out));
}

void TestLogging::keepsOrdinaryText()
{
    const QString line = QStringLiteral("request R-2026-0042 moved to verified on 2026-11-22 after 12 days");
    QCOMPARE(Redactor::redact(line), line);
}

void TestLogging::fileHoldsNoSecrets()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(log::init(dir.path()));
    QStringList secrets;
    const QList<std::pair<QString, QString>> lines = {
        {QStringLiteral("subject email ann.lee@example.com"), QStringLiteral("ann.lee@example.com")},
        {QStringLiteral("subject phone +44 20 7946 0018"), QStringLiteral("7946 0018")},
        {QStringLiteral("stripe token sk_test_4eC39HqLyjWDarjtT1zdp7dc"),
         QStringLiteral("4eC39HqLyjWDarjtT1zdp7dc")},
        {QStringLiteral("db password=CorrectHorse9"), QStringLiteral("CorrectHorse9")},
        {QStringLiteral("workspace postgres://lethe:pgsecret@127.0.0.1:5432/ws"), QStringLiteral("pgsecret")},
    };
    for (const auto& [line, secret] : lines) {
        log::info(line);
        log::warn(line);
        secrets << secret;
    }
    // Qt's own messages are routed into the same file, redacted too.
    qWarning("qt warning about %s", "mallory@example.net");
    qInfo() << "qt info with" << QStringLiteral("password=QtSecret1");
    secrets << QStringLiteral("mallory@example.net") << QStringLiteral("QtSecret1");
    log::flush();
    const QString path = log::filePath();
    log::shutdown();

    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    QVERIFY2(text.count(QLatin1Char('\n')) >= 12, qPrintable(text));
    QVERIFY(text.contains(QLatin1String("qt warning about")));
    QVERIFY(text.contains(QLatin1String("<email>")));
    for (const QString& s : secrets)
        QVERIFY2(!text.contains(s), qPrintable(QStringLiteral("%1 leaked into:\n%2").arg(s, text)));
}

QTEST_GUILESS_MAIN(TestLogging)
#include "tst_logging.moc"
