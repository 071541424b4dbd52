#include "HolidayCalendar.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace lethe;

// The calendar files (resources/calendars, docs/deadlines.md): every shipped file loads, the rules give the
// days their sources name, and a broken file is refused with its name and the field.
class TestHolidayCalendar : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { test::isolate(); }
    void shippedSetIsComplete();
    void sourceFolderLoads();
    void days_data();
    void days();
    void substituteDaysAreNamed();
    void regionInheritsItsCountry();
    void malformed_data();
    void malformed();
    void missingParent();
    void idMustMatchFileName();
};

static QDate d(const char* iso)
{
    return QDate::fromString(QLatin1String(iso), Qt::ISODate);
}

void TestHolidayCalendar::shippedSetIsComplete()
{
    const HolidayCalendars& all = HolidayCalendars::shipped();
    // The 27 member states, the 16 Länder, the 17 Spanish communities and Ceuta and Melilla, Alsace-Moselle
    // (3 departments), the Azores and Madeira, the UK's three jurisdictions and California.
    const QStringList eu = {
        QStringLiteral("AT"), QStringLiteral("BE"), QStringLiteral("BG"), QStringLiteral("CY"),
        QStringLiteral("CZ"), QStringLiteral("DE"), QStringLiteral("DK"), QStringLiteral("EE"),
        QStringLiteral("ES"), QStringLiteral("FI"), QStringLiteral("FR"), QStringLiteral("GR"),
        QStringLiteral("HR"), QStringLiteral("HU"), QStringLiteral("IE"), QStringLiteral("IT"),
        QStringLiteral("LT"), QStringLiteral("LU"), QStringLiteral("LV"), QStringLiteral("MT"),
        QStringLiteral("NL"), QStringLiteral("PL"), QStringLiteral("PT"), QStringLiteral("RO"),
        QStringLiteral("SE"), QStringLiteral("SI"), QStringLiteral("SK")};
    QCOMPARE(eu.size(), 27);
    for (const QString& id : eu) {
        QVERIFY2(all.find(id), qPrintable(id));
        QVERIFY(HolidayCalendars::isEuMemberState(id));
        QVERIFY2(!all.find(id)->sources().isEmpty(), qPrintable(id));
    }
    for (const char* land :
         {"BW", "BY", "BE", "BB", "HB", "HH", "HE", "MV", "NI", "NW", "RP", "SL", "SN", "ST", "SH", "TH"})
        QVERIFY2(all.find(QStringLiteral("DE-") + QLatin1String(land)), land);
    for (const char* id : {"ES-AN", "ES-CT", "ES-GA", "ES-MD", "ES-PV", "ES-VC", "FR-57", "FR-67", "FR-68",
                           "GB-EAW", "GB-SCT", "GB-NIR", "US-CA"})
        QVERIFY2(all.find(QLatin1String(id)), id);
    // The communities added from the BOE resolution for 2026, and Portugal's autonomous regions: each a
    // region of its member state with its sources named.
    for (const char* id : {"ES-AR", "ES-AS", "ES-IB", "ES-CN", "ES-CB", "ES-CL", "ES-CM", "ES-EX", "ES-RI",
                           "ES-MC", "ES-NC", "ES-CE", "ES-ML", "PT-20", "PT-30"}) {
        const HolidayCalendar* c = all.find(QLatin1String(id));
        QVERIFY2(c, id);
        QVERIFY2(HolidayCalendars::checkFits(Regulation::Gdpr, QLatin1String(id)), id);
        QVERIFY2(!c->sources().isEmpty(), id);
    }
    QCOMPARE(all.size(), 71);
    QVERIFY(!HolidayCalendars::isEuMemberState(QStringLiteral("GB")));
}

void TestHolidayCalendar::sourceFolderLoads()
{
    // The files in the source tree are the ones compiled in.
    auto set = HolidayCalendars::load(QStringLiteral(LETHE_CALENDARS_DIR));
    QVERIFY2(set, set ? "" : qPrintable(set.error().message));
    QCOMPARE((*set)->ids(), HolidayCalendars::shipped().ids());
}

