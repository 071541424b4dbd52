#include "ApprovalDialog.h"
#include "ApprovalSignature.h"
#include "ErasureService.h"
#include "ErasureStore.h"
#include "ErasureWizard.h"
#include "FakeCredentialStore.h"
#include "MainWindow.h"
#include "MessageBar.h"
#include "OfficerKeyDialog.h"
#include "OfficerKeys.h"
#include "TeamSetup.h"
#include "TestSupport.h"
#include "Workspace.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace lethe;

// The second officer's approval of an erasure plan in the window (docs/team.md): officer A (olga) plans under
// four eyes in the erasure wizard and saves the plan for approval; officer B (oscar), at a desk of his own
// with a keychain of his own, makes and registers his officer key from Workspace › Officer Key… and approves
// the plan from Request › Approve Erasure Plan…; the approval is stored with his signature, which verifies,
// and A's wizard then runs the plan to a verified report. The planner is refused, and so is an approver whose
// registered key is not in this keychain, with the words lethe-cli erase --approve refuses with. Each case on
// a SQLite workspace (two logins on one computer) and on a PostgreSQL team workspace (two database logins).
class TestApprovalGui : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void secondOfficerApprovesInTheWindow_data() { engines(); }
    void secondOfficerApprovesInTheWindow();
    void plannerCannotApproveOwnPlan_data() { engines(); }
    void plannerCannotApproveOwnPlan();
    void keyNotInThisKeychainIsRefused_data() { engines(); }
    void keyNotInThisKeychainIsRefused();
    void approveFromTheWizard_data() { engines(); }
    void approveFromTheWizard();

private:
    static void engines();
    // One person's desk: a window on the workspace, signed in as them, with a keychain of their own.
    struct Desk
    {
        QString login;
        QString workspaceName; // names the keys in the keychain
        std::unique_ptr<FakeCredentialStore> keychain;
        std::unique_ptr<MainWindow> window;
    };
    // The workspace of the current row's engine: an erasure request of Alice's, verified; olga and oscar
    // officers; four eyes on. On PostgreSQL a team workspace with a login for each.
    void makeWorkspace();
    QString login(const char* who) const;
    std::unique_ptr<Desk> openDesk(const char* who);
    std::unique_ptr<WorkspaceStore> storeAs(const char* who) const;
    // Plans Alice's erasure in the desk's wizard and saves the plan for approval; the wizard stays open.
    QPointer<ErasureWizard> planForApproval(Desk& desk, QString* digest);
    ApprovalDialog* openApproval(Desk& desk);
    void writeShop();

    QTemporaryDir m_dir;
    int m_n = 0;
    bool m_postgres = false;
    QString m_prefix;
    std::unique_ptr<test::ScratchDatabase> m_db;
    ConnectionParams m_params; // the workspace database (on PostgreSQL: as its owner)
    QString m_sqliteFolder;
    QString m_shop;
    QString m_requestId;
};

void TestApprovalGui::engines()
{
    QTest::addColumn<int>("engine");
    QTest::newRow("sqlite") << int(ConnectionParams::Engine::Sqlite);
    QTest::newRow("postgres") << int(ConnectionParams::Engine::Postgres);
    // No MariaDB row: a workspace lives on SQLite or PostgreSQL only (tst_signedaudit says why).
}

void TestApprovalGui::initTestCase()
{
    test::isolate();
    QVERIFY(m_dir.isValid());
    qRegisterMetaType<ErasureRun>();
    qRegisterMetaType<MinisignKey>();
}

void TestApprovalGui::cleanup()
{
    test::actAs({});
    m_db.reset();
    if (!m_prefix.isEmpty()) {
        SqlConnection admin;
        if (admin.open(test::postgresAdmin())) {
            QSqlQuery q(admin.db());
            for (const char* who : {"olga", "oscar", "officer", "support", "reviewer"})
                q.exec(QStringLiteral("DROP ROLE IF EXISTS \"%1\"").arg(login(who)));
        }
    }
    m_prefix.clear();
}

QString TestApprovalGui::login(const char* who) const
{
    return m_prefix.isEmpty() ? QString::fromLatin1(who) : m_prefix + QLatin1Char('_') + QLatin1String(who);
}

