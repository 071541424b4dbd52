#include "CommitDropper.h"
#include "Reconnector.h"
#include "TestSupport.h"
#include "WorkspaceStore.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace lethe;
using test::CommitDropper;
using namespace std::chrono_literals;

// A lost connection to the workspace (docs/team.md, "A lost connection"): reported as such, reconnected with
// bounded retries, and no change lost or made twice when the answer to its COMMIT was lost.
class TestConnectionLoss : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void lostConnectionIsReportedAsSuch_data();
    void lostConnectionIsReportedAsSuch();
    void terminatedBackendIsConnectionLostAndReconnects();
    void changeWhoseAnswerWasLostIsNotMadeTwice();
    void changeLostBeforeCommitIsSentOnce();
    void changeElsewhereMeanwhileIsAConflict();
    void noteWhoseAnswerWasLostIsNotAddedTwice();
    void newRequestWhoseAnswerWasLostIsNotAddedTwice();
    void retriesAreBounded();
    void sqliteFileGoneIsNotCreatedAnew();

private:
    NewRequest sample() const;
    std::unique_ptr<WorkspaceStore> open(const ConnectionParams& p,
                                         const QString& actor = QStringLiteral("dana"));
    qint64 count(const QString& sql, const QVariantList& values = {});
    void terminateOthers();

    std::unique_ptr<test::ScratchDatabase> m_db;
    std::unique_ptr<SqlConnection> m_admin;
};

void TestConnectionLoss::initTestCase()
{
    test::isolate();
    if (!test::postgresConfigured())
        QFAIL(qPrintable(test::missingServerMessage("PostgreSQL")));
}

void TestConnectionLoss::init()
{
    m_db = std::make_unique<test::ScratchDatabase>(test::postgresAdmin());
    QVERIFY2(m_db->ok(), qPrintable(m_db->error()));
    m_admin = std::make_unique<SqlConnection>();
    QVERIFY(m_admin->open(m_db->params()).ok());
}

void TestConnectionLoss::cleanup()
{
    m_admin.reset();
    terminateOthers(); // nothing left connected to the scratch database as it is dropped
    m_db.reset();
}

NewRequest TestConnectionLoss::sample() const
{
    NewRequest r;
    r.type = RequestType::Access;
    r.regulation = Regulation::Gdpr;
    r.received = QDate::currentDate();
    r.subjectName = QStringLiteral("Ann Lee");
    r.identities = {{IdentityKind::Email, QStringLiteral("ann.lee@example.com")}};
    return r;
}

std::unique_ptr<WorkspaceStore> TestConnectionLoss::open(const ConnectionParams& p, const QString& actor)
{
    auto s = WorkspaceStore::open(p, actor);
    if (!s) {
        qWarning("%s", qPrintable(s.error().message));
        return nullptr;
    }
    return std::move(s).value();
}

qint64 TestConnectionLoss::count(const QString& sql, const QVariantList& values)
{
    QSqlQuery q(m_admin->db());
    q.prepare(sql);
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (!q.exec() || !q.next()) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return -1;
    }
    return q.value(0).toLongLong();
}

void TestConnectionLoss::terminateOthers()
{
    if (!m_db)
        return;
    SqlConnection server;
    if (!server.open(test::postgresAdmin()))
        return;
    QSqlQuery q(server.db());
    q.prepare(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = ? AND "
                             "pid <> pg_backend_pid()"));
    q.addBindValue(m_db->params().database);
    q.exec();
}

void TestConnectionLoss::lostConnectionIsReportedAsSuch_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("type");
    QTest::addColumn<bool>("lost");
    const int statement = int(QSqlError::StatementError);
    QTest::newRow("pg admin shutdown") << "57P01"
                                       << "FATAL: terminating connection" << statement << true;
    QTest::newRow("pg connection failure") << "08006"
                                           << "" << statement << true;
    QTest::newRow("pg closed, no code") << ""
                                        << "server closed the connection unexpectedly" << statement << true;
    QTest::newRow("pg no connection") << ""
                                      << "no connection to the server\n"
                                      << statement << true;
    QTest::newRow("pg unique violation") << "23505"
                                         << "duplicate key value" << statement << false;
    QTest::newRow("pg insufficient privilege") << "42501"
                                               << "permission denied" << statement << false;
    QTest::newRow("sqlite ioerr") << "10"
                                  << "disk I/O error" << statement << true;
    QTest::newRow("sqlite ioerr read (extended)") << "266"
                                                  << "" << statement << true;
    QTest::newRow("sqlite cantopen") << "14"
                                     << "" << statement << true;
    QTest::newRow("sqlite busy") << "5"
                                 << "database is locked" << statement << false;
    QTest::newRow("sqlite constraint") << "19"
                                       << "UNIQUE constraint failed" << statement << false;
    QTest::newRow("qt connection error") << ""
                                         << "" << int(QSqlError::ConnectionError) << true;
}

