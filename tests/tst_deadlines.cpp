#include "Deadlines.h"
#include "HolidayCalendar.h"
#include "TestSupport.h"

#include <QTest>

using namespace lethe;

class TestDeadlines : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { test::isolate(); }
    void due_data();
    void due();
    void acknowledgement_data();
    void acknowledgement();
    void stoppedClockIsReported();
    void ccpaClockNeverStops();
    void ukClockStillStopped();
    void holidays_data();
    void holidays();
    void gdprTable_data();
    void gdprTable();
    void ukTable_data();
    void ukTable();
    void ccpaDueTable_data();
    void ccpaDueTable();
    void ccpaAcknowledgementTable_data();
    void ccpaAcknowledgementTable();
    void explanationNamesTheHolidays();
    void calendarForRegulation();
    void easter();
    void urgency_data();
    void urgency();
    // Kept apart from the due-date table above, which the holiday calendars rewrite.
    void ccpaFifteenBusinessDays_data();
    void ccpaFifteenBusinessDays();
};

static QDate d(const char* iso)
{
    return QDate::fromString(QLatin1String(iso), Qt::ISODate);
}

void TestDeadlines::due_data()
{
    QTest::addColumn<int>("regulation");
    QTest::addColumn<QDate>("received");
    QTest::addColumn<bool>("extended");
    QTest::addColumn<QList<ClockStop>>("stops");
    QTest::addColumn<QDate>("expected");
    const QList<ClockStop> none;
    const int gdpr = int(Regulation::Gdpr), uk = int(Regulation::UkGdpr), ccpa = int(Regulation::Ccpa),
              other = int(Regulation::Other);

    QTest::newRow("gdpr plain weekday") << gdpr << d("2026-03-10") << false << none << d("2026-04-10");
    QTest::newRow("gdpr lands on Sunday -> Monday")
        << gdpr << d("2026-01-15") << false << none << d("2026-02-16");
    QTest::newRow("gdpr Jan 31 -> Feb 28 (Sat) -> Mon")
        << gdpr << d("2026-01-31") << false << none << d("2026-03-02");
    QTest::newRow("gdpr leap year Jan 31 -> Feb 29")
        << gdpr << d("2024-01-31") << false << none << d("2024-02-29");
    QTest::newRow("gdpr May 31 -> Jun 30") << gdpr << d("2026-05-31") << false << none << d("2026-06-30");
    QTest::newRow("gdpr no UK bank holidays") << gdpr << d("2026-11-28") << false << none << d("2026-12-28");
    QTest::newRow("gdpr extended: three months")
        << gdpr << d("2026-01-31") << true << none << d("2026-04-30");
    QTest::newRow("gdpr extended across year, Sunday")
        << gdpr << d("2026-11-30") << true << none << d("2027-03-01");
    QTest::newRow("gdpr two clock stops (7 days)")
        << gdpr << d("2026-06-01") << false
        << QList<ClockStop>{{d("2026-06-02"), d("2026-06-04")}, {d("2026-06-10"), d("2026-06-15")}}
        << d("2026-07-08");

    QTest::newRow("uk Boxing Day substitute") << uk << d("2026-11-26") << false << none << d("2026-12-29");
    QTest::newRow("uk Good Friday and Easter Monday")
        << uk << d("2026-03-03") << false << none << d("2026-04-07");
    QTest::newRow("uk early May bank holiday") << uk << d("2026-04-04") << false << none << d("2026-05-05");
    QTest::newRow("uk Jan 31 -> Feb 28 (Sun) -> Mon")
        << uk << d("2027-01-31") << false << none << d("2027-03-01");
    QTest::newRow("uk 2020 VE Day moved holiday")
        << uk << d("2020-04-08") << false << none << d("2020-05-11");
    QTest::newRow("uk 2022 spring holiday moved off May 30")
        << uk << d("2022-04-30") << false << none << d("2022-05-30");
    // UK GDPR Art. 12A (Data (Use and Access) Act 2025): asking for identity restarts the period when the
    // answer arrives. Issue 16's case: received 03-02, asked 03-05, answered 03-20: one month from 03-20.
    QTest::newRow("uk identity asked: the period begins when the answer arrives")
        << uk << d("2026-03-02") << false << QList<ClockStop>{{d("2026-03-05"), d("2026-03-20")}}
        << d("2026-04-20");
    // Answered 03-12: 04-12 is a Sunday, so Monday 04-13 (Easter Monday was 04-06).
    QTest::newRow("uk clock restarted, lands on Sunday")
        << uk << d("2026-03-02") << false << QList<ClockStop>{{d("2026-03-05"), d("2026-03-12")}}
        << d("2026-04-13");
    // Two requests: the later answer (06-15) starts the month; 07-15 is a Wednesday.
    QTest::newRow("uk two requests: the last answer counts")
        << uk << d("2026-06-01") << false
        << QList<ClockStop>{{d("2026-06-02"), d("2026-06-04")}, {d("2026-06-10"), d("2026-06-15")}}
        << d("2026-07-15");
    // Extended: three months from the restart (11-20 -> 02-20-2027, a Saturday -> Monday 02-22).
    QTest::newRow("uk extended after a restart")
        << uk << d("2026-11-02") << true << QList<ClockStop>{{d("2026-11-04"), d("2026-11-20")}}
        << d("2027-02-22");
    QTest::newRow("uk extended") << uk << d("2026-01-10") << true << none << d("2026-04-10");

    QTest::newRow("ccpa 45 days") << ccpa << d("2026-01-09") << false << none << d("2026-02-23");
    QTest::newRow("ccpa 90 days extended") << ccpa << d("2026-01-09") << true << none << d("2026-04-09");
    QTest::newRow("ccpa stop does not move the deadline")
        << ccpa << d("2026-01-09") << false << QList<ClockStop>{{d("2026-01-12"), d("2026-01-20")}}
        << d("2026-02-23");
    QTest::newRow("ccpa calendar days, Sunday not rolled")
        << ccpa << d("2026-01-01") << false << none << d("2026-02-15");

    QTest::newRow("other 30 days") << other << d("2026-01-01") << false << none << d("2026-01-31");
    QTest::newRow("other extended 60 days") << other << d("2026-01-01") << true << none << d("2026-03-02");
}

void TestDeadlines::due()
{
    QFETCH(int, regulation);
    QFETCH(QDate, received);
    QFETCH(bool, extended);
    QFETCH(QList<ClockStop>, stops);
    QFETCH(QDate, expected);
    const Deadline dl =
        Deadlines::compute({Regulation(regulation), received, extended, stops}, d("2027-12-31"));
    QCOMPARE(dl.due, expected);
    QVERIFY(!dl.clockStopped);
}

void TestDeadlines::acknowledgement_data()
{
    QTest::addColumn<QDate>("received");
    QTest::addColumn<QDate>("expected");
    QTest::newRow("ten weekdays") << d("2026-01-02") << d("2026-01-16");
    QTest::newRow("skips Martin Luther King Jr. Day") << d("2026-01-09") << d("2026-01-26");
    // Gov. Code 6700 lists Thanksgiving Day, not the day after (issue 16): 23-25 Nov, 27 Nov, 30 Nov-4 Dec.
    QTest::newRow("skips Thanksgiving, not the day after") << d("2026-11-20") << d("2026-12-07");
    QTest::newRow("received on a Saturday") << d("2026-02-28") << d("2026-03-13");
    QTest::newRow("skips Cesar Chavez Day") << d("2026-03-27") << d("2026-04-13");
}

void TestDeadlines::acknowledgement()
{
    QFETCH(QDate, received);
    QFETCH(QDate, expected);
    QCOMPARE(Deadlines::compute({Regulation::Ccpa, received, false, {}}, received).acknowledgeBy, expected);
    QVERIFY(!Deadlines::compute({Regulation::Gdpr, received, false, {}}, received).acknowledgeBy.isValid());
}

void TestDeadlines::ccpaClockNeverStops()
{
    // Issue 16: received 2026-03-21, waiting for identity since 03-25 and still waiting on 06-01. Under 11
    // CCR 7021(b) the 45 days run regardless of the time needed to verify: due 05-05, not paused, and 27
    // days overdue on 06-01.
    const Deadline dl = Deadlines::compute(
        {Regulation::Ccpa, d("2026-03-21"), false, {{d("2026-03-25"), QDate()}}}, d("2026-06-01"));
    QVERIFY(!dl.clockStopped);
    QCOMPARE(dl.pausedDays, 0);
    QCOMPARE(dl.due, d("2026-05-05"));
    QCOMPARE(Deadlines::daysLeft(dl.due, d("2026-06-01")), -27);
    QCOMPARE(Deadlines::urgency(Deadlines::daysLeft(dl.due, d("2026-06-01"))), Urgency::Overdue);
}

