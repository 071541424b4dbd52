#include "AssignDialog.h"
#include "CommitDropper.h"
#include "FakeCredentialStore.h"
#include "MainWindow.h"
#include "MessageBar.h"
#include "RequestDialogs.h"
#include "RequestQueueModel.h"
#include "SortKeys.h"
#include "TeamSetup.h"
#include "TestSupport.h"
#include "Workspace.h"
#include "WorkspaceFixtures.h"
#include "WorkspaceStore.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QUuid>

using namespace lethe;

// Two desks on one team workspace (PostgreSQL, docs/team.md), each a main window signed in as its own login:
// what one changes appears in the other's queue and open request without a reload, and in its own audit
// trail under the login that made it.
class TestTeamQueue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void changeAtOneDeskShowsAtTheOther();
    void takeNextAndHandOnAcrossDesks();
    void liveQueueKeepsTheFilter();
    void lostConnectionSaysSoAndKeepsTheEdit();
    void otherDesksChangesMeetALostConnection();
    void refusedSortKeysAreNotTriedOnEachReload();

private:
    QString login(const char* who) const { return m_prefix + QLatin1Char('_') + QLatin1String(who); }
    // requests: how many the queue must show once loaded (-1: any).
    // `port`: the server reached through a relay listening there (0: directly).
    std::unique_ptr<MainWindow> openDesk(const char* who, qint64 requests = 2, int port = 0);

    QString m_prefix;
    QTemporaryDir m_dir;
    std::unique_ptr<test::ScratchDatabase> m_db;
    FakeCredentialStore m_credentials;
};

void TestTeamQueue::initTestCase()
{
    test::isolate();
    if (!test::postgresConfigured())
        QFAIL(qPrintable(test::missingServerMessage("PostgreSQL")));
    m_prefix = QStringLiteral("lq%1").arg(QUuid::createUuid().toString(QUuid::Id128).left(10));
    m_db = std::make_unique<test::ScratchDatabase>(test::postgresAdmin());
    QVERIFY2(m_db->ok(), qPrintable(m_db->error()));
    auto owner = WorkspaceStore::open(m_db->params(), QStringLiteral("dba"));
    QVERIFY2(owner.ok(), owner.ok() ? "" : qPrintable(owner.error().message));
    NewRequest r;
    r.type = RequestType::Access;
    r.regulation = Regulation::Gdpr;
    r.received = QDate::currentDate();
    r.subjectName = QStringLiteral("Ann Lee");
    r.identities = {{IdentityKind::Email, QStringLiteral("ann.lee@example.com")}};
    QVERIFY((*owner)->addRequests({r, r}).ok());
    auto statements = TeamSetup::statements(
        m_prefix, {{login("olga"), QStringLiteral("officer")}, {login("sue"), QStringLiteral("support")}});
    QVERIFY(statements.ok());
    const Status applied = TeamSetup::apply((*owner)->database(), *statements);
    QVERIFY2(applied.ok(), applied.ok() ? "" : qPrintable(applied.error().message));
}

void TestTeamQueue::cleanupTestCase()
{
    m_db.reset();
    SqlConnection admin;
    if (!admin.open(test::postgresAdmin()))
        return;
    QSqlQuery q(admin.db());
    for (const char* who : {"olga", "sue", "officer", "support", "reviewer"})
        q.exec(QStringLiteral("DROP ROLE IF EXISTS \"%1\"").arg(login(who)));
}

std::unique_ptr<MainWindow> TestTeamQueue::openDesk(const char* who, qint64 requests, int port)
{
    ConnectionParams server = m_db->params();
    server.user = login(who);
    if (port)
        server.port = port;
    const QString folder =
        m_dir.filePath(QString::fromLatin1(who) + (port ? QStringLiteral("-relay%1").arg(port) : QString()));
    auto ws = QDir(folder).exists() ? Workspaces::load(folder) : Workspaces::create(folder, server);
    if (!ws) {
        qWarning("%s", qPrintable(ws.error().message));
        return nullptr;
    }
    auto w = std::make_unique<MainWindow>(&m_credentials);
    w->show();
    QSignalSpy loaded(w.get(), &MainWindow::queueLoaded);
    w->openWorkspace(ws->folder);
    if (!loaded.wait(20000) || (requests >= 0 && loaded.first().first().toLongLong() != requests)) {
        qWarning("the queue of %s did not load", who);
        return nullptr;
    }
    return w;
}

