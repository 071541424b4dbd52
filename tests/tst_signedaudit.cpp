// Signed approvals and a signed audit head (docs/team.md): officer keys registered in the workspace, an
// approval's signature checked when the run starts and resumes, a consistent rewrite of the whole audit chain
// caught by the signed head, and a witness file that catches a rewrite behind the head it kept. Every case
// runs on both engines a workspace can live on, SQLite and PostgreSQL (the SQL is the same); the CLI case on
// SQLite, with lethe-cli's test build (lethe-cli-crashtest: the same program, which alone takes who acts from
// LETHE_ACTOR, so two officers can act in one test). The PostgreSQL team workspace's server-side rules for
// keys and heads are in tst_teamworkspace.

#include "ApprovalSignature.h"
#include "AuditLog.h"
#include "ErasureStore.h"
#include "FakeCredentialStore.h"
#include "Minisign.h"
#include "OfficerKeys.h"
#include "TestSupport.h"
#include "WorkspaceOpener.h"
#include "WorkspaceStore.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace lethe;

class TestSignedAudit : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { test::isolate(); }
    void approvalSignatureCheckedAtRunAndResume_data() { engines(); }
    void approvalSignatureCheckedAtRunAndResume();
    void approvalWithoutRegisteredKeyRefused_data() { engines(); }
    void approvalWithoutRegisteredKeyRefused();
    void rewrittenChainFailsTheSignedHead_data() { engines(); }
    void rewrittenChainFailsTheSignedHead();
    void witnessCatchesRewriteBehindItsHead_data() { engines(); }
    void witnessCatchesRewriteBehindItsHead();
    void openerSignsWithTheRegisteredKeyOnly_data() { engines(); }
    void openerSignsWithTheRegisteredKeyOnly();
    void witnessTextRoundTrips();
    void cliOfficerKeyExportHeadAndWitness();
    void cliApproveSignsWithTheApproversKey();
    void cliApproveWithTheKeyElsewhereIsRefused();

private:
    static void engines();
    struct Desk
    {
        std::unique_ptr<test::EngineDatabase> db;
        std::unique_ptr<WorkspaceStore> olga, oscar;
        Request request;
        QString error;
    };
    std::unique_ptr<Desk> desk();
    static std::unique_ptr<WorkspaceStore> as(const ConnectionParams& p, const char* who);
    // Rewrites every event from `fromSeq` on with recomputed hashes and moves the recorded head along, as
    // someone with plain SQL on the tables would: the chain alone still verifies.
    static QString rewriteChain(QSqlDatabase db, qint64 fromSeq);
    static QString exec(QSqlDatabase db, const QString& sql, const QVariantList& values = {});

    QTemporaryDir m_dir;
    int m_n = 0;
};

void TestSignedAudit::engines()
{
    QTest::addColumn<int>("engine");
    QTest::newRow("sqlite") << int(ConnectionParams::Engine::Sqlite);
    QTest::newRow("postgres") << int(ConnectionParams::Engine::Postgres);
    // No MariaDB row: a workspace (WorkspaceStore, Migrations) lives on SQLite or PostgreSQL only; MariaDB is
    // an engine of the data sources Lethe searches and erases, and holds no workspace.
}

std::unique_ptr<WorkspaceStore> TestSignedAudit::as(const ConnectionParams& p, const char* who)
{
    // One clock for every desk: the audit log stays in time order.
    auto s = WorkspaceStore::open(p, QString::fromLatin1(who),
                                  [] { return QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC); });
    if (!s) {
        qWarning("%s", qPrintable(s.error().message));
        return nullptr;
    }
    return std::move(s).value();
}