void TestConnectionLoss::lostConnectionIsReportedAsSuch()
{
    QFETCH(QString, code);
    QFETCH(QString, text);
    QFETCH(int, type);
    QFETCH(bool, lost);
    QCOMPARE(SqlConnection::isConnectionLost(QSqlError(QString(), text, QSqlError::ErrorType(type), code)),
             lost);
}

void TestConnectionLoss::terminatedBackendIsConnectionLostAndReconnects()
{
    auto store = open(m_db->params());
    QVERIFY(store);
    auto made = store->addRequest(sample());
    QVERIFY(made.ok());
    const QString id = made->humanId;
    terminateOthers(); // as a server restart or pg_terminate_backend by an administrator

    auto read = store->request(id);
    QVERIFY(!read.ok());
    QVERIFY2(read.error().code == Error::Code::ConnectionLost, qPrintable(read.error().message));
    auto changed = store->transition(id, RequestStatus::Verified, QString(), made->version);
    QVERIFY(!changed.ok());
    QVERIFY2(changed.error().code == Error::Code::ConnectionLost, qPrintable(changed.error().message));

    // The default probe gets through, and the store's own connection is opened again.
    QVERIFY(Reconnector::probe(m_db->params()).ok());
    const Status back = store->reconnect();
    QVERIFY2(back.ok(), back.ok() ? "" : qPrintable(back.error().message));
    QCOMPARE(store->request(id)->status, RequestStatus::New);
    QCOMPARE(store->actor(), QStringLiteral("dana"));
}

void TestConnectionLoss::changeWhoseAnswerWasLostIsNotMadeTwice()
{
    const ConnectionParams direct = m_db->params();
    CommitDropper relay(direct.port);
    ConnectionParams viaRelay = direct;
    viaRelay.port = relay.port();
    auto store = open(viaRelay);
    QVERIFY(store);
    auto made = store->addRequest(sample());
    QVERIFY(made.ok());
    const QString id = made->humanId;
    const qint64 base = made->version;

    // The server commits the change; its answer never arrives.
    relay.arm(CommitDropper::Drop::AfterCommit);
    auto changed = store->transition(id, RequestStatus::Verified, QString(), base);
    QCOMPARE(relay.dropped(), 1);
    QVERIFY(!changed.ok());
    QVERIFY2(changed.error().code == Error::Code::ConnectionLost, qPrintable(changed.error().message));
    QCOMPARE(count(QStringLiteral("SELECT version FROM requests WHERE human_id = ?"), {id}), base + 1);

    QVERIFY(store->reconnect().ok());
    const SentChange sent{id, QStringLiteral("request.transition"), base, 0,
                          [](const Request& r) { return r.status == RequestStatus::Verified; }};
    auto fate = store->fateOf(sent);
    QVERIFY(fate.ok());
    QCOMPARE(int(fate->kind), int(ChangeFate::Kind::Applied));
    int sends = 0;
    bool already = false;
    auto r = store->resend(
        sent,
        [&] {
            ++sends;
            return store->transition(id, RequestStatus::Verified, QString(), base);
        },
        &already);
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
    QVERIFY(already);
    QCOMPARE(sends, 0);
    QCOMPARE(r->status, RequestStatus::Verified);
    QCOMPARE(r->version, base + 1);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE request_id = ? AND action = ?"),
                   {id, QStringLiteral("request.transition")}),
             1);
    QVERIFY(store->audit().verify().ok);
}

