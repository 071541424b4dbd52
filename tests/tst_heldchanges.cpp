#include "ApprovalDialog.h"
#include "CommitDropper.h"
#include "CompleteTaskDialog.h"
#include "DeadlineSettingsDialog.h"
#include "ErasureStore.h"
#include "FakeCredentialStore.h"
#include "HeldItems.h"
#include "MainWindow.h"
#include "ManualTaskList.h"
#include "MessageBar.h"
#include "OfficerKeyDialog.h"
#include "ReportsWindow.h"
#include "RequestQueueModel.h"
#include "TestSupport.h"
#include "Workspace.h"
#include "WorkspaceFixtures.h"
#include "WorkspaceStore.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace lethe;
using test::CommitDropper;

// A lost connection to the workspace (docs/team.md, "A lost connection") met by the dialogs that are not a
// request's own edit (the manual task's, the deadline settings) and by the queue's loader: the dialog is held
// with what was typed and its own Retry Now, the change is saved once when the connection is back and never
// twice (its COMMIT's answer lost through a relay), and a loader that cannot reach the workspace brings up
// the banner and reads again after, not an error.
class TestHeldChanges : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void completedTaskIsSavedOnce_data();
    void completedTaskIsSavedOnce();
    void deadlineSettingsAreSavedOnce_data();
    void deadlineSettingsAreSavedOnce();
    void approvalIsSavedOnce_data();
    void approvalIsSavedOnce();
    void approvalReadsThePlansOnceBack();
    void officerKeyIsRegisteredOnce_data();
    void officerKeyIsRegisteredOnce();
    void approvalClosedWhileHeldIsTold_data();
    void approvalClosedWhileHeldIsTold();
    void officerKeyClosedWhileHeldIsTold_data();
    void officerKeyClosedWhileHeldIsTold();
    void approvalClosedWhileHeldSettledAtNextOpening_data();
    void approvalClosedWhileHeldSettledAtNextOpening();
    void officerKeyClosedWhileHeldSettledAtNextOpening_data();
    void officerKeyClosedWhileHeldSettledAtNextOpening();
    void approvalClosedOnItsWayIsTold_data();
    void approvalClosedOnItsWayIsTold();
    void officerKeyClosedOnItsWayIsTold_data();
    void officerKeyClosedOnItsWayIsTold();
    void resumeOfferedAsTheWorkspaceOpens_data();
    void resumeOfferedAsTheWorkspaceOpens();
    void reportsReadAgainOnceBack();
    void resumeOfferedAgainOnceBack();
    void queueLoaderSaysTheConnectionIsLost_data();
    void queueLoaderSaysTheConnectionIsLost();
    void auditCheckIsNotBrokenByALostConnection_data();
    void auditCheckIsNotBrokenByALostConnection();

private:
    // A workspace on the scratch PostgreSQL database reached through m_relay, or a SQLite one in
    // m_dir/share/ws; a request with one manual task; the window open on it, the request selected.
    void openWindow(bool postgres);
    qint64 count(const QString& sql, const QVariantList& values = {}) const;
    // The reconnection's own Retry Now, in `retry`, brings the connection back: settled, reconnected.
    bool reconnectWith(QPushButton* retry);
    // Four eyes on, dana and olga officers, and a plan of olga's for the request waiting for approval; the
    // approval dialog opened on it (Request › Approve Erasure Plan…). Returns the plan's digest.
    QString planWaitingForApproval();
    ApprovalDialog* openApproval();
    // The workspace goes away for what is sent next: on PostgreSQL the relay drops the connection at the
    // next COMMIT (`drop`), on SQLite the share holding the file is renamed away; back() undoes it.
    void loseTheWorkspace(bool postgres, CommitDropper::Drop drop);
    void back(bool postgres);
    // The window closed, the connection back, and a new window opened on the workspace (the program started
    // again): what it said it settled as the workspace opened.
    QStringList reopen(bool postgres);
    // A run of the request marked running and never finished (a killed erasure): resumable.
    void interruptedRun();
    // The approval dialog (Request › Approve Erasure Plan…) on a plan waiting for approval, the request's id
    // typed: Approve enabled. `digest`: the plan's.
    ApprovalDialog* approvalTyped(QString* digest);
    // Workspace › Officer Key…, read, and Create and Register pressed: its question, in `keys`.
    QMessageBox* askToRegister(QPointer<OfficerKeyDialog>& keys);
    // The window opened (openWindow), its officer key's registration sent and the workspace lost at it
    // (loseTheWorkspace): `keys` held.
    void registrationHeld(bool postgres, int drop, QPointer<OfficerKeyDialog>& keys);

    QTemporaryDir m_dir;
    std::unique_ptr<test::ScratchDatabase> m_db;
    std::unique_ptr<CommitDropper> m_relay;
    ConnectionParams m_params; // the workspace's database as the window reaches it
    QString m_folder;
    QString m_requestId;
    std::unique_ptr<FakeCredentialStore> m_credentials;
    std::unique_ptr<MainWindow> m_window;
};

void TestHeldChanges::initTestCase()
{
    test::isolate();
    qRegisterMetaType<MinisignKey>();
    QVERIFY(m_dir.isValid());
    if (!test::postgresConfigured())
        QFAIL(qPrintable(test::missingServerMessage("PostgreSQL")));
}

void TestHeldChanges::init()
{
    test::actAs(QStringLiteral("dana"));
}

void TestHeldChanges::cleanup()
{
    m_window.reset();
    m_credentials.reset();
    m_relay.reset();
    if (m_db) {
        SqlConnection server;
        if (server.open(test::postgresAdmin())) {
            QSqlQuery q(server.db());
            q.prepare(
                QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = ? "
                               "AND pid <> pg_backend_pid()"));
            q.addBindValue(m_db->params().database);
            q.exec();
        }
    }
    m_db.reset();
}