std::unique_ptr<TestSignedAudit::Desk> TestSignedAudit::desk()
{
    QFETCH(int, engine);
    auto d = std::make_unique<Desk>();
    d->db = std::make_unique<test::EngineDatabase>(ConnectionParams::Engine(engine), m_dir,
                                                   QStringLiteral("ws%1.db").arg(++m_n));
    if (!d->db->ok()) {
        d->error = d->db->error();
        return d;
    }
    d->olga = as(d->db->params(), "olga");
    d->oscar = as(d->db->params(), "oscar");
    if (!d->olga || !d->oscar) {
        d->error = QStringLiteral("cannot open the workspace");
        return d;
    }
    NewRequest r;
    r.type = RequestType::Erasure;
    r.regulation = Regulation::Gdpr;
    r.received = QDate(2026, 11, 20);
    r.subjectName = QStringLiteral("Alice Example");
    r.identities = {{IdentityKind::Email, QStringLiteral("alice@example.com")}};
    auto added = d->olga->addRequest(r);
    auto verified = added ? d->olga->transition(added->humanId, RequestStatus::Verified) : added;
    if (!verified) {
        d->error = verified.error().message;
        return d;
    }
    d->request = *verified;
    ErasureStore e(*d->olga);
    for (const Status& s :
         {e.setUser(QStringLiteral("olga"), Role::Officer), e.setUser(QStringLiteral("oscar"), Role::Officer),
          e.setUser(QStringLiteral("otto"), Role::Officer), e.setFourEyes(true)})
        if (!s) {
            d->error = s.error().message;
            return d;
        }
    return d;
}

QString TestSignedAudit::exec(QSqlDatabase db, const QString& sql, const QVariantList& values)
{
    QSqlQuery q(db);
    if (!q.prepare(sql))
        return q.lastError().text() + QStringLiteral(" (prepare)");
    for (const QVariant& v : values)
        q.addBindValue(v);
    return q.exec() ? QString() : q.lastError().text() + QStringLiteral(" (") + sql + QLatin1Char(')');
}

QString TestSignedAudit::rewriteChain(QSqlDatabase db, qint64 fromSeq)
{
    auto events = AuditLog(db).events();
    if (!events)
        return events.error().message;
    QString prev = QLatin1String(AuditLog::kGenesis);
    for (AuditEvent e : *events) {
        if (e.seq >= fromSeq) {
            if (e.seq == fromSeq)
                e.actor = QStringLiteral("nobody"); // the forger's change
            e.prevHash = prev;
            e.hash = AuditLog::computeHash(e);
            if (QString why =
                    exec(db,
                         QStringLiteral("UPDATE audit_events SET actor = ?, prev_hash = ?, hash = ? "
                                        "WHERE seq = ?"),
                         {e.actor, e.prevHash, e.hash, e.seq});
                !why.isEmpty())
                return why;
        }
        prev = e.hash;
    }
    return exec(db, QStringLiteral("UPDATE settings SET value = ? WHERE key = 'audit.head.hash'"), {prev});
}

#define DESK_OK(d) QVERIFY2((d)->error.isEmpty(), qPrintable((d)->error))

void TestSignedAudit::approvalSignatureCheckedAtRunAndResume()
{
    auto d = desk();
    DESK_OK(d);
    auto olgaKey = Minisign::generate(), oscarKey = Minisign::generate(), mallory = Minisign::generate();
    QVERIFY(olgaKey.ok() && oscarKey.ok() && mallory.ok());
    VERIFY_OK(OfficerKeys::registerOwn(*d->olga, *olgaKey));
    VERIFY_OK(OfficerKeys::registerOwn(*d->oscar, *oscarKey));
    const QString digest(64, QLatin1Char('a'));
    ErasureStore olga(*d->olga), oscar(*d->oscar);
    VERIFY_OK(olga.savePlan(d->request, digest, "{}", {}));
    auto approved = oscar.approve(d->request.humanId, digest, *oscarKey);
    VERIFY_OK(approved);
    QSqlDatabase db = d->olga->database();
    QSqlQuery q(db);
    QVERIFY(q.exec(QStringLiteral("SELECT approval_signature FROM erasure_runs")) && q.next());
    const QString good = q.value(0).toString();
    QVERIFY(!good.isEmpty());

    // Altered: oscar's own signature, but over another plan's digest; forged: the right text, another key.
    auto otherPlan = Minisign::sign(*oscarKey, "lethe erasure approval\nanother plan\n", QStringLiteral("x"));
    auto forged = Minisign::sign(
        *mallory,
        QStringLiteral("lethe erasure approval\nrequest %1\nrun %2\ndigest %3\napprover oscar\n")
            .arg(d->request.humanId)
            .arg(approved->id)
            .arg(digest)
            .toUtf8(),
        QStringLiteral("x"));
    QVERIFY(otherPlan.ok() && forged.ok());
    const QString setSig = QStringLiteral("UPDATE erasure_runs SET approval_signature = ? WHERE id = ?");
    for (const QByteArray& bad : {*otherPlan, *forged}) {
        QCOMPARE(exec(db, setSig, {QString::fromLatin1(bad), approved->id}), QString());
        const auto refused = olga.start(d->request, digest);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(QStringLiteral("oscar")) &&
                     refused.error().message.contains(QStringLiteral("does not verify")),
                 qPrintable(refused.error().message));
        QCOMPARE(refused.error().code, Error::Code::Tampered);
    }
    QCOMPARE(exec(db, setSig, {good, approved->id}), QString());
    auto started = olga.start(d->request, digest);
    VERIFY_OK(started);

    // Resuming checks it again: a signature changed while the run was stopped stops the resume.
    QCOMPARE(exec(db, setSig, {QString::fromLatin1(*forged), approved->id}), QString());
    const Status resumed = olga.resume(started->id);
    QVERIFY(!resumed.ok());
    QVERIFY2(resumed.error().message.contains(QStringLiteral("does not verify")),
             qPrintable(resumed.error().message));
    // A signature removed is refused too: approvals in a workspace with officer keys are signed.
    QCOMPARE(exec(db, QStringLiteral("UPDATE erasure_runs SET approval_signature = NULL WHERE id = ?"),
                  {approved->id}),
             QString());
    const Status unsigned_ = olga.resume(started->id);
    QVERIFY(!unsigned_.ok());
    QVERIFY2(unsigned_.error().message.contains(QStringLiteral("not signed")),
             qPrintable(unsigned_.error().message));
    QCOMPARE(exec(db, setSig, {good, approved->id}), QString());
    VERIFY_OK(olga.resume(started->id));
    const AuditVerification v = d->olga->audit().verify();
    QVERIFY2(v.ok, qPrintable(v.problem));
}

