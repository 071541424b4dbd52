#include "AuditLog.h"
#include "ErasureStore.h"
#include "Migrations.h"
#include "QueueLoader.h"
#include "TestSupport.h"
#include "WorkspaceStore.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace lethe;

// The same suite on SQLite and on PostgreSQL: ctest runs it with LETHE_TEST_BACKEND=sqlite and =postgres.
class TestWorkspaceStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void migrationsAppliedAndIdempotent();
    void newerSchemaIsRefusedUntouched();
    void addNumbersPerYear();
    void badInputChangesNothing();
    void updateRecordsWhatChanged();
    void finalRequestCannotBeUpdated();
    void transitionsStopAndRestartTheClock();
    void illegalTransitionChangesNothing();
    void denialKeepsReason();
    void denialNeedsCodeAndKeepsIt();
    void denialFromBeforeCodesLoads();
    void completedInPartIsKept();
    void clarificationStopsAndResumesWhereItLeft();
    void clarificationClockPerLaw();
    void typeTheLawDoesNotHaveIsRefused();
    void optOutHasFifteenBusinessDaysAndNoExtension();
    void optOutIsDeniedAsFraudulentNotUnverified();
    void waitingForIdentityCannotBecomeOptOut();
    void feeIsKeptAndAudited();
    void extendOnceRecomputesDue();
    void extendAfterDueIsRefused();
    void notes();
    void takeNextAndHandOn();
    void staleCopyIsRefusedNotOverwritten();
    void changeBetweenReadAndWriteIsRefused();
    void calendarSettingAndOverride();
    void auditHoldsNoPersonalData();
    void verifyCatchesTampering_data();
    void verifyCatchesTampering();
    void verifyCatchesEventsOutOfTimeOrder();
    void verifyCatchesForgedTimeWithRecomputedChain();
    void appendForgivesSmallClockSkewOnly();
    void loaderReadsInChunksOffThread();
    void processorStepJournalAndRetry();

private:
    NewRequest sample(const QString& email = QStringLiteral("Ann.Lee@Example.com")) const;
    int countRows(const QString& table) const;
    void reopen();

    bool m_postgres = false;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<test::ScratchDatabase> m_pg;
    ConnectionParams m_params;
    QDateTime m_now;
    std::unique_ptr<WorkspaceStore> m_store;
};

void TestWorkspaceStore::initTestCase()
{
    test::isolate();
    const QString backend = qEnvironmentVariable("LETHE_TEST_BACKEND", QStringLiteral("sqlite"));
    m_postgres = backend == QLatin1String("postgres");
    if (m_postgres && !test::postgresConfigured())
        QFAIL(qPrintable(test::missingServerMessage("PostgreSQL")));
    qInfo("backend: %s", qPrintable(backend));
}

void TestWorkspaceStore::init()
{
    m_now = QDateTime(QDate(2026, 11, 2), QTime(10, 0), Qt::UTC);
    if (m_postgres) {
        m_pg = std::make_unique<test::ScratchDatabase>(test::postgresAdmin());
        QVERIFY2(m_pg->ok(), qPrintable(m_pg->error()));
        m_params = m_pg->params();
    } else {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_params = {};
        m_params.path = m_dir->filePath(QStringLiteral("workspace.db"));
    }
    reopen();
}

void TestWorkspaceStore::cleanup()
{
    m_store.reset();
    m_pg.reset();
    m_dir.reset();
}

void TestWorkspaceStore::reopen()
{
    m_store.reset();
    auto s = WorkspaceStore::open(m_params, QStringLiteral("tester"), [this] { return m_now; });
    QVERIFY2(s.ok(), s.ok() ? "" : qPrintable(s.error().message));
    m_store = std::move(s).value();
}

NewRequest TestWorkspaceStore::sample(const QString& email) const
{
    NewRequest r;
    r.type = RequestType::Access;
    r.regulation = Regulation::Gdpr;
    r.received = QDate(2026, 11, 2);
    r.subjectName = QStringLiteral("Ann Lee");
    r.identities = {{IdentityKind::Email, email}, {IdentityKind::Phone, QStringLiteral("+44 20 7946 0018")}};
    r.products = {QStringLiteral("LeadsGen"), QStringLiteral("AlwaysLeads")};
    r.assignee = QStringLiteral("dana.dpo");
    return r;
}

int TestWorkspaceStore::countRows(const QString& table) const
{
    QSqlQuery q(m_store->database());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)) || !q.next())
        return -1;
    return q.value(0).toInt();
}

// A processor step's journal entry is rewritten while it is begun (its state, before and after every call);
// a run that finished incomplete because such a step is still begun can be resumed to retry it, and one that
// finished incomplete for another reason cannot.
void TestWorkspaceStore::processorStepJournalAndRetry()
{
    NewRequest n = sample();
    n.type = RequestType::Erasure;
    const QString id = m_store->addRequest(n).value().humanId;
    QVERIFY(m_store->transition(id, RequestStatus::Verified).ok());
    const Request request = m_store->request(id).value();
    ErasureStore e(*m_store);
    auto runFor = [&](const QString& digest) {
        const auto saved = e.savePlan(request, digest, "{}", {});
        return saved.ok() ? e.start(request, digest) : Result<ErasureRun>(saved.error());
    };
    const auto run = runFor(QString(64, QLatin1Char('a')));
    QVERIFY2(run.ok(), run.ok() ? "" : qPrintable(run.error().message));
    QVERIFY(e.begin(run->id, 0, QStringLiteral("app/main/users/delete"), QStringLiteral("d0"), {}).ok());
    QVERIFY(e.commit(run->id, 0, 3, {}, true).ok());
    QVERIFY(e.begin(run->id, 1, QStringLiteral("app/processor/shop-stripe"), QStringLiteral("d1"),
                    "{\"state\":1}")
                .ok());
    QVERIFY(e.checkpoint(run->id, 1, "{\"state\":2}").ok());
    auto journal = e.journal(run->id).value();
    QCOMPARE(journal.size(), 2);
    QCOMPARE(journal[1].state, QStringLiteral("begun"));
    QCOMPARE(journal[1].data, QByteArray("{\"state\":2}"));
    // A committed entry is not rewritten.
    QVERIFY(e.checkpoint(run->id, 0, "{\"x\":1}").ok());
    QVERIFY(e.journal(run->id).value()[0].data.isEmpty());

    QVERIFY(e.finish(run->id, QStringLiteral("incomplete"), {}).ok());
    QCOMPARE(e.processorRetryPending(run->id).value(), true);
    QCOMPARE(e.resumable().value().size(), 1);
    QVERIFY(e.resume(run->id).ok());
    QVERIFY(e.commit(run->id, 1, 1, "{\"state\":3}").ok());
    QVERIFY(e.finish(run->id, QStringLiteral("incomplete"), {}).ok()); // say the verification found rows
    QCOMPARE(e.processorRetryPending(run->id).value(), false);
    QVERIFY(e.resumable().value().isEmpty());
    QCOMPARE(e.resume(run->id).error().code, Error::Code::IllegalState);
}

void TestWorkspaceStore::migrationsAppliedAndIdempotent()
{
    QCOMPARE(m_store->schemaVersion(), Migrations::latestVersion());
    QVERIFY(m_store->addRequest(sample()).ok());
    reopen();
    QCOMPARE(m_store->schemaVersion(), Migrations::latestVersion());
    QCOMPARE(countRows(QStringLiteral("schema_migrations")), Migrations::latestVersion());
    QCOMPARE(m_store->requestCount().value(), 1);
}

