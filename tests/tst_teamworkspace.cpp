#include "AuditLog.h"
#include "DueKeys.h"
#include "ErasurePlan.h"
#include "ErasureService.h"
#include "ErasureStore.h"
#include "Minisign.h"
#include "OfficerKeys.h"
#include "QueueQuery.h"
#include "SortKeys.h"
#include "TeamSetup.h"
#include "TestSupport.h"
#include "WorkspaceStore.h"

#include <QProcess>
#include <QSignalSpy>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUuid>

#include <atomic>
#include <thread>

using namespace lethe;

// A PostgreSQL workspace shared by a team (TeamSetup, `lethe-cli workspace setup-team`): each person signs
// in with their own login, and the server refuses what their role may not do, whatever SQL they send. Runs on
// PostgreSQL only: a team workspace is a PostgreSQL workspace (on SQLite, setup is refused; tested below).
class TestTeamWorkspace : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void statementsAreExplainedAndInputChecked();
    void refusedOnSqlite();
    void forbiddenSqlIsRefusedByTheServer();
    void auditIsStampedByTheServer();
    void fourEyesIsKeptByTheServer();
    void refusedResumeIsAuditedByTheServer();
    void officerKeysAndSignedHeadsKeptByTheServer();
    void concurrentDesksNumberWithoutGaps();
    void desksTakeNextWithoutCollisions();
    void usersAreSetInTheDatabaseOnly();
    void cliPrintsAndApplies();
    void scriptRunsInPsql();
    void cliSaysWhatTheIndexBuildWaitsFor();
    void searchIndexesAreBuiltWithoutBlockingWrites();
    void dueKeysAreStoredByDesksThatMayAndNotAnnounced();
    void sortKeysAreStoredByDesksThatMayAndNotAnnounced();

private:
    ConnectionParams as(const QString& login) const;
    QString login(const char* who) const { return m_prefix + QLatin1Char('_') + QLatin1String(who); }
    std::unique_ptr<WorkspaceStore> open(const char* who,
                                         const QString& claimedActor = QStringLiteral("olga"));
    // Runs `sql` as `who` on a connection of its own and returns the server's error ("" when it succeeded).
    QString tryAs(const char* who, const QString& sql, int* rowsAffected = nullptr) const;
    QList<TeamMember> members() const;
    NewRequest sample() const;

    QString m_prefix;
    std::unique_ptr<test::ScratchDatabase> m_db;
};

void TestTeamWorkspace::initTestCase()
{
    test::isolate();
    if (!test::postgresConfigured())
        QFAIL(qPrintable(test::missingServerMessage("PostgreSQL")));
    // Roles belong to the whole server: a prefix of this run's own, dropped at the end.
    m_prefix = QStringLiteral("lt%1").arg(QUuid::createUuid().toString(QUuid::Id128).left(10));
}

ConnectionParams TestTeamWorkspace::as(const QString& who) const
{
    ConnectionParams p = m_db->params();
    p.user = who;
    p.password.clear();
    return p;
}

QList<TeamMember> TestTeamWorkspace::members() const
{
    return {{login("olga"), QStringLiteral("officer")},
            {login("sam"), QStringLiteral("officer")},
            {login("sue"), QStringLiteral("support")},
            {login("rita"), QStringLiteral("reviewer")}};
}

NewRequest TestTeamWorkspace::sample() const
{
    NewRequest r;
    r.type = RequestType::Access;
    r.regulation = Regulation::Gdpr;
    r.received = QDate::currentDate();
    r.subjectName = QStringLiteral("Ann Lee");
    r.identities = {{IdentityKind::Email, QStringLiteral("ann.lee@example.com")}};
    r.products = {QStringLiteral("LeadsGen")};
    return r;
}

void TestTeamWorkspace::init()
{
    m_db = std::make_unique<test::ScratchDatabase>(test::postgresAdmin());
    QVERIFY2(m_db->ok(), qPrintable(m_db->error()));
    // The administrator creates the workspace (its tables are theirs) and sets up the team.
    auto owner = WorkspaceStore::open(m_db->params(), QStringLiteral("dba"));
    QVERIFY2(owner.ok(), owner.ok() ? "" : qPrintable(owner.error().message));
    QVERIFY((*owner)->teamPrefix().isEmpty());
    QVERIFY((*owner)->addRequest(sample()).ok()); // events written before the team, by the client
    auto statements = TeamSetup::statements(m_prefix, members());
    QVERIFY(statements.ok());
    const Status applied = TeamSetup::apply((*owner)->database(), *statements);
    QVERIFY2(applied.ok(), applied.ok() ? "" : qPrintable(applied.error().message));
    // Applying again changes nothing and fails nowhere (after adding a person, the script is run again).
    const Status again = TeamSetup::apply((*owner)->database(), *statements);
    QVERIFY2(again.ok(), again.ok() ? "" : qPrintable(again.error().message));
}

void TestTeamWorkspace::cleanup()
{
    m_db.reset();
}

void TestTeamWorkspace::cleanupTestCase()
{
    SqlConnection admin;
    if (!admin.open(test::postgresAdmin()))
        return;
    QSqlQuery q(admin.db());
    for (const char* who : {"olga", "sam", "sue", "rita", "nobody", "officer", "support", "reviewer"})
        q.exec(QStringLiteral("DROP ROLE IF EXISTS \"%1\"").arg(login(who)));
}

std::unique_ptr<WorkspaceStore> TestTeamWorkspace::open(const char* who, const QString& claimedActor)
{
    auto s = WorkspaceStore::open(as(login(who)), claimedActor,
                                  [] { return QDateTime(QDate(2040, 1, 1), QTime(12, 0), Qt::UTC); });
    if (!s) {
        qWarning("%s", qPrintable(s.error().message));
        return nullptr;
    }
    return std::move(s).value();
}

QString TestTeamWorkspace::tryAs(const char* who, const QString& sql, int* rowsAffected) const
{
    SqlConnection c;
    if (Status s = c.open(as(login(who))); !s)
        return QStringLiteral("cannot connect: ") + s.error().message;
    QSqlQuery q(c.db());
    if (!q.exec(sql))
        return q.lastError().text().isEmpty() ? QStringLiteral("error") : q.lastError().text();
    if (rowsAffected)
        *rowsAffected = q.numRowsAffected();
    return {};
}

