#include "ApprovalDialog.h"
#include "CommitDropper.h"
#include "DataMapLoader.h"
#include "ErasurePlan.h"
#include "ErasureRunner.h"
#include "ErasureService.h"
#include "ErasureStore.h"
#include "ErasureTree.h"
#include "ErasureWizard.h"
#include "FakeCredentialStore.h"
#include "HeldItems.h"
#include "MainWindow.h"
#include "MessageBar.h"
#include "TestSupport.h"
#include "Workspace.h"
#include "WorkspaceFixtures.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace lethe;

// The erasure wizard in the real main window, offscreen: opened with Ctrl+Shift+E for an officer only, the
// plan as a tree with its counts and kept rows, the phone-only choice re-planning, the typed identity gating
// Erase, four eyes offering to save the plan for approval, the run to a verified report with the rows gone
// from the product database, and a stopped run offered for resuming when the workspace opens.
class TestErasureWizard : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void planConfirmEraseReport();
    void phoneMatchesReplan();
    void fourEyesSavesPlanForApproval();
    void supportLeadIsRefused();
    void unverifiedRequestIsRefused();
    void stoppedRunIsResumedFromTheMessageBar();
    void tablesErasingNothingAreWarned();
    void lostConnectionDuringTheRunSaysSoAndResumes();
    void planSavedForApprovalOnceAfterALostAnswer();
    void lostConnectionBeforeTheRunStartedKeepsTheConfirmPage();
    void fourEyesUnreadOnConfirmIsHeld();
    void approvalFromTheWizardIsHeld_data();
    void approvalFromTheWizardIsHeld();
    void approvalClosedInTheWizardSettledAtNextOpening_data();
    void approvalClosedInTheWizardSettledAtNextOpening();

private:
    void openWindow();
    ErasureWizard* openWizard();
    ErasureWizard* waitForPlan();
    // Four eyes on (olga and oscar officers), the window open with no reconnection attempt until one is
    // asked for, and the wizard showing the request's plan.
    ErasureWizard* fourEyesWizard();
    QVariant scalar(const QString& sql) const;
    std::unique_ptr<WorkspaceStore> storeAs(const QString& actor) const;
    void usePostgresWorkspace(bool throughRelay);
    QPushButton* button(ErasureWizard* w, const char* name) const
    {
        return w->findChild<QPushButton*>(QLatin1String(name));
    }

    QTemporaryDir m_dir;
    std::unique_ptr<test::ScratchDatabase> m_pg;  // a PostgreSQL workspace, when a test moves to one
    std::unique_ptr<test::CommitDropper> m_relay; // between the window and m_pg, when asked
    QString m_ws;
    QString m_shop;
    ConnectionParams m_wsParams;
    QString m_requestId;
    std::unique_ptr<FakeCredentialStore> m_credentials;
    std::unique_ptr<MainWindow> m_window;
    const QDateTime m_now{QDate(2026, 12, 1), QTime(9, 30), Qt::UTC};
};

void TestErasureWizard::initTestCase()
{
    test::isolate();
    QVERIFY(m_dir.isValid());
}

// A shop database with the subject (Alice), a colleague sharing her office line (Bob) and a stranger (Carol);
// its data map in the workspace; Alice's erasure request, verified.
void TestErasureWizard::init()
{
    test::actAs(QStringLiteral("olga"));
    static int n = 0;
    ++n;
    m_ws = m_dir.filePath(QStringLiteral("ws%1").arg(n));
    auto ws = Workspaces::create(m_ws);
    QVERIFY(ws.ok());
    m_wsParams = ws->store;
    m_shop = m_dir.filePath(QStringLiteral("shop%1.db").arg(n));
    {
        SqlConnection c;
        ConnectionParams p;
        p.path = m_shop;
        QVERIFY(c.open(p).ok());
        QSqlQuery q(c.db());
        const QStringList sql{
            QStringLiteral(
                "CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT NOT NULL, phone TEXT, name TEXT "
                "NOT NULL)"),
            QStringLiteral(
                "CREATE TABLE addresses (id INTEGER PRIMARY KEY, user_id INTEGER NOT NULL REFERENCES "
                "users(id), city TEXT)"),
            QStringLiteral("CREATE TABLE orders (id INTEGER PRIMARY KEY, user_id INTEGER NOT NULL REFERENCES "
                           "users(id), kind TEXT NOT NULL, created_at TEXT NOT NULL)"),
            QStringLiteral(
                "CREATE TABLE sessions (id INTEGER PRIMARY KEY, user_id INTEGER NOT NULL REFERENCES "
                "users(id), ip TEXT)"),
            QStringLiteral("INSERT INTO users VALUES (1, 'alice@example.com', '+442079460101', 'Alice')"),
            QStringLiteral("INSERT INTO users VALUES (2, 'bob@example.com', '+442079460101', 'Bob')"),
            QStringLiteral("INSERT INTO users VALUES (3, 'carol@example.com', '+442079460999', 'Carol')"),
            QStringLiteral("INSERT INTO addresses VALUES (10, 1, 'London')"),
            QStringLiteral("INSERT INTO addresses VALUES (11, 2, 'Leeds')"),
            QStringLiteral("INSERT INTO addresses VALUES (12, 3, 'York')"),
            QStringLiteral("INSERT INTO orders VALUES (100, 1, 'invoice', '2025-06-01')"), // kept until 2032
            QStringLiteral("INSERT INTO orders VALUES (101, 1, 'cart', '2025-06-01')"),
            QStringLiteral("INSERT INTO orders VALUES (102, 1, 'invoice', '2018-01-15')"), // retention over
            QStringLiteral("INSERT INTO orders VALUES (103, 3, 'invoice', '2025-06-01')"),
        };
        for (const QString& s : sql)
            QVERIFY2(q.exec(s), qPrintable(s + QStringLiteral(": ") + q.lastError().text()));
        for (int i = 0; i < 30; ++i)
            QVERIFY(q.exec(QStringLiteral("INSERT INTO sessions VALUES (%1, %2, '192.0.2.%3')")
                               .arg(1000 + i)
                               .arg(i < 25 ? 1 : 3)
                               .arg(i)));
    }
    QVERIFY(QDir().mkpath(m_ws + QStringLiteral("/datamaps")));
    {
        QFile f(m_ws + QStringLiteral("/datamaps/shop.yaml"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"(lethe_datamap: 1
system:
  key: shop
  name: Shop
  art15:
    purposes: [Sell things]
    recipients:
      - {name: Courier, role: processor, purpose: Delivery, manual: "Ask the courier to delete the address"}
  identities: [email, phone]
sources:
  - key: main
    engine: sqlite
    path: )" + m_shop.toUtf8() +
                R"(
    tables:
      - name: users
        primary_key: id
        fields:
          - {name: id, categories: [user.unique_id]}
          - {name: email, categories: [user.contact.email], identity: email, erasure: hmac}
          - {name: phone, categories: [user.contact.phone_number], identity: phone, erasure: null}
          - {name: name, categories: [user.name], erasure: {fixed: "erased"}}
      - name: addresses
        primary_key: id
        erase: rows
        fields:
          - {name: id, categories: [system.operations]}
          - {name: user_id, categories: [user.unique_id], references: users.id}
          - {name: city, categories: [user.contact.address.city]}
      - name: orders
        primary_key: id
        erase: rows
        fields:
          - {name: id, categories: [system.operations]}
          - {name: user_id, categories: [user.unique_id], references: users.id}
          - {name: kind, categories: [system.operations]}
          - {name: created_at, categories: [system.operations]}
        retention:
          - when: {field: kind, in: [invoice]}
            keep_for: 7y
            from: created_at
            basis: Invoices are kept for 7 years (tax law)
      - name: sessions
        primary_key: id
        fields:
          - {name: id, categories: [system.operations]}
          - {name: user_id, categories: [user.unique_id], references: users.id}
          - {name: ip, categories: [user.device.ip_address], erasure: hmac}
)");
    }
    auto store = storeAs(QStringLiteral("setup"));
    QVERIFY(store);
    NewRequest r;
    r.type = RequestType::Erasure;
    r.regulation = Regulation::Gdpr;
    r.received = QDate(2026, 11, 20);
    r.subjectName = QStringLiteral("Alice Example");
    r.identities = {{IdentityKind::Email, QStringLiteral("alice@example.com")},
                    {IdentityKind::Phone, QStringLiteral("+44 20 7946 0101")}};
    auto added = store->addRequest(r);
    QVERIFY(added.ok());
    QVERIFY(store->transition(added->humanId, RequestStatus::Verified).ok());
    m_requestId = added->humanId;
}