void TestTeamQueue::changeAtOneDeskShowsAtTheOther()
{
    auto olga = openDesk("olga");
    QVERIFY(olga);
    auto sue = openDesk("sue");
    QVERIFY(sue);
    QCOMPARE(olga->store()->actor(), login("olga"));
    QCOMPARE(sue->store()->actor(), login("sue"));

    // Olga has a request open; Sue adds a note to it from her desk, through the note dialog.
    const QString id = olga->selectedId(); // the most urgent, selected as the queue loaded
    QVERIFY(!id.isEmpty());
    QVERIFY(sue->selectRequest(id));
    QSignalSpy shown(olga.get(), &MainWindow::remoteChangesShown);
    sue->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(sue.get()));
    QTest::keyClick(sue.get(), Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    NoteDialog* note = nullptr;
    QTRY_VERIFY((note = sue->findChild<NoteDialog*>()) != nullptr && note->isVisible());
    QTest::keyClicks(note->findChild<QPlainTextEdit*>(QStringLiteral("noteEdit")),
                     QStringLiteral("Called back from the support desk"));
    QTest::mouseClick(note->okButton(), Qt::LeftButton);

    // Olga's window shows it without a reload: the queue row, and the open request's record.
    QVERIFY(shown.wait(20000));
    QCOMPARE(shown.first().first().toStringList(), QStringList{id});
    auto* body = olga->findChild<QTextBrowser*>(QStringLiteral("detailBody"));
    QTRY_VERIFY2(body->toPlainText().contains(QLatin1String("Called back from the support desk")),
                 qPrintable(body->toPlainText()));
    QVERIFY2(body->toPlainText().contains(login("sue")), qPrintable(body->toPlainText()));

    // A new request added at Olga's desk appears in Sue's queue.
    QSignalSpy sueShown(sue.get(), &MainWindow::remoteChangesShown);
    NewRequest r;
    r.type = RequestType::Erasure;
    r.regulation = Regulation::Gdpr;
    r.received = QDate::currentDate();
    r.subjectName = QStringLiteral("Ben Okafor");
    r.identities = {{IdentityKind::Email, QStringLiteral("ben.okafor@example.com")}};
    auto added = olga->store()->addRequest(r);
    QVERIFY(added.ok());
    QVERIFY(sueShown.wait(20000));
    auto* view = sue->findChild<QTableView*>(QStringLiteral("queueView"));
    QTRY_COMPARE(view->model()->rowCount(), 3);
    QVERIFY(sueShown.last().first().toStringList().contains(added->humanId));
}