void TestTeamWorkspace::statementsAreExplainedAndInputChecked()
{
    auto s = TeamSetup::statements(QStringLiteral("lethe"),
                                   {{QStringLiteral("olga.k@corp"), QStringLiteral("officer")}});
    QVERIFY(s.ok());
    const QString script = TeamSetup::script(*s);
    QVERIFY(script.startsWith(QLatin1String("BEGIN;")));
    // Each statement's explanation, and one before those after the transaction.
    QCOMPARE(script.count(QLatin1String("\n-- ")), s->size() + 1);
    for (const TeamStatement& st : *s)
        QVERIFY2(!st.why.isEmpty() && !st.sql.isEmpty(), qPrintable(st.sql));
    // The transaction holds everything but the search's indexes, which are built after it commits, each
    // CONCURRENTLY (nobody's writes wait for them); the only index in it is the one-running-erasure rule.
    QCOMPARE(script.count(QLatin1String("COMMIT;")), 1);
    // The statements' text, without the comments that explain them (which name CREATE INDEX too).
    QString inTransaction;
    QString after;
    bool committed = false;
    for (const QString& line : script.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("-- ")))
            continue;
        committed = committed || line == QLatin1String("COMMIT;");
        (committed ? after : inTransaction) += line + QLatin1Char('\n');
    }
    QCOMPARE(inTransaction.count(QLatin1String("CREATE INDEX")) +
                 inTransaction.count(QLatin1String("CREATE UNIQUE INDEX")),
             1);
    QVERIFY(inTransaction.contains(QLatin1String("erasure_runs_one_running")));
    QVERIFY(inTransaction.contains(QLatin1String("team.prefix")));
    QCOMPARE(after.count(QLatin1String("CREATE INDEX CONCURRENTLY IF NOT EXISTS")),
             6); // 4 short, 1, 1 listing 4
    QCOMPARE(after.count(QLatin1String("CREATE INDEX")), 6);
    QCOMPARE(after.count(QLatin1String("\\gexec")), 3);
    QCOMPARE(TeamSetup::inTransaction(*s),
             int(script.left(script.indexOf(QLatin1String("COMMIT;"))).count(QLatin1String("\n-- "))));
    QVERIFY(script.contains(QLatin1String("GRANT \"lethe_officer\" TO \"olga.k@corp\"")));

    const auto badPrefix = TeamSetup::statements(QStringLiteral("x\"; DROP TABLE requests; --"), {});
    QVERIFY(!badPrefix.ok());
    QVERIFY(badPrefix.error().message.contains(QLatin1String("DROP TABLE")));
    const auto badLogin = TeamSetup::statements(
        QStringLiteral("lethe"), {{QStringLiteral("bob\" SUPERUSER"), QStringLiteral("officer")}});
    QVERIFY(!badLogin.ok());
    QVERIFY(badLogin.error().message.contains(QLatin1String("bob\" SUPERUSER")));
    const auto badRole =
        TeamSetup::statements(QStringLiteral("lethe"), {{QStringLiteral("bob"), QStringLiteral("admin")}});
    QVERIFY(!badRole.ok());
    QVERIFY(badRole.error().message.contains(QLatin1String("admin")));
}

void TestTeamWorkspace::refusedOnSqlite()
{
    QTemporaryDir dir;
    ConnectionParams p;
    p.path = dir.filePath(QStringLiteral("w.db"));
    auto store = WorkspaceStore::open(p, QStringLiteral("olga"));
    QVERIFY(store.ok());
    auto s = TeamSetup::statements(QStringLiteral("lethe"), {});
    const Status applied = TeamSetup::apply((*store)->database(), *s);
    QVERIFY(!applied.ok());
    QVERIFY(applied.error().message.contains(QLatin1String("PostgreSQL")));
    QVERIFY((*store)->teamPrefix().isEmpty());
    QCOMPARE((*store)->actor(), QStringLiteral("olga"));
}

void TestTeamWorkspace::forbiddenSqlIsRefusedByTheServer()
{
    // What each role may not do, sent as plain SQL past Lethe: every statement is refused by the server.
    const QString event =
        QStringLiteral("INSERT INTO audit_events (seq, at, actor, action, request_id, details, "
                       "prev_hash, hash) VALUES (99, 'x', 'x', 'x', '', '{}', 'x', 'x')");
    const QString run =
        QStringLiteral("INSERT INTO erasure_runs (request_id, digest, state, plan, summary, "
                       "planned_by, planned_at) SELECT id, 'd', 'planned', '{}', '{}', '%1', 'x' "
                       "FROM requests");
    struct Case
    {
        const char* who;
        QString sql;
    };
    const QList<Case> refused = {
        {"sue", QStringLiteral("UPDATE audit_events SET actor = 'someone else'")},
        {"sue", QStringLiteral("DELETE FROM audit_events")},
        {"sue", QStringLiteral("TRUNCATE audit_events")},
        {"sue", event},
        {"sue", QStringLiteral("UPDATE settings SET value = '0' WHERE key = 'audit.head.seq'")},
        {"sue", QStringLiteral("UPDATE settings SET value = 'off' WHERE key = 'erasure.four_eyes'")},
        {"sue", run.arg(login("sue"))},
        {"sue", QStringLiteral("UPDATE erasure_runs SET approved_by = 'x'")},
        {"sue", QStringLiteral("INSERT INTO workspace_users (name, role, added_at, added_by) VALUES "
                               "('sue', 'officer', 'x', 'x')")},
        {"sue", QStringLiteral("DELETE FROM requests")},
        {"rita",
         QStringLiteral("INSERT INTO notes (request_id, body, created_at, author) SELECT id, 'x', 'x', "
                        "'x' FROM requests")},
        {"rita", QStringLiteral("UPDATE requests SET status = 'completed'")},
        {"olga", QStringLiteral("UPDATE audit_events SET actor = 'someone else'")},
        {"olga", QStringLiteral("DELETE FROM audit_events WHERE seq = 1")},
        {"olga", event},
        {"olga", QStringLiteral("INSERT INTO settings (key, value) VALUES ('audit.forged', 'x')")},
        {"olga", QStringLiteral("UPDATE workspace_users SET role = 'officer'")},
        {"olga", run.arg(login("sam"))}, // a plan recorded under another login
    };
    for (const Case& c : refused) {
        const QString error = tryAs(c.who, c.sql);
        QVERIFY2(!error.isEmpty(), qPrintable(QStringLiteral("%1 was allowed: %2").arg(login(c.who), c.sql)));
    }
    // Row-level security: an officer's UPDATE of the audit head finds no row to change.
    int rows = -1;
    QCOMPARE(
        tryAs("olga", QStringLiteral("UPDATE settings SET value = '0' WHERE key = 'audit.head.seq'"), &rows),
        QString());
    QCOMPARE(rows, 0);
    // Not even the owner of the tables (here a superuser) rewrites or removes events: the trigger refuses.
    SqlConnection owner;
    QVERIFY(owner.open(m_db->params()));
    QSqlQuery q(owner.db());
    QVERIFY(!q.exec(QStringLiteral("UPDATE audit_events SET actor = 'x'")));
    QVERIFY(q.lastError().text().contains(QLatin1String("append-only")));
    QVERIFY(!q.exec(QStringLiteral("DELETE FROM audit_events")));
    QVERIFY(!q.exec(QStringLiteral("TRUNCATE audit_events")));

    // What each role may do still works.
    QCOMPARE(tryAs("rita", QStringLiteral("SELECT * FROM requests, audit_events, settings")), QString());
    QCOMPARE(tryAs("sue", QStringLiteral("UPDATE requests SET assignee = 'sue'")), QString());
    QCOMPARE(
        tryAs("olga", QStringLiteral("UPDATE settings SET value = 'on' WHERE key = 'erasure.four_eyes'")),
        QString());
}

