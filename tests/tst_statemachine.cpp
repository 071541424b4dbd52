#include "StateMachine.h"
#include "TestSupport.h"
#include "Validation.h"

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
    void clarificationGoesBackWhereItStopped();
    void denialNeedsReasonCode();
    void exemptionNeedsItsName();
    void completedInPartNeedsWhatAndWhy();
    void typesPerLaw();
    void typeTheLawDoesNotHaveIsRefused();
    void ccpaWordsAreStoredAsTheGdprKeys();
    void feeRules();
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
        {S::New, S::AwaitingClarification, true, "new -> awaiting clarification"},
        {S::Verified, S::AwaitingClarification, true, "verified -> awaiting clarification"},
        {S::InProgress, S::AwaitingClarification, true, "in progress -> awaiting clarification"},
        {S::AwaitingIdentity, S::AwaitingClarification, false, "awaiting identity -> awaiting clarification"},
        {S::AwaitingApproval, S::AwaitingClarification, false, "awaiting approval -> awaiting clarification"},
        {S::AwaitingClarification, S::Verified, true,
         "awaiting clarification -> back (where it left unknown)"},
        {S::AwaitingClarification, S::AwaitingApproval, false, "awaiting clarification -> awaiting approval"},
        {S::AwaitingClarification, S::Completed, false, "awaiting clarification -> completed"},
        {S::AwaitingClarification, S::Cancelled, true, "awaiting clarification -> cancelled"},
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
    const Status s = StateMachine::check(QStringLiteral("R-2026-0002"), RequestStatus::New,
                                         RequestStatus::InProgress, QString());
    QVERIFY(!s.ok());
    const QString m = s.error().message;
    QVERIFY2(m.contains(QLatin1String("verified first")), qPrintable(m));
    QVERIFY2(m.contains(QLatin1String("Awaiting identity")), qPrintable(m));
    const Status f = StateMachine::check(QStringLiteral("R-2026-0002"), RequestStatus::Completed,
                                         RequestStatus::InProgress, QString());
    QVERIFY2(f.error().message.contains(QLatin1String("final")), qPrintable(f.error().message));
}

void TestStateMachine::clarificationGoesBackWhereItStopped()
{
    using S = RequestStatus;
    const QString id = QStringLiteral("R-2026-0003");
    // Asked before identity was verified: it returns to new, never straight to in progress.
    QCOMPARE(StateMachine::allowedFrom(S::AwaitingClarification, S::New),
             (QList<S>{S::New, S::Denied, S::Cancelled}));
    QVERIFY(StateMachine::check(id, S::AwaitingClarification, S::New, Outcome{}, S::New).ok());
    const Status skip = StateMachine::check(id, S::AwaitingClarification, S::InProgress, Outcome{}, S::New);
    QVERIFY(!skip.ok());
    QCOMPARE(skip.error().code, Error::Code::IllegalState);
    QVERIFY2(skip.error().message.contains(QLatin1String("goes back to New")),
             qPrintable(skip.error().message));
    QVERIFY(StateMachine::check(id, S::AwaitingClarification, S::InProgress, Outcome{}, S::InProgress).ok());
    QVERIFY(StateMachine::stopsClock(S::AwaitingClarification));
    QVERIFY(StateMachine::stopsClock(S::AwaitingIdentity));
    QVERIFY(!StateMachine::stopsClock(S::InProgress));
}

void TestStateMachine::denialNeedsReasonCode()
{
    const QString id = QStringLiteral("R-2026-0008");
    const Status none = StateMachine::check(id, RequestStatus::Verified, RequestStatus::Denied,
                                            QStringLiteral("Third identical request this month."));
    QVERIFY(!none.ok());
    QCOMPARE(none.error().code, Error::Code::InvalidInput);
    QVERIFY2(none.error().message.contains(QLatin1String("reason code")), qPrintable(none.error().message));
    QVERIFY2(none.error().message.contains(QLatin1String("manifestly-unfounded")),
             qPrintable(none.error().message));
    for (DenialCode c :
         {DenialCode::ManifestlyUnfounded, DenialCode::Excessive, DenialCode::IdentityNotVerified}) {
        const Outcome o{QStringLiteral("Third identical request this month."), c, {}, {}, {}};
        QVERIFY2(StateMachine::check(id, RequestStatus::Verified, RequestStatus::Denied, o).ok(),
                 qPrintable(Names::key(c)));
    }
    // A code without the text the subject is told is still refused.
    QVERIFY(!StateMachine::check(id, RequestStatus::Verified, RequestStatus::Denied,
                                 Outcome{QStringLiteral(" "), DenialCode::Excessive, {}, {}, {}})
                 .ok());
    // A code belongs to a denial only.
    const Status cancel = StateMachine::check(id, RequestStatus::Verified, RequestStatus::Cancelled,
                                              Outcome{{}, DenialCode::Excessive, {}, {}, {}});
    QVERIFY(!cancel.ok());
    QCOMPARE(cancel.error().code, Error::Code::InvalidInput);
}

