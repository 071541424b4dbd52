#include "BundleReader.h"
#include "BundleTableModel.h"
#include "BundleViewer.h"
#include "FakeCredentialStore.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "Workspace.h"
#include "WorkspaceKeys.h"
#include "ZipWriter.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>

using namespace lethe;

// The offline bundle viewer (offscreen) on Amelia Hart's access bundle, made by lethe-cli from the demo
// workspace: the verdict (unknown key, then trusted with the workspace's public key; tampered naming the
// file; a file that is no bundle), browsing, the report, search, redaction through the dialog with undo,
// re-sealing into a new bundle that verifies while the original stays as it was (also through the viewer's
// own dialogs, answered as a person would: they are found by name among the viewer's children), closing with
// redactions pending, and opening by drag and drop and from the main window.
class TestBundleViewer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void opensAndSaysTheVerdict();
    void browsesAndSearches();
    void redactsThroughTheDialogWithUndo();
    void resealsIntoANewBundle();
    void untrustedResealAsksFirst();
    void resealsThroughTheDialogs();
    void resealRefusesTheOriginalFile();
    void closingAsksAboutPendingRedactions();
    void tamperedAndGarbage();
    void encryptedAsksAndStaysEncrypted();
    void opensByDropAndFromTheMainWindow();

private:
    test::CliRun cli(QStringList args, bool json = true)
    {
        args << QStringLiteral("--workspace") << QStringLiteral("demo");
        return test::runCli(QStringLiteral(LETHE_CLI_PATH), m_home.path(), args, json, {}, 120000);
    }
    BundleViewer* open(const QString& path, bool expectFailure = false)
    {
        auto* v = new BundleViewer(&m_credentials);
        v->setAttribute(Qt::WA_DeleteOnClose, false);
        QSignalSpy ok(v, &BundleViewer::opened), failed(v, &BundleViewer::openFailed);
        v->show();
        v->openFile(path);
        if (!QTest::qWaitFor([&] { return ok.size() + failed.size() > 0; }, 60000) ||
            (expectFailure ? failed.isEmpty() : ok.isEmpty())) {
            delete v;
            return nullptr;
        }
        return v;
    }
    static QByteArray sha256(const QString& path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256)
                                           : QByteArray();
    }
    // A workspace of this computer and its signing key (in the keychain the viewer reads), made once.
    std::optional<MinisignKey> reviewerKey()
    {
        if (!Workspaces::load(kReviewer) && !Workspaces::create(kReviewer))
            return std::nullopt;
        std::optional<Result<MinisignKey>> key;
        WorkspaceKeys::signingKey(&m_credentials, kReviewer,
                                  [&](Result<MinisignKey> k) { key.emplace(std::move(k)); });
        if (!QTest::qWaitFor([&] { return key.has_value(); }, 5000) || !*key)
            return std::nullopt;
        return **key;
    }
    // Re-seal's file dialog, once up; the reviewer's workspace is chosen on the way if the viewer asks which
    // (when this computer has more than one).
    static QFileDialog* resealFileDialog(BundleViewer* v)
    {
        QFileDialog* files = nullptr;
        const bool up = QTest::qWaitFor(
            [&] {
                auto* choice = v->findChild<QInputDialog*>(QStringLiteral("resealWorkspaceChoice"));
                if (choice && choice->isVisible()) {
                    choice->setTextValue(kReviewer);
                    choice->accept();
                }
                files = v->findChild<QFileDialog*>(QStringLiteral("resealFileDialog"));
                return files && files->isVisible();
            },
            5000);
        return up ? files : nullptr;
    }
    // A keychain read posted now is answered after every read posted before it (the fake answers in order):
    // once it is, the viewer has had any answer it asked for.
    bool keychainAnswered()
    {
        bool answered = false;
        m_credentials.read(QStringLiteral("nothing"), [&](Result<QString>) { answered = true; });
        return QTest::qWaitFor([&] { return answered; }, 5000);
    }
    int tableIndex(const BundleViewer* v, const QString& json) const
    {
        for (int i = 0; i < v->session()->tables().size(); ++i)
            if (v->session()->tables()[i].json == json)
                return i;
        return -1;
    }

    static inline const QString kReviewer = QStringLiteral("reviewer");
    QTemporaryDir m_home;
    QTemporaryDir m_out;
    FakeCredentialStore m_credentials;
    QString m_bundle;
    QByteArray m_bundleSum;
    MinisignKey m_workspaceKey;
};