void TestDeadlines::ukClockStillStopped()
{
    // UK GDPR: asked 11-05 and not answered by 11-22: stopped; if the answer came today the month would
    // run from 11-22 (due 12-22, a Tuesday). A day later, from 11-23 (12-23).
    const Deadline dl = Deadlines::compute(
        {Regulation::UkGdpr, d("2026-11-01"), false, {{d("2026-11-05"), QDate()}}}, d("2026-11-22"));
    QVERIFY(dl.clockStopped);
    QCOMPARE(dl.due, d("2026-12-22"));
    QCOMPARE(dl.restartedFrom, d("2026-11-22"));
    const Deadline answered = Deadlines::compute(
        {Regulation::UkGdpr, d("2026-11-01"), false, {{d("2026-11-05"), d("2026-11-23")}}}, d("2026-12-01"));
    QVERIFY(!answered.clockStopped);
    QCOMPARE(answered.restartedFrom, d("2026-11-23"));
    QCOMPARE(answered.due, d("2026-12-23"));
}

void TestDeadlines::stoppedClockIsReported()
{
    // Stopped on Nov 5 and not restarted: as of Nov 22 the clock has been stopped 17 days.
    const Deadline dl = Deadlines::compute(
        {Regulation::Gdpr, d("2026-11-01"), false, {{d("2026-11-05"), QDate()}}}, d("2026-11-22"));
    QVERIFY(dl.clockStopped);
    QCOMPARE(dl.pausedDays, 17);
    QCOMPARE(dl.due, d("2026-12-18"));
    // A day later the earliest due date moves a day later too.
    const Deadline next = Deadlines::compute(
        {Regulation::Gdpr, d("2026-11-01"), false, {{d("2026-11-05"), QDate()}}}, d("2026-11-23"));
    QCOMPARE(next.due, d("2026-12-21")); // Dec 19 is a Saturday
}

void TestDeadlines::holidays_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<bool>("englandWales");
    QTest::addColumn<bool>("california");
    QTest::newRow("Christmas 2026 (Fri)") << d("2026-12-25") << true << true;
    QTest::newRow("Boxing Day 2026 substitute (Mon 28)") << d("2026-12-28") << true << false;
    QTest::newRow("day after Thanksgiving 2026 is not in Gov. Code 6700")
        << d("2026-11-27") << false << false;
    QTest::newRow("Lincoln Day 2026 (Gov. Code 6700(a))") << d("2026-02-12") << false << true;
    QTest::newRow("Veterans Day 2028 on Sat: Fri 10 (Gov. Code 6701)") << d("2028-11-10") << false << true;
    QTest::newRow("Independence Day 2026 on Sat: Fri 3 not a holiday") << d("2026-07-03") << false << false;
    QTest::newRow("Christmas 2027 on Sat: Mon 27") << d("2027-12-27") << true << false;
    QTest::newRow("Boxing 2027 on Sun: Tue 28") << d("2027-12-28") << true << false;
    QTest::newRow("New Year 2028 (Sat) -> Mon 3") << d("2028-01-03") << true << false;
    QTest::newRow("Platinum Jubilee 2022") << d("2022-06-03") << true << false;
    QTest::newRow("May 30 2022 was not a holiday") << d("2022-05-30") << false << true;
    QTest::newRow("Summer bank holiday 2026") << d("2026-08-31") << true << false;
    QTest::newRow("Cesar Chavez Day 2026") << d("2026-03-31") << false << true;
    QTest::newRow("Native American Day 2026") << d("2026-09-25") << false << true;
    QTest::newRow("Independence Day 2027 (Sun) -> Mon 5") << d("2027-07-05") << false << true;
    QTest::newRow("ordinary Tuesday") << d("2026-11-24") << false << false;
}

void TestDeadlines::holidays()
{
    QFETCH(QDate, date);
    QFETCH(bool, englandWales);
    QFETCH(bool, california);
    QCOMPARE(Deadlines::isEnglandWalesBankHoliday(date), englandWales);
    QCOMPARE(Deadlines::isCaliforniaStateHoliday(date), california);
}

void TestDeadlines::easter()
{
    QCOMPARE(Deadlines::easterSunday(2024), d("2024-03-31"));
    QCOMPARE(Deadlines::easterSunday(2025), d("2025-04-20"));
    QCOMPARE(Deadlines::easterSunday(2026), d("2026-04-05"));
    QCOMPARE(Deadlines::easterSunday(2038), d("2038-04-25"));
}

void TestDeadlines::urgency_data()
{
    QTest::addColumn<int>("daysLeft");
    QTest::addColumn<int>("expected");
    QTest::newRow("10 is relaxed") << 10 << int(Urgency::Relaxed);
    QTest::newRow("9 is soon") << 9 << int(Urgency::Soon);
    QTest::newRow("5 is soon") << 5 << int(Urgency::Soon);
    QTest::newRow("4 is urgent") << 4 << int(Urgency::Urgent);
    QTest::newRow("0 is urgent") << 0 << int(Urgency::Urgent);
    QTest::newRow("-1 is overdue") << -1 << int(Urgency::Overdue);
}

void TestDeadlines::urgency()
{
    QFETCH(int, daysLeft);
    QFETCH(int, expected);
    QCOMPARE(int(Deadlines::urgency(daysLeft)), expected);
}

// CCPA requests to opt out of sale/sharing and to limit the use of sensitive personal information: "as soon
// as feasibly possible, but no later than 15 business days from the date the business receives the request"
// (11 CCR 7026(f)(1), 7027(g)(1)); the day of receipt is not counted, weekends and California state holidays
// (Gov. Code 6700) are not business days. No extension exists for them, and the 10-business-day confirmation
// of 11 CCR 7021(a) is for requests to delete, correct and know only. The clock never stops (no verifiable
// request may be required: 7026(d), 7027(e)). Holidays on the rows' paths: Cesar Chavez Day (31 March),
// Memorial Day, Labor Day, Admission Day (9 September), Native American Day (fourth Friday in September),
// Martin Luther King Jr. Day, Christmas, New Year.
void TestDeadlines::ccpaFifteenBusinessDays_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<QDate>("received");
    QTest::addColumn<bool>("extended");
    QTest::addColumn<QList<ClockStop>>("stops");
    QTest::addColumn<QDate>("expected");
    const QList<ClockStop> none;
    const int optOut = int(RequestType::OptOutSaleSharing), limit = int(RequestType::LimitSensitive);
    // Mon 2 March 2026: three full weeks, no holiday.
    QTest::newRow("opt-out, no holiday") << optOut << d("2026-03-02") << false << none << d("2026-03-23");
    // Fri 20 March: Tue 31 March (Cesar Chavez Day, Gov. Code 6700(a)) is skipped; Good Friday is not a
    // holiday.
    QTest::newRow("opt-out over Cesar Chavez Day")
        << optOut << d("2026-03-20") << false << none << d("2026-04-13");
    // Fri 15 May: Memorial Day, Mon 25 May.
    QTest::newRow("opt-out over Memorial Day")
        << optOut << d("2026-05-15") << false << none << d("2026-06-08");
    // Tue 8 September: Admission Day, Wed 9 September (Gov. Code 6700, "September 9, known as 'Admission
    // Day'"), and Native American Day, Fri 25 September.
    QTest::newRow("limit over Admission Day and Native American Day")
        << limit << d("2026-09-08") << false << none << d("2026-10-01");
    // Received on Saturday 7 March: Monday 9 March is the first business day.
    QTest::newRow("limit received on a Saturday")
        << limit << d("2026-03-07") << false << none << d("2026-03-27");
    // Fri 9 January: Martin Luther King Jr. Day, Mon 19 January.
    QTest::newRow("limit over MLK Day") << limit << d("2026-01-09") << false << none << d("2026-02-02");
    // Mon 21 December: Christmas (Fri 25 December 2026) and New Year's Day (Fri 1 January 2027).
    QTest::newRow("opt-out over Christmas and New Year")
        << optOut << d("2026-12-21") << false << none << d("2027-01-13");
    // No extension for these requests: an extended flag (from a type changed later) changes nothing.
    QTest::newRow("opt-out: no extension") << optOut << d("2026-03-02") << true << none << d("2026-03-23");
    // The clock does not stop for them either.
    QTest::newRow("limit: a stop changes nothing")
        << limit << d("2026-03-02") << false << QList<ClockStop>{{d("2026-03-03"), d("2026-03-20")}}
        << d("2026-03-23");
}

void TestDeadlines::ccpaFifteenBusinessDays()
{
    QFETCH(int, type);
    QFETCH(QDate, received);
    QFETCH(bool, extended);
    QFETCH(QList<ClockStop>, stops);
    QFETCH(QDate, expected);
    const Deadline dl =
        Deadlines::compute({Regulation::Ccpa, received, extended, stops, RequestType(type)}, d("2026-01-01"));
    QCOMPARE(dl.due, expected);
    QVERIFY(!dl.acknowledgeBy.isValid()); // 7021(a) names delete, correct and know only
    QVERIFY(!dl.clockStopped);
    QVERIFY(!Deadlines::allowsExtension(Regulation::Ccpa, RequestType(type)));
    // The same dates as know, delete or correct requests keep 45 calendar days and the acknowledgement.
    for (RequestType t : {RequestType::Access, RequestType::Erasure, RequestType::Rectification}) {
        const Deadline other =
            Deadlines::compute({Regulation::Ccpa, received, false, {}, t}, d("2026-01-01"));
        QCOMPARE(other.due, received.addDays(45));
        QVERIFY(other.acknowledgeBy.isValid());
    }
}

