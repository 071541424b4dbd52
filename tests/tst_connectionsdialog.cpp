#include "ConnectionForm.h"
#include "ConnectionsDialog.h"
#include "FakeCredentialStore.h"
#include "MessageBar.h"
#include "ProcessorConnections.h"
#include "SandboxProcess.h"
#include "TestSupport.h"

#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkReply>
#include <QPointer>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace lethe;

// Tools › Processor Connections, driven as a person would: the form (what it writes, what it refuses), Test
// against lethe-sandbox without the GUI waiting for it, Cancel and closing while a test runs (its request is
// aborted), Remove with its inline confirmation, the keyboard. The sandbox answers every API call after
// kLatencyMs. Nothing here measures time: the checks are on the order of events and on the dialog's state.
class TestConnectionsDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void addThroughTheForm();
    void badInputIsRefusedAndNothingWritten();
    void keychainFailureSavesNothing();
    void editKeepsTheSecretWhenLeftEmpty();
    void testShowsReachableAndRefused();
    void cancelAndCloseWhileTesting();
    void removeAsksFirstAndRemovesBoth();
    void screenshot();

private:
    static constexpr int kLatencyMs = 1500;
    Status writeSecret(FakeCredentialStore& store, const QString& key, const QString& secret);
    Result<QString> readSecret(FakeCredentialStore& store, const QString& key);
    void addStripe(const QString& folder, FakeCredentialStore& store, const QString& key,
                   const QString& secret);
    ConnectionForm* fillForm(ConnectionsDialog& dialog, const QString& key, const QString& connector,
                             const QString& baseUrl, const QString& secret);
    QPushButton* button(QWidget& w, const char* name);

    std::unique_ptr<test::SandboxProcess> m_sandbox;
};

void TestConnectionsDialog::initTestCase()
{
    test::isolate();
    // ProcessorConnections::definitions() reads the shipped definitions from here when none are embedded.
    qputenv("LETHE_CONNECTORS_DIR", LETHE_CONNECTORS_DIR);
    m_sandbox = std::make_unique<test::SandboxProcess>(
        QStringLiteral(LETHE_SANDBOX_PATH),
        QStringList{QStringLiteral("--latency"), QString::number(kLatencyMs)});
    QVERIFY2(m_sandbox->ok(), qPrintable(m_sandbox->error()));
}

void TestConnectionsDialog::cleanupTestCase()
{
    m_sandbox.reset();
}

Status TestConnectionsDialog::writeSecret(FakeCredentialStore& store, const QString& key,
                                          const QString& secret)
{
    std::optional<Status> out;
    store.write(key, secret, [&](Status s) { out = s; });
    if (!QTest::qWaitFor([&] { return out.has_value(); }, 5000))
        return makeError(Error::Code::Unavailable, QStringLiteral("no answer"));
    return *out;
}

Result<QString> TestConnectionsDialog::readSecret(FakeCredentialStore& store, const QString& key)
{
    std::optional<Result<QString>> out;
    store.read(key, [&](Result<QString> r) { out = std::move(r); });
    if (!QTest::qWaitFor([&] { return out.has_value(); }, 5000))
        return makeError(Error::Code::Unavailable, QStringLiteral("no answer"));
    return *out;
}

void TestConnectionsDialog::addStripe(const QString& folder, FakeCredentialStore& store, const QString& key,
                                      const QString& secret)
{
    auto list = ProcessorConnections::load(folder);
    QVERIFY(list.ok());
    ProcessorConnection c;
    c.key = key;
    c.connector = QStringLiteral("stripe");
    c.baseUrl = m_sandbox->url(QStringLiteral("stripe"));
    c.secretKey = ProcessorConnections::secretKeyFor(key);
    QList<ProcessorConnection> all = *list;
    all << c;
    QVERIFY(ProcessorConnections::save(folder, all).ok());
    QVERIFY(writeSecret(store, c.secretKey, secret).ok());
}

QPushButton* TestConnectionsDialog::button(QWidget& w, const char* name)
{
    auto* b = w.findChild<QPushButton*>(QLatin1String(name));
    if (!b)
        qWarning("no button %s", name);
    return b;
}

