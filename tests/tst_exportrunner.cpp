#include "AuditLog.h"
#include "BundleReader.h"
#include "CommitDropper.h"
#include "ExportDialog.h"
#include "ExportRunner.h"
#include "FakeCredentialStore.h"
#include "HeldItems.h"
#include "MainWindow.h"
#include "MessageBar.h"
#include "Minisign.h"
#include "RequestDetailPane.h"
#include "TestSupport.h"
#include "Workspace.h"
#include "WorkspaceFixtures.h"
#include "WorkspaceKeys.h"
#include "WorkspaceMaps.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QScopeGuard>
#include <QSemaphore>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace lethe;

// The GUI's export (issue 6): ExportRunner writes a bundle that BundleReader finds intact and signed by the
// workspace's own key (made in the keychain on first use, and only when the keychain says it has none), with
// `export.write` audited; a cancel leaves neither the file nor its .part; an erasure request is refused, and
// Request › Export Bundle… is disabled for it and says why; for an access request Ctrl+Shift+X opens the
// dialog, which exports and reports in the message bar. Encryption in the dialog: a passphrase typed twice
// (too short or differing keeps Export disabled) gives NAME.lethe.zip.age that BundleReader opens with it,
// intact and trusted, and refuses with another; the passphrase is kept nowhere (audit: "passphrase"); age
// public keys are checked line by line as they are typed.
class TestExportRunner : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void writesTrustedBundleAndAudits();
    void defaultFolderExistsOrIsHome();
    void cancelLeavesNoFile();
    void cancelWhileReadingTheKeychain();
    void erasureRequestIsRefused();
    void unreadableKeychainMakesNoKey();
    void failureKeepsTheDialogOpen();
    void lostConnectionHoldsTheExport();
    void lostRecordIsRecordedOnce_data();
    void heldRecordIsFoundByItsId_data();
    void heldRecordIsFoundByItsId();
    void lostRecordIsRecordedOnce();
    void heldExportSettledAtNextOpening_data();
    void heldExportSettledAtNextOpening();
    void heldExportSettledOnSqlite_data();
    void heldExportSettledOnSqlite();
    void cliRerunSettlesHeldExport_data();
    void cliRerunSettlesHeldExport();
    void cliKilledAtRecordIsSettled();
    void cliOpeningSettlesHeldOnSqlite_data();
    void cliOpeningSettlesHeldOnSqlite();
    void heldItemsAreOwnersAndRefuseWhenUnsure();
    void actionFollowsTheRequestType();
    void dialogExportsAndReports();
    void dialogEncryptsWithAPassphrase();
    void dialogChecksPublicKeys();
    void dialogIncludesOthersWithAReason();

private:
    ExportRunner::Workspace workspace() const;
    std::unique_ptr<WorkspaceStore> store() const;
    QString addRequest(RequestType type, const QString& name, const QString& email, bool verify = true);
    std::optional<MinisignKey> workspaceKey();
    QList<AuditEvent> exports(const QString& requestId) const;
    void openWindow();
    // The window open with no reconnection attempt until one is asked for, and Request › Export Bundle… on
    // the access request.
    ExportDialog* openHeldExport();
    // On a PostgreSQL workspace (usePostgresWorkspace), the access request exported to `target` and the
    // connection lost at the COMMIT of its export.write (test::CommitDropper::Drop `drop`): `dialog` held,
    // no failure said.
    void exportUntilRecordLost(const QString& target, int drop, QPointer<ExportDialog>& dialog);
    // The same shop, map, settings and requests in a workspace on a scratch PostgreSQL database, reached
    // through m_relay.
    void usePostgresWorkspace();
    // A new window on the workspace (the program started again); what it said it settled as it opened.
    QStringList reopenWindow();
    // lethe-cli on the workspace, with a home of its own for this test (its keychain is the session's).
    test::CliRun cli(QStringList args, bool json = true);
    QString cliHome() const { return m_dir.filePath(m_wsName + QStringLiteral("-home")); }
    // What a window or program that has gone leaves after its export's record met a lost connection, made
    // on a SQLite workspace: the access request's bundle written and signed, its export.write in the
    // workspace's log (`recorded`) or sent to a copy of the workspace that kept it (the workspace never got
    // it), kept as NAME.unrecorded (or, `atItsName`, still at its name: the program was killed before it
    // sent the record) and written down in `ledger`, released. Returns the export id.
    QString leaveHeld(const HeldItems& ledger, const QString& target, bool recorded, bool atItsName,
                      bool withdrawn);
    // The bundle at `target` is whole and signed by the workspace's key (`cliKey`: the one lethe-cli keeps
    // in the session's keychain, read by `lethe-cli bundle verify`).
    void verifyBundle(const QString& target, bool cliKey);

    QTemporaryDir m_dir;
    QString m_ws;
    QString m_wsName;
    QString m_shop;
    ConnectionParams m_wsParams;
    QString m_access;
    QString m_erasure;
    QString m_unverified; // an access request whose subject is not verified yet
    std::unique_ptr<FakeCredentialStore> m_credentials;
    std::unique_ptr<test::ScratchDatabase> m_pg;
    std::unique_ptr<test::CommitDropper> m_relay;
    std::unique_ptr<MainWindow> m_window;
    const QDateTime m_now{QDate(2026, 12, 1), QTime(9, 30), Qt::UTC};
};

void TestExportRunner::initTestCase()
{
    test::isolate();
    QVERIFY(m_dir.isValid());
}