void TestHeldChanges::openWindow(bool postgres)
{
    static int n = 0;
    ++n;
    m_folder = m_dir.filePath(QStringLiteral("share%1/ws").arg(n));
    std::optional<ConnectionParams> server;
    if (postgres) {
        m_db = std::make_unique<test::ScratchDatabase>(test::postgresAdmin());
        QVERIFY2(m_db->ok(), qPrintable(m_db->error()));
        m_relay = std::make_unique<CommitDropper>(m_db->params().port);
        server = m_db->params();
        server->port = m_relay->port();
    }
    auto ws = Workspaces::create(m_folder, server);
    QVERIFY2(ws.ok(), ws.ok() ? "" : qPrintable(ws.error().message));
    m_params = ws->store;
    {
        auto store = WorkspaceStore::open(m_params, QStringLiteral("setup"));
        QVERIFY2(store.ok(), store.ok() ? "" : qPrintable(store.error().message));
        auto added = (*store)->addRequest(test::newRequest(RequestType::Erasure, QStringLiteral("Ann Lee"),
                                                           QStringLiteral("ann.lee@example.com")));
        QVERIFY(added.ok());
        m_requestId = added->humanId;
        QVERIFY((*store)
                    ->addTasks(m_requestId, {{QStringLiteral("shop"), QStringLiteral("Courier"),
                                              QStringLiteral("Ask the courier to delete the address")}})
                    .ok());
    }
    m_credentials = std::make_unique<FakeCredentialStore>();
    m_window = std::make_unique<MainWindow>(m_credentials.get());
    m_window->setReconnectSchedule({std::chrono::hours(1)}); // no attempt until one is asked for
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QSignalSpy loaded(m_window.get(), &MainWindow::queueLoaded);
    m_window->openWorkspace(m_folder);
    QVERIFY(loaded.wait(20000));
    QVERIFY(m_window->selectRequest(m_requestId));
}

qint64 TestHeldChanges::count(const QString& sql, const QVariantList& values) const
{
    SqlConnection c;
    ConnectionParams direct = m_params;
    if (m_db)
        direct = m_db->params(); // past the relay
    if (!c.open(direct))
        return -1;
    QSqlQuery q(c.db());
    q.prepare(sql);
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (!q.exec() || !q.next()) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return -1;
    }
    return q.value(0).toLongLong();
}

bool TestHeldChanges::reconnectWith(QPushButton* retry)
{
    QSignalSpy back(m_window.get(), &MainWindow::reconnected);
    if (!retry || !retry->isVisible() || !retry->isEnabled())
        return false;
    QTest::mouseClick(retry, Qt::LeftButton);
    return back.wait(20000) && !m_window->isConnectionLost();
}

void TestHeldChanges::loseTheWorkspace(bool postgres, CommitDropper::Drop drop)
{
    if (postgres) {
        m_relay->arm(drop);
        return;
    }
    const QString share = QFileInfo(QFileInfo(m_folder).absolutePath()).fileName();
    QVERIFY(QDir(m_dir.path()).rename(share, share + QStringLiteral("-away")));
}

void TestHeldChanges::back(bool postgres)
{
    if (postgres) {
        m_relay->arm(CommitDropper::Drop::Never);
        return;
    }
    const QString share = QFileInfo(QFileInfo(m_folder).absolutePath()).fileName();
    QVERIFY(QDir(m_dir.path()).rename(share + QStringLiteral("-away"), share));
}

QStringList TestHeldChanges::reopen(bool postgres)
{
    m_window.reset(); // closed before the connection is back
    back(postgres);
    m_window = std::make_unique<MainWindow>(m_credentials.get());
    m_window->setReconnectSchedule({std::chrono::hours(1)});
    m_window->show();
    if (!QTest::qWaitForWindowExposed(m_window.get()))
        return {QStringLiteral("not exposed")};
    QSignalSpy loaded(m_window.get(), &MainWindow::queueLoaded);
    QSignalSpy settled(m_window.get(), &MainWindow::heldItemsSettled);
    m_window->openWorkspace(m_folder);
    if (!loaded.wait(20000))
        return {QStringLiteral("not loaded")};
    return settled.isEmpty() ? QStringList() : settled.first().first().toStringList();
}

void TestHeldChanges::completedTaskIsSavedOnce_data()
{
    QTest::addColumn<int>("drop");
    QTest::addColumn<QString>("said");
    QTest::newRow("answer lost after COMMIT")
        << int(CommitDropper::Drop::AfterCommit) << "saved before the connection was lost";
    QTest::newRow("lost before COMMIT") << int(CommitDropper::Drop::BeforeCommit) << "Task done: Courier";
}

// Completing a manual task when the server goes away at its COMMIT: the dialog stays with the note, says the
// connection was lost and offers Retry Now; once back, the task is completed exactly once, whether or not the
// server had committed it.
void TestHeldChanges::completedTaskIsSavedOnce()
{
    QFETCH(int, drop);
    QFETCH(QString, said);
    openWindow(true);
    auto* tasks = m_window->findChild<ManualTaskList*>();
    QVERIFY(tasks);
    QTRY_COMPARE(tasks->tasks().size(), 1);
    const qint64 taskId = tasks->tasks().first().id;
    m_window->findChild<QAction*>(QStringLiteral("actionCompleteTask"))->trigger();
    QPointer<CompleteTaskDialog> dialog;
    QTRY_VERIFY((dialog = m_window->findChild<CompleteTaskDialog*>()) != nullptr && dialog->isVisible());
    const QString note = QStringLiteral("Asked the courier by mail; address deleted.");
    auto* edit = dialog->findChild<QPlainTextEdit*>(QStringLiteral("taskNoteEdit"));
    QTest::keyClicks(edit, note);

    QSignalSpy lost(m_window.get(), &MainWindow::connectionLost);
    m_relay->arm(CommitDropper::Drop(drop));
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QCOMPARE(m_relay->dropped(), 1);
    QCOMPARE(lost.size(), 1);
    QVERIFY(m_window->connectionBar()->isVisible());
    QVERIFY(dialog && dialog->isVisible());
    QVERIFY(dialog->isHeld());
    QVERIFY(!dialog->okButton()->isEnabled());
    QCOMPARE(edit->toPlainText(), note);
    QVERIFY2(dialog->problem().contains(QLatin1String("the connection to the workspace was lost")),
             qPrintable(dialog->problem()));

    QSignalSpy settled(m_window.get(), &MainWindow::pendingChangeSettled);
    QVERIFY(reconnectWith(dialog->retryButton()));
    QVERIFY(settled.size() == 1 || settled.wait(20000));
    QTRY_VERIFY(!dialog);
    QVERIFY2(m_window->messageBar()->text().contains(said), qPrintable(m_window->messageBar()->text()));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE request_id = ? AND action = ?"),
                   {m_requestId, QStringLiteral("task.complete")}),
             1);
    QCOMPARE(
        count(QStringLiteral("SELECT COUNT(*) FROM manual_tasks WHERE id = ? AND done_by = ? AND note = ?"),
              {taskId, QStringLiteral("dana"), note}),
        1);
    QTRY_VERIFY(tasks->tasks().first().isDone()); // shown done
    QVERIFY(m_window->store()->audit().verify().ok);
}