void TestConnectionLoss::changeLostBeforeCommitIsSentOnce()
{
    const ConnectionParams direct = m_db->params();
    CommitDropper relay(direct.port);
    ConnectionParams viaRelay = direct;
    viaRelay.port = relay.port();
    auto store = open(viaRelay);
    QVERIFY(store);
    auto made = store->addRequest(sample());
    QVERIFY(made.ok());
    const QString id = made->humanId;
    const qint64 base = made->version;

    relay.arm(CommitDropper::Drop::BeforeCommit);
    auto changed = store->extend(id, QStringLiteral("Records held by two processors"), base);
    QCOMPARE(relay.dropped(), 1);
    QVERIFY(!changed.ok());
    QVERIFY2(changed.error().code == Error::Code::ConnectionLost, qPrintable(changed.error().message));
    QCOMPARE(count(QStringLiteral("SELECT version FROM requests WHERE human_id = ?"), {id}), base);

    QVERIFY(store->reconnect().ok());
    const SentChange sent{id, QStringLiteral("request.extend"), base, 0,
                          [](const Request& r) { return r.extended; }};
    int sends = 0;
    bool already = true;
    auto r = store->resend(
        sent,
        [&] {
            ++sends;
            return store->extend(id, QStringLiteral("Records held by two processors"), base);
        },
        &already);
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
    QVERIFY(!already);
    QCOMPARE(sends, 1);
    QVERIFY(r->extended);
    QCOMPARE(r->version, base + 1);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE request_id = ? AND action = ?"),
                   {id, QStringLiteral("request.extend")}),
             1);
}

void TestConnectionLoss::changeElsewhereMeanwhileIsAConflict()
{
    const ConnectionParams direct = m_db->params();
    CommitDropper relay(direct.port);
    ConnectionParams viaRelay = direct;
    viaRelay.port = relay.port();
    auto store = open(viaRelay);
    QVERIFY(store);
    auto made = store->addRequest(sample());
    QVERIFY(made.ok());
    const QString id = made->humanId;
    const qint64 base = made->version;

    relay.arm(CommitDropper::Drop::BeforeCommit);
    QCOMPARE(store->transition(id, RequestStatus::Verified, QString(), base).error().code,
             Error::Code::ConnectionLost);
    // Meanwhile another desk sets the same status: the version moved, by someone else.
    auto other = open(direct, QStringLiteral("olga"));
    QVERIFY(other);
    QVERIFY(other->transition(id, RequestStatus::Verified, QString(), base).ok());

    QVERIFY(store->reconnect().ok());
    const SentChange sent{id, QStringLiteral("request.transition"), base, 0,
                          [](const Request& r) { return r.status == RequestStatus::Verified; }};
    int sends = 0;
    auto r = store->resend(sent, [&] {
        ++sends;
        return store->transition(id, RequestStatus::Verified, QString(), base);
    });
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, Error::Code::Conflict);
    QVERIFY2(r.error().message.contains(QLatin1String("olga")), qPrintable(r.error().message));
    QCOMPARE(sends, 0);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE request_id = ? AND action = ? AND "
                                  "actor = ?"),
                   {id, QStringLiteral("request.transition"), QStringLiteral("dana")}),
             0);
}

void TestConnectionLoss::noteWhoseAnswerWasLostIsNotAddedTwice()
{
    const ConnectionParams direct = m_db->params();
    CommitDropper relay(direct.port);
    ConnectionParams viaRelay = direct;
    viaRelay.port = relay.port();
    auto store = open(viaRelay);
    QVERIFY(store);
    auto made = store->addRequest(sample());
    QVERIFY(made.ok());
    const QString id = made->humanId;
    const QString text = QStringLiteral("Called back; she confirmed the address.");
    auto mark = store->auditMark();
    QVERIFY(mark.ok());

    relay.arm(CommitDropper::Drop::AfterCommit);
    QCOMPARE(store->addNote(id, text).error().code, Error::Code::ConnectionLost);
    QVERIFY(store->reconnect().ok());
    const SentChange sent{id, QStringLiteral("request.note"), 0, *mark, [text](const Request& r) {
                              for (const Note& n : r.notes)
                                  if (n.body == text)
                                      return true;
                              return false;
                          }};
    bool already = false;
    auto r = store->resend(
        sent, [&] { return store->addNote(id, text); }, &already);
    QVERIFY(r.ok());
    QVERIFY(already);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM notes WHERE body = ?"), {text}), 1);

    // The same note lost before its commit is added, once.
    auto mark2 = store->auditMark();
    QVERIFY(mark2.ok());
    const QString second = QStringLiteral("Second call: no answer.");
    relay.arm(CommitDropper::Drop::BeforeCommit);
    QCOMPARE(store->addNote(id, second).error().code, Error::Code::ConnectionLost);
    QVERIFY(store->reconnect().ok());
    SentChange sent2 = sent;
    sent2.auditMark = *mark2;
    sent2.holds = [second](const Request& stored) { return stored.notes.last().body == second; };
    r = store->resend(
        sent2, [&] { return store->addNote(id, second); }, &already);
    QVERIFY(r.ok());
    QVERIFY(!already);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM notes WHERE body = ?"), {second}), 1);
}