// A shop database with the subject (Alice: her account, an address, three orders, 25 sessions) and another
// customer (Carol); its data map in a fresh workspace; Alice's access request and an erasure request.
void TestExportRunner::init()
{
    test::actAs(QStringLiteral("olga"));
    static int n = 0;
    ++n;
    m_wsName = QStringLiteral("exp%1").arg(n);
    m_ws = m_dir.filePath(m_wsName);
    auto ws = Workspaces::create(m_ws);
    QVERIFY(ws.ok());
    m_wsParams = ws->store;
    m_wsName = ws->name;
    {
        // The report names the controller and the authority: an export is refused without them.
        auto s = store();
        QVERIFY(s);
        QVERIFY(test::setReportContacts(*s).ok());
    }
    m_shop = m_dir.filePath(QStringLiteral("shop%1.db").arg(n));
    {
        SqlConnection c;
        ConnectionParams p;
        p.path = m_shop;
        QVERIFY(c.open(p).ok());
        QSqlQuery q(c.db());
        const QStringList sql{
            QStringLiteral(
                "CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT NOT NULL, name TEXT NOT NULL)"),
            QStringLiteral(
                "CREATE TABLE addresses (id INTEGER PRIMARY KEY, user_id INTEGER NOT NULL REFERENCES "
                "users(id), city TEXT)"),
            QStringLiteral("CREATE TABLE orders (id INTEGER PRIMARY KEY, user_id INTEGER NOT NULL REFERENCES "
                           "users(id), kind TEXT NOT NULL)"),
            QStringLiteral(
                "CREATE TABLE sessions (id INTEGER PRIMARY KEY, user_id INTEGER NOT NULL REFERENCES "
                "users(id), ip TEXT)"),
            QStringLiteral("INSERT INTO users VALUES (1, 'alice@example.com', 'Alice')"),
            QStringLiteral("INSERT INTO users VALUES (3, 'carol@example.com', 'Carol')"),
            QStringLiteral("INSERT INTO addresses VALUES (10, 1, 'London')"),
            QStringLiteral("INSERT INTO addresses VALUES (12, 3, 'York')"),
            QStringLiteral("INSERT INTO orders VALUES (100, 1, 'invoice')"),
            QStringLiteral("INSERT INTO orders VALUES (101, 1, 'cart')"),
            QStringLiteral("INSERT INTO orders VALUES (102, 1, 'invoice')"),
            QStringLiteral("INSERT INTO orders VALUES (103, 3, 'invoice')"),
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
    QFile f(m_ws + QStringLiteral("/datamaps/shop.yaml"));
    QVERIFY(f.open(QIODevice::WriteOnly));
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
            m_shop.toUtf8() +
            R"(
    tables:
      - name: users
        primary_key: id
        fields:
          - {name: id, categories: [user.unique_id]}
          - {name: email, categories: [user.contact.email], identity: email}
          - {name: name, categories: [user.name]}
      - name: addresses
        primary_key: id
        fields:
          - {name: id, categories: [system.operations]}
          - {name: user_id, categories: [user.unique_id], references: users.id}
          - {name: city, categories: [user.contact.address.city]}
      - name: orders
        primary_key: id
        fields:
          - {name: id, categories: [system.operations]}
          - {name: user_id, categories: [user.unique_id], references: users.id}
          - {name: kind, categories: [system.operations]}
      - name: sessions
        primary_key: id
        fields:
          - {name: id, categories: [system.operations]}
          - {name: user_id, categories: [user.unique_id], references: users.id}
          - {name: ip, categories: [user.device.ip_address]}
)");
    f.close();
    m_access =
        addRequest(RequestType::Access, QStringLiteral("Alice Example"), QStringLiteral("alice@example.com"));
    m_erasure = addRequest(RequestType::Erasure, QStringLiteral("Carol Example"),
                           QStringLiteral("carol@example.com"));
    m_unverified = addRequest(RequestType::Access, QStringLiteral("Dora Example"),
                              QStringLiteral("dora@example.com"), false);
    QVERIFY(!m_access.isEmpty() && !m_erasure.isEmpty() && !m_unverified.isEmpty());
    m_credentials = std::make_unique<FakeCredentialStore>();
}

void TestExportRunner::cleanup()
{
    m_window.reset();
    m_credentials.reset();
    m_relay.reset();
    m_pg.reset();
}

void TestExportRunner::usePostgresWorkspace()
{
    if (!test::postgresConfigured())
        QFAIL(qPrintable(test::missingServerMessage("PostgreSQL")));
    m_pg = std::make_unique<test::ScratchDatabase>(test::postgresAdmin());
    QVERIFY2(m_pg->ok(), qPrintable(m_pg->error()));
    m_relay = std::make_unique<test::CommitDropper>(m_pg->params().port);
    ConnectionParams server = m_pg->params();
    server.port = m_relay->port();
    const QString folder = m_ws + QStringLiteral("-pg");
    auto ws = Workspaces::create(folder, server);
    QVERIFY2(ws.ok(), ws.ok() ? "" : qPrintable(ws.error().message));
    QVERIFY(QDir().mkpath(folder + QStringLiteral("/datamaps")));
    QVERIFY(QFile::copy(m_ws + QStringLiteral("/datamaps/shop.yaml"),
                        folder + QStringLiteral("/datamaps/shop.yaml")));
    m_ws = folder;
    m_wsParams = ws->store;
    m_wsName = ws->name;
    auto s = store();
    QVERIFY(s);
    QVERIFY(test::setReportContacts(*s).ok());
    m_access =
        addRequest(RequestType::Access, QStringLiteral("Alice Example"), QStringLiteral("alice@example.com"));
    QVERIFY(!m_access.isEmpty());
}

ExportRunner::Workspace TestExportRunner::workspace() const
{
    ExportRunner::Workspace ws;
    ws.name = m_wsName;
    ws.folder = m_ws;
    ws.store = m_wsParams;
    ws.actor = QStringLiteral("olga");
    ws.clock = [this] { return m_now; };
    return ws;
}

std::unique_ptr<WorkspaceStore> TestExportRunner::store() const
{
    auto s = WorkspaceStore::open(m_wsParams, QStringLiteral("check"), [this] { return m_now; });
    return s ? std::move(s).value() : nullptr;
}

QString TestExportRunner::addRequest(RequestType type, const QString& name, const QString& email, bool verify)
{
    auto s = store();
    if (!s)
        return {};
    NewRequest r;
    r.type = type;
    r.regulation = Regulation::Gdpr;
    r.received = QDate(2026, 11, 20);
    r.subjectName = name;
    r.identities = {{IdentityKind::Email, email}};
    auto added = s->addRequest(r);
    if (!added || !verify)
        return added ? added->humanId : QString();
    // Verified, as a request must be before anything is exported or erased.
    auto verified = s->transition(added->humanId, RequestStatus::Verified);
    return verified ? verified->humanId : QString();
}

// The workspace's signing key as the keychain holds it (none: nullopt).
std::optional<MinisignKey> TestExportRunner::workspaceKey()
{
    std::optional<Result<QString>> text;
    m_credentials->read(WorkspaceKeys::signingKeyName(m_wsName), [&](Result<QString> r) { text.emplace(r); });
    if (!QTest::qWaitFor([&] { return text.has_value(); }, 5000) || !*text)
        return std::nullopt;
    auto key = Minisign::parseSecret(**text);
    return key ? std::optional<MinisignKey>(*key) : std::nullopt;
}

QList<AuditEvent> TestExportRunner::exports(const QString& requestId) const
{
    QList<AuditEvent> out;
    auto s = store();
    if (!s)
        return out;
    for (const AuditEvent& e : s->audit().events(requestId).value())
        if (e.action == QLatin1String("export.write"))
            out << e;
    return out;
}

void TestExportRunner::writesTrustedBundleAndAudits()
{
    ExportRunner runner(m_credentials.get(), workspace());
    QSignalSpy progress(&runner, &ExportRunner::progress);
    QSignalSpy finished(&runner, &ExportRunner::finished);
    QSignalSpy failed(&runner, &ExportRunner::failed);
    ExportRunner::Order order;
    auto request = store()->request(m_access);
    QVERIFY(request.ok());
    order.request = *request;
    order.outFile = m_dir.filePath(QStringLiteral("alice.zip"));
    runner.start(order);
    QVERIFY(runner.isRunning());
    QVERIFY2(finished.wait(30000),
             failed.isEmpty() ? "timeout" : qPrintable(failed.first().first().toString()));
    QVERIFY(!runner.isRunning());
    const auto summary = finished.first().first().value<ExportRunner::Summary>();
    QCOMPARE(summary.file, order.outFile);
    QCOMPARE(summary.rows, 1 + 1 + 3 + 25); // Alice's rows only, not Carol's
    QCOMPARE(summary.tables, 4);
    QVERIFY(QFile::exists(order.outFile));
    QVERIFY(!QFile::exists(order.outFile + QStringLiteral(".part")));

    // Signed by the workspace's key, which the first export made in the keychain.
    const auto key = workspaceKey();
    QVERIFY(key);
    QCOMPARE(summary.keyId, Minisign::keyIdHex(key->keyId));
    auto verdict = BundleReader::verify(order.outFile, &*key);
    QVERIFY(verdict.ok());
    QVERIFY2(verdict->ok(), qPrintable(verdict->summary()));
    QCOMPARE(verdict->signature, BundleReader::Verdict::Signature::Trusted);
    QCOMPARE(verdict->signedBy, summary.keyId);

    // Progress: the search while the size is unknown, then the writing from 0 to the whole.
    QVERIFY(!progress.isEmpty());
    QVERIFY(progress.first().at(0).toString().startsWith(QLatin1String("Searching Shop")));
    QCOMPARE(progress.first().at(1).toDouble(), -1.0);
    double last = -1;
    for (const QList<QVariant>& p : std::as_const(progress)) {
        const double f = p.at(1).toDouble();
        QVERIFY(f == -1 || (f >= last && f <= 1.0));
        if (f >= 0)
            last = f;
    }
    QCOMPARE(last, 1.0);

    // export.write, with the same fields as lethe-cli export.
    const QList<AuditEvent> events = exports(m_access);
    QCOMPARE(events.size(), 1);
    const QJsonObject d = events.first().detailsObject();
    QCOMPARE(d.value(QStringLiteral("rows")).toInteger(), summary.rows);
    QCOMPARE(d.value(QStringLiteral("tables")).toInt(), summary.tables);
    QCOMPARE(d.value(QStringLiteral("files")).toInt(), summary.files);
    QCOMPARE(d.value(QStringLiteral("signed_by")).toString(), summary.keyId);
    QCOMPARE(events.first().actor, QStringLiteral("olga"));
    // The request's history says it in words (the plural form comes from the English translation, which
    // this test does not load).
    const QString said = RequestDetailPane::describeEvent(events.first());
    QVERIFY2(said.startsWith(QStringLiteral("Bundle exported: %1 row").arg(summary.rows)), qPrintable(said));
    QVERIFY2(said.endsWith(
                 QStringLiteral(" in %1 tables, signed by key %2").arg(summary.tables).arg(summary.keyId)),
             qPrintable(said));

    // A second export signs with the same key: it is made once.
    const int secrets = m_credentials->size();
    order.outFile = m_dir.filePath(QStringLiteral("alice-again.zip"));
    order.databasesOnly = true;
    runner.start(order);
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.last().first().value<ExportRunner::Summary>().keyId, summary.keyId);
    QCOMPARE(m_credentials->size(), secrets);
    QCOMPARE(exports(m_access).size(), 2);
}

void TestExportRunner::cancelLeavesNoFile()
{
    // The worker is held at its first writing step, while the ZIP is open as .part; then cancelled.
    QSemaphore reached, go;
    ExportRunner runner(m_credentials.get(), workspace());
    const auto letGo = qScopeGuard([&] { go.release(); }); // a failing check must not leave the worker held
    QSignalSpy finished(&runner, &ExportRunner::finished);
    QSignalSpy failed(&runner, &ExportRunner::failed);
    ExportRunner::Order order;
    order.request = store()->request(m_access).value();
    order.outFile = m_dir.filePath(QStringLiteral("cancelled.zip"));
    const QString part = order.outFile + QStringLiteral(".part");
    bool held = false;
    order.bundle.progress = [&](const QString& step, double) {
        if (!held && step.startsWith(QLatin1String("Writing"))) {
            held = true;
            reached.release();
            go.acquire();
        }
    };
    runner.start(order);
    QVERIFY(QTest::qWaitFor([&] { return reached.tryAcquire(); }, 30000));
    QVERIFY(QFile::exists(part)); // there is something to clean up
    runner.cancel();
    go.release();
    QVERIFY(failed.wait(30000));
    QVERIFY(finished.isEmpty());
    QCOMPARE(failed.first().at(1).toBool(), true);
    QVERIFY2(failed.first().at(0).toString().contains(QLatin1String("cancelled")),
             qPrintable(failed.first().at(0).toString()));
    QVERIFY(!QFile::exists(order.outFile));
    QVERIFY(!QFile::exists(part));
    // No spool left either (they live, encrypted, in a private folder of the cache).
    QCOMPARE(QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/spool"))
                 .entryList({QStringLiteral("export-%1-*").arg(QCoreApplication::applicationPid())},
                            QDir::AllEntries | QDir::Hidden),
             QStringList());
    QVERIFY(exports(m_access).isEmpty());
    QVERIFY(!runner.isRunning());
}