void TestErasureWizard::cleanup()
{
    m_window.reset();
    m_credentials.reset();
    m_relay.reset();
    m_pg.reset();
}

std::unique_ptr<WorkspaceStore> TestErasureWizard::storeAs(const QString& actor) const
{
    auto store = WorkspaceStore::open(m_wsParams, actor, [this] { return m_now; });
    return store ? std::move(store).value() : nullptr;
}

QVariant TestErasureWizard::scalar(const QString& sql) const
{
    SqlConnection c;
    ConnectionParams p;
    p.path = m_shop;
    if (!c.open(p))
        return QStringLiteral("cannot connect");
    QSqlQuery q(c.db());
    if (!q.exec(sql) || !q.next())
        return QStringLiteral("failed: %1").arg(q.lastError().text());
    return q.value(0);
}

void TestErasureWizard::openWindow()
{
    m_credentials = std::make_unique<FakeCredentialStore>();
    m_window = std::make_unique<MainWindow>(m_credentials.get());
    m_window->setClock([this] { return m_now; });
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QSignalSpy loaded(m_window.get(), &MainWindow::queueLoaded);
    m_window->openWorkspace(m_ws);
    QVERIFY(loaded.wait(10000));
    QVERIFY(m_window->selectRequest(m_requestId));
}