void TestSignedAudit::approvalWithoutRegisteredKeyRefused()
{
    auto d = desk();
    DESK_OK(d);
    auto olgaKey = Minisign::generate(), ottoKey = Minisign::generate();
    QVERIFY(olgaKey.ok() && ottoKey.ok());
    const QString digest(64, QLatin1Char('b'));
    ErasureStore olga(*d->olga);
    VERIFY_OK(olga.savePlan(d->request, digest, "{}", {}));
    // No officer keys yet: an unsigned approval is what a one-person workspace always had.
    VERIFY_OK(OfficerKeys::registerOwn(*d->olga, *olgaKey));

    // Once olga has a key, approvals are signed: otto, without a registered key, is refused, with or
    // without a key of his own in hand.
    auto otto = as(d->db->params(), "otto");
    QVERIFY(otto);
    for (const std::optional<MinisignKey>& key : {std::optional<MinisignKey>(), std::optional(*ottoKey)}) {
        const auto refused = ErasureStore(*otto).approve(d->request.humanId, digest, key);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(QStringLiteral("otto")) &&
                     refused.error().message.contains(QStringLiteral("officer key")),
                 qPrintable(refused.error().message));
    }
    // An approval written past Lethe, unsigned, by otto is refused when the run starts, naming otto.
    QCOMPARE(exec(d->olga->database(),
                  QStringLiteral("UPDATE erasure_runs SET state = 'approved', approved_by = 'otto'")),
             QString());
    const auto run = olga.start(d->request, digest);
    QVERIFY(!run.ok());
    QVERIFY2(run.error().message.contains(QStringLiteral("otto")) &&
                 run.error().message.contains(QStringLiteral("not signed")),
             qPrintable(run.error().message));
    // Signed by otto's key, which is registered nowhere: refused as well.
    auto sig = Minisign::sign(*ottoKey, "anything", QStringLiteral("x"));
    QVERIFY(sig.ok());
    QCOMPARE(exec(d->olga->database(), QStringLiteral("UPDATE erasure_runs SET approval_signature = ?"),
                  {QString::fromLatin1(*sig)}),
             QString());
    const auto run2 = olga.start(d->request, digest);
    QVERIFY(!run2.ok());
    QVERIFY2(run2.error().message.contains(QStringLiteral("otto has no officer key registered")),
             qPrintable(run2.error().message));
}