void TestWorkspaceStore::newerSchemaIsRefusedUntouched()
{
    QSqlQuery q(m_store->database());
    QVERIFY(
        q.exec(QStringLiteral("INSERT INTO schema_migrations (version, description, applied_at) VALUES (%1, "
                              "'from the future', '2030-01-01')")
                   .arg(Migrations::latestVersion() + 1)));
    m_store.reset();
    auto s = WorkspaceStore::open(m_params, QStringLiteral("tester"));
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code, Error::Code::Unsupported);
    QVERIFY2(s.error().message.contains(QLatin1String("newer Lethe")), qPrintable(s.error().message));
    QVERIFY(s.error().message.contains(QString::number(Migrations::latestVersion() + 1)));
    // Still exactly as it was.
    SqlConnection c;
    QVERIFY(c.open(m_params).ok());
    QSqlQuery r(c.db());
    QVERIFY(r.exec(QStringLiteral("SELECT COUNT(*) FROM schema_migrations")) && r.next());
    QCOMPARE(r.value(0).toInt(), Migrations::latestVersion() + 1);
}

void TestWorkspaceStore::addNumbersPerYear()
{
    auto a = m_store->addRequest(sample());
    QVERIFY2(a.ok(), a.ok() ? "" : qPrintable(a.error().message));
    QCOMPARE(a->humanId, QStringLiteral("R-2026-0001"));
    QCOMPARE(a->status, RequestStatus::New);
    QCOMPARE(a->identities.size(), 2);
    QCOMPARE(a->identities[0].value, QStringLiteral("ann.lee@example.com"));
    QCOMPARE(a->identities[1].value, QStringLiteral("+442079460018"));
    QCOMPARE(a->products, QStringList({QStringLiteral("AlwaysLeads"), QStringLiteral("LeadsGen")}));
    QCOMPARE(a->deadline(m_now.date()).due, QDate(2026, 12, 2));
    QCOMPARE(m_store->addRequest(sample()).value().humanId, QStringLiteral("R-2026-0002"));
    NewRequest old = sample();
    old.received = QDate(2025, 12, 30);
    QCOMPARE(m_store->addRequest(old).value().humanId, QStringLiteral("R-2025-0001"));
    QCOMPARE(m_store->addRequest(sample()).value().humanId, QStringLiteral("R-2026-0003"));

    auto shown = m_store->request(QStringLiteral("r-2026-0002"));
    QVERIFY(shown.ok());
    QCOMPARE(shown->subjectName, QStringLiteral("Ann Lee"));
    QCOMPARE(m_store->request(QStringLiteral("R-2026-0999")).error().code, Error::Code::NotFound);

    auto batch = m_store->addRequests(
        {sample(QStringLiteral("b@example.com")), sample(QStringLiteral("c@example.com"))});
    QVERIFY(batch.ok());
    QCOMPARE(batch.value(), QStringList({QStringLiteral("R-2026-0004"), QStringLiteral("R-2026-0005")}));
}

void TestWorkspaceStore::badInputChangesNothing()
{
    QVERIFY(m_store->addRequest(sample()).ok());
    const int events = countRows(QStringLiteral("audit_events"));
    auto bad = m_store->addRequest(sample(QStringLiteral("not-an-email")));
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error().code, Error::Code::InvalidInput);
    QVERIFY(bad.error().message.contains(QLatin1String("not-an-email")));
    // A batch with one bad request in the middle leaves nothing behind.
    auto batch =
        m_store->addRequests({sample(QStringLiteral("ok@example.com")), sample(QStringLiteral("bad@")),
                              sample(QStringLiteral("ok2@example.com"))});
    QVERIFY(!batch.ok());
    QVERIFY2(batch.error().message.contains(QLatin1String("Request 2 of 3")),
             qPrintable(batch.error().message));
    QCOMPARE(m_store->requestCount().value(), 1);
    QCOMPARE(countRows(QStringLiteral("subjects")), 1);
    QCOMPARE(countRows(QStringLiteral("audit_events")), events);
    QVERIFY(m_store->audit().verify().ok);
}

void TestWorkspaceStore::updateRecordsWhatChanged()
{
    const QString id = m_store->addRequest(sample()).value().humanId;
    RequestUpdate u;
    u.assignee = QStringLiteral("sam.support");
    u.addIdentities = {{IdentityKind::UserId, QStringLiteral("usr_77")}};
    u.removeIdentities = {{IdentityKind::Phone, QStringLiteral("+44 (20) 7946-0018")}};
    u.products = QStringList{QStringLiteral("Lead Machine")};
    auto r = m_store->update(id, u);
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
    QCOMPARE(r->assignee, QStringLiteral("sam.support"));
    QCOMPARE(r->identities.size(), 2);
    QCOMPARE(r->identities[1], (Identity{IdentityKind::UserId, QStringLiteral("usr_77")}));
    QCOMPARE(r->products, QStringList{QStringLiteral("Lead Machine")});
    const auto events = m_store->audit().events(id).value();
    QCOMPARE(events.size(), 2);
    QCOMPARE(events[1].action, QStringLiteral("request.update"));
    const QJsonObject d = events[1].detailsObject();
    QCOMPARE(d[QStringLiteral("assignee")].toString(), QStringLiteral("sam.support"));
    QCOMPARE(d[QStringLiteral("identities_added")].toObject()[QStringLiteral("user-id")].toInt(), 1);

    // Removing the last identity is refused.
    RequestUpdate strip;
    strip.removeIdentities = r->identities;
    QCOMPARE(m_store->update(id, strip).error().code, Error::Code::InvalidInput);
    // An update that changes nothing writes no event.
    QVERIFY(m_store->update(id, RequestUpdate{}).ok());
    QCOMPARE(m_store->audit().events(id).value().size(), 2);
}

void TestWorkspaceStore::finalRequestCannotBeUpdated()
{
    const QString id = m_store->addRequest(sample()).value().humanId;
    QVERIFY(m_store->transition(id, RequestStatus::Cancelled).ok());
    RequestUpdate u;
    u.assignee = QStringLiteral("x");
    auto r = m_store->update(id, u);
    QCOMPARE(r.error().code, Error::Code::IllegalState);
}

void TestWorkspaceStore::transitionsStopAndRestartTheClock()
{
    const QString id = m_store->addRequest(sample()).value().humanId; // received Nov 2, due Dec 2
    m_now = m_now.addDays(1);
    QVERIFY(m_store->transition(id, RequestStatus::AwaitingIdentity).ok());
    m_now = m_now.addDays(7); // identity arrives a week later
    auto r = m_store->transition(id, RequestStatus::Verified);
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
    QCOMPARE(r->stops.size(), 1);
    QCOMPARE(r->stops[0].stopped, QDate(2026, 11, 3));
    QCOMPARE(r->stops[0].restarted, QDate(2026, 11, 10));
    const Deadline d = r->deadline(m_now.date());
    QCOMPARE(d.pausedDays, 7);
    QCOMPARE(d.due, QDate(2026, 12, 9));
    QVERIFY(!d.clockStopped);
    const auto events = m_store->audit().events(id).value();
    QCOMPARE(events.last().detailsObject()[QStringLiteral("clock")].toString(), QStringLiteral("restarted"));

    // The queue sees the same deadline.
    auto rows = m_store->summaries();
    QVERIFY(rows.ok());
    QCOMPARE(rows->size(), 1);
    QCOMPARE(rows->first().due, QDate(2026, 12, 9));

    QVERIFY(m_store->transition(id, RequestStatus::InProgress).ok());
    QVERIFY(m_store->transition(id, RequestStatus::AwaitingApproval).ok());
    QVERIFY(m_store->transition(id, RequestStatus::Completed).ok());
}

