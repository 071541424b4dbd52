#include "BundleViewer.h"

#include "BundleTableModel.h"
#include "CredentialStore.h"
#include "Dialogs.h"
#include "Workspace.h"
#include "WorkspaceOpener.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTextBrowser>
#include <QToolBar>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QUrl>
#include <QVBoxLayout>

namespace lethe {

namespace {

// Withheld cells stand out: the reviewer sees at a glance what the subject will not get.
class RedactedDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.data(BundleTableModel::RedactedRole).toBool()) {
            option->backgroundBrush = QColor(0x40, 0x40, 0x40);
            option->palette.setColor(QPalette::Text, Qt::white);
            option->font.setItalic(true);
        } else if (index.data(BundleTableModel::NoValueRole).toBool()) {
            // NULL: "(no value)" in grey italics, so it is not read as text the database holds.
            option->palette.setColor(QPalette::Text, option->palette.color(QPalette::PlaceholderText));
            option->font.setItalic(true);
        }
    }
};

} // namespace

BundleViewer::BundleViewer(CredentialStore* credentials, QWidget* parent)
    : QMainWindow(parent), m_credentials(credentials)
{
    setObjectName(QStringLiteral("bundleViewer"));
    setAttribute(Qt::WA_DeleteOnClose);
    setAcceptDrops(true);
    setWindowTitle(tr("Bundle Viewer"));
    resize(1200, 760);
    buildUi();
    setIdle(tr("Open a bundle (Ctrl+O) or drop one here."));
}

BundleViewer::~BundleViewer() = default; // m_jobs stops the work under way and waits for it