// ---- Dated tables (issue 16). Every expected date was worked out by hand from the calendar files' sources
// (cited per row) and a printed calendar, not by running this code. GDPR and UK GDPR: one month from the
// start (Art. 12(3); the same date next month, or that month's last day), then Reg. 1182/71 Art. 3(4) for
// the GDPR and the ICO's guidance for the UK GDPR: a Saturday, Sunday or public holiday of the controller's
// calendar gives the next working day. Extension: three months. CCPA: 11 CCR 7021(b) (45/90 calendar days,
// no stop) and 7001 + Gov. Code 6700/6701 (business days for the 10-day acknowledgement).

namespace {
struct Row
{
    const char* tag;
    const char* calendar;
    const char* received;
    bool extended;
    QList<ClockStop> stops;
    const char* expected;
    GdprClockRule clock = GdprClockRule::Pause;
};

void addRows(const QList<Row>& rows)
{
    QTest::addColumn<QString>("calendar");
    QTest::addColumn<QDate>("received");
    QTest::addColumn<bool>("extended");
    QTest::addColumn<QList<ClockStop>>("stops");
    QTest::addColumn<int>("clock");
    QTest::addColumn<QDate>("expected");
    for (const Row& r : rows)
        QTest::newRow(r.tag) << QString::fromLatin1(r.calendar) << d(r.received) << r.extended << r.stops
                             << int(r.clock) << d(r.expected);
}

Deadline computeRow(Regulation regulation)
{
    QFETCH(QString, calendar);
    QFETCH(QDate, received);
    QFETCH(bool, extended);
    QFETCH(QList<ClockStop>, stops);
    QFETCH(int, clock);
    DeadlineInput in{regulation, received, extended, stops};
    if (!calendar.isEmpty()) {
        in.calendar = HolidayCalendars::shipped().find(calendar);
        if (!in.calendar)
            qFatal("no calendar %s", qPrintable(calendar));
    }
    in.gdprClock = GdprClockRule(clock);
    return Deadlines::compute(in, d("2030-12-31"));
}

QList<ClockStop> stop(const char* from, const char* to)
{
    return {{d(from), d(to)}};
}
} // namespace

