#include "Deadlines.h"
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
    QTest::newRow("skips Thanksgiving and the day after") << d("2026-11-20") << d("2026-12-08");
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
// Memorial Day, Labor Day, Native American Day (fourth Friday in September), Martin Luther King Jr. Day,
// Christmas, New Year.
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
    // Tue 8 September: Native American Day, Fri 25 September.
    QTest::newRow("limit over Native American Day")
        << limit << d("2026-09-08") << false << none << d("2026-09-30");
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

QTEST_GUILESS_MAIN(TestDeadlines)
#include "tst_deadlines.moc"