void TestSignedAudit::rewrittenChainFailsTheSignedHead()
{
    auto d = desk();
    DESK_OK(d);
    auto olgaKey = Minisign::generate();
    QVERIFY(olgaKey.ok());
    VERIFY_OK(OfficerKeys::registerOwn(*d->olga, *olgaKey));
    VERIFY_OK(d->olga->addNote(d->request.humanId, QStringLiteral("called back")));
    AuditVerification v = d->olga->audit().verify();
    QVERIFY2(v.ok, qPrintable(v.problem));
    QCOMPARE(v.signedBy, QStringLiteral("olga"));
    QCOMPARE(v.signedSeq, v.checked); // olga wrote the last event, so the head is signed

    // The owner of the tables rewrites the whole chain from the first event, hashes recomputed: the links
    // hold, but the event at the signed head is no longer the one olga signed.
    QSqlDatabase db = d->olga->database();
    QCOMPARE(rewriteChain(db, 1), QString());
    v = d->olga->audit().verify();
    QVERIFY(!v.ok);
    QVERIFY2(v.problem.contains(QStringLiteral("rewritten")), qPrintable(v.problem));
    QCOMPARE(v.firstBroken, v.checked);
    // Moving the signed head's hash along too leaves a signature that no longer verifies.
    auto last = d->olga->audit().events();
    QVERIFY(last.ok());
    QCOMPARE(exec(db, QStringLiteral("UPDATE audit_heads SET hash = ? WHERE seq = ?"),
                  {last->last().hash, last->last().seq}),
             QString());
    v = d->olga->audit().verify();
    QVERIFY(!v.ok);
    QVERIFY2(v.problem.contains(QStringLiteral("does not verify")) &&
                 v.problem.contains(QStringLiteral("olga")),
             qPrintable(v.problem));
    // And removing the signed heads altogether is noticed while officer keys are registered.
    QCOMPARE(exec(db, QStringLiteral("DELETE FROM audit_heads")), QString());
    v = d->olga->audit().verify();
    QVERIFY(!v.ok);
    QVERIFY2(v.problem.contains(QStringLiteral("no signed head")), qPrintable(v.problem));
}

void TestSignedAudit::witnessCatchesRewriteBehindItsHead()
{
    auto d = desk();
    DESK_OK(d);
    auto olgaKey = Minisign::generate();
    QVERIFY(olgaKey.ok());
    VERIFY_OK(OfficerKeys::registerOwn(*d->olga, *olgaKey));
    auto head = d->olga->audit().exportHead();
    VERIFY_OK(head);
    QCOMPARE(head->signer, QStringLiteral("olga"));
    auto witnessed = AuditHead::parseWitness(head->witnessText());
    VERIFY_OK(witnessed);
    VERIFY_OK(d->olga->audit().checkWitness(*witnessed));
    // Work goes on by someone without a key: the witnessed head stays in the chain.
    VERIFY_OK(d->oscar->addNote(d->request.humanId, QStringLiteral("sent the letter")));
    VERIFY_OK(d->olga->audit().checkWitness(*witnessed));

    // Someone with the tables rewrites the chain from event 2 and removes every key and signed head, so
    // that verify() alone finds a consistent, unsigned log; the witness kept outside still catches it.
    QSqlDatabase db = d->olga->database();
    QCOMPARE(rewriteChain(db, 2), QString());
    QCOMPARE(exec(db, QStringLiteral("DELETE FROM audit_heads")), QString());
    QCOMPARE(exec(db, QStringLiteral("DELETE FROM officer_keys")), QString());
    const AuditVerification v = d->olga->audit().verify();
    QVERIFY2(v.ok, qPrintable(v.problem));
    const Status s = d->olga->audit().checkWitness(*witnessed);
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code, Error::Code::Tampered);
    QVERIFY2(s.error().message.contains(QStringLiteral("rewritten")), qPrintable(s.error().message));
    // A witness beyond the end of the log: events were deleted.
    AuditHead beyond = *witnessed;
    beyond.seq = 1000;
    QVERIFY(!d->olga->audit().checkWitness(beyond).ok());
}