ConnectionForm* TestConnectionsDialog::fillForm(ConnectionsDialog& dialog, const QString& key,
                                                const QString& connector, const QString& baseUrl,
                                                const QString& secret)
{
    QTest::mouseClick(button(dialog, "addConnection"), Qt::LeftButton);
    ConnectionForm* form = dialog.form();
    if (!form)
        return nullptr;
    auto* combo = form->findChild<QComboBox*>(QStringLiteral("connectionConnector"));
    combo->setCurrentIndex(combo->findData(connector));
    form->findChild<QLineEdit*>(QStringLiteral("connectionKey"))->setText(key);
    form->findChild<QLineEdit*>(QStringLiteral("connectionBaseUrl"))->setText(baseUrl);
    form->findChild<QLineEdit*>(QStringLiteral("connectionSecret"))->setText(secret);
    return form;
}

void TestConnectionsDialog::addThroughTheForm()
{
    QTemporaryDir ws;
    FakeCredentialStore store;
    ConnectionsDialog dialog(ws.path(), &store);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.table()->rowCount(), 0);

    ConnectionForm* form =
        fillForm(dialog, QStringLiteral("leadnest-twilio"), QStringLiteral("twilio"),
                 m_sandbox->url(QStringLiteral("twilio")), QStringLiteral("sbx_twilio_leadnest"));
    QVERIFY(form);
    QVERIFY(!form->isEdit());
    // The chosen connector's parameters appear as fields, described.
    auto* sid = form->findChild<QLineEdit*>(QStringLiteral("param_account_sid"));
    QVERIFY(sid);
    QVERIFY(!sid->placeholderText().isEmpty());
    QCOMPARE(form->findChild<QLineEdit*>(QStringLiteral("connectionSecret"))->echoMode(),
             QLineEdit::Password);
    sid->setText(QStringLiteral("ACleadnest"));

    QSignalSpy saved(&dialog, &ConnectionsDialog::saved);
    QTest::mouseClick(form->findChild<QPushButton*>(QStringLiteral("connectionSave")), Qt::LeftButton);
    QVERIFY(saved.wait(5000));
    QTRY_VERIFY(!dialog.form()); // closed once the keychain and the file hold it

    auto list = ProcessorConnections::load(ws.path());
    QVERIFY(list.ok());
    QCOMPARE(list->size(), 1);
    const ProcessorConnection& c = list->first();
    QCOMPARE(c.key, QStringLiteral("leadnest-twilio"));
    QCOMPARE(c.connector, QStringLiteral("twilio"));
    QCOMPARE(c.baseUrl, m_sandbox->url(QStringLiteral("twilio")));
    QCOMPARE(c.parameters.value(QStringLiteral("account_sid")), QStringLiteral("ACleadnest"));
    QCOMPARE(c.secretKey, ProcessorConnections::secretKeyFor(c.key));
    const auto secret = readSecret(store, c.secretKey);
    QVERIFY(secret.ok());
    QCOMPARE(*secret, QStringLiteral("sbx_twilio_leadnest"));
    // The secret never reaches the file.
    QFile f(ProcessorConnections::filePath(ws.path()));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(!f.readAll().contains("sbx_twilio_leadnest"));

    // The table shows it with the processor's name, and the message bar says it is saved.
    QCOMPARE(dialog.table()->rowCount(), 1);
    QCOMPARE(dialog.table()->item(0, ConnectionsDialog::ProcessorColumn)->text(),
             QStringLiteral("Twilio Messages"));
    QVERIFY(dialog.messageBar()->text().contains(QLatin1String("leadnest-twilio")));

    // A second connection with the same key is refused in the form.
    form = fillForm(dialog, QStringLiteral("leadnest-twilio"), QStringLiteral("stripe"), QString(),
                    QStringLiteral("x"));
    QVERIFY(form);
    QTest::mouseClick(form->findChild<QPushButton*>(QStringLiteral("connectionSave")), Qt::LeftButton);
    QVERIFY2(form->problem().contains(QLatin1String("exists")), qPrintable(form->problem()));
    QCOMPARE(ProcessorConnections::load(ws.path())->first().connector, QStringLiteral("twilio"));
    form->reject();
}