ErasureWizard* TestErasureWizard::openWizard()
{
    // The shortcut, as a person would press it.
    m_window->activateWindow();
    if (!QTest::qWaitForWindowActive(m_window.get()))
        return nullptr;
    QTest::keyClick(m_window.get(), Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
    ErasureWizard* w = nullptr;
    if (!QTest::qWaitFor([&] { return (w = m_window->findChild<ErasureWizard*>()) && w->isVisible(); }, 5000))
        return nullptr;
    return w;
}

ErasureWizard* TestErasureWizard::waitForPlan()
{
    ErasureWizard* w = openWizard();
    if (!w)
        return nullptr;
    if (!QTest::qWaitFor([&] { return w->plan().has_value(); }, 30000))
        return nullptr;
    return w;
}

ErasureWizard* TestErasureWizard::fourEyesWizard()
{
    auto store = storeAs(QStringLiteral("olga"));
    if (!store || !test::fourEyesOfficers(*store, {QStringLiteral("olga"), QStringLiteral("oscar")}))
        return nullptr;
    openWindow();
    if (!m_window)
        return nullptr;
    m_window->setReconnectSchedule({std::chrono::hours(1)}); // no attempt until one is asked for
    return waitForPlan();
}

void TestErasureWizard::planConfirmEraseReport()
{
    openWindow();
    QPointer<ErasureWizard> w = waitForPlan();
    QVERIFY(w);
    QCOMPARE(w->page(), ErasureWizard::Page::Plan);
    QVERIFY2(w->plan()->problems.isEmpty(), qPrintable(w->plan()->problems.join(QLatin1Char('\n'))));

    // The tree: Alice's row updated and Bob's (found by the shared line only) kept; two orders deleted and
    // the live invoice kept with its legal basis and date, on the highlighted background.
    ErasureTree* tree = w->planTree();
    QTreeWidgetItem* users = tree->find(QStringLiteral("table"), QStringLiteral("users"));
    QVERIFY(users);
    QCOMPARE(users->text(ErasureTree::UpdateColumn), QStringLiteral("1"));
    QCOMPARE(users->text(ErasureTree::DeleteColumn), QString());
    QCOMPARE(users->text(ErasureTree::KeepColumn), QStringLiteral("1"));
    QVERIFY2(users->text(ErasureTree::DetailColumn).contains(QLatin1String("email replaced by a keyed hash")),
             qPrintable(users->text(ErasureTree::DetailColumn)));
    QTreeWidgetItem* orders = tree->find(QStringLiteral("table"), QStringLiteral("orders"));
    QVERIFY(orders);
    QCOMPARE(orders->text(ErasureTree::DeleteColumn), QStringLiteral("2"));
    QCOMPARE(orders->text(ErasureTree::KeepColumn), QStringLiteral("1"));
    QCOMPARE(orders->childCount(), 1);
    QTreeWidgetItem* kept = orders->child(0);
    QCOMPARE(kept->text(ErasureTree::NameColumn), ErasureTree::whyText(KeptRows::Why::Retention));
    QCOMPARE(kept->text(ErasureTree::KeepColumn), QStringLiteral("1"));
    QVERIFY2(kept->text(ErasureTree::DetailColumn)
                 .contains(QLatin1String("Invoices are kept for 7 years (tax law)")),
             qPrintable(kept->text(ErasureTree::DetailColumn)));
    QVERIFY(kept->text(ErasureTree::DetailColumn)
                .contains(QLocale().toString(QDate(2032, 6, 1), QLocale::ShortFormat)));
    QCOMPARE(kept->background(ErasureTree::DetailColumn), tree->palette().brush(QPalette::ToolTipBase));
    QVERIFY(kept->background(ErasureTree::DetailColumn) != orders->background(ErasureTree::DetailColumn));
    QCOMPARE(tree->find(QStringLiteral("table"), QStringLiteral("sessions"))->text(ErasureTree::UpdateColumn),
             QStringLiteral("25"));
    QCOMPARE(
        tree->find(QStringLiteral("table"), QStringLiteral("addresses"))->text(ErasureTree::DeleteColumn),
        QStringLiteral("1"));
    QTreeWidgetItem* courier = tree->find(QStringLiteral("manual"), QStringLiteral("Courier"));
    QVERIFY(courier);
    QCOMPARE(courier->text(ErasureTree::DetailColumn),
             QStringLiteral("Ask the courier to delete the address"));
    QTreeWidgetItem* shop = tree->find(QStringLiteral("system"), QStringLiteral("Shop"));
    QCOMPARE(shop->text(ErasureTree::DeleteColumn), QStringLiteral("3"));
    QCOMPARE(shop->text(ErasureTree::UpdateColumn), QStringLiteral("26"));

    // The digest: its first 16 characters shown, all of it in the tooltip.
    auto* digest = w->findChild<QLabel*>(QStringLiteral("planDigest"));
    QVERIFY(digest->text().contains(w->plan()->digest.left(16)));
    QVERIFY(!digest->text().contains(w->plan()->digest));
    QVERIFY(digest->toolTip().contains(w->plan()->digest));

    // Confirm: Erase waits for the subject's primary identity; another's does not do.
    QVERIFY(button(w, "nextButton")->isEnabled());
    QTest::mouseClick(button(w, "nextButton"), Qt::LeftButton);
    QCOMPARE(w->page(), ErasureWizard::Page::Confirm);
    QPushButton* erase = button(w, "eraseButton");
    QVERIFY(erase->isVisible());
    QVERIFY(!erase->isEnabled());
    QVERIFY(!button(w, "savePlanButton")->isVisible()); // four eyes off
    auto* edit = w->findChild<QLineEdit*>(QStringLiteral("confirmEdit"));
    QTest::keyClicks(edit, QStringLiteral("bob@example.com"));
    QVERIFY(!erase->isEnabled());
    QTest::keyClick(edit, Qt::Key_Return); // Enter does not get past a disabled Erase
    QCOMPARE(w->page(), ErasureWizard::Page::Confirm);
    edit->clear();
    QTest::keyClicks(edit, QStringLiteral(" Alice@Example.com"));
    QVERIFY(erase->isEnabled());

    QSignalSpy finished(w.data(), &ErasureWizard::erasureFinished);
    QTest::mouseClick(erase, Qt::LeftButton);
    QCOMPARE(w->page(), ErasureWizard::Page::Erasing);
    QVERIFY(finished.wait(30000));
    QCOMPARE(w->page(), ErasureWizard::Page::Report);

    // The report: verified, with the counts per table and the kept invoice.
    auto* verdict = w->findChild<QLabel*>(QStringLiteral("verdictLabel"));
    QVERIFY2(verdict->text().startsWith(QLatin1String("Verified")), qPrintable(verdict->text()));
    QVERIFY(w->report().value(QStringLiteral("verified")).toBool());
    QTreeWidgetItem* reported = w->reportTree()->find(QStringLiteral("table"), QStringLiteral("orders"));
    QVERIFY(reported);
    QCOMPARE(reported->text(ErasureTree::DeleteColumn), QStringLiteral("2"));
    QCOMPARE(reported->text(ErasureTree::KeepColumn), QStringLiteral("1"));
    QVERIFY(reported->child(0)->text(ErasureTree::DetailColumn).contains(QLatin1String("tax law")));
    QVERIFY(w->reportTree()->find(QStringLiteral("manual"), QStringLiteral("Courier")));
    QVERIFY(w->reportTree()->find(QStringLiteral("system"), QStringLiteral("Shop"))); // named as in the plan

    // The product database: Alice's rows gone or overwritten, the invoice kept, Bob and Carol untouched.
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM orders WHERE user_id = 1")).toInt(), 1);
    QCOMPARE(scalar(QStringLiteral("SELECT id FROM orders WHERE user_id = 1")).toInt(), 100);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM addresses")).toInt(), 2);
    QCOMPARE(scalar(QStringLiteral("SELECT name FROM users WHERE id = 1")).toString(),
             QStringLiteral("erased"));
    QVERIFY(scalar(QStringLiteral("SELECT phone FROM users WHERE id = 1")).isNull());
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM users WHERE email LIKE '%alice%'")).toInt(), 0);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM sessions WHERE ip LIKE '192.0.2.%' AND user_id = 1"))
                 .toInt(),
             0);
    QCOMPARE(scalar(QStringLiteral("SELECT name FROM users WHERE id = 2")).toString(), QStringLiteral("Bob"));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM sessions WHERE ip LIKE '192.0.2.%'")).toInt(), 5);
    // The keyed-hash key was made in the keychain on first use.
    QCOMPARE(m_credentials->size(), 1);
    // The run is stored done, and the manual task is on the request.
    auto store = storeAs(QStringLiteral("check"));
    auto runs = ErasureStore(*store).runs(m_requestId);
    QVERIFY(runs.ok());
    QCOMPARE(runs->size(), 1);
    QCOMPARE(runs->first().state, QStringLiteral("done"));
    QCOMPARE(runs->first().startedBy, QStringLiteral("olga"));
    QCOMPARE(store->tasks(m_requestId).value().size(), 1);

    // The request's history in the main window says so.
    auto* history = m_window->findChild<QTextBrowser*>(QStringLiteral("detailBody"));
    QVERIFY(history);
    QVERIFY2(history->toPlainText().contains(
                 QLatin1String("Erasure finished and verified: 3 deleted, 26 updated")),
             qPrintable(history->toPlainText()));

    // The report saves as JSON.
    const QString path = m_dir.filePath(QStringLiteral("report.json"));
    QVERIFY(w->saveReport(path).ok());
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonObject saved = QJsonDocument::fromJson(f.readAll()).object();
    QVERIFY(saved.value(QStringLiteral("verified")).toBool());
    QCOMPARE(saved.value(QStringLiteral("request")).toString(), m_requestId);

    // Esc on the report closes the wizard.
    QTest::keyClick(w.data(), Qt::Key_Escape);
    QTRY_VERIFY(!w);
}