void TestWorkspaceStore::illegalTransitionChangesNothing()
{
    const QString id = m_store->addRequest(sample()).value().humanId;
    const int events = countRows(QStringLiteral("audit_events"));
    auto r = m_store->transition(id, RequestStatus::Completed);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, Error::Code::IllegalState);
    QVERIFY(r.error().message.contains(id));
    QCOMPARE(m_store->request(id).value().status, RequestStatus::New);
    QCOMPARE(countRows(QStringLiteral("audit_events")), events);
}

void TestWorkspaceStore::denialKeepsReason()
{
    const QString id = m_store->addRequest(sample()).value().humanId;
    QCOMPARE(m_store->transition(id, RequestStatus::Denied, QStringLiteral(" ")).error().code,
             Error::Code::InvalidInput);
    auto r = m_store->transition(id, RequestStatus::Denied,
                                 Outcome{QStringLiteral("Manifestly unfounded: third request this "
                                                        "month."),
                                         DenialCode::ManifestlyUnfounded,
                                         {},
                                         {},
                                         {}});
    QVERIFY(r.ok());
    QCOMPARE(r->denialReason, QStringLiteral("Manifestly unfounded: third request this month."));
    // The reason itself stays out of the audit log (it may name people); its length and code are recorded.
    const auto events = m_store->audit().events(id).value();
    QVERIFY(!events.last().details.contains(QLatin1String("third request")));
    QCOMPARE(events.last().detailsObject()[QStringLiteral("denial_code")].toString(),
             QStringLiteral("manifestly-unfounded"));
    QVERIFY(events.last().detailsObject().contains(QStringLiteral("reason_length")));
}

void TestWorkspaceStore::denialNeedsCodeAndKeepsIt()
{
    const QString id = m_store->addRequest(sample()).value().humanId;
    const int events = countRows(QStringLiteral("audit_events"));
    // A reason without a code is refused, and nothing changes.
    auto noCode =
        m_store->transition(id, RequestStatus::Denied, QStringLiteral("We keep it for the tax office."));
    QVERIFY(!noCode.ok());
    QCOMPARE(noCode.error().code, Error::Code::InvalidInput);
    QCOMPARE(m_store->request(id).value().status, RequestStatus::New);
    QCOMPARE(countRows(QStringLiteral("audit_events")), events);

    const Outcome o{QStringLiteral("We keep Ann Lee's invoices for the tax office."),
                    DenialCode::Exemption,
                    QStringLiteral("GDPR Art. 17(3)(b), HGB 257"),
                    {},
                    {}};
    auto r = m_store->transition(id, RequestStatus::Denied, o);
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
    reopen();
    const Request back = m_store->request(id).value();
    QCOMPARE(back.denialCode, std::optional(DenialCode::Exemption));
    QCOMPARE(back.exemption, QStringLiteral("GDPR Art. 17(3)(b), HGB 257"));
    QCOMPARE(back.denialReason, QStringLiteral("We keep Ann Lee's invoices for the tax office."));
    // The code is in the audit log; the texts are not (their lengths are).
    const auto last = m_store->audit().events(id).value().last();
    QCOMPARE(last.detailsObject()[QStringLiteral("denial_code")].toString(), QStringLiteral("exemption"));
    QCOMPARE(last.detailsObject()[QStringLiteral("exemption_length")].toInt(), 27);
    QVERIFY(!last.details.contains(QLatin1String("Ann Lee")));
    QVERIFY(!last.details.contains(QLatin1String("HGB")));
    QVERIFY(m_store->audit().verify().ok);
}

void TestWorkspaceStore::denialFromBeforeCodesLoads()
{
    // A denial written before schema version 5 has no code: it loads, with none.
    const QString id = m_store->addRequest(sample()).value().humanId;
    QSqlQuery q(m_store->database());
    QVERIFY(q.exec(QStringLiteral("UPDATE requests SET status = 'denied', denial_reason = 'Old reason', "
                                  "denial_code = ''")));
    const Request r = m_store->request(id).value();
    QCOMPARE(r.status, RequestStatus::Denied);
    QVERIFY(!r.denialCode);
    QCOMPARE(r.denialReason, QStringLiteral("Old reason"));
}

void TestWorkspaceStore::completedInPartIsKept()
{
    const QString id = m_store->addRequest(sample()).value().humanId;
    for (RequestStatus s :
         {RequestStatus::Verified, RequestStatus::InProgress, RequestStatus::AwaitingApproval})
        QVERIFY(m_store->transition(id, s).ok());
    // What was withheld needs why; refused, nothing changes.
    auto half =
        m_store->transition(id, RequestStatus::Completed, Outcome{{}, {}, {}, QStringLiteral("Calls"), {}});
    QCOMPARE(half.error().code, Error::Code::InvalidInput);
    QCOMPARE(m_store->request(id).value().status, RequestStatus::AwaitingApproval);
    const Outcome part{{},
                       {},
                       {},
                       QStringLiteral("Call recordings with Bob Stone"),
                       QStringLiteral("They would reveal another person's data (Art. 15(4)).")};
    auto r = m_store->transition(id, RequestStatus::Completed, part);
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
    reopen();
    const Request back = m_store->request(id).value();
    QCOMPARE(back.status, RequestStatus::Completed); // completed stays completed, in whole or in part
    QVERIFY(back.completedInPart());
    QCOMPARE(back.withheld, part.withheld);
    QCOMPARE(back.withheldReason, part.withheldReason);
    const auto last = m_store->audit().events(id).value().last();
    QCOMPARE(last.detailsObject()[QStringLiteral("in_part")].toBool(), true);
    QVERIFY(last.detailsObject().contains(QStringLiteral("withheld_length")));
    QVERIFY(!last.details.contains(QLatin1String("Bob Stone")));

    // Completed in full says so too.
    const QString full = m_store->addRequest(sample(QStringLiteral("b@example.com"))).value().humanId;
    for (RequestStatus s : {RequestStatus::Verified, RequestStatus::InProgress,
                            RequestStatus::AwaitingApproval, RequestStatus::Completed})
        QVERIFY(m_store->transition(full, s).ok());
    QVERIFY(!m_store->request(full).value().completedInPart());
    QCOMPARE(m_store->audit().events(full).value().last().detailsObject()[QStringLiteral("in_part")].toBool(),
             false);
}

void TestWorkspaceStore::clarificationStopsAndResumesWhereItLeft()
{
    const QString id = m_store->addRequest(sample()).value().humanId; // GDPR, received Nov 2, due Dec 2
    QVERIFY(m_store->transition(id, RequestStatus::Verified).ok());
    m_now = m_now.addDays(2);
    auto asked = m_store->transition(id, RequestStatus::AwaitingClarification);
    QVERIFY2(asked.ok(), asked.ok() ? "" : qPrintable(asked.error().message));
    QCOMPARE(asked->resumeStatus, std::optional(RequestStatus::Verified));
    QVERIFY(asked->deadline(m_now.date()).clockStopped);
    QCOMPARE(m_store->audit().events(id).value().last().detailsObject()[QStringLiteral("stop")].toString(),
             QStringLiteral("clarification"));
    reopen();
    QCOMPARE(m_store->request(id).value().resumeStatus, std::optional(RequestStatus::Verified));
    m_now = m_now.addDays(5);
    // It goes back to verified, not on to a status it never reached.
    auto skip = m_store->transition(id, RequestStatus::InProgress);
    QCOMPARE(skip.error().code, Error::Code::IllegalState);
    auto back = m_store->transition(id, RequestStatus::Verified);
    QVERIFY2(back.ok(), back.ok() ? "" : qPrintable(back.error().message));
    QVERIFY(!back->resumeStatus);
    const Deadline d = back->deadline(m_now.date());
    QCOMPARE(d.pausedDays, 5);
    QCOMPARE(d.due, QDate(2026, 12, 7)); // Dec 2 + 5 days
    QVERIFY(!d.clockStopped);
    // An identity stop afterwards is a stop of its own kind.
    QVERIFY(m_store->transition(id, RequestStatus::InProgress).ok());
    QVERIFY(m_store->transition(id, RequestStatus::AwaitingIdentity).ok());
    QCOMPARE(m_store->audit().events(id).value().last().detailsObject()[QStringLiteral("stop")].toString(),
             QStringLiteral("identity"));
    QVERIFY(!m_store->request(id).value().resumeStatus);
}