void TestHeldChanges::deadlineSettingsAreSavedOnce_data()
{
    QTest::addColumn<int>("drop");
    QTest::addColumn<QString>("said");
    QTest::newRow("answer lost after COMMIT")
        << int(CommitDropper::Drop::AfterCommit) << "saved before the connection was lost";
    QTest::newRow("lost before COMMIT")
        << int(CommitDropper::Drop::BeforeCommit) << "Deadline settings saved.";
}

// The deadline settings, saved when the server goes away at the COMMIT: held with the choice made, then
// saved once.
void TestHeldChanges::deadlineSettingsAreSavedOnce()
{
    QFETCH(int, drop);
    QFETCH(QString, said);
    openWindow(true);
    const qint64 before = count(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action = ?"),
                                {QStringLiteral("settings.change")});
    m_window->findChild<QAction*>(QStringLiteral("actionDeadlineSettings"))->trigger();
    QPointer<DeadlineSettingsDialog> dialog;
    QTRY_VERIFY((dialog = m_window->findChild<DeadlineSettingsDialog*>()) != nullptr && dialog->isVisible());
    auto* calendar = dialog->findChild<QComboBox*>(QStringLiteral("establishedInCombo"));
    calendar->setCurrentIndex(calendar->findData(QStringLiteral("LT")));

    m_relay->arm(CommitDropper::Drop(drop));
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QCOMPARE(m_relay->dropped(), 1);
    QVERIFY(m_window->isConnectionLost());
    QVERIFY(dialog && dialog->isVisible() && dialog->isHeld());
    QCOMPARE(calendar->currentData().toString(), QStringLiteral("LT"));
    QVERIFY2(dialog->problem().contains(QLatin1String("the connection to the workspace was lost")),
             qPrintable(dialog->problem()));

    QVERIFY(reconnectWith(dialog->retryButton()));
    QTRY_VERIFY(!dialog);
    QVERIFY2(m_window->messageBar()->text().contains(said), qPrintable(m_window->messageBar()->text()));
    QCOMPARE(m_window->store()->deadlineSettings()->establishedIn, QStringLiteral("LT"));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action = ?"),
                   {QStringLiteral("settings.change")}),
             before + 1);
}

QString TestHeldChanges::planWaitingForApproval()
{
    auto olga = WorkspaceStore::open(m_params, QStringLiteral("olga"));
    if (!olga)
        return {};
    ErasureStore erasures(**olga);
    const QString digest(64, QLatin1Char('a'));
    if (!test::fourEyesOfficers(**olga, {QStringLiteral("olga"), QStringLiteral("dana")}) ||
        !(*olga)->transition(m_requestId, RequestStatus::Verified))
        return {};
    auto request = (*olga)->request(m_requestId);
    if (!request || !erasures.savePlan(*request, digest, QByteArray("{}"), QJsonObject{{"delete_rows", 2}}))
        return {};
    return digest;
}

ApprovalDialog* TestHeldChanges::approvalTyped(QString* digest)
{
    *digest = planWaitingForApproval();
    ApprovalDialog* dialog = digest->isEmpty() ? nullptr : openApproval();
    if (!dialog)
        return nullptr;
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("approvalConfirmEdit")), m_requestId);
    return dialog->findChild<QPushButton*>(QStringLiteral("approveButton"))->isEnabled() ? dialog : nullptr;
}

void TestHeldChanges::registrationHeld(bool postgres, int drop, QPointer<OfficerKeyDialog>& keys)
{
    openWindow(postgres);
    QMessageBox* question = askToRegister(keys);
    QVERIFY(question);
    QSignalSpy lost(m_window.get(), &MainWindow::connectionLost);
    loseTheWorkspace(postgres, CommitDropper::Drop(drop));
    QTest::mouseClick(question->button(QMessageBox::Ok), Qt::LeftButton);
    QVERIFY(lost.size() == 1 || lost.wait(20000));
    QTRY_VERIFY(keys->isHeld());
}

QMessageBox* TestHeldChanges::askToRegister(QPointer<OfficerKeyDialog>& keys)
{
    m_window->findChild<QAction*>(QStringLiteral("actionOfficerKey"))->trigger();
    if (!QTest::qWaitFor(
            [&] { return (keys = m_window->findChild<OfficerKeyDialog*>()) && keys->isVisible(); }, 5000) ||
        !QTest::qWaitFor([&] { return !keys->busy(); }, 20000))
        return nullptr;
    QTest::mouseClick(keys->findChild<QPushButton*>(QStringLiteral("registerKeyButton")), Qt::LeftButton);
    QMessageBox* question = nullptr;
    const bool asked = QTest::qWaitFor(
        [&] { return (question = keys->findChild<QMessageBox*>(QStringLiteral("registerKeyQuestion"))); },
        5000);
    return asked ? question : nullptr;
}

ApprovalDialog* TestHeldChanges::openApproval()
{
    m_window->findChild<QAction*>(QStringLiteral("actionApprove"))->trigger();
    ApprovalDialog* dialog = nullptr;
    if (!QTest::qWaitFor(
            [&] { return (dialog = m_window->findChild<ApprovalDialog*>()) && dialog->isVisible(); }, 5000) ||
        !QTest::qWaitFor([&] { return !dialog->busy(); }, 20000))
        return nullptr;
    return dialog;
}

void TestHeldChanges::approvalIsSavedOnce_data()
{
    QTest::addColumn<int>("drop");
    QTest::addColumn<QString>("said");
    QTest::newRow("answer lost after COMMIT")
        << int(CommitDropper::Drop::AfterCommit) << "was approved before the connection was lost";
    QTest::newRow("lost before COMMIT") << int(CommitDropper::Drop::BeforeCommit) << "approved. An officer";
}