void TestErasureWizard::phoneMatchesReplan()
{
    openWindow();
    QPointer<ErasureWizard> w = waitForPlan();
    QVERIFY(w);
    const QString before = w->plan()->digest;
    QCOMPARE(
        w->planTree()->find(QStringLiteral("table"), QStringLiteral("users"))->text(ErasureTree::KeepColumn),
        QStringLiteral("1"));
    QVERIFY(!w->plan()->phoneMatchesConfirmed);
    // Including the rows the shared line reaches plans again: Bob's row is now erased too.
    w->findChild<QCheckBox*>(QStringLiteral("phoneMatches"))->setChecked(true);
    QVERIFY(!w->plan().has_value());
    QVERIFY(!button(w, "nextButton")->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(w->plan().has_value(), 30000);
    QVERIFY(w->plan()->phoneMatchesConfirmed);
    QVERIFY(w->plan()->digest != before);
    QTreeWidgetItem* users = w->planTree()->find(QStringLiteral("table"), QStringLiteral("users"));
    QCOMPARE(users->text(ErasureTree::UpdateColumn), QStringLiteral("2"));
    QCOMPARE(users->text(ErasureTree::KeepColumn), QString());
    QVERIFY(users->text(ErasureTree::DetailColumn).contains(QLatin1String("phone number alone (confirmed)")));

    // Esc on the plan page closes the wizard, and nothing was stored or touched.
    QTest::keyClick(w.data(), Qt::Key_Escape);
    QTRY_VERIFY(!w);
    auto store = storeAs(QStringLiteral("check"));
    QCOMPARE(ErasureStore(*store).runs(m_requestId).value().size(), 0);
    QCOMPARE(scalar(QStringLiteral("SELECT name FROM users WHERE id = 1")).toString(),
             QStringLiteral("Alice"));
}

void TestErasureWizard::fourEyesSavesPlanForApproval()
{
    {
        auto store = storeAs(QStringLiteral("olga"));
        QVERIFY(store);
        QVERIFY(test::fourEyesOfficers(*store, {QStringLiteral("olga"), QStringLiteral("oscar")}).ok());
    }
    openWindow();
    QPointer<ErasureWizard> w = waitForPlan();
    QVERIFY(w);
    const QString digest = w->plan()->digest;
    QTest::mouseClick(button(w, "nextButton"), Qt::LeftButton);
    QCOMPARE(w->page(), ErasureWizard::Page::Confirm);
    QTest::keyClicks(w->findChild<QLineEdit*>(QStringLiteral("confirmEdit")),
                     QStringLiteral("alice@example.com"));
    // Unapproved under four eyes: no Erase, but the plan can be saved for a second officer.
    QVERIFY(!button(w, "eraseButton")->isEnabled());
    auto* fourEyes = w->findChild<QLabel*>(QStringLiteral("fourEyesText"));
    QVERIFY(fourEyes->isVisible());
    QVERIFY2(fourEyes->text().contains(QLatin1String("four eyes")), qPrintable(fourEyes->text()));
    QVERIFY(button(w, "savePlanButton")->isVisible());
    QTest::mouseClick(button(w, "savePlanButton"), Qt::LeftButton);
    auto store = storeAs(QStringLiteral("check"));
    auto run = ErasureStore(*store).run(m_requestId, digest);
    QVERIFY(run.ok());
    QCOMPARE(run->state, QStringLiteral("planned"));
    QCOMPARE(run->plannedBy, QStringLiteral("olga"));
    QVERIFY(!button(w, "savePlanButton")->isVisible());
    QVERIFY(fourEyes->text().contains(digest)); // the approver's command names the exact plan
    QVERIFY(!button(w, "eraseButton")->isEnabled());

    // Once oscar approved it, olga may erase it.
    {
        auto oscar = storeAs(QStringLiteral("oscar"));
        QVERIFY(ErasureStore(*oscar).approve(m_requestId, digest).ok());
    }
    QTest::mouseClick(button(w, "backButton"), Qt::LeftButton);
    QTest::mouseClick(button(w, "nextButton"), Qt::LeftButton);
    QVERIFY(!fourEyes->isVisible());
    QTest::keyClicks(w->findChild<QLineEdit*>(QStringLiteral("confirmEdit")),
                     QStringLiteral("alice@example.com"));
    QVERIFY(button(w, "eraseButton")->isEnabled());
    // Esc before erasing closes, and nothing ran.
    QTest::keyClick(w.data(), Qt::Key_Escape);
    QTRY_VERIFY(!w);
    QCOMPARE(ErasureStore(*store).run(m_requestId, digest)->state, QStringLiteral("approved"));
}

void TestErasureWizard::supportLeadIsRefused()
{
    {
        auto store = storeAs(QStringLiteral("olga"));
        ErasureStore e(*store);
        QVERIFY(e.setUser(QStringLiteral("olga"), Role::Officer).ok());
        QVERIFY(e.setUser(QStringLiteral("sam"), Role::Support).ok());
    }
    test::actAs(QStringLiteral("sam"));
    openWindow();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
    // The refusal is in the message bar, and no wizard opened.
    QTRY_VERIFY(m_window->messageBar()->isVisible());
    QCOMPARE(m_window->messageBar()->kind(), MessageBar::Kind::Error);
    QVERIFY2(m_window->messageBar()->text().contains(QLatin1String("sam")) &&
                 m_window->messageBar()->text().contains(ErasureStore::roleDisplay(Role::Officer)),
             qPrintable(m_window->messageBar()->text()));
    QVERIFY(!m_window->findChild<ErasureWizard*>());
    QVERIFY(!qApp->activeModalWidget());
}

void TestErasureWizard::unverifiedRequestIsRefused()
{
    QString id;
    {
        auto store = storeAs(QStringLiteral("setup"));
        NewRequest r;
        r.type = RequestType::Erasure;
        r.regulation = Regulation::Gdpr;
        r.received = QDate(2026, 11, 30);
        r.subjectName = QStringLiteral("Not Yet Verified");
        r.identities = {{IdentityKind::Email, QStringLiteral("nyv@example.com")}};
        auto added = store->addRequest(r);
        QVERIFY(added.ok());
        id = added->humanId;
    }
    openWindow();
    QVERIFY(m_window->selectRequest(id));
    m_window->findChild<QAction*>(QStringLiteral("actionErase"))->trigger();
    QCOMPARE(m_window->messageBar()->kind(), MessageBar::Kind::Error);
    QVERIFY2(m_window->messageBar()->text().contains(QLatin1String("verified")),
             qPrintable(m_window->messageBar()->text()));
    QVERIFY(!m_window->findChild<ErasureWizard*>());
}

void TestErasureWizard::stoppedRunIsResumedFromTheMessageBar()
{
    // A run started (as lethe-cli would) and then killed before its first batch: the plan stored, state
    // running.
    QString digest;
    {
        auto store = storeAs(QStringLiteral("olga"));
        auto request = store->request(m_requestId);
        QVERIFY(request.ok());
        const DataMapLoad load = DataMapLoader::load(m_ws + QStringLiteral("/datamaps/shop.yaml"));
        QVERIFY(load.ok());
        ErasurePlanner::Input in;
        in.request = *request;
        in.today = m_now.date();
        ConnectionParams shop;
        shop.path = m_shop;
        in.systems << ErasurePlanner::SystemInput{*load.map, {shop}, {}, {}, {}};
        auto plan = ErasurePlanner::build(in);
        QVERIFY(plan.ok());
        digest = plan->digest;
        ErasureStore e(*store);
        QVERIFY(e.savePlan(*request, digest, QJsonDocument(plan->toJson(true)).toJson(), {}).ok());
        QVERIFY(e.start(*request, digest).ok());
        QCOMPARE(e.resumable()->size(), 1);
    }
    openWindow();
    // The message bar offers to resume it.
    MessageBar* bar = m_window->messageBar();
    QTRY_VERIFY(bar->isVisible());
    QVERIFY2(bar->text().contains(m_requestId), qPrintable(bar->text()));
    QVERIFY(bar->actionButton()->isVisible());
    QSignalSpy opened(m_window.get(), &MainWindow::erasureWizardOpened);
    QTest::mouseClick(bar->actionButton(), Qt::LeftButton);
    QCOMPARE(opened.size(), 1);
    QPointer<ErasureWizard> w = opened.first().first().value<ErasureWizard*>();
    QVERIFY(w);
    QCOMPARE(w->page(), ErasureWizard::Page::Erasing);
    QTRY_VERIFY_WITH_TIMEOUT(w->page() == ErasureWizard::Page::Report, 30000);
    QVERIFY(w->report().value(QStringLiteral("verified")).toBool());
    QCOMPARE(w->report().value(QStringLiteral("digest")).toString(), digest);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM orders WHERE user_id = 1")).toInt(), 1);
    auto store = storeAs(QStringLiteral("check"));
    QCOMPARE(ErasureStore(*store).resumable()->size(), 0);
    QCOMPARE(ErasureStore(*store).run(m_requestId, digest)->state, QStringLiteral("done"));
}

void TestErasureWizard::tablesErasingNothingAreWarned()
{
    // The map gives sessions no strategy: its 25 rows of Alice's stay, and the wizard says so, in the summary
    // and in the message bar, with the table named.
    const QString file = m_ws + QStringLiteral("/datamaps/shop.yaml");
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QByteArray text = f.readAll();
    f.close();
    QVERIFY(text.contains("{name: ip, categories: [user.device.ip_address], erasure: hmac}"));
    text.replace("{name: ip, categories: [user.device.ip_address], erasure: hmac}",
                 "{name: ip, categories: [user.device.ip_address]}");
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(text);
    f.close();
    openWindow();
    QPointer<ErasureWizard> w = waitForPlan();
    QVERIFY(w);
    QVERIFY2(w->plan()->problems.isEmpty(), qPrintable(w->plan()->problems.join(QLatin1Char('\n'))));
    QCOMPARE(w->plan()->keptForNoStrategy().size(), 1);
    QVERIFY2(
        w->plan()->keptForNoStrategy().first().startsWith(QStringLiteral("shop › main.sessions: 25 row")),
        qPrintable(w->plan()->keptForNoStrategy().first()));
    auto* summary = w->findChild<QLabel*>(QStringLiteral("planSummary"));
    QVERIFY(summary);
    QVERIFY2(summary->text().contains(QLatin1String("Warning: 1 table")), qPrintable(summary->text()));
    MessageBar* bar = w->findChild<MessageBar*>();
    QVERIFY(bar);
    QCOMPARE(bar->kind(), MessageBar::Kind::Warning);
    QVERIFY2(bar->text().contains(QLatin1String("main.sessions")), qPrintable(bar->text()));
    QVERIFY2(bar->text().contains(QLatin1String("the data map erases no field of this table")),
             qPrintable(bar->text()));
}

// The shop and its map from init(), in a workspace on PostgreSQL (reached through m_relay when asked), with
// the same request, verified.
void TestErasureWizard::usePostgresWorkspace(bool throughRelay)
{
    if (!test::postgresConfigured())
        QFAIL(qPrintable(test::missingServerMessage("PostgreSQL")));
    m_pg = std::make_unique<test::ScratchDatabase>(test::postgresAdmin());
    QVERIFY2(m_pg->ok(), qPrintable(m_pg->error()));
    const QString folder = m_ws + QStringLiteral("-pg");
    ConnectionParams server = m_pg->params();
    if (throughRelay) {
        m_relay = std::make_unique<test::CommitDropper>(server.port);
        server.port = m_relay->port();
    }
    auto ws = Workspaces::create(folder, server);
    QVERIFY(ws.ok());
    QVERIFY(QDir().mkpath(folder + QStringLiteral("/datamaps")));
    QVERIFY(QFile::copy(m_ws + QStringLiteral("/datamaps/shop.yaml"),
                        folder + QStringLiteral("/datamaps/shop.yaml")));
    const QString sqliteId = m_requestId;
    {
        auto sqlite = storeAs(QStringLiteral("setup"));
        m_ws = folder;
        m_wsParams = ws->store;
        auto store = storeAs(QStringLiteral("setup"));
        QVERIFY(sqlite && store);
        auto request = sqlite->request(sqliteId);
        QVERIFY(request.ok());
        NewRequest r;
        r.type = request->type;
        r.regulation = request->regulation;
        r.received = request->received;
        r.subjectName = request->subjectName;
        for (const Identity& i : request->identities)
            r.identities << i;
        auto added = store->addRequest(r);
        QVERIFY(added.ok());
        QVERIFY(store->transition(added->humanId, RequestStatus::Verified).ok());
        m_requestId = added->humanId;
    }
}

// The workspace's server ends the run's connection after the run was marked running and before its first
// batch (an administrator, a restart): the wizard says the connection was lost and that nothing is half-done,
// the window shows its banner, Resume waits for the connection, the wizard's own Retry Now brings it back,
// and the resumed run finishes, verified.
void TestErasureWizard::lostConnectionDuringTheRunSaysSoAndResumes()
{
    usePostgresWorkspace(false);
    if (QTest::currentTestFailed())
        return;
    openWindow();
    m_window->setReconnectSchedule({std::chrono::hours(1)}); // no attempt until one is asked for
    QPointer<ErasureWizard> w = waitForPlan();
    QVERIFY(w);
    QTest::mouseClick(button(w, "nextButton"), Qt::LeftButton);
    QTest::keyClicks(w->findChild<QLineEdit*>(QStringLiteral("confirmEdit")),
                     QStringLiteral("alice@example.com"));
    QVERIFY(button(w, "eraseButton")->isEnabled());

    // The journal is locked against writing: the run is marked running, then waits before its first batch.
    SqlConnection admin;
    QVERIFY(admin.open(m_pg->params()).ok());
    QSqlQuery q(admin.db());
    QVERIFY(admin.db().transaction());
    QVERIFY2(q.exec(QStringLiteral("LOCK TABLE erasure_journal IN EXCLUSIVE MODE")),
             qPrintable(q.lastError().text()));
    QSignalSpy started(w.data(), &ErasureWizard::erasureStarted);
    QSignalSpy stopped(w.data(), &ErasureWizard::erasureStopped);
    QSignalSpy lost(m_window.get(), &MainWindow::connectionLost);
    QTest::mouseClick(button(w, "eraseButton"), Qt::LeftButton);
    QVERIFY(started.wait(30000));
    QVERIFY(
        q.exec(QStringLiteral("SELECT COUNT(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = "
                              "current_database() AND pid <> pg_backend_pid()")) &&
        q.next());
    QVERIFY(q.value(0).toInt() >= 1);
    QVERIFY(admin.db().rollback());
    QVERIFY(stopped.wait(30000));

    // What happened, in words, and that nothing is lost.
    QCOMPARE(w->page(), ErasureWizard::Page::Erasing);
    MessageBar* bar = w->messageBar();
    QVERIFY2(bar->text().contains(
                 QStringLiteral("The connection to the workspace was lost during the erasure of %1. "
                                "Nothing is half-done")
                     .arg(m_requestId)),
             qPrintable(bar->text()));
    QCOMPARE(bar->kind(), MessageBar::Kind::Warning);
    QVERIFY2(!bar->text().contains(QLatin1String("terminating connection")), qPrintable(bar->text()));
    QCOMPARE(stopped.first().at(1).toString(), bar->text());
    QVERIFY(w->isHeld());
    QPushButton* resume = button(w, "resumeButton");
    QVERIFY(resume->isVisible());
    QVERIFY(!resume->isEnabled()); // not until the connection is back
    // The window says so too, behind the wizard.
    QTRY_VERIFY(m_window->isConnectionLost());
    QVERIFY(lost.size() >= 1);
    QVERIFY(m_window->connectionBar()->isVisible());

    // The wizard is window-modal: its own Retry Now reaches the retries.
    QSignalSpy back(m_window.get(), &MainWindow::reconnected);
    QPushButton* retry = bar->actionButton();
    QVERIFY(retry && retry->isVisible());
    QTest::mouseClick(retry, Qt::LeftButton);
    QVERIFY(back.wait(30000));
    QVERIFY(!w->isHeld());
    QVERIFY(resume->isEnabled());
    QVERIFY2(bar->text().contains(QLatin1String("resume the erasure")), qPrintable(bar->text()));
    QSignalSpy finished(w.data(), &ErasureWizard::erasureFinished);
    QTest::mouseClick(resume, Qt::LeftButton);
    QVERIFY(finished.wait(30000));
    QVERIFY(w->report().value(QStringLiteral("verified")).toBool());
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM addresses WHERE user_id = 1")).toInt(), 0);
}

// Under four eyes, Save Plan for Approval when the server commits the plan and its answer is lost: the wizard
// says it is not saved yet, with its own Retry Now; once back, it finds the plan saved and does not save it
// (or audit it) twice.
void TestErasureWizard::planSavedForApprovalOnceAfterALostAnswer()
{
    usePostgresWorkspace(true);
    if (QTest::currentTestFailed())
        return;
    QPointer<ErasureWizard> w = fourEyesWizard();
    QVERIFY(w);
    const QString digest = w->plan()->digest;
    QTest::mouseClick(button(w, "nextButton"), Qt::LeftButton);
    QPushButton* save = button(w, "savePlanButton");
    QVERIFY(save->isVisible() && save->isEnabled());

    m_relay->arm(test::CommitDropper::Drop::AfterCommit);
    QTest::mouseClick(save, Qt::LeftButton);
    QCOMPARE(m_relay->dropped(), 1);
    QVERIFY(w->isHeld());
    QVERIFY(!save->isEnabled());
    MessageBar* bar = w->messageBar();
    QVERIFY2(bar->text().contains(QLatin1String("Not saved yet: the connection to the workspace was lost")),
             qPrintable(bar->text()));
    QVERIFY(m_window->isConnectionLost());

    QSignalSpy back(m_window.get(), &MainWindow::reconnected);
    QVERIFY(bar->actionButton() && bar->actionButton()->isVisible());
    QTest::mouseClick(bar->actionButton(), Qt::LeftButton);
    QVERIFY(back.wait(30000));
    QVERIFY(!w->isHeld());
    QVERIFY2(bar->text().contains(QLatin1String("it was not saved twice")), qPrintable(bar->text()));
    QCOMPARE(bar->kind(), MessageBar::Kind::Success);
    auto store = storeAs(QStringLiteral("olga"));
    QVERIFY(store);
    auto runs = ErasureStore(*store).runs(m_requestId);
    QVERIFY(runs.ok());
    QCOMPARE(runs->size(), 1);
    QCOMPARE(runs->first().digest, digest);
    QCOMPARE(runs->first().state, QStringLiteral("planned"));
    int planned = 0;
    for (const AuditEvent& e : store->audit().events(m_requestId).value())
        planned += e.action == QLatin1String("erasure.plan");
    QCOMPARE(planned, 1);
}

// The server ends the connection while the run is being marked running (before anything is erased): the
// wizard goes back to Confirm with the identity typed kept and Erase waiting for the connection; once back,
// Erase runs the plan to a verified report.
void TestErasureWizard::lostConnectionBeforeTheRunStartedKeepsTheConfirmPage()
{
    usePostgresWorkspace(false);
    if (QTest::currentTestFailed())
        return;
    openWindow();
    m_window->setReconnectSchedule({std::chrono::hours(1)}); // no attempt until one is asked for
    QPointer<ErasureWizard> w = waitForPlan();
    QVERIFY(w);
    QTest::mouseClick(button(w, "nextButton"), Qt::LeftButton);
    auto* edit = w->findChild<QLineEdit*>(QStringLiteral("confirmEdit"));
    QTest::keyClicks(edit, QStringLiteral("alice@example.com"));
    QPushButton* erase = button(w, "eraseButton");
    QVERIFY(erase->isEnabled());

    // The runs are locked against writing: the run waits before it is marked running.
    test::TableLock lock(m_pg->params(), QStringLiteral("erasure_runs"));
    QVERIFY2(lock.ok(), qPrintable(lock.error()));
    QSignalSpy started(w.data(), &ErasureWizard::erasureStarted);
    QSignalSpy lost(m_window.get(), &MainWindow::connectionLost);
    QTest::mouseClick(erase, Qt::LeftButton);
    QCOMPARE(w->page(), ErasureWizard::Page::Erasing);
    // Ended once the run waits on the lock.
    QVERIFY2(lock.waitForWaiter(30000),
             qPrintable(QStringLiteral("page %1: %2").arg(int(w->page())).arg(w->messageBar()->text())));
    QSqlQuery q(lock.db());
    QVERIFY(
        q.exec(QStringLiteral("SELECT COUNT(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = "
                              "current_database() AND pid <> pg_backend_pid()")) &&
        q.next());
    lock.release();
    QTRY_VERIFY_WITH_TIMEOUT(w->isHeld(), 30000);
    QCOMPARE(started.size(), 0);
    QCOMPARE(w->page(), ErasureWizard::Page::Confirm);
    QCOMPARE(edit->text(), QStringLiteral("alice@example.com"));
    QVERIFY(erase->isVisible() && !erase->isEnabled());
    MessageBar* bar = w->messageBar();
    QVERIFY2(
        bar->text().contains(QLatin1String("Nothing was erased: the connection to the workspace was lost")),
        qPrintable(bar->text()));
    QVERIFY(m_window->isConnectionLost());
    QVERIFY(lost.size() >= 1);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM addresses WHERE user_id = 1")).toInt(), 1);

    QSignalSpy back(m_window.get(), &MainWindow::reconnected);
    QTest::mouseClick(bar->actionButton(), Qt::LeftButton);
    QVERIFY(back.wait(30000));
    QVERIFY(!w->isHeld());
    QVERIFY2(bar->text().contains(QLatin1String("Nothing was erased yet")), qPrintable(bar->text()));
    QVERIFY(erase->isEnabled());
    QSignalSpy finished(w.data(), &ErasureWizard::erasureFinished);
    QTest::mouseClick(erase, Qt::LeftButton);
    QVERIFY(finished.wait(30000));
    QVERIFY(w->report().value(QStringLiteral("verified")).toBool());
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM addresses WHERE user_id = 1")).toInt(), 0);
}

// Under four eyes, the connection is gone when the plan is confirmed: the Confirm page does not read the
// failed read of the plan's approval as "needs approval" (no Save Plan for Approval, no Erase): it is held,
// saying so, with its own Retry Now; once back it reads it, with the identity typed kept.
void TestErasureWizard::fourEyesUnreadOnConfirmIsHeld()
{
    usePostgresWorkspace(false);
    if (QTest::currentTestFailed())
        return;
    QPointer<ErasureWizard> w = fourEyesWizard();
    QVERIFY(w);
    SqlConnection admin;
    QVERIFY(admin.open(m_pg->params()).ok());
    QSqlQuery q(admin.db());
    QVERIFY(
        q.exec(QStringLiteral("SELECT COUNT(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = "
                              "current_database() AND pid <> pg_backend_pid()")) &&
        q.next());
    QVERIFY(q.value(0).toInt() >= 1);
    QTest::mouseClick(button(w, "nextButton"), Qt::LeftButton);
    QCOMPARE(w->page(), ErasureWizard::Page::Confirm);
    QVERIFY(w->isHeld());
    QVERIFY(!button(w, "savePlanButton")->isVisible());
    QVERIFY(!button(w, "eraseButton")->isEnabled());
    const QString fourEyes = w->findChild<QLabel*>(QStringLiteral("fourEyesText"))->text();
    QVERIFY2(fourEyes.contains(QLatin1String("could not be read")), qPrintable(fourEyes));
    MessageBar* bar = w->messageBar();
    QCOMPARE(bar->kind(), MessageBar::Kind::Warning);
    QTRY_VERIFY(m_window->isConnectionLost());
    auto* edit = w->findChild<QLineEdit*>(QStringLiteral("confirmEdit"));
    QTest::keyClicks(edit, QStringLiteral("alice@example.com"));

    QSignalSpy back(m_window.get(), &MainWindow::reconnected);
    QVERIFY(bar->actionButton() && bar->actionButton()->isVisible());
    QTest::mouseClick(bar->actionButton(), Qt::LeftButton);
    QVERIFY(back.wait(30000));
    QVERIFY(!w->isHeld());
    QCOMPARE(edit->text(), QStringLiteral("alice@example.com"));
    QVERIFY(button(w, "savePlanButton")->isVisible()); // read now: four eyes on, the plan not saved yet
    QVERIFY(button(w, "savePlanButton")->isEnabled());
    QVERIFY(!button(w, "eraseButton")->isEnabled());
}

void TestErasureWizard::approvalClosedInTheWizardSettledAtNextOpening_data()
{
    QTest::addColumn<bool>("postgres");
    QTest::addColumn<int>("drop");
    QTest::addColumn<bool>("saved");
    QTest::newRow("postgresql, answer lost after COMMIT")
        << true << int(test::CommitDropper::Drop::AfterCommit) << true;
    QTest::newRow("postgresql, lost before COMMIT")
        << true << int(test::CommitDropper::Drop::BeforeCommit) << false;
    QTest::newRow("sqlite, the workspace file gone")
        << false << int(test::CommitDropper::Drop::Never) << false;
}

// The approval dialog opened from the wizard is closed while held, and the window (the wizard still open)
// is closed before the connection is back: the next window on the workspace reads the plan's fate and says
// which, approved once at most.
void TestErasureWizard::approvalClosedInTheWizardSettledAtNextOpening()
{
    QFETCH(bool, postgres);
    QFETCH(int, drop);
    QFETCH(bool, saved);
    if (postgres) {
        usePostgresWorkspace(true);
        if (QTest::currentTestFailed())
            return;
    }
    QPointer<ErasureWizard> w = fourEyesWizard();
    QVERIFY(w);
    const QString digest = w->plan()->digest;
    {
        auto oscar = storeAs(QStringLiteral("oscar"));
        QVERIFY(oscar);
        auto request = oscar->request(m_requestId);
        QVERIFY(request.ok());
        QVERIFY(ErasureService::savePlan(*oscar, *request, *w->plan()).ok());
    }
    QTest::mouseClick(button(w, "nextButton"), Qt::LeftButton);
    QTest::mouseClick(button(w, "approvePlanButton"), Qt::LeftButton);
    QPointer<ApprovalDialog> dialog;
    QTRY_VERIFY((dialog = w->findChild<ApprovalDialog*>()) != nullptr && dialog->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->busy(), 20000);
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("approvalConfirmEdit")), m_requestId);
    QSignalSpy lost(m_window.get(), &MainWindow::connectionLost);
    const QString away = m_wsParams.path + QStringLiteral("-away");
    if (postgres)
        m_relay->arm(test::CommitDropper::Drop(drop));
    else
        QVERIFY(QFile::rename(m_wsParams.path, away));
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("approveButton")), Qt::LeftButton);
    QVERIFY(lost.size() == 1 || lost.wait(20000));
    QTRY_VERIFY(dialog->isHeld());
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("closeButton")), Qt::LeftButton);
    QTRY_VERIFY(!dialog);
    m_window.reset(); // the wizard open, the connection not back
    if (postgres)
        m_relay->arm(test::CommitDropper::Drop::Never);
    else
        QVERIFY(QFile::rename(away, m_wsParams.path));

    m_window = std::make_unique<MainWindow>(m_credentials.get());
    m_window->setClock([this] { return m_now; });
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QSignalSpy loaded(m_window.get(), &MainWindow::queueLoaded);
    QSignalSpy settled(m_window.get(), &MainWindow::heldItemsSettled);
    m_window->openWorkspace(m_ws);
    QVERIFY(loaded.wait(10000));
    QCOMPARE(settled.size(), 1);
    const QString told = settled.first().first().toStringList().join(QLatin1Char('\n'));
    QVERIFY2(told.contains(saved ? QLatin1String("had been saved before the connection was lost")
                                 : QLatin1String("was not saved")) &&
                 told.contains(digest.left(16)),
             qPrintable(told));
    auto s = storeAs(QStringLiteral("check"));
    QVERIFY(s);
    auto run = ErasureStore(*s).run(m_requestId, digest);
    QVERIFY(run.ok());
    QCOMPARE(run->state, saved ? QStringLiteral("approved") : QStringLiteral("planned"));
    auto events = s->audit().events(m_requestId);
    QVERIFY(events.ok());
    qsizetype approvals = 0;
    for (const AuditEvent& e : *events)
        approvals += e.action == QLatin1String("erasure.approve") ? 1 : 0;
    QCOMPARE(approvals, saved ? 1 : 0);
    QVERIFY(s->audit().verify().ok);
    auto items = HeldItems(m_ws).items();
    QVERIFY(items && items->isEmpty());
}