void TestConnectionsDialog::badInputIsRefusedAndNothingWritten()
{
    QTemporaryDir ws;
    FakeCredentialStore store;
    ConnectionsDialog dialog(ws.path(), &store);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy saved(&dialog, &ConnectionsDialog::saved);

    // A key that is not identifier-like.
    ConnectionForm* form = fillForm(dialog, QStringLiteral("Leads Gen"), QStringLiteral("stripe"), QString(),
                                    QStringLiteral("sbx_stripe_leadsgen"));
    QVERIFY(form);
    QTest::mouseClick(form->findChild<QPushButton*>(QStringLiteral("connectionSave")), Qt::LeftButton);
    QVERIFY2(form->problem().contains(QLatin1String("Leads Gen")), qPrintable(form->problem()));
    QCOMPARE(form->focusWidget(), form->findChild<QLineEdit*>(QStringLiteral("connectionKey")));

    // A required parameter left empty (Twilio's account SID).
    auto* combo = form->findChild<QComboBox*>(QStringLiteral("connectionConnector"));
    combo->setCurrentIndex(combo->findData(QStringLiteral("twilio")));
    form->findChild<QLineEdit*>(QStringLiteral("connectionKey"))->setText(QStringLiteral("leadnest-twilio"));
    QTest::mouseClick(form->findChild<QPushButton*>(QStringLiteral("connectionSave")), Qt::LeftButton);
    QVERIFY2(form->problem().contains(QLatin1String("account_sid")), qPrintable(form->problem()));

    // Plain http to another machine.
    form->findChild<QLineEdit*>(QStringLiteral("param_account_sid"))->setText(QStringLiteral("ACleadnest"));
    form->findChild<QLineEdit*>(QStringLiteral("connectionBaseUrl"))
        ->setText(QStringLiteral("http://api.example.com"));
    QTest::mouseClick(form->findChild<QPushButton*>(QStringLiteral("connectionSave")), Qt::LeftButton);
    QVERIFY2(form->problem().contains(QLatin1String("https")), qPrintable(form->problem()));

    // No secret for a new connection.
    form->findChild<QLineEdit*>(QStringLiteral("connectionBaseUrl"))->clear();
    form->findChild<QLineEdit*>(QStringLiteral("connectionSecret"))->clear();
    QTest::mouseClick(form->findChild<QPushButton*>(QStringLiteral("connectionSave")), Qt::LeftButton);
    QVERIFY2(form->problem().contains(QLatin1String("secret")), qPrintable(form->problem()));

    // Refused before anything was asked of the keychain: once it has answered everything asked so far (it
    // answers in order), nothing was written and the form is still open, to be corrected.
    QVERIFY(readSecret(store, QStringLiteral("nothing")).error().code == Error::Code::NotFound);
    QVERIFY(dialog.form());
    QCOMPARE(saved.count(), 0);
    QVERIFY(!QFile::exists(ProcessorConnections::filePath(ws.path())));
    QCOMPARE(store.size(), 0);
}

void TestConnectionsDialog::keychainFailureSavesNothing()
{
    QTemporaryDir ws;
    FakeCredentialStore store;
    store.setUnavailable(true);
    ConnectionsDialog dialog(ws.path(), &store);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    ConnectionForm* form = fillForm(dialog, QStringLiteral("leadsgen-stripe"), QStringLiteral("stripe"),
                                    QString(), QStringLiteral("sbx_stripe_leadsgen"));
    QVERIFY(form);
    QTest::mouseClick(form->findChild<QPushButton*>(QStringLiteral("connectionSave")), Qt::LeftButton);
    QTRY_VERIFY(form->problem().contains(QLatin1String("Nothing was saved")));
    QVERIFY(form->problem().contains(QLatin1String("keychain")));
    QVERIFY(form->findChild<QPushButton*>(QStringLiteral("connectionSave"))->isEnabled()); // can try again
    QVERIFY(!QFile::exists(ProcessorConnections::filePath(ws.path())));
}