void TestTeamWorkspace::auditIsStampedByTheServer()
{
    // Sue's desktop claims to be olga and its clock says 2040: the server records sue, at the server's time.
    auto sue = open("sue");
    QVERIFY(sue);
    QCOMPARE(sue->actor(), login("sue"));
    QCOMPARE(sue->teamPrefix(), m_prefix);
    auto r = sue->addRequest(sample());
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
    auto events = sue->audit().events(r->humanId);
    QVERIFY(events.ok());
    QCOMPARE(events->size(), 1);
    QCOMPARE(events->first().actor, login("sue"));
    QVERIFY(events->first().time.date().year() < 2040);
    // The chain goes on from the events written before the team was set up, and verifies.
    QCOMPARE(events->first().seq, 2);
    const AuditVerification v = sue->audit().verify();
    QVERIFY2(v.ok, qPrintable(v.problem));
    QCOMPARE(v.checked, 2);

    // A reviewer reads but is refused a change, and the refusal leaves nothing behind.
    auto rita = open("rita");
    QVERIFY(rita);
    QVERIFY(!rita->addNote(r->humanId, QStringLiteral("looked at it")).ok());
    QCOMPARE(rita->audit().verify().checked, 2);
}

void TestTeamWorkspace::fourEyesIsKeptByTheServer()
{
    int rows = 0;
    const QString plan =
        QStringLiteral("INSERT INTO erasure_runs (request_id, digest, state, plan, summary, "
                       "planned_by, planned_at) SELECT id, 'd1', 'planned', '{}', '{}', '%1', 'x' "
                       "FROM requests");
    QCOMPARE(tryAs("olga", plan.arg(login("olga")), &rows), QString());
    QCOMPARE(rows, 1);
    // Olga cannot approve her own plan; sam can, but only under his own name.
    QVERIFY(!tryAs("olga", QStringLiteral("UPDATE erasure_runs SET state = 'approved', approved_by = '%1'")
                               .arg(login("olga")))
                 .isEmpty());
    QVERIFY(!tryAs("sam", QStringLiteral("UPDATE erasure_runs SET state = 'approved', approved_by = '%1'")
                              .arg(login("rita")))
                 .isEmpty());
    QCOMPARE(tryAs("sam", QStringLiteral("UPDATE erasure_runs SET state = 'approved', approved_by = '%1'")
                              .arg(login("sam"))),
             QString());
    // The stored plan is what was approved: nobody changes it, its digest or its parts afterwards (the
    // planner neither).
    QVERIFY(!tryAs("olga", QStringLiteral("UPDATE erasure_runs SET plan = '{\"x\":1}'")).isEmpty());
    QVERIFY(!tryAs("olga", QStringLiteral("UPDATE erasure_runs SET digest = 'd9'")).isEmpty());
    QCOMPARE(tryAs("olga", QStringLiteral("INSERT INTO erasure_plan_parts (run_id, seq, part) SELECT id, 0, "
                                          "'{}' FROM erasure_runs")),
             QString());
    QVERIFY(!tryAs("olga", QStringLiteral("UPDATE erasure_plan_parts SET part = 'x'")).isEmpty());
    QVERIFY(!tryAs("olga", QStringLiteral("DELETE FROM erasure_plan_parts")).isEmpty());
    // Nobody slips another signature under sam's approval afterwards.
    QVERIFY(
        !tryAs("olga", QStringLiteral("UPDATE erasure_runs SET approval_signature = 'forged'")).isEmpty());
    // The approver never runs it, nor writes its journal, nor changes it after approving.
    const QString start = QStringLiteral("UPDATE erasure_runs SET state = 'running', started_by = '%1'");
    QVERIFY(!tryAs("sam", start.arg(login("sam"))).isEmpty());
    QVERIFY(!tryAs("sam", QStringLiteral("UPDATE erasure_runs SET state = 'planned'")).isEmpty());
    QVERIFY(!tryAs("olga", start.arg(login("sam"))).isEmpty()); // started under another name
    QCOMPARE(tryAs("olga", start.arg(login("olga"))), QString());
    const QString journal =
        QStringLiteral("INSERT INTO erasure_journal (run_id, seq, step, state, at) SELECT id, "
                       "%1, 's', 'begun', 'x' FROM erasure_runs");
    QVERIFY(!tryAs("sam", journal.arg(1)).isEmpty());
    QCOMPARE(tryAs("olga", journal.arg(1)), QString());
    // One running erasure per request: a second plan of the same request cannot be running too.
    QCOMPARE(tryAs("olga", plan.arg(login("olga")).replace(QLatin1String("'d1'"), QLatin1String("'d2'"))),
             QString());
    QVERIFY(!tryAs("olga", start.arg(login("olga")) + QStringLiteral(" WHERE digest = 'd2'")).isEmpty());
}