void TestErasureWizard::approvalFromTheWizardIsHeld_data()
{
    QTest::addColumn<bool>("postgres");
    QTest::addColumn<int>("drop");
    QTest::addColumn<bool>("closeWhileHeld");
    QTest::addColumn<bool>("closeWizard"); // the wizard closed too, before the connection is back
    QTest::addColumn<bool>("saved");
    QTest::addColumn<QString>("said");
    const int after = int(test::CommitDropper::Drop::AfterCommit);
    const int before = int(test::CommitDropper::Drop::BeforeCommit);
    const int never = int(test::CommitDropper::Drop::Never);
    const QString notTwice = QStringLiteral("it was not approved twice");
    const QString approvedNow = QStringLiteral("approved. An officer");
    const QString wasSaved = QStringLiteral("had been saved before the connection was lost");
    const QString notSaved = QStringLiteral("was not saved");
    QTest::newRow("postgresql, answer lost after COMMIT, sent again")
        << true << after << false << false << true << notTwice;
    QTest::newRow("postgresql, lost before COMMIT, sent again")
        << true << before << false << false << true << approvedNow;
    QTest::newRow("postgresql, answer lost after COMMIT, closed")
        << true << after << true << false << true << wasSaved;
    QTest::newRow("postgresql, lost before COMMIT, closed")
        << true << before << true << false << false << notSaved;
    QTest::newRow("postgresql, answer lost after COMMIT, wizard closed too")
        << true << after << true << true << true << wasSaved;
    QTest::newRow("sqlite, the workspace file gone, sent again")
        << false << never << false << false << true << approvedNow;
    QTest::newRow("sqlite, the workspace file gone, closed")
        << false << never << true << false << false << notSaved;
    QTest::newRow("sqlite, the workspace file gone, wizard closed too")
        << false << never << true << true << false << notSaved;
}