// The second officer approves when the server goes away at the approval's COMMIT: the dialog stays with the
// request's id typed, says the connection was lost, brings up the window's banner and has its own Retry Now;
// once back it reads the stored run first, so an approval whose answer was lost is not sent (and audited)
// again, and one that was not saved is sent once.
void TestHeldChanges::approvalIsSavedOnce()
{
    QFETCH(int, drop);
    QFETCH(QString, said);
    openWindow(true);
    const QString digest = planWaitingForApproval();
    QVERIFY(!digest.isEmpty());
    QPointer<ApprovalDialog> dialog = openApproval();
    QVERIFY(dialog);
    QCOMPARE(dialog->approvals().plans.size(), 1);
    auto* confirm = dialog->findChild<QLineEdit*>(QStringLiteral("approvalConfirmEdit"));
    auto* approve = dialog->findChild<QPushButton*>(QStringLiteral("approveButton"));
    QTest::keyClicks(confirm, m_requestId);
    QVERIFY(approve->isEnabled());

    QSignalSpy lost(m_window.get(), &MainWindow::connectionLost);
    m_relay->arm(CommitDropper::Drop(drop));
    QTest::mouseClick(approve, Qt::LeftButton);
    QVERIFY(lost.wait(20000));
    QCOMPARE(m_relay->dropped(), 1);
    m_relay->arm(CommitDropper::Drop::Never);
    QVERIFY(m_window->isConnectionLost());
    QVERIFY(m_window->connectionBar()->isVisible());
    QVERIFY(dialog && dialog->isVisible() && dialog->isHeld());
    QCOMPARE(confirm->text(), m_requestId); // what was typed stays
    QVERIFY(!approve->isEnabled());
    QCOMPARE(dialog->messageBar()->kind(), MessageBar::Kind::Warning);
    QVERIFY2(dialog->messageBar()->text().contains(QLatin1String("the connection to the workspace was lost")),
             qPrintable(dialog->messageBar()->text()));

    QSignalSpy approved(m_window.get(), &MainWindow::erasurePlanApproved);
    QVERIFY(reconnectWith(dialog->messageBar()->actionButton()));
    QVERIFY(approved.size() == 1 || approved.wait(20000));
    QTRY_VERIFY(!dialog);
    QVERIFY2(m_window->messageBar()->text().contains(said), qPrintable(m_window->messageBar()->text()));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE request_id = ? AND action = ?"),
                   {m_requestId, QStringLiteral("erasure.approve")}),
             1);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM erasure_runs WHERE request_id = (SELECT id FROM "
                                  "requests WHERE human_id = ?) AND digest = ? AND "
                                  "state = 'approved' AND approved_by = ?"),
                   {m_requestId, digest, QStringLiteral("dana")}),
             1);
    QVERIFY(m_window->store()->audit().verify().ok);
}

// The server cannot be reached as the approval dialog reads the plans: the banner, a held dialog with its
// own Retry Now, not an error; once back, the plans are read and may be approved.
void TestHeldChanges::approvalReadsThePlansOnceBack()
{
    openWindow(true);
    const QString digest = planWaitingForApproval();
    QVERIFY(!digest.isEmpty());
    m_relay->refuse(true);
    QSignalSpy lost(m_window.get(), &MainWindow::connectionLost);
    QPointer<ApprovalDialog> dialog = openApproval();
    QVERIFY(dialog);
    QVERIFY(lost.size() == 1 || lost.wait(20000));
    QVERIFY(m_window->connectionBar()->isVisible());
    QVERIFY(dialog->isHeld());
    QCOMPARE(dialog->messageBar()->kind(), MessageBar::Kind::Warning);
    QVERIFY2(dialog->messageBar()->text().contains(QLatin1String("the connection to the workspace was lost")),
             qPrintable(dialog->messageBar()->text()));
    QVERIFY(!dialog->findChild<QPushButton*>(QStringLiteral("approveButton"))->isVisible());

    m_relay->refuse(false);
    QSignalSpy loaded(dialog.data(), &ApprovalDialog::loaded);
    QVERIFY(reconnectWith(dialog->messageBar()->actionButton()));
    QVERIFY(loaded.size() == 1 || loaded.wait(20000));
    QVERIFY(!dialog->isHeld());
    QCOMPARE(dialog->approvals().plans.size(), 1);
    QCOMPARE(dialog->findChild<QLabel*>(QStringLiteral("approvalDigest"))->text(), digest);
    auto* approve = dialog->findChild<QPushButton*>(QStringLiteral("approveButton"));
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("approvalConfirmEdit")), m_requestId);
    QVERIFY(approve->isEnabled());
    QSignalSpy approved(m_window.get(), &MainWindow::erasurePlanApproved);
    QTest::mouseClick(approve, Qt::LeftButton);
    QVERIFY(approved.wait(20000));
}

void TestHeldChanges::officerKeyIsRegisteredOnce_data()
{
    QTest::addColumn<int>("drop");
    QTest::newRow("answer lost after COMMIT") << int(CommitDropper::Drop::AfterCommit);
    QTest::newRow("lost before COMMIT") << int(CommitDropper::Drop::BeforeCommit);
}

// Workspace › Officer Key…, registering when the server goes away at the COMMIT: the dialog is held with its
// own Retry Now and the window's banner; once back the key made in the keychain is registered, once.
void TestHeldChanges::officerKeyIsRegisteredOnce()
{
    QFETCH(int, drop);
    openWindow(true);
    m_window->findChild<QAction*>(QStringLiteral("actionOfficerKey"))->trigger();
    QPointer<OfficerKeyDialog> keys;
    QTRY_VERIFY((keys = m_window->findChild<OfficerKeyDialog*>()) != nullptr && keys->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(!keys->busy(), 20000);
    QVERIFY(!keys->registered().has_value());
    QTest::mouseClick(keys->findChild<QPushButton*>(QStringLiteral("registerKeyButton")), Qt::LeftButton);
    QMessageBox* question = nullptr;
    QTRY_VERIFY((question = keys->findChild<QMessageBox*>(QStringLiteral("registerKeyQuestion"))) != nullptr);
    QSignalSpy lost(m_window.get(), &MainWindow::connectionLost);
    m_relay->arm(CommitDropper::Drop(drop));
    QTest::mouseClick(question->button(QMessageBox::Ok), Qt::LeftButton);
    QVERIFY(lost.wait(20000));
    QCOMPARE(m_relay->dropped(), 1);
    m_relay->arm(CommitDropper::Drop::Never);
    QVERIFY(m_window->connectionBar()->isVisible());
    QVERIFY(keys && keys->isVisible() && keys->isHeld());
    QCOMPARE(keys->messageBar()->kind(), MessageBar::Kind::Warning);
    QVERIFY2(keys->messageBar()->text().contains(QLatin1String("the connection to the workspace was lost")),
             qPrintable(keys->messageBar()->text()));
    QVERIFY(!keys->findChild<QPushButton*>(QStringLiteral("registerKeyButton"))->isEnabled());

    QSignalSpy registered(keys.data(), &OfficerKeyDialog::keyRegistered);
    QVERIFY(reconnectWith(keys->messageBar()->actionButton()));
    QVERIFY(registered.size() == 1 || registered.wait(20000));
    QTRY_VERIFY_WITH_TIMEOUT(!keys->busy() && keys->registered().has_value(), 20000);
    const auto key = registered.first().first().value<MinisignKey>();
    QCOMPARE(keys->registered()->keyId, Minisign::keyIdHex(key.keyId));
    QVERIFY(!keys->isHeld());
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action = ?"),
                   {QStringLiteral("officer.key.register")}),
             1);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM officer_keys WHERE login = ? AND key_id = ?"),
                   {QStringLiteral("dana"), Minisign::keyIdHex(key.keyId)}),
             1);
    QVERIFY(m_window->store()->headSigner());
}

