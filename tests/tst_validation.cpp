#include "Phone.h"
#include "TestSupport.h"
#include "Validation.h"

#include <algorithm>

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
    void phones_data();
    void phones();
    void phoneStoredForms_data();
    void phoneStoredForms();
    void phoneRegions();
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
        // The message names the field and the value; a phone number's, only its problem (messages reach
        // logs).
        const QString value = input.mid(input.indexOf(QLatin1Char(':')) + 1);
        if (input.startsWith(QLatin1String("phone:"))) {
            QVERIFY2(r.error().message.startsWith(QLatin1String("phone: ")), qPrintable(r.error().message));
            QVERIFY2(!r.error().message.contains(value.trimmed()), qPrintable(r.error().message));
        } else {
            QVERIFY2(r.error().message.contains(value) || r.error().message.contains(value.trimmed()),
                     qPrintable(r.error().message));
        }
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

// Phones as people type them, read with the workspace's region by libphonenumber: the trunk prefix of each
// country (8 in Russia, 06 in Hungary, none in Italy where the 0 is part of the number) goes, and invalid
// numbers are refused with their problem named and the number itself left out.
void TestValidation::phones_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("expected"); // empty: refused
    QTest::addColumn<QString>("problem");  // a part of the refusal
    QTest::newRow("international") << "+44 20 7946 0018"
                                   << ""
                                   << "+442079460018"
                                   << "";
    QTest::newRow("00 prefix") << "0044 20 7946 0018"
                               << ""
                               << "+442079460018"
                               << "";
    QTest::newRow("00 prefix in the US, which dials 011") << "0044 20 7946 0018"
                                                          << "US"
                                                          << "+442079460018"
                                                          << "";
    QTest::newRow("international ignores the region") << "+1 202 555 0143"
                                                      << "DE"
                                                      << "+12025550143"
                                                      << "";
    QTest::newRow("+44 (0)") << "+44 (0)20 7946 0018"
                             << ""
                             << "+442079460018"
                             << "";
    QTest::newRow("uk national") << "020 7946 0018"
                                 << "GB"
                                 << "+442079460018"
                                 << "";
    QTest::newRow("region in lower case") << "020 7946 0018"
                                          << "gb"
                                          << "+442079460018"
                                          << "";
    QTest::newRow("russia trunk 8") << "8 (495) 123-45-67"
                                    << "RU"
                                    << "+74951234567"
                                    << "";
    QTest::newRow("hungary trunk 06") << "06 1 234 5678"
                                      << "HU"
                                      << "+3612345678"
                                      << "";
    QTest::newRow("hungary mobile") << "06 30 123 4567"
                                    << "HU"
                                    << "+36301234567"
                                    << "";
    QTest::newRow("italy keeps the 0") << "06 1234 5678"
                                       << "IT"
                                       << "+390612345678"
                                       << "";
    QTest::newRow("italy international") << "+39 06 1234 5678"
                                         << ""
                                         << "+390612345678"
                                         << "";
    QTest::newRow("us national") << "(202) 555-0143"
                                 << "US"
                                 << "+12025550143"
                                 << "";
    QTest::newRow("us with its trunk 1") << "1 (202) 555-0143"
                                         << "US"
                                         << "+12025550143"
                                         << "";
    QTest::newRow("national without a region") << "020 7946 0018"
                                               << ""
                                               << ""
                                               << "phone region";
    QTest::newRow("unknown region") << "020 7946 0018"
                                    << "XX"
                                    << ""
                                    << "XX";
    QTest::newRow("a digit short") << "+44 20 7946 001"
                                   << ""
                                   << ""
                                   << "GB";
    QTest::newRow("no such calling code") << "+999 1234 5678"
                                          << ""
                                          << ""
                                          << "calling code";
    QTest::newRow("us area code cannot start with 0") << "+1 012 555 0143"
                                                      << ""
                                                      << ""
                                                      << "numbering plan";
    QTest::newRow("too short") << "+44 1"
                               << ""
                               << ""
                               << "too few digits";
    QTest::newRow("local number without its area code") << "123 4567"
                                                        << "DE"
                                                        << ""
                                                        << "area code";
    QTest::newRow("letters") << "+44 20 CALL ME"
                             << ""
                             << ""
                             << "\"C\"";
    QTest::newRow("extension") << "+44 20 7946 0018 ext 12"
                               << ""
                               << ""
                               << "\"e\"";
    QTest::newRow("empty") << "  "
                           << "GB"
                           << ""
                           << "empty";
}

void TestValidation::phones()
{
    QFETCH(QString, typed);
    QFETCH(QString, region);
    QFETCH(QString, expected);
    QFETCH(QString, problem);
    auto r = Validation::normalizeIdentity({IdentityKind::Phone, typed}, region);
    if (expected.isEmpty()) {
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, Error::Code::InvalidInput);
        QVERIFY2(r.error().message.contains(problem), qPrintable(r.error().message));
        QString digits = typed;
        digits.removeIf([](QChar c) { return !c.isDigit(); });
        if (digits.size() > 3) // the number is not repeated, whole or as its digits
            QVERIFY2(!r.error().message.contains(typed.trimmed()) && !r.error().message.contains(digits),
                     qPrintable(r.error().message));
    } else {
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        QCOMPARE(r->value, expected);
    }
}