// Take next and a hand-over through the windows (each on a worker thread): the other desk sees both without a
// reload, and a window's own change, made on its worker's connection, is not announced to it as another
// desk's.
void TestTeamQueue::takeNextAndHandOnAcrossDesks()
{
    auto olga = openDesk("olga", 3);
    QVERIFY(olga);
    auto sue = openDesk("sue", 3);
    QVERIFY(sue);
    QSignalSpy olgaShown(olga.get(), &MainWindow::remoteChangesShown);
    QSignalSpy sueShown(sue.get(), &MainWindow::remoteChangesShown);
    QSignalSpy olgaDone(olga.get(), &MainWindow::teamActionFinished);
    olga->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(olga.get()));
    QTest::keyClick(olga.get(), Qt::Key_J, Qt::ControlModifier);
    QVERIFY(olgaDone.wait(20000));
    const QString id = olgaDone.first().first().toString();
    QVERIFY(!id.isEmpty());
    QCOMPARE(olga->store()->request(id).value().assignee, login("olga"));
    QCOMPARE(olga->store()->audit().events(id).value().last().actor, login("olga"));

    // Sue's queue shows it taken.
    auto assigneeAt = [](MainWindow* w, const QString& humanId) {
        const int row = w->model()->rowOfHumanId(humanId);
        return row < 0 ? QString() : w->model()->summaryAt(row)->assignee;
    };
    QTRY_COMPARE_WITH_TIMEOUT(assigneeAt(sue.get(), id), login("olga"), 20000);

    // A change by Sue to another request, after Olga's: once Olga's window has shown it, it has also had the
    // notification of its own change, and did not announce that one.
    QString other;
    for (int row = 0; row < olga->model()->rowCount() && other.isEmpty(); ++row) {
        const QString h = olga->model()->summaryAt(row)->humanId;
        if (h != id)
            other = h;
    }
    QVERIFY(sue->store()->addNote(other, QStringLiteral("Barrier")).ok());
    QTRY_VERIFY_WITH_TIMEOUT(!olgaShown.isEmpty() && olgaShown.last().first().toStringList().contains(other),
                             20000);
    for (const QList<QVariant>& shown : olgaShown)
        QVERIFY2(!shown.first().toStringList().contains(id), "a window's own change announced as another's");

    // Sue hands it on to herself with a reason; Olga sees it.
    QVERIFY(sue->selectRequest(id));
    QSignalSpy sueDone(sue.get(), &MainWindow::teamActionFinished);
    sue->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(sue.get()));
    QTest::keyClick(sue.get(), Qt::Key_H, Qt::ControlModifier | Qt::ShiftModifier);
    AssignDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = sue->findChild<AssignDialog*>()) != nullptr && dialog->isVisible());
    dialog->findChild<QComboBox*>(QStringLiteral("personCombo"))->setEditText(login("sue"));
    QTest::keyClicks(dialog->findChild<QPlainTextEdit*>(QStringLiteral("reasonEdit")),
                     QStringLiteral("Olga is out today"));
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QVERIFY(sueDone.wait(20000));
    QCOMPARE(sueDone.first().first().toString(), id);
    QTRY_COMPARE_WITH_TIMEOUT(assigneeAt(olga.get(), id), login("sue"), 20000);
    const AuditEvent e = olga->store()->audit().events(id).value().last();
    QCOMPARE(e.action, QStringLiteral("request.assign"));
    QCOMPARE(e.actor, login("sue"));
    QVERIFY(olga->store()->audit().verify().ok);
}

// With a filter applied, the live queue still shows other desks' changes as the server filters: a new request
// that matches appears, one changed so that it no longer matches leaves, and the counts follow.
void TestTeamQueue::liveQueueKeepsTheFilter()
{
    auto olga = openDesk("olga", -1);
    QVERIFY(olga);
    auto sue = openDesk("sue", -1);
    QVERIFY(sue);
    QSignalSpy loaded(sue.get(), &MainWindow::queueLoaded);
    auto* status = sue->findChild<QComboBox*>(QStringLiteral("statusFilter"));
    status->setCurrentIndex(status->findData(int(RequestStatus::New)));
    QVERIFY(loaded.wait(20000));
    const int before = sue->model()->rowCount();
    for (int row = 0; row < before; ++row)
        QCOMPARE(sue->model()->summaryAt(row)->status, RequestStatus::New);
    auto* counts = sue->findChild<QLabel*>(QStringLiteral("countsLabel"));
    QTRY_VERIFY2(counts->text().startsWith(QString::number(before) + QLatin1String(" of ")),
                 qPrintable(counts->text()));

    NewRequest r;
    r.type = RequestType::Access;
    r.regulation = Regulation::Gdpr;
    r.received = QDate::currentDate();
    r.subjectName = QStringLiteral("Nia Filtered");
    r.identities = {{IdentityKind::Email, QStringLiteral("nia@example.com")}};
    auto added = olga->store()->addRequest(r);
    QVERIFY(added.ok());
    const QString id = added->humanId;
    QTRY_VERIFY_WITH_TIMEOUT(sue->model()->rowOfHumanId(id) >= 0, 20000);
    QCOMPARE(sue->model()->rowCount(), before + 1);
    QTRY_VERIFY2(counts->text().startsWith(QString::number(before + 1) + QLatin1String(" of ")),
                 qPrintable(counts->text()));

    // Verified at Olga's desk: no longer what Sue's filter shows.
    QVERIFY(olga->store()->transition(id, RequestStatus::Verified).ok());
    QTRY_VERIFY_WITH_TIMEOUT(sue->model()->rowOfHumanId(id) < 0, 20000);
    QCOMPARE(sue->model()->rowCount(), before);
    QTRY_VERIFY2(counts->text().startsWith(QString::number(before) + QLatin1String(" of ")),
                 qPrintable(counts->text()));
}