void BundleViewer::buildUi()
{
    auto make = [this](const QString& text, const QKeySequence& key, const QString& name, auto slot) {
        auto* a = new QAction(text, this);
        a->setShortcut(key);
        a->setObjectName(name);
        connect(a, &QAction::triggered, this, slot);
        addAction(a);
        return a;
    };
    QAction* open = make(tr("&Open Bundle…"), QKeySequence::Open, QStringLiteral("actionOpenBundle"),
                         &BundleViewer::chooseFile);
    m_trustAction = make(tr("&Trust Public Key…"), QKeySequence(Qt::CTRL | Qt::Key_T),
                         QStringLiteral("actionTrustKey"), &BundleViewer::chooseKeyFile);
    QAction* find = make(tr("&Search"), QKeySequence::Find, QStringLiteral("actionSearch"), [this] {
        m_searchField->setFocus();
        m_searchField->selectAll();
    });
    m_redactAction = make(tr("&Redact Selection…"), QKeySequence(Qt::CTRL | Qt::Key_R),
                          QStringLiteral("actionRedact"), &BundleViewer::redactSelection);
    m_undoAction = make(tr("&Undo Redaction"), QKeySequence::Undo, QStringLiteral("actionUndoRedaction"),
                        &BundleViewer::undoRedaction);
    m_resealAction = make(tr("Re-&seal…"), QKeySequence::Save, QStringLiteral("actionReseal"),
                          &BundleViewer::chooseResealTarget);
    QAction* close =
        make(tr("&Close"), QKeySequence::Close, QStringLiteral("actionCloseViewer"), &QWidget::close);

    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(open);
    file->addAction(m_trustAction);
    file->addAction(m_resealAction);
    file->addSeparator();
    file->addAction(close);
    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(find);
    edit->addAction(m_redactAction);
    edit->addAction(m_undoAction);

    QToolBar* bar = addToolBar(tr("Bundle"));
    bar->setObjectName(QStringLiteral("bundleToolBar"));
    bar->setMovable(false);
    bar->addAction(open);
    bar->addSeparator();
    bar->addAction(m_redactAction);
    bar->addAction(m_undoAction);
    bar->addAction(m_resealAction);
    bar->addSeparator();
    m_searchField = new QLineEdit(bar);
    m_searchField->setObjectName(QStringLiteral("bundleSearch"));
    m_searchField->setPlaceholderText(tr("Search every table (Ctrl+F, Enter)"));
    m_searchField->setClearButtonEnabled(true);
    m_searchField->setMaximumWidth(360);
    connect(m_searchField, &QLineEdit::returnPressed, this, [this] { search(m_searchField->text()); });
    bar->addWidget(m_searchField);

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 0);
    m_verdictLabel = new QLabel(central);
    m_verdictLabel->setObjectName(QStringLiteral("bundleVerdict"));
    m_verdictLabel->setWordWrap(true);
    m_verdictLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_verdictLabel->setMargin(8);
    layout->addWidget(m_verdictLabel);
    auto* split = new QSplitter(central);
    m_tree = new QTreeWidget(split);
    m_tree->setObjectName(QStringLiteral("bundleTree"));
    m_tree->setHeaderLabels({tr("Contents"), tr("Rows")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        if (item && item->data(0, Qt::UserRole).isValid())
            showTable(item->data(0, Qt::UserRole).toInt());
    });
    m_stack = new QStackedWidget(split);
    m_report = new QTextBrowser(m_stack);
    m_report->setObjectName(QStringLiteral("bundleReport"));
    m_report->setOpenLinks(false); // the report is inert: nothing in a bundle opens anything
    // ... but its contents lead within the page.
    connect(m_report, &QTextBrowser::anchorClicked, this, [this](const QUrl& url) {
        if (url.isRelative() && url.path().isEmpty() && url.hasFragment())
            m_report->scrollToAnchor(url.fragment());
    });
    m_table = new QTableView(m_stack);
    m_table->setObjectName(QStringLiteral("bundleTable"));
    m_table->setItemDelegate(new RedactedDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->addAction(m_redactAction);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_stack->addWidget(m_report);
    m_stack->addWidget(m_table);
    split->addWidget(m_tree);
    split->addWidget(m_stack);
    split->setStretchFactor(1, 3);
    split->setSizes({300, 900});
    layout->addWidget(split, 1);
    setCentralWidget(central);

    auto* results = new QDockWidget(tr("Search Results"), this);
    results->setObjectName(QStringLiteral("searchDock"));
    m_results = new QTreeWidget(results);
    m_results->setObjectName(QStringLiteral("searchResults"));
    m_results->setHeaderLabels({tr("Table"), tr("Row"), tr("Column"), tr("Text")});
    m_results->setRootIsDecorated(false);
    connect(m_results, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        const int table = item->data(0, Qt::UserRole).toInt();
        showTable(table);
        m_table->setCurrentIndex(
            m_model->index(item->data(1, Qt::UserRole).toInt(), item->data(2, Qt::UserRole).toInt()));
        m_table->setFocus();
    });
    results->setWidget(m_results);
    addDockWidget(Qt::BottomDockWidgetArea, results);

    auto* redactions = new QDockWidget(tr("Redactions"), this);
    redactions->setObjectName(QStringLiteral("redactionDock"));
    auto* box = new QWidget(redactions);
    auto* boxLayout = new QVBoxLayout(box);
    boxLayout->setContentsMargins(4, 4, 4, 4);
    m_redactionList = new QListWidget(box);
    m_redactionList->setObjectName(QStringLiteral("redactionList"));
    m_redactionList->setWordWrap(true);
    auto* remove = new QPushButton(tr("Remove"), box);
    remove->setObjectName(QStringLiteral("removeRedaction"));
    connect(remove, &QPushButton::clicked, this, &BundleViewer::removeSelectedRedaction);
    auto* hint = new QLabel(tr("Select cells or rows, then Redact (Ctrl+R). Re-seal (Ctrl+S) writes a new "
                               "bundle; this one is not changed."),
                            box);
    hint->setWordWrap(true);
    boxLayout->addWidget(m_redactionList, 1);
    boxLayout->addWidget(remove);
    boxLayout->addWidget(hint);
    redactions->setWidget(box);
    addDockWidget(Qt::RightDockWidgetArea, redactions);
    resizeDocks({results, redactions}, {150, 300}, Qt::Vertical);
    resizeDocks({redactions}, {300}, Qt::Horizontal);

    m_status = new QLabel(this);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(200);
    m_stop = new QPushButton(tr("Stop"), this);
    m_stop->setObjectName(QStringLiteral("stopWork"));
    connect(m_stop, &QPushButton::clicked, this, &BundleViewer::cancelWork);
    statusBar()->addWidget(m_status, 1);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_stop);
}