void TestStateMachine::exemptionNeedsItsName()
{
    const QString id = QStringLiteral("R-2026-0009");
    const Outcome unnamed{
        QStringLiteral("Kept for a legal obligation."), DenialCode::Exemption, QStringLiteral(" "), {}, {}};
    const Status s = StateMachine::check(id, RequestStatus::InProgress, RequestStatus::Denied, unnamed);
    QVERIFY(!s.ok());
    QVERIFY2(s.error().message.contains(QLatin1String("exemption")), qPrintable(s.error().message));
    Outcome named = unnamed;
    named.exemption = QStringLiteral("GDPR Art. 17(3)(b)");
    QVERIFY(StateMachine::check(id, RequestStatus::InProgress, RequestStatus::Denied, named).ok());
    // An exemption named with another code would be stored but never shown: refused.
    named.denialCode = DenialCode::Excessive;
    QVERIFY(!StateMachine::check(id, RequestStatus::InProgress, RequestStatus::Denied, named).ok());
}

void TestStateMachine::completedInPartNeedsWhatAndWhy()
{
    const QString id = QStringLiteral("R-2026-0010");
    using S = RequestStatus;
    const Outcome full{};
    QVERIFY(StateMachine::check(id, S::AwaitingApproval, S::Completed, full).ok());
    const Outcome part{{}, {}, {}, QStringLiteral("Call recordings"), QStringLiteral("They identify staff.")};
    QVERIFY(StateMachine::check(id, S::AwaitingApproval, S::Completed, part).ok());
    Outcome what = part;
    what.withheldReason.clear();
    const Status noWhy = StateMachine::check(id, S::AwaitingApproval, S::Completed, what);
    QVERIFY(!noWhy.ok());
    QVERIFY2(noWhy.error().message.contains(QLatin1String("reason")), qPrintable(noWhy.error().message));
    Outcome why = part;
    why.withheld.clear();
    QVERIFY(!StateMachine::check(id, S::AwaitingApproval, S::Completed, why).ok());
    // Withheld goes with completed only.
    QVERIFY(!StateMachine::check(id, S::AwaitingApproval, S::InProgress, part).ok());
}

void TestStateMachine::typesPerLaw()
{
    using T = RequestType;
    const QList<T> gdpr{T::Access,      T::Rectification, T::Erasure,          T::Restriction,
                        T::Portability, T::Objection,     T::AutomatedDecision};
    QCOMPARE(Names::typesFor(Regulation::Gdpr), gdpr);
    QCOMPARE(Names::typesFor(Regulation::UkGdpr), gdpr);
    QCOMPARE(Names::typesFor(Regulation::Ccpa),
             (QList<T>{T::Access, T::Erasure, T::Rectification, T::OptOutSaleSharing, T::LimitSensitive}));
    QCOMPARE(Names::typesFor(Regulation::Other), Names::allTypes());
    QCOMPARE(Names::display(T::Access, Regulation::Ccpa), QStringLiteral("Know"));
    QCOMPARE(Names::display(T::Access, Regulation::Gdpr), QStringLiteral("Access"));
    QCOMPARE(Names::lawKey(T::Erasure, Regulation::Ccpa), QStringLiteral("delete"));
    // Every type has a distinct stable key that parses back.
    QSet<QString> keys;
    for (T t : Names::allTypes()) {
        keys << Names::key(t);
        QCOMPARE(Names::parseType(Names::key(t)), std::optional<T>(t));
    }
    QCOMPARE(keys.size(), Names::allTypes().size());
    // Opt-out and limit have no extension; the others do.
    QVERIFY(!Deadlines::allowsExtension(Regulation::Ccpa, T::OptOutSaleSharing));
    QVERIFY(!Deadlines::allowsExtension(Regulation::Ccpa, T::LimitSensitive));
    QVERIFY(Deadlines::allowsExtension(Regulation::Ccpa, T::Access));
    QVERIFY(Deadlines::allowsExtension(Regulation::Gdpr, T::AutomatedDecision));
}