// A lost connection (docs/team.md): the server ends a desk's connection. The window says so at once, without
// anything done at the desk, disables what writes, keeps the note being typed in its dialog, and after
// "Retry now" saves it once, reads the queue again (with what another desk added meanwhile) and listens
// again.
void TestTeamQueue::lostConnectionSaysSoAndKeepsTheEdit()
{
    auto olga = openDesk("olga", -1); // the requests the tests before added
    QVERIFY(olga);
    const qint64 before = olga->model()->rowCount();
    olga->setReconnectSchedule({std::chrono::hours(1), std::chrono::hours(1)}); // no attempt until asked
    const QString id = olga->selectedId();
    QVERIFY(!id.isEmpty());
    olga->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(olga.get()));
    QTest::keyClick(olga.get(), Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    QPointer<NoteDialog> note;
    QTRY_VERIFY((note = olga->findChild<NoteDialog*>()) != nullptr && note->isVisible());
    const QString text = QStringLiteral("Written while the server went away");
    auto* edit = note->findChild<QPlainTextEdit*>(QStringLiteral("noteEdit"));
    QTest::keyClicks(edit, text);

    // An administrator (or a restart) ends Olga's connection.
    QSignalSpy lost(olga.get(), &MainWindow::connectionLost);
    {
        SqlConnection admin;
        QVERIFY(admin.open(m_db->params()).ok());
        QSqlQuery q(admin.db());
        q.prepare(QStringLiteral(
            "SELECT COUNT(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE usename = ?"));
        q.addBindValue(login("olga"));
        QVERIFY(q.exec() && q.next());
        QVERIFY(q.value(0).toInt() >= 1);
    }
    QVERIFY(lost.wait(20000));
    MessageBar* banner = olga->connectionBar();
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(
                 QLatin1String("The connection to the workspace was lost. Retrying (attempt 1 of 2)")),
             qPrintable(banner->text()));
    QVERIFY(banner->actionButton()->isVisible());
    for (const char* name : {"actionNewRequest", "actionTransition", "actionNote", "actionTakeNext",
                             "actionAssign", "actionErase", "actionPreview"})
        QVERIFY2(!olga->findChild<QAction*>(QLatin1String(name))->isEnabled(), name);

    // OK keeps the note in its dialog, with its text.
    QTest::mouseClick(note->okButton(), Qt::LeftButton);
    QVERIFY(note && note->isVisible());
    QVERIFY(note->isHeld());
    QCOMPARE(edit->toPlainText(), text);
    QVERIFY2(note->problem().contains(QLatin1String("Not saved yet")), qPrintable(note->problem()));

    // Meanwhile Sue adds a request at her desk.
    ConnectionParams sueServer = m_db->params();
    sueServer.user = login("sue");
    auto sue = WorkspaceStore::open(sueServer, QString());
    QVERIFY(sue.ok());
    NewRequest r = test::newRequest(RequestType::Access, QStringLiteral("Cy Dorn"),
                                    QStringLiteral("cy.dorn@example.com"));
    QVERIFY((*sue)->addRequest(r).ok());

    QSignalSpy back(olga.get(), &MainWindow::reconnected);
    QSignalSpy loaded(olga.get(), &MainWindow::queueLoaded);
    // The dialog is window-modal: its own Retry Now reaches the retries (as the banner's does without it).
    QVERIFY(note->retryButton()->isVisible());
    QTest::mouseClick(note->retryButton(), Qt::LeftButton);
    QVERIFY(back.wait(20000));
    QVERIFY2(banner->text().contains(QLatin1String("Reconnected")), qPrintable(banner->text()));
    QTRY_VERIFY(!note || !note->isVisible()); // saved, so closed
    QVERIFY(loaded.wait(20000));
    QCOMPARE(loaded.last().first().toLongLong(), before + 1);
    QVERIFY(!olga->isConnectionLost());
    for (const char* name : {"actionNewRequest", "actionNote", "actionTakeNext"})
        QVERIFY2(olga->findChild<QAction*>(QLatin1String(name))->isEnabled(), name);
    int saved = 0;
    const auto stored = olga->store()->request(id);
    QVERIFY(stored.ok());
    for (const Note& n : stored->notes)
        saved += n.body == text && n.author == login("olga");
    QCOMPARE(saved, 1);

    // The live queue listens again: Sue's next request shows without a reload.
    QSignalSpy shown(olga.get(), &MainWindow::remoteChangesShown);
    r.subjectName = QStringLiteral("Di Ezra");
    auto added = (*sue)->addRequest(r);
    QVERIFY(added.ok());
    QVERIFY(shown.wait(20000));
    QVERIFY(shown.last().first().toStringList().contains(added->humanId));
}

