#include "FakeCredentialStore.h"
#include "MainWindow.h"
#include "RequestDialogs.h"
#include "RequestQueueModel.h"
#include "TeamSetup.h"
#include "TestSupport.h"
#include "Workspace.h"
#include "WorkspaceStore.h"

#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
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

private:
    QString login(const char* who) const { return m_prefix + QLatin1Char('_') + QLatin1String(who); }
    std::unique_ptr<MainWindow> openDesk(const char* who);

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

std::unique_ptr<MainWindow> TestTeamQueue::openDesk(const char* who)
{
    ConnectionParams server = m_db->params();
    server.user = login(who);
    auto ws = Workspaces::create(m_dir.filePath(QString::fromLatin1(who)), server);
    if (!ws) {
        qWarning("%s", qPrintable(ws.error().message));
        return nullptr;
    }
    auto w = std::make_unique<MainWindow>(&m_credentials);
    w->show();
    QSignalSpy loaded(w.get(), &MainWindow::queueLoaded);
    w->openWorkspace(ws->folder);
    if (!loaded.wait(20000) || loaded.first().first().toLongLong() != 2) {
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

QTEST_MAIN(TestTeamQueue)
#include "tst_teamqueue.moc"