void TestExportRunner::cancelWhileReadingTheKeychain()
{
    ExportRunner runner(m_credentials.get(), workspace());
    QSignalSpy finished(&runner, &ExportRunner::finished);
    QSignalSpy failed(&runner, &ExportRunner::failed);
    ExportRunner::Order order;
    order.request = store()->request(m_access).value();
    order.outFile = m_dir.filePath(QStringLiteral("early.zip"));
    runner.start(order);
    runner.cancel();
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().at(1).toBool(), true);
    QVERIFY(!runner.isRunning());
    // A late keychain answer must not start the export after all: once the keychain has answered every call
    // (a call made from an answer counts too) and what those answers posted was delivered, nothing started.
    QTRY_COMPARE(m_credentials->pending(), 0);
    bool delivered = false;
    QMetaObject::invokeMethod(
        &runner, [&] { delivered = true; }, Qt::QueuedConnection);
    QTRY_VERIFY(delivered);
    QVERIFY(!runner.isRunning());
    QVERIFY(finished.isEmpty());
    QCOMPARE(failed.size(), 1);
    QVERIFY(!QFile::exists(order.outFile));
    QVERIFY(!QFile::exists(order.outFile + QStringLiteral(".part")));
}

void TestExportRunner::erasureRequestIsRefused()
{
    ExportRunner runner(m_credentials.get(), workspace());
    QSignalSpy failed(&runner, &ExportRunner::failed);
    ExportRunner::Order order;
    order.request = store()->request(m_erasure).value();
    order.outFile = m_dir.filePath(QStringLiteral("erasure.zip"));
    runner.start(order);
    QVERIFY(failed.wait(5000));
    QCOMPARE(failed.first().at(1).toBool(), false);
    QVERIFY2(failed.first().at(0).toString().contains(QLatin1String("access and portability")),
             qPrintable(failed.first().at(0).toString()));
    QVERIFY(!QFile::exists(order.outFile));
    QCOMPARE(m_credentials->size(), 0); // no key was made for it
    QVERIFY(exports(m_erasure).isEmpty());
}

void TestExportRunner::unreadableKeychainMakesNoKey()
{
    // A keychain that cannot be read must not lead to a new key replacing the one it may hold.
    m_credentials->setUnavailable(true);
    ExportRunner runner(m_credentials.get(), workspace());
    QSignalSpy failed(&runner, &ExportRunner::failed);
    ExportRunner::Order order;
    order.request = store()->request(m_access).value();
    order.outFile = m_dir.filePath(QStringLiteral("nokey.zip"));
    runner.start(order);
    QVERIFY(failed.wait(10000));
    QVERIFY2(failed.first().at(0).toString().contains(QLatin1String("signing key")),
             qPrintable(failed.first().at(0).toString()));
    m_credentials->setUnavailable(false);
    QCOMPARE(m_credentials->size(), 0);
    QVERIFY(!QFile::exists(order.outFile));
}

void TestExportRunner::failureKeepsTheDialogOpen()
{
    // The export fails (the keychain cannot be read): the dialog stays, with the message and what was
    // chosen, and Export can be pressed again.
    openWindow();
    QVERIFY(m_window->selectRequest(m_access));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_X, Qt::ControlModifier | Qt::ShiftModifier);
    QPointer<ExportDialog> dialog;
    QVERIFY(QTest::qWaitFor(
        [&] { return (dialog = m_window->findChild<ExportDialog*>()) && dialog->isVisible(); }, 5000));
    const QString target = m_dir.filePath(QStringLiteral("kept.lethe.zip"));
    dialog->findChild<QLineEdit*>(QStringLiteral("exportFile"))->setText(target);
    m_credentials->setUnavailable(true);
    auto restore = qScopeGuard([this] { m_credentials->setUnavailable(false); });
    QSignalSpy failed(dialog.data(), &ExportDialog::exportFailed);
    dialog->accept();
    QVERIFY(failed.wait(10000));
    QVERIFY(dialog && dialog->isVisible());
    QVERIFY2(dialog->problem().contains(QLatin1String("signing key")), qPrintable(dialog->problem()));
    QCOMPARE(dialog->fileName(), target);
    QVERIFY(dialog->findChild<QLineEdit*>(QStringLiteral("exportFile"))->isEnabled());
    QVERIFY(!QFile::exists(target));
    dialog->reject();
    QVERIFY(QTest::qWaitFor([&] { return !dialog || !dialog->isVisible(); }, 5000));
}

// The workspace's share goes away as the export starts (docs/team.md, "A lost connection"): the window's
// banner, not an error; the dialog held with what was chosen and its own Retry Now, nothing left behind; once
// the connection is back, Export runs again to a whole bundle, audited once.
void TestExportRunner::lostConnectionHoldsTheExport()
{
    QPointer<ExportDialog> dialog = openHeldExport();
    QVERIFY(dialog);
    const QString target = m_dir.filePath(QStringLiteral("held.lethe.zip"));
    dialog->findChild<QLineEdit*>(QStringLiteral("exportFile"))->setText(target);
    const QString away = m_wsParams.path + QStringLiteral("-away");
    QVERIFY(QFile::rename(m_wsParams.path, away)); // the window's open connection keeps the file it has
    QSignalSpy lost(m_window.get(), &MainWindow::connectionLost);
    QSignalSpy failed(dialog.data(), &ExportDialog::exportFailed);
    dialog->accept();
    QVERIFY(lost.wait(30000));
    QVERIFY(failed.isEmpty());
    QVERIFY(m_window->connectionBar()->isVisible());
    QVERIFY(dialog && dialog->isVisible() && dialog->isHeld());
    QVERIFY2(dialog->problem().contains(QLatin1String("the connection to the workspace was lost")),
             qPrintable(dialog->problem()));
    QCOMPARE(dialog->fileName(), target);
    QVERIFY(!dialog->okButton()->isEnabled());
    QVERIFY(!QFile::exists(target));
    QVERIFY(!QFile::exists(target + QStringLiteral(".part")));

    QVERIFY(QFile::rename(away, m_wsParams.path));
    QSignalSpy back(m_window.get(), &MainWindow::reconnected);
    QVERIFY(dialog->retryButton()->isVisible());
    QTest::mouseClick(dialog->retryButton(), Qt::LeftButton);
    QVERIFY(back.wait(20000));
    QVERIFY(!dialog->isHeld());
    QVERIFY(dialog->okButton()->isEnabled());
    QSignalSpy exported(dialog.data(), &ExportDialog::exported);
    dialog->accept();
    QVERIFY(exported.wait(30000));
    QVERIFY(QFile::exists(target));
    QCOMPARE(exports(m_access).size(), 1);
}

void TestExportRunner::lostRecordIsRecordedOnce_data()
{
    QTest::addColumn<int>("drop");
    QTest::addColumn<bool>("closeWhileHeld");
    QTest::newRow("answer lost after COMMIT, recorded once back")
        << int(test::CommitDropper::Drop::AfterCommit) << false;
    QTest::newRow("lost before COMMIT, recorded once back")
        << int(test::CommitDropper::Drop::BeforeCommit) << false;
    QTest::newRow("answer lost after COMMIT, dialog closed")
        << int(test::CommitDropper::Drop::AfterCommit) << true;
    QTest::newRow("lost before COMMIT, dialog closed")
        << int(test::CommitDropper::Drop::BeforeCommit) << true;
}

// The bundle is written and the server goes away at the COMMIT of its export.write: the bundle is kept out of
// place (never at its name while the audit log may not know of it) and the dialog held; once back, the record
// is found by its export id (saved: not written again) or written once, and the bundle, complete and signed,
// moved to its name. Closed while held, the window settles it the same way and says which.
void TestExportRunner::lostRecordIsRecordedOnce()
{
    QFETCH(int, drop);
    QFETCH(bool, closeWhileHeld);
    const bool saved = drop == int(test::CommitDropper::Drop::AfterCommit);
    static int n = 0;
    const QString target = m_dir.filePath(QStringLiteral("recorded%1.lethe.zip").arg(++n));
    const QString held = ExportRunner::heldName(target);
    QPointer<ExportDialog> dialog;
    exportUntilRecordLost(target, drop, dialog);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(dialog->isVisible());
    QVERIFY2(dialog->problem().contains(QLatin1String("the bundle is written")),
             qPrintable(dialog->problem()));
    QVERIFY(!QFile::exists(target)); // not at its name while its record is not known
    QVERIFY(QFile::exists(held));

    QSignalSpy back(m_window.get(), &MainWindow::reconnected);
    ExportRunner::Summary summary;
    if (closeWhileHeld) {
        dialog->reject(); // Cancel, Esc
        QTRY_VERIFY(!dialog);
        MessageBar* bar = m_window->messageBar();
        QVERIFY2(bar->text().contains(QLatin1String("is not known yet")), qPrintable(bar->text()));
        QSignalSpy settled(m_window.get(), &MainWindow::pendingChangeSettled);
        QTest::mouseClick(m_window->connectionBar()->actionButton(), Qt::LeftButton);
        QVERIFY(back.wait(20000));
        QVERIFY(settled.size() == 1 || settled.wait(20000));
        QVERIFY2(bar->text().contains(saved ? QLatin1String("had been recorded")
                                            : QLatin1String("was not recorded")),
                 qPrintable(bar->text()));
        QCOMPARE(QFile::exists(target), saved);
        QVERIFY(!QFile::exists(held));
        QCOMPARE(exports(m_access).size(), saved ? 1 : 0);
        if (!saved)
            return;
    } else {
        QSignalSpy exported(dialog.data(), &ExportDialog::exported);
        QVERIFY(dialog->retryButton()->isVisible());
        QTest::mouseClick(dialog->retryButton(), Qt::LeftButton);
        QVERIFY(back.wait(20000));
        QVERIFY(exported.size() == 1 || exported.wait(30000));
        summary = exported.first().first().value<ExportRunner::Summary>();
        QCOMPARE(summary.alreadyRecorded, saved);
        QCOMPARE(summary.file, target);
        QTRY_VERIFY(!dialog);
        QVERIFY2(m_window->messageBar()->text().contains(saved ? QLatin1String("it was not recorded twice")
                                                               : QLatin1String("written to")),
                 qPrintable(m_window->messageBar()->text()));
    }
    // One export.write, with the export's id, and the bundle at its name complete and signed.
    const QList<AuditEvent> events = exports(m_access);
    QCOMPARE(events.size(), 1);
    QVERIFY(!events.first().detailsObject().value(QStringLiteral("export_id")).toString().isEmpty());
    QVERIFY(QFile::exists(target));
    QVERIFY(!QFile::exists(held));
    const auto key = workspaceKey();
    QVERIFY(key);
    auto verdict = BundleReader::verify(target, &*key);
    QVERIFY(verdict.ok());
    QVERIFY2(verdict->ok(), qPrintable(verdict->summary()));
    QCOMPARE(verdict->signature, BundleReader::Verdict::Signature::Trusted);
    auto s = store();
    QVERIFY(s);
    QVERIFY(s->audit().verify().ok);
}