void TestWorkspaceStore::clarificationClockPerLaw()
{
    // Received Mon 2 Nov 2026; clarification asked Wed 4 Nov, answered Fri 13 Nov.
    auto run = [this](Regulation reg, const QString& email) {
        NewRequest n = sample(email);
        n.regulation = reg;
        const QString id = m_store->addRequest(n).value().humanId;
        m_now = QDateTime(QDate(2026, 11, 4), QTime(10, 0), Qt::UTC);
        [&] { QVERIFY(m_store->transition(id, RequestStatus::AwaitingClarification).ok()); }();
        m_now = QDateTime(QDate(2026, 11, 13), QTime(10, 0), Qt::UTC);
        auto r = m_store->transition(id, RequestStatus::New);
        return r.ok() ? r->deadline(m_now.date()) : Deadline{};
    };
    // GDPR: paused 9 days: Dec 2 + 9 = Fri Dec 11.
    QCOMPARE(run(Regulation::Gdpr, QStringLiteral("g@example.com")).due, QDate(2026, 12, 11));
    // UK GDPR Art. 12A: the month begins when the answer arrives: Nov 13 -> Sun Dec 13 -> Mon Dec 14.
    QCOMPARE(run(Regulation::UkGdpr, QStringLiteral("u@example.com")).due, QDate(2026, 12, 14));
    // CCPA: the clock never stops (11 CCR 7021(b)): Nov 2 + 45 days.
    QCOMPARE(run(Regulation::Ccpa, QStringLiteral("c@example.com")).due, QDate(2026, 12, 17));
}

void TestWorkspaceStore::typeTheLawDoesNotHaveIsRefused()
{
    NewRequest n = sample();
    n.regulation = Regulation::Ccpa;
    n.type = RequestType::Restriction;
    auto refused = m_store->addRequest(n);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, Error::Code::InvalidInput);
    QVERIFY2(refused.error().message.contains(QLatin1String("know (access)")),
             qPrintable(refused.error().message));
    QCOMPARE(m_store->requestCount().value(), 0);

    n.type = RequestType::Access; // CCPA "know"
    const QString id = m_store->addRequest(n).value().humanId;
    RequestUpdate toRestriction;
    toRestriction.type = RequestType::Restriction;
    QCOMPARE(m_store->update(id, toRestriction).error().code, Error::Code::InvalidInput);
    // Changing the law to one without the type is refused too; both together that fit are fine.
    NewRequest g = sample(QStringLiteral("g@example.com"));
    g.type = RequestType::AutomatedDecision;
    const QString gid = m_store->addRequest(g).value().humanId;
    RequestUpdate toCcpa;
    toCcpa.regulation = Regulation::Ccpa;
    QCOMPARE(m_store->update(gid, toCcpa).error().code, Error::Code::InvalidInput);
    toCcpa.type = RequestType::OptOutSaleSharing;
    auto moved = m_store->update(gid, toCcpa);
    QVERIFY2(moved.ok(), moved.ok() ? "" : qPrintable(moved.error().message));
    QCOMPARE(moved->type, RequestType::OptOutSaleSharing);

    // A CCPA restriction stored before the types per law still loads and can be worked on.
    QSqlQuery q(m_store->database());
    QVERIFY(q.exec(QStringLiteral("UPDATE requests SET type = 'restriction' WHERE human_id = '%1'").arg(id)));
    RequestUpdate assign;
    assign.assignee = QStringLiteral("sam.support");
    auto legacy = m_store->update(id, assign);
    QVERIFY2(legacy.ok(), legacy.ok() ? "" : qPrintable(legacy.error().message));
    QCOMPARE(legacy->type, RequestType::Restriction);
    QCOMPARE(legacy->deadline(m_now.date()).due, QDate(2026, 12, 17)); // the 45 days, as before
}

void TestWorkspaceStore::optOutHasFifteenBusinessDaysAndNoExtension()
{
    NewRequest n = sample();
    n.regulation = Regulation::Ccpa;
    n.type = RequestType::OptOutSaleSharing;
    n.received = QDate(2026, 10, 20); // Tue; 15 business days (11 CCR 7026(f)(1)): Tue 10 Nov 2026
    auto r = m_store->addRequest(n);
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
    const Deadline d = r->deadline(m_now.date());
    QCOMPARE(d.due, QDate(2026, 11, 10));
    QVERIFY(!d.acknowledgeBy.isValid());
    QCOMPARE(
        m_store->audit().events(r->humanId).value().last().detailsObject()[QStringLiteral("due")].toString(),
        QStringLiteral("2026-11-10"));
    QCOMPARE(m_store->summaries().value().first().due, QDate(2026, 11, 10));
    auto ext = m_store->extend(r->humanId, QStringLiteral("Many systems"));
    QVERIFY(!ext.ok());
    QCOMPARE(ext.error().code, Error::Code::IllegalState);
    QVERIFY(!m_store->request(r->humanId).value().extended);
}