void TestApprovalGui::writeShop()
{
    m_shop = m_dir.filePath(QStringLiteral("shop%1.db").arg(m_n));
    SqlConnection c;
    ConnectionParams p;
    p.path = m_shop;
    QVERIFY(c.open(p).ok());
    QSqlQuery q(c.db());
    for (const char* sql :
         {"CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT NOT NULL, name TEXT NOT NULL)",
          "CREATE TABLE orders (id INTEGER PRIMARY KEY, user_id INTEGER NOT NULL REFERENCES users(id), "
          "total INTEGER)",
          "INSERT INTO users VALUES (1, 'alice@example.com', 'Alice')",
          "INSERT INTO users VALUES (2, 'bob@example.com', 'Bob')", "INSERT INTO orders VALUES (10, 1, 30)",
          "INSERT INTO orders VALUES (11, 1, 45)", "INSERT INTO orders VALUES (12, 2, 12)"})
        QVERIFY2(q.exec(QString::fromLatin1(sql)), qPrintable(q.lastError().text()));
}

// The shop's data map, in a workspace folder (every desk's folder of a team workspace has it).
static bool writeMap(const QString& folder, const QString& shop)
{
    if (!QDir().mkpath(folder + QStringLiteral("/datamaps")))
        return false;
    QFile f(folder + QStringLiteral("/datamaps/shop.yaml"));
    if (!f.open(QIODevice::WriteOnly))
        return false;
    f.write(R"(lethe_datamap: 1
system:
  key: shop
  name: Shop
  art15:
    purposes: [Sell things]
  identities: [email]
sources:
  - key: main
    engine: sqlite
    path: )" +
            shop.toUtf8() +
            R"(
    tables:
      - name: users
        primary_key: id
        erase: rows
        fields:
          - {name: id, categories: [user.unique_id]}
          - {name: email, categories: [user.contact.email], identity: email}
          - {name: name, categories: [user.name]}
      - name: orders
        primary_key: id
        erase: rows
        fields:
          - {name: id, categories: [system.operations]}
          - {name: user_id, categories: [user.unique_id], references: users.id}
          - {name: total, categories: [system.operations]}
)");
    return true;
}

void TestApprovalGui::makeWorkspace()
{
    QFETCH(int, engine);
    ++m_n;
    m_postgres = ConnectionParams::Engine(engine) == ConnectionParams::Engine::Postgres;
    writeShop();
    if (m_postgres) {
        if (!test::postgresConfigured())
            QFAIL(qPrintable(test::missingServerMessage("PostgreSQL")));
        m_prefix = QStringLiteral("la%1").arg(QUuid::createUuid().toString(QUuid::Id128).left(10));
        m_db = std::make_unique<test::ScratchDatabase>(test::postgresAdmin());
        QVERIFY2(m_db->ok(), qPrintable(m_db->error()));
        m_params = m_db->params();
    } else {
        m_sqliteFolder = m_dir.filePath(QStringLiteral("ws%1").arg(m_n));
        auto ws = Workspaces::create(m_sqliteFolder);
        VERIFY_OK(ws);
        m_params = ws->store;
        QVERIFY(writeMap(m_sqliteFolder, m_shop));
    }
    // As the owner of the team workspace's tables, before the team is set up; as olga on SQLite.
    auto owner = WorkspaceStore::open(m_params, m_postgres ? QStringLiteral("dba") : QStringLiteral("olga"));
    VERIFY_OK(owner);
    ErasureStore erasures(**owner);
    if (!m_postgres) {
        VERIFY_OK(erasures.setUser(QStringLiteral("olga"), Role::Officer));
        VERIFY_OK(erasures.setUser(QStringLiteral("oscar"), Role::Officer));
    }
    VERIFY_OK(erasures.setFourEyes(true));
    NewRequest r;
    r.type = RequestType::Erasure;
    r.regulation = Regulation::Gdpr;
    r.received = QDate::currentDate().addDays(-3);
    r.subjectName = QStringLiteral("Alice Example");
    r.identities = {{IdentityKind::Email, QStringLiteral("alice@example.com")}};
    auto added = (*owner)->addRequest(r);
    VERIFY_OK(added);
    VERIFY_OK((*owner)->transition(added->humanId, RequestStatus::Verified));
    m_requestId = added->humanId;
    if (m_postgres) {
        auto statements = TeamSetup::statements(m_prefix, {{login("olga"), QStringLiteral("officer")},
                                                           {login("oscar"), QStringLiteral("officer")}});
        VERIFY_OK(statements);
        VERIFY_OK(TeamSetup::apply((*owner)->database(), *statements));
    }
}

