#include "TestSupport.h"
#include "Validation.h"

#include <QTest>

using namespace lethe;

class TestValidation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { test::isolate(); }
    void identities_data();
    void identities();
    void parseIdentity();
    void dates();
    void newRequest();
};

void TestValidation::identities_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected"); // empty: refused
    QTest::newRow("email lower-cased and trimmed") << "email: Ann.Lee@Example.COM "
                                                   << "ann.lee@example.com";
    QTest::newRow("email without domain") << "email:ann@"
                                          << "";
    QTest::newRow("email without dot") << "email:ann@localhost"
                                       << "";
    QTest::newRow("uk phone with spaces") << "phone:+44 20 7946 0018"
                                          << "+442079460018";
    QTest::newRow("us phone with punctuation") << "phone:+1 (415) 555-0112"
                                               << "+14155550112";
    QTest::newRow("00 international prefix") << "phone:0049 30 12345678"
                                             << "+493012345678";
    QTest::newRow("national number refused") << "phone:020 7946 0018"
                                             << "";
    QTest::newRow("letters in phone refused") << "phone:+44 20 CALL ME"
                                              << "";
    QTest::newRow("user id") << "user-id: usr_123 "
                             << "usr_123";
    QTest::newRow("user id with space refused") << "user-id:usr 123"
                                                << "";
    // Wildcards a search would expand: "*@example.com" would reach everyone there.
    QTest::newRow("email wildcard refused") << "email:*@example.com"
                                            << "";
    QTest::newRow("email LIKE wildcard refused") << "email:amelia%@example.com"
                                                 << "";
    QTest::newRow("user id glob refused") << "user-id:1*"
                                          << "";
    QTest::newRow("underscore is an address") << "email:ann_lee@example.com"
                                              << "ann_lee@example.com";
}

void TestValidation::identities()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    auto r = Validation::parseIdentity(input);
    if (expected.isEmpty()) {
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, Error::Code::InvalidInput);
        // The message names the field and the value.
        const QString value = input.mid(input.indexOf(QLatin1Char(':')) + 1);
        QVERIFY2(r.error().message.contains(value) || r.error().message.contains(value.trimmed()),
                 qPrintable(r.error().message));
    } else {
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        QCOMPARE(r->value, expected);
    }
}

void TestValidation::parseIdentity()
{
    auto bad = Validation::parseIdentity(QStringLiteral("fax:+4420"));
    QVERIFY(!bad.ok());
    QVERIFY(bad.error().message.contains(QLatin1String("fax")));
    QVERIFY(bad.error().message.contains(QLatin1String("email, phone, user-id")));
    QVERIFY(!Validation::parseIdentity(QStringLiteral("no-colon")).ok());
}

void TestValidation::dates()
{
    QVERIFY(Validation::parseDate(QStringLiteral("received"), QStringLiteral("2026-02-28")).ok());
    auto bad = Validation::parseDate(QStringLiteral("received"), QStringLiteral("2026-02-30"));
    QVERIFY(!bad.ok());
    QVERIFY(bad.error().message.contains(QLatin1String("received")));
    QVERIFY(bad.error().message.contains(QLatin1String("2026-02-30")));
    const QDate today(2026, 11, 22);
    QVERIFY(!Validation::checkReceived(today.addDays(1), today).ok());
    QVERIFY(Validation::checkReceived(today, today).ok());
}

void TestValidation::newRequest()
{
    const QDate today(2026, 11, 22);
    NewRequest r;
    r.received = today;
    QVERIFY(!Validation::checkNewRequest(r, today).ok()); // no identity
    r.identities << Identity{IdentityKind::Email, QStringLiteral("a@example.com")};
    QVERIFY(Validation::checkNewRequest(r, today).ok());
    r.products << QStringLiteral("Leads; DROP TABLE requests");
    auto s = Validation::checkNewRequest(r, today);
    QVERIFY(!s.ok());
    QVERIFY(s.error().message.contains(QLatin1String("product")));
}

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_validation.moc"