void TestBundleViewer::initTestCase()
{
    test::isolate();
    const test::CliRun init = cli({QStringLiteral("demo"), QStringLiteral("init")});
    QVERIFY2(init.code == 0, init.err.constData());
    // Amelia Hart's access request is new in the demo queue: her identity is checked before any export.
    const test::CliRun verified = cli({QStringLiteral("requests"), QStringLiteral("transition"),
                                       QStringLiteral("R-2026-0039"), QStringLiteral("verified")});
    QVERIFY2(verified.code == 0, verified.err.constData());
    m_bundle = m_out.filePath(QStringLiteral("amelia.lethe.zip"));
    const test::CliRun r =
        cli({QStringLiteral("export"), QStringLiteral("--request"), QStringLiteral("R-2026-0039"),
             QStringLiteral("--out"), m_bundle, QStringLiteral("--no-processors")});
    QVERIFY2(r.code == 0, r.err.constData());
    m_bundleSum = sha256(m_bundle);
    const test::CliRun pub = cli({QStringLiteral("keys"), QStringLiteral("export-public")}, false);
    QVERIFY(pub.code == 0);
    auto key = Minisign::parsePublicKey(pub.out);
    QVERIFY(key);
    m_workspaceKey = *key;
}

void TestBundleViewer::opensAndSaysTheVerdict()
{
    std::unique_ptr<BundleViewer> v(open(m_bundle));
    QVERIFY(v);
    // No workspace of this test's own signed it: an unknown key, said plainly, amber.
    QCOMPARE(v->verdict().signature, BundleReader::Verdict::Signature::UnknownKey);
    auto* label = v->findChild<QLabel*>(QStringLiteral("bundleVerdict"));
    QVERIFY(label->text().contains(QStringLiteral("signed by an unknown key")));
    QVERIFY(label->text().contains(QStringLiteral("Trust Public Key")));
    // With the workspace's public key: trusted, green.
    QSignalSpy changed(v.get(), &BundleViewer::verdictChanged);
    QCOMPARE(v->verdict().signedBy, Minisign::keyIdHex(m_workspaceKey.keyId));
    QVERIFY(v->trustKey(m_workspaceKey));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(v->verdict().signature, BundleReader::Verdict::Signature::Trusted);
    QVERIFY(label->text().startsWith(QStringLiteral("Intact and signed by the trusted key")));
    QVERIFY(label->styleSheet().contains(QStringLiteral("#d1e7dd")));
    // A key that did not sign it changes nothing.
    auto other = Minisign::generate();
    QVERIFY(other);
    QVERIFY(!v->trustKey(*other));
    QCOMPARE(v->verdict().signature, BundleReader::Verdict::Signature::Trusted);
}

void TestBundleViewer::browsesAndSearches()
{
    std::unique_ptr<BundleViewer> v(open(m_bundle));
    QVERIFY(v);
    auto* tree = v->findChild<QTreeWidget*>(QStringLiteral("bundleTree"));
    QCOMPARE(tree->topLevelItemCount(), 6); // the report, then five systems
    int tables = 0;
    for (int i = 1; i < tree->topLevelItemCount(); ++i)
        tables += tree->topLevelItem(i)->childCount();
    QCOMPARE(tables, int(v->session()->tables().size()));
    auto* report = v->findChild<QTextBrowser*>(QStringLiteral("bundleReport"));
    QVERIFY(report->toPlainText().contains(QStringLiteral("Amelia Hart")));
    QVERIFY(report->toPlainText().contains(QStringLiteral("Why we process it")));
    // The contents lead within the report, and nowhere else.
    QVERIFY(QTest::qWaitForWindowExposed(v.get()));
    QCOMPARE(report->verticalScrollBar()->value(), 0);
    Q_EMIT report->anchorClicked(QUrl(QStringLiteral("#rights")));
    QTRY_VERIFY(report->verticalScrollBar()->value() > 0);

    const int leads = tableIndex(v.get(), QStringLiteral("data/alwaysleads/supabase/leads.json"));
    QVERIFY(leads >= 0);
    v->showTable(leads);
    auto* model = qobject_cast<BundleTableModel*>(v->tableView()->model());
    QVERIFY(model);
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model->rowCount(), 14); // her own lead rows; her campaigns' leads are about others (Art. 15(4))
    QCOMPARE(model->headerData(2, Qt::Horizontal, Qt::DisplayRole).toString(), QStringLiteral("first_name"));
    QCOMPARE(model->index(0, 2).data().toString(), QStringLiteral("Amelia"));
    QCOMPARE(model->index(0, 3).data().toString(), QStringLiteral("Hart"));

    // Search every table; a result brings its table up with the cell selected.
    QSignalSpy done(v.get(), &BundleViewer::searchFinished);
    auto* field = v->findChild<QLineEdit*>(QStringLiteral("bundleSearch"));
    field->setText(QStringLiteral("hart & reed"));
    QTest::keyClick(field, Qt::Key_Return);
    QVERIFY(done.wait(30000));
    const int hits = done.first().first().toInt();
    QVERIFY(hits > 30); // every lead's company, and more
    auto* results = v->searchResults();
    QCOMPARE(results->topLevelItemCount(), hits);
    for (int i = 0; i < results->topLevelItemCount(); ++i)
        QVERIFY(results->topLevelItem(i)->text(3).contains(QStringLiteral("Hart & Reed")));
    QTreeWidgetItem* hit = results->topLevelItem(results->topLevelItemCount() - 1);
    Q_EMIT results->itemActivated(hit, 0);
    auto* shown = qobject_cast<BundleTableModel*>(v->tableView()->model());
    QCOMPARE(shown->table(), hit->data(0, Qt::UserRole).toInt());
    QVERIFY(v->tableView()->currentIndex().data().toString().contains(QStringLiteral("Hart & Reed")));
    // A text nowhere: no results, said so.
    field->setText(QStringLiteral("zebra crossing"));
    QTest::keyClick(field, Qt::Key_Return);
    QVERIFY(done.wait(30000));
    QCOMPARE(done.last().first().toInt(), 0);
    QCOMPARE(results->topLevelItemCount(), 0);
}

