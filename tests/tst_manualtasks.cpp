#include "CompleteTaskDialog.h"
#include "FakeCredentialStore.h"
#include "MainWindow.h"
#include "ManualTaskList.h"
#include "MessageBar.h"
#include "RequestDetailPane.h"
#include "TestSupport.h"
#include "Workspace.h"

#include <QAction>
#include <QApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QSplitter>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace lethe;

// Manual tasks in the main window: a preview adds those its data maps name (once), the detail pane lists
// them as a checklist, and completing one through the dialog needs a note or an evidence file, copies the
// file into the workspace with its hash, and is audited.
class TestManualTasks : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void previewAddsTheMapsManualTasksOnce();
    void listsTasksWithCount();
    void completingNeedsANoteOrAFile();
    void completeWithNoteAndEvidence();
    void rowButtonCompletesThatTask();
    void screenshot();

private:
    void openWindow();
    void addThreeTasks();
    CompleteTaskDialog* waitForDialog();
    ManualTaskList* list() const
    {
        return m_window->findChild<ManualTaskList*>(QStringLiteral("manualTasks"));
    }
    QList<ManualTask> storedTasks() const
    {
        return m_window->store()->tasks(QStringLiteral("R-2026-0001")).value();
    }
    QStringList auditActions() const
    {
        QStringList out;
        for (const AuditEvent& e : m_window->store()->audit().events(QStringLiteral("R-2026-0001")).value())
            out << e.action;
        return out;
    }

    QTemporaryDir m_dir;
    QString m_ws;
    std::unique_ptr<FakeCredentialStore> m_credentials;
    std::unique_ptr<MainWindow> m_window;
    const QDateTime m_now{QDate(2026, 11, 22), QTime(9, 30), Qt::UTC};
};

void TestManualTasks::initTestCase()
{
    test::isolate();
    test::actAs(QStringLiteral("alex.privacy"));
    QVERIFY(m_dir.isValid());
}

void TestManualTasks::init()
{
    static int n = 0;
    m_ws = m_dir.filePath(QStringLiteral("ws%1").arg(++n));
    auto ws = Workspaces::create(m_ws);
    QVERIFY(ws.ok());
    auto store = WorkspaceStore::open(ws->store, QStringLiteral("setup"), [this] { return m_now; });
    QVERIFY(store.ok());
    NewRequest r;
    r.type = RequestType::Erasure;
    r.regulation = Regulation::Gdpr;
    r.received = QDate(2026, 11, 10);
    r.subjectName = QStringLiteral("Olga Example");
    r.identities = {{IdentityKind::Email, QStringLiteral("olga@example.com")}};
    r.assignee = QStringLiteral("alex.privacy");
    QVERIFY((*store)->addRequests({r}).ok());
}

void TestManualTasks::openWindow()
{
    m_credentials = std::make_unique<FakeCredentialStore>();
    m_window = std::make_unique<MainWindow>(m_credentials.get());
    m_window->setClock([this] { return m_now; });
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QSignalSpy loaded(m_window.get(), &MainWindow::queueLoaded);
    m_window->openWorkspace(m_ws);
    QVERIFY(loaded.wait(10000));
    QCOMPARE(m_window->selectedId(), QStringLiteral("R-2026-0001"));
}

void TestManualTasks::cleanup()
{
    m_window.reset();
    m_credentials.reset();
}

void TestManualTasks::addThreeTasks()
{
    auto ws = Workspaces::load(m_ws);
    QVERIFY(ws.ok());
    auto store = WorkspaceStore::open(ws->store, QStringLiteral("setup"), [this] { return m_now; });
    QVERIFY(store.ok());
    auto added = (*store)->addTasks(
        QStringLiteral("R-2026-0001"),
        {{QStringLiteral("leadnest"), QStringLiteral("Microsoft Clarity"),
          QStringLiteral(
              "Clarity has no lookup by email. In the Clarity project, use Settings > Data deletion "
              "with the subject's user id if the product sent one; attach the confirmation "
              "screenshot.")},
         {QStringLiteral("leadnest"), QStringLiteral("Amazon Web Services"),
          QStringLiteral(
              "Check S3 buckets and CloudWatch logs named in the data map for the subject's files; "
              "note what was found and removed, or attach the retention policy.")},
         {QStringLiteral("alwaysleads"), QStringLiteral("Anthropic"),
          QStringLiteral("Anthropic keeps API inputs and outputs for up to 30 days and offers no API to look "
                         "them up. Email privacy@anthropic.com naming the organisation ID and the period; "
                         "attach their confirmation.")}});
    QVERIFY(added.ok());
    QCOMPARE(*added, 3);
}