// Reading another desk's change announced on the live queue when the workspace cannot be reached (a new
// connection refused; the one listening stays): the banner and its retries, not "could not be read", nothing
// announced half-read; once back the whole queue is read again with what changed meanwhile, and the live
// queue goes on.
void TestTeamQueue::otherDesksChangesMeetALostConnection()
{
    test::CommitDropper relay(m_db->params().port);
    auto olga = openDesk("olga", -1, relay.port());
    QVERIFY(olga);
    const qint64 before = olga->model()->rowCount();
    olga->setReconnectSchedule({std::chrono::hours(1)}); // no attempt until asked
    ConnectionParams sueServer = m_db->params();
    sueServer.user = login("sue");
    auto sue = WorkspaceStore::open(sueServer, QString());
    QVERIFY(sue.ok());
    NewRequest r = test::newRequest(RequestType::Access, QStringLiteral("Eve Fay"),
                                    QStringLiteral("eve.fay@example.com"));

    relay.refuse(true); // the server unreachable for new connections: the window's own stays
    QSignalSpy lost(olga.get(), &MainWindow::connectionLost);
    QSignalSpy shown(olga.get(), &MainWindow::remoteChangesShown);
    auto first = (*sue)->addRequest(r);
    QVERIFY(first.ok());
    QVERIFY(lost.wait(20000)); // the change announced, and reading it met the lost connection
    QVERIFY(olga->isConnectionLost());
    QVERIFY(olga->connectionBar()->isVisible());
    QVERIFY2(!olga->messageBar()->isVisible() ||
                 !olga->messageBar()->text().contains(QLatin1String("could not be read")),
             qPrintable(olga->messageBar()->text()));
    QCOMPARE(shown.size(), 0);
    QCOMPARE(olga->model()->rowCount(), before);
    r.subjectName = QStringLiteral("Gil Hart"); // and another, while it is lost
    auto second = (*sue)->addRequest(r);
    QVERIFY(second.ok());

    relay.refuse(false);
    QSignalSpy back(olga.get(), &MainWindow::reconnected);
    QSignalSpy loaded(olga.get(), &MainWindow::queueLoaded);
    QTest::mouseClick(olga->connectionBar()->actionButton(), Qt::LeftButton);
    QVERIFY(back.wait(20000));
    QVERIFY(loaded.size() >= 1 || loaded.wait(20000));
    QCOMPARE(loaded.last().first().toLongLong(), before + 2); // nothing lost
    QVERIFY(!olga->isConnectionLost());

    // The live queue goes on.
    r.subjectName = QStringLiteral("Ida Jones");
    auto third = (*sue)->addRequest(r);
    QVERIFY(third.ok());
    QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty() && shown.last().first().toStringList().contains(third->humanId),
                             20000);
    QTRY_COMPARE(olga->model()->rowCount(), before + 3);
    olga.reset(); // before the relay goes
}