void TestBundleViewer::redactsThroughTheDialogWithUndo()
{
    std::unique_ptr<BundleViewer> v(open(m_bundle));
    QVERIFY(v);
    const int leads = tableIndex(v.get(), QStringLiteral("data/alwaysleads/supabase/leads.json"));
    v->showTable(leads);
    auto* model = qobject_cast<BundleTableModel*>(v->tableView()->model());
    const QString original = model->index(1, 5).data().toString(); // company
    QCOMPARE(original, QStringLiteral("Hart & Reed Lettings"));
    v->tableView()->setCurrentIndex(model->index(1, 5));
    auto* redact = v->findChild<QAction*>(QStringLiteral("actionRedact"));
    QVERIFY(redact->isEnabled());
    redact->trigger();
    QDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = v->findChild<QDialog*>(QStringLiteral("redactDialog"))) != nullptr);
    auto* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled()); // no reason yet
    dialog->findChild<QRadioButton*>(QStringLiteral("scopeText"))->setChecked(true);
    auto* text = dialog->findChild<QLineEdit*>(QStringLiteral("redactText"));
    QCOMPARE(text->text(), original); // the cell's text, to cut down
    text->setText(QStringLiteral("Hart & Reed"));
    dialog->findChild<QComboBox*>(QStringLiteral("redactReason"))->setCurrentIndex(0);
    QVERIFY(ok->isEnabled());
    ok->click();
    QCOMPARE(v->pendingRedactions().size(), 1);
    QTRY_VERIFY(!v->findChild<QDialog*>(QStringLiteral("redactDialog"))); // closed and gone
    const Redaction& r = v->pendingRedactions().first();
    QCOMPARE(r.scope, Redaction::Scope::Text);
    QCOMPARE(r.row, 1);
    QCOMPARE(r.column, QStringLiteral("company"));
    QVERIFY(r.reason.contains(QStringLiteral("Art. 15(4)")));
    // Shown as the subject will get it, highlighted, with the original in the tooltip.
    QCOMPARE(model->index(1, 5).data().toString(), QStringLiteral("[redacted] Lettings"));
    QVERIFY(model->index(1, 5).data(BundleTableModel::RedactedRole).toBool());
    QVERIFY(model->index(1, 5).data(Qt::ToolTipRole).toString().contains(original));
    QVERIFY(!model->index(2, 5).data(BundleTableModel::RedactedRole).toBool());
    // Undo takes it back.
    v->findChild<QAction*>(QStringLiteral("actionUndoRedaction"))->trigger();
    QVERIFY(v->pendingRedactions().isEmpty());
    QCOMPARE(model->index(1, 5).data().toString(), original);
    // Whole rows: both selected rows.
    v->tableView()->clearSelection();
    v->tableView()->selectionModel()->select(model->index(3, 0), QItemSelectionModel::Select);
    v->tableView()->selectionModel()->select(model->index(4, 2), QItemSelectionModel::Select);
    redact->trigger();
    QTRY_VERIFY((dialog = v->findChild<QDialog*>(QStringLiteral("redactDialog"))) != nullptr);
    QVERIFY(!dialog->findChild<QRadioButton*>(QStringLiteral("scopeText"))->isEnabled()); // two cells
    dialog->findChild<QRadioButton*>(QStringLiteral("scopeRows"))->setChecked(true);
    dialog->findChild<QComboBox*>(QStringLiteral("redactReason"))->setEditText(QStringLiteral("a colleague"));
    dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    QCOMPARE(v->pendingRedactions().size(), 2);
    QCOMPARE(v->pendingRedactions()[0].scope, Redaction::Scope::Row);
    QCOMPARE(v->pendingRedactions()[1].row, 4);
    QCOMPARE(model->index(4, 0).data().toString(), BundleRedactor::marker());
    QVERIFY(v->findChild<QAction*>(QStringLiteral("actionReseal"))->isEnabled());
    v->findChild<QAction*>(QStringLiteral("actionUndoRedaction"))->trigger();
    v->findChild<QAction*>(QStringLiteral("actionUndoRedaction"))->trigger();
    QVERIFY(!v->findChild<QAction*>(QStringLiteral("actionReseal"))->isEnabled());
}