void TestHolidayCalendar::days_data()
{
    QTest::addColumn<QString>("calendar");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("name"); // empty: not a holiday
    auto row = [](const char* cal, const char* date, const char* name) {
        QTest::newRow(qPrintable(QStringLiteral("%1 %2").arg(QLatin1String(cal), QLatin1String(date))))
            << QString::fromLatin1(cal) << d(date) << QString::fromUtf8(name);
    };
    row("DE", "2026-10-03", "German Unity Day");
    row("DE", "2026-06-04", "");                                // Corpus Christi is not national
    row("DE-BY", "2026-06-04", "Corpus Christi");               // Easter 5 Apr + 60
    row("DE-SN", "2026-11-18", "Day of Repentance and Prayer"); // Wednesday before 23 Nov
    row("DE-SN", "2027-11-17", "Day of Repentance and Prayer");
    row("DE-HB", "2017-10-31", "Reformation Day (500th anniversary)");
    row("DE-HB", "2018-10-31", "Reformation Day");
    row("DE-BE", "2025-05-08", "80th anniversary of the end of the Second World War");
    row("GB-SCT", "2026-04-06", ""); // no Easter Monday in Scotland
    row("GB-EAW", "2026-04-06", "Easter Monday");
    row("GB-EAW", "2022-09-19", "State Funeral of Queen Elizabeth II");
    row("GB-EAW", "2023-05-08", "Coronation of King Charles III");
    row("GB-EAW", "2022-05-30", ""); // the spring holiday moved to 2 June
    row("GB-EAW", "2022-06-02", "Spring bank holiday");
    row("GB-NIR", "2025-07-14", "Battle of the Boyne (Orangemen's Day) (substitute day)");
    row("US-CA", "2026-11-26", "Thanksgiving Day");
    row("US-CA", "2026-11-27", ""); // not in Gov. Code 6700
    row("US-CA", "2026-02-17", "Lunar New Year");
    row("US-CA", "2028-11-10", "Veterans Day (substitute day)"); // 11 Nov on a Saturday: the Friday (6701)
    row("US-CA", "2026-07-03", "");                              // 4 Jul on a Saturday: not moved
    row("US-CA", "2027-07-05", "Independence Day (substitute day)");
    row("NL", "2025-04-26", "King's Day"); // 27 Apr 2025 is a Sunday
    row("NL", "2025-04-27", "");
    row("RO", "2026-04-10", "Good Friday");  // Orthodox Easter 12 Apr 2026
    row("GR", "2025-03-03", "Clean Monday"); // Orthodox Easter 20 Apr 2025 - 48
    row("IE", "2027-02-01", "St Brigid's Day");
    row("DK", "2023-05-05", "General Prayer Day (Store bededag)");
    row("DK", "2024-04-26", "");
    row("HR", "2019-06-25", "Statehood Day");
    row("HR", "2020-06-25", "");
    // Spain 2026, BOE-A-2025-21667 and the communities' decrees (resources/calendars/ES-*.json).
    row("ES-IB", "2026-03-02", "Day of the Balearic Islands (Monday after)"); // 1 March is a Sunday
    row("ES-IB", "2026-04-06", "Easter Monday");
    row("ES-IB", "2026-12-26", "St Stephen's Day");
    row("ES-CN", "2026-05-30", "Day of the Canary Islands");
    row("ES-CN", "2026-11-02", "All Saints' Day (Monday after)");
    row("ES-CN", "2026-12-07", ""); // Decreto 61/2025: 30 May replaces it
    row("ES-MC", "2026-06-09", "Day of the Region of Murcia");
    row("ES-MC", "2026-03-19", "St Joseph's Day");
    row("ES-RI", "2026-06-09", "Day of La Rioja");
    row("ES-NC", "2026-03-19", "St Joseph's Day");
    row("ES-NC", "2026-12-03",
        "St Francis Xavier (Day of Navarre)"); // one of the two local days, region-wide
    row("ES-CB", "2026-07-28", "Day of the Institutions of Cantabria");
    row("ES-CB", "2026-11-02", ""); // Cantabria keeps 7 December instead
    row("ES-CM", "2026-06-04", "Corpus Christi");
    row("ES-CL", "2026-04-23", "Day of Castile and León");
    row("ES-CE", "2026-09-02", "Day of Ceuta");
    row("ES-ML", "2026-09-17", "Day of Melilla");
    row("ES-ML", "2026-12-25", "Christmas Day"); // the national days come from ES
    row("ES-AR", "2027-04-23", "");              // only 2026 is listed
    row("ES", "2026-04-02", "");                 // Maundy Thursday is the communities'
    // Portugal: Decreto Regional 13/80/A (Azores), 27/79/M and DLR 18/2002/M (Madeira).
    row("PT-20", "2026-05-25", "Day of the Azores (Whit Monday)"); // Easter 5 Apr + 50
    row("PT-30", "2026-07-01", "Day of Madeira");
    row("PT-30", "2025-12-26", "Primeira Oitava (St Stephen's Day)"); // DLR 18/2002/M
    row("PT-30", "2001-12-26", "");                                   // before 2002
    row("PT", "2026-07-01", "");
}