// A team workspace whose live-queue trigger an older setup-team made (it would announce each stored subject
// and assignee key to every desk): sorted by subject, the desk tries to store the missing keys once, is
// refused, says so with the trigger's name, and reads the queue whole; reloaded, it neither tries again nor
// says it again until the workspace is opened anew.
void TestTeamQueue::refusedSortKeysAreNotTriedOnEachReload()
{
    SqlConnection admin;
    QVERIFY(admin.open(m_db->params()));
    QSqlQuery q(admin.db());
    QVERIFY(q.exec(QStringLiteral("SELECT pg_get_functiondef('lethe_queue_notify()'::regprocedure)")) &&
            q.next());
    const QString current = q.value(0).toString();
    QVERIFY(current.contains(QLatin1String("subject_key")));
    QVERIFY2(q.exec(QStringLiteral(
                 "CREATE OR REPLACE FUNCTION lethe_queue_notify() RETURNS trigger LANGUAGE plpgsql AS $fn$ "
                 "BEGIN IF TG_OP = 'UPDATE' AND to_jsonb(NEW) - 'due_key' - 'due_digest' = to_jsonb(OLD) - "
                 "'due_key' - 'due_digest' THEN RETURN NULL; END IF; PERFORM pg_notify('lethe_queue', "
                 "NEW.human_id); RETURN NULL; END $fn$")),
             qPrintable(q.lastError().text()));
    QVERIFY(q.exec(QStringLiteral("UPDATE requests SET subject_key = NULL, assignee_key = NULL")));
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM requests")) && q.next());
    const int requests = q.value(0).toInt();

    auto sue = openDesk("sue", -1);
    QVERIFY(sue);
    auto* view = sue->findChild<QTableView*>(QStringLiteral("queueView"));
    QVERIFY(view);
    QSignalSpy said(sue->statusBar(), &QStatusBar::messageChanged);
    const auto fillsTried = [&] {
        int n = 0;
        for (const QList<QVariant>& m : std::as_const(said))
            n += m.first().toString().contains(QLatin1String("Storing each request's place")) ? 1 : 0;
        return n;
    };
    view->sortByColumn(RequestQueueModel::SubjectColumn, Qt::AscendingOrder);
    sue->findChild<QAction*>(QStringLiteral("actionReload"))->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(sue->messageBar()->isVisible() &&
                                 sue->messageBar()->text().contains(QLatin1String("lethe_queue_notify")),
                             20000);
    QCOMPARE(fillsTried(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(view->model()->rowCount(), requests, 20000); // read whole
    sue->messageBar()->hide();                                             // dismissed

    QSignalSpy loaded(sue.get(), &MainWindow::queueLoaded);
    sue->findChild<QAction*>(QStringLiteral("actionReload"))->trigger();
    QVERIFY(loaded.wait(20000));
    QCOMPARE(fillsTried(), 1); // the missing keys are said before the first page: not tried again
    QVERIFY(sue->messageBar()->isHidden());
    QCOMPARE(view->model()->rowCount(), requests);
    auto missing = SortKeys::missing(admin.db());
    QVERIFY(missing.ok());
    QCOMPARE(*missing, qint64(requests));

    // Back as setup-team makes it, and the keys stored, for what follows.
    QVERIFY2(q.exec(current), qPrintable(q.lastError().text()));
    auto filled = SortKeys::fill(admin.db());
    QVERIFY2(filled.ok(), filled.ok() ? "" : qPrintable(filled.error().message));
}

QTEST_MAIN(TestTeamQueue)
#include "tst_teamqueue.moc"