void TestBundleViewer::untrustedResealAsksFirst()
{
    // Signed by a key this viewer does not trust: re-sealing would put a trusted signature over it, so the
    // reviewer is asked first; Cancel does nothing at all.
    std::unique_ptr<BundleViewer> v(open(m_bundle));
    QVERIFY(v);
    QVERIFY(!v->verdict().ok());
    v->addRedaction(Redaction{Redaction::Scope::Row,
                              QStringLiteral("data/alwaysleads/supabase/leads.json"),
                              0,
                              {},
                              {},
                              QStringLiteral("a colleague")});
    QSignalSpy sealed(v.get(), &BundleViewer::resealed), failed(v.get(), &BundleViewer::resealFailed);
    v->findChild<QAction*>(QStringLiteral("actionReseal"))->trigger();
    auto* ask = v->findChild<QMessageBox*>(QStringLiteral("untrustedResealQuestion"));
    QVERIFY(ask);
    QVERIFY(ask->isVisible());
    QVERIFY2(ask->text().contains(QStringLiteral("vouched")), qPrintable(ask->text()));
    ask->button(QMessageBox::Cancel)->click();
    QVERIFY(QTest::qWaitFor(
        [&] { return !v->findChild<QMessageBox*>(QStringLiteral("untrustedResealQuestion")); }, 5000));
    QCOMPARE(sealed.size() + failed.size(), 0);
    QVERIFY(!v->findChild<QFileDialog*>());
}