void TestConnectionsDialog::editKeepsTheSecretWhenLeftEmpty()
{
    QTemporaryDir ws;
    FakeCredentialStore store;
    addStripe(ws.path(), store, QStringLiteral("leadsgen-stripe"), QStringLiteral("sbx_stripe_leadsgen"));
    ConnectionsDialog dialog(ws.path(), &store);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.selectConnection(QStringLiteral("leadsgen-stripe")));

    // Enter edits the selected connection.
    dialog.table()->setFocus();
    QTest::keyClick(dialog.table(), Qt::Key_Return);
    ConnectionForm* form = dialog.form();
    QVERIFY(form);
    QVERIFY(form->isEdit());
    QVERIFY(form->findChild<QLineEdit*>(QStringLiteral("connectionKey"))->isReadOnly());
    QVERIFY(form->findChild<QLineEdit*>(QStringLiteral("connectionSecret"))->text().isEmpty());
    form->findChild<QLineEdit*>(QStringLiteral("connectionBaseUrl"))->clear(); // back to Stripe's own
    QSignalSpy saved(&dialog, &ConnectionsDialog::saved);
    QTest::mouseClick(form->findChild<QPushButton*>(QStringLiteral("connectionSave")), Qt::LeftButton);
    QTRY_COMPARE(saved.count(), 1); // no keychain call: it may have been emitted already
    QCOMPARE(ProcessorConnections::load(ws.path())->size(), 1);
    QVERIFY(ProcessorConnections::load(ws.path())->first().baseUrl.isEmpty());
    QCOMPARE(*readSecret(store, ProcessorConnections::secretKeyFor(QStringLiteral("leadsgen-stripe"))),
             QStringLiteral("sbx_stripe_leadsgen"));
    // The definition's default URL is shown in its place.
    QCOMPARE(dialog.table()->item(0, ConnectionsDialog::BaseUrlColumn)->text(),
             QStringLiteral("https://api.stripe.com"));

    // Escape closes a form, then the dialog.
    QTest::keyClick(dialog.table(), Qt::Key_Return);
    QVERIFY(dialog.form());
    QTest::keyClick(dialog.form(), Qt::Key_Escape);
    QTRY_VERIFY(!dialog.form());
    QTest::keyClick(dialog.table(), Qt::Key_Escape);
    QVERIFY(!dialog.isVisible());
}

void TestConnectionsDialog::testShowsReachableAndRefused()
{
    QTemporaryDir ws;
    FakeCredentialStore store;
    addStripe(ws.path(), store, QStringLiteral("leadsgen-stripe"), QStringLiteral("sbx_stripe_leadsgen"));
    addStripe(ws.path(), store, QStringLiteral("old-stripe"), QStringLiteral("sk_test_revoked"));
    ConnectionsDialog dialog(ws.path(), &store);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.table()->rowCount(), 2);
    QVERIFY(dialog.verdictText(QStringLiteral("leadsgen-stripe")).contains(QLatin1String("Not tested")));

    // The click returns with the test under way.
    QVERIFY(dialog.selectConnection(QStringLiteral("leadsgen-stripe")));
    QSignalSpy tested(&dialog, &ConnectionsDialog::tested);
    QTest::mouseClick(button(dialog, "testConnection"), Qt::LeftButton);
    QVERIFY(dialog.isTesting(QStringLiteral("leadsgen-stripe")));
    QVERIFY(dialog.verdictText(QStringLiteral("leadsgen-stripe")).contains(QLatin1String("Testing")));
    QVERIFY(!button(dialog, "testConnection")->isEnabled());
    QVERIFY(button(dialog, "cancelTest")->isEnabled());
    // The GUI does not wait for the answer: an event posted now, after the keychain's answer the click asked
    // for (events are delivered in order), finds the request sent and no verdict yet. Had the keychain's
    // answer waited for the sandbox, the verdict would be there first.
    std::optional<bool> pendingWhileServing;
    QTimer::singleShot(0, &dialog, [&] {
        auto* test = dialog.findChild<ConnectionTest*>(QStringLiteral("connectionTest/leadsgen-stripe"));
        pendingWhileServing = test && test->isRunning() && tested.isEmpty() &&
                              dialog.isTesting(QStringLiteral("leadsgen-stripe"));
    });
    QTRY_VERIFY(pendingWhileServing.has_value());
    QVERIFY(*pendingWhileServing);

    // Ctrl+T tests the other one meanwhile.
    QVERIFY(dialog.selectConnection(QStringLiteral("old-stripe")));
    QTest::keyClick(dialog.table(), Qt::Key_T, Qt::ControlModifier);
    QVERIFY(dialog.isTesting(QStringLiteral("old-stripe")));

    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isTesting(QStringLiteral("leadsgen-stripe")), 30000);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isTesting(QStringLiteral("old-stripe")), 30000);
    const QString good = dialog.verdictText(QStringLiteral("leadsgen-stripe"));
    const QString bad = dialog.verdictText(QStringLiteral("old-stripe"));
    QVERIFY2(good.startsWith(QLatin1String("Reachable:")), qPrintable(good));
    QVERIFY2(good.contains(QLatin1String("accepts the credentials")), qPrintable(good));
    QVERIFY2(bad.startsWith(QLatin1String("Credentials refused:")), qPrintable(bad));
    QVERIFY2(bad.contains(QLatin1String("401")), qPrintable(bad));
    QCOMPARE(tested.count(), 2);
    QVERIFY(!dialog.table()->item(0, ConnectionsDialog::VerdictColumn)->icon().isNull());
}