// Under four eyes, the approval dialog opened from the wizard's Confirm page (a plan another officer saved)
// meets a lost connection as it approves: the dialog is held with the id typed and its own Retry Now, the
// window shows its banner; once back the approval is sent at most once and the wizard's Confirm page shows
// it. Closed while held, the wizard says its fate is not known yet, reads it once the connection is back and
// says which, its Confirm page following.
void TestErasureWizard::approvalFromTheWizardIsHeld()
{
    QFETCH(bool, postgres);
    QFETCH(int, drop);
    QFETCH(bool, closeWhileHeld);
    QFETCH(bool, closeWizard);
    QFETCH(bool, saved);
    QFETCH(QString, said);
    if (postgres) {
        usePostgresWorkspace(true);
        if (QTest::currentTestFailed())
            return;
    }
    QPointer<ErasureWizard> w = fourEyesWizard();
    QVERIFY(w);
    const QString digest = w->plan()->digest;
    {
        // Oscar made the same plan and saved it for approval: olga may approve it.
        auto oscar = storeAs(QStringLiteral("oscar"));
        QVERIFY(oscar);
        auto request = oscar->request(m_requestId);
        QVERIFY(request.ok());
        auto run = ErasureService::savePlan(*oscar, *request, *w->plan());
        QVERIFY2(run.ok(), run.ok() ? "" : qPrintable(run.error().message));
    }
    QTest::mouseClick(button(w, "nextButton"), Qt::LeftButton);
    QCOMPARE(w->page(), ErasureWizard::Page::Confirm);
    QPushButton* approveHere = button(w, "approvePlanButton");
    QVERIFY(approveHere->isVisible());
    QTest::mouseClick(approveHere, Qt::LeftButton);
    QPointer<ApprovalDialog> dialog;
    QTRY_VERIFY((dialog = w->findChild<ApprovalDialog*>()) != nullptr && dialog->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->busy(), 20000);
    auto* confirm = dialog->findChild<QLineEdit*>(QStringLiteral("approvalConfirmEdit"));
    QTest::keyClicks(confirm, m_requestId);
    auto* approve = dialog->findChild<QPushButton*>(QStringLiteral("approveButton"));
    QVERIFY(approve->isEnabled());

    QSignalSpy lost(m_window.get(), &MainWindow::connectionLost);
    const QString away = m_wsParams.path + QStringLiteral("-away");
    if (postgres)
        m_relay->arm(test::CommitDropper::Drop(drop));
    else
        QVERIFY(QFile::rename(m_wsParams.path, away)); // the window's open connection keeps its file
    QTest::mouseClick(approve, Qt::LeftButton);
    QVERIFY(lost.size() == 1 || lost.wait(20000));
    QTRY_VERIFY(dialog->isHeld());
    if (postgres) {
        QCOMPARE(m_relay->dropped(), 1);
        m_relay->arm(test::CommitDropper::Drop::Never);
    } else {
        QVERIFY(QFile::rename(away, m_wsParams.path));
    }
    QVERIFY(m_window->connectionBar()->isVisible());
    QVERIFY(dialog->isVisible());
    QCOMPARE(confirm->text(), m_requestId); // what was typed stays
    QVERIFY(!approve->isEnabled());
    QVERIFY2(dialog->messageBar()->text().contains(QLatin1String("the connection to the workspace was lost")),
             qPrintable(dialog->messageBar()->text()));

    QSignalSpy approved(w.data(), &ErasureWizard::planApproved);
    QSignalSpy windowApproved(m_window.get(), &MainWindow::erasurePlanApproved);
    QSignalSpy settled(m_window.get(), &MainWindow::pendingChangeSettled);
    QSignalSpy back(m_window.get(), &MainWindow::reconnected);
    MessageBar* bar = w->messageBar();
    if (closeWhileHeld) {
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("closeButton")), Qt::LeftButton);
        QTRY_VERIFY(!dialog);
        QVERIFY2(bar->text().contains(QLatin1String("whether it was saved is not known yet")),
                 qPrintable(bar->text()));
        QVERIFY(bar->actionButton() && bar->actionButton()->isVisible()); // the wizard's own Retry Now
        if (closeWizard) {
            // The wizard closed too before the connection is back: the window reads the fate.
            QTest::keyClick(w.data(), Qt::Key_Escape);
            QTRY_VERIFY(!w);
            bar = m_window->messageBar();
            QVERIFY2(bar->text().contains(QLatin1String("whether it was saved is not known yet")),
                     qPrintable(bar->text()));
            QTest::mouseClick(m_window->connectionBar()->actionButton(), Qt::LeftButton);
        } else {
            QTest::mouseClick(bar->actionButton(), Qt::LeftButton);
        }
    } else {
        QTest::mouseClick(dialog->messageBar()->actionButton(), Qt::LeftButton);
    }
    QVERIFY(back.wait(20000));
    if (closeWizard) {
        QVERIFY(settled.size() == 1 || settled.wait(20000));
        QCOMPARE(windowApproved.size(), int(saved));
    } else {
        QVERIFY(approved.size() == int(saved) || approved.wait(20000));
        QCOMPARE(approved.size(), int(saved));
    }
    QTRY_VERIFY(!dialog);
    QVERIFY2(bar->text().contains(said), qPrintable(bar->text()));

    // Stored once or not at all, and the Confirm page says so: olga approved it (so may not run it), or it
    // still waits for her approval.
    auto store = storeAs(QStringLiteral("check"));
    QVERIFY(store);
    auto run = ErasureStore(*store).run(m_requestId, digest);
    QVERIFY(run.ok());
    QCOMPARE(run->state, saved ? QStringLiteral("approved") : QStringLiteral("planned"));
    int approvals = 0;
    for (const AuditEvent& e : store->audit().events(m_requestId).value())
        approvals += e.action == QLatin1String("erasure.approve");
    QCOMPARE(approvals, int(saved));
    if (closeWizard)
        return;
    QCOMPARE(w->page(), ErasureWizard::Page::Confirm);
    QCOMPARE(approveHere->isVisible(), !saved);
    if (saved) {
        const QString fourEyes = w->findChild<QLabel*>(QStringLiteral("fourEyesText"))->text();
        QVERIFY2(fourEyes.contains(QLatin1String("You approved")), qPrintable(fourEyes));
    }
}

QTEST_MAIN(TestErasureWizard)
#include "tst_erasurewizard.moc"