void TestExportRunner::heldRecordIsFoundByItsId_data()
{
    QTest::addColumn<bool>("postgres");
    QTest::newRow("sqlite") << false;
    QTest::newRow("postgresql") << true;
}

// What settles a held bundle (ExportRunner::recordHeld), on each engine of a workspace: an export.write
// already saved with the bundle's export id is not written again; one that is not there is written once;
// either way the bundle is moved to its name.
void TestExportRunner::heldRecordIsFoundByItsId()
{
    QFETCH(bool, postgres);
    if (postgres) {
        usePostgresWorkspace();
        if (QTest::currentTestFailed())
            return;
    }
    auto s = store();
    QVERIFY(s);
    auto heldBundle = [&](const QString& name, const QString& id) {
        ExportRunner::Unrecorded held;
        held.requestId = m_access;
        held.exportId = id;
        held.summary.file = m_dir.filePath(name);
        held.heldFile = ExportRunner::heldName(held.summary.file);
        held.details = {{QStringLiteral("rows"), 30}, {QStringLiteral("export_id"), id}};
        QFile f(held.heldFile);
        if (f.open(QIODevice::WriteOnly))
            f.write("a bundle");
        return held;
    };
    const QString tag = QString::fromLatin1(QTest::currentDataTag());
    // Saved before the connection was lost, its answer lost.
    const ExportRunner::Unrecorded saved =
        heldBundle(tag + QStringLiteral("-saved.zip"), QStringLiteral("id-saved"));
    QVERIFY(s->record(QStringLiteral("export.write"), m_access, saved.details).ok());
    auto done = ExportRunner::recordHeld(*s, saved);
    QVERIFY2(done.ok(), done.ok() ? "" : qPrintable(done.error().message));
    QVERIFY(done->alreadyRecorded);
    QCOMPARE(exports(m_access).size(), 1);
    QVERIFY(QFile::exists(saved.summary.file));
    QVERIFY(!QFile::exists(saved.heldFile));
    // Not saved: recorded now, once.
    const ExportRunner::Unrecorded lostBefore =
        heldBundle(tag + QStringLiteral("-lost.zip"), QStringLiteral("id-lost"));
    done = ExportRunner::recordHeld(*s, lostBefore);
    QVERIFY2(done.ok(), done.ok() ? "" : qPrintable(done.error().message));
    QVERIFY(!done->alreadyRecorded);
    const QList<AuditEvent> events = exports(m_access);
    QCOMPARE(events.size(), 2);
    QCOMPARE(events.last().detailsObject().value(QStringLiteral("export_id")).toString(),
             QStringLiteral("id-lost"));
    QVERIFY(QFile::exists(lostBefore.summary.file));
    QVERIFY(!QFile::exists(lostBefore.heldFile));
}

QStringList TestExportRunner::reopenWindow()
{
    m_window = std::make_unique<MainWindow>(m_credentials.get());
    m_window->setClock([this] { return m_now; });
    m_window->setReconnectSchedule({std::chrono::hours(1)});
    m_window->show();
    if (!QTest::qWaitForWindowExposed(m_window.get()))
        return {QStringLiteral("window not exposed")};
    QSignalSpy loaded(m_window.get(), &MainWindow::queueLoaded);
    QSignalSpy settled(m_window.get(), &MainWindow::heldItemsSettled);
    m_window->openWorkspace(m_ws);
    if (!loaded.wait(10000))
        return {QStringLiteral("queue not loaded")};
    return settled.isEmpty() ? QStringList() : settled.first().first().toStringList();
}

test::CliRun TestExportRunner::cli(QStringList args, bool json)
{
    QDir().mkpath(cliHome());
    args << QStringLiteral("--workspace") << m_ws;
    return test::runCli(QStringLiteral(LETHE_CLI_PATH), cliHome(), std::move(args), json);
}

void TestExportRunner::verifyBundle(const QString& target, bool cliKey)
{
    QVERIFY(QFile::exists(target));
    if (cliKey) {
        const test::CliRun r = cli({QStringLiteral("bundle"), QStringLiteral("verify"), target}, false);
        QVERIFY2(r.code == 0, r.out.constData());
        return;
    }
    const auto key = workspaceKey();
    QVERIFY(key);
    auto verdict = BundleReader::verify(target, &*key);
    QVERIFY(verdict.ok());
    QVERIFY2(verdict->ok(), qPrintable(verdict->summary()));
    QCOMPARE(verdict->signature, BundleReader::Verdict::Signature::Trusted);
}

QString TestExportRunner::leaveHeld(const HeldItems& ledger, const QString& target, bool recorded,
                                    bool atItsName, bool withdrawn)
{
    QStringList issues;
    auto maps = WorkspaceMaps::load(m_ws, &issues);
    if (!maps)
        return {};
    std::optional<ResolvedSystems> resolved;
    SecretResolver::resolve(
        m_credentials.get(), *maps, QString(), [] { return true; },
        [&](const ResolvedSystems& r) { resolved = r; });
    std::optional<Result<MinisignKey>> key;
    WorkspaceKeys::signingKey(m_credentials.get(), m_wsName, [&](Result<MinisignKey> k) { key.emplace(k); });
    if (!QTest::qWaitFor([&] { return resolved && key; }, 10000) || !*key)
        return {};
    ConnectionParams params = m_wsParams;
    if (!recorded) {
        // A copy of the workspace gets the record, as if the COMMIT had never reached the workspace.
        params.path = m_dir.filePath(QFileInfo(target).fileName() + QStringLiteral(".db"));
        for (const QString& suffix : {QString(), QStringLiteral("-wal")})
            if (QFile::exists(m_wsParams.path + suffix) &&
                !QFile::copy(m_wsParams.path + suffix, params.path + suffix))
                return {};
    }
    QString id;
    {
        auto s = WorkspaceStore::open(params, QStringLiteral("olga"), [this] { return m_now; });
        if (!s)
            return {};
        auto request = (*s)->request(m_access);
        if (!request)
            return {};
        auto written = ExportRunner::writeBundle(**s, *request, resolved->systems(), **key, target, {});
        if (!written)
            return {};
        auto events = (*s)->audit().events(m_access);
        if (!events || events->isEmpty() || events->last().action != QLatin1String("export.write"))
            return {};
        HeldItems::Item item;
        item.kind = HeldItems::Kind::Export;
        item.details = events->last().detailsObject();
        item.id = item.details.value(QStringLiteral("export_id")).toString();
        item.requestId = m_access;
        item.actor = QStringLiteral("olga");
        item.pid = 0; // its window closed, or its program ended
        item.session = QStringLiteral("gone");
        item.file = target;
        item.heldFile = ExportRunner::heldName(target);
        item.withdrawn = withdrawn;
        if (!atItsName && !QFile::rename(target, item.heldFile))
            return {};
        if (!HeldItems(ledger).add(item))
            return {};
        id = item.id;
    }
    return id;
}

void TestExportRunner::heldExportSettledAtNextOpening_data()
{
    QTest::addColumn<int>("drop");
    QTest::addColumn<bool>("closeDialog");
    QTest::newRow("answer lost after COMMIT, window closed")
        << int(test::CommitDropper::Drop::AfterCommit) << false;
    QTest::newRow("lost before COMMIT, window closed")
        << int(test::CommitDropper::Drop::BeforeCommit) << false;
    QTest::newRow("answer lost after COMMIT, dialog then window closed")
        << int(test::CommitDropper::Drop::AfterCommit) << true;
    QTest::newRow("lost before COMMIT, dialog then window closed")
        << int(test::CommitDropper::Drop::BeforeCommit) << true;
}