void TestBundleViewer::resealsThroughTheDialogs()
{
    // The whole path a reviewer takes: Re-seal (Ctrl+S), yes to the question about the untrusted original,
    // the new file chosen in the file dialog; signed with this computer's workspace key.
    const std::optional<MinisignKey> key = reviewerKey();
    QVERIFY(key);
    std::unique_ptr<BundleViewer> v(open(m_bundle));
    QVERIFY(v);
    QCOMPARE(v->verdict().signature, BundleReader::Verdict::Signature::UnknownKey);
    v->addRedaction(Redaction{Redaction::Scope::Row,
                              QStringLiteral("data/alwaysleads/supabase/leads.json"),
                              0,
                              {},
                              {},
                              QStringLiteral("a colleague")});
    QSignalSpy sealed(v.get(), &BundleViewer::resealed), failed(v.get(), &BundleViewer::resealFailed);
    v->findChild<QAction*>(QStringLiteral("actionReseal"))->trigger();
    auto* ask = v->findChild<QMessageBox*>(QStringLiteral("untrustedResealQuestion"));
    QVERIFY(ask);
    QVERIFY(ask->isVisible());
    QVERIFY(!ask->isModal() || ask->windowModality() != Qt::ApplicationModal);
    QCOMPARE(ask->defaultButton(), ask->button(QMessageBox::Cancel));
    ask->button(QMessageBox::Yes)->click();

    QFileDialog* files = resealFileDialog(v.get());
    QVERIFY(files);
    QCOMPARE(files->acceptMode(), QFileDialog::AcceptSave);
    QVERIFY2(files->selectedFiles().value(0).endsWith(QLatin1String("/amelia-redacted.lethe.zip")),
             qPrintable(files->selectedFiles().value(0)));
    const QString out = m_out.filePath(QStringLiteral("amelia-through-the-dialogs.lethe.zip"));
    files->selectFile(out);
    static_cast<QDialog*>(files)->accept(); // QFileDialog::accept, as the Save button does
    QVERIFY(QTest::qWaitFor([&] { return sealed.size() + failed.size() > 0; }, 60000));
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
    QCOMPARE(sealed.first().first().toString(), out);
    QCOMPARE(sha256(m_bundle), m_bundleSum); // the original is untouched

    // Signed with the workspace's key, and it says what the original's verdict was.
    auto verdict = BundleReader::verify(out, &*key);
    QVERIFY(verdict);
    QVERIFY2(verdict->ok(), qPrintable(verdict->summary()));
    const QJsonObject m = QJsonDocument::fromJson(verdict->manifest).object();
    QCOMPARE(m.value(QStringLiteral("redactions")).toArray().size(), 1);
    const QJsonObject seal = m.value(QStringLiteral("resealed")).toArray().last().toObject();
    QCOMPARE(seal.value(QStringLiteral("original_trusted")).toBool(true), false);
    QVERIFY2(seal.value(QStringLiteral("original_verdict")).toString().contains(QLatin1String("unknown key")),
             qPrintable(seal.value(QStringLiteral("original_verdict")).toString()));
    QCOMPARE(seal.value(QStringLiteral("original_signed_by")).toString(),
             Minisign::keyIdHex(m_workspaceKey.keyId));
    QCOMPARE(seal.value(QStringLiteral("original_sha256")).toString(),
             QString::fromLatin1(m_bundleSum.toHex()));
    QVERIFY(!v->findChild<QMessageBox*>()); // no warning on the way
}

void TestBundleViewer::resealRefusesTheOriginalFile()
{
    // The original chosen as the new file: a warning, and nothing is written or started.
    QVERIFY(reviewerKey());
    std::unique_ptr<BundleViewer> v(open(m_bundle));
    QVERIFY(v);
    QVERIFY(v->trustKey(m_workspaceKey)); // trusted: no question first
    v->addRedaction(Redaction{Redaction::Scope::Row,
                              QStringLiteral("data/alwaysleads/supabase/leads.json"),
                              0,
                              {},
                              {},
                              QStringLiteral("a colleague")});
    QSignalSpy sealed(v.get(), &BundleViewer::resealed), failed(v.get(), &BundleViewer::resealFailed);
    // Two workspaces here, and the original was not signed by either: the reviewer is asked which one signs.
    const QString second = QStringLiteral("second-reviewer");
    QVERIFY(Workspaces::load(second) || Workspaces::create(second));
    auto* reseal = v->findChild<QAction*>(QStringLiteral("actionReseal"));
    reseal->trigger();
    QVERIFY(!v->findChild<QMessageBox*>(QStringLiteral("untrustedResealQuestion")));
    auto* choice = v->findChild<QInputDialog*>(QStringLiteral("resealWorkspaceChoice"));
    QVERIFY(choice);
    QVERIFY(choice->isVisible());
    QVERIFY(choice->comboBoxItems().contains(kReviewer));
    QVERIFY(choice->comboBoxItems().contains(second));
    QVERIFY(!v->findChild<QFileDialog*>()); // not before the workspace is chosen
    QFileDialog* files = resealFileDialog(v.get());
    QVERIFY(files);
    // The reviewer answers Qt's own "replace it?" with yes (that box is Qt's, inside the file dialog).
    files->setOption(QFileDialog::DontConfirmOverwrite);
    files->selectFile(m_bundle);
    static_cast<QDialog*>(files)->accept();
    auto* warning = v->findChild<QMessageBox*>(QStringLiteral("resealSameFileWarning"));
    QVERIFY(warning);
    QVERIFY(warning->isVisible());
    QCOMPARE(warning->text(), QStringLiteral("Choose a new file: the original is never changed."));
    // No signing key was asked for, so none can start a re-seal later: once the keychain has answered
    // everything asked before, the viewer is still idle with the redaction pending.
    QVERIFY(keychainAnswered());
    QVERIFY(reseal->isEnabled());
    QCOMPARE(v->pendingRedactions().size(), 1);
    QCOMPARE(sealed.size() + failed.size(), 0);
    QCOMPARE(sha256(m_bundle), m_bundleSum);
    warning->button(QMessageBox::Ok)->click();
    QVERIFY(QTest::qWaitFor([&] { return !v->findChild<QMessageBox*>(); }, 5000));
}