void TestHeldChanges::approvalClosedWhileHeldIsTold_data()
{
    QTest::addColumn<bool>("postgres");
    QTest::addColumn<int>("drop");
    QTest::addColumn<bool>("saved");
    QTest::addColumn<QString>("said");
    QTest::newRow("postgresql, answer lost after COMMIT")
        << true << int(CommitDropper::Drop::AfterCommit) << true << "had been saved before the connection";
    QTest::newRow("postgresql, lost before COMMIT")
        << true << int(CommitDropper::Drop::BeforeCommit) << false << "was not saved";
    QTest::newRow("sqlite, the share gone")
        << false << int(CommitDropper::Drop::Never) << false << "was not saved";
}

// The approval met a lost connection and the officer closes the held dialog: the window says at once that
// whether it was saved is not known yet and where to look, and once the connection is back reads the stored
// run and says which, the queue and detail following a saved one. Nothing is sent again, nothing dropped
// unsaid.
void TestHeldChanges::approvalClosedWhileHeldIsTold()
{
    QFETCH(bool, postgres);
    QFETCH(int, drop);
    QFETCH(bool, saved);
    QFETCH(QString, said);
    openWindow(postgres);
    QString digest;
    QPointer<ApprovalDialog> dialog = approvalTyped(&digest);
    QVERIFY(dialog);
    auto* approve = dialog->findChild<QPushButton*>(QStringLiteral("approveButton"));

    QSignalSpy lost(m_window.get(), &MainWindow::connectionLost);
    loseTheWorkspace(postgres, CommitDropper::Drop(drop));
    QTest::mouseClick(approve, Qt::LeftButton);
    QVERIFY(lost.size() == 1 || lost.wait(20000));
    QTRY_VERIFY(dialog->isHeld());
    if (postgres)
        QCOMPARE(m_relay->dropped(), 1);

    // Closed while held: said at once, not dropped.
    QSignalSpy approved(m_window.get(), &MainWindow::erasurePlanApproved);
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("closeButton")), Qt::LeftButton);
    QTRY_VERIFY(!dialog);
    MessageBar* bar = m_window->messageBar();
    QVERIFY(bar->isVisible());
    QVERIFY2(bar->text().contains(QLatin1String("whether it was saved is not known yet")),
             qPrintable(bar->text()));

    back(postgres);
    QSignalSpy settled(m_window.get(), &MainWindow::pendingChangeSettled);
    QSignalSpy reread(m_window.get(), &MainWindow::queueLoaded);
    QVERIFY(reconnectWith(m_window->connectionBar()->actionButton()));
    QVERIFY(settled.size() == 1 || settled.wait(20000));
    QCOMPARE(settled.first().first().toString(), m_requestId);
    QVERIFY2(bar->text().contains(said), qPrintable(bar->text()));
    QCOMPARE(bar->kind(), saved ? MessageBar::Kind::Success : MessageBar::Kind::Warning);
    QCOMPARE(approved.size(), saved ? 1 : 0);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE request_id = ? AND action = ?"),
                   {m_requestId, QStringLiteral("erasure.approve")}),
             saved ? 1 : 0);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM erasure_runs WHERE digest = ? AND state = ?"),
                   {digest, saved ? QStringLiteral("approved") : QStringLiteral("planned")}),
             1);
    // Not saved: it still waits, and may be approved from the window.
    if (!saved) {
        QVERIFY(reread.size() >= 1 || reread.wait(20000)); // the queue read again after reconnecting
        QVERIFY(m_window->selectRequest(m_requestId));
        dialog = openApproval();
        QVERIFY(dialog);
        QCOMPARE(dialog->approvals().plans.size(), 1);
        dialog->close();
    }
}

void TestHeldChanges::officerKeyClosedWhileHeldIsTold_data()
{
    approvalClosedWhileHeldIsTold_data();
}

// Workspace › Officer Key…: the registration met a lost connection and the dialog is closed while held: the
// window says whether it is known, and once back whether the key was registered (then the window signs with
// it) or not (it stays in the keychain).
void TestHeldChanges::officerKeyClosedWhileHeldIsTold()
{
    QFETCH(bool, postgres);
    QFETCH(int, drop);
    QFETCH(bool, saved);
    QPointer<OfficerKeyDialog> keys;
    registrationHeld(postgres, drop, keys);
    if (QTest::currentTestFailed())
        return;
    if (postgres)
        QCOMPARE(m_relay->dropped(), 1);

    QTest::mouseClick(keys->findChild<QPushButton*>(QStringLiteral("closeButton")), Qt::LeftButton);
    QTRY_VERIFY(!keys);
    MessageBar* bar = m_window->messageBar();
    QVERIFY2(bar->isVisible() && bar->text().contains(QLatin1String("is not known yet")),
             qPrintable(bar->text()));

    back(postgres);
    QSignalSpy settled(m_window.get(), &MainWindow::pendingChangeSettled);
    QVERIFY(reconnectWith(m_window->connectionBar()->actionButton()));
    QVERIFY(settled.size() == 1 || settled.wait(20000));
    QVERIFY2(bar->text().contains(saved ? QLatin1String("had been registered before the connection")
                                        : QLatin1String("was not registered")),
             qPrintable(bar->text()));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action = ?"),
                   {QStringLiteral("officer.key.register")}),
             saved ? 1 : 0);
    QCOMPARE(
        count(QStringLiteral("SELECT COUNT(*) FROM officer_keys WHERE login = ?"), {QStringLiteral("dana")}),
        saved ? 1 : 0);
    QCOMPARE(bool(m_window->store()->headSigner()), saved); // a registered key signs from now on
    QVERIFY(m_window->store()->audit().verify().ok);
}

void TestHeldChanges::approvalClosedWhileHeldSettledAtNextOpening_data()
{
    approvalClosedWhileHeldIsTold_data();
}