void TestDeadlines::gdprTable_data()
{
    const auto restart = GdprClockRule::Restart;
    addRows({
        // Germany: Einigungsvertrag Art. 2(2) and the Länder's Feiertagsgesetze
        // (resources/calendars/DE*.json).
        {"DE Christmas 2026: Fri 25, Sat 26 -> Mon 28", "DE", "2026-11-25", false, {}, "2026-12-28"},
        {"no calendar: weekends only, 25 Dec stays", "", "2026-11-25", false, {}, "2026-12-25"},
        {"DE Christmas 2025: Thu 25, Fri 26 -> Mon 29", "DE", "2025-11-25", false, {}, "2025-12-29"},
        {"DE New Year 2027 (Fri) -> Mon 4", "DE", "2026-12-01", false, {}, "2027-01-04"},
        {"DE-BY Corpus Christi 2026 (Thu 4 Jun) -> Fri 5", "DE-BY", "2026-05-04", false, {}, "2026-06-05"},
        {"DE-BE no Corpus Christi: Thu 4 Jun 2026", "DE-BE", "2026-05-04", false, {}, "2026-06-04"},
        {"DE-BY Corpus Christi 2025 (Thu 19 Jun) -> Fri 20", "DE-BY", "2025-05-19", false, {}, "2025-06-20"},
        {"DE-BE no Corpus Christi: Thu 19 Jun 2025", "DE-BE", "2025-05-19", false, {}, "2025-06-19"},
        {"DE-BY Epiphany 2027 (Wed) -> Thu 7", "DE-BY", "2026-12-06", false, {}, "2027-01-07"},
        {"DE-BE no Epiphany: Wed 6 Jan 2027", "DE-BE", "2026-12-06", false, {}, "2027-01-06"},
        {"DE-BE Women's Day 2027 (Mon 8 Mar) -> Tue 9", "DE-BE", "2027-02-08", false, {}, "2027-03-09"},
        {"DE-BY no Women's Day: Mon 8 Mar 2027", "DE-BY", "2027-02-08", false, {}, "2027-03-08"},
        {"DE-MV Women's Day only from 2023: Tue 8 Mar 2022", "DE-MV", "2022-02-08", false, {}, "2022-03-08"},
        {"DE-MV Women's Day 2023 (Wed) -> Thu 9", "DE-MV", "2023-02-08", false, {}, "2023-03-09"},
        {"DE-SN Repentance Day 2026 (Wed 18 Nov) -> Thu 19", "DE-SN", "2026-10-18", false, {}, "2026-11-19"},
        {"DE-BY no Repentance Day: Wed 18 Nov 2026", "DE-BY", "2026-10-18", false, {}, "2026-11-18"},
        {"DE-HH extended from 31 Jul: Reformation Day Fri 31 Oct 2025 -> Mon 3 Nov",
         "DE-HH",
         "2025-07-31",
         true,
         {},
         "2025-11-03"},
        {"DE-BY extended from 31 Jul: Fri 31 Oct 2025 is a working day",
         "DE-BY",
         "2025-07-31",
         true,
         {},
         "2025-10-31"},
        {"DE-HH 2017 one-off Reformation Day (Tue 31 Oct) -> Wed 1 Nov",
         "DE-HH",
         "2017-07-31",
         true,
         {},
         "2017-11-01"},
        {"DE-BY 2017: Reformation Day then All Saints -> Thu 2 Nov",
         "DE-BY",
         "2017-07-31",
         true,
         {},
         "2017-11-02"},
        {"DE-NW All Saints 2027 (Mon) -> Tue 2", "DE-NW", "2027-10-01", false, {}, "2027-11-02"},
        {"DE-BE no All Saints: Mon 1 Nov 2027", "DE-BE", "2027-10-01", false, {}, "2027-11-01"},
        {"DE-TH World Children's Day 2027 (Mon 20 Sep) -> Tue 21",
         "DE-TH",
         "2027-08-20",
         false,
         {},
         "2027-09-21"},
        {"DE-TH World Children's Day only from 2019: Thu 20 Sep 2018",
         "DE-TH",
         "2018-08-20",
         false,
         {},
         "2018-09-20"},
        {"DE Ascension 2026 (Thu 14 May) -> Fri 15", "DE", "2026-04-14", false, {}, "2026-05-15"},
        {"DE Whit Monday 2026 (25 May) -> Tue 26", "DE", "2026-04-25", false, {}, "2026-05-26"},
        {"DE Good Friday to Easter Monday 2026 -> Tue 7 Apr", "DE", "2026-03-03", false, {}, "2026-04-07"},
        {"DE Unity Day 2025 (Fri 3 Oct) -> Mon 6", "DE", "2025-09-03", false, {}, "2025-10-06"},
        {"DE Labour Day 2026 (Fri 1 May) -> Mon 4", "DE", "2026-04-01", false, {}, "2026-05-04"},
        {"DE leap year: 31 Jan 2024 -> Thu 29 Feb", "DE", "2024-01-31", false, {}, "2024-02-29"},
        {"DE-BW extended: Epiphany 2027 (Wed) -> Thu 7", "DE-BW", "2026-10-06", true, {}, "2027-01-07"},
        // Ireland: Organisation of Working Time Act 1997, Schedule 2.
        {"IE St Patrick's Day 2026 (Tue) -> Wed 18", "IE", "2026-02-17", false, {}, "2026-03-18"},
        {"DE has no St Patrick's Day: Tue 17 Mar 2026", "DE", "2026-02-17", false, {}, "2026-03-17"},
        {"IE St Brigid's Day 2026 (Mon 2 Feb) -> Tue 3", "IE", "2026-01-02", false, {}, "2026-02-03"},
        {"IE Christmas and St Stephen's 2025 -> Mon 29", "IE", "2025-11-25", false, {}, "2025-12-29"},
        {"IE October bank holiday 2026 (Mon 26) -> Tue 27", "IE", "2026-09-26", false, {}, "2026-10-27"},
        {"IE August bank holiday 2026 (Mon 3) -> Tue 4", "IE", "2026-07-03", false, {}, "2026-08-04"},
        {"IE June bank holiday 2026 (Mon 1) -> Tue 2", "IE", "2026-05-01", false, {}, "2026-06-02"},
        {"IE one-off 18 Mar 2022 (Fri) -> Mon 21", "IE", "2022-02-18", false, {}, "2022-03-21"},
        {"IE no St Brigid's Day before 2023: Mon 7 Feb 2022", "IE", "2022-01-07", false, {}, "2022-02-07"},
        // Spain: Estatuto de los Trabajadores art. 37.2 and the communities' yearly decrees.
        {"ES-MD Maundy Thursday and Good Friday 2026 -> Mon 6 Apr",
         "ES-MD",
         "2026-03-02",
         false,
         {},
         "2026-04-06"},
        {"ES-CT no Maundy Thursday: Thu 2 Apr 2026", "ES-CT", "2026-03-02", false, {}, "2026-04-02"},
        {"ES-CT Good Friday and Easter Monday 2026 -> Tue 7 Apr",
         "ES-CT",
         "2026-03-03",
         false,
         {},
         "2026-04-07"},
        {"ES-MD no Easter Monday: Mon 6 Apr 2026", "ES-MD", "2026-03-03", false, {}, "2026-04-06"},
        {"ES-MD Community Day 2025 (Fri 2 May) -> Mon 5", "ES-MD", "2025-04-02", false, {}, "2025-05-05"},
        {"ES-CT no Madrid day: Fri 2 May 2025", "ES-CT", "2025-04-02", false, {}, "2025-05-02"},
        {"ES-CT Diada 2026 (Fri 11 Sep) -> Mon 14", "ES-CT", "2026-08-11", false, {}, "2026-09-14"},
        {"ES-MD no Diada: Fri 11 Sep 2026", "ES-MD", "2026-08-11", false, {}, "2026-09-11"},
        {"ES-AN Day of Andalusia 2025 (Fri 28 Feb) -> Mon 3 Mar",
         "ES-AN",
         "2025-01-28",
         false,
         {},
         "2025-03-03"},
        {"ES national: Fri 28 Feb 2025 is a working day", "ES", "2025-01-28", false, {}, "2025-02-28"},
        {"ES National Day 2026 (Mon 12 Oct) -> Tue 13", "ES", "2026-09-12", false, {}, "2026-10-13"},
        {"ES Immaculate Conception 2026 (Tue) -> Wed 9", "ES", "2026-11-08", false, {}, "2026-12-09"},
        {"ES-GA Galicia Day 2025 (Fri 25 Jul) -> Mon 28", "ES-GA", "2025-06-25", false, {}, "2025-07-28"},
        {"ES-MD no Galicia Day: Fri 25 Jul 2025", "ES-MD", "2025-06-25", false, {}, "2025-07-25"},
        {"ES-VC Valencia Day (Fri 9 Oct) and National Day (Mon 12) 2026 -> Tue 13",
         "ES-VC",
         "2026-09-09",
         false,
         {},
         "2026-10-13"},
        // Spain 2026, the communities added from the BOE resolution for 2026 (BOE-A-2025-21667) and their
        // decrees: one month, then the next day that is neither a weekend nor a holiday of the community.
        {"ES-IB Balearic Day moved to Mon 2 Mar 2026 -> Tue 3",
         "ES-IB",
         "2026-02-02",
         false,
         {},
         "2026-03-03"},
        {"ES-MD no Balearic Day: Mon 2 Mar 2026", "ES-MD", "2026-02-02", false, {}, "2026-03-02"},
        {"ES-MC Day of Murcia 2026 (Tue 9 Jun) -> Wed 10", "ES-MC", "2026-05-09", false, {}, "2026-06-10"},
        {"ES-RI Day of La Rioja 2026 (Tue 9 Jun) -> Wed 10", "ES-RI", "2026-05-09", false, {}, "2026-06-10"},
        {"ES-AR no 9 June: Tue 9 Jun 2026", "ES-AR", "2026-05-09", false, {}, "2026-06-09"},
        {"ES-NC St Joseph 2026 (Thu 19 Mar) -> Fri 20", "ES-NC", "2026-02-19", false, {}, "2026-03-20"},
        {"ES-ML Eid al-Fitr 2026 (Fri 20 Mar) -> Mon 23", "ES-ML", "2026-02-20", false, {}, "2026-03-23"},
        {"ES-CB Institutions Day 2026 (Tue 28 Jul) -> Wed 29",
         "ES-CB",
         "2026-06-28",
         false,
         {},
         "2026-07-29"},
        {"ES-AS Day of Asturias 2026 (Tue 8 Sep) -> Wed 9", "ES-AS", "2026-08-08", false, {}, "2026-09-09"},
        {"ES-CM Corpus Christi 2026 (Thu 4 Jun) -> Fri 5", "ES-CM", "2026-05-04", false, {}, "2026-06-05"},
        {"ES-CL All Saints moved to Mon 2 Nov 2026 -> Tue 3", "ES-CL", "2026-10-02", false, {}, "2026-11-03"},
        {"ES-CB keeps no 2 Nov: Mon 2 Nov 2026", "ES-CB", "2026-10-02", false, {}, "2026-11-02"},
        {"ES-CL Constitution Mon 7 and Immaculate Tue 8 Dec 2026 -> Wed 9",
         "ES-CL",
         "2026-11-07",
         false,
         {},
         "2026-12-09"},
        {"ES-CN 7 Dec 2026 swapped for 30 May: Mon 7 Dec", "ES-CN", "2026-11-07", false, {}, "2026-12-07"},
        {"ES-NC St Francis Xavier 2025 (Wed 3 Dec) -> Thu 4", "ES-NC", "2025-11-03", false, {}, "2025-12-04"},
        // Spain 2025 (BOE-A-2024-21316): 12 October was a Sunday; some communities took Monday 13.
        {"ES-AS National Day moved to Mon 13 Oct 2025 -> Tue 14",
         "ES-AS",
         "2025-09-13",
         false,
         {},
         "2025-10-14"},
        {"ES-EX National Day moved to Mon 13 Oct 2025 -> Tue 14",
         "ES-EX",
         "2025-09-13",
         false,
         {},
         "2025-10-14"},
        {"ES-CB took 28 Jul instead: Mon 13 Oct 2025", "ES-CB", "2025-09-13", false, {}, "2025-10-13"},
        {"ES-CB La Bien Aparecida 2025 (Mon 15 Sep) -> Tue 16",
         "ES-CB",
         "2025-08-15",
         false,
         {},
         "2025-09-16"},
        {"ES-CM Corpus Christi 2025 (Thu 19 Jun) -> Fri 20", "ES-CM", "2025-05-19", false, {}, "2025-06-20"},
        {"ES-CE St Anthony 2025 (Fri 13 Jun) -> Mon 16", "ES-CE", "2025-05-13", false, {}, "2025-06-16"},
        // Portugal: Decreto Regional 13/80/A (Azores), 27/79/M and DLR 18/2002/M (Madeira).
        {"PT-20 Day of the Azores 2026 (Mon 25 May) -> Tue 26",
         "PT-20",
         "2026-04-25",
         false,
         {},
         "2026-05-26"},
        {"PT no Azores day: Mon 25 May 2026", "PT", "2026-04-25", false, {}, "2026-05-25"},
        {"PT-30 Day of Madeira 2026 (Wed 1 Jul) -> Thu 2", "PT-30", "2026-06-01", false, {}, "2026-07-02"},
        {"PT-30 Christmas and Primeira Oitava 2025 (Thu 25, Fri 26) -> Mon 29",
         "PT-30",
         "2025-11-25",
         false,
         {},
         "2025-12-29"},
        {"PT Christmas 2025 (Thu 25) -> Fri 26", "PT", "2025-11-25", false, {}, "2025-12-26"},
        // France: Code du travail L3133-1; Alsace-Moselle L3134-13.
        {"FR VE Day 2026 (Fri 8 May) -> Mon 11", "FR", "2026-04-08", false, {}, "2026-05-11"},
        {"DE no VE Day: Fri 8 May 2026", "DE", "2026-04-08", false, {}, "2026-05-08"},
        {"FR Bastille Day 2026 (Tue) -> Wed 15", "FR", "2026-06-14", false, {}, "2026-07-15"},
        {"FR-57 St Stephen's 2025 (Fri 26 Dec) -> Mon 29", "FR-57", "2025-11-26", false, {}, "2025-12-29"},
        {"FR no St Stephen's: Fri 26 Dec 2025", "FR", "2025-11-26", false, {}, "2025-12-26"},
        {"FR-67 Good Friday and Easter Monday 2026 -> Tue 7 Apr",
         "FR-67",
         "2026-03-03",
         false,
         {},
         "2026-04-07"},
        {"FR no Good Friday: Fri 3 Apr 2026", "FR", "2026-03-03", false, {}, "2026-04-03"},
        {"FR Armistice 2026 (Wed) -> Thu 12", "FR", "2026-10-11", false, {}, "2026-11-12"},
        // Italy: Legge 260/1949 art. 2.
        {"IT Liberation Day 2025 (Fri 25 Apr) -> Mon 28", "IT", "2025-03-25", false, {}, "2025-04-28"},
        {"IT Republic Day 2026 (Tue 2 Jun) -> Wed 3", "IT", "2026-05-02", false, {}, "2026-06-03"},
        {"IT Immaculate Conception 2026 (Tue) -> Wed 9", "IT", "2026-11-08", false, {}, "2026-12-09"},
        // Netherlands: Algemene termijnenwet art. 3.
        {"NL King's Day 2026 (Mon 27 Apr) -> Tue 28", "NL", "2026-03-27", false, {}, "2026-04-28"},
        {"NL Liberation Day 2026 (Tue 5 May) -> Wed 6", "NL", "2026-04-05", false, {}, "2026-05-06"},
        {"NL no Good Friday: Fri 3 Apr 2026", "NL", "2026-03-03", false, {}, "2026-04-03"},
        // Austria: Feiertagsruhegesetz § 1.
        {"AT National Day 2026 (Mon 26 Oct) -> Tue 27", "AT", "2026-09-26", false, {}, "2026-10-27"},
        {"AT Immaculate Conception 2026 (Tue) -> Wed 9", "AT", "2026-11-08", false, {}, "2026-12-09"},
        // Poland: Act of 18 January 1951 art. 1 (24 December from 2025).
        {"PL Constitution Day 2027 (Mon 3 May) -> Tue 4", "PL", "2027-04-03", false, {}, "2027-05-04"},
        {"PL Christmas Eve 2025 (Wed) to 26 Dec, weekend -> Mon 29",
         "PL",
         "2025-11-24",
         false,
         {},
         "2025-12-29"},
        {"PL Christmas Eve not yet a holiday in 2024: Tue 24 Dec",
         "PL",
         "2024-11-24",
         false,
         {},
         "2024-12-24"},
        // Denmark: Store bededag (Easter + 26) abolished from 2024.
        {"DK Store bededag 2023 (Fri 5 May) -> Mon 8", "DK", "2023-04-05", false, {}, "2023-05-08"},
        {"DK no Store bededag from 2024: Fri 26 Apr 2024", "DK", "2024-03-26", false, {}, "2024-04-26"},
        // Orthodox Easter 2026 is 12 April: Good Friday 10 Apr, Easter Monday 13 Apr, Clean Monday 23 Feb.
        {"RO Orthodox Good Friday to Easter Monday 2026 -> Tue 14 Apr",
         "RO",
         "2026-03-10",
         false,
         {},
         "2026-04-14"},
        {"GR Clean Monday 2026 (23 Feb) -> Tue 24", "GR", "2026-01-23", false, {}, "2026-02-24"},
        // Latvia: 4 May and 18 November on a weekend give the next working day.
        {"LV Restoration Day 2026 (Mon 4 May) -> Tue 5", "LV", "2026-04-04", false, {}, "2026-05-05"},
        {"LV Proclamation Day 2025 (Tue 18 Nov) -> Wed 19", "LV", "2025-10-18", false, {}, "2025-11-19"},
        {"LV Proclamation Day 2023 on Sat: Mon 20 Nov substitute -> Tue 21",
         "LV",
         "2023-10-20",
         false,
         {},
         "2023-11-21"},
        // Bulgaria: Labour Code art. 154(2): 25 Dec 2027 (Sat) -> Mon 27, 26 Dec (Sun) -> Tue 28.
        {"BG Christmas Eve 2027 (Fri) and substitutes -> Wed 29 Dec",
         "BG",
         "2027-11-24",
         false,
         {},
         "2027-12-29"},
        {"SE National Day 2025 (Fri 6 Jun) -> Mon 9", "SE", "2025-05-06", false, {}, "2025-06-09"},
        {"PT Portugal Day 2026 (Wed 10 Jun) -> Thu 11", "PT", "2026-05-10", false, {}, "2026-06-11"},
        {"PT Restoration Day 2026 (Tue 1 Dec) -> Wed 2", "PT", "2026-11-01", false, {}, "2026-12-02"},
        {"PT 1 December suspended in 2015: Tue 1 Dec", "PT", "2015-11-01", false, {}, "2015-12-01"},
        {"HR Statehood Day 2025 (Fri 30 May) -> Mon 2 Jun", "HR", "2025-04-30", false, {}, "2025-06-02"},
        {"CZ Jan Hus Day 2026 (Mon 6 Jul) -> Tue 7", "CZ", "2026-06-06", false, {}, "2026-07-07"},
        {"CZ Sun 5 Jul 2026 then Jan Hus Day -> Tue 7", "CZ", "2026-06-05", false, {}, "2026-07-07"},
        {"SI Preseren Day 2027 (Mon 8 Feb) -> Tue 9", "SI", "2027-01-08", false, {}, "2027-02-09"},
        {"HU National Day 2027 (Mon 15 Mar) -> Tue 16", "HU", "2027-02-15", false, {}, "2027-03-16"},
        {"LU Europe Day 2025 (Fri 9 May) -> Mon 12", "LU", "2025-04-09", false, {}, "2025-05-12"},
        {"BE National Day 2026 (Tue 21 Jul) -> Wed 22", "BE", "2026-06-21", false, {}, "2026-07-22"},
        {"MT extended from 31 Dec: Freedom Day Tue 31 Mar 2026 -> Wed 1 Apr",
         "MT",
         "2025-12-31",
         true,
         {},
         "2026-04-01"},
        {"FI Independence Day 2027 (Mon 6 Dec) -> Tue 7", "FI", "2027-11-06", false, {}, "2027-12-07"},
        {"EE Independence Day 2026 (Tue 24 Feb) -> Wed 25", "EE", "2026-01-24", false, {}, "2026-02-25"},
        {"LT Restoration Day 2026 (Mon 16 Feb) -> Tue 17", "LT", "2026-01-16", false, {}, "2026-02-17"},
        {"SK Constitution Day no longer a day off: Tue 1 Sep 2026",
         "SK",
         "2026-08-01",
         false,
         {},
         "2026-09-01"},
        {"SK Constitution Day 2023 (Fri 1 Sep) -> Mon 4", "SK", "2023-08-01", false, {}, "2023-09-04"},
        {"CY National Day 2026 (Wed 1 Apr) -> Thu 2", "CY", "2026-03-01", false, {}, "2026-04-02"},
        // Clock stops. Pause: asked 05-05, answered 05-08: 3 days added, so the month runs from 05-04.
        {"DE-BY pause: 3 days stopped, Corpus Christi -> Fri 5 Jun", "DE-BY", "2026-05-01", false,
         stop("2026-05-05", "2026-05-08"), "2026-06-05"},
        // Restart (workspace choice): the month runs from the answer (05-04): 06-04 is Corpus Christi.
        {"DE-BY restart: answered 4 May -> Fri 5 Jun", "DE-BY", "2026-04-20", false,
         stop("2026-04-22", "2026-05-04"), "2026-06-05", restart},
        // The same with pause: 12 days added to 04-20 gives 05-02, so 06-02 (Tue).
        {"DE-BY pause: 12 days stopped -> Tue 2 Jun", "DE-BY", "2026-04-20", false,
         stop("2026-04-22", "2026-05-04"), "2026-06-02"},
        // Issue 16's case under the EU rule: pause gives 15 days (03-17 -> 04-17), restart 03-20 -> 04-20.
        {"no calendar, pause: 15 days stopped -> Fri 17 Apr", "", "2026-03-02", false,
         stop("2026-03-05", "2026-03-20"), "2026-04-17"},
        {"no calendar, restart: from the answer -> Mon 20 Apr", "", "2026-03-02", false,
         stop("2026-03-05", "2026-03-20"), "2026-04-20", restart},
        {"IE restart: answered 17 Feb, St Patrick's Day -> Wed 18 Mar", "IE", "2026-02-01", false,
         stop("2026-02-03", "2026-02-17"), "2026-03-18", restart},
    });
}