void TestTeamWorkspace::refusedResumeIsAuditedByTheServer()
{
    // A stored plan that no longer hashes to its run's digest (a problem added, the digest field left as it
    // was): the resume is refused, and the refusal is an event the server appends (lethe_audit_append) under
    // the login that tried, naming the run and both digests; the chain verifies.
    auto olga = open("olga");
    QVERIFY(olga);
    ErasurePlan made;
    made.requestId = QStringLiteral("R-1");
    made.madeOn = QDate(2026, 12, 1);
    made.digest = made.computeDigest();
    ErasurePlan changed = made;
    changed.problems << QStringLiteral("slipped in");
    QVERIFY(changed.computeDigest() != made.digest);
    QSqlQuery q(olga->database());
    q.prepare(
        QStringLiteral("INSERT INTO erasure_runs (request_id, digest, state, plan, summary, planned_by, "
                       "planned_at) SELECT id, ?, 'planned', '', '{}', ?, 'x' FROM requests"));
    q.addBindValue(made.digest);
    q.addBindValue(login("olga"));
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    q.prepare(QStringLiteral("INSERT INTO erasure_plan_parts (run_id, seq, part) SELECT id, 0, ? FROM "
                             "erasure_runs"));
    q.addBindValue(QString::fromUtf8(changed.toStoredJson()));
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    QVERIFY(q.exec(QStringLiteral("SELECT id FROM erasure_runs")) && q.next());
    const qint64 runId = q.value(0).toLongLong();
    q.finish();
    auto run = ErasureStore(*olga).runById(runId);
    QVERIFY(run.ok());

    auto refused = ErasureService::resume(*olga, runId);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, Error::Code::Tampered);
    auto events = olga->audit().events(run->requestId);
    QVERIFY(events.ok());
    QVERIFY(!events->isEmpty());
    const AuditEvent& e = events->last();
    QCOMPARE(e.action, QStringLiteral("erasure.resume_refused"));
    QCOMPARE(e.actor, login("olga"));
    const QJsonObject details = e.detailsObject();
    QCOMPARE(details.value(QStringLiteral("run")).toInteger(), runId);
    QCOMPARE(details.value(QStringLiteral("why")).toString(), QStringLiteral("tampered"));
    QCOMPARE(details.value(QStringLiteral("digest")).toString(), made.digest);
    QCOMPARE(details.value(QStringLiteral("stored_digest")).toString(), changed.computeDigest());
    const AuditVerification v = olga->audit().verify();
    QVERIFY2(v.ok, qPrintable(v.problem));
}

void TestTeamWorkspace::officerKeysAndSignedHeadsKeptByTheServer()
{
    auto olga = open("olga");
    QVERIFY(olga);
    auto key = Minisign::generate();
    QVERIFY(key.ok());
    const Status registered = OfficerKeys::registerOwn(*olga, *key);
    QVERIFY2(registered.ok(), registered.ok() ? "" : qPrintable(registered.error().message));
    auto r = olga->addRequest(sample());
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
    AuditVerification v = olga->audit().verify();
    QVERIFY2(v.ok, qPrintable(v.problem));
    QCOMPARE(v.signedBy, login("olga"));
    QCOMPARE(v.signedSeq, v.checked);
    auto events = olga->audit().events();
    QVERIFY(events.ok());
    const AuditEvent last = events->last();
    const QString keyId = Minisign::keyIdHex(key->keyId);

    // Nobody writes keys or heads directly, changes or removes a signed head, or signs for another login.
    const QString pub = QStringLiteral("RWQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
    QVERIFY(!tryAs("sam", QStringLiteral("INSERT INTO officer_keys VALUES ('%1', '%2', '%3', 'x')")
                              .arg(login("olga"), keyId, pub))
                 .isEmpty());
    QVERIFY(!tryAs("olga", QStringLiteral("UPDATE officer_keys SET public_key = '%1'").arg(pub)).isEmpty());
    QVERIFY(!tryAs("sue", QStringLiteral("INSERT INTO audit_heads VALUES (99, 'h', 'x', 's', 'k', 'sig')"))
                 .isEmpty());
    QVERIFY(!tryAs("olga", QStringLiteral("UPDATE audit_heads SET signature = 'x'")).isEmpty());
    QVERIFY(!tryAs("olga", QStringLiteral("DELETE FROM audit_heads")).isEmpty());
    QVERIFY(!tryAs("sam", QStringLiteral("SELECT lethe_audit_sign_head(%1, '%2', '%3', 'forged')")
                              .arg(last.seq)
                              .arg(last.hash, keyId))
                 .isEmpty());
    // Sam registering calls the function as himself: the key is his, never olga's.
    QCOMPARE(tryAs("sam", QStringLiteral("SELECT * FROM lethe_officer_key_register('ABCD', '%1')").arg(pub)),
             QString());
    auto olgasKey = OfficerKeys::of(olga->database(), login("olga"));
    QVERIFY(olgasKey.ok() && *olgasKey);
    QCOMPARE((*olgasKey)->keyId, keyId);
    // Sam's registration is the last event, unsigned by him (he has no secret here): verify names olga's
    // head.
    v = olga->audit().verify();
    QVERIFY2(v.ok, qPrintable(v.problem));
    QCOMPARE(v.signedBy, login("olga"));

    // The owner of the tables, with the triggers off, rewrites the whole chain with recomputed hashes.
    {
        SqlConnection owner;
        QVERIFY(owner.open(m_db->params()).ok());
        QSqlQuery q(owner.db());
        QVERIFY(q.exec(QStringLiteral("SET session_replication_role = replica")));
        auto all = AuditLog(owner.db()).events();
        QVERIFY(all.ok());
        QString prev = QLatin1String(AuditLog::kGenesis);
        for (AuditEvent e : *all) {
            if (e.seq == 1)
                e.actor = QStringLiteral("nobody");
            e.prevHash = prev;
            e.hash = AuditLog::computeHash(e);
            q.prepare(
                QStringLiteral("UPDATE audit_events SET actor = ?, prev_hash = ?, hash = ? WHERE seq = ?"));
            q.addBindValue(e.actor);
            q.addBindValue(e.prevHash);
            q.addBindValue(e.hash);
            q.addBindValue(e.seq);
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
            prev = e.hash;
        }
        q.prepare(QStringLiteral("UPDATE settings SET value = ? WHERE key = 'audit.head.hash'"));
        q.addBindValue(prev);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    }
    v = olga->audit().verify();
    QVERIFY(!v.ok);
    QVERIFY2(v.problem.contains(QStringLiteral("rewritten")), qPrintable(v.problem));
}

void TestTeamWorkspace::concurrentDesksNumberWithoutGaps()
{
    // Four desks under three logins add requests at once: every number once, no gaps, one verified chain.
    constexpr int kPerDesk = 15;
    const QList<const char*> desks = {"sue", "olga", "sam", "sue"};
    std::atomic<int> failures{0};
    QList<QThread*> threads;
    for (const char* who : desks) {
        const ConnectionParams p = as(login(who));
        const NewRequest r = sample();
        threads << QThread::create([p, r, &failures] {
            auto store = WorkspaceStore::open(p, QStringLiteral("someone"));
            if (!store) {
                ++failures;
                return;
            }
            for (int i = 0; i < kPerDesk; ++i)
                if (!(*store)->addRequest(r))
                    ++failures;
        });
    }
    for (QThread* t : threads)
        t->start();
    for (QThread* t : threads) {
        t->wait();
        delete t;
    }
    QCOMPARE(failures.load(), 0);
    auto olga = open("olga");
    QVERIFY(olga);
    QSqlQuery q(olga->database());
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*), COUNT(DISTINCT human_id), MAX(seq) FROM requests")));
    QVERIFY(q.next());
    const int total = 1 + int(desks.size()) * kPerDesk;
    QCOMPARE(q.value(0).toInt(), total);
    QCOMPARE(q.value(1).toInt(), total);
    QCOMPARE(q.value(2).toInt(), total);
    const AuditVerification v = olga->audit().verify();
    QVERIFY2(v.ok, qPrintable(v.problem));
    QCOMPARE(v.checked, total);
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(DISTINCT actor) FROM audit_events WHERE seq > 1")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 3);
}