// PostgreSQL: the export's bundle is written and the connection goes at the COMMIT of its export.write; the
// window is closed (the program ends) before the connection is back, with the export dialog still held or
// closed first. The next window on the workspace reads the export's fate by its id and settles it: recorded
// before, its bundle moved to its name; not recorded, recorded now, once (the dialog held: the export was
// still wanted) or its bundle removed (the dialog closed: as the window said then). Either way said, one
// export.write at most, the bundle whole and signed, the audit log intact, nothing left held.
void TestExportRunner::heldExportSettledAtNextOpening()
{
    QFETCH(int, drop);
    QFETCH(bool, closeDialog);
    const bool saved = drop == int(test::CommitDropper::Drop::AfterCommit);
    static int n = 0;
    const QString target = m_dir.filePath(QStringLiteral("reopened%1.lethe.zip").arg(++n));
    const QString held = ExportRunner::heldName(target);
    QPointer<ExportDialog> dialog;
    exportUntilRecordLost(target, drop, dialog);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(QFile::exists(held));
    if (closeDialog) {
        dialog->reject();
        QTRY_VERIFY(!dialog);
    }
    m_window.reset(); // closed before the connection is back
    QVERIFY(QFile::exists(held));
    QVERIFY(!QFile::exists(target));

    const QStringList told = reopenWindow();
    QCOMPARE(told.size(), 1);
    const QString bar = m_window->messageBar()->text();
    QVERIFY2(bar.contains(told.first()), qPrintable(bar));
    QVERIFY2(told.first().contains(m_access), qPrintable(told.first()));
    QVERIFY(!QFile::exists(held));
    const bool recorded = saved || !closeDialog;
    QCOMPARE(exports(m_access).size(), recorded ? 1 : 0);
    if (saved)
        QVERIFY2(told.first().contains(QLatin1String("had been recorded")), qPrintable(told.first()));
    else if (!closeDialog)
        QVERIFY2(told.first().contains(QLatin1String("recorded now, once")), qPrintable(told.first()));
    else
        QVERIFY2(told.first().contains(QLatin1String("was removed")) &&
                     told.first().contains(QFileInfo(held).fileName()),
                 qPrintable(told.first()));
    if (recorded) {
        QVERIFY2(told.first().contains(QFileInfo(target).fileName()), qPrintable(told.first()));
        verifyBundle(target, false);
    } else {
        QVERIFY(!QFile::exists(target));
    }
    auto s = store();
    QVERIFY(s);
    QVERIFY(s->audit().verify().ok);
    auto items = HeldItems(m_ws).items();
    QVERIFY(items);
    QVERIFY(items->isEmpty());
    // Opened once more: nothing left to settle, nothing recorded again.
    QVERIFY(reopenWindow().isEmpty());
    QCOMPARE(exports(m_access).size(), recorded ? 1 : 0);
}

void TestExportRunner::heldExportSettledOnSqlite_data()
{
    QTest::addColumn<bool>("recorded");
    QTest::addColumn<bool>("atItsName");
    QTest::addColumn<bool>("withdrawn");
    QTest::newRow("recorded, answer lost") << true << false << false;
    QTest::newRow("not recorded") << false << false << false;
    QTest::newRow("killed before its record was sent") << false << true << false;
    QTest::newRow("not recorded, dialog closed") << false << false << true;
}

// SQLite: what a window closed (or a program killed) before the connection came back left held, settled by
// the next window on the workspace as on PostgreSQL.
void TestExportRunner::heldExportSettledOnSqlite()
{
    QFETCH(bool, recorded);
    QFETCH(bool, atItsName);
    QFETCH(bool, withdrawn);
    const QString target = m_dir.filePath(m_wsName + QStringLiteral(".lethe.zip"));
    const QString held = ExportRunner::heldName(target);
    const QString id = leaveHeld(HeldItems(m_ws), target, recorded, atItsName, withdrawn);
    QVERIFY(!id.isEmpty());
    QCOMPARE(exports(m_access).size(), recorded ? 1 : 0);

    const QStringList told = reopenWindow();
    QCOMPARE(told.size(), 1);
    QVERIFY2(m_window->messageBar()->text().contains(told.first()), qPrintable(told.first()));
    QVERIFY(!QFile::exists(held));
    const bool placed = recorded || !withdrawn;
    const QList<AuditEvent> events = exports(m_access);
    QCOMPARE(events.size(), placed ? 1 : 0);
    if (placed) {
        QCOMPARE(events.first().detailsObject().value(QStringLiteral("export_id")).toString(), id);
        QVERIFY2(told.first().contains(recorded ? QLatin1String("had been recorded")
                                                : QLatin1String("recorded now, once")),
                 qPrintable(told.first()));
        verifyBundle(target, false);
    } else {
        QVERIFY2(told.first().contains(QLatin1String("was removed")), qPrintable(told.first()));
        QVERIFY(!QFile::exists(target));
    }
    auto s = store();
    QVERIFY(s);
    QVERIFY(s->audit().verify().ok);
    auto items = HeldItems(m_ws).items();
    QVERIFY(items && items->isEmpty());
}

void TestExportRunner::cliRerunSettlesHeldExport_data()
{
    QTest::addColumn<int>("drop");
    QTest::newRow("answer lost after COMMIT") << int(test::CommitDropper::Drop::AfterCommit);
    QTest::newRow("lost before COMMIT") << int(test::CommitDropper::Drop::BeforeCommit);
}

// lethe-cli export whose export.write met a lost connection keeps its bundle as NAME.unrecorded and says to
// run it again; run again once the connection is back, it finds that export by its id and settles it rather
// than writing a second bundle and a second export.write: one event, the bundle whole at its name.
void TestExportRunner::cliRerunSettlesHeldExport()
{
    QFETCH(int, drop);
    const bool saved = drop == int(test::CommitDropper::Drop::AfterCommit);
    usePostgresWorkspace();
    if (QTest::currentTestFailed())
        return;
    const QString target = m_dir.filePath(m_wsName + QStringLiteral(".lethe.zip"));
    const QString held = ExportRunner::heldName(target);
    const QStringList args{QStringLiteral("export"), QStringLiteral("--request"), m_access,
                           QStringLiteral("--out"), target};
    m_relay->arm(test::CommitDropper::Drop(drop), "export.write");
    test::CliRun r = cli(args);
    QCOMPARE(m_relay->dropped(), 1);
    m_relay->arm(test::CommitDropper::Drop::Never);
    QVERIFY2(r.code == 5, r.err.constData());
    QVERIFY2(r.err.contains("Run the same command again"), r.err.constData());
    QVERIFY(QFile::exists(held));
    QVERIFY(!QFile::exists(target));
    QCOMPARE(exports(m_access).size(), saved ? 1 : 0);

    r = cli(args); // the connection is back
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY2(r.err.contains(saved ? "had been recorded" : "recorded now, once"), r.err.constData());
    const QJsonObject out = r.json().object();
    QVERIFY(out.value(QStringLiteral("settled_held")).toBool());
    QCOMPARE(out.value(QStringLiteral("already_recorded")).toBool(), saved);
    QCOMPARE(out.value(QStringLiteral("file")).toString(), target);
    QCOMPARE(exports(m_access).size(), 1);
    QVERIFY(!QFile::exists(held));
    verifyBundle(target, true);
    r = cli({QStringLiteral("audit"), QStringLiteral("verify")});
    QVERIFY2(r.code == 0, r.err.constData() + r.out);
    // Once more: the bundle is there, so nothing is written, and nothing recorded again.
    r = cli(args);
    QVERIFY(r.code != 0);
    QCOMPARE(exports(m_access).size(), 1);
}

// lethe-cli export killed while its export.write waits (the audit log locked by another session): the bundle
// is at its name and its record never made. The next export of the same file settles it: recorded once, not
// written again.
void TestExportRunner::cliKilledAtRecordIsSettled()
{
    usePostgresWorkspace();
    if (QTest::currentTestFailed())
        return;
    const QString target = m_dir.filePath(m_wsName + QStringLiteral(".lethe.zip"));
    const QStringList args{QStringLiteral("export"),
                           QStringLiteral("--request"),
                           m_access,
                           QStringLiteral("--out"),
                           target,
                           QStringLiteral("--workspace"),
                           m_ws};
    {
        test::TableLock lock(m_pg->params(), QStringLiteral("audit_events"));
        QVERIFY2(lock.ok(), qPrintable(lock.error()));
        QDir().mkpath(cliHome());
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), cliHome());
        env.insert(QStringLiteral("XDG_DATA_HOME"), cliHome() + QStringLiteral("/data"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), cliHome() + QStringLiteral("/config"));
        env.remove(QStringLiteral("LETHE_WORKSPACE"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(LETHE_CLI_PATH), args);
        QVERIFY(p.waitForStarted());
        QVERIFY(lock.waitForWaiter(60000)); // its export.write waits for the lock
        p.kill();
        QVERIFY(p.waitForFinished());
        lock.endWaiters();
    }
    QVERIFY(QFile::exists(target));
    QCOMPARE(exports(m_access).size(), 0);
    const test::CliRun r = cli(args.mid(0, 5));
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY2(r.err.contains("recorded now, once"), r.err.constData());
    QVERIFY(r.json().object().value(QStringLiteral("settled_held")).toBool());
    QCOMPARE(exports(m_access).size(), 1);
    QVERIFY(!QFile::exists(ExportRunner::heldName(target)));
    verifyBundle(target, true);
    auto s = store();
    QVERIFY(s);
    QVERIFY(s->audit().verify().ok);
}

void TestExportRunner::cliOpeningSettlesHeldOnSqlite_data()
{
    QTest::addColumn<bool>("recorded");
    QTest::addColumn<bool>("rerun");
    QTest::newRow("recorded, export run again") << true << true;
    QTest::newRow("not recorded, export run again") << false << true;
    QTest::newRow("recorded, audit verify opens it") << true << false;
    QTest::newRow("not recorded, audit verify opens it") << false << false;
}