std::unique_ptr<WorkspaceStore> TestApprovalGui::storeAs(const char* who) const
{
    ConnectionParams p = m_params;
    if (m_postgres)
        p.user = login(who);
    auto store = WorkspaceStore::open(p, login(who));
    if (!store) {
        qWarning("%s", qPrintable(store.error().message));
        return nullptr;
    }
    return std::move(store).value();
}

std::unique_ptr<TestApprovalGui::Desk> TestApprovalGui::openDesk(const char* who)
{
    auto desk = std::make_unique<Desk>();
    desk->login = login(who);
    QString folder = m_sqliteFolder;
    if (m_postgres) {
        // A team workspace: each desk's own workspace.ini, signed in as its own database login.
        ConnectionParams server = m_params;
        server.user = desk->login;
        folder = m_dir.filePath(QStringLiteral("%1-%2").arg(m_n).arg(QLatin1String(who)));
        auto ws = Workspaces::create(folder, server);
        if (!ws || !writeMap(folder, m_shop)) {
            qWarning("cannot make %s's desk", who);
            return nullptr;
        }
    } else {
        test::actAs(desk->login); // two logins of one computer
    }
    desk->workspaceName = Workspaces::load(folder).value().name;
    desk->keychain = std::make_unique<FakeCredentialStore>();
    desk->window = std::make_unique<MainWindow>(desk->keychain.get());
    desk->window->show();
    if (!QTest::qWaitForWindowExposed(desk->window.get()))
        return nullptr;
    QSignalSpy loaded(desk->window.get(), &MainWindow::queueLoaded);
    desk->window->openWorkspace(folder);
    if (!loaded.wait(20000) || desk->window->store()->actor() != desk->login ||
        !desk->window->selectRequest(m_requestId)) {
        qWarning("%s's desk did not open", who);
        return nullptr;
    }
    return desk;
}