void TestConnectionsDialog::cancelAndCloseWhileTesting()
{
    QTemporaryDir ws;
    FakeCredentialStore store;
    addStripe(ws.path(), store, QStringLiteral("leadsgen-stripe"), QStringLiteral("sbx_stripe_leadsgen"));
    // The sandbox holds its answers long (the connector's 15 s transfer timeout comes first), so the tests
    // below are surely still waiting when cancelled; the faults are cleared at the end.
    const auto clearFaults = qScopeGuard([this] {
        m_sandbox->faults(QStringLiteral("stripe"), QJsonObject{{QStringLiteral("faults"), QJsonArray()}});
    });
    QVERIFY(m_sandbox->faults(
        QStringLiteral("stripe"),
        QJsonObject{{QStringLiteral("faults"),
                     QJsonArray{QJsonObject{{QStringLiteral("kind"), QStringLiteral("slow")},
                                            {QStringLiteral("ms"), 600000},
                                            {QStringLiteral("count"), 2}}}}}));
    const QString name = QStringLiteral("connectionTest/leadsgen-stripe");
    {
        ConnectionsDialog dialog(ws.path(), &store);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QSignalSpy tested(&dialog, &ConnectionsDialog::tested);
        QTest::mouseClick(button(dialog, "testConnection"), Qt::LeftButton);
        QPointer<ConnectionTest> test;
        QTRY_VERIFY(
            (test = dialog.findChild<ConnectionTest*>(name))); // the secret was read, the request is out
        QVERIFY(test->isRunning());
        QPointer<QNetworkReply> reply = test->findChild<QNetworkReply*>();
        QVERIFY(reply);
        QVERIFY(!reply->isFinished());
        // Cancel aborts the request there and then, and the test goes: no answer can come any more.
        QTest::mouseClick(button(dialog, "cancelTest"), Qt::LeftButton);
        QVERIFY(!dialog.isTesting(QStringLiteral("leadsgen-stripe")));
        QVERIFY(dialog.verdictText(QStringLiteral("leadsgen-stripe")).contains(QLatin1String("cancelled")));
        QVERIFY(!reply || (reply->isFinished() && reply->error() == QNetworkReply::OperationCanceledError));
        QVERIFY(!test || !test->isRunning());
        QTRY_VERIFY(!test && !reply);
        QCOMPARE(tested.count(), 0);
        QVERIFY(button(dialog, "testConnection")->isEnabled()); // and it can be tested again
    }
    // Closing the dialog mid-test takes the test with it, its request aborted.
    auto* dialog = new ConnectionsDialog(ws.path(), &store);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QPointer<ConnectionsDialog> alive(dialog);
    dialog->open();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QTest::mouseClick(button(*dialog, "testConnection"), Qt::LeftButton);
    QPointer<ConnectionTest> test;
    QTRY_VERIFY((test = dialog->findChild<ConnectionTest*>(name)));
    QPointer<QNetworkReply> reply = test->findChild<QNetworkReply*>();
    QVERIFY(reply && !reply->isFinished());
    QTest::keyClick(dialog->table(), Qt::Key_Escape);
    QTRY_VERIFY(!alive);
    QVERIFY(!test);
    QVERIFY(!reply);
}