// SQLite: a held export (its program ended) is settled by the next lethe-cli that opens the workspace, said
// on standard error: export run again for the same file, or any other command.
void TestExportRunner::cliOpeningSettlesHeldOnSqlite()
{
    QFETCH(bool, recorded);
    QFETCH(bool, rerun);
    const QString target = m_dir.filePath(m_wsName + QStringLiteral(".lethe.zip"));
    const QString id =
        leaveHeld(HeldItems(m_ws, cliHome() + QStringLiteral("/data/lethe")), target, recorded, false, false);
    QVERIFY(!id.isEmpty());
    const test::CliRun r = rerun ? cli({QStringLiteral("export"), QStringLiteral("--request"), m_access,
                                        QStringLiteral("--out"), target})
                                 : cli({QStringLiteral("audit"), QStringLiteral("verify")});
    QVERIFY2(r.code == 0, r.err.constData() + r.out);
    QVERIFY2(r.err.contains(recorded ? "had been recorded" : "recorded now, once") &&
                 r.err.contains(QFileInfo(target).fileName().toUtf8()),
             r.err.constData());
    const QList<AuditEvent> events = exports(m_access);
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.first().detailsObject().value(QStringLiteral("export_id")).toString(), id);
    QVERIFY(!QFile::exists(ExportRunner::heldName(target)));
    verifyBundle(target, false);
    auto s = store();
    QVERIFY(s);
    QVERIFY(s->audit().verify().ok);
    auto items = HeldItems(m_ws, cliHome() + QStringLiteral("/data/lethe")).items();
    QVERIFY(items && items->isEmpty());
}

// What is written down is the owner's alone (0600); an item of a Lethe still running is left to it (the
// window and lethe-cli settle only what a gone program or a closed window left), and lethe-cli export refuses
// to write over its held bundle; when both the bundle and its held copy are there, nothing is guessed:
// refused, said with both names, still held.
void TestExportRunner::heldItemsAreOwnersAndRefuseWhenUnsure()
{
    const QString target = m_dir.filePath(m_wsName + QStringLiteral(".lethe.zip"));
    const QString held = ExportRunner::heldName(target);
    const HeldItems ledger(m_ws, cliHome() + QStringLiteral("/data/lethe"));
    const QString id = leaveHeld(ledger, target, false, false, false);
    QVERIFY(!id.isEmpty());
    const QFileDevice::Permissions perms = QFile::permissions(ledger.path());
    QVERIFY(perms.testFlags(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    QVERIFY(!(perms & (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
                       QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther)));

    // Held by a program still running.
    QProcess running;
    running.start(QStringLiteral("sleep"), {QStringLiteral("60")});
    QVERIFY(running.waitForStarted());
    auto items = HeldItems(ledger).items();
    QVERIFY(items && items->size() == 1);
    HeldItems::Item item = items->first();
    item.pid = running.processId();
    item.started = 0; // stamped by add(): when that program started
    QVERIFY(HeldItems(ledger).add(item).ok());
    auto orphaned = HeldItems(ledger).orphaned();
    QVERIFY(orphaned && orphaned->isEmpty());
    // The holder killed and its process id taken by another program (which started at another time): not
    // the holder, so the item is orphaned and can be settled, rather than waiting for that program to end.
    {
        const qint64 started = HeldItems::processStart(running.processId());
        QVERIFY(started > 0);
        auto stamped = HeldItems(ledger).items();
        QVERIFY(stamped && stamped->size() == 1);
        QCOMPARE(stamped->first().started, started);
        HeldItems::Item reused = stamped->first();
        reused.started = started - 1;
        QVERIFY(HeldItems(ledger).add(reused).ok());
        orphaned = HeldItems(ledger).orphaned();
        QVERIFY(orphaned && orphaned->size() == 1);
        QVERIFY(HeldItems(ledger).add(stamped->first()).ok()); // held by the running program again
        orphaned = HeldItems(ledger).orphaned();
        QVERIFY(orphaned && orphaned->isEmpty());
    }
    test::CliRun r = cli(
        {QStringLiteral("export"), QStringLiteral("--request"), m_access, QStringLiteral("--out"), target});
    QVERIFY2(r.code != 0 && r.err.contains("still running"), r.err.constData());
    QVERIFY(QFile::exists(held) && !QFile::exists(target));
    QCOMPARE(exports(m_access).size(), 0);
    running.kill();
    QVERIFY(running.waitForFinished());
    orphaned = HeldItems(ledger).orphaned();
    QVERIFY(orphaned && orphaned->size() == 1);

    // Its bundle and a file at its name: which is it? Refused, nothing moved or recorded, still held.
    {
        QFile other(target);
        QVERIFY(other.open(QIODevice::WriteOnly));
        other.write("another file");
    }
    r = cli({QStringLiteral("audit"), QStringLiteral("verify")});
    QVERIFY2(r.err.contains("cannot tell which one is its bundle") && r.err.contains(held.toUtf8()),
             r.err.constData());
    QVERIFY(QFile::exists(held) && QFile::exists(target));
    QCOMPARE(exports(m_access).size(), 0);
    items = HeldItems(ledger).items();
    QVERIFY(items && items->size() == 1);
    // The other file gone: settled at the next opening.
    QVERIFY(QFile::remove(target));
    r = cli({QStringLiteral("audit"), QStringLiteral("verify")});
    QVERIFY2(r.code == 0 && r.err.contains("recorded now, once"), r.err.constData());
    QCOMPARE(exports(m_access).size(), 1);
    verifyBundle(target, false);

    // A damaged file is said, nothing in it settled; an export refuses to go on without a place to write
    // itself down, and leaves no bundle.
    {
        QFile damaged(ledger.path());
        QVERIFY(damaged.open(QIODevice::WriteOnly));
        damaged.write("{\"items\": [");
    }
    r = cli({QStringLiteral("audit"), QStringLiteral("verify")});
    QVERIFY2(r.code == 0 && r.err.contains("it is damaged"), r.err.constData());
    const QString second = m_dir.filePath(m_wsName + QStringLiteral("-2.lethe.zip"));
    r = cli(
        {QStringLiteral("export"), QStringLiteral("--request"), m_access, QStringLiteral("--out"), second});
    QVERIFY2(r.code != 0 && r.err.contains("cannot be written down"), r.err.constData());
    QVERIFY(!QFile::exists(second));
    QCOMPARE(exports(m_access).size(), 1);
}

void TestExportRunner::exportUntilRecordLost(const QString& target, int drop, QPointer<ExportDialog>& dialog)
{
    usePostgresWorkspace();
    if (QTest::currentTestFailed())
        return;
    dialog = openHeldExport();
    QVERIFY(dialog);
    dialog->findChild<QLineEdit*>(QStringLiteral("exportFile"))->setText(target);
    QSignalSpy lost(m_window.get(), &MainWindow::connectionLost);
    QSignalSpy failed(dialog.data(), &ExportDialog::exportFailed);
    m_relay->arm(test::CommitDropper::Drop(drop), "export.write");
    dialog->accept();
    QVERIFY(lost.wait(30000));
    QCOMPARE(m_relay->dropped(), 1);
    m_relay->arm(test::CommitDropper::Drop::Never);
    QVERIFY(failed.isEmpty());
    QVERIFY(dialog && dialog->isHeld());
}

ExportDialog* TestExportRunner::openHeldExport()
{
    openWindow();
    if (!m_window)
        return nullptr;
    m_window->setReconnectSchedule({std::chrono::hours(1)}); // no attempt until one is asked for
    if (!m_window->selectRequest(m_access))
        return nullptr;
    m_window->findChild<QAction*>(QStringLiteral("actionExport"))->trigger();
    ExportDialog* dialog = nullptr;
    if (!QTest::qWaitFor(
            [&] { return (dialog = m_window->findChild<ExportDialog*>()) && dialog->isVisible(); }, 5000))
        return nullptr;
    return dialog && dialog->isVisible() ? dialog : nullptr;
}

void TestExportRunner::openWindow()
{
    m_window = std::make_unique<MainWindow>(m_credentials.get());
    m_window->setClock([this] { return m_now; });
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QSignalSpy loaded(m_window.get(), &MainWindow::queueLoaded);
    m_window->openWorkspace(m_ws);
    QVERIFY(loaded.wait(10000));
}

void TestExportRunner::actionFollowsTheRequestType()
{
    openWindow();
    auto* action = m_window->findChild<QAction*>(QStringLiteral("actionExport"));
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X));
    QVERIFY(m_window->selectRequest(m_erasure));
    QVERIFY(!action->isEnabled());
    QVERIFY2(action->toolTip().contains(QLatin1String("access and portability")) &&
                 action->toolTip().contains(m_erasure),
             qPrintable(action->toolTip()));
    // The shortcut does nothing for it.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_X, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(!m_window->findChild<ExportDialog*>());
    // An access request whose subject is not verified gets no bundle either, and the tooltip says why.
    QVERIFY(m_window->selectRequest(m_unverified));
    QVERIFY(!action->isEnabled());
    QVERIFY2(action->toolTip().contains(QLatin1String("verified")), qPrintable(action->toolTip()));
    QVERIFY(m_window->selectRequest(m_access));
    QVERIFY(action->isEnabled());
    QVERIFY(!action->toolTip().contains(QLatin1String("access and portability")));
}