// A stored value is compared by its digits with the forms of the number: found in its national form with the
// country's own trunk prefix, never a number a digit away, nor another country's number with the same
// national digits, nor the national digits behind a trunk prefix the country does not use.
void TestValidation::phoneStoredForms_data()
{
    QTest::addColumn<QString>("e164");
    QTest::addColumn<QString>("stored");
    QTest::addColumn<bool>("found");
    QTest::newRow("ru e164") << "+74951234567"
                             << "+7 495 123-45-67" << true;
    QTest::newRow("ru 00") << "+74951234567"
                           << "007 495 123 45 67" << true;
    QTest::newRow("ru national 8") << "+74951234567"
                                   << "8 (495) 123-45-67" << true;
    QTest::newRow("ru not 0 + national") << "+74951234567"
                                         << "0 495 123 45 67" << false;
    QTest::newRow("ru a digit away") << "+74951234567"
                                     << "8 (495) 123-45-68" << false;
    QTest::newRow("hu national 06") << "+3612345678"
                                    << "(06 1) 234 5678" << true;
    QTest::newRow("hu 00") << "+3612345678"
                           << "0036 1 234 5678" << true;
    QTest::newRow("hu not 0 + national") << "+3612345678"
                                         << "01 234 5678" << false;
    QTest::newRow("hu a digit away") << "+3612345678"
                                     << "06 1 234 5679" << false;
    QTest::newRow("it national keeps 0") << "+390612345678"
                                         << "06 1234 5678" << true;
    QTest::newRow("it e164") << "+390612345678"
                             << "+39 06 1234 5678" << true;
    QTest::newRow("it without the 0") << "+390612345678"
                                      << "6 1234 5678" << false;
    QTest::newRow("it not another 0") << "+390612345678"
                                      << "006 1234 5678" << false;
    QTest::newRow("uk national") << "+442079460018"
                                 << "020 7946 0018" << true;
    QTest::newRow("uk +44 (0)") << "+442079460018"
                                << "+44 (0)20 7946 0018" << true;
    QTest::newRow("uk 00") << "+442079460018"
                           << "0044 20 7946 0018" << true;
    QTest::newRow("uk a digit away") << "+442079460018"
                                     << "020 7946 0019" << false;
    QTest::newRow("uk digits in germany") << "+442079460018"
                                          << "+49 20 7946 0018" << false;
    QTest::newRow("uk digits in germany 00") << "+442079460018"
                                             << "0049 20 7946 0018" << false;
    QTest::newRow("us national") << "+12025550143"
                                 << "(202) 555-0143" << true;
    QTest::newRow("us with trunk 1") << "+12025550143"
                                     << "1 (202) 555-0143" << true;
    QTest::newRow("us e164") << "+12025550143"
                             << "+1 202-555-0143" << true;
    QTest::newRow("us 00") << "+12025550143"
                           << "001 202 555 0143" << true;
    QTest::newRow("us not 0 + national") << "+12025550143"
                                         << "0202 555 0143" << false;
    QTest::newRow("us a digit away") << "+12025550143"
                                     << "(202) 555-0134" << false;
    QTest::newRow("us digits in the uk") << "+12025550143"
                                         << "+44 202 555 0143" << false;
}

void TestValidation::phoneStoredForms()
{
    QFETCH(QString, e164);
    QFETCH(QString, stored);
    QFETCH(bool, found);
    const QStringList forms = Validation::phoneStoredForms(e164);
    QVERIFY(!forms.isEmpty());
    for (const QString& f : forms) // digits only: the traversal compares them with stripped columns
        QVERIFY2(!f.isEmpty() && std::all_of(f.begin(), f.end(), [](QChar c) { return c.isDigit(); }),
                 qPrintable(f));
    QString digits = stored;
    digits.removeIf([](QChar c) { return !c.isDigit(); });
    QVERIFY2(forms.contains(digits) == found, qPrintable(forms.join(QLatin1Char(' '))));
}

void TestValidation::phoneRegions()
{
    QVERIFY(Phone::isRegion(QStringLiteral("DE")));
    QVERIFY(Phone::isRegion(QStringLiteral("gb")));
    QVERIFY(!Phone::isRegion(QStringLiteral("XX")));
    QVERIFY(!Phone::isRegion(QStringLiteral("GBR")));
    QVERIFY(!Phone::isRegion(QString()));
    QCOMPARE(Phone::regionOf(QStringLiteral("+74951234567")), QStringLiteral("RU"));
    QCOMPARE(Phone::regionOf(QStringLiteral("+12025550143")), QStringLiteral("US"));
    QCOMPARE(Phone::nationalFormat(QStringLiteral("+3612345678")), QStringLiteral("(06 1) 234 5678"));
    QVERIFY(Validation::phoneStoredForms(QStringLiteral("+44207946001")).isEmpty()); // not a valid number
    // Checking a new request reads its national numbers in the region given.
    NewRequest r;
    r.received = QDate(2026, 11, 22);
    r.identities << Identity{IdentityKind::Phone, QStringLiteral("8 (495) 123-45-67")};
    QVERIFY(!Validation::checkNewRequest(r, r.received).ok());
    QVERIFY(Validation::checkNewRequest(r, r.received, QStringLiteral("RU")).ok());
}

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_validation.moc"