void TestBundleViewer::closingAsksAboutPendingRedactions()
{
    std::unique_ptr<BundleViewer> v(open(m_bundle));
    QVERIFY(v);
    v->addRedaction(Redaction{Redaction::Scope::Row,
                              QStringLiteral("data/alwaysleads/supabase/leads.json"),
                              0,
                              {},
                              {},
                              QStringLiteral("a colleague")});
    // Close asks, without a loop of its own: close() returns with the window still open and the question up.
    QVERIFY(!v->close());
    QVERIFY(v->isVisible());
    auto* ask = v->findChild<QMessageBox*>(QStringLiteral("closeQuestion"));
    QVERIFY(ask);
    QVERIFY(ask->isVisible());
    QVERIFY2(ask->text().contains(QLatin1String("1 redaction")), qPrintable(ask->text()));
    QVERIFY(!v->close()); // asked again while asking: still the one question
    QCOMPARE(v->findChildren<QMessageBox*>().size(), 1);
    // Cancel keeps it open, with the redaction.
    ask->button(QMessageBox::Cancel)->click();
    QVERIFY(v->isVisible());
    QCOMPARE(v->pendingRedactions().size(), 1);
    QVERIFY(QTest::qWaitFor([&] { return !v->findChild<QMessageBox*>(); }, 5000));
    // Close closes it.
    QVERIFY(!v->close());
    ask = v->findChild<QMessageBox*>(QStringLiteral("closeQuestion"));
    QVERIFY(ask);
    ask->button(QMessageBox::Close)->click();
    QVERIFY(!v->isVisible());
    // Nothing pending: no question.
    v->show();
    v->findChild<QAction*>(QStringLiteral("actionUndoRedaction"))->trigger();
    QVERIFY(v->close());
    QVERIFY(!v->isVisible());
}

void TestBundleViewer::resealsIntoANewBundle()
{
    std::unique_ptr<BundleViewer> v(open(m_bundle));
    QVERIFY(v);
    v->addRedaction(Redaction{Redaction::Scope::Anywhere,
                              {},
                              -1,
                              {},
                              QStringLiteral("Hart & Reed"),
                              QStringLiteral("the employer")});
    v->addRedaction(Redaction{Redaction::Scope::Row,
                              QStringLiteral("data/alwaysleads/supabase/leads.json"),
                              0,
                              {},
                              {},
                              QStringLiteral("a colleague")});
    // Re-sealing needs the original trusted (or the reviewer's explicit acceptance, see
    // untrustedResealAsksFirst): here the reviewer trusts the workspace's public key.
    QVERIFY(v->trustKey(m_workspaceKey));
    auto key = Minisign::generate();
    QVERIFY(key);
    const QString out = m_out.filePath(QStringLiteral("amelia-redacted.lethe.zip"));
    QSignalSpy sealed(v.get(), &BundleViewer::resealed), failed(v.get(), &BundleViewer::resealFailed);
    v->reseal(out, *key);
    QVERIFY(QTest::qWaitFor([&] { return sealed.size() + failed.size() > 0; }, 60000));
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
    QCOMPARE(sealed.first().first().toString(), out);
    QCOMPARE(sha256(m_bundle), m_bundleSum); // the original is untouched
    auto verdict = BundleReader::verify(out, &*key);
    QVERIFY(verdict);
    QVERIFY2(verdict->ok(), qPrintable(verdict->summary()));
    const QJsonObject m = QJsonDocument::fromJson(verdict->manifest).object();
    QCOMPARE(m.value(QStringLiteral("redactions")).toArray().size(), 2);

    // Opened in turn: the values are gone, and the verdict mentions the redactions.
    std::unique_ptr<BundleViewer> w(open(out));
    QVERIFY(w);
    w->trustKey(*key);
    QVERIFY(w->verdictText().contains(QStringLiteral("re-sealed with 2 redaction")));
    w->showTable(tableIndex(w.get(), QStringLiteral("data/alwaysleads/supabase/leads.json")));
    QCOMPARE(w->tableView()->model()->index(0, 2).data().toString(), BundleRedactor::marker());
    QCOMPARE(w->tableView()->model()->index(1, 5).data().toString(), QStringLiteral("[redacted] Lettings"));
    QSignalSpy done(w.get(), &BundleViewer::searchFinished);
    w->search(QStringLiteral("Hart & Reed"));
    QVERIFY(done.wait(30000));
    QCOMPARE(done.first().first().toInt(), 0);
}

