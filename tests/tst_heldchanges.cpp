#include "CommitDropper.h"
#include "CompleteTaskDialog.h"
#include "DeadlineSettingsDialog.h"
#include "FakeCredentialStore.h"
#include "MainWindow.h"
#include "ManualTaskList.h"
#include "MessageBar.h"
#include "RequestQueueModel.h"
#include "TestSupport.h"
#include "Workspace.h"
#include "WorkspaceStore.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
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
        NewRequest r;
        r.type = RequestType::Erasure;
        r.regulation = Regulation::Gdpr;
        r.received = QDate::currentDate();
        r.subjectName = QStringLiteral("Ann Lee");
        r.identities = {{IdentityKind::Email, QStringLiteral("ann.lee@example.com")}};
        auto added = (*store)->addRequest(r);
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

void TestHeldChanges::queueLoaderSaysTheConnectionIsLost_data()
{
    QTest::addColumn<bool>("postgres");
    QTest::newRow("sqlite, the share gone") << false;
    QTest::newRow("postgresql, the server unreachable") << true;
}

// Reading the queue again (F5) when the workspace cannot be reached: the banner and its retries, not an
// error; once back, the queue is read again.
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

    if (postgres)
        m_relay->refuse(false);
    else
        QVERIFY(parent.rename(share + QStringLiteral("-away"), share));
    QSignalSpy loaded(m_window.get(), &MainWindow::queueLoaded);
    QVERIFY(reconnectWith(banner->actionButton()));
    QVERIFY(loaded.size() == 1 || loaded.wait(20000));
    QCOMPARE(loaded.last().first().toLongLong(), 1);
    QCOMPARE(m_window->model()->rowCount(), 1);
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