// 11 CCR 7026(d), (e) and 7027(e), (f): an opt-out or a request to limit need not be verifiable; it may be
// denied on a good-faith, reasonable, documented belief that it is fraudulent, and the requester told why.
void TestWorkspaceStore::optOutIsDeniedAsFraudulentNotUnverified()
{
    NewRequest n = sample();
    n.regulation = Regulation::Ccpa;
    n.type = RequestType::OptOutSaleSharing;
    const QString id = m_store->addRequest(n).value().humanId;
    NewRequest limit = n;
    limit.type = RequestType::LimitSensitive;
    const QString limitId = m_store->addRequest(limit).value().humanId;
    const QString gdprId = m_store->addRequest(sample(QStringLiteral("bo@example.com"))).value().humanId;
    const int events = countRows(QStringLiteral("audit_events"));

    // No identity stop, no denial for an unverified identity; nothing changes.
    for (const QString& r : {id, limitId}) {
        auto stop = m_store->transition(r, RequestStatus::AwaitingIdentity);
        QVERIFY(!stop.ok());
        QCOMPARE(stop.error().code, Error::Code::IllegalState);
        QVERIFY2(stop.error().message.contains(QLatin1String("11 CCR 702")),
                 qPrintable(stop.error().message));
        auto unverified = m_store->transition(
            r, RequestStatus::Denied,
            Outcome{
                QStringLiteral("Could not verify Ann Lee."), DenialCode::IdentityNotVerified, {}, {}, {}});
        QVERIFY(!unverified.ok());
        QCOMPARE(unverified.error().code, Error::Code::InvalidInput);
        QVERIFY2(unverified.error().message.contains(QLatin1String("fraudulent")),
                 qPrintable(unverified.error().message));
        QCOMPARE(m_store->request(r).value().status, RequestStatus::New);
    }
    // Fraudulent is the CCPA opt-out's and limit's only.
    auto gdprFraud =
        m_store->transition(gdprId, RequestStatus::Denied,
                            Outcome{QStringLiteral("Forged ID."), DenialCode::Fraudulent, {}, {}, {}});
    QVERIFY(!gdprFraud.ok());
    QCOMPARE(gdprFraud.error().code, Error::Code::InvalidInput);
    QCOMPARE(m_store->request(gdprId).value().status, RequestStatus::New);
    QCOMPARE(countRows(QStringLiteral("audit_events")), events);

    // Awaiting clarification (asking what is needed to act on it) stays open to it.
    QVERIFY(m_store->transition(limitId, RequestStatus::AwaitingClarification).ok());

    const QString why = QStringLiteral("Sent for Ann Lee and 300 others from one address; see ticket 4411.");
    auto r = m_store->transition(id, RequestStatus::Denied, Outcome{why, DenialCode::Fraudulent, {}, {}, {}});
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
    reopen();
    const Request back = m_store->request(id).value();
    QCOMPARE(back.status, RequestStatus::Denied);
    QCOMPARE(back.denialCode, std::optional(DenialCode::Fraudulent));
    QCOMPARE(back.denialReason, why);
    // Stored as text under its stable key (no migration: denial_code is a text column).
    QSqlQuery q(m_store->database());
    QVERIFY(q.exec(QStringLiteral("SELECT denial_code FROM requests WHERE status = 'denied'")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("fraudulent"));
    // The audit holds the code, never the text told to the requester.
    const auto last = m_store->audit().events(id).value().last();
    QCOMPARE(last.detailsObject()[QStringLiteral("denial_code")].toString(), QStringLiteral("fraudulent"));
    QVERIFY(!last.details.contains(QLatin1String("Ann Lee")));
    QVERIFY(!last.details.contains(QLatin1String("4411")));
    QVERIFY(m_store->audit().verify().ok);
}

void TestWorkspaceStore::waitingForIdentityCannotBecomeOptOut()
{
    // A CCPA know request stopped for identity cannot be turned into an opt-out there: it would keep an
    // identity stop the opt-out may not have.
    NewRequest n = sample();
    n.regulation = Regulation::Ccpa;
    const QString id = m_store->addRequest(n).value().humanId;
    QVERIFY(m_store->transition(id, RequestStatus::AwaitingIdentity).ok());
    RequestUpdate u;
    u.type = RequestType::OptOutSaleSharing;
    auto r = m_store->update(id, u);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, Error::Code::IllegalState);
    QCOMPARE(m_store->request(id).value().type, RequestType::Access);
    QVERIFY(m_store->transition(id, RequestStatus::Verified).ok());
    auto later = m_store->update(id, u);
    QVERIFY2(later.ok(), later.ok() ? "" : qPrintable(later.error().message));
    QCOMPARE(m_store->request(id).value().type, RequestType::OptOutSaleSharing);
}

void TestWorkspaceStore::feeIsKeptAndAudited()
{
    const QString id = m_store->addRequest(sample()).value().humanId;
    const int events = countRows(QStringLiteral("audit_events"));
    QCOMPARE(
        m_store->setFee(id, Fee{QStringLiteral("12,50"), QStringLiteral("EUR"), FeeReason::FurtherCopies})
            .error()
            .code,
        Error::Code::InvalidInput);
    QCOMPARE(countRows(QStringLiteral("audit_events")), events);
    QVERIFY(!m_store->request(id).value().fee.charged());
    auto r =
        m_store->setFee(id, Fee{QStringLiteral("12.50"), QStringLiteral("eur"), FeeReason::FurtherCopies});
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
    reopen();
    const Fee f = m_store->request(id).value().fee;
    QCOMPARE(f, (Fee{QStringLiteral("12.50"), QStringLiteral("EUR"), FeeReason::FurtherCopies}));
    const auto last = m_store->audit().events(id).value().last();
    QCOMPARE(last.action, QStringLiteral("request.fee"));
    QCOMPARE(last.detailsObject()[QStringLiteral("amount")].toString(), QStringLiteral("12.50"));
    QCOMPARE(last.detailsObject()[QStringLiteral("currency")].toString(), QStringLiteral("EUR"));
    QCOMPARE(last.detailsObject()[QStringLiteral("reason")].toString(), QStringLiteral("further-copies"));
}

void TestWorkspaceStore::extendOnceRecomputesDue()
{
    const QString id = m_store->addRequest(sample()).value().humanId;
    QCOMPARE(m_store->extend(id, QString()).error().code, Error::Code::InvalidInput);
    m_now = m_now.addDays(20);
    auto r = m_store->extend(id, QStringLiteral("Complex: five systems"));
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
    QVERIFY(r->extended);
    QCOMPARE(r->deadline(m_now.date()).due, QDate(2027, 2, 2));
    auto again = m_store->extend(id, QStringLiteral("more"));
    QCOMPARE(again.error().code, Error::Code::Conflict);
    const auto events = m_store->audit().events(id).value();
    QCOMPARE(events.last().action, QStringLiteral("request.extend"));
    QCOMPARE(events.last().detailsObject()[QStringLiteral("due_after")].toString(),
             QStringLiteral("2027-02-02"));
}

void TestWorkspaceStore::extendAfterDueIsRefused()
{
    const QString id = m_store->addRequest(sample()).value().humanId;
    m_now = QDateTime(QDate(2026, 12, 3), QTime(9, 0), Qt::UTC);
    auto r = m_store->extend(id, QStringLiteral("late"));
    QCOMPARE(r.error().code, Error::Code::IllegalState);
    QVERIFY(r.error().message.contains(QLatin1String("2026-12-02")));
}

void TestWorkspaceStore::notes()
{
    const QString id = m_store->addRequest(sample()).value().humanId;
    QCOMPARE(m_store->addNote(id, QStringLiteral("  ")).error().code, Error::Code::InvalidInput);
    auto r = m_store->addNote(id, QStringLiteral("Called Ann; she also wants the call recordings."));
    QVERIFY(r.ok());
    QCOMPARE(r->notes.size(), 1);
    QCOMPARE(r->notes[0].author, QStringLiteral("tester"));
    QVERIFY(m_store->transition(id, RequestStatus::Cancelled).ok());
    QVERIFY(m_store->addNote(id, QStringLiteral("Notes stay possible after closing.")).ok());
}