void TestDeadlines::gdprTable()
{
    QFETCH(QDate, expected);
    QCOMPARE(computeRow(Regulation::Gdpr).due, expected);
}

void TestDeadlines::ukTable_data()
{
    // UK: Banking and Financial Dealings Act 1971 Sch. 1, GOV.UK bank holidays, proclamations in the Gazette;
    // Scotland also the St Andrew's Day Bank Holiday (Scotland) Act 2007. Restart: UK GDPR Art. 12A.
    addRows({
        {"EAW Good Friday and Easter Monday 2026 -> Tue 7 Apr",
         "GB-EAW",
         "2026-03-03",
         false,
         {},
         "2026-04-07"},
        {"SCT Good Friday 2026, no Easter Monday -> Mon 6 Apr",
         "GB-SCT",
         "2026-03-03",
         false,
         {},
         "2026-04-06"},
        {"NIR Good Friday and Easter Monday 2026 -> Tue 7 Apr",
         "GB-NIR",
         "2026-03-03",
         false,
         {},
         "2026-04-07"},
        {"EAW Easter Monday 2026 -> Tue 7", "GB-EAW", "2026-03-06", false, {}, "2026-04-07"},
        {"SCT Easter Monday is a working day: 6 Apr 2026", "GB-SCT", "2026-03-06", false, {}, "2026-04-06"},
        {"EAW late summer holiday 2026 (Mon 31 Aug) -> Tue 1 Sep",
         "GB-EAW",
         "2026-07-31",
         false,
         {},
         "2026-09-01"},
        {"SCT no late-August holiday: Mon 31 Aug 2026", "GB-SCT", "2026-07-31", false, {}, "2026-08-31"},
        {"SCT summer holiday 2026 (Mon 3 Aug) -> Tue 4", "GB-SCT", "2026-07-03", false, {}, "2026-08-04"},
        {"EAW no early-August holiday: Mon 3 Aug 2026", "GB-EAW", "2026-07-03", false, {}, "2026-08-03"},
        {"NIR no early-August holiday: Mon 3 Aug 2026", "GB-NIR", "2026-07-03", false, {}, "2026-08-03"},
        {"SCT St Andrew's Day 2026 (Mon 30 Nov) -> Tue 1 Dec",
         "GB-SCT",
         "2026-10-30",
         false,
         {},
         "2026-12-01"},
        {"EAW no St Andrew's Day: Mon 30 Nov 2026", "GB-EAW", "2026-10-30", false, {}, "2026-11-30"},
        {"SCT St Andrew's Day 2025 on Sun: Mon 1 Dec substitute -> Tue 2",
         "GB-SCT",
         "2025-10-30",
         false,
         {},
         "2025-12-02"},
        {"EAW Sun 30 Nov 2025 -> Mon 1 Dec", "GB-EAW", "2025-10-30", false, {}, "2025-12-01"},
        {"SCT 2 Jan 2027 on Sat: Mon 4 substitute -> Tue 5", "GB-SCT", "2026-12-02", false, {}, "2027-01-05"},
        {"EAW Sat 2 Jan 2027 -> Mon 4", "GB-EAW", "2026-12-02", false, {}, "2027-01-04"},
        {"SCT 2 Jan 2026 (Fri) -> Mon 5", "GB-SCT", "2025-12-02", false, {}, "2026-01-05"},
        {"EAW 2 Jan 2026 is a working day", "GB-EAW", "2025-12-02", false, {}, "2026-01-02"},
        {"NIR St Patrick's Day 2026 (Tue) -> Wed 18", "GB-NIR", "2026-02-17", false, {}, "2026-03-18"},
        {"EAW no St Patrick's Day: Tue 17 Mar 2026", "GB-EAW", "2026-02-17", false, {}, "2026-03-17"},
        {"NIR Boyne 2026 on Sun: Mon 13 Jul substitute -> Tue 14",
         "GB-NIR",
         "2026-06-13",
         false,
         {},
         "2026-07-14"},
        {"EAW no Boyne holiday: Mon 13 Jul 2026", "GB-EAW", "2026-06-13", false, {}, "2026-07-13"},
        {"NIR Boyne 2027 (Mon 12 Jul) -> Tue 13", "GB-NIR", "2027-06-12", false, {}, "2027-07-13"},
        {"NIR Boyne 2025 on Sat: Mon 14 Jul -> Tue 15", "GB-NIR", "2025-06-14", false, {}, "2025-07-15"},
        {"NIR St Patrick's Day 2027 (Wed) -> Thu 18", "GB-NIR", "2027-02-17", false, {}, "2027-03-18"},
        {"NIR St Patrick's Day 2024 on Sun: Mon 18 -> Tue 19",
         "GB-NIR",
         "2024-02-18",
         false,
         {},
         "2024-03-19"},
        {"EAW Christmas 2027 substitutes Mon 27, Tue 28 -> Wed 29",
         "GB-EAW",
         "2027-11-27",
         false,
         {},
         "2027-12-29"},
        {"SCT Christmas 2027 substitutes -> Wed 29", "GB-SCT", "2027-11-27", false, {}, "2027-12-29"},
        {"EAW Christmas 2027 on Sat -> Wed 29", "GB-EAW", "2027-11-25", false, {}, "2027-12-29"},
        {"EAW Boxing Day 2022 (Mon) and Christmas substitute (Tue) -> Wed 28",
         "GB-EAW",
         "2022-11-26",
         false,
         {},
         "2022-12-28"},
        {"EAW state funeral 19 Sep 2022 -> Tue 20", "GB-EAW", "2022-08-19", false, {}, "2022-09-20"},
        {"SCT state funeral 19 Sep 2022 -> Tue 20", "GB-SCT", "2022-08-19", false, {}, "2022-09-20"},
        {"NIR state funeral 19 Sep 2022 -> Tue 20", "GB-NIR", "2022-08-19", false, {}, "2022-09-20"},
        {"EAW coronation 8 May 2023 -> Tue 9", "GB-EAW", "2023-04-08", false, {}, "2023-05-09"},
        {"EAW early May 2023 (Mon 1) -> Tue 2", "GB-EAW", "2023-04-01", false, {}, "2023-05-02"},
        {"EAW jubilee 2022: Thu 2 and Fri 3 Jun -> Mon 6", "GB-EAW", "2022-05-02", false, {}, "2022-06-06"},
        {"EAW 30 May 2022 not a holiday", "GB-EAW", "2022-04-30", false, {}, "2022-05-30"},
        {"EAW VE Day 8 May 2020 (Fri) -> Mon 11", "GB-EAW", "2020-04-08", false, {}, "2020-05-11"},
        {"EAW Mon 4 May 2020 not a holiday (moved to 8 May)",
         "GB-EAW",
         "2020-04-04",
         false,
         {},
         "2020-05-04"},
        {"EAW early May 2026 (Mon 4) -> Tue 5", "GB-EAW", "2026-04-04", false, {}, "2026-05-05"},
        {"EAW spring holiday 2026 (Mon 25 May) -> Tue 26", "GB-EAW", "2026-04-25", false, {}, "2026-05-26"},
        {"SCT spring holiday 2026 (Mon 25 May) -> Tue 26", "GB-SCT", "2026-04-25", false, {}, "2026-05-26"},
        {"EAW Boxing Day substitute Mon 28 Dec 2026 -> Tue 29",
         "GB-EAW",
         "2026-11-28",
         false,
         {},
         "2026-12-29"},
        {"EAW Christmas 2026 (Fri) to Boxing substitute -> Tue 29",
         "GB-EAW",
         "2026-11-25",
         false,
         {},
         "2026-12-29"},
        {"EAW Christmas and Boxing Day 2025 (Thu, Fri) -> Mon 29",
         "GB-EAW",
         "2025-11-25",
         false,
         {},
         "2025-12-29"},
        {"EAW New Year 2026 (Thu) -> Fri 2", "GB-EAW", "2025-12-01", false, {}, "2026-01-02"},
        {"SCT New Year and 2 Jan 2026 -> Mon 5", "GB-SCT", "2025-12-01", false, {}, "2026-01-05"},
        {"EAW leap year: 31 Jan 2024 -> Thu 29 Feb", "GB-EAW", "2024-01-31", false, {}, "2024-02-29"},
        {"EAW 31 Mar 2026 -> Thu 30 Apr", "GB-EAW", "2026-03-31", false, {}, "2026-04-30"},
        {"EAW 31 Aug 2026 -> Wed 30 Sep", "GB-EAW", "2026-08-31", false, {}, "2026-09-30"},
        {"EAW extended: Good Friday 2026 -> Tue 7 Apr", "GB-EAW", "2026-01-03", true, {}, "2026-04-07"},
        {"SCT extended: Good Friday 2026 -> Mon 6 Apr", "GB-SCT", "2026-01-03", true, {}, "2026-04-06"},
        {"EAW extended over Christmas 2026 -> Tue 29", "GB-EAW", "2026-09-25", true, {}, "2026-12-29"},
        {"SCT extended: St Andrew's Day 2026 -> Tue 1 Dec", "GB-SCT", "2026-08-30", true, {}, "2026-12-01"},
        {"EAW extended: Mon 30 Nov 2026", "GB-EAW", "2026-08-30", true, {}, "2026-11-30"},
        {"SCT restart from 31 Jul: Mon 31 Aug 2026", "GB-SCT", "2026-07-01", false,
         stop("2026-07-02", "2026-07-31"), "2026-08-31"},
        {"EAW restart from 31 Jul: late summer holiday -> Tue 1 Sep", "GB-EAW", "2026-07-01", false,
         stop("2026-07-02", "2026-07-31"), "2026-09-01"},
        {"NIR restart from 17 Feb: St Patrick's Day -> Wed 18 Mar", "GB-NIR", "2026-02-01", false,
         stop("2026-02-03", "2026-02-17"), "2026-03-18"},
        {"EAW restart from 17 Feb: Tue 17 Mar", "GB-EAW", "2026-02-01", false,
         stop("2026-02-03", "2026-02-17"), "2026-03-17"},
        {"EAW royal wedding 29 Apr 2011 and early May -> Tue 3 May",
         "GB-EAW",
         "2011-03-29",
         false,
         {},
         "2011-05-03"},
        {"EAW 2012 spring holiday and Diamond Jubilee -> Wed 6 Jun",
         "GB-EAW",
         "2012-05-04",
         false,
         {},
         "2012-06-06"},
        {"EAW 28 May 2012 not a holiday", "GB-EAW", "2012-04-28", false, {}, "2012-05-28"},
        {"SCT New Year 2022 substitutes Mon 3, Tue 4 -> Wed 5",
         "GB-SCT",
         "2021-12-03",
         false,
         {},
         "2022-01-05"},
        {"EAW New Year 2022 substitute Mon 3 -> Tue 4", "GB-EAW", "2021-12-03", false, {}, "2022-01-04"},
        {"NIR Christmas 2026 -> Tue 29", "GB-NIR", "2026-11-25", false, {}, "2026-12-29"},
        {"NIR Good Friday and Easter Monday 2027 -> Tue 30 Mar",
         "GB-NIR",
         "2027-02-26",
         false,
         {},
         "2027-03-30"},
        {"SCT Good Friday 2027 -> Mon 29 Mar", "GB-SCT", "2027-02-26", false, {}, "2027-03-29"},
        {"SCT summer holiday 2027 (Mon 2 Aug) -> Tue 3", "GB-SCT", "2027-07-02", false, {}, "2027-08-03"},
        {"EAW Mon 2 Aug 2027 is a working day", "GB-EAW", "2027-07-02", false, {}, "2027-08-02"},
        {"EAW late summer holiday 2027 (Mon 30 Aug) -> Tue 31",
         "GB-EAW",
         "2027-07-30",
         false,
         {},
         "2027-08-31"},
        {"SCT Mon 30 Aug 2027 is a working day", "GB-SCT", "2027-07-30", false, {}, "2027-08-30"},
        {"SCT St Andrew's Day 2027 (Tue) -> Wed 1 Dec", "GB-SCT", "2027-10-30", false, {}, "2027-12-01"},
        {"EAW Christmas and Boxing Day 2024 (Wed, Thu) -> Fri 27",
         "GB-EAW",
         "2024-11-25",
         false,
         {},
         "2024-12-27"},
        {"EAW spring holiday 2024 (Mon 27 May) -> Tue 28", "GB-EAW", "2024-04-27", false, {}, "2024-05-28"},
        {"SCT summer holiday 2024 (Mon 5 Aug) -> Tue 6", "GB-SCT", "2024-07-05", false, {}, "2024-08-06"},
        {"no calendar given: England and Wales by default", "", "2026-07-31", false, {}, "2026-09-01"},
    });
}