void TestHolidayCalendar::days()
{
    QFETCH(QString, calendar);
    QFETCH(QDate, date);
    QFETCH(QString, name);
    const HolidayCalendar* c = HolidayCalendars::shipped().find(calendar);
    QVERIFY(c);
    QCOMPARE(c->holidayName(date), name);
    QCOMPARE(c->isHoliday(date), !name.isEmpty());
}

void TestHolidayCalendar::substituteDaysAreNamed()
{
    // England and Wales 2027: Christmas (Sat) gives Monday 27, Boxing Day (Sun) Tuesday 28.
    const HolidayCalendar* c = HolidayCalendars::shipped().find(QStringLiteral("GB-EAW"));
    QCOMPARE(c->holidayName(d("2027-12-27")), QStringLiteral("Christmas Day (substitute day)"));
    QCOMPARE(c->holidayName(d("2027-12-28")), QStringLiteral("Boxing Day (substitute day)"));
    // Bulgaria, the same year: the same rule by Labour Code art. 154(2), Christmas Eve on Friday.
    const HolidayCalendar* bg = HolidayCalendars::shipped().find(QStringLiteral("BG"));
    QVERIFY(bg->isHoliday(d("2027-12-24")));
    QVERIFY(bg->isHoliday(d("2027-12-27")));
    QVERIFY(bg->isHoliday(d("2027-12-28")));
    QVERIFY(!bg->isHoliday(d("2027-12-29")));
}

void TestHolidayCalendar::regionInheritsItsCountry()
{
    const HolidayCalendar* by = HolidayCalendars::shipped().find(QStringLiteral("de-by"));
    QVERIFY(by);
    QCOMPARE(by->parent(), QStringLiteral("DE"));
    QCOMPARE(by->holidayName(d("2026-12-25")), QStringLiteral("Christmas Day"));
    QCOMPARE(by->holidayName(d("2026-01-06")), QStringLiteral("Epiphany"));
    QVERIFY(!HolidayCalendars::shipped().find(QStringLiteral("DE"))->isHoliday(d("2026-01-06")));
}