// Issue 18: "take next" gives the longest-waiting open request nobody has, and handing one on (or escalating
// it) keeps the reason as a note and audits who it went from and to, never the reason's text.
void TestWorkspaceStore::takeNextAndHandOn()
{
    auto add = [&](QDate received, const QString& assignee) {
        NewRequest n = sample();
        n.received = received;
        n.assignee = assignee;
        return m_store->addRequest(n).value().humanId;
    };
    const QString later = add(QDate(2026, 10, 1), {});
    const QString older = add(QDate(2026, 9, 15), {});
    add(QDate(2026, 9, 1), QStringLiteral("dana.dpo"));
    const QString closed = add(QDate(2026, 8, 1), {});
    QVERIFY(m_store->transition(closed, RequestStatus::Cancelled).ok());

    auto first = m_store->takeNext();
    QVERIFY2(first.ok(), first.ok() ? "" : qPrintable(first.error().message));
    QVERIFY(first->has_value());
    QCOMPARE((*first)->humanId, older);
    QCOMPARE((*first)->assignee, QStringLiteral("tester"));
    QCOMPARE(m_store->takeNext().value()->humanId, later);
    QVERIFY(!m_store->takeNext().value().has_value()); // none left: the assigned and the closed stay
    auto claims = m_store->audit().events(older);
    QVERIFY(claims.ok());
    QCOMPARE(claims->last().action, QStringLiteral("request.claim"));

    QCOMPARE(m_store->assign(older, QStringLiteral("olga"), QStringLiteral(" "), true).error().code,
             Error::Code::InvalidInput);
    const QString reason = QStringLiteral("Ann asks to erase her payment history too: needs an officer.");
    auto escalated = m_store->assign(older, QStringLiteral("olga"), reason, true);
    QVERIFY2(escalated.ok(), escalated.ok() ? "" : qPrintable(escalated.error().message));
    QCOMPARE(escalated->assignee, QStringLiteral("olga"));
    QCOMPARE(escalated->notes.last().body, reason);
    const AuditEvent e = m_store->audit().events(older).value().last();
    QCOMPARE(e.action, QStringLiteral("request.escalate"));
    QCOMPARE(e.detailsObject().value(QStringLiteral("from")).toString(), QStringLiteral("tester"));
    QCOMPARE(e.detailsObject().value(QStringLiteral("to")).toString(), QStringLiteral("olga"));
    QVERIFY(!e.details.contains(QLatin1String("payment")));
    QCOMPARE(m_store->assign(older, QStringLiteral("olga"), reason, false).error().code,
             Error::Code::IllegalState);
    QCOMPARE(m_store->assign(closed, QStringLiteral("olga"), reason, false).error().code,
             Error::Code::IllegalState);
    QCOMPARE(m_store->assign(later, QStringLiteral("sam"), QStringLiteral("Sam knows the product."), false)
                 .value()
                 .assignee,
             QStringLiteral("sam"));
    QCOMPARE(m_store->audit().events(later).value().last().action, QStringLiteral("request.assign"));
    QVERIFY(m_store->audit().verify().ok);
}

// Issue 18: two desks read the same request and both change it. The first change is saved; the second, made
// on the copy read before it, is refused with who changed the request and when, and the first survives.
// Notes only add and never conflict.
void TestWorkspaceStore::staleCopyIsRefusedNotOverwritten()
{
    const QString id = m_store->addRequest(sample()).value().humanId;
    auto other = WorkspaceStore::open(m_params, QStringLiteral("olga"), [this] { return m_now; });
    QVERIFY2(other.ok(), other.ok() ? "" : qPrintable(other.error().message));
    WorkspaceStore& desk2 = **other;

    const Request seen1 = m_store->request(id).value();
    const Request seen2 = desk2.request(id).value();
    QCOMPARE(seen1.version, qint64(1));
    QCOMPARE(seen2.version, seen1.version);
    QCOMPARE(m_store->summaries().value().first().version, qint64(1));

    RequestUpdate first;
    first.regulation = Regulation::UkGdpr;
    auto saved = m_store->update(id, first, seen1.version);
    QVERIFY2(saved.ok(), saved.ok() ? "" : qPrintable(saved.error().message));
    QCOMPARE(saved->version, qint64(2));

    RequestUpdate second;
    second.regulation = Regulation::Ccpa;
    second.assignee = QStringLiteral("olga");
    const int eventsBefore = countRows(QStringLiteral("audit_events"));
    auto refused = desk2.update(id, second, seen2.version);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, Error::Code::Conflict);
    const QString message = refused.error().message;
    QVERIFY2(message.contains(id) && message.contains(QLatin1String("tester")) &&
                 message.contains(m_now.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))) &&
                 message.contains(QLatin1String("reload")),
             qPrintable(message));
    const Request now = desk2.request(id).value();
    QCOMPARE(now.regulation, Regulation::UkGdpr); // the first change survives
    QCOMPARE(now.assignee, QStringLiteral("dana.dpo"));
    QCOMPARE(now.version, qint64(2));
    QCOMPARE(countRows(QStringLiteral("audit_events")), eventsBefore);

    // Every change of a request is refused on the stale copy, and changes nothing.
    QCOMPARE(desk2.transition(id, RequestStatus::Verified, QString(), seen2.version).error().code,
             Error::Code::Conflict);
    QCOMPARE(desk2.extend(id, QStringLiteral("Many systems"), seen2.version).error().code,
             Error::Code::Conflict);
    QCOMPARE(desk2
                 .setFee(id, Fee{QStringLiteral("25"), QStringLiteral("EUR"), FeeReason::FurtherCopies},
                         seen2.version)
                 .error()
                 .code,
             Error::Code::Conflict);
    QCOMPARE(desk2.assign(id, QStringLiteral("olga"), QStringLiteral("Mine now"), false, seen2.version)
                 .error()
                 .code,
             Error::Code::Conflict);
    QCOMPARE(countRows(QStringLiteral("audit_events")), eventsBefore);
    QCOMPARE(desk2.request(id).value().status, RequestStatus::New);

    // A note is no conflict and does not make the others' copies stale.
    auto noted = desk2.addNote(id, QStringLiteral("Called back."));
    QVERIFY(noted.ok());
    QCOMPARE(noted->version, qint64(2));
    // Read again, the second desk's change goes through, and the first desk's copy is now the stale one.
    auto again = desk2.transition(id, RequestStatus::Verified, QString(), now.version);
    QVERIFY2(again.ok(), again.ok() ? "" : qPrintable(again.error().message));
    QCOMPARE(again->version, qint64(3));
    auto late = m_store->extend(id, QStringLiteral("Many systems"), saved->version);
    QCOMPARE(late.error().code, Error::Code::Conflict);
    QVERIFY2(late.error().message.contains(QLatin1String("olga")), qPrintable(late.error().message));
    // Taking a request raises its version too.
    const QString open = m_store
                             ->addRequest([this] {
                                 NewRequest n = sample();
                                 n.assignee.clear();
                                 return n;
                             }())
                             .value()
                             .humanId;
    const qint64 before = m_store->request(open).value().version;
    QCOMPARE(desk2.takeNext().value()->humanId, open);
    QCOMPARE(m_store->transition(open, RequestStatus::Verified, QString(), before).error().code,
             Error::Code::Conflict);
    // Without a version the store reads the request and changes what it read, as before.
    QVERIFY(m_store->transition(open, RequestStatus::Verified).ok());
    QVERIFY(m_store->audit().verify().ok);
}

// The check holds inside the change's transaction too: a change made at another desk after the store read the
// request, and before it writes, is not overwritten. The other desk's change is made from within this store's
// clock, which it asks for between its read and its transaction.
void TestWorkspaceStore::changeBetweenReadAndWriteIsRefused()
{
    const QString id = m_store->addRequest(sample()).value().humanId;
    auto other = WorkspaceStore::open(m_params, QStringLiteral("olga"), [this] { return m_now; });
    QVERIFY(other.ok());
    std::function<void()> meanwhile;
    auto desk = WorkspaceStore::open(m_params, QStringLiteral("tester"), [this, &meanwhile] {
        if (auto run = std::exchange(meanwhile, {}))
            run();
        return m_now;
    });
    QVERIFY(desk.ok());
    bool changed = false;
    meanwhile = [&] {
        RequestUpdate u;
        u.assignee = QStringLiteral("olga");
        changed = (*other)->update(id, u).ok();
    };
    RequestUpdate mine;
    mine.assignee = QStringLiteral("sam");
    auto r = (*desk)->update(id, mine);
    QVERIFY(changed);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, Error::Code::Conflict);
    QVERIFY2(r.error().message.contains(QLatin1String("olga")), qPrintable(r.error().message));
    QCOMPARE(m_store->request(id).value().assignee, QStringLiteral("olga"));

    meanwhile = [&] { changed = (*other)->transition(id, RequestStatus::Verified).ok(); };
    auto t = (*desk)->transition(id, RequestStatus::Cancelled);
    QVERIFY(changed);
    QCOMPARE(t.error().code, Error::Code::Conflict);
    QCOMPARE(m_store->request(id).value().status, RequestStatus::Verified);
    QVERIFY(m_store->audit().verify().ok);
}