QPointer<ErasureWizard> TestApprovalGui::planForApproval(Desk& desk, QString* digest)
{
    MainWindow* w = desk.window.get();
    w->activateWindow();
    if (!QTest::qWaitForWindowActive(w))
        return nullptr;
    QTest::keyClick(w, Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
    QPointer<ErasureWizard> wizard;
    if (!QTest::qWaitFor([&] { return (wizard = w->findChild<ErasureWizard*>()) && wizard->isVisible(); },
                         5000) ||
        !QTest::qWaitFor([&] { return wizard->plan().has_value(); }, 30000))
        return nullptr;
    if (!wizard->plan()->problems.isEmpty()) {
        qWarning("%s", qPrintable(wizard->plan()->problems.join(QLatin1Char('\n'))));
        return nullptr;
    }
    *digest = wizard->plan()->digest;
    QTest::mouseClick(wizard->findChild<QPushButton*>(QStringLiteral("nextButton")), Qt::LeftButton);
    auto* save = wizard->findChild<QPushButton*>(QStringLiteral("savePlanButton"));
    if (wizard->page() != ErasureWizard::Page::Confirm || !save->isVisible())
        return nullptr;
    QTest::mouseClick(save, Qt::LeftButton);
    return wizard;
}

ApprovalDialog* TestApprovalGui::openApproval(Desk& desk)
{
    MainWindow* w = desk.window.get();
    w->activateWindow();
    if (!QTest::qWaitForWindowActive(w))
        return nullptr;
    QTest::keyClick(w, Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    ApprovalDialog* dialog = nullptr;
    if (!QTest::qWaitFor([&] { return (dialog = w->findChild<ApprovalDialog*>()) && dialog->isVisible(); },
                         5000) ||
        !QTest::qWaitFor([&] { return !dialog->busy(); }, 20000))
        return nullptr;
    return dialog;
}

void TestApprovalGui::secondOfficerApprovesInTheWindow()
{
    makeWorkspace();
    auto olga = openDesk("olga");
    QVERIFY(olga);
    QString digest;
    QPointer<ErasureWizard> wizard = planForApproval(*olga, &digest);
    QVERIFY(wizard);
    auto check = storeAs("olga");
    QVERIFY(check);
    QCOMPARE(ErasureStore(*check).run(m_requestId, digest)->state, QStringLiteral("planned"));

    // Oscar makes his officer key from Workspace › Officer Key…: in his keychain, registered as his.
    auto oscar = openDesk("oscar");
    QVERIFY(oscar);
    MainWindow* ow = oscar->window.get();
    QVERIFY(!ow->store()->headSigner());
    ow->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(ow));
    QTest::keyClick(ow, Qt::Key_Y, Qt::ControlModifier | Qt::ShiftModifier);
    OfficerKeyDialog* keys = nullptr;
    QTRY_VERIFY((keys = ow->findChild<OfficerKeyDialog*>()) != nullptr && keys->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(!keys->busy(), 20000);
    QVERIFY(!keys->registered().has_value());
    QVERIFY(!keys->held().has_value());
    auto* make = keys->findChild<QPushButton*>(QStringLiteral("registerKeyButton"));
    QVERIFY(make->isEnabled());
    QSignalSpy registered(keys, &OfficerKeyDialog::keyRegistered);
    QTest::mouseClick(make, Qt::LeftButton);
    QMessageBox* question = nullptr;
    QTRY_VERIFY((question = keys->findChild<QMessageBox*>(QStringLiteral("registerKeyQuestion"))) != nullptr);
    QVERIFY2(question->text().contains(QLatin1String("first key")), qPrintable(question->text()));
    QTest::mouseClick(question->button(QMessageBox::Ok), Qt::LeftButton);
    QVERIFY(registered.wait(20000));
    const auto key = registered.first().first().value<MinisignKey>();
    const QString keyId = Minisign::keyIdHex(key.keyId);
    QTRY_VERIFY_WITH_TIMEOUT(!keys->busy() && keys->registered().has_value(), 20000);
    QCOMPARE(keys->registered()->keyId, keyId);
    QCOMPARE(Minisign::keyIdHex(keys->held()->keyId), keyId);
    QVERIFY(
        !keys->findChild<QPushButton*>(QStringLiteral("registerKeyButton"))->isEnabled()); // nothing to do
    auto stored = OfficerKeys::of(check->database(), oscar->login);
    VERIFY_OK(stored);
    QVERIFY(stored->has_value());
    QCOMPARE((*stored)->keyId, keyId);
    QVERIFY(ow->store()->headSigner()); // what oscar writes here is signed from now on
    QCOMPARE(Minisign::keyIdHex(ow->store()->headSigner()->key.keyId), keyId);
    keys->close();

    // Oscar approves from Request › Approve Erasure Plan…: the digest, the counts, who planned it.
    ApprovalDialog* dialog = openApproval(*oscar);
    QVERIFY(dialog);
    QCOMPARE(dialog->approvals().plans.size(), 1);
    QCOMPARE(dialog->findChild<QLabel*>(QStringLiteral("approvalDigest"))->text(), digest);
    const QString plannedBy = dialog->findChild<QLabel*>(QStringLiteral("approvalPlannedBy"))->text();
    QVERIFY2(plannedBy.startsWith(olga->login), qPrintable(plannedBy));
    const QString counts = dialog->findChild<QLabel*>(QStringLiteral("approvalCounts"))->text();
    QVERIFY2(counts.contains(QLatin1String("Rows to delete: 3")), qPrintable(counts));
    const QString signing = dialog->findChild<QLabel*>(QStringLiteral("approvalSigning"))->text();
    QVERIFY2(signing.contains(keyId), qPrintable(signing));
    auto* approve = dialog->findChild<QPushButton*>(QStringLiteral("approveButton"));
    QVERIFY(approve->isVisible());
    QVERIFY(!approve->isEnabled()); // the request's id is typed first
    auto* confirm = dialog->findChild<QLineEdit*>(QStringLiteral("approvalConfirmEdit"));
    QTest::keyClicks(confirm, QStringLiteral("R-0000"));
    QVERIFY(!approve->isEnabled());
    confirm->clear();
    QTest::keyClicks(confirm, m_requestId);
    QVERIFY(approve->isEnabled());
    QSignalSpy approved(ow, &MainWindow::erasurePlanApproved);
    QTest::mouseClick(approve, Qt::LeftButton);
    QVERIFY(approved.wait(20000));
    QCOMPARE(approved.first().at(1).toString(), digest);
    QVERIFY2(ow->messageBar()->text().contains(QLatin1String("approved")),
             qPrintable(ow->messageBar()->text()));

    // Stored as oscar's approval, with his signature over exactly this plan.
    auto run = ErasureStore(*check).run(m_requestId, digest);
    VERIFY_OK(run);
    QCOMPARE(run->state, QStringLiteral("approved"));
    QCOMPARE(run->approvedBy, oscar->login);
    VERIFY_OK(ApprovalSignature::check(check->database(), *run));
    QSqlQuery q(check->database());
    QVERIFY(
        q.exec(QStringLiteral("SELECT approval_signature FROM erasure_runs WHERE id = %1").arg(run->id)) &&
        q.next());
    const QByteArray signature = q.value(0).toString().toLatin1();
    q.finish(); // an unfinished read would keep SQLite's snapshot open on this connection
    QVERIFY(!signature.isEmpty());
    VERIFY_OK(Minisign::verify(key, ApprovalSignature::text(m_requestId, run->id, digest, oscar->login),
                               signature));
    QVERIFY(!Minisign::verify(
                 key,
                 ApprovalSignature::text(m_requestId, run->id, QString(64, QLatin1Char('0')), oscar->login),
                 signature)
                 .ok());

    // Olga may now run it from her wizard, to a verified report: the run checked oscar's signature.
    QVERIFY(wizard);
    QTest::mouseClick(wizard->findChild<QPushButton*>(QStringLiteral("backButton")), Qt::LeftButton);
    QTest::mouseClick(wizard->findChild<QPushButton*>(QStringLiteral("nextButton")), Qt::LeftButton);
    QVERIFY(!wizard->findChild<QLabel*>(QStringLiteral("fourEyesText"))->isVisible());
    QTest::keyClicks(wizard->findChild<QLineEdit*>(QStringLiteral("confirmEdit")),
                     QStringLiteral("alice@example.com"));
    auto* erase = wizard->findChild<QPushButton*>(QStringLiteral("eraseButton"));
    QVERIFY(erase->isEnabled());
    QSignalSpy finished(wizard.data(), &ErasureWizard::erasureFinished);
    QTest::mouseClick(erase, Qt::LeftButton);
    QVERIFY2(finished.wait(60000), qPrintable(wizard->messageBar()->text()));
    QVERIFY(finished.first().at(1).toJsonObject().value(QStringLiteral("verified")).toBool());
    QCOMPARE(ErasureStore(*check).run(m_requestId, digest)->startedBy, olga->login);
    SqlConnection shop;
    ConnectionParams sp;
    sp.path = m_shop;
    VERIFY_OK(shop.open(sp));
    QSqlQuery left(shop.db());
    QVERIFY(left.exec(QStringLiteral("SELECT COUNT(*) FROM users WHERE id = 1")) && left.next());
    QCOMPARE(left.value(0).toInt(), 0);
    QVERIFY(left.exec(QStringLiteral("SELECT COUNT(*) FROM orders")) && left.next());
    QCOMPARE(left.value(0).toInt(), 1); // Bob's order stays
}

void TestApprovalGui::plannerCannotApproveOwnPlan()
{
    makeWorkspace();
    auto olga = openDesk("olga");
    QVERIFY(olga);
    QString digest;
    QPointer<ErasureWizard> wizard = planForApproval(*olga, &digest);
    QVERIFY(wizard);
    // Her own wizard does not offer approving; it says a second officer approves.
    QVERIFY(!wizard->findChild<QPushButton*>(QStringLiteral("approvePlanButton"))->isVisible());
    QVERIFY(wizard->findChild<QLabel*>(QStringLiteral("fourEyesText"))->text().contains(digest));
    wizard->close();

    // The approval dialog shows her plan but no Approve button, with the store's reason.
    ApprovalDialog* dialog = openApproval(*olga);
    QVERIFY(dialog);
    QCOMPARE(dialog->approvals().plans.size(), 1);
    QCOMPARE(dialog->findChild<QLabel*>(QStringLiteral("approvalDigest"))->text(), digest);
    QVERIFY(!dialog->findChild<QPushButton*>(QStringLiteral("approveButton"))->isVisible());
    QVERIFY(!dialog->findChild<QLineEdit*>(QStringLiteral("approvalConfirmEdit"))->isVisible());
    QCOMPARE(dialog->messageBar()->kind(), MessageBar::Kind::Error);
    const QString why = dialog->messageBar()->text();
    QVERIFY2(why.contains(olga->login) && why.contains(QLatin1String("different officer approves it")),
             qPrintable(why));
    dialog->close();

    // And the store refuses it too, with the same words, whatever a window shows.
    auto store = storeAs("olga");
    QVERIFY(store);
    const auto refused = ErasureService::approve(*store, m_requestId, digest, std::nullopt);
    QVERIFY(!refused.ok());
    QVERIFY2(why.contains(refused.error().message), qPrintable(refused.error().message));
    QCOMPARE(ErasureStore(*store).run(m_requestId, digest)->state, QStringLiteral("planned"));
}

void TestApprovalGui::keyNotInThisKeychainIsRefused()
{
    makeWorkspace();
    // Oscar registered a key at another computer; this desk's keychain does not hold it.
    auto elsewhere = Minisign::generate();
    VERIFY_OK(elsewhere);
    const QString keyId = Minisign::keyIdHex(elsewhere->keyId);
    {
        auto store = storeAs("oscar");
        QVERIFY(store);
        VERIFY_OK(OfficerKeys::registerOwn(*store, *elsewhere));
    }
    auto olga = openDesk("olga");
    QVERIFY(olga);
    QString digest;
    QPointer<ErasureWizard> wizard = planForApproval(*olga, &digest);
    QVERIFY(wizard);
    wizard->close();

    auto oscar = openDesk("oscar");
    QVERIFY(oscar);
    MainWindow* ow = oscar->window.get();
    // The window says so as it opens, as lethe-cli warns.
    QCOMPARE(ow->messageBar()->kind(), MessageBar::Kind::Warning);
    QVERIFY2(ow->messageBar()->text().contains(keyId), qPrintable(ow->messageBar()->text()));

    // The approval dialog: no Approve button, the reason lethe-cli erase --approve refuses with, and what to
    // do.
    ApprovalDialog* dialog = openApproval(*oscar);
    QVERIFY(dialog);
    QCOMPARE(dialog->approvals().plans.size(), 1);
    QVERIFY(!dialog->findChild<QPushButton*>(QStringLiteral("approveButton"))->isVisible());
    const QString why = dialog->messageBar()->text();
    QVERIFY2(why.contains(keyId) && why.contains(QLatin1String("not in this keychain")) &&
                 why.contains(QStringLiteral("Workspace › Officer Key…")),
             qPrintable(why));
    auto store = storeAs("oscar"); // opened as lethe-cli opens it: no key in this keychain
    QVERIFY(store);
    const auto refused = ErasureService::approve(*store, m_requestId, digest, std::nullopt);
    QVERIFY(!refused.ok());
    QVERIFY2(why.contains(refused.error().message),
             qPrintable(why + QLatin1Char('\n') + refused.error().message));
    dialog->close();
    QCOMPARE(ErasureStore(*store).run(m_requestId, digest)->state, QStringLiteral("planned"));

    // The officer key dialog says the same, and offers to replace the key from here.
    ow->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(ow));
    QTest::keyClick(ow, Qt::Key_Y, Qt::ControlModifier | Qt::ShiftModifier);
    OfficerKeyDialog* keys = nullptr;
    QTRY_VERIFY((keys = ow->findChild<OfficerKeyDialog*>()) != nullptr && keys->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(!keys->busy(), 20000);
    QCOMPARE(keys->registered()->keyId, keyId);
    QVERIFY(!keys->held().has_value());
    QCOMPARE(keys->messageBar()->kind(), MessageBar::Kind::Warning);
    QVERIFY2(keys->messageBar()->text().contains(keyId), qPrintable(keys->messageBar()->text()));
    QVERIFY(keys->findChild<QPushButton*>(QStringLiteral("registerKeyButton"))->isEnabled());
    keys->close();

    // Once this keychain holds the registered key, the Officer Key dialog finds it there and the window signs
    // with it; the approval then goes through, signed with it.
    auto secret = Minisign::serializeSecret(*elsewhere);
    VERIFY_OK(secret);
    bool written = false;
    oscar->keychain->write(OfficerKeys::keychainName(oscar->workspaceName, oscar->login), *secret,
                           [&](Status s) { written = s.ok(); });
    QTRY_VERIFY(written);
    ow->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(ow));
    QTest::keyClick(ow, Qt::Key_Y, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY((keys = ow->findChild<OfficerKeyDialog*>()) != nullptr && keys->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(!keys->busy(), 20000);
    QCOMPARE(Minisign::keyIdHex(keys->held()->keyId), keyId);
    QTRY_VERIFY(ow->store()->headSigner() != nullptr);
    QCOMPARE(Minisign::keyIdHex(ow->store()->headSigner()->key.keyId), keyId);
    keys->close();
    dialog = openApproval(*oscar);
    QVERIFY(dialog);
    QVERIFY(dialog->findChild<QPushButton*>(QStringLiteral("approveButton"))->isVisible());
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("approvalConfirmEdit")), m_requestId);
    QSignalSpy approved(ow, &MainWindow::erasurePlanApproved);
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("approveButton")), Qt::LeftButton);
    QVERIFY(approved.wait(20000));
    auto run = ErasureStore(*store).run(m_requestId, digest);
    VERIFY_OK(run);
    QCOMPARE(run->approvedBy, oscar->login);
    VERIFY_OK(ApprovalSignature::check(store->database(), *run));
}