void TestBundleViewer::tamperedAndGarbage()
{
    // One data file changed after signing, checksums and signature kept: tampered, naming the file, red.
    QTemporaryDir x;
    QVERIFY(QProcess::execute(QStringLiteral("unzip"),
                              {QStringLiteral("-q"), m_bundle, QStringLiteral("-d"), x.path()}) == 0);
    QProcess list;
    list.start(QStringLiteral("unzip"), {QStringLiteral("-Z1"), m_bundle});
    QVERIFY(list.waitForFinished());
    const QString tampered = m_out.filePath(QStringLiteral("tampered.lethe.zip"));
    ZipWriter zip;
    QVERIFY(zip.open(tampered, QDateTime::currentDateTimeUtc()));
    for (const QByteArray& name : list.readAll().trimmed().split('\n')) {
        QFile f(x.filePath(QString::fromUtf8(name)));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QByteArray bytes = f.readAll();
        if (name == "data/leadnest/app/users.json")
            bytes.replace("Amelia", "Amelie");
        QVERIFY(zip.begin(QString::fromUtf8(name)) && zip.write(bytes) && zip.end());
    }
    QVERIFY(zip.close());
    std::unique_ptr<BundleViewer> v(open(tampered));
    QVERIFY(v);
    auto* label = v->findChild<QLabel*>(QStringLiteral("bundleVerdict"));
    QCOMPARE(label->text(),
             QStringLiteral("Tampered: data/leadnest/app/users.json was changed after the bundle was made."));
    QVERIFY(label->styleSheet().contains(QStringLiteral("#f8d7da")));

    // Not a bundle at all: the message names the file, and nothing is shown.
    QFile junk(m_out.filePath(QStringLiteral("junk.lethe.zip")));
    QVERIFY(junk.open(QIODevice::WriteOnly));
    junk.write(QByteArray(5000, 'x'));
    junk.close();
    std::unique_ptr<BundleViewer> j(open(junk.fileName(), true));
    QVERIFY(j);
    QVERIFY(j->findChild<QLabel*>(QStringLiteral("bundleVerdict"))->text().contains(junk.fileName()));
    QVERIFY(!j->session());
    QVERIFY(!j->findChild<QAction*>(QStringLiteral("actionRedact"))->isEnabled());
}

void TestBundleViewer::encryptedAsksAndStaysEncrypted()
{
    QFile pass(m_out.filePath(QStringLiteral("pass.txt")));
    QVERIFY(pass.open(QIODevice::WriteOnly));
    pass.write("correct horse battery staple\n");
    pass.close();
    const QString encrypted = m_out.filePath(QStringLiteral("amelia.lethe.zip.age"));
    const test::CliRun r =
        cli({QStringLiteral("export"), QStringLiteral("--request"), QStringLiteral("R-2026-0039"),
             QStringLiteral("--out"), encrypted, QStringLiteral("--no-processors"),
             QStringLiteral("--passphrase-file"), pass.fileName()});
    QVERIFY2(r.code == 0, r.err.constData());

    BundleViewer v(&m_credentials);
    v.setAttribute(Qt::WA_DeleteOnClose, false);
    v.show();
    QSignalSpy opened(&v, &BundleViewer::opened), failed(&v, &BundleViewer::openFailed);
    auto answer = [&](const QString& passphrase) {
        QDialog* dialog = nullptr;
        if (!QTest::qWaitFor(
                [&] { return (dialog = v.findChild<QDialog*>(QStringLiteral("decryptDialog"))); }))
            return false;
        dialog->findChild<QLineEdit*>(QStringLiteral("decryptPassphrase"))->setText(passphrase);
        dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Open)->click();
        return QTest::qWaitFor([&] { return !v.findChild<QDialog*>(QStringLiteral("decryptDialog")); });
    };
    v.openFile(encrypted);
    QVERIFY(answer(QStringLiteral("wrong horse")));
    QVERIFY(failed.wait(60000));
    QVERIFY2(failed.first().first().toString().contains(QStringLiteral("wrong passphrase")),
             qPrintable(failed.first().first().toString()));
    QVERIFY(!v.session());
    v.openFile(encrypted);
    QVERIFY(answer(QStringLiteral("correct horse battery staple")));
    QVERIFY(opened.wait(60000));
    QVERIFY(v.session()->tables().size() > 40);

    // Re-sealed, it stays encrypted to the same passphrase; a plain .zip name is refused.
    v.addRedaction(Redaction{Redaction::Scope::Anywhere,
                             {},
                             -1,
                             {},
                             QStringLiteral("Hart & Reed"),
                             QStringLiteral("the employer")});
    QVERIFY(v.trustKey(m_workspaceKey));
    auto key = Minisign::generate();
    QVERIFY(key);
    QSignalSpy sealed(&v, &BundleViewer::resealed), refused(&v, &BundleViewer::resealFailed);
    v.reseal(m_out.filePath(QStringLiteral("plain.lethe.zip")), *key);
    QCOMPARE(refused.size(), 1);
    QVERIFY(refused.first().first().toString().contains(QStringLiteral("must end in .age")));
    const QString out = m_out.filePath(QStringLiteral("amelia-redacted.lethe.zip.age"));
    v.reseal(out, *key);
    QVERIFY(QTest::qWaitFor([&] { return sealed.size() + refused.size() > 1; }, 60000));
    QCOMPARE(sealed.size(), 1);
    QVERIFY(Age::looksEncrypted(out));
    Age::Decryption d;
    d.passphrase = QStringLiteral("correct horse battery staple");
    auto verdict = BundleReader::verify(out, &*key, {}, d);
    QVERIFY2(verdict && verdict->ok(),
             verdict ? qPrintable(verdict->summary()) : qPrintable(verdict.error().message));
}