// Issue 16: the workspace's "established in" and EU clock rule, and a request's own calendar, are stored
// and used by every deadline the store computes (the request, the queue rows, the audit event).
void TestWorkspaceStore::calendarSettingAndOverride()
{
    auto settings = m_store->deadlineSettings();
    QVERIFY(settings);
    QVERIFY(settings->establishedIn.isEmpty());
    QCOMPARE(settings->gdprClock, GdprClockRule::Pause);

    // Received 4 May 2026: one month is Thu 4 Jun, Corpus Christi in Bavaria, not in Berlin.
    NewRequest n = sample();
    n.received = QDate(2026, 5, 4);
    const QString plain = m_store->addRequest(n).value().humanId;
    QCOMPARE(m_store->request(plain)->deadline(m_now.date()).due, QDate(2026, 6, 4));

    QCOMPARE(m_store->setEstablishedIn(QStringLiteral("Mars")).error().code, Error::Code::InvalidInput);
    QVERIFY(m_store->setEstablishedIn(QStringLiteral("de-by")));
    QCOMPARE(m_store->deadlineSettings()->establishedIn, QStringLiteral("DE-BY"));
    QCOMPARE(m_store->request(plain)->deadline(m_now.date()).due, QDate(2026, 6, 5));

    n.identities = {{IdentityKind::Email, QStringLiteral("berlin@example.com")}};
    n.establishedIn = QStringLiteral("DE-BE");
    auto berlin = m_store->addRequest(n);
    QVERIFY2(berlin, berlin ? "" : qPrintable(berlin.error().message));
    QCOMPARE(berlin->establishedIn, QStringLiteral("DE-BE"));
    QCOMPARE(berlin->deadline(m_now.date()).due, QDate(2026, 6, 4));
    QCOMPARE(m_store->audit()
                 .events(berlin->humanId)
                 .value()
                 .first()
                 .detailsObject()[QStringLiteral("due")]
                 .toString(),
             QStringLiteral("2026-06-04"));

    // The queue rows agree.
    auto rows = m_store->summaries();
    QVERIFY(rows);
    QCOMPARE(rows->size(), 2);
    QCOMPARE(rows->at(0).due, QDate(2026, 6, 5));
    QCOMPARE(rows->at(1).due, QDate(2026, 6, 4));

    // A calendar that does not fit the law is refused, on add and on update.
    n.identities = {{IdentityKind::Email, QStringLiteral("ca@example.com")}};
    n.establishedIn = QStringLiteral("US-CA");
    QCOMPARE(m_store->addRequest(n).error().code, Error::Code::InvalidInput);
    RequestUpdate bad;
    bad.establishedIn = QStringLiteral("GB-SCT");
    auto refused = m_store->update(berlin->humanId, bad);
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(QStringLiteral("GB-SCT")), qPrintable(refused.error().message));

    // Clearing the override: the workspace's calendar again; audited.
    RequestUpdate clear;
    clear.establishedIn = QString();
    auto cleared = m_store->update(berlin->humanId, clear);
    QVERIFY(cleared);
    QVERIFY(cleared->establishedIn.isEmpty());
    QCOMPARE(cleared->deadline(m_now.date()).due, QDate(2026, 6, 5));
    QCOMPARE(m_store->audit()
                 .events(berlin->humanId)
                 .value()
                 .last()
                 .detailsObject()[QStringLiteral("established_in")]
                 .toString(),
             QString());

    // The EU clock rule: stopped 20 Apr, answered 4 May 2026. Pause adds 14 days (4 May -> 18 May, 18 Jun);
    // restart runs the month from 4 May (4 Jun, Corpus Christi -> 5 Jun).
    n.identities = {{IdentityKind::Email, QStringLiteral("stop@example.com")}};
    n.establishedIn.clear();
    n.received = QDate(2026, 4, 4);
    Request stopped = m_store->addRequest(n).value();
    stopped.stops = {{QDate(2026, 4, 20), QDate(2026, 5, 4)}};
    QCOMPARE(stopped.deadline(m_now.date()).due, QDate(2026, 5, 18));
    QVERIFY(m_store->setGdprClockRule(GdprClockRule::Restart));
    reopen();
    QCOMPARE(m_store->deadlineSettings()->gdprClock, GdprClockRule::Restart);
    QCOMPARE(m_store->deadlineSettings()->establishedIn, QStringLiteral("DE-BY"));
    stopped.settings = m_store->deadlineSettings().value();
    QCOMPARE(stopped.deadline(m_now.date()).due, QDate(2026, 6, 5));
    const auto events = m_store->audit().events({}).value();
    int settingChanges = 0;
    for (const AuditEvent& e : events)
        settingChanges += e.action == QLatin1String("settings.change");
    QCOMPARE(settingChanges, 2);
}

void TestWorkspaceStore::auditHoldsNoPersonalData()
{
    const QString id = m_store->addRequest(sample()).value().humanId;
    RequestUpdate u;
    u.subjectName = QStringLiteral("Ann Lee-Smith");
    u.addIdentities = {{IdentityKind::Email, QStringLiteral("ann.smith@example.org")}};
    QVERIFY(m_store->update(id, u).ok());
    QVERIFY(m_store->addNote(id, QStringLiteral("Ann's husband Bob called from +1 202 555 0143")).ok());
    QVERIFY(m_store->record(QStringLiteral("preview.run"), id, {{QStringLiteral("rows"), 12}}).ok());
    const auto events = m_store->audit().events().value();
    QCOMPARE(events.size(), 4);
    for (const AuditEvent& e : events) {
        for (const char* pd : {"Ann", "ann.", "example.com", "example.org", "7946", "Bob", "555"})
            QVERIFY2(!e.details.contains(QLatin1String(pd)), qPrintable(e.details));
        QCOMPARE(e.actor, QStringLiteral("tester"));
    }
    QCOMPARE(events.last().action, QStringLiteral("preview.run"));
}

void TestWorkspaceStore::verifyCatchesTampering_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<qint64>("firstBroken");
    QTest::newRow("details edited") << "UPDATE audit_events SET details = '{}' WHERE seq = 3" << qint64(3);
    QTest::newRow("actor edited") << "UPDATE audit_events SET actor = 'mallory' WHERE seq = 2" << qint64(2);
    QTest::newRow("action edited") << "UPDATE audit_events SET action = 'request.note' WHERE seq = 4"
                                   << qint64(4);
    QTest::newRow("request edited") << "UPDATE audit_events SET request_id = 'R-2026-0099' WHERE seq = 1"
                                    << qint64(1);
    QTest::newRow("time edited") << "UPDATE audit_events SET at = '2026-01-01T00:00:00.000Z' WHERE seq = 2"
                                 << qint64(2);
    QTest::newRow("hash rewritten") << "UPDATE audit_events SET hash = prev_hash WHERE seq = 3" << qint64(3);
    QTest::newRow("link rewritten") << "UPDATE audit_events SET prev_hash = hash WHERE seq = 4" << qint64(4);
    QTest::newRow("middle deleted") << "DELETE FROM audit_events WHERE seq = 3" << qint64(3);
    QTest::newRow("first deleted") << "DELETE FROM audit_events WHERE seq = 1" << qint64(1);
    QTest::newRow("last deleted") << "DELETE FROM audit_events WHERE seq = 5" << qint64(5);
    QTest::newRow("all deleted") << "DELETE FROM audit_events" << qint64(1);
    QTest::newRow("forged event appended") << "INSERT INTO audit_events SELECT 6, at, actor, action, "
                                              "request_id, details, hash, hash FROM audit_events "
                                              "WHERE seq = 5"
                                           << qint64(6);
}