void TestExportRunner::dialogExportsAndReports()
{
    openWindow();
    QVERIFY(m_window->selectRequest(m_access));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    // By default <request id>.lethe.zip in Documents (where the home has that folder).
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QVERIFY(QDir().mkpath(documents));
    QTest::keyClick(m_window.get(), Qt::Key_X, Qt::ControlModifier | Qt::ShiftModifier);
    QPointer<ExportDialog> dialog;
    QVERIFY(QTest::qWaitFor(
        [&] { return (dialog = m_window->findChild<ExportDialog*>()) && dialog->isVisible(); }, 5000));
    QCOMPARE(dialog->fileName(),
             QFileInfo(QDir(documents).filePath(m_access + QStringLiteral(".lethe.zip"))).absoluteFilePath());
    auto* file = dialog->findChild<QLineEdit*>(QStringLiteral("exportFile"));
    QVERIFY(file);
    // A file that exists is not overwritten: Export waits for another name.
    const QString taken = m_dir.filePath(QStringLiteral("taken.zip"));
    {
        QFile t(taken);
        QVERIFY(t.open(QIODevice::WriteOnly));
    }
    file->setText(taken);
    QVERIFY(!dialog->okButton()->isEnabled());
    QVERIFY2(dialog->problem().contains(QLatin1String("exists already")), qPrintable(dialog->problem()));
    const QString target = m_dir.filePath(QStringLiteral("from-dialog.lethe.zip"));
    file->setText(target);
    QVERIFY(dialog->okButton()->isEnabled());
    dialog->findChild<QCheckBox*>(QStringLiteral("exportDatabasesOnly"))->setChecked(true);

    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QVERIFY(dialog->isExporting() || !dialog); // it may already be done
    QTRY_VERIFY_WITH_TIMEOUT(!dialog, 30000);

    MessageBar* bar = m_window->messageBar();
    QTRY_VERIFY(bar->isVisible());
    QCOMPARE(bar->kind(), MessageBar::Kind::Success);
    const auto key = workspaceKey();
    QVERIFY(key);
    QVERIFY2(bar->text().contains(QDir::toNativeSeparators(target)) &&
                 bar->text().contains(QLatin1String("30 rows")) &&
                 bar->text().contains(QLatin1String("4 table")) &&
                 bar->text().contains(Minisign::keyIdHex(key->keyId)),
             qPrintable(bar->text()));
    QVERIFY(bar->actionButton()->isVisible());
    QVERIFY(QFile::exists(target));
    auto verdict = BundleReader::verify(target, &*key);
    QVERIFY(verdict.ok() && verdict->ok());
    QCOMPARE(exports(m_access).size(), 1);
}

void TestExportRunner::dialogEncryptsWithAPassphrase()
{
    openWindow();
    QVERIFY(m_window->selectRequest(m_access));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_X, Qt::ControlModifier | Qt::ShiftModifier);
    QPointer<ExportDialog> dialog;
    QVERIFY(QTest::qWaitFor(
        [&] { return (dialog = m_window->findChild<ExportDialog*>()) && dialog->isVisible(); }, 5000));
    auto* choice = dialog->findChild<QComboBox*>(QStringLiteral("exportEncryption"));
    auto* file = dialog->findChild<QLineEdit*>(QStringLiteral("exportFile"));
    auto* pass = dialog->findChild<QLineEdit*>(QStringLiteral("exportPassphrase"));
    auto* repeat = dialog->findChild<QLineEdit*>(QStringLiteral("exportPassphraseRepeat"));
    QVERIFY(choice && file && pass && repeat);
    QVERIFY(!pass->isVisible()); // none by default
    QCOMPARE(dialog->encryptionChoice(), ExportDialog::Encryption::None);

    // Passphrase: the fields appear, as password fields, and the default name gains .age.
    choice->setCurrentIndex(choice->findData(int(ExportDialog::Encryption::Passphrase)));
    QVERIFY(pass->isVisible() && repeat->isVisible());
    QCOMPARE(pass->echoMode(), QLineEdit::Password);
    QCOMPARE(repeat->echoMode(), QLineEdit::Password);
    QCOMPARE(dialog->fileName(), QFileInfo(ExportDialog::defaultPath(m_access, true)).absoluteFilePath());
    QVERIFY(dialog->fileName().endsWith(QLatin1String(".lethe.zip.age")));
    const QString target = m_dir.filePath(QStringLiteral("sealed.lethe.zip.age"));
    file->setText(target);
    QVERIFY(!dialog->okButton()->isEnabled()); // no passphrase yet

    const QString passphrase = QStringLiteral("Grüße aus Köln, Alice");
    QTest::keyClicks(pass, QStringLiteral("short one"));
    QVERIFY(!dialog->okButton()->isEnabled());
    QVERIFY2(dialog->problem().contains(QLatin1String("at least 12")), qPrintable(dialog->problem()));
    pass->setText(passphrase);
    repeat->setText(passphrase.left(passphrase.size() - 1));
    QVERIFY(!dialog->okButton()->isEnabled());
    QVERIFY2(dialog->problem().contains(QLatin1String("differ")), qPrintable(dialog->problem()));
    repeat->setText(passphrase);
    QVERIFY2(dialog->okButton()->isEnabled(), qPrintable(dialog->problem()));
    // The CLI's rule: an encrypted bundle's name ends in .age.
    file->setText(m_dir.filePath(QStringLiteral("sealed.zip")));
    QVERIFY(!dialog->okButton()->isEnabled());
    QVERIFY2(dialog->problem().contains(QLatin1String(".age")), qPrintable(dialog->problem()));
    file->setText(target);
    QVERIFY(dialog->okButton()->isEnabled());

    dialog->findChild<QCheckBox*>(QStringLiteral("exportDatabasesOnly"))->setChecked(true);
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog, 60000);
    MessageBar* bar = m_window->messageBar();
    QTRY_VERIFY(bar->isVisible());
    QCOMPARE(bar->kind(), MessageBar::Kind::Success);
    QVERIFY2(bar->text().contains(QLatin1String("Encrypted with age to the passphrase")),
             qPrintable(bar->text()));
    QVERIFY(!bar->text().contains(passphrase));

    // An age file that opens with the passphrase, intact and signed by the workspace's key; not with another.
    QVERIFY(Age::looksEncrypted(target));
    QVERIFY(!QFile::exists(target + QStringLiteral(".part")));
    const auto key = workspaceKey();
    QVERIFY(key);
    Age::Decryption right;
    right.passphrase = passphrase;
    auto verdict = BundleReader::verify(target, &*key, {}, right);
    QVERIFY2(verdict.ok(), verdict.ok() ? "" : qPrintable(verdict.error().message));
    QVERIFY2(verdict->ok(), qPrintable(verdict->summary()));
    QCOMPARE(verdict->signature, BundleReader::Verdict::Signature::Trusted);
    QVERIFY(verdict->summary().startsWith(QLatin1String("Intact and signed by the trusted key")));
    Age::Decryption wrong;
    wrong.passphrase = passphrase.toLower();
    verdict = BundleReader::verify(target, &*key, {}, wrong);
    QVERIFY(!verdict.ok());
    QVERIFY2(verdict.error().message.contains(QLatin1String("wrong passphrase")),
             qPrintable(verdict.error().message));
    QVERIFY(!BundleReader::verify(target, &*key).ok()); // and not as a plain ZIP

    // The audit record says "passphrase"; the passphrase itself is in no file of the workspace or of the
    // application's settings.
    const QList<AuditEvent> events = exports(m_access);
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.first().detailsObject().value(QStringLiteral("encryption")).toString(),
             QStringLiteral("passphrase"));
    const QByteArray secret = passphrase.toUtf8();
    for (const QString& folder : {m_ws, QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation),
                                  QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation),
                                  QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)}) {
        QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(!f.readAll().contains(secret), qPrintable(f.fileName()));
        }
    }
}

