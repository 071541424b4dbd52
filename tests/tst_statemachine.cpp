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
    void optOutAndLimitNeedNoVerification_data();
    void optOutAndLimitNeedNoVerification();
    void fraudulentNeedsItsReason();
    void lawNeutralCheckRefusesFraudulent();
    void optOutWaitingForIdentityBeforeCanLeave();
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

namespace {
Request requestOf(Regulation law, RequestType type, RequestStatus status)
{
    Request r;
    r.humanId = QStringLiteral("R-2026-0042");
    r.regulation = law;
    r.type = type;
    r.status = status;
    return r;
}
} // namespace

void TestStateMachine::optOutAndLimitNeedNoVerification_data()
{
    QTest::addColumn<int>("law");
    QTest::addColumn<int>("type");
    QTest::addColumn<bool>("noVerification");
    QTest::addColumn<QString>("verifiableRule"); // the subsection that says no verifiable request is needed
    QTest::addColumn<QString>("fraudRule");      // the subsection that allows denying it as fraudulent
    using T = RequestType;
    using R = Regulation;
    // 11 CCR 7026(d): a business shall not require a verifiable consumer request for an opt-out of
    // sale/sharing; 7026(e): it may deny one it believes, in good faith, reasonably and documented, to be
    // fraudulent, and must tell the requester why. 7027(e), (f): the same for a request to limit.
    QTest::newRow("ccpa opt-out") << int(R::Ccpa) << int(T::OptOutSaleSharing) << true
                                  << QStringLiteral("7026(d)") << QStringLiteral("7026(e)");
    QTest::newRow("ccpa limit-sensitive") << int(R::Ccpa) << int(T::LimitSensitive) << true
                                          << QStringLiteral("7027(e)") << QStringLiteral("7027(f)");
    // Know, delete and correct are verifiable consumer requests (7060 ff.).
    QTest::newRow("ccpa know") << int(R::Ccpa) << int(T::Access) << false << QString() << QString();
    QTest::newRow("ccpa delete") << int(R::Ccpa) << int(T::Erasure) << false << QString() << QString();
    QTest::newRow("gdpr access") << int(R::Gdpr) << int(T::Access) << false << QString() << QString();
    QTest::newRow("uk-gdpr objection")
        << int(R::UkGdpr) << int(T::Objection) << false << QString() << QString();
    // The rule is the CCPA regulations', not the type's: an opt-out under no particular law is not bound by
    // it.
    QTest::newRow("other opt-out") << int(R::Other) << int(T::OptOutSaleSharing) << false << QString()
                                   << QString();
}