void BundleViewer::setBusy(const QString& what)
{
    // New work supersedes what is still running: that stops, and its result is dropped (JobSlot).
    m_job = m_jobs.next();
    m_searchField->setEnabled(false);
    m_status->setText(what);
    m_progress->show();
    m_stop->show();
    m_redactAction->setEnabled(false);
    m_resealAction->setEnabled(false);
}

void BundleViewer::setIdle(const QString& message)
{
    m_progress->hide();
    m_stop->hide();
    m_searchField->setEnabled(bool(m_session));
    if (!message.isEmpty())
        m_status->setText(message);
    m_redactAction->setEnabled(bool(m_session));
    m_undoAction->setEnabled(!m_pending.isEmpty());
    m_resealAction->setEnabled(bool(m_session) && !m_pending.isEmpty());
    m_trustAction->setEnabled(bool(m_session));
}

void BundleViewer::cancelWork()
{
    m_jobs.stop();
    m_status->setText(tr("Stopping…"));
}

void BundleViewer::openFile(const QString& path, const Age::Decryption& decryption)
{
    if (!decryption.isSet() && Age::looksEncrypted(path)) {
        askForDecryption(path);
        return;
    }
    setBusy(tr("Checking and unpacking %1…").arg(QFileInfo(path).fileName()));
    setWindowTitle(tr("%1 — Bundle Viewer").arg(QFileInfo(path).fileName()));
    m_verdictLabel->setText(tr("Checking %1…").arg(path));
    m_verdictLabel->setStyleSheet(QString());
    QPointer<BundleViewer> self(this);
    m_jobs.run(m_job, [self, path, decryption](const JobContext& job) {
        auto s = BundleSession::open(path, nullptr, decryption, job.stopToken());
        job.post( // not if gone, or superseded by newer work
            [self, s, path, decryption]() mutable {
                if (!s) {
                    self->m_verdictLabel->setText(s.error().message);
                    self->m_verdictLabel->setStyleSheet(
                        QStringLiteral("background:#f8d7da;color:#58151c;border-radius:4px"));
                    self->setIdle(tr("%1 was not opened.").arg(path));
                    Q_EMIT self->openFailed(s.error().message);
                    return;
                }
                self->sessionOpened(*s, decryption);
            });
    });
}

void BundleViewer::askForDecryption(const QString& path)
{
    auto* dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("decryptDialog"));
    dialog->setWindowTitle(tr("Encrypted Bundle"));
    auto* form = new QFormLayout(dialog);
    auto* intro =
        new QLabel(tr("%1 is encrypted (age). Give its passphrase, or the identity file whose public "
                      "key it was encrypted to.")
                       .arg(QFileInfo(path).fileName()),
                   dialog);
    intro->setWordWrap(true);
    form->addRow(intro);
    auto* passphrase = new QLineEdit(dialog);
    passphrase->setObjectName(QStringLiteral("decryptPassphrase"));
    passphrase->setEchoMode(QLineEdit::Password);
    form->addRow(tr("Passphrase"), passphrase);
    auto* identity = new QLineEdit(dialog);
    identity->setObjectName(QStringLiteral("decryptIdentity"));
    identity->setPlaceholderText(tr("or an identity file (age-keygen)"));
    auto* browse = new QPushButton(tr("Browse…"), dialog);
    auto* row = new QHBoxLayout;
    row->addWidget(identity, 1);
    row->addWidget(browse);
    form->addRow(tr("Identity file"), row);
    connect(browse, &QPushButton::clicked, dialog, [dialog, identity] {
        dialogs::openFile(dialog, QStringLiteral("identityFileDialog"), tr("Identity File"), QString(),
                          [identity](const QString& file) { identity->setText(file); });
    });
    auto* problem = new QLabel(dialog);
    problem->setObjectName(QStringLiteral("decryptProblem"));
    problem->setWordWrap(true);
    problem->setStyleSheet(QStringLiteral("color:#58151c"));
    form->addRow(problem);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, dialog);
    form->addRow(buttons);
    auto valid = [=] {
        buttons->button(QDialogButtonBox::Open)
            ->setEnabled(!passphrase->text().isEmpty() != !identity->text().trimmed().isEmpty());
    };
    connect(passphrase, &QLineEdit::textChanged, dialog, valid);
    connect(identity, &QLineEdit::textChanged, dialog, valid);
    valid();
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, this, [this, dialog, passphrase, identity, problem, path] {
        Age::Decryption d;
        if (!identity->text().trimmed().isEmpty()) {
            auto ids = Age::readIdentityFile(identity->text().trimmed());
            if (!ids) {
                problem->setText(ids.error().message);
                return;
            }
            d.identities = *ids;
        } else {
            d.passphrase = passphrase->text();
        }
        dialog->accept();
        openFile(path, d);
    });
    connect(dialog, &QDialog::rejected, this, [this, path] {
        if (!m_session)
            setIdle(tr("%1 was not opened.").arg(path));
    });
    m_status->setText(tr("%1 is encrypted.").arg(path));
    dialog->open();
}