// The approval's dialog closed while held, and then the window too, before the connection was back: the next
// window on the workspace reads the plan's fate by its digest and says which; nothing approved twice, nothing
// left held.
void TestHeldChanges::approvalClosedWhileHeldSettledAtNextOpening()
{
    QFETCH(bool, postgres);
    QFETCH(int, drop);
    QFETCH(bool, saved);
    QFETCH(QString, said);
    openWindow(postgres);
    QString digest;
    QPointer<ApprovalDialog> dialog = approvalTyped(&digest);
    QVERIFY(dialog);
    QSignalSpy lost(m_window.get(), &MainWindow::connectionLost);
    loseTheWorkspace(postgres, CommitDropper::Drop(drop));
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("approveButton")), Qt::LeftButton);
    QVERIFY(lost.size() == 1 || lost.wait(20000));
    QTRY_VERIFY(dialog->isHeld());
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("closeButton")), Qt::LeftButton);
    QTRY_VERIFY(!dialog);

    const QStringList told = reopen(postgres);
    QCOMPARE(told.size(), 1);
    QVERIFY2(told.first().contains(said) && told.first().contains(digest.left(16)), qPrintable(told.first()));
    QVERIFY2(m_window->messageBar()->text().contains(told.first()),
             qPrintable(m_window->messageBar()->text()));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE request_id = ? AND action = ?"),
                   {m_requestId, QStringLiteral("erasure.approve")}),
             saved ? 1 : 0);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM erasure_runs WHERE digest = ? AND state = ?"),
                   {digest, saved ? QStringLiteral("approved") : QStringLiteral("planned")}),
             1);
    auto items = HeldItems(m_folder).items();
    QVERIFY(items && items->isEmpty());
    QVERIFY(m_window->store()->audit().verify().ok);
}

void TestHeldChanges::officerKeyClosedWhileHeldSettledAtNextOpening_data()
{
    approvalClosedWhileHeldIsTold_data();
}

// Officer Key closed while its registration was held, and then the window, before the connection was back:
// the next window reads by the key's id whether it was registered and says which; a registered key signs.
void TestHeldChanges::officerKeyClosedWhileHeldSettledAtNextOpening()
{
    QFETCH(bool, postgres);
    QFETCH(int, drop);
    QFETCH(bool, saved);
    QPointer<OfficerKeyDialog> keys;
    registrationHeld(postgres, drop, keys);
    if (QTest::currentTestFailed())
        return;
    QTest::mouseClick(keys->findChild<QPushButton*>(QStringLiteral("closeButton")), Qt::LeftButton);
    QTRY_VERIFY(!keys);

    const QStringList told = reopen(postgres);
    QCOMPARE(told.size(), 1);
    QVERIFY2(told.first().contains(saved ? QLatin1String("had been registered before the connection")
                                         : QLatin1String("was not registered")),
             qPrintable(told.first()));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action = ?"),
                   {QStringLiteral("officer.key.register")}),
             saved ? 1 : 0);
    QCOMPARE(bool(m_window->store()->headSigner()), saved); // a registered key signs
    auto items = HeldItems(m_folder).items();
    QVERIFY(items && items->isEmpty());
    QVERIFY(m_window->store()->audit().verify().ok);
}

void TestHeldChanges::approvalClosedOnItsWayIsTold_data()
{
    QTest::addColumn<bool>("lost");
    QTest::newRow("answered once closed") << false;
    QTest::newRow("the connection ended while it waited") << true;
}

// The approval is on its way (waiting for a lock another session holds) when the officer closes the dialog:
// it is not dropped. Answered, the window says it was approved; its connection ended meanwhile, the window
// says its fate is not known yet and, once back, that it was not saved.
void TestHeldChanges::approvalClosedOnItsWayIsTold()
{
    QFETCH(bool, lost);
    openWindow(true);
    QString digest;
    QPointer<ApprovalDialog> dialog = approvalTyped(&digest);
    QVERIFY(dialog);
    auto* approve = dialog->findChild<QPushButton*>(QStringLiteral("approveButton"));
    test::TableLock lock(m_db->params(), QStringLiteral("erasure_runs"));
    QVERIFY2(lock.ok(), qPrintable(lock.error()));
    QTest::mouseClick(approve, Qt::LeftButton);
    QVERIFY(lock.waitForWaiter());
    QVERIFY(dialog->busy());

    QSignalSpy approved(m_window.get(), &MainWindow::erasurePlanApproved);
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("closeButton")), Qt::LeftButton);
    QCoreApplication::sendPostedEvents(nullptr,
                                       QEvent::DeferredDelete); // as the window's own event loop would
    QVERIFY(dialog && !dialog->isVisible());                    // out of the way, its answer still to be told
    MessageBar* bar = m_window->messageBar();
    if (!lost) {
        lock.release();
        QVERIFY(approved.wait(20000));
        QTRY_VERIFY(!dialog);
        QVERIFY2(bar->text().contains(QLatin1String("approved. An officer")), qPrintable(bar->text()));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM erasure_runs WHERE digest = ? AND state = ?"),
                       {digest, QStringLiteral("approved")}),
                 1);
        return;
    }
    QSignalSpy connectionLost(m_window.get(), &MainWindow::connectionLost);
    QVERIFY(lock.endWaiters() >= 1);
    QVERIFY(connectionLost.wait(20000));
    QTRY_VERIFY(!dialog);
    QVERIFY2(bar->text().contains(QLatin1String("whether it was saved is not known yet")),
             qPrintable(bar->text()));
    QSignalSpy settled(m_window.get(), &MainWindow::pendingChangeSettled);
    QVERIFY(reconnectWith(m_window->connectionBar()->actionButton()));
    QVERIFY(settled.size() == 1 || settled.wait(20000));
    QVERIFY2(bar->text().contains(QLatin1String("was not saved")), qPrintable(bar->text()));
    QCOMPARE(approved.size(), 0);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM erasure_runs WHERE digest = ? AND state = ?"),
                   {digest, QStringLiteral("planned")}),
             1);
}

void TestHeldChanges::officerKeyClosedOnItsWayIsTold_data()
{
    approvalClosedOnItsWayIsTold_data();
}