void TestDeadlines::ukTable()
{
    QFETCH(QDate, expected);
    QCOMPARE(computeRow(Regulation::UkGdpr).due, expected);
}

void TestDeadlines::ccpaDueTable_data()
{
    // 11 CCR 7021(b): 45 calendar days from receipt (90 with the extension), not rolled to a business day,
    // whatever the time needed to verify (stops do not count).
    addRows({
        {"9 Jan 2026 + 45 = 23 Feb", "", "2026-01-09", false, {}, "2026-02-23"},
        {"21 Mar 2026 + 45 = 5 May (issue 16)", "", "2026-03-21", false, {}, "2026-05-05"},
        {"20 Dec 2026 + 45 = 3 Feb 2027", "", "2026-12-20", false, {}, "2027-02-03"},
        {"leap: 15 Jan 2024 + 45 = 29 Feb", "", "2024-01-15", false, {}, "2024-02-29"},
        {"15 Jan 2025 + 45 = 1 Mar", "", "2025-01-15", false, {}, "2025-03-01"},
        {"20 Nov 2026 + 45 = 4 Jan 2027", "", "2026-11-20", false, {}, "2027-01-04"},
        {"extended: 9 Jan 2026 + 90 = 9 Apr", "", "2026-01-09", true, {}, "2026-04-09"},
        {"extended leap: 1 Jan 2024 + 90 = Sun 31 Mar, not rolled", "", "2024-01-01", true, {}, "2024-03-31"},
        {"extended: 1 Jan 2025 + 90 = 1 Apr", "", "2025-01-01", true, {}, "2025-04-01"},
        {"4 Jul 2026 + 45 = 18 Aug", "", "2026-07-04", false, {}, "2026-08-18"},
        {"a stop changes nothing: 1 May 2026 + 45 = 15 Jun", "", "2026-05-01", false,
         stop("2026-05-02", "2026-05-20"), "2026-06-15"},
        {"Christmas not rolled: 10 Nov 2026 + 45 = 25 Dec", "", "2026-11-10", false, {}, "2026-12-25"},
        {"Saturday not rolled: 28 Oct 2026 + 45 = 12 Dec", "", "2026-10-28", false, {}, "2026-12-12"},
        {"1 Feb 2027 + 45 = 18 Mar", "", "2027-02-01", false, {}, "2027-03-18"},
        {"leap: 1 Feb 2028 + 45 = 17 Mar", "", "2028-02-01", false, {}, "2028-03-17"},
        {"31 Mar 2026 + 45 = 15 May", "", "2026-03-31", false, {}, "2026-05-15"},
        {"30 Jun 2026 + 45 = 14 Aug", "", "2026-06-30", false, {}, "2026-08-14"},
        {"extended: 15 Nov 2026 + 90 = 13 Feb 2027", "", "2026-11-15", true, {}, "2027-02-13"},
        {"extended leap: 1 Dec 2027 + 90 = 29 Feb 2028", "", "2027-12-01", true, {}, "2028-02-29"},
        {"14 Feb 2026 + 45 = 31 Mar", "", "2026-02-14", false, {}, "2026-03-31"},
    });
}