void BundleViewer::sessionOpened(std::shared_ptr<BundleSession> session, const Age::Decryption& decryption)
{
    m_session = session;
    m_decryption = decryption;
    m_pending.clear();
    m_trustedAs.clear();
    m_resealWorkspace.clear();
    m_redactionList->clear();
    m_results->clear();
    m_tree->clear();
    const QJsonObject& m = session->manifest();
    auto* report = new QTreeWidgetItem(m_tree, {tr("Report for the subject")});
    report->setData(0, Qt::UserRole, -1);
    QHash<QString, QTreeWidgetItem*> systems;
    QHash<QString, QString> names;
    for (const QJsonValue& sv : m.value(QStringLiteral("systems")).toArray())
        names.insert(sv.toObject().value(QStringLiteral("system")).toString(),
                     sv.toObject().value(QStringLiteral("name")).toString());
    qint64 total = 0;
    for (int i = 0; i < session->tables().size(); ++i) {
        const BundleSession::Table& t = session->tables()[i];
        QTreeWidgetItem*& sys = systems[t.system];
        if (!sys) {
            sys = new QTreeWidgetItem(m_tree, {names.value(t.system, t.system)});
            sys->setExpanded(true);
        }
        auto* item = new QTreeWidgetItem(
            sys, {QStringLiteral("%1 › %2").arg(t.source, t.table), QLocale().toString(t.rows)});
        item->setData(0, Qt::UserRole, i);
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        if (t.rows == 0)
            item->setForeground(0, palette().brush(QPalette::Disabled, QPalette::Text));
        total += t.rows;
    }
    m_tree->resizeColumnToContents(1);
    m_tree->setCurrentItem(report);
    showTable(-1);
    setVerdict(session->verdict(), {});
    m_trustedKey.reset();
    for (const MinisignKey& k : std::as_const(m_extraKeys)) // keys trusted earlier in this window
        if (Minisign::keyIdHex(k.keyId) == m_verdict.signedBy) {
            setVerdict(session->withKey(k), tr("key %1").arg(Minisign::keyIdHex(k.keyId)));
            if (m_verdict.ok())
                m_trustedKey = k;
        }
    setIdle(
        tr("Request %1 (%2): %3 rows in %4 tables.")
            .arg(m.value(QStringLiteral("request")).toString(), m.value(QStringLiteral("type")).toString())
            .arg(QLocale().toString(total))
            .arg(session->tables().size()));
    Q_EMIT opened(verdictText());
    findWorkspaceKey();
}

void BundleViewer::findWorkspaceKey()
{
    // Signed by one of this computer's workspaces? Their keys are in the keychain: checked one by one,
    // asynchronously (the keychain may ask to be unlocked).
    if (!m_credentials || !m_session || m_verdict.signature != BundleReader::Verdict::Signature::UnknownKey)
        return;
    auto pending = std::make_shared<QList<WorkspaceInfo>>(Workspaces::list());
    auto session = m_session;
    QPointer<BundleViewer> self(this);
    auto next = std::make_shared<std::function<void()>>();
    *next = [self, pending, session, next] {
        if (!self || self->m_session != session || pending->isEmpty() ||
            self->m_verdict.signature != BundleReader::Verdict::Signature::UnknownKey) {
            *next = nullptr; // breaks the cycle
            return;
        }
        const WorkspaceInfo ws = pending->takeFirst();
        self->m_credentials->read(
            QStringLiteral("lethe/signing-key/%1").arg(ws.name),
            [self, ws, session, next](Result<QString> text) {
                if (!self || self->m_session != session)
                    return;
                if (text) {
                    auto key = Minisign::parseSecret(*text);
                    if (key && Minisign::keyIdHex(key->keyId) == self->m_verdict.signedBy) {
                        self->setVerdict(session->withKey(*key), tr("workspace %1").arg(ws.name));
                        self->m_resealWorkspace = ws.name;
                        if (self->m_verdict.ok())
                            self->m_trustedKey = *key;
                        Q_EMIT self->verdictChanged(self->verdictText());
                    }
                }
                if (*next)
                    (*next)();
            });
    };
    (*next)();
}