// The second officer plans the same erasure in his own wizard: it finds the plan olga saved (the same digest)
// and offers to approve it there, through the same dialog. No officer key is registered, so the approval is
// not signed, as a one-person workspace always had; the wizard then says he approved it and may not run it.
void TestApprovalGui::approveFromTheWizard()
{
    makeWorkspace();
    auto olga = openDesk("olga");
    QVERIFY(olga);
    QString digest;
    QPointer<ErasureWizard> mine = planForApproval(*olga, &digest);
    QVERIFY(mine);
    mine->close();

    auto oscar = openDesk("oscar");
    QVERIFY(oscar);
    MainWindow* ow = oscar->window.get();
    ow->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(ow));
    QTest::keyClick(ow, Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
    QPointer<ErasureWizard> wizard;
    QTRY_VERIFY((wizard = ow->findChild<ErasureWizard*>()) && wizard->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(wizard->plan().has_value(), 30000);
    QCOMPARE(wizard->plan()->digest, digest); // the data has not changed: the same plan
    QTest::mouseClick(wizard->findChild<QPushButton*>(QStringLiteral("nextButton")), Qt::LeftButton);
    QCOMPARE(wizard->page(), ErasureWizard::Page::Confirm);
    QVERIFY(!wizard->findChild<QPushButton*>(QStringLiteral("savePlanButton"))->isVisible());
    QVERIFY(!wizard->findChild<QPushButton*>(QStringLiteral("eraseButton"))->isEnabled());
    const QString fourEyes = wizard->findChild<QLabel*>(QStringLiteral("fourEyesText"))->text();
    QVERIFY2(fourEyes.contains(olga->login), qPrintable(fourEyes));
    auto* approveHere = wizard->findChild<QPushButton*>(QStringLiteral("approvePlanButton"));
    QVERIFY(approveHere->isVisible());
    QTest::mouseClick(approveHere, Qt::LeftButton);
    ApprovalDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = wizard->findChild<ApprovalDialog*>()) != nullptr && dialog->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->busy(), 20000);
    QCOMPARE(dialog->findChild<QLabel*>(QStringLiteral("approvalDigest"))->text(), digest);
    const QString signing = dialog->findChild<QLabel*>(QStringLiteral("approvalSigning"))->text();
    QVERIFY2(signing.startsWith(QLatin1String("Not signed")), qPrintable(signing));
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("approvalConfirmEdit")), m_requestId);
    QSignalSpy approved(wizard.data(), &ErasureWizard::planApproved);
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("approveButton")), Qt::LeftButton);
    QVERIFY(approved.wait(20000));
    auto check = storeAs("oscar");
    QVERIFY(check);
    auto run = ErasureStore(*check).run(m_requestId, digest);
    VERIFY_OK(run);
    QCOMPARE(run->state, QStringLiteral("approved"));
    QCOMPARE(run->approvedBy, oscar->login);
    VERIFY_OK(ApprovalSignature::check(check->database(), *run)); // unsigned, and none required
    // Back on the Confirm page: he approved it, so he may not run it.
    QCOMPARE(wizard->page(), ErasureWizard::Page::Confirm);
    QVERIFY(!approveHere->isVisible());
    QTest::keyClicks(wizard->findChild<QLineEdit*>(QStringLiteral("confirmEdit")),
                     QStringLiteral("alice@example.com"));
    QVERIFY(!wizard->findChild<QPushButton*>(QStringLiteral("eraseButton"))->isEnabled());
    QVERIFY(wizard->findChild<QLabel*>(QStringLiteral("fourEyesText"))
                ->text()
                .contains(QLatin1String("You approved")));
}

QTEST_MAIN(TestApprovalGui)
#include "tst_approvalgui.moc"