void TestConnectionLoss::newRequestWhoseAnswerWasLostIsNotAddedTwice()
{
    const ConnectionParams direct = m_db->params();
    CommitDropper relay(direct.port);
    ConnectionParams viaRelay = direct;
    viaRelay.port = relay.port();
    auto store = open(viaRelay);
    QVERIFY(store);
    auto mark = store->auditMark();
    QVERIFY(mark.ok());
    const NewRequest in = sample();
    relay.arm(CommitDropper::Drop::AfterCommit);
    QCOMPARE(store->addRequest(in).error().code, Error::Code::ConnectionLost);
    QVERIFY(store->reconnect().ok());
    const SentChange sent{{}, QStringLiteral("request.create"), 0, *mark, [in](const Request& r) {
                              return r.subjectName == in.subjectName && r.type == in.type;
                          }};
    bool already = false;
    auto r = store->resend(
        sent, [&] { return store->addRequest(in); }, &already);
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
    QVERIFY(already);
    QCOMPARE(r->humanId, QStringLiteral("R-%1-0001").arg(in.received.year()));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM requests")), 1);
}

void TestConnectionLoss::retriesAreBounded()
{
    // A port nothing listens on: every attempt is refused.
    ConnectionParams gone = m_db->params();
    {
        CommitDropper closed(gone.port);
        gone.port = closed.port();
    }
    Reconnector r;
    r.setSchedule({0ms, 0ms, 0ms});
    QSignalSpy attempting(&r, &Reconnector::attempting);
    QSignalSpy failed(&r, &Reconnector::failed);
    QSignalSpy back(&r, &Reconnector::reconnected);
    int reopened = 0;
    r.start(gone, [&] {
        ++reopened;
        return Status();
    });
    QVERIFY(failed.wait(30000));
    QCOMPARE(attempting.size(), 3);
    QCOMPARE(attempting.last().at(0).toInt(), 3);
    QCOMPARE(attempting.last().at(1).toInt(), 3);
    QVERIFY(!r.isActive());
    QVERIFY2(!failed.first().first().toString().isEmpty(), "the reason is given");
    QCOMPARE(reopened, 0);
    QCOMPARE(back.size(), 0);

    // Retry after giving up: one attempt now; the server is back.
    r.setProbe([&](const ConnectionParams&) { return Reconnector::probe(m_db->params()); });
    r.retryNow();
    QVERIFY(back.wait(30000));
    QCOMPARE(reopened, 1);
    QCOMPARE(attempting.size(), 4);
    QCOMPARE(failed.size(), 1);

    // The owner's own reopening failing counts as its attempt's failure.
    r.setSchedule({0ms, 0ms});
    r.start(m_db->params(),
            [] { return Status(makeError(Error::Code::ConnectionLost, QStringLiteral("again"))); });
    QVERIFY(failed.wait(30000));
    QCOMPARE(failed.last().first().toString(), QStringLiteral("again"));
    QCOMPARE(attempting.size(), 6);
}

void TestConnectionLoss::sqliteFileGoneIsNotCreatedAnew()
{
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("share")));
    ConnectionParams p;
    p.engine = ConnectionParams::Engine::Sqlite;
    p.path = dir.filePath(QStringLiteral("share/workspace.db"));
    auto store = open(p);
    QVERIFY(store);
    auto made = store->addRequest(sample());
    QVERIFY(made.ok());
    store.reset();
    store = open(p);
    QVERIFY(store);
    // The share goes away.
    QVERIFY(QDir(dir.path()).rename(QStringLiteral("share"), QStringLiteral("away")));
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("share"))); // an empty mount point stays
    const Status again = store->reconnect();
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code, Error::Code::ConnectionLost);
    QVERIFY(!QFile::exists(p.path)); // no empty workspace made in its place
    QVERIFY(!Reconnector::probe(p).ok());
    QVERIFY(!QFile::exists(p.path));
    // It comes back.
    QVERIFY(QDir(dir.path()).rmdir(QStringLiteral("share")));
    QVERIFY(QDir(dir.path()).rename(QStringLiteral("away"), QStringLiteral("share")));
    QVERIFY(Reconnector::probe(p).ok());
    QVERIFY(store->reconnect().ok());
    QCOMPARE(store->request(made->humanId)->subjectName, QStringLiteral("Ann Lee"));
}

QTEST_GUILESS_MAIN(TestConnectionLoss)
#include "tst_connectionloss.moc"