// Four desks press "take next" until nothing is left: each open request is taken exactly once, and no desk
// gets a conflict (FOR UPDATE SKIP LOCKED hands each desk a row nobody else holds).
void TestTeamWorkspace::desksTakeNextWithoutCollisions()
{
    constexpr int kRequests = 40;
    {
        auto olga = open("olga");
        QVERIFY(olga);
        QList<NewRequest> batch;
        for (int i = 0; i < kRequests; ++i)
            batch << sample();
        QVERIFY(olga->addRequests(batch).ok());
    }
    const QList<const char*> desks = {"sue", "olga", "sam", "sue"};
    std::atomic<int> failures{0};
    std::atomic<int> taken{0};
    QList<QThread*> threads;
    for (const char* who : desks) {
        const ConnectionParams p = as(login(who));
        threads << QThread::create([p, &failures, &taken] {
            auto store = WorkspaceStore::open(p, QStringLiteral("someone"));
            if (!store) {
                ++failures;
                return;
            }
            for (;;) {
                auto r = (*store)->takeNext();
                if (!r) {
                    ++failures;
                    continue;
                }
                if (!r->has_value())
                    return;
                ++taken;
            }
        });
    }
    for (QThread* t : threads)
        t->start();
    for (QThread* t : threads) {
        t->wait();
        delete t;
    }
    QCOMPARE(failures.load(), 0);
    QCOMPARE(taken.load(), kRequests + 1); // and the one init() added
    auto olga = open("olga");
    QSqlQuery q(olga->database());
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM requests WHERE assignee = ''")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    QVERIFY(
        q.exec(QStringLiteral("SELECT COUNT(*), COUNT(DISTINCT request_id) FROM audit_events WHERE action = "
                              "'request.claim'")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), kRequests + 1);
    QCOMPARE(q.value(1).toInt(), kRequests + 1);
    QVERIFY(olga->audit().verify().ok);
}

void TestTeamWorkspace::usersAreSetInTheDatabaseOnly()
{
    auto olga = open("olga");
    QVERIFY(olga);
    ErasureStore erasures(*olga);
    auto users = erasures.users();
    QVERIFY(users.ok());
    QCOMPARE(users->size(), 4);
    auto role = erasures.roleOf(login("sue"));
    QVERIFY(role.ok() && role->has_value());
    QCOMPARE(**role, Role::Support);
    const Status added = erasures.setUser(QStringLiteral("mallory"), Role::Officer);
    QVERIFY(!added.ok());
    QVERIFY(added.error().message.contains(QLatin1String("setup-team")));
    QVERIFY(!erasures.removeUser(login("sam")).ok());
    // Support is refused an officer's work by Lethe too, with the role named.
    auto sue = open("sue");
    ErasureStore sueErasures(*sue);
    const Status four = sueErasures.setFourEyes(false);
    QVERIFY(!four.ok());
    QVERIFY2(four.error().message.contains(QLatin1String("Privacy officer")),
             qPrintable(four.error().message));

    // The role is the login's membership on the server, which the grants follow: a login the administrator
    // created but put in no group cannot even read the workspace, and is told so by the server.
    SqlConnection admin;
    QVERIFY(admin.open(m_db->params()));
    QSqlQuery q(admin.db());
    QVERIFY(q.exec(QStringLiteral("CREATE ROLE \"%1\" LOGIN").arg(login("nobody"))));
    auto outsider = WorkspaceStore::open(as(login("nobody")), QStringLiteral("olga"));
    QVERIFY(!outsider.ok());
    QVERIFY2(outsider.error().message.contains(QLatin1String("permission denied")),
             qPrintable(outsider.error().message));
    // Made a reviewer on the server, the same login is a reviewer in Lethe, refused an officer's work with
    // its role named.
    QVERIFY(q.exec(QStringLiteral("GRANT \"%1\" TO \"%2\"").arg(login("reviewer"), login("nobody"))));
    auto nobody = open("nobody");
    QVERIFY(nobody);
    ErasureStore nobodyErasures(*nobody);
    auto nobodyRole = nobodyErasures.roleOf(login("nobody"));
    QVERIFY(nobodyRole.ok() && nobodyRole->has_value());
    QCOMPARE(**nobodyRole, Role::Reviewer);
    const Status refused = nobodyErasures.setFourEyes(true);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().message.contains(QLatin1String("Reviewer")),
             qPrintable(refused.error().message));
}