void TestDeadlines::ccpaDueTable()
{
    QFETCH(QDate, expected);
    const Deadline dl = computeRow(Regulation::Ccpa);
    QCOMPARE(dl.due, expected);
    QVERIFY(dl.movedOver.isEmpty());
}

void TestDeadlines::ccpaAcknowledgementTable_data()
{
    // 11 CCR 7021(a)/7001: 10 business days (Monday to Friday without the holidays of Gov. Code 6700, moved
    // by 6701: a Sunday holiday gives the Monday; 11 November on a Saturday gives the Friday before; no
    // other Saturday holiday moves). The day of receipt is not counted. Good Friday (noon to 3 p.m.) is not
    // a whole day and is counted as a business day.
    addRows({
        {"2 Jan 2026: ten weekdays -> 16 Jan", "", "2026-01-02", false, {}, "2026-01-16"},
        {"9 Jan 2026: MLK Day 19 Jan -> 26 Jan", "", "2026-01-09", false, {}, "2026-01-26"},
        {"6 Feb 2026: Lincoln Day, Presidents' Day, Lunar New Year -> 25 Feb",
         "",
         "2026-02-06",
         false,
         {},
         "2026-02-25"},
        {"9 Feb 2026: same three holidays -> 26 Feb", "", "2026-02-09", false, {}, "2026-02-26"},
        {"27 Mar 2026: Cesar Chavez Day, Good Friday counted -> 13 Apr",
         "",
         "2026-03-27",
         false,
         {},
         "2026-04-13"},
        {"17 Apr 2026: Genocide Remembrance Day 24 Apr -> 4 May", "", "2026-04-17", false, {}, "2026-05-04"},
        {"15 May 2026: Memorial Day -> 1 Jun", "", "2026-05-15", false, {}, "2026-06-01"},
        {"12 Jun 2026: Juneteenth (Fri) -> 29 Jun", "", "2026-06-12", false, {}, "2026-06-29"},
        {"26 Jun 2026: 4 Jul on Sat, Fri 3 Jul is a business day -> 10 Jul",
         "",
         "2026-06-26",
         false,
         {},
         "2026-07-10"},
        {"1 Sep 2026: Labor Day and Admission Day -> 17 Sep", "", "2026-09-01", false, {}, "2026-09-17"},
        {"18 Sep 2026: Native American Day 25 Sep -> 5 Oct", "", "2026-09-18", false, {}, "2026-10-05"},
        {"2 Oct 2026: Columbus Day 12 Oct -> 19 Oct", "", "2026-10-02", false, {}, "2026-10-19"},
        {"6 Nov 2026: Veterans Day (Wed) -> 23 Nov", "", "2026-11-06", false, {}, "2026-11-23"},
        {"20 Nov 2026: Thanksgiving, not the day after -> 7 Dec", "", "2026-11-20", false, {}, "2026-12-07"},
        {"18 Dec 2026: Christmas and New Year -> 5 Jan 2027", "", "2026-12-18", false, {}, "2027-01-05"},
        {"3 Nov 2028: Veterans Day on Sat, Fri 10 Nov -> 20 Nov", "", "2028-11-03", false, {}, "2028-11-20"},
        {"1 Jul 2027: 4 Jul on Sun, Mon 5 Jul -> 16 Jul", "", "2027-07-01", false, {}, "2027-07-16"},
        {"5 Feb 2027: Lincoln Day (Fri), Presidents' Day -> 23 Feb",
         "",
         "2027-02-05",
         false,
         {},
         "2027-02-23"},
        {"28 Jan 2022: no Lunar New Year before 2023 -> 11 Feb", "", "2022-01-28", false, {}, "2022-02-11"},
        {"21 Apr 2023: Genocide Remembrance Day (Mon 24 Apr) -> 8 May",
         "",
         "2023-04-21",
         false,
         {},
         "2023-05-08"},
        {"3 Sep 2027: Labor Day and Admission Day -> 21 Sep", "", "2027-09-03", false, {}, "2027-09-21"},
        {"received on a Saturday: 28 Feb 2026 -> 13 Mar", "", "2026-02-28", false, {}, "2026-03-13"},
        {"31 Dec 2026: New Year's Day -> 15 Jan 2027", "", "2026-12-31", false, {}, "2027-01-15"},
        {"21 Nov 2025: Thanksgiving -> 8 Dec", "", "2025-11-21", false, {}, "2025-12-08"},
        {"7 Nov 2025: Veterans Day (Tue) -> 24 Nov", "", "2025-11-07", false, {}, "2025-11-24"},
        {"29 Mar 2024: Cesar Chavez Day on Sun, Mon 1 Apr -> 15 Apr",
         "",
         "2024-03-29",
         false,
         {},
         "2024-04-15"},
        {"22 Dec 2023: Christmas and New Year (Mondays) -> 9 Jan 2024",
         "",
         "2023-12-22",
         false,
         {},
         "2024-01-09"},
        {"3 Nov 2023: Veterans Day on Sat, Fri 10 Nov -> 20 Nov", "", "2023-11-03", false, {}, "2023-11-20"},
        {"8 Jan 2027: MLK Day 18 Jan -> 25 Jan", "", "2027-01-08", false, {}, "2027-01-25"},
        {"26 Mar 2027: Cesar Chavez Day (Wed) -> 12 Apr", "", "2027-03-26", false, {}, "2027-04-12"},
        {"23 Apr 2027: 24 Apr on Sat is not moved -> 7 May", "", "2027-04-23", false, {}, "2027-05-07"},
        {"21 May 2027: Memorial Day 31 May -> 7 Jun", "", "2027-05-21", false, {}, "2027-06-07"},
        {"18 Jun 2027: Juneteenth on Sat is not moved -> 2 Jul", "", "2027-06-18", false, {}, "2027-07-02"},
        {"17 Sep 2027: Native American Day 24 Sep -> 4 Oct", "", "2027-09-17", false, {}, "2027-10-04"},
        {"8 Oct 2027: Columbus Day 11 Oct -> 25 Oct", "", "2027-10-08", false, {}, "2027-10-25"},
        {"5 Nov 2027: Veterans Day (Thu) -> 22 Nov", "", "2027-11-05", false, {}, "2027-11-22"},
        {"19 Nov 2027: Thanksgiving 25 Nov -> 6 Dec", "", "2027-11-19", false, {}, "2027-12-06"},
        {"17 Dec 2027: Christmas and New Year on Saturdays, not moved -> 31 Dec",
         "",
         "2027-12-17",
         false,
         {},
         "2027-12-31"},
        {"7 Jan 2028: MLK Day 17 Jan -> 24 Jan", "", "2028-01-07", false, {}, "2028-01-24"},
        {"21 Jan 2028: Lunar New Year 26 Jan -> 7 Feb", "", "2028-01-21", false, {}, "2028-02-07"},
        {"24 Jan 2025: Lunar New Year 29 Jan -> 10 Feb", "", "2025-01-24", false, {}, "2025-02-10"},
        {"13 Jun 2025: Juneteenth (Thu) -> 30 Jun", "", "2025-06-13", false, {}, "2025-06-30"},
        {"5 Sep 2025: Admission Day (Tue) -> 22 Sep", "", "2025-09-05", false, {}, "2025-09-22"},
        {"10 Oct 2025: Columbus Day 13 Oct -> 27 Oct", "", "2025-10-10", false, {}, "2025-10-27"},
        {"9 Feb 2024: Lincoln Day (Mon 12), Presidents' Day (19) -> 27 Feb",
         "",
         "2024-02-09",
         false,
         {},
         "2024-02-27"},
    });
}