CompleteTaskDialog* TestManualTasks::waitForDialog()
{
    CompleteTaskDialog* dialog = nullptr;
    if (!QTest::qWaitFor(
            [&] { return (dialog = m_window->findChild<CompleteTaskDialog*>()) && dialog->isVisible(); },
            5000))
        return nullptr;
    return dialog;
}

void TestManualTasks::previewAddsTheMapsManualTasksOnce()
{
    // A product database where Olga has a row, and a map whose recipients name two processors without an API
    // (manual) and one with a connection (not a task).
    const QString db = m_dir.filePath(QStringLiteral("crm-%1.db").arg(QFileInfo(m_ws).fileName()));
    {
        SqlConnection raw;
        ConnectionParams p;
        p.path = db;
        QVERIFY(raw.open(p).ok());
        QSqlQuery q(raw.db());
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE contacts (id INTEGER PRIMARY KEY, email TEXT)")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO contacts VALUES (1, 'olga@example.com')")));
    }
    QVERIFY(QDir().mkpath(m_ws + QStringLiteral("/datamaps")));
    {
        QFile f(m_ws + QStringLiteral("/datamaps/crm.yaml"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("lethe_datamap: 1\n"
                "system:\n"
                "  key: crm\n"
                "  name: CRM\n"
                "  identities: [email]\n"
                "  art15:\n"
                "    purposes: [Sales]\n"
                "    recipients:\n"
                "      - {name: Vercel, role: processor, purpose: Hosting, manual: \"Check the logs: "
                "request deletion\"}\n"
                "      - {name: Mailer, role: processor, purpose: Email, manual: \"Ask support to erase\"}\n"
                "sources:\n"
                "  - key: main\n"
                "    engine: sqlite\n"
                "    path: " +
                db.toUtf8() +
                "\n"
                "    tables:\n"
                "      - name: contacts\n"
                "        primary_key: id\n"
                "        fields:\n"
                "          - {name: id, categories: [system.operations]}\n"
                "          - {name: email, categories: [user.contact.email], identity: email}\n");
    }
    openWindow();
    QVERIFY(list()->tasks().isEmpty());
    QSignalSpy done(m_window.get(), &MainWindow::previewFinished);
    m_window->findChild<QAction*>(QStringLiteral("actionPreview"))->trigger();
    QVERIFY(done.wait(10000));
    QCOMPARE(done.first().first().toLongLong(), 1);

    QList<ManualTask> tasks = storedTasks();
    QCOMPARE(tasks.size(), 2);
    QCOMPARE(tasks[0].system, QStringLiteral("crm"));
    QCOMPARE(tasks[0].processor, QStringLiteral("Vercel"));
    QCOMPARE(tasks[0].instructions,
             QStringLiteral("Check the logs: request deletion")); // only the first ": "
    QCOMPARE(tasks[1].processor, QStringLiteral("Mailer"));
    QVERIFY(!tasks[0].isDone());
    QCOMPARE(auditActions().count(QStringLiteral("task.create")), 2);
    QVERIFY2(m_window->messageBar()->text().contains(QLatin1String("2 manual task")),
             qPrintable(m_window->messageBar()->text()));
    // The pane shows them right away.
    QCOMPARE(list()->tasks().size(), 2);
    QCOMPARE(list()->title(), QStringLiteral("Manual tasks · 0 of 2 done"));

    // A second preview of the same request adds nothing new.
    done.clear();
    m_window->findChild<QAction*>(QStringLiteral("actionPreview"))->trigger();
    QVERIFY(done.wait(10000));
    QCOMPARE(storedTasks().size(), 2);
    QCOMPARE(auditActions().count(QStringLiteral("task.create")), 2);
    QCOMPARE(auditActions().count(QStringLiteral("preview.run")), 2);
}

void TestManualTasks::listsTasksWithCount()
{
    addThreeTasks();
    // One done before the window opens: it is listed after the open ones.
    {
        auto ws = Workspaces::load(m_ws);
        auto store = WorkspaceStore::open(ws->store, QStringLiteral("sam.support"), [this] { return m_now; });
        QVERIFY(store.ok());
        const qint64 first = (*store)->tasks(QStringLiteral("R-2026-0001")).value().first().id;
        QVERIFY(
            (*store)
                ->completeTask(QStringLiteral("R-2026-0001"), first, QStringLiteral("Deleted in Clarity."))
                .ok());
    }
    openWindow();
    ManualTaskList* l = list();
    QVERIFY(l);
    QVERIFY(l->isVisible());
    QCOMPARE(l->title(), QStringLiteral("Manual tasks · 1 of 3 done"));
    const QList<ManualTask> shown = l->tasks();
    QCOMPARE(shown.size(), 3);
    QCOMPARE(shown[0].processor, QStringLiteral("Amazon Web Services"));
    QCOMPARE(shown[1].processor, QStringLiteral("Anthropic"));
    QCOMPARE(shown[2].processor, QStringLiteral("Microsoft Clarity"));
    QVERIFY(shown[2].isDone());
    // Open rows have a Complete… button, the done one not; its row says who and the note.
    QCOMPARE(l->findChildren<QPushButton*>(QStringLiteral("completeTaskButton")).size(), 2);
    QStringList texts;
    for (QLabel* label : l->findChildren<QLabel*>(QStringLiteral("taskText")))
        texts << label->text();
    QCOMPARE(texts.size(), 3);
    QVERIFY2(texts.last().contains(QLatin1String("sam.support")), qPrintable(texts.last()));
    QVERIFY(texts.last().contains(QLatin1String("Deleted in Clarity.")));
    QVERIFY(texts.first().contains(QLatin1String("CloudWatch")));
    // The first open task is selected, so the shortcut has something to complete.
    QCOMPARE(l->selectedTaskId(), shown[0].id);
    QVERIFY(m_window->findChild<QAction*>(QStringLiteral("actionCompleteTask"))->isEnabled());
    // The history names the task events.
    auto* history = m_window->findChild<QTextBrowser*>(QStringLiteral("detailBody"));
    QVERIFY(history);
    QVERIFY2(history->toPlainText().contains(QLatin1String("Manual task done: Microsoft Clarity")),
             qPrintable(history->toPlainText()));
    QVERIFY(history->toPlainText().contains(QLatin1String("Manual task added: Anthropic (alwaysleads)")));
}

void TestManualTasks::completingNeedsANoteOrAFile()
{
    addThreeTasks();
    openWindow();
    const QStringList auditBefore = auditActions();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
    QPointer<CompleteTaskDialog> dialog = waitForDialog();
    QVERIFY(dialog);
    QVERIFY(!dialog->okButton()->isEnabled());
    QVERIFY2(dialog->problem().contains(QLatin1String("evidence file")), qPrintable(dialog->problem()));
    // Even past the disabled button (Enter, a script), nothing is saved.
    dialog->accept();
    QVERIFY(dialog->isVisible());
    // Only spaces count as nothing; a file that is not there is refused too.
    QTest::keyClicks(dialog->findChild<QPlainTextEdit*>(QStringLiteral("taskNoteEdit")),
                     QStringLiteral("   "));
    QVERIFY(!dialog->okButton()->isEnabled());
    dialog->findChild<QLineEdit*>(QStringLiteral("evidenceEdit"))
        ->setText(m_dir.filePath(QStringLiteral("nope.pdf")));
    QVERIFY(!dialog->okButton()->isEnabled());
    QVERIFY2(dialog->problem().contains(QLatin1String("nope.pdf")), qPrintable(dialog->problem()));
    dialog->accept();
    QVERIFY(dialog->isVisible());
    dialog->reject();
    QTRY_VERIFY(!dialog);

    for (const ManualTask& t : storedTasks())
        QVERIFY(!t.isDone());
    QCOMPARE(auditActions(), auditBefore);
    QVERIFY(!QDir(m_ws + QStringLiteral("/evidence")).exists());
    QCOMPARE(list()->title(), QStringLiteral("Manual tasks · 0 of 3 done"));
}

void TestManualTasks::completeWithNoteAndEvidence()
{
    addThreeTasks();
    openWindow();
    const qint64 target = list()->selectedTaskId();
    QVERIFY(target > 0);
    QTemporaryDir outside;
    const QString file = outside.filePath(QStringLiteral("aws-confirmation.txt"));
    const QByteArray content = "AWS support, case 4711: the subject's objects were deleted on 2026-11-21.\n";
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    }
    const QString sha =
        QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());

    m_window->findChild<QAction*>(QStringLiteral("actionCompleteTask"))->trigger();
    QPointer<CompleteTaskDialog> dialog = waitForDialog();
    QVERIFY(dialog);
    QTest::keyClicks(dialog->findChild<QPlainTextEdit*>(QStringLiteral("taskNoteEdit")),
                     QStringLiteral("Asked AWS support; objects deleted."));
    dialog->findChild<QLineEdit*>(QStringLiteral("evidenceEdit"))->setText(file);
    QVERIFY2(dialog->okButton()->isEnabled(), qPrintable(dialog->problem()));
    QSignalSpy changed(m_window.get(), &MainWindow::requestChanged);
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QTRY_VERIFY(!dialog);
    QCOMPARE(changed.size(), 1);

    // The store has who, the note and the hash; the copy is in the workspace and has that hash.
    ManualTask done;
    for (const ManualTask& t : storedTasks())
        if (t.id == target)
            done = t;
    QVERIFY(done.isDone());
    QCOMPARE(done.doneBy, QStringLiteral("alex.privacy"));
    QCOMPARE(done.note, QStringLiteral("Asked AWS support; objects deleted."));
    QCOMPARE(done.evidenceSha256, sha);
    QVERIFY2(done.evidenceName.startsWith(QLatin1String("evidence/R-2026-0001/")),
             qPrintable(done.evidenceName));
    const QString copy = QDir(m_ws).filePath(done.evidenceName);
    QVERIFY2(QFileInfo::exists(copy), qPrintable(copy));
    {
        QFile f(copy);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), content);
    }
    const auto events = m_window->store()->audit().events(QStringLiteral("R-2026-0001")).value();
    QCOMPARE(events.last().action, QStringLiteral("task.complete"));
    QCOMPARE(events.last().detailsObject()[QStringLiteral("evidence_sha256")].toString(), sha);
    QVERIFY(!events.last().details.contains(QLatin1String("AWS support"))); // the note's length, not the note

    // The pane shows it done, last, with the file's name and short hash; the next open task is selected.
    ManualTaskList* l = list();
    QCOMPARE(l->title(), QStringLiteral("Manual tasks · 1 of 3 done"));
    QCOMPARE(l->tasks().last().id, target);
    QCOMPARE(l->findChildren<QPushButton*>(QStringLiteral("completeTaskButton")).size(), 2);
    QString doneText;
    for (QLabel* label : l->findChildren<QLabel*>(QStringLiteral("taskText")))
        if (label->text().contains(QLatin1String("alex.privacy")))
            doneText = label->text();
    QVERIFY2(doneText.contains(QLatin1String("aws-confirmation.txt")), qPrintable(doneText));
    QVERIFY(doneText.contains(sha.left(12)));
    QVERIFY(l->selectedTaskId() != target);
    QVERIFY(l->selectedOpenTask());
    QCOMPARE(m_window->messageBar()->kind(), MessageBar::Kind::Success);

    // A done task cannot be completed again: no row or action offers it, and the store refuses.
    QVERIFY(!l->selectTask(-1));
    QVERIFY(l->selectTask(target));
    QVERIFY(!l->selectedOpenTask());
    QVERIFY(!m_window->findChild<QAction*>(QStringLiteral("actionCompleteTask"))->isEnabled());
    auto again =
        m_window->store()->completeTask(QStringLiteral("R-2026-0001"), target, QStringLiteral("again"));
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code, Error::Code::Conflict);
}