// Workspace › Officer Key… closed while the registration waits for a lock: answered, the window says the key
// is registered and signs with it; its connection ended meanwhile, the window tells its fate once back.
void TestHeldChanges::officerKeyClosedOnItsWayIsTold()
{
    QFETCH(bool, lost);
    openWindow(true);
    QPointer<OfficerKeyDialog> keys;
    QMessageBox* question = askToRegister(keys);
    QVERIFY(question);
    test::TableLock lock(m_db->params(), QStringLiteral("officer_keys"));
    QVERIFY2(lock.ok(), qPrintable(lock.error()));
    QTest::mouseClick(question->button(QMessageBox::Ok), Qt::LeftButton);
    QVERIFY(lock.waitForWaiter());

    QTest::mouseClick(keys->findChild<QPushButton*>(QStringLiteral("closeButton")), Qt::LeftButton);
    QCoreApplication::sendPostedEvents(nullptr,
                                       QEvent::DeferredDelete); // as the window's own event loop would
    QVERIFY(keys && !keys->isVisible());
    MessageBar* bar = m_window->messageBar();
    if (!lost) {
        lock.release();
        QTRY_VERIFY_WITH_TIMEOUT(!keys, 20000);
        QVERIFY2(bar->text().contains(QLatin1String("is registered and in this computer's keychain")),
                 qPrintable(bar->text()));
        QVERIFY(m_window->store()->headSigner());
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM officer_keys WHERE login = ?"),
                       {QStringLiteral("dana")}),
                 1);
        return;
    }
    QSignalSpy connectionLost(m_window.get(), &MainWindow::connectionLost);
    QVERIFY(lock.endWaiters() >= 1);
    QVERIFY(connectionLost.wait(20000));
    QTRY_VERIFY(!keys);
    QVERIFY2(bar->text().contains(QLatin1String("is not known yet")), qPrintable(bar->text()));
    QSignalSpy settled(m_window.get(), &MainWindow::pendingChangeSettled);
    QVERIFY(reconnectWith(m_window->connectionBar()->actionButton()));
    QVERIFY(settled.size() == 1 || settled.wait(20000));
    QVERIFY2(bar->text().contains(QLatin1String("was not registered")), qPrintable(bar->text()));
    QVERIFY(!m_window->store()->headSigner());
    QCOMPARE(
        count(QStringLiteral("SELECT COUNT(*) FROM officer_keys WHERE login = ?"), {QStringLiteral("dana")}),
        0);
}

void TestHeldChanges::interruptedRun()
{
    auto dana = WorkspaceStore::open(m_params, QStringLiteral("dana"));
    QVERIFY(dana.ok());
    auto started = test::interruptedRun(**dana, m_requestId, QString(64, QLatin1Char('b')));
    QVERIFY2(started.ok(), started.ok() ? "" : qPrintable(started.error().message));
}

void TestHeldChanges::resumeOfferedAsTheWorkspaceOpens_data()
{
    QTest::addColumn<bool>("postgres");
    QTest::addColumn<bool>("lostAtOpen");
    QTest::newRow("sqlite") << false << false;
    QTest::newRow("postgresql") << true << false;
    QTest::newRow("postgresql, the connection lost as it opens") << true << true;
}

// A run interrupted (the program killed mid-erasure): opening the workspace again offers Resume. When the
// connection is lost just as the erasures to resume are read, the banner says so, not an error, and the
// offer is made once the connection is back.
void TestHeldChanges::resumeOfferedAsTheWorkspaceOpens()
{
    QFETCH(bool, postgres);
    QFETCH(bool, lostAtOpen);
    openWindow(postgres);
    interruptedRun();
    MessageBar* bar = m_window->messageBar();
    QVERIFY(!bar->isVisible() || !bar->text().contains(QLatin1String("stopped before it finished")));

    QSignalSpy loaded(m_window.get(), &MainWindow::queueLoaded);
    QSignalSpy lost(m_window.get(), &MainWindow::connectionLost);
    if (lostAtOpen) // the window's own connection goes as it reads the erasures to resume
        m_relay->arm(CommitDropper::Drop::AtText, "e.state IN ('running', 'cancelled', 'failed')");
    m_window->openWorkspace(m_folder);
    QVERIFY(loaded.wait(20000));
    if (!lostAtOpen) {
        QTRY_VERIFY(bar->isVisible() && bar->text().contains(QLatin1String("stopped before it finished")));
        QVERIFY(bar->actionButton() && bar->actionButton()->isVisible());
        QCOMPARE(lost.size(), 0);
        return;
    }
    QCOMPARE(m_relay->dropped(), 1);
    QVERIFY(lost.size() == 1 || lost.wait(20000));
    QVERIFY(m_window->isConnectionLost());
    QVERIFY(m_window->connectionBar()->isVisible());
    QVERIFY2(!bar->isVisible() || bar->kind() != MessageBar::Kind::Error, qPrintable(bar->text()));
    QVERIFY2(!bar->isVisible() || !bar->text().contains(QLatin1String("stopped before it finished")),
             qPrintable(bar->text()));

    QVERIFY(reconnectWith(m_window->connectionBar()->actionButton()));
    QTRY_VERIFY(bar->isVisible() && bar->text().contains(QLatin1String("stopped before it finished")));
    QVERIFY(bar->actionButton()->isVisible());
}

// The reports window reading the requests when the server cannot be reached: the window's banner, not "The
// requests cannot be read"; once back, read again, with what was added meanwhile.
void TestHeldChanges::reportsReadAgainOnceBack()
{
    openWindow(true);
    m_window->findChild<QAction*>(QStringLiteral("actionReports"))->trigger();
    QPointer<ReportsWindow> reports = m_window->findChild<ReportsWindow*>();
    QVERIFY(reports);
    QTRY_VERIFY_WITH_TIMEOUT(reports->isLoaded(), 20000);
    const int before = int(reports->metrics().total.counts.received);
    m_relay->refuse(true); // the window's own connection stays: only the report's new one is refused
    QSignalSpy lost(m_window.get(), &MainWindow::connectionLost);
    reports->reload();
    QVERIFY(lost.wait(20000));
    QVERIFY(reports->isWaitingForConnection());
    QVERIFY(m_window->connectionBar()->isVisible());
    auto* status = reports->findChild<QLabel*>(QStringLiteral("reportStatus"));
    QVERIFY(status);
    QVERIFY2(!status->text().contains(QLatin1String("cannot be read")), qPrintable(status->text()));

    {
        ConnectionParams direct = m_db->params();
        auto other = WorkspaceStore::open(direct, QStringLiteral("olga"));
        QVERIFY(other.ok());
        QVERIFY((*other)
                    ->addRequest(test::newRequest(RequestType::Access, QStringLiteral("Ben Ode"),
                                                  QStringLiteral("ben@example.com")))
                    .ok());
    }
    m_relay->refuse(false);
    QSignalSpy loaded(reports.data(), &ReportsWindow::loaded);
    QVERIFY(reconnectWith(m_window->connectionBar()->actionButton()));
    QVERIFY(loaded.size() >= 1 || loaded.wait(20000));
    QVERIFY(!reports->isWaitingForConnection());
    QCOMPARE(int(reports->metrics().total.counts.received), before + 1);
}