void TestSignedAudit::openerSignsWithTheRegisteredKeyOnly()
{
    // Where the GUI and lethe-cli open a workspace: the actor's officer key from the keychain, only when it
    // is the key registered for them, signs what that store writes.
    auto d = desk();
    DESK_OK(d);
    auto key = Minisign::generate(), other = Minisign::generate();
    QVERIFY(key.ok() && other.ok());
    VERIFY_OK(OfficerKeys::registerOwn(*d->olga, *key));
    FakeCredentialStore credentials;
    WorkspaceInfo ws{QStringLiteral("office"), m_dir.filePath(QStringLiteral("opener%1").arg(m_n)),
                     d->db->params()};
    QVERIFY(QDir().mkpath(ws.folder));
    auto open = [&] {
        std::optional<Result<std::unique_ptr<WorkspaceStore>>> opened;
        QEventLoop loop;
        WorkspaceOpener::open(
            ws, &credentials, QStringLiteral("olga"),
            [&](Result<std::unique_ptr<WorkspaceStore>> r) {
                opened.emplace(std::move(r));
                loop.quit();
            },
            [] { return QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC); });
        if (!opened)
            loop.exec();
        return std::move(*opened);
    };
    auto store = [&](const MinisignKey* inKeychain) -> std::unique_ptr<WorkspaceStore> {
        if (inKeychain) {
            QEventLoop loop;
            credentials.write(OfficerKeys::keychainName(ws.name, QStringLiteral("olga")),
                              *Minisign::serializeSecret(*inKeychain), [&](Status) { loop.quit(); });
            loop.exec();
        }
        auto opened = open();
        return opened ? std::move(opened).value() : nullptr;
    };
    const auto none = store(nullptr); // nothing in the keychain
    QVERIFY(none && !none->headSigner());
    const auto wrong = store(&*other); // a key that is not the registered one
    QVERIFY(wrong && !wrong->headSigner());
    const auto right = store(&*key);
    QVERIFY(right && right->headSigner());
    VERIFY_OK(right->addNote(d->request.humanId, QStringLiteral("signed by the opened store")));
    const AuditVerification v = right->audit().verify();
    QVERIFY2(v.ok, qPrintable(v.problem));
    QCOMPARE(v.signedSeq, v.checked);
    QCOMPARE(v.signedBy, QStringLiteral("olga"));
}

void TestSignedAudit::witnessTextRoundTrips()
{
    AuditHead h{42,
                QString(64, QLatin1Char('c')),
                QStringLiteral("2026-12-01T09:00:00.000Z"),
                QStringLiteral("dana"),
                QStringLiteral("9F3C00AA11BB22CC"),
                QByteArray("sig\nlines\n")};
    auto back = AuditHead::parseWitness(h.witnessText());
    VERIFY_OK(back);
    QCOMPARE(back->seq, h.seq);
    QCOMPARE(back->hash, h.hash);
    QCOMPARE(back->at, h.at);
    QCOMPARE(back->signer, h.signer);
    QCOMPARE(back->keyId, h.keyId);
    QCOMPARE(back->signature, h.signature);
    QVERIFY(!AuditHead::parseWitness("seq: 1\nhash: x\n").ok());
    QVERIFY(!AuditHead::parseWitness("lethe audit head 1\nseq: 0\n").ok());
}

