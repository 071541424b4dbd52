#include "StateMachine.h"
#include "TestSupport.h"

#include <QTest>

using namespace lethe;

class TestStateMachine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { test::isolate(); }
    void moves_data();
    void moves();
    void finalStatesAllowNothing();
    void denialNeedsReason();
    void refusalSaysWhyAndWhatIsAllowed();
};

void TestStateMachine::moves_data()
{
    QTest::addColumn<int>("from");
    QTest::addColumn<int>("to");
    QTest::addColumn<bool>("allowed");
    using S = RequestStatus;
    const struct
    {
        S from, to;
        bool ok;
        const char* name;
    } rows[] = {
        {S::New, S::AwaitingIdentity, true, "new -> awaiting identity"},
        {S::New, S::Verified, true, "new -> verified"},
        {S::New, S::InProgress, false, "new -> in progress skips verification"},
        {S::New, S::Completed, false, "new -> completed"},
        {S::AwaitingIdentity, S::Verified, true, "awaiting identity -> verified"},
        {S::AwaitingIdentity, S::InProgress, false, "awaiting identity -> in progress"},
        {S::Verified, S::InProgress, true, "verified -> in progress"},
        {S::InProgress, S::AwaitingApproval, true, "in progress -> awaiting approval"},
        {S::InProgress, S::Completed, false, "in progress -> completed without approval"},
        {S::InProgress, S::AwaitingIdentity, true, "in progress -> awaiting identity (more ID needed)"},
        {S::AwaitingApproval, S::Completed, true, "awaiting approval -> completed"},
        {S::AwaitingApproval, S::InProgress, true, "awaiting approval -> sent back"},
        {S::Verified, S::Cancelled, true, "verified -> cancelled"},
        {S::Completed, S::InProgress, false, "completed is final"},
        {S::Denied, S::Verified, false, "denied is final"},
        {S::Cancelled, S::New, false, "cancelled is final"},
        {S::New, S::New, false, "same status"},
    };
    for (const auto& r : rows)
        QTest::newRow(r.name) << int(r.from) << int(r.to) << r.ok;
}

void TestStateMachine::moves()
{
    QFETCH(int, from);
    QFETCH(int, to);
    QFETCH(bool, allowed);
    const Status s = StateMachine::check(QStringLiteral("R-2026-0001"), RequestStatus(from),
                                         RequestStatus(to), QStringLiteral("reason"));
    QCOMPARE(s.ok(), allowed);
    QCOMPARE(StateMachine::allowedFrom(RequestStatus(from)).contains(RequestStatus(to)), allowed);
    if (!allowed)
        QCOMPARE(s.error().code, Error::Code::IllegalState);
}

void TestStateMachine::finalStatesAllowNothing()
{
    for (RequestStatus s : Names::allStatuses())
        QCOMPARE(StateMachine::allowedFrom(s).isEmpty(), StateMachine::isFinal(s));
}

void TestStateMachine::denialNeedsReason()
{
    const Status s = StateMachine::check(QStringLiteral("R-2026-0007"), RequestStatus::New,
                                         RequestStatus::Denied, QStringLiteral("   "));
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code, Error::Code::InvalidInput);
    QVERIFY(s.error().message.contains(QLatin1String("R-2026-0007")));
    QVERIFY(s.error().message.contains(QLatin1String("reason")));
}

void TestStateMachine::refusalSaysWhyAndWhatIsAllowed()
{
    const Status s =
        StateMachine::check(QStringLiteral("R-2026-0002"), RequestStatus::New, RequestStatus::InProgress, {});
    QVERIFY(!s.ok());
    const QString m = s.error().message;
    QVERIFY2(m.contains(QLatin1String("verified first")), qPrintable(m));
    QVERIFY2(m.contains(QLatin1String("Awaiting identity")), qPrintable(m));
    const Status f = StateMachine::check(QStringLiteral("R-2026-0002"), RequestStatus::Completed,
                                         RequestStatus::InProgress, {});
    QVERIFY2(f.error().message.contains(QLatin1String("final")), qPrintable(f.error().message));
}

QTEST_GUILESS_MAIN(TestStateMachine)
#include "tst_statemachine.moc"