void TestWorkspaceStore::verifyCatchesTampering()
{
    QFETCH(QString, sql);
    QFETCH(qint64, firstBroken);
    const QString id = m_store->addRequest(sample()).value().humanId;
    QVERIFY(m_store->transition(id, RequestStatus::Verified).ok());
    QVERIFY(m_store->addNote(id, QStringLiteral("n")).ok());
    QVERIFY(m_store->transition(id, RequestStatus::InProgress).ok());
    QVERIFY(m_store->extend(id, QStringLiteral("complex")).ok());
    const AuditVerification before = m_store->audit().verify();
    QVERIFY2(before.ok, qPrintable(before.problem));
    QCOMPARE(before.checked, 5);

    // Behind the program's back: a separate connection, plain SQL.
    {
        SqlConnection raw;
        QVERIFY(raw.open(m_params).ok());
        QSqlQuery q(raw.db());
        QVERIFY2(q.exec(sql), qPrintable(sql));
    }
    const AuditVerification after = m_store->audit().verify();
    QVERIFY(!after.ok);
    QCOMPARE(after.firstBroken, firstBroken);
    QVERIFY(!after.problem.isEmpty());
    qInfo("%s", qPrintable(after.problem));
}

void TestWorkspaceStore::verifyCatchesEventsOutOfTimeOrder()
{
    // What `lethe-cli --today 2040-01-01` once did: events stamped in 2040, then real work after them.
    const QString id = m_store->addRequest(sample()).value().humanId; // event 1, 2026-11-02
    m_now = QDateTime(QDate(2040, 1, 1), QTime(10, 0), Qt::UTC);
    QVERIFY(m_store->addNote(id, QStringLiteral("from the future")).ok()); // event 2, 2040
    // The last event has no successor yet: stamped in the future is enough.
    AuditVerification v = m_store->audit().verify();
    QVERIFY(!v.ok);
    QCOMPARE(v.firstBroken, 2);
    QVERIFY2(v.problem.contains(QLatin1String("Event 2 is stamped 2040-01-01")), qPrintable(v.problem));
    m_now = QDateTime(QDate(2026, 11, 3), QTime(10, 0), Qt::UTC);
    QVERIFY(m_store->addNote(id, QStringLiteral("back to now")).ok()); // event 3, before event 2
    v = m_store->audit().verify();
    QVERIFY(!v.ok);
    QCOMPARE(v.firstBroken, 3);
    QVERIFY2(v.problem.startsWith(QLatin1String("Event 3 (request.note) is stamped 2026-11-03")),
             qPrintable(v.problem));
    QVERIFY2(v.problem.contains(QLatin1String("earlier than event 2")), qPrintable(v.problem));
}

void TestWorkspaceStore::verifyCatchesForgedTimeWithRecomputedChain()
{
    // A forger who moves an event's time and recomputes every hash after it, and the head, so that the chain
    // itself verifies: the order of the times still gives it away.
    const QString id = m_store->addRequest(sample()).value().humanId;
    m_now = m_now.addSecs(3600);
    QVERIFY(m_store->addNote(id, QStringLiteral("one")).ok());
    m_now = m_now.addSecs(3600);
    QVERIFY(m_store->addNote(id, QStringLiteral("two")).ok());
    QVERIFY(m_store->audit().verify().ok);
    QList<AuditEvent> events = m_store->audit().events().value();
    QCOMPARE(events.size(), 3);
    events[1].time = events[2].time.addSecs(600); // event 2 now claims to come after event 3
    {
        SqlConnection raw;
        QVERIFY(raw.open(m_params).ok());
        QSqlQuery q(raw.db());
        QString prev = QLatin1String(AuditLog::kGenesis);
        for (AuditEvent& e : events) {
            e.prevHash = prev;
            e.hash = AuditLog::computeHash(e);
            prev = e.hash;
            q.prepare(
                QStringLiteral("UPDATE audit_events SET at = ?, prev_hash = ?, hash = ? WHERE seq = ?"));
            q.addBindValue(e.time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ")));
            q.addBindValue(e.prevHash);
            q.addBindValue(e.hash);
            q.addBindValue(e.seq);
            QVERIFY(q.exec());
        }
        q.prepare(QStringLiteral("UPDATE settings SET value = ? WHERE key = 'audit.head.hash'"));
        q.addBindValue(prev);
        QVERIFY(q.exec());
    }
    const AuditVerification v = m_store->audit().verify();
    QVERIFY(!v.ok);
    QCOMPARE(v.firstBroken, 3);
    QVERIFY2(v.problem.contains(QLatin1String("earlier than event 2")), qPrintable(v.problem));
}

void TestWorkspaceStore::appendForgivesSmallClockSkewOnly()
{
    // Two machines sharing a workspace: one a few seconds behind. Its event takes the previous event's time,
    // so the log stays in order; a clock an hour behind is written as it is, and verify says so.
    const QString id = m_store->addRequest(sample()).value().humanId;
    const QDateTime first = m_now;
    m_now = m_now.addSecs(-30);
    QVERIFY(m_store->addNote(id, QStringLiteral("skewed")).ok());
    QList<AuditEvent> events = m_store->audit().events().value();
    QCOMPARE(events.last().time, first);
    QVERIFY(m_store->audit().verify().ok);
    m_now = first.addSecs(-3600);
    QVERIFY(m_store->addNote(id, QStringLiteral("an hour behind")).ok());
    events = m_store->audit().events().value();
    QCOMPARE(events.last().time, first.addSecs(-3600));
    const AuditVerification v = m_store->audit().verify();
    QVERIFY(!v.ok);
    QCOMPARE(v.firstBroken, 3);
}

void TestWorkspaceStore::loaderReadsInChunksOffThread()
{
    QList<NewRequest> batch;
    for (int i = 0; i < 20; ++i)
        batch << sample(QStringLiteral("p%1@example.com").arg(i));
    QVERIFY(m_store->addRequests(batch).ok());
    QueueLoader loader;
    QSignalSpy chunks(&loader, &QueueLoader::chunkLoaded);
    QSignalSpy done(&loader, &QueueLoader::finished);
    QSignalSpy failed(&loader, &QueueLoader::failed);
    loader.start(m_params, m_now.date(), QueueFilter{}, 7);
    // A page at a time, each when asked for.
    for (int page = 0; page < 3; ++page) {
        if (page > 0)
            QVERIFY(loader.fetchMore());
        QVERIFY(done.wait(10000));
    }
    QVERIFY(!loader.hasMore());
    QCOMPARE(failed.count(), 0);
    QCOMPARE(chunks.count(), 3);
    QCOMPARE(done.last().first().toLongLong(), 20);
    const auto last = chunks.last().first().value<QList<RequestSummary>>();
    QCOMPARE(last.size(), 6);
    QCOMPARE(last.last().humanId, QStringLiteral("R-2026-0020"));
    QCOMPARE(last.last().primaryIdentity, QStringLiteral("p19@example.com"));
}

QTEST_GUILESS_MAIN(TestWorkspaceStore)
#include "tst_workspacestore.moc"