void TestDeadlines::ccpaAcknowledgementTable()
{
    QFETCH(QDate, expected);
    QCOMPARE(computeRow(Regulation::Ccpa).acknowledgeBy, expected);
}

void TestDeadlines::explanationNamesTheHolidays()
{
    DeadlineInput in{Regulation::Gdpr, d("2025-11-25"), false, {}};
    in.calendar = HolidayCalendars::shipped().find(QStringLiteral("IE"));
    QVERIFY(in.calendar);
    const Deadline dl = Deadlines::compute(in, d("2025-11-25"));
    QCOMPARE(dl.periodEnd, d("2025-12-25"));
    QCOMPARE(dl.due, d("2025-12-29"));
    QCOMPARE(dl.calendarId, QStringLiteral("IE"));
    QCOMPARE(dl.movedOver.size(), 4); // 25, 26 (holidays), 27, 28 (weekend)
    QCOMPARE(dl.movedOver[0].name, QStringLiteral("Christmas Day"));
    QCOMPARE(dl.movedOver[1].name, QStringLiteral("St Stephen's Day"));
    QVERIFY(dl.movedOver[2].name.isEmpty());
    const QString text = Deadlines::rollExplanation(dl);
    QVERIFY2(text.contains(QStringLiteral("25 Dec (Christmas Day)")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("26 Dec (St Stephen's Day)")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("weekend")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("IE")), qPrintable(text));

    // A working day: nothing to explain.
    in.received = d("2025-11-10");
    QVERIFY(Deadlines::rollExplanation(Deadlines::compute(in, in.received)).isEmpty());
    // A weekend only.
    in.received = d("2026-01-15"); // 15 Feb 2026 is a Sunday
    const QString weekend = Deadlines::rollExplanation(Deadlines::compute(in, in.received));
    QVERIFY2(weekend.contains(QStringLiteral("weekend")), qPrintable(weekend));
}

void TestDeadlines::calendarForRegulation()
{
    auto idOf = [](const HolidayCalendar* c) { return c ? c->id() : QStringLiteral("(none)"); };
    // Defaults: GDPR weekends only, UK GDPR England and Wales, CCPA California.
    QCOMPARE(idOf(HolidayCalendars::forRegulation(Regulation::Gdpr, {}, {})), QStringLiteral("(none)"));
    QCOMPARE(idOf(HolidayCalendars::forRegulation(Regulation::UkGdpr, {}, {})), QStringLiteral("GB-EAW"));
    QCOMPARE(idOf(HolidayCalendars::forRegulation(Regulation::Ccpa, {}, QStringLiteral("DE-BY"))),
             QStringLiteral("US-CA"));
    // The workspace's setting where it fits the law, the request's override first.
    QCOMPARE(idOf(HolidayCalendars::forRegulation(Regulation::Gdpr, {}, QStringLiteral("DE-BY"))),
             QStringLiteral("DE-BY"));
    QCOMPARE(idOf(HolidayCalendars::forRegulation(Regulation::Gdpr, QStringLiteral("IE"),
                                                  QStringLiteral("DE-BY"))),
             QStringLiteral("IE"));
    // A Scottish workspace: its UK GDPR requests use Scotland, its GDPR requests weekends only.
    QCOMPARE(idOf(HolidayCalendars::forRegulation(Regulation::UkGdpr, {}, QStringLiteral("GB-SCT"))),
             QStringLiteral("GB-SCT"));
    QCOMPARE(idOf(HolidayCalendars::forRegulation(Regulation::Gdpr, {}, QStringLiteral("GB-SCT"))),
             QStringLiteral("(none)"));
    // A Bavarian workspace's UK GDPR requests: England and Wales.
    QCOMPARE(idOf(HolidayCalendars::forRegulation(Regulation::UkGdpr, {}, QStringLiteral("DE-BY"))),
             QStringLiteral("GB-EAW"));
    QVERIFY(HolidayCalendars::checkFits(Regulation::Gdpr, QStringLiteral("es-md")));
    QVERIFY(!HolidayCalendars::checkFits(Regulation::Gdpr, QStringLiteral("US-CA")));
    QVERIFY(!HolidayCalendars::checkFits(Regulation::UkGdpr, QStringLiteral("IE")));
    QVERIFY(!HolidayCalendars::checkFits(Regulation::Ccpa, QStringLiteral("US-CA")));
    QVERIFY(!HolidayCalendars::checkFits(Regulation::Gdpr, QStringLiteral("XX")));
}

QTEST_GUILESS_MAIN(TestDeadlines)
#include "tst_deadlines.moc"