void TestHolidayCalendar::malformed_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("mentions"); // the field the error must name
    const QByteArray head = R"({"id": "XX", "name": "Test", "sources": ["a law"], )";
    QTest::newRow("not JSON") << QByteArray("{\"id\": ") << QStringLiteral("not valid JSON");
    QTest::newRow("array") << QByteArray("[]") << QStringLiteral("one JSON object");
    QTest::newRow("bad id") << QByteArray(
                                   R"({"id": "Bavaria", "name": "x", "sources": ["s"], "holidays": []})")
                            << QStringLiteral("id");
    QTest::newRow("no sources") << QByteArray(R"({"id": "XX", "name": "x", "holidays": []})")
                                << QStringLiteral("sources");
    QTest::newRow("unknown field") << head + R"("holidays": [], "colour": "red"})"
                                   << QStringLiteral("colour");
    QTest::newRow("bad date") << head + R"("holidays": [{"name": "A", "date": "13-40"}]})"
                              << QStringLiteral("holidays[0].date");
    QTest::newRow("no rule") << head + R"("holidays": [{"name": "A"}]})" << QStringLiteral("holidays[0]");
    QTest::newRow("two rules") << head + R"("holidays": [{"name": "A", "date": "01-01", "easter": 1}]})"
                               << QStringLiteral("exactly one");
    QTest::newRow("no name") << head + R"("holidays": [{"date": "01-01"}]})"
                             << QStringLiteral("holidays[0].name");
    QTest::newRow("bad weekday")
        << head + R"("holidays": [{"name": "A", "month": 5, "weekday": "monday", "nth": 1}]})"
        << QStringLiteral("holidays[0].weekday");
    QTest::newRow("nth 0") << head + R"("holidays": [{"name": "A", "month": 5, "weekday": "mon", "nth": 0}]})"
                           << QStringLiteral("holidays[0].nth");
    QTest::newRow("bad one-off")
        << head + R"("holidays": [{"name": "A", "date": "01-01"}, {"name": "B", "on": "2022-02-30"}]})"
        << QStringLiteral("holidays[1].on");
    QTest::newRow("to before from")
        << head + R"("holidays": [{"name": "A", "date": "01-01", "from": 2020, "to": 2019}]})"
        << QStringLiteral("holidays[0].to");
    QTest::newRow("bad weekend rule")
        << head + R"("holidays": [{"name": "A", "date": "01-01", "weekend": "monday"}]})"
        << QStringLiteral("holidays[0].weekend");
    QTest::newRow("easter not a number")
        << head + R"("holidays": [{"name": "A", "easter": "1"}]})" << QStringLiteral("holidays[0].easter");
    QTest::newRow("typo in a rule") << head + R"("holidays": [{"name": "A", "date": "01-01", "form": 2020}]})"
                                    << QStringLiteral("holidays[0].form");
}

void TestHolidayCalendar::malformed()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, mentions);
    QTemporaryDir dir;
    QFile f(dir.filePath(QStringLiteral("XX.json")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(json);
    f.close();
    auto set = HolidayCalendars::load(dir.path());
    QVERIFY(!set);
    QCOMPARE(set.error().code, Error::Code::InvalidInput);
    QVERIFY2(set.error().message.startsWith(QStringLiteral("XX.json")), qPrintable(set.error().message));
    QVERIFY2(set.error().message.contains(mentions), qPrintable(set.error().message));
}

void TestHolidayCalendar::missingParent()
{
    QTemporaryDir dir;
    QFile f(dir.filePath(QStringLiteral("XX-AB.json")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({"id": "XX-AB", "name": "Region", "extends": "XX", "sources": ["s"], "holidays": []})");
    f.close();
    auto set = HolidayCalendars::load(dir.path());
    QVERIFY(!set);
    QVERIFY2(set.error().message.contains(QStringLiteral("XX-AB.json: extends")),
             qPrintable(set.error().message));
}

void TestHolidayCalendar::idMustMatchFileName()
{
    QTemporaryDir dir;
    QFile f(dir.filePath(QStringLiteral("DE.json")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({"id": "AT", "name": "x", "sources": ["s"], "holidays": []})");
    f.close();
    auto set = HolidayCalendars::load(dir.path());
    QVERIFY(!set);
    QVERIFY2(set.error().message.contains(QStringLiteral("DE.json: id")), qPrintable(set.error().message));
}

QTEST_GUILESS_MAIN(TestHolidayCalendar)
#include "tst_holidaycalendar.moc"