void TestSignedAudit::cliOfficerKeyExportHeadAndWitness()
{
    const QString home = m_dir.filePath(QStringLiteral("clihome"));
    QVERIFY(QDir().mkpath(home));
    const QString cli = QStringLiteral(LETHE_CLI_CRASHTEST_PATH);
    const QString ws = m_dir.filePath(QStringLiteral("cliws"));
    auto run = [&](QStringList args, bool json = false) {
        if (args.value(1) != QLatin1String("init"))
            args << QStringLiteral("--workspace") << ws;
        return test::runCli(cli, home, args, json, {{QStringLiteral("LETHE_ACTOR"), QStringLiteral("olga")}});
    };
    test::CliRun r = run({QStringLiteral("workspace"), QStringLiteral("init"), ws});
    QVERIFY2(r.code == 0, r.err.constData());
    r = run({QStringLiteral("workspace"), QStringLiteral("officer-key"), QStringLiteral("--create")}, true);
    QVERIFY2(r.code == 0, r.err.constData());
    const QJsonArray keys = r.json().object().value(QStringLiteral("keys")).toArray();
    QCOMPARE(keys.size(), 1);
    QCOMPARE(keys.first().toObject().value(QStringLiteral("login")).toString(), QStringLiteral("olga"));
    r = run({QStringLiteral("requests"), QStringLiteral("add"), QStringLiteral("--type"),
             QStringLiteral("access"), QStringLiteral("--regulation"), QStringLiteral("gdpr"),
             QStringLiteral("--received"), QStringLiteral("2026-11-20"), QStringLiteral("--email"),
             QStringLiteral("ann@example.com")});
    QVERIFY2(r.code == 0, r.err.constData());
    const QString witness = m_dir.filePath(QStringLiteral("witness.txt"));
    r = run({QStringLiteral("audit"), QStringLiteral("export-head"), QStringLiteral("--out"), witness});
    QVERIFY2(r.code == 0, r.err.constData());
    QFile w(witness);
    QVERIFY(w.open(QIODevice::ReadOnly));
    const QByteArray text = w.readAll();
    QVERIFY2(text.startsWith("lethe audit head 1\nseq: 2\n") && text.contains("signer: olga\n"),
             text.constData());
    r = run({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--witness"), witness}, true);
    QVERIFY2(r.code == 0, r.out.constData());
    QCOMPARE(r.json().object().value(QStringLiteral("signed_by")).toString(), QStringLiteral("olga"));

    // A rewrite of the chain with plain SQL on the workspace's file: exit 6 with the signed head's reason.
    {
        SqlConnection c;
        ConnectionParams p;
        p.path = ws + QStringLiteral("/workspace.db");
        QVERIFY2(QFile::exists(p.path), qPrintable(p.path));
        VERIFY_OK(c.open(p));
        QCOMPARE(rewriteChain(c.db(), 1), QString());
    }
    r = run({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--witness"), witness}, true);
    QCOMPARE(r.code, 6);
    QVERIFY2(
        r.json().object().value(QStringLiteral("problem")).toString().contains(QStringLiteral("rewritten")),
        r.out.constData());
}

void TestSignedAudit::cliApproveSignsWithTheApproversKey()
{
    const QString home = m_dir.filePath(QStringLiteral("clihome2"));
    const QString ws = m_dir.filePath(QStringLiteral("cliws2"));
    QVERIFY(QDir().mkpath(home));
    auto run = [&](const char* who, QStringList args) {
        if (args.value(1) != QLatin1String("init"))
            args << QStringLiteral("--workspace") << ws;
        return test::runCli(QStringLiteral(LETHE_CLI_CRASHTEST_PATH), home, args, true,
                            {{QStringLiteral("LETHE_ACTOR"), QString::fromLatin1(who)}});
    };
    QCOMPARE(run("olga", {QStringLiteral("workspace"), QStringLiteral("init"), ws}).code, 0);
    test::CliRun r =
        run("olga", {QStringLiteral("workspace"), QStringLiteral("officer-key"), QStringLiteral("--create")});
    QVERIFY2(r.code == 0, r.err.constData());
    r = run("olga", {QStringLiteral("requests"), QStringLiteral("add"), QStringLiteral("--type"),
                     QStringLiteral("erasure"), QStringLiteral("--regulation"), QStringLiteral("gdpr"),
                     QStringLiteral("--received"), QDate::currentDate().addDays(-2).toString(Qt::ISODate),
                     QStringLiteral("--email"), QStringLiteral("zoe@example.com")});
    QVERIFY2(r.code == 0, r.err.constData());
    const QString id = r.json().object().value(QStringLiteral("id")).toString();
    QCOMPARE(run("olga",
                 {QStringLiteral("requests"), QStringLiteral("transition"), id, QStringLiteral("verified")})
                 .code,
             0);
    // Olga's plan, as erase --plan saves it (the plan's content does not matter to the approval).
    const QString digest(64, QLatin1Char('d'));
    ConnectionParams p;
    p.path = ws + QStringLiteral("/workspace.db");
    {
        SqlConnection c;
        VERIFY_OK(c.open(p));
        QCOMPARE(exec(c.db(),
                      QStringLiteral("INSERT INTO erasure_runs (request_id, digest, state, plan, summary, "
                                     "planned_by, planned_at) SELECT id, ?, 'planned', '{}', '{}', 'olga', "
                                     "'2026-12-01T09:00:00.000Z' FROM requests"),
                      {digest}),
                 QString());
    }
    const QStringList approve{QStringLiteral("erase"),     QStringLiteral("--request"), id,
                              QStringLiteral("--approve"), QStringLiteral("--digest"),  digest};
    // Oscar has no officer key: refused, naming him.
    r = run("oscar", approve);
    QVERIFY(r.code != 0);
    QVERIFY2(r.err.contains("oscar") && r.err.contains("officer key"), r.err.constData());
    // With his key made and registered, his approval carries a signature that verifies against it.
    r = run("oscar",
            {QStringLiteral("workspace"), QStringLiteral("officer-key"), QStringLiteral("--create")});
    QVERIFY2(r.code == 0, r.err.constData());
    QCOMPARE(r.json().object().value(QStringLiteral("keys")).toArray().size(), 2);
    r = run("oscar", approve);
    QVERIFY2(r.code == 0, r.err.constData());
    SqlConnection c;
    VERIFY_OK(c.open(p));
    QSqlQuery q(c.db());
    QVERIFY(q.exec(QStringLiteral("SELECT approval_signature FROM erasure_runs")) && q.next());
    QVERIFY(!q.value(0).toString().isEmpty());
    ErasureRun approved;
    approved.id = 1;
    approved.requestId = id;
    approved.digest = digest;
    approved.approvedBy = QStringLiteral("oscar");
    VERIFY_OK(ApprovalSignature::check(c.db(), approved));
    approved.approvedBy = QStringLiteral("olga"); // the same signature is not olga's
    QVERIFY(!ApprovalSignature::check(c.db(), approved).ok());
}

// Oscar's officer key is registered, but kept in another computer's keychain: an approval from here is
// refused with exit 4, saying the key is registered and not in this keychain (not that he has none), and
// nothing is approved; from the keychain that holds it the approval goes through, signed.
void TestSignedAudit::cliApproveWithTheKeyElsewhereIsRefused()
{
    const QString here = m_dir.filePath(QStringLiteral("clihome3"));
    const QString ws = m_dir.filePath(QStringLiteral("cliws3"));
    QVERIFY(QDir().mkpath(here));
    auto run = [&](const char* who, QStringList args, const QString& home) {
        if (args.value(1) != QLatin1String("init"))
            args << QStringLiteral("--workspace") << ws;
        return test::runCli(QStringLiteral(LETHE_CLI_CRASHTEST_PATH), home, args, true,
                            {{QStringLiteral("LETHE_ACTOR"), QString::fromLatin1(who)}});
    };
    QCOMPARE(run("olga", {QStringLiteral("workspace"), QStringLiteral("init"), ws}, here).code, 0);
    test::CliRun r =
        run("olga",
            {QStringLiteral("requests"), QStringLiteral("add"), QStringLiteral("--type"),
             QStringLiteral("erasure"), QStringLiteral("--regulation"), QStringLiteral("gdpr"),
             QStringLiteral("--received"), QDate::currentDate().addDays(-2).toString(Qt::ISODate),
             QStringLiteral("--email"), QStringLiteral("yan@example.com")},
            here);
    QVERIFY2(r.code == 0, r.err.constData());
    const QString id = r.json().object().value(QStringLiteral("id")).toString();
    QCOMPARE(run("olga",
                 {QStringLiteral("requests"), QStringLiteral("transition"), id, QStringLiteral("verified")},
                 here)
                 .code,
             0);
    // Oscar's key, made and registered at another computer: its secret is in no keychain here.
    const QString digest(64, QLatin1Char('e'));
    ConnectionParams p;
    p.path = ws + QStringLiteral("/workspace.db");
    auto key = Minisign::generate();
    QVERIFY(key.ok());
    const QString keyId = Minisign::keyIdHex(key->keyId);
    {
        auto oscar = WorkspaceStore::open(p, QStringLiteral("oscar"));
        QVERIFY(oscar.ok());
        VERIFY_OK(OfficerKeys::registerOwn(**oscar, *key));
    }
    {
        SqlConnection c;
        VERIFY_OK(c.open(p));
        QCOMPARE(exec(c.db(),
                      QStringLiteral("INSERT INTO erasure_runs (request_id, digest, state, plan, summary, "
                                     "planned_by, planned_at) SELECT id, ?, 'planned', '{}', '{}', 'olga', "
                                     "'2026-12-01T09:00:00.000Z' FROM requests"),
                      {digest}),
                 QString());
    }
    const QStringList approve{QStringLiteral("erase"),     QStringLiteral("--request"), id,
                              QStringLiteral("--approve"), QStringLiteral("--digest"),  digest};
    r = run("oscar", approve, here);
    QCOMPARE(r.code, 4);
    QVERIFY2(r.err.contains("registered in this workspace but not in this keychain"), r.err.constData());
    QVERIFY2(r.err.contains(keyId.toUtf8()), r.err.constData());
    SqlConnection c;
    VERIFY_OK(c.open(p));
    QSqlQuery q(c.db());
    QVERIFY(q.exec(QStringLiteral("SELECT state, approved_by FROM erasure_runs")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("planned"));
    QCOMPARE(q.value(1).toString(), QString());
}

QTEST_GUILESS_MAIN(TestSignedAudit)
#include "tst_signedaudit.moc"