void BundleViewer::setVerdict(const BundleReader::Verdict& verdict, const QString& trustedAs)
{
    m_verdict = verdict;
    m_trustedAs = trustedAs;
    QString style;
    if (!verdict.checksumsOk || verdict.signature == BundleReader::Verdict::Signature::Invalid)
        style = QStringLiteral("background:#f8d7da;color:#58151c;border-radius:4px;font-weight:bold");
    else if (verdict.signature == BundleReader::Verdict::Signature::Trusted)
        style = QStringLiteral("background:#d1e7dd;color:#0a3622;border-radius:4px");
    else
        style = QStringLiteral("background:#fff3cd;color:#664d03;border-radius:4px");
    m_verdictLabel->setStyleSheet(style);
    m_verdictLabel->setText(verdictText());
}

QString BundleViewer::verdictText() const
{
    QString text = m_verdict.summary();
    if (m_verdict.signature == BundleReader::Verdict::Signature::Trusted && !m_trustedAs.isEmpty())
        text += QLatin1Char(' ') + tr("The key belongs to %1.").arg(m_trustedAs);
    if (m_verdict.checksumsOk && m_verdict.signature == BundleReader::Verdict::Signature::UnknownKey)
        text += QLatin1Char(' ') + tr("If you have the sender's public key, use File › Trust Public Key.");
    const int redactions =
        m_session ? int(m_session->manifest().value(QStringLiteral("redactions")).toArray().size()) : 0;
    if (redactions > 0)
        text += QLatin1Char(' ') + tr("It was re-sealed with %n redaction(s).", nullptr, redactions);
    return text;
}

bool BundleViewer::trustKey(const MinisignKey& key)
{
    if (!m_extraKeys.contains(key))
        m_extraKeys << key;
    if (!m_session || Minisign::keyIdHex(key.keyId) != m_verdict.signedBy)
        return false; // not the key that signed it: the verdict stands
    setVerdict(m_session->withKey(key), tr("key %1").arg(Minisign::keyIdHex(key.keyId)));
    if (m_verdict.ok())
        m_trustedKey = key;
    Q_EMIT verdictChanged(verdictText());
    return true;
}

void BundleViewer::chooseFile()
{
    dialogs::openFile(this, QStringLiteral("openBundleDialog"), tr("Open Bundle"),
                      tr("Lethe bundles (*.lethe.zip *.zip *.age);;All files (*)"),
                      [this](const QString& path) { openFile(path); });
}

void BundleViewer::chooseKeyFile()
{
    dialogs::openFile(this, QStringLiteral("trustKeyDialog"), tr("Trust Public Key"),
                      tr("minisign public keys (*.pub);;All files (*)"),
                      [this](const QString& path) { trustKeyFile(path); });
}

void BundleViewer::trustKeyFile(const QString& path)
{
    QFile f(path);
    auto key = f.open(QIODevice::ReadOnly) ? Minisign::parsePublicKey(f.readAll())
                                           : Result<MinisignKey>(makeError(Error::Code::NotFound, QString()));
    if (!key) {
        dialogs::warning(this, QStringLiteral("trustKeyWarning"), tr("Trust Public Key"),
                         tr("%1 is not a minisign public key: %2").arg(path, key.error().message));
        return;
    }
    if (!trustKey(*key))
        m_status->setText(tr("The bundle was not signed with key %1.").arg(Minisign::keyIdHex(key->keyId)));
}