void TestManualTasks::rowButtonCompletesThatTask()
{
    addThreeTasks();
    openWindow();
    const QList<ManualTask> shown = list()->tasks();
    QPushButton* second = nullptr;
    for (QPushButton* b : list()->findChildren<QPushButton*>(QStringLiteral("completeTaskButton")))
        if (b->property("taskId").toLongLong() == shown[1].id)
            second = b;
    QVERIFY(second);
    QTest::mouseClick(second, Qt::LeftButton);
    QPointer<CompleteTaskDialog> dialog = waitForDialog();
    QVERIFY(dialog);
    QVERIFY(
        dialog->findChild<QLabel*>(QStringLiteral("taskInstructions"))->text().contains(shown[1].processor));
    QTest::keyClicks(dialog->findChild<QPlainTextEdit*>(QStringLiteral("taskNoteEdit")),
                     QStringLiteral("Done by mail."));
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QTRY_VERIFY(!dialog);
    const QList<ManualTask> after = storedTasks();
    for (const ManualTask& t : after)
        QCOMPARE(t.isDone(), t.id == shown[1].id);
    QVERIFY(after.size() == 3);
    QVERIFY(auditActions().contains(QStringLiteral("task.complete")));
}

// docs/manual-tasks.png: three tasks, one done with evidence. Saved when LETHE_SCREENSHOT names a file (run
// under Xvfb for real rendering).
void TestManualTasks::screenshot()
{
    addThreeTasks();
    openWindow();
    QTemporaryDir outside;
    const QString file = outside.filePath(QStringLiteral("clarity-deletion.png"));
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("screenshot of the Clarity data deletion confirmation");
    }
    // Complete the Clarity task (the first open one) through the dialog.
    QCOMPARE(list()->selectedOpenTask()->processor, QStringLiteral("Microsoft Clarity"));
    m_window->findChild<QAction*>(QStringLiteral("actionCompleteTask"))->trigger();
    QPointer<CompleteTaskDialog> dialog = waitForDialog();
    QVERIFY(dialog);
    QTest::keyClicks(dialog->findChild<QPlainTextEdit*>(QStringLiteral("taskNoteEdit")),
                     QStringLiteral("Deleted via Settings > Data deletion for user id 8812."));
    dialog->findChild<QLineEdit*>(QStringLiteral("evidenceEdit"))->setText(file);
    if (const QString shot = qEnvironmentVariable("LETHE_SCREENSHOT"); !shot.isEmpty()) {
        QTest::qWait(200);
        QVERIFY(
            dialog->grab().save(QString(shot).replace(QLatin1String(".png"), QLatin1String("-dialog.png"))));
    }
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QTRY_VERIFY(!dialog);
    QCOMPARE(list()->title(), QStringLiteral("Manual tasks · 1 of 3 done"));
    if (const QString shot = qEnvironmentVariable("LETHE_SCREENSHOT"); !shot.isEmpty()) {
        // The detail pane as wide as a person would drag it to work through a checklist.
        m_window->findChild<QSplitter*>(QStringLiteral("mainSplitter"))->setSizes({600, 680});
        QVERIFY(m_window->selectRequest(QStringLiteral("R-2026-0001")));
        QTest::qWait(200);
        auto* tabs = m_window->findChild<QTabWidget*>(QStringLiteral("detailTabs"));
        QVERIFY(tabs->grab().save(shot));
        QVERIFY(m_window->grab().save(
            QString(shot).replace(QLatin1String(".png"), QLatin1String("-window.png"))));
    }
}

QTEST_MAIN(TestManualTasks)
#include "tst_manualtasks.moc"