void TestStateMachine::typeTheLawDoesNotHaveIsRefused()
{
    const Status s = Validation::checkTypeForLaw(Regulation::Ccpa, RequestType::Restriction);
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code, Error::Code::InvalidInput);
    const QString m = s.error().message;
    QVERIFY2(m.contains(QLatin1String("restriction")), qPrintable(m));
    QVERIFY2(m.contains(QLatin1String("know (access), delete (erasure), correct (rectification), opt-out, "
                                      "limit-sensitive")),
             qPrintable(m));
    QVERIFY(!Validation::checkTypeForLaw(Regulation::Gdpr, RequestType::OptOutSaleSharing).ok());
    QVERIFY(!Validation::checkTypeForLaw(Regulation::UkGdpr, RequestType::LimitSensitive).ok());
    QVERIFY(!Validation::checkTypeForLaw(Regulation::Ccpa, RequestType::AutomatedDecision).ok());
    QVERIFY(Validation::checkTypeForLaw(Regulation::Gdpr, RequestType::AutomatedDecision).ok());
    QVERIFY(Validation::checkTypeForLaw(Regulation::Ccpa, RequestType::LimitSensitive).ok());
    QVERIFY(Validation::checkTypeForLaw(Regulation::Other, RequestType::Restriction).ok());
    // A new request is checked the same way.
    NewRequest r;
    r.type = RequestType::Restriction;
    r.regulation = Regulation::Ccpa;
    r.received = QDate(2026, 3, 2);
    r.identities << Identity{IdentityKind::Email, QStringLiteral("a@example.com")};
    QVERIFY(!Validation::checkNewRequest(r, QDate(2026, 3, 3)).ok());
    r.type = RequestType::Erasure;
    QVERIFY(Validation::checkNewRequest(r, QDate(2026, 3, 3)).ok());
}

void TestStateMachine::ccpaWordsAreStoredAsTheGdprKeys()
{
    QCOMPARE(Names::parseType(QStringLiteral("know")), std::optional(RequestType::Access));
    QCOMPARE(Names::parseType(QStringLiteral("Delete")), std::optional(RequestType::Erasure));
    QCOMPARE(Names::parseType(QStringLiteral("correct")), std::optional(RequestType::Rectification));
    QCOMPARE(Names::parseType(QStringLiteral("opt-out")), std::optional(RequestType::OptOutSaleSharing));
    QCOMPARE(Names::parseType(QStringLiteral("limit")), std::optional(RequestType::LimitSensitive));
    QCOMPARE(Names::parseType(QStringLiteral("automated_decision")),
             std::optional(RequestType::AutomatedDecision));
    // The keys stored before the types per law are unchanged.
    QCOMPARE(Names::key(RequestType::Access), QStringLiteral("access"));
    QCOMPARE(Names::key(RequestType::Erasure), QStringLiteral("erasure"));
    QCOMPARE(Names::key(RequestType::Rectification), QStringLiteral("rectification"));
    QCOMPARE(Names::key(RequestType::Objection), QStringLiteral("objection"));
}

void TestStateMachine::feeRules()
{
    const Fee ok{QStringLiteral("12.50"), QStringLiteral("EUR"), FeeReason::FurtherCopies};
    QVERIFY(Validation::checkFee(ok, Regulation::Gdpr, RequestType::Access).ok());
    QVERIFY(Validation::checkFee(ok, Regulation::UkGdpr, RequestType::Access).ok());
    // Art. 15(3) is about copies of the data: access only, and not a CCPA rule.
    QVERIFY(!Validation::checkFee(ok, Regulation::Gdpr, RequestType::Erasure).ok());
    QVERIFY(!Validation::checkFee(ok, Regulation::Ccpa, RequestType::Access).ok());
    const Fee excessive{QStringLiteral("25"), QStringLiteral("USD"), FeeReason::UnfoundedOrExcessive};
    QVERIFY(Validation::checkFee(excessive, Regulation::Ccpa, RequestType::Access).ok());
    for (const char* bad : {"0", "-5", "12,50", "", "1.23456", "ten"}) {
        Fee f = excessive;
        f.amount = QString::fromLatin1(bad);
        QVERIFY2(!Validation::checkFee(f, Regulation::Gdpr, RequestType::Access).ok(), bad);
    }
    for (const char* bad : {"EU", "euro", "", "E1R"}) {
        Fee f = excessive;
        f.currency = QString::fromLatin1(bad);
        QVERIFY2(!Validation::checkFee(f, Regulation::Gdpr, RequestType::Access).ok(), bad);
    }
}

QTEST_GUILESS_MAIN(TestStateMachine)
#include "tst_statemachine.moc"