void TestConnectionsDialog::removeAsksFirstAndRemovesBoth()
{
    QTemporaryDir ws;
    FakeCredentialStore store;
    addStripe(ws.path(), store, QStringLiteral("leadsgen-stripe"), QStringLiteral("sbx_stripe_leadsgen"));
    addStripe(ws.path(), store, QStringLiteral("leadnest-stripe"), QStringLiteral("sbx_stripe_leadnest"));
    ConnectionsDialog dialog(ws.path(), &store);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* confirmation = dialog.findChild<QWidget*>(QStringLiteral("removeConfirmation"));
    QVERIFY(confirmation && !confirmation->isVisible());

    // Delete asks; Keep (and Escape) leave everything as it was.
    QVERIFY(dialog.selectConnection(QStringLiteral("leadsgen-stripe")));
    dialog.table()->setFocus();
    QTest::keyClick(dialog.table(), Qt::Key_Delete);
    QVERIFY(confirmation->isVisible());
    QTest::mouseClick(button(dialog, "keepConnection"), Qt::LeftButton);
    QVERIFY(!confirmation->isVisible());
    QTest::keyClick(dialog.table(), Qt::Key_Delete);
    QVERIFY(confirmation->isVisible());
    QTest::keyClick(dialog.table(), Qt::Key_Escape);
    QVERIFY(!confirmation->isVisible());
    QVERIFY(dialog.isVisible());
    QCOMPARE(ProcessorConnections::load(ws.path())->size(), 2);
    QCOMPARE(store.size(), 2);

    QSignalSpy removed(&dialog, &ConnectionsDialog::removed);
    QTest::keyClick(dialog.table(), Qt::Key_Delete);
    QTest::mouseClick(button(dialog, "confirmRemove"), Qt::LeftButton);
    QVERIFY(removed.wait(5000));
    auto list = ProcessorConnections::load(ws.path());
    QCOMPARE(list->size(), 1);
    QCOMPARE(list->first().key, QStringLiteral("leadnest-stripe"));
    QCOMPARE(store.size(), 1);
    QVERIFY(readSecret(store, ProcessorConnections::secretKeyFor(QStringLiteral("leadsgen-stripe")))
                .error()
                .code == Error::Code::NotFound);
    QCOMPARE(dialog.table()->rowCount(), 1);
    QVERIFY(dialog.messageBar()->text().contains(QLatin1String("removed")));
}

// The state docs/connections.png shows: three connections, one reachable, one refused, one never tested.
// Saved as a PNG when LETHE_SCREENSHOT names a file (run under Xvfb for real rendering).
void TestConnectionsDialog::screenshot()
{
    QTemporaryDir ws;
    FakeCredentialStore store;
    addStripe(ws.path(), store, QStringLiteral("leadsgen-stripe"), QStringLiteral("sbx_stripe_leadsgen"));
    addStripe(ws.path(), store, QStringLiteral("old-stripe"), QStringLiteral("sk_test_revoked"));
    {
        auto list = *ProcessorConnections::load(ws.path());
        ProcessorConnection twilio;
        twilio.key = QStringLiteral("leadnest-twilio");
        twilio.connector = QStringLiteral("twilio");
        twilio.parameters.insert(QStringLiteral("account_sid"), QStringLiteral("ACleadnest"));
        twilio.secretKey = ProcessorConnections::secretKeyFor(twilio.key);
        list << twilio;
        QVERIFY(ProcessorConnections::save(ws.path(), list).ok());
    }
    ConnectionsDialog dialog(ws.path(), &store);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    for (const QString& key : {QStringLiteral("leadsgen-stripe"), QStringLiteral("old-stripe")}) {
        QVERIFY(dialog.selectConnection(key));
        dialog.testConnection();
    }
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isTesting(QStringLiteral("leadsgen-stripe")) &&
                                 !dialog.isTesting(QStringLiteral("old-stripe")),
                             30000);
    QVERIFY(dialog.verdictText(QStringLiteral("leadsgen-stripe")).startsWith(QLatin1String("Reachable")));
    QVERIFY(
        dialog.verdictText(QStringLiteral("old-stripe")).startsWith(QLatin1String("Credentials refused")));
    QVERIFY(dialog.selectConnection(QStringLiteral("leadsgen-stripe")));
    dialog.messageBar()->show(
        MessageBar::Kind::Success,
        QStringLiteral("Connection leadsgen-stripe saved; its secret is in the keychain "
                       "as connection/leadsgen-stripe."));
    if (const QString file = qEnvironmentVariable("LETHE_SCREENSHOT"); !file.isEmpty()) {
        QTest::qWait(200);
        QVERIFY(dialog.grab().save(file));
        // The form too, for a look at its layout (Edit of the Twilio connection, with its parameter).
        QVERIFY(dialog.selectConnection(QStringLiteral("leadnest-twilio")));
        dialog.editConnection();
        QVERIFY(dialog.form());
        QVERIFY(QTest::qWaitForWindowExposed(dialog.form()));
        QTest::qWait(200);
        QVERIFY(dialog.form()->grab().save(
            QString(file).replace(QLatin1String(".png"), QLatin1String("-form.png"))));
        dialog.form()->reject();
    }
}

QTEST_MAIN(TestConnectionsDialog)
#include "tst_connectionsdialog.moc"