void TestStateMachine::optOutAndLimitNeedNoVerification()
{
    QFETCH(int, law);
    QFETCH(int, type);
    QFETCH(bool, noVerification);
    QFETCH(QString, verifiableRule);
    QFETCH(QString, fraudRule);
    using S = RequestStatus;
    const Regulation l = Regulation(law);
    const RequestType t = RequestType(type);
    QCOMPARE(Names::needsNoVerification(l, t), noVerification);

    // No identity stop: neither from new nor from in progress; awaiting clarification stays.
    for (S from : {S::New, S::InProgress}) {
        const Request r = requestOf(l, t, from);
        QCOMPARE(StateMachine::allowedFor(r).contains(S::AwaitingIdentity), !noVerification);
        QVERIFY(StateMachine::allowedFor(r).contains(S::AwaitingClarification));
        const Status s = StateMachine::check(r, S::AwaitingIdentity, Outcome{});
        QCOMPARE(s.ok(), !noVerification);
        if (!noVerification)
            continue;
        QCOMPARE(s.error().code, Error::Code::IllegalState);
        const QString& m = s.error().message;
        QVERIFY2(m.contains(QLatin1String("11 CCR ") + verifiableRule), qPrintable(m));
        QVERIFY2(m.contains(Names::display(S::AwaitingClarification)), qPrintable(m));
        QVERIFY2(m.contains(QLatin1String("R-2026-0042")), qPrintable(m));
    }
    const Request r = requestOf(l, t, S::Verified);
    const QString why = QStringLiteral("Submitted for 400 people from one address.");

    // identity-not-verified: refused, naming the rule and what to use instead.
    const Status unverified =
        StateMachine::check(r, S::Denied, Outcome{why, DenialCode::IdentityNotVerified, {}, {}, {}});
    QCOMPARE(unverified.ok(), !noVerification);
    if (noVerification) {
        QCOMPARE(unverified.error().code, Error::Code::InvalidInput);
        const QString& m = unverified.error().message;
        QVERIFY2(m.contains(QLatin1String("11 CCR ") + verifiableRule), qPrintable(m));
        QVERIFY2(m.contains(QLatin1String("11 CCR ") + fraudRule), qPrintable(m));
        QVERIFY2(m.contains(QLatin1String("identity-not-verified")), qPrintable(m));
        QVERIFY2(m.contains(QLatin1String("code fraudulent")), qPrintable(m));
    }

    // fraudulent: only for those two; elsewhere refused with the codes that do apply.
    const Status fraud = StateMachine::check(r, S::Denied, Outcome{why, DenialCode::Fraudulent, {}, {}, {}});
    QCOMPARE(fraud.ok(), noVerification);
    if (!noVerification) {
        QCOMPARE(fraud.error().code, Error::Code::InvalidInput);
        const QString& m = fraud.error().message;
        QVERIFY2(m.contains(QLatin1String("opt-out and limit-sensitive requests only")), qPrintable(m));
        QVERIFY2(m.contains(QLatin1String("identity-not-verified")), qPrintable(m));
    }

    // The codes offered (GUI) and named when none is given agree with what is accepted.
    const QList<DenialCode> codes = Names::denialCodesFor(l, t);
    for (DenialCode c : Names::allDenialCodes()) {
        Outcome o{why, c, {}, {}, {}};
        if (c == DenialCode::Exemption)
            o.exemption = QStringLiteral("Civ. Code 1798.145(a)(1)(A)");
        QCOMPARE(StateMachine::check(r, S::Denied, o).ok(), codes.contains(c));
    }
    QCOMPARE(codes.contains(DenialCode::Fraudulent), noVerification);
    QCOMPARE(codes.contains(DenialCode::IdentityNotVerified), !noVerification);
    const Status none = StateMachine::check(r, S::Denied, Outcome{why, {}, {}, {}, {}});
    QVERIFY(!none.ok());
    QCOMPARE(none.error().message.contains(QLatin1String("fraudulent")), noVerification);
    QCOMPARE(none.error().message.contains(QLatin1String("identity-not-verified")), !noVerification);
}

void TestStateMachine::fraudulentNeedsItsReason()
{
    // The requester must be told why the request is believed fraudulent (7026(e)): the text is required.
    const Request r = requestOf(Regulation::Ccpa, RequestType::OptOutSaleSharing, RequestStatus::New);
    const Status s = StateMachine::check(r, RequestStatus::Denied,
                                         Outcome{QStringLiteral("  "), DenialCode::Fraudulent, {}, {}, {}});
    QVERIFY(!s.ok());
    QVERIFY2(s.error().message.contains(QLatin1String("needs a reason")), qPrintable(s.error().message));
    QCOMPARE(Names::key(DenialCode::Fraudulent), QStringLiteral("fraudulent"));
    QCOMPARE(Names::parseDenialCode(QStringLiteral("Fraudulent")), std::optional(DenialCode::Fraudulent));
    QVERIFY(!Names::display(DenialCode::Fraudulent).isEmpty());
    QVERIFY(Names::denialCodeKeys().contains(QLatin1String("fraudulent")));
}

void TestStateMachine::lawNeutralCheckRefusesFraudulent()
{
    // Without a request (no law): the rules of no particular law, which has no fraud denial.
    const Status s =
        StateMachine::check(QStringLiteral("R-2026-0043"), RequestStatus::Verified, RequestStatus::Denied,
                            Outcome{QStringLiteral("Looks forged."), DenialCode::Fraudulent, {}, {}, {}});
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code, Error::Code::InvalidInput);
}

void TestStateMachine::optOutWaitingForIdentityBeforeCanLeave()
{
    // An opt-out stopped for identity before this rule existed is not stuck: it moves on, or is denied with a
    // code its law allows.
    using S = RequestStatus;
    const Request r = requestOf(Regulation::Ccpa, RequestType::OptOutSaleSharing, S::AwaitingIdentity);
    QCOMPARE(StateMachine::allowedFor(r), (QList<S>{S::Verified, S::Denied, S::Cancelled}));
    QVERIFY(StateMachine::check(r, S::Verified, Outcome{}).ok());
    QVERIFY(
        StateMachine::check(
            r, S::Denied,
            Outcome{
                QStringLiteral("Believed fraudulent: see ticket 88."), DenialCode::Fraudulent, {}, {}, {}})
            .ok());
}

QTEST_GUILESS_MAIN(TestStateMachine)
#include "tst_statemachine.moc"