// `lethe-cli workspace setup-team` prints the script for a DBA (psql), or applies it on the workspace's
// database; refused input names the value, and a SQLite workspace is refused with what would make it work.
void TestTeamWorkspace::cliPrintsAndApplies()
{
    QTemporaryDir home;
    auto cli = [&](QStringList args, bool json = false) {
        return test::runCli(QStringLiteral(LETHE_CLI_PATH), home.path(), std::move(args), json);
    };
    const test::CliRun printed =
        cli({QStringLiteral("workspace"), QStringLiteral("setup-team"), QStringLiteral("--officer"),
             QStringLiteral("dana"), QStringLiteral("--support"), QStringLiteral("sam.s")});
    QCOMPARE(printed.code, 0);
    QVERIFY(printed.out.startsWith("BEGIN;"));
    QVERIFY(printed.out.contains("GRANT \"lethe_support\" TO \"sam.s\""));
    QVERIFY(printed.out.contains("lethe_audit_append"));
    const test::CliRun twice =
        cli({QStringLiteral("workspace"), QStringLiteral("setup-team"), QStringLiteral("--officer"),
             QStringLiteral("dana"), QStringLiteral("--reviewer"), QStringLiteral("dana")});
    QVERIFY(twice.code != 0);
    QVERIFY2(twice.err.contains("dana"), twice.err.constData());
    const test::CliRun bad = cli({QStringLiteral("workspace"), QStringLiteral("setup-team"),
                                  QStringLiteral("--officer"), QStringLiteral("x';--")});
    QVERIFY(bad.code != 0);
    QVERIFY2(bad.err.contains("x';--"), bad.err.constData());

    QCOMPARE(cli({QStringLiteral("workspace"), QStringLiteral("init")}).code, 0);
    const test::CliRun local =
        cli({QStringLiteral("workspace"), QStringLiteral("setup-team"), QStringLiteral("--officer"),
             QStringLiteral("dana"), QStringLiteral("--apply")});
    QVERIFY(local.code != 0);
    QVERIFY2(local.err.contains("PostgreSQL"), local.err.constData());

    // A PostgreSQL workspace of its own (the administrator's login), set up for the team, whose first
    // server-stamped event names the administrator and whose chain verifies.
    test::ScratchDatabase db(test::postgresAdmin());
    QVERIFY(db.ok());
    const ConnectionParams p = db.params();
    const test::CliRun init =
        cli({QStringLiteral("workspace"), QStringLiteral("init"), QStringLiteral("team"),
             QStringLiteral("--engine"), QStringLiteral("postgres"), QStringLiteral("--host"), p.host,
             QStringLiteral("--port"), QString::number(p.port), QStringLiteral("--database"), p.database,
             QStringLiteral("--user"), p.user});
    QVERIFY2(init.code == 0, init.err.constData());
    const test::CliRun applied =
        cli({QStringLiteral("workspace"), QStringLiteral("setup-team"), QStringLiteral("--workspace"),
             QStringLiteral("team"), QStringLiteral("--prefix"), m_prefix, QStringLiteral("--officer"),
             login("olga"), QStringLiteral("--apply")},
            true);
    QVERIFY2(applied.code == 0, applied.err.constData());
    // Both search statements made their indexes (the test server has pg_trgm).
    QVERIFY(applied.json().object().value(QStringLiteral("search_indexed")).toBool());
    QVERIFY(applied.json().object().value(QStringLiteral("short_search_indexed")).toBool());
    QVERIFY(applied.json().object().value(QStringLiteral("index_steps")).toInt() > 0);
    const test::CliRun verified = cli({QStringLiteral("audit"), QStringLiteral("verify"),
                                       QStringLiteral("--workspace"), QStringLiteral("team")});
    QVERIFY2(verified.code == 0, verified.err.constData());
    SqlConnection c;
    QVERIFY(c.open(p));
    QSqlQuery q(c.db());
    QVERIFY(q.exec(QStringLiteral("SELECT actor, action FROM audit_events ORDER BY seq DESC LIMIT 1")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), p.user);
    QCOMPARE(q.value(1).toString(), QStringLiteral("team.setup"));
}