void TestExportRunner::dialogChecksPublicKeys()
{
    const auto request = store()->request(m_access);
    QVERIFY(request.ok());
    ExportDialog dialog(m_credentials.get(), workspace(), *request);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* file = dialog.findChild<QLineEdit*>(QStringLiteral("exportFile"));
    auto* keys = dialog.findChild<QPlainTextEdit*>(QStringLiteral("exportRecipients"));
    QVERIFY(file && keys);
    file->setText(m_dir.filePath(QStringLiteral("keys.lethe.zip")));
    QVERIFY(!keys->isVisible());
    dialog.setEncryptionChoice(ExportDialog::Encryption::Recipients);
    QVERIFY(keys->isVisible());
    QCOMPARE(dialog.fileName(), m_dir.filePath(QStringLiteral("keys.lethe.zip.age")));
    QVERIFY(!dialog.okButton()->isEnabled()); // no key yet
    QVERIFY2(dialog.problem().contains(QLatin1String("age1")), qPrintable(dialog.problem()));

    const auto pair = Age::generateKeyPair();
    QVERIFY(pair.ok());
    // Checked as it is typed: the third line is no key, and the error names it.
    keys->setFocus();
    QTest::keyClicks(keys, QStringLiteral("# Alice's laptop"));
    QTest::keyClick(keys, Qt::Key_Return);
    QTest::keyClicks(keys, pair->recipient);
    QVERIFY2(dialog.okButton()->isEnabled(), qPrintable(dialog.problem()));
    QTest::keyClick(keys, Qt::Key_Return);
    QTest::keyClicks(keys, QStringLiteral("age1qqqq"));
    QVERIFY(!dialog.okButton()->isEnabled());
    QVERIFY2(dialog.problem().contains(QLatin1String("line 3")) &&
                 dialog.problem().contains(QLatin1String("age1qqqq")),
             qPrintable(dialog.problem()));
    // A secret key pasted by mistake is refused, and not repeated in the message.
    keys->setPlainText(pair->recipient + QStringLiteral("\n") + pair->identity);
    QVERIFY(!dialog.okButton()->isEnabled());
    QVERIFY2(dialog.problem().contains(QLatin1String("line 2")) &&
                 dialog.problem().contains(QLatin1String("secret key")) &&
                 !dialog.problem().contains(pair->identity),
             qPrintable(dialog.problem()));
    keys->setPlainText(QStringLiteral("# Alice's laptop\n\n") + pair->recipient + QStringLiteral("\n"));
    QVERIFY2(dialog.okButton()->isEnabled(), qPrintable(dialog.problem()));
    QCOMPARE(dialog.encryption().recipients, QStringList{pair->recipient});
    QVERIFY(dialog.encryption().passphrase.isEmpty());

    // Back to none: the fields go, the name loses .age, and nothing is encrypted.
    dialog.setEncryptionChoice(ExportDialog::Encryption::None);
    QVERIFY(!keys->isVisible());
    QCOMPARE(dialog.fileName(), m_dir.filePath(QStringLiteral("keys.lethe.zip")));
    QVERIFY(dialog.okButton()->isEnabled());
    QVERIFY(!dialog.encryption().isSet());
    // A .age name without encryption is refused, as lethe-cli export refuses it.
    file->setText(m_dir.filePath(QStringLiteral("plain.zip.age")));
    QVERIFY(!dialog.okButton()->isEnabled());
    QVERIFY2(dialog.problem().contains(QLatin1String("no encryption")), qPrintable(dialog.problem()));
}

void TestExportRunner::dialogIncludesOthersWithAReason()
{
    // The shop's sessions table marked `about: others`: Alice's 25 sessions, reached through
    // sessions.user_id, are then held in her account about other people, out of an access copy by default
    // (issue 15, item 17).
    {
        QFile f(m_ws + QStringLiteral("/datamaps/shop.yaml"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QByteArray map = f.readAll();
        f.close();
        const QByteArray sessions = "      - name: sessions\n";
        QVERIFY(map.contains(sessions));
        map.replace(sessions, sessions + "        about: others\n");
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(map);
    }
    const auto request = store()->request(m_access);
    QVERIFY(request.ok());
    ExportDialog dialog(m_credentials.get(), workspace(), *request);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* file = dialog.findChild<QLineEdit*>(QStringLiteral("exportFile"));
    auto* include = dialog.findChild<QCheckBox*>(QStringLiteral("exportIncludeOthers"));
    auto* reason = dialog.findChild<QLineEdit*>(QStringLiteral("exportOthersReason"));
    QVERIFY(file && include && reason);
    QVERIFY(include->isVisible() && reason->isVisible());
    // Not included by default, and the reason waits for the choice.
    QVERIFY(!include->isChecked());
    QVERIFY(!reason->isEnabled());
    const QString target = m_dir.filePath(QStringLiteral("others.lethe.zip"));
    file->setText(target);
    QVERIFY2(dialog.okButton()->isEnabled(), qPrintable(dialog.problem()));

    // Checked without a reason: Export is refused, and the message says what is missing.
    QTest::mouseClick(include, Qt::LeftButton, {}, QPoint(8, include->height() / 2));
    QVERIFY(include->isChecked());
    QVERIFY(reason->isEnabled());
    QVERIFY(!dialog.okButton()->isEnabled());
    QVERIFY2(dialog.problem().contains(QLatin1String("why data about other people")),
             qPrintable(dialog.problem()));
    dialog.accept(); // as Enter would: nothing starts
    QVERIFY(!dialog.isExporting());
    QVERIFY(!QFile::exists(target));
    // Blanks are no reason.
    QTest::keyClicks(reason, QStringLiteral("   "));
    QVERIFY(!dialog.okButton()->isEnabled());
    reason->clear();
    const QString why =
        QStringLiteral("Alice asked for her whole account, her sessions' counterparts included.");
    QTest::keyClicks(reason, why);
    QVERIFY2(dialog.okButton()->isEnabled(), qPrintable(dialog.problem()));
    // Unchecked again: the reason is greyed and no longer asked for.
    include->setChecked(false);
    QVERIFY(!reason->isEnabled());
    QVERIFY(dialog.okButton()->isEnabled());
    QVERIFY(!dialog.includeOthers());
    QVERIFY(dialog.othersReason().isEmpty());
    include->setChecked(true);
    QCOMPARE(dialog.othersReason(), why);
    // docs/export-dialog.png: saved when LETHE_SCREENSHOT names a file (run under Xvfb for real rendering).
    if (const QString shot = qEnvironmentVariable("LETHE_SCREENSHOT"); !shot.isEmpty()) {
        QTest::qWait(200);
        QVERIFY(dialog.grab().save(shot));
    }

    dialog.findChild<QCheckBox*>(QStringLiteral("exportDatabasesOnly"))->setChecked(true);
    QSignalSpy exported(&dialog, &ExportDialog::exported);
    QSignalSpy failed(&dialog, &ExportDialog::exportFailed);
    QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
    QVERIFY(dialog.isExporting() || exported.size() == 1);
    QVERIFY(!include->isEnabled() || exported.size() == 1); // nothing to change while it runs
    QTRY_VERIFY_WITH_TIMEOUT(exported.size() == 1 || failed.size() == 1, 30000);
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
    const auto summary = exported.first().first().value<ExportRunner::Summary>();
    QCOMPARE(summary.rows, 30); // her user row, address, three orders and the 25 sessions
    QCOMPARE(summary.othersLeftOut, 0);

    // The bundle says they are included and why; so does the audit record.
    const auto key = workspaceKey();
    QVERIFY(key);
    auto verdict = BundleReader::verify(target, &*key);
    QVERIFY(verdict.ok() && verdict->ok());
    const QJsonObject others =
        QJsonDocument::fromJson(verdict->manifest).object()[QStringLiteral("about_others")].toObject();
    QCOMPARE(others[QStringLiteral("included")].toBool(), true);
    QCOMPARE(others[QStringLiteral("reason")].toString(), why);
    const QList<AuditEvent> events = exports(m_access);
    QCOMPARE(events.size(), 1);
    const QJsonObject details = events.first().detailsObject();
    QCOMPARE(details.value(QStringLiteral("about_others_included")).toBool(), true);
    QCOMPARE(details.value(QStringLiteral("about_others_reason")).toString(), why);

    // Without the choice, the same export leaves the 25 sessions out, and the audit says so.
    ExportDialog plain(m_credentials.get(), workspace(), *request);
    plain.show();
    QVERIFY(QTest::qWaitForWindowExposed(&plain));
    plain.findChild<QLineEdit*>(QStringLiteral("exportFile"))
        ->setText(m_dir.filePath(QStringLiteral("without.lethe.zip")));
    plain.findChild<QCheckBox*>(QStringLiteral("exportDatabasesOnly"))->setChecked(true);
    QSignalSpy plainDone(&plain, &ExportDialog::exported);
    QTest::mouseClick(plain.okButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(plainDone.size() == 1, 30000);
    const auto without = plainDone.first().first().value<ExportRunner::Summary>();
    QCOMPARE(without.rows, 5);
    QCOMPARE(without.othersLeftOut, 25);
    const QList<AuditEvent> after = exports(m_access);
    QCOMPARE(after.size(), 2);
    QCOMPARE(after.last().detailsObject().value(QStringLiteral("about_others_included")).toBool(), false);
    QCOMPARE(after.last().detailsObject().value(QStringLiteral("about_others_left_out")).toInt(), 25);

    // A portability copy includes what the subject provided anyway: no choice to make.
    Request portable = *request;
    portable.type = RequestType::Portability;
    ExportDialog portability(m_credentials.get(), workspace(), portable);
    portability.show();
    QVERIFY(QTest::qWaitForWindowExposed(&portability));
    QVERIFY(!portability.findChild<QCheckBox*>(QStringLiteral("exportIncludeOthers"))->isVisible());
    QVERIFY(!portability.includeOthers());
}

void TestExportRunner::defaultFolderExistsOrIsHome()
{
    // A home without a documents folder (a fresh account): the dialog offers the home folder, not a path it
    // then refuses as "no such folder" (it once did).
    QTemporaryDir home;
    QVERIFY(home.isValid());
    const QByteArray oldHome = qgetenv("HOME"), oldConfig = qgetenv("XDG_CONFIG_HOME");
    qputenv("HOME", QFile::encodeName(home.path()));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(home.filePath(QStringLiteral("cfg"))));
    const QString without = ExportDialog::defaultPath(QStringLiteral("R-2026-0001"), false);
    QVERIFY(QDir(home.path()).mkdir(QStringLiteral("Documents")));
    const QString with = ExportDialog::defaultPath(QStringLiteral("R-2026-0001"), true);
    qputenv("HOME", oldHome);
    qputenv("XDG_CONFIG_HOME", oldConfig);
    QCOMPARE(without, QDir(home.path()).filePath(QStringLiteral("R-2026-0001.lethe.zip")));
    QCOMPARE(with, QDir(home.filePath(QStringLiteral("Documents")))
                       .filePath(QStringLiteral("R-2026-0001.lethe.zip.age")));
}

QTEST_MAIN(TestExportRunner)
#include "tst_exportrunner.moc"