void TestBundleViewer::opensByDropAndFromTheMainWindow()
{
    BundleViewer v(&m_credentials);
    v.setAttribute(Qt::WA_DeleteOnClose, false);
    v.show();
    QSignalSpy opened(&v, &BundleViewer::opened);
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(m_bundle)});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&v, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&v, &drop);
    QVERIFY(opened.wait(60000));
    QCOMPARE(v.session()->path(), m_bundle);

    // File › Open Bundle in the viewer: its file dialog, answered.
    v.findChild<QAction*>(QStringLiteral("actionOpenBundle"))->trigger();
    auto* files = v.findChild<QFileDialog*>(QStringLiteral("openBundleDialog"));
    QVERIFY(files);
    QVERIFY(files->isVisible());
    QCOMPARE(files->fileMode(), QFileDialog::ExistingFile);
    files->selectFile(m_bundle);
    static_cast<QDialog*>(files)->accept();
    QVERIFY(opened.wait(60000));
    QCOMPARE(opened.size(), 2);

    // And from the main window, directly and through its file dialog: a viewer window of its own.
    MainWindow window(&m_credentials);
    QVERIFY(window.findChild<QAction*>(QStringLiteral("actionOpenBundle")));
    BundleViewer* fromMain = window.openBundle(m_bundle);
    QSignalSpy mainOpened(fromMain, &BundleViewer::opened);
    QVERIFY(mainOpened.wait(60000));
    QVERIFY(fromMain->session());
    fromMain->setAttribute(Qt::WA_DeleteOnClose, false);
    fromMain->close();
    delete fromMain;
    auto viewers = [] {
        QList<BundleViewer*> list;
        for (QWidget* w : QApplication::topLevelWidgets())
            if (auto* viewer = qobject_cast<BundleViewer*>(w); viewer && viewer->isVisible())
                list << viewer;
        return list;
    };
    const int before = int(viewers().size());
    window.findChild<QAction*>(QStringLiteral("actionOpenBundle"))->trigger();
    files = window.findChild<QFileDialog*>(QStringLiteral("openBundleDialog"));
    QVERIFY(files);
    QVERIFY(files->isVisible());
    files->selectFile(m_bundle);
    static_cast<QDialog*>(files)->accept();
    QCOMPARE(viewers().size(), before + 1);
    BundleViewer* chosen = nullptr;
    for (BundleViewer* viewer : viewers())
        if (viewer != &v)
            chosen = viewer;
    QVERIFY(chosen);
    QSignalSpy chosenOpened(chosen, &BundleViewer::opened);
    QVERIFY(chosenOpened.wait(60000));
    QCOMPARE(chosen->session()->path(), m_bundle);
    chosen->close(); // deletes itself
}

QTEST_MAIN(TestBundleViewer)
#include "tst_bundleviewer.moc"