// An erasure that stopped is offered for resuming as the workspace opens; Resume pressed when the connection
// is gone brings up the banner, not an error, and the offer is made again once the connection is back.
void TestHeldChanges::resumeOfferedAgainOnceBack()
{
    openWindow(true);
    interruptedRun();
    QSignalSpy loaded(m_window.get(), &MainWindow::queueLoaded);
    m_window->openWorkspace(m_folder); // opened again: the offer is made
    QVERIFY(loaded.wait(20000));
    MessageBar* bar = m_window->messageBar();
    QTRY_VERIFY(bar->isVisible() && bar->text().contains(QLatin1String("stopped before it finished")));
    QPushButton* resume = bar->actionButton();
    QVERIFY(resume && resume->isVisible());

    m_relay->refuse(true);
    m_relay->cutAll();
    QTest::mouseClick(resume, Qt::LeftButton);
    QVERIFY(m_window->isConnectionLost());
    QVERIFY(!m_window->findChild<QDialog*>(QStringLiteral("erasureWizard")));
    QVERIFY2(!bar->isVisible() || bar->kind() != MessageBar::Kind::Error, qPrintable(bar->text()));
    QVERIFY(m_window->connectionBar()->isVisible());

    m_relay->refuse(false);
    QVERIFY(reconnectWith(m_window->connectionBar()->actionButton()));
    QTRY_VERIFY(bar->isVisible() && bar->text().contains(QLatin1String("stopped before it finished")));
    QVERIFY(bar->actionButton()->isVisible());
}

void TestHeldChanges::queueLoaderSaysTheConnectionIsLost_data()
{
    QTest::addColumn<bool>("postgres");
    QTest::newRow("sqlite, the share gone") << false;
    QTest::newRow("postgresql, the server unreachable") << true;
}

// Reading the queue again (F5) when the workspace cannot be reached: the banner and its retries, not an
// error; once back, the queue is read again, with what another desk added meanwhile.
void TestHeldChanges::queueLoaderSaysTheConnectionIsLost()
{
    QFETCH(bool, postgres);
    openWindow(postgres);
    const QString share = QFileInfo(QFileInfo(m_folder).absolutePath()).fileName();
    QDir parent(m_dir.path());
    if (postgres) {
        m_relay->refuse(true);
        m_relay->cutAll();
    } else {
        QVERIFY(parent.rename(share, share + QStringLiteral("-away")));
    }
    QSignalSpy lost(m_window.get(), &MainWindow::connectionLost);
    m_window->findChild<QAction*>(QStringLiteral("actionReload"))->trigger();
    QVERIFY(lost.wait(20000));
    MessageBar* banner = m_window->connectionBar();
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(QLatin1String("The connection to the workspace was lost")),
             qPrintable(banner->text()));
    QVERIFY2(!m_window->messageBar()->isVisible() ||
                 !m_window->messageBar()->text().contains(QLatin1String("could not be loaded")),
             qPrintable(m_window->messageBar()->text()));
    if (!postgres)
        QVERIFY(!QFileInfo::exists(m_params.path)); // no empty workspace made in its place
    {
        // Another desk, which still reaches the workspace, adds a request meanwhile.
        ConnectionParams other = postgres ? m_db->params() : m_params;
        if (!postgres)
            other.path.replace(QLatin1Char('/') + share + QLatin1Char('/'),
                               QLatin1Char('/') + share + QStringLiteral("-away/"));
        auto olga = WorkspaceStore::open(other, QStringLiteral("olga"));
        QVERIFY2(olga.ok(), olga.ok() ? "" : qPrintable(olga.error().message));
        QVERIFY((*olga)
                    ->addRequest(test::newRequest(RequestType::Access, QStringLiteral("Cy Dorn"),
                                                  QStringLiteral("cy.dorn@example.com")))
                    .ok());
    }

    if (postgres)
        m_relay->refuse(false);
    else
        QVERIFY(parent.rename(share + QStringLiteral("-away"), share));
    QSignalSpy loaded(m_window.get(), &MainWindow::queueLoaded);
    QVERIFY(reconnectWith(banner->actionButton()));
    QVERIFY(loaded.size() == 1 || loaded.wait(20000));
    QCOMPARE(loaded.last().first().toLongLong(), 2); // with the other desk's request: nothing lost
    QCOMPARE(m_window->model()->rowCount(), 2);
}

void TestHeldChanges::auditCheckIsNotBrokenByALostConnection_data()
{
    queueLoaderSaysTheConnectionIsLost_data();
}

// Tools › Verify Audit Log when the workspace cannot be reached: a lost connection in the banner, never
// "Audit log BROKEN"; once back, the check runs again and finds the log intact.
void TestHeldChanges::auditCheckIsNotBrokenByALostConnection()
{
    QFETCH(bool, postgres);
    openWindow(postgres);
    const QString share = QFileInfo(QFileInfo(m_folder).absolutePath()).fileName();
    QDir parent(m_dir.path());
    if (postgres) {
        m_relay->refuse(true);
        m_relay->cutAll();
    } else {
        QVERIFY(parent.rename(share, share + QStringLiteral("-away")));
    }
    QSignalSpy lost(m_window.get(), &MainWindow::connectionLost);
    QSignalSpy verified(m_window.get(), &MainWindow::auditVerified);
    m_window->findChild<QAction*>(QStringLiteral("actionVerifyAudit"))->trigger();
    QVERIFY(lost.wait(20000));
    QVERIFY(m_window->connectionBar()->isVisible());
    QCOMPARE(verified.size(), 0);
    QVERIFY2(!m_window->messageBar()->isVisible() ||
                 !m_window->messageBar()->text().contains(QLatin1String("BROKEN")),
             qPrintable(m_window->messageBar()->text()));

    if (postgres)
        m_relay->refuse(false);
    else
        QVERIFY(parent.rename(share + QStringLiteral("-away"), share));
    QVERIFY(reconnectWith(m_window->connectionBar()->actionButton()));
    QVERIFY(verified.size() == 1 || verified.wait(20000));
    QCOMPARE(verified.size(), 1);
    QVERIFY(verified.first().first().toBool());
    QVERIFY2(m_window->messageBar()->text().contains(QLatin1String("Audit log intact")),
             qPrintable(m_window->messageBar()->text()));
}

QTEST_MAIN(TestHeldChanges)
#include "tst_heldchanges.moc"