// `setup-team --apply` builds the search's indexes CONCURRENTLY, which waits for the transactions open when
// it began: a desk's transaction left open makes a step seem stuck, so the command names the session it waits
// for (its pid, login and since when), and finishes once that transaction ends.
void TestTeamWorkspace::cliSaysWhatTheIndexBuildWaitsFor()
{
    QTemporaryDir home;
    test::ScratchDatabase db(test::postgresAdmin());
    QVERIFY2(db.ok(), qPrintable(db.error()));
    const ConnectionParams p = db.params();
    const test::CliRun init =
        test::runCli(QStringLiteral(LETHE_CLI_PATH), home.path(),
                     {QStringLiteral("workspace"), QStringLiteral("init"), QStringLiteral("team"),
                      QStringLiteral("--engine"), QStringLiteral("postgres"), QStringLiteral("--host"),
                      p.host, QStringLiteral("--port"), QString::number(p.port), QStringLiteral("--database"),
                      p.database, QStringLiteral("--user"), p.user},
                     false);
    QVERIFY2(init.code == 0, init.err.constData());
    // A session holding a snapshot in an open transaction (a desk reading, say): it locks no table the team
    // setup changes, so the transaction of the setup goes through, and the index build waits for it.
    SqlConnection holder;
    VERIFY_OK(holder.open(p));
    QSqlQuery h(holder.db());
    QVERIFY(h.exec(QStringLiteral("SELECT pg_backend_pid()")) && h.next());
    const int holderPid = h.value(0).toInt();
    QVERIFY(h.exec(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ")));
    QVERIFY(h.exec(QStringLiteral("SELECT count(*) FROM pg_class")) && h.next());

    QProcess cli;
    cli.setProcessEnvironment(test::cliEnvironment(home.path()));
    cli.start(QStringLiteral(LETHE_CLI_PATH),
              {QStringLiteral("workspace"), QStringLiteral("setup-team"), QStringLiteral("--workspace"),
               QStringLiteral("team"), QStringLiteral("--prefix"), m_prefix, QStringLiteral("--officer"),
               login("olga"), QStringLiteral("--apply")});
    QVERIFY(cli.waitForStarted());
    cli.setReadChannel(QProcess::StandardError); // what waitForReadyRead waits for
    QByteArray err;
    const QByteArray expected =
        QStringLiteral("waits for the transaction session %1 (%2").arg(holderPid).arg(p.user).toUtf8();
    while (!err.contains(expected) && cli.state() != QProcess::NotRunning) {
        cli.waitForReadyRead(-1);
        err += cli.readAllStandardError();
    }
    err += cli.readAllStandardError();
    QVERIFY2(err.contains(expected), err.constData());
    QVERIFY2(err.contains("nobody's writes wait meanwhile"), err.constData());
    QCOMPARE(err.count(expected), 1); // once, though it waits on
    QCOMPARE(cli.state(), QProcess::Running);
    QVERIFY(h.exec(QStringLiteral("ROLLBACK")));
    QVERIFY(cli.waitForFinished(-1));
    err += cli.readAllStandardError();
    QVERIFY2(cli.exitCode() == 0, err.constData());
    QVERIFY(cli.readAllStandardOutput().contains("team workspace now"));
    QCOMPARE(err.count(expected), 1);
    QVERIFY(QueueQuery::hasShortSearchIndexes(holder.db()));
}

// The script `setup-team` prints is what a DBA runs with psql: on a new workspace it does what --apply does,
// indexes included (its \\gexec lines are psql's), and run again it changes nothing and fails nowhere.
void TestTeamWorkspace::scriptRunsInPsql()
{
    const QString psql = QStandardPaths::findExecutable(QStringLiteral("psql"));
    QVERIFY2(!psql.isEmpty(),
             "psql is not on PATH (Debian: postgresql-client, which scripts/setup installs)");
    test::ScratchDatabase db(test::postgresAdmin());
    QVERIFY2(db.ok(), qPrintable(db.error()));
    {
        auto owner = WorkspaceStore::open(db.params(), QStringLiteral("dba"));
        VERIFY_OK(owner);
        VERIFY_OK((*owner)->addRequest(sample()));
    }
    auto statements = TeamSetup::statements(m_prefix, members());
    VERIFY_OK(statements);
    const ConnectionParams p = db.params();
    for (int run = 0; run < 2; ++run) {
        QProcess proc;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        if (!p.password.isEmpty())
            env.insert(QStringLiteral("PGPASSWORD"), p.password);
        proc.setProcessEnvironment(env);
        proc.start(psql, {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-v"),
                          QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-h"), p.host,
                          QStringLiteral("-p"), QString::number(p.port), QStringLiteral("-U"), p.user,
                          QStringLiteral("-d"), p.database, QStringLiteral("-f"), QStringLiteral("-")});
        QVERIFY(proc.waitForStarted());
        proc.write(TeamSetup::script(*statements).toUtf8());
        proc.closeWriteChannel();
        QVERIFY(proc.waitForFinished(-1));
        QVERIFY2(proc.exitStatus() == QProcess::NormalExit && proc.exitCode() == 0,
                 proc.readAllStandardError().constData());
    }
    SqlConnection c;
    VERIFY_OK(c.open(p));
    QVERIFY(QueueQuery::hasSearchIndexes(c.db()));
    QVERIFY(QueueQuery::hasShortSearchIndexes(c.db()));
    auto prefix = TeamSetup::prefixOf(c.db());
    VERIFY_OK(prefix);
    QCOMPARE(*prefix, m_prefix);
    QSqlQuery q(c.db());
    QVERIFY(
        q.exec(QStringLiteral("SELECT count(*) FROM pg_indexes WHERE indexname LIKE 'lethe\\_search\\_%'")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 9);
}

// setup-team builds the search's indexes after its transaction, CONCURRENTLY: while one waits for a desk's
// open transaction, other desks still write requests, subjects and identities, and what they write is in the
// index when it is done. An index whose build was interrupted is left invalid by the server: the search does
// not count on it, and the next setup-team drops it and builds it again.
void TestTeamWorkspace::searchIndexesAreBuiltWithoutBlockingWrites()
{
    auto statements = TeamSetup::statements(m_prefix, members());
    VERIFY_OK(statements);
    SqlConnection admin;
    VERIFY_OK(admin.open(m_db->params()));
    QVERIFY(!QueueQuery::hasSearchIndexes(admin.db()));
    QSqlQuery q(admin.db());

    // A desk in the middle of a change of a request (its transaction open).
    SqlConnection holder;
    VERIFY_OK(holder.open(as(login("sue"))));
    QSqlQuery h(holder.db());
    QVERIFY(holder.db().transaction());
    QVERIFY2(h.exec(QStringLiteral("UPDATE requests SET assignee = assignee WHERE id = (SELECT min(id) FROM "
                                   "requests)")),
             qPrintable(h.lastError().text()));

    // setup-team's index builds on a thread of their own, as the administrator.
    std::atomic<bool> done{false};
    QString buildError;
    std::thread builder([&] {
        SqlConnection c;
        Status s = c.open(m_db->params());
        if (s)
            s = TeamSetup::buildIndexes(c.db(), *statements);
        if (!s)
            buildError = s.error().message;
        done = true;
    });
    // Until the build waits for the open change (CREATE INDEX CONCURRENTLY waits for transactions that
    // write the table to end, without blocking new ones).
    bool waiting = false;
    while (!done && !waiting) {
        QThread::msleep(20);
        QVERIFY(
            q.exec(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                                  "AND wait_event_type = 'Lock' AND query LIKE 'CREATE INDEX%'")));
        waiting = q.next() && q.value(0).toInt() > 0;
    }
    const bool doneEarly = done;
    QString lockError;
    std::unique_ptr<WorkspaceStore> desk;
    if (waiting) {
        // Another desk writes meanwhile: its locks are granted at once (NOWAIT fails rather than waits).
        SqlConnection writer;
        VERIFY_OK(writer.open(as(login("sam"))));
        QSqlQuery w(writer.db());
        QVERIFY(writer.db().transaction());
        if (!w.exec(QStringLiteral("LOCK TABLE requests, subjects, identities IN ROW EXCLUSIVE MODE NOWAIT")))
            lockError = w.lastError().text();
        writer.db().rollback();
        if (lockError.isEmpty()) {
            desk = open("sam");
            NewRequest r = sample();
            r.subjectName = QStringLiteral("Zq Written During The Build");
            r.identities = {{IdentityKind::Email, QStringLiteral("zq.during@example.org")}};
            if (desk)
                VERIFY_OK(desk->addRequest(r));
        }
    }
    holder.db().rollback();
    builder.join();
    QVERIFY2(!doneEarly, qPrintable(QStringLiteral("the build ended without waiting: ") + buildError));
    QVERIFY2(lockError.isEmpty(),
             qPrintable(QStringLiteral("a desk's write waited for the build: ") + lockError));
    QVERIFY2(buildError.isEmpty(), qPrintable(buildError));
    QVERIFY(desk);
    QVERIFY(QueueQuery::hasSearchIndexes(admin.db()));
    QVERIFY(QueueQuery::hasShortSearchIndexes(admin.db()));
    QueueFilter written;
    written.text = QStringLiteral("zq");
    QCOMPARE(QueueQuery::searchOf(admin.db(), written), QueueQuery::Search::UnionGrams);
    auto found = QueueQuery::count(admin.db(), written);
    VERIFY_OK(found);
    QCOMPARE(*found, qint64(1));

    // An interrupted build's leftover: a unique index CONCURRENTLY over rows that are not unique fails and
    // leaves its index invalid, under the name of one of the short search's indexes.
    QVERIFY(q.exec(QStringLiteral("DROP INDEX lethe_search_short_request_id")));
    QVERIFY(
        !q.exec(QStringLiteral("CREATE UNIQUE INDEX CONCURRENTLY lethe_search_short_request_id ON requests "
                               "((true))")));
    QVERIFY(q.exec(QStringLiteral("SELECT indisvalid FROM pg_index WHERE indexrelid = "
                                  "to_regclass('lethe_search_short_request_id')")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toBool(), false);
    QVERIFY(!QueueQuery::hasShortSearchIndexes(admin.db()));
    QCOMPARE(QueueQuery::searchOf(admin.db(), written), QueueQuery::Search::Union);
    VERIFY_OK(TeamSetup::buildIndexes(admin.db(), *statements));
    QVERIFY(QueueQuery::hasShortSearchIndexes(admin.db()));
    QVERIFY(q.exec(QStringLiteral("SELECT indisvalid, pg_get_indexdef(indexrelid) FROM pg_index WHERE "
                                  "indexrelid = to_regclass('lethe_search_short_request_id')")));
    QVERIFY(q.next());
    QVERIFY(q.value(0).toBool());
    QVERIFY2(q.value(1).toString().contains(QLatin1String("lethe_search_grams(lower(human_id))")),
             qPrintable(q.value(1).toString()));
    found = QueueQuery::count(admin.db(), written);
    VERIFY_OK(found);
    QCOMPARE(*found, qint64(1));
}

// The stored due dates (DueKeys) are written by the logins that change requests: support stores them again
// when they are stale, a reviewer cannot (and is told so by mayRecompute, and refused by the server), and
// storing them is not announced on the live queue's channel (a million requests would flood every desk).
void TestTeamWorkspace::dueKeysAreStoredByDesksThatMayAndNotAnnounced()
{
    auto sue = open("sue");
    QVERIFY(sue);
    auto second = sue->addRequest(sample());
    QVERIFY(second.ok());
    auto current = DueKeys::isCurrent(sue->database());
    QVERIFY(current.ok() && *current);
    // Stale: computed elsewhere (the owner, past Lethe).
    SqlConnection owner;
    QVERIFY(owner.open(m_db->params()));
    QSqlQuery q(owner.db());
    QVERIFY(q.exec(QStringLiteral("UPDATE requests SET due_digest = 'another-lethe'")));

    auto rita = open("rita");
    QVERIFY(rita);
    auto may = DueKeys::mayRecompute(rita->database());
    QVERIFY(may.ok());
    QVERIFY(!*may);
    QVERIFY(!DueKeys::recompute(rita->database(), QDate(2040, 1, 1)).ok()); // refused by the server
    QVERIFY(!tryAs("rita", QStringLiteral("UPDATE requests SET due_key = 0")).isEmpty());
    may = DueKeys::mayRecompute(sue->database());
    QVERIFY(may.ok() && *may);

    // The same through lethe-cli at rita's desk: counted and said, and --store refused (exit 4) with what
    // would make it work, nothing stored.
    QTemporaryDir ritaHome;
    auto ritaCli = [&](QStringList args) {
        return test::runCli(QStringLiteral(LETHE_CLI_PATH), ritaHome.path(), std::move(args), true);
    };
    const ConnectionParams rp = as(login("rita"));
    const test::CliRun init =
        test::runCli(QStringLiteral(LETHE_CLI_PATH), ritaHome.path(),
                     {QStringLiteral("workspace"), QStringLiteral("init"), QStringLiteral("team"),
                      QStringLiteral("--engine"), QStringLiteral("postgres"), QStringLiteral("--host"),
                      rp.host, QStringLiteral("--port"), QString::number(rp.port),
                      QStringLiteral("--database"), rp.database, QStringLiteral("--user"), rp.user},
                     false);
    QVERIFY2(init.code == 0, init.err.constData());
    const QStringList dueKeys{QStringLiteral("workspace"), QStringLiteral("due-keys"),
                              QStringLiteral("--workspace"), QStringLiteral("team")};
    const test::CliRun counted = ritaCli(dueKeys);
    QVERIFY2(counted.code == 0, counted.err.constData());
    QCOMPARE(counted.json().object()[QStringLiteral("stale")].toInt(), 2);
    QCOMPARE(counted.json().object()[QStringLiteral("may_store")].toBool(), false);
    const test::CliRun refusedStore = ritaCli(dueKeys + QStringList{QStringLiteral("--store")});
    QCOMPARE(refusedStore.code, 4);
    QVERIFY2(refusedStore.err.contains("officer or support login"), refusedStore.err.constData());
    current = DueKeys::isCurrent(sue->database());
    QVERIFY(current.ok() && !*current);

    // Another desk listens to the live queue while sue stores them again, then changes the second request.
    SqlConnection desk;
    QVERIFY(desk.open(as(login("olga"))));
    QVERIFY(desk.db().driver()->subscribeToNotification(QStringLiteral("lethe_queue")));
    QSignalSpy heard(desk.db().driver(), &QSqlDriver::notification);
    auto n = DueKeys::recompute(sue->database(), QDate(2040, 1, 1));
    QVERIFY2(n.ok(), n.ok() ? "" : qPrintable(n.error().message));
    QCOMPARE(*n, qint64(2));
    current = DueKeys::isCurrent(rita->database());
    QVERIFY(current.ok() && *current);
    QVERIFY(sue->transition(second->humanId, RequestStatus::Verified).ok());
    QVERIFY(heard.wait(10000));
    // Notifications come in the order of the commits: the first heard is the change, not the recompute.
    QCOMPARE(heard.first().at(2).toString(), second->humanId);
    // The change stored its own key.
    current = DueKeys::isCurrent(rita->database());
    QVERIFY(current.ok() && *current);
}

// The subject and assignee keys (SortKeys) likewise: missing (a workspace from before migration 15), a
// reviewer may not store them and the server refuses; a support desk stores them, which the live queue's
// trigger does not announce, and the change after it is announced.
void TestTeamWorkspace::sortKeysAreStoredByDesksThatMayAndNotAnnounced()
{
    auto sue = open("sue");
    QVERIFY(sue);
    auto second = sue->addRequest(sample());
    QVERIFY(second.ok());
    auto missing = SortKeys::missing(sue->database());
    QVERIFY(missing.ok());
    QCOMPARE(*missing, qint64(0)); // stored with each request
    SqlConnection owner;
    QVERIFY(owner.open(m_db->params()));
    QSqlQuery q(owner.db());
    QVERIFY(q.exec(QStringLiteral("UPDATE requests SET subject_key = NULL, assignee_key = NULL")));

    auto rita = open("rita");
    QVERIFY(rita);
    auto may = SortKeys::mayFill(rita->database());
    QVERIFY(may.ok());
    QVERIFY(!*may);
    QVERIFY(!SortKeys::fill(rita->database()).ok()); // refused by the server
    QVERIFY(!tryAs("rita", QStringLiteral("UPDATE requests SET assignee_key = NULL")).isEmpty());
    may = SortKeys::mayFill(sue->database());
    QVERIFY(may.ok() && *may);

    SqlConnection desk;
    QVERIFY(desk.open(as(login("olga"))));
    QVERIFY(desk.db().driver()->subscribeToNotification(QStringLiteral("lethe_queue")));
    QSignalSpy heard(desk.db().driver(), &QSqlDriver::notification);
    auto n = SortKeys::fill(sue->database());
    QVERIFY2(n.ok(), n.ok() ? "" : qPrintable(n.error().message));
    QCOMPARE(*n, qint64(2));
    missing = SortKeys::missing(rita->database());
    QVERIFY(missing.ok());
    QCOMPARE(*missing, qint64(0));
    QVERIFY(sue->transition(second->humanId, RequestStatus::Verified).ok());
    QVERIFY(heard.wait(10000));
    QCOMPARE(heard.first().at(2).toString(), second->humanId); // the change, not the keys stored before it
}

QTEST_GUILESS_MAIN(TestTeamWorkspace)
#include "tst_teamworkspace.moc"