void BundleViewer::showTable(int table)
{
    if (!m_session)
        return;
    if (table < 0) {
        QFile f(m_session->filePath(QStringLiteral("index.html")));
        m_report->setHtml(f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll())
                                                      : tr("This bundle has no readable report."));
        m_stack->setCurrentWidget(m_report);
        return;
    }
    if (!m_model || m_model->table() != table) {
        auto* old = m_model;
        m_model = new BundleTableModel(m_session, table, &m_pending, this);
        m_table->setModel(m_model);
        delete old;
        m_table->resizeColumnsToContents();
        for (int c = 0; c < m_model->columnCount(); ++c)
            m_table->setColumnWidth(c, qMin(m_table->columnWidth(c), 320));
    }
    m_stack->setCurrentWidget(m_table);
    // The tree follows (a search result can bring a table up).
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it)
        if ((*it)->data(0, Qt::UserRole).isValid() && (*it)->data(0, Qt::UserRole).toInt() == table &&
            m_tree->currentItem() != *it) {
            const QSignalBlocker block(m_tree);
            m_tree->setCurrentItem(*it);
        }
}

void BundleViewer::search(const QString& text)
{
    if (!m_session || text.trimmed().isEmpty())
        return;
    m_results->clear();
    setBusy(tr("Searching for \"%1\"…").arg(text));
    auto session = m_session;
    QPointer<BundleViewer> self(this);
    m_jobs.run(m_job, [self, session, text](const JobContext& job) {
        constexpr int limit = 5000;
        const QList<BundleSession::Hit> hits = session->search(text, limit, job.stopToken());
        job.post([self, session, hits, text, job] {
            for (const BundleSession::Hit& h : hits) {
                const BundleSession::Table& t = session->tables()[h.table];
                auto* item = new QTreeWidgetItem(
                    self->m_results, {QStringLiteral("%1 › %2").arg(t.source, t.table),
                                      QString::number(h.row + 1), t.columns.value(h.column),
                                      h.text.left(300).replace(QLatin1Char('\n'), QLatin1Char(' '))});
                item->setData(0, Qt::UserRole, h.table);
                item->setData(1, Qt::UserRole, int(h.row));
                item->setData(2, Qt::UserRole, h.column);
            }
            for (int c = 0; c < 3; ++c)
                self->m_results->resizeColumnToContents(c);
            const bool stopped = job.isCancelled();
            self->setIdle(
                stopped ? tr("Search stopped: %n cell(s) so far.", nullptr, int(hits.size()))
                : hits.size() >= limit
                    ? tr("The first %n cells containing \"%1\".", nullptr, int(hits.size())).arg(text)
                    : tr("%n cell(s) contain \"%1\".", nullptr, int(hits.size())).arg(text));
            Q_EMIT self->searchFinished(int(hits.size()));
        });
    });
}

void BundleViewer::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasUrls() && event->mimeData()->urls().size() == 1 &&
        event->mimeData()->urls().first().isLocalFile())
        event->acceptProposedAction();
}

void BundleViewer::dropEvent(QDropEvent* event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile()) {
        event->acceptProposedAction();
        openFile(urls.first().toLocalFile());
    }
}

void BundleViewer::closeEvent(QCloseEvent* event)
{
    // Redactions not yet re-sealed are asked about first; the question is a window of its own, and its
    // Close closes the viewer again, this time answered.
    if (m_pending.isEmpty() || std::exchange(m_closeConfirmed, false)) {
        event->accept();
        return;
    }
    event->ignore();
    if (auto* asking = findChild<QMessageBox*>(QStringLiteral("closeQuestion"));
        asking && asking->isVisible())
        return; // already asking
    dialogs::question(this, QStringLiteral("closeQuestion"), QMessageBox::Question, tr("Close"),
                      tr("%n redaction(s) were not re-sealed into a new bundle and will be lost. Close "
                         "anyway?",
                         nullptr, int(m_pending.size())),
                      QMessageBox::Close | QMessageBox::Cancel, QMessageBox::Cancel,
                      [this](QMessageBox::StandardButton answer) {
                          if (answer != QMessageBox::Close)
                              return;
                          m_closeConfirmed = true;
                          close();
                      });
}

} // namespace lethe
