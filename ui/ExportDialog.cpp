#include "ExportDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>

#include <utility>

namespace lethe {

ExportDialog::ExportDialog(CredentialStore* credentials, const ExportRunner::Workspace& workspace,
                           const Request& request, QWidget* parent)
    : ValidatedDialog(tr("Export Bundle"), parent), m_request(request),
      m_runner(new ExportRunner(credentials, workspace, this))
{
    setObjectName(QStringLiteral("exportDialog"));
    auto* intro = new QLabel(
        tr("%1 (%2, %3) for %4: a signed ZIP with every table found as JSON and CSV, and a readable report "
           "with the facts of each system. Anyone can check it with sha256sum and minisign.")
            .arg(request.humanId, Names::display(request.type), Names::display(request.regulation),
                 request.subjectName),
        this);
    intro->setObjectName(QStringLiteral("exportIntro"));
    intro->setWordWrap(true);
    form()->addRow(intro);
    addFileRows(request);
    addOthersRows(request);
    addEncryptionRows();
    addProgressRows();

    setOkText(tr("&Export"));
    connectSignals();
    encryptionChosen();
}

// The file to write, and whether the processors are asked.
void ExportDialog::addFileRows(const Request& request)
{
    m_file = new QLineEdit(defaultPath(request.humanId), this);
    m_file->setObjectName(QStringLiteral("exportFile"));
    m_file->setMinimumWidth(360);
    m_browse = new QPushButton(tr("&Browse…"), this);
    m_browse->setObjectName(QStringLiteral("exportBrowse"));
    m_browse->setAutoDefault(false);
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_browse);
    auto* fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_file);
    form()->addRow(fileLabel, fileRow);

    m_databasesOnly = new QCheckBox(tr("&Databases only (do not ask the processors' APIs)"), this);
    m_databasesOnly->setObjectName(QStringLiteral("exportDatabasesOnly"));
    form()->addRow(QString(), m_databasesOnly);
}

// Other people's data in the subject's account (issue 15, item 17): out of an access copy unless the
// officer includes it, saying why.
void ExportDialog::addOthersRows(const Request& request)
{
    m_includeOthers =
        new QCheckBox(tr("Include data about &other people (contacts, leads, messages to them)"), this);
    m_includeOthers->setObjectName(QStringLiteral("exportIncludeOthers"));
    m_includeOthers->setToolTip(
        tr("Rows held in the subject's account about other people are their personal data and are left out "
           "of an access copy (GDPR Art. 15(4)). Include them only with a reason; the bundle and the audit "
           "log keep it."));
    form()->addRow(QString(), m_includeOthers);
    m_othersReason = new QLineEdit(this);
    m_othersReason->setObjectName(QStringLiteral("exportOthersReason"));
    m_othersReason->setPlaceholderText(tr("Why other people's data goes into this bundle"));
    m_othersReason->setEnabled(false);
    auto* reasonLabel = new QLabel(tr("Rea&son:"), this);
    reasonLabel->setBuddy(m_othersReason);
    form()->addRow(reasonLabel, m_othersReason);
    // A portability copy includes what the subject provided about others anyway.
    const bool access = request.type != RequestType::Portability;
    form()->setRowVisible(m_includeOthers, access);
    form()->setRowVisible(m_othersReason, access);
}

// No encryption, a passphrase (twice) or the subject's age public keys, each with its hint.
void ExportDialog::addEncryptionRows()
{
    m_encryption = new QComboBox(this);
    m_encryption->setObjectName(QStringLiteral("exportEncryption"));
    m_encryption->addItem(tr("None"), int(Encryption::None));
    m_encryption->addItem(tr("Passphrase"), int(Encryption::Passphrase));
    m_encryption->addItem(tr("age public keys"), int(Encryption::Recipients));
    auto* encryptionLabel = new QLabel(tr("E&ncryption:"), this);
    encryptionLabel->setBuddy(m_encryption);
    form()->addRow(encryptionLabel, m_encryption);

    m_passphrase = new QLineEdit(this);
    m_passphrase->setObjectName(QStringLiteral("exportPassphrase"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    auto* passphraseLabel = new QLabel(tr("&Passphrase:"), this);
    passphraseLabel->setBuddy(m_passphrase);
    form()->addRow(passphraseLabel, m_passphrase);
    m_repeat = new QLineEdit(this);
    m_repeat->setObjectName(QStringLiteral("exportPassphraseRepeat"));
    m_repeat->setEchoMode(QLineEdit::Password);
    auto* repeatLabel = new QLabel(tr("&Repeat:"), this);
    repeatLabel->setBuddy(m_repeat);
    form()->addRow(repeatLabel, m_repeat);
    m_passphraseHint = new QLabel(
        tr("At least %1 characters: a few unrelated words are easy to say and hard to guess. Tell it to the "
           "subject another way than the file (by phone, say); they open the bundle with age -d. Lethe does "
           "not keep it.")
            .arg(kMinPassphraseLength),
        this);
    m_passphraseHint->setObjectName(QStringLiteral("exportPassphraseHint"));
    m_passphraseHint->setWordWrap(true);
    m_passphraseHint->setEnabled(false); // greyed: a hint, not a value
    // As wide as the fields above it (a label keeps to its size hint in a form, and wraps narrow).
    m_passphraseHint->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_passphraseHint->setAlignment(Qt::AlignLeft | Qt::AlignTop); // under its field, whatever the height
    form()->addRow(QString(), m_passphraseHint);

    m_recipients = new QPlainTextEdit(this);
    m_recipients->setObjectName(QStringLiteral("exportRecipients"));
    m_recipients->setPlaceholderText(tr("age1…, one a line"));
    m_recipients->setTabChangesFocus(true);
    m_recipients->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_recipients->setFixedHeight(
        m_recipients->fontMetrics().lineSpacing() * 4 +
        2 * (m_recipients->frameWidth() + int(m_recipients->document()->documentMargin())));
    auto* recipientsLabel = new QLabel(tr("Public &keys:"), this);
    recipientsLabel->setBuddy(m_recipients);
    form()->addRow(recipientsLabel, m_recipients);
    m_recipientsHint = new QLabel(tr("The subject's age public keys (age-keygen -y prints one), one a line; "
                                     "# starts a comment. Any of their secret keys opens the bundle."),
                                  this);
    m_recipientsHint->setObjectName(QStringLiteral("exportRecipientsHint"));
    m_recipientsHint->setWordWrap(true);
    m_recipientsHint->setEnabled(false);
    m_recipientsHint->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_recipientsHint->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    form()->addRow(QString(), m_recipientsHint);
}

// What the export is doing, shown while it runs.
void ExportDialog::addProgressRows()
{
    m_step = new QLabel(this);
    m_step->setObjectName(QStringLiteral("exportStep"));
    m_step->setWordWrap(true);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("exportProgress"));
    m_progress->setRange(0, 0);
    form()->addRow(m_step);
    form()->addRow(m_progress);
    form()->setRowVisible(m_step, false);
    form()->setRowVisible(m_progress, false);
}

void ExportDialog::connectSignals()
{
    connect(m_file, &QLineEdit::textChanged, this, &ExportDialog::recheck);
    connect(m_browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_encryption, &QComboBox::currentIndexChanged, this, &ExportDialog::encryptionChosen);
    connect(m_passphrase, &QLineEdit::textChanged, this, &ExportDialog::recheck);
    connect(m_repeat, &QLineEdit::textChanged, this, &ExportDialog::recheck);
    connect(m_recipients, &QPlainTextEdit::textChanged, this, &ExportDialog::recheck);
    connect(m_includeOthers, &QCheckBox::toggled, this, &ExportDialog::othersChosen);
    connect(m_othersReason, &QLineEdit::textChanged, this, &ExportDialog::recheck);
    connect(m_runner, &ExportRunner::progress, this, &ExportDialog::showProgress);
    connect(m_runner, &ExportRunner::finished, this, [this](const ExportRunner::Summary& summary) {
        m_exporting = false;
        Q_EMIT exported(summary);
        QDialog::accept();
    });
    connect(m_runner, &ExportRunner::connectionLost, this, [this] { m_connectionLost = true; });
    connect(m_runner, &ExportRunner::failed, this, [this](const QString& message, bool cancelled) {
        m_exporting = false;
        const bool lost = std::exchange(m_connectionLost, false) && !cancelled;
        if (!lost)
            Q_EMIT exportFailed(message, cancelled);
        if (cancelled) {
            QDialog::reject();
            return;
        }
        // A failure keeps the dialog and what was chosen in it: the message says what to change.
        setExporting(false);
        if (lost && m_runner->hasUnrecorded()) {
            // Written, and whether the audit log recorded it is not known: settled once the connection is
            // back (recorded once, never twice), the bundle kept out of place until then.
            hold(
                tr("Not exported yet: the bundle is written, but the connection to the workspace was lost as "
                   "the audit log recorded it. It is kept out of place (%1) until the connection is back; "
                   "then it is recorded, never twice, and moved to its name.")
                    .arg(QFileInfo(ExportRunner::heldName(fileName())).fileName()),
                [this] { Q_EMIT retryRequested(); });
            Q_EMIT workspaceConnectionLost(message);
            return;
        }
        if (lost) {
            // Not an error of the export: the window's banner retries; Export again once it is back.
            hold(tr("Not exported: the connection to the workspace was lost, and nothing was left behind. "
                    "What you chose is kept here; export again once the connection is back."),
                 [this] { Q_EMIT retryRequested(); });
            Q_EMIT workspaceConnectionLost(message);
            return;
        }
        showProblem(message);
    });
}

void ExportDialog::connectionRestored()
{
    if (!isHeld())
        return;
    release();
    if (!m_runner->hasUnrecorded())
        return; // nothing was written: Export may be pressed again
    // The bundle written before the connection was lost: its record is settled now, as an export's end.
    setExporting(true);
    showProgress(tr("Recording the export in the audit log…"), -1);
    m_runner->recordHeld();
}

void ExportDialog::setExporting(bool on)
{
    m_exporting = on;
    m_cancelling = false;
    m_file->setEnabled(!on);
    m_browse->setEnabled(!on);
    m_databasesOnly->setEnabled(!on);
    m_includeOthers->setEnabled(!on);
    m_othersReason->setEnabled(!on && m_includeOthers->isChecked());
    for (QWidget* w : {static_cast<QWidget*>(m_encryption), static_cast<QWidget*>(m_passphrase),
                       static_cast<QWidget*>(m_repeat), static_cast<QWidget*>(m_recipients)})
        w->setEnabled(!on);
    okButton()->setVisible(!on);
    form()->setRowVisible(m_step, on);
    form()->setRowVisible(m_progress, on);
}

QString ExportDialog::defaultPath(const QString& requestId, bool encrypted)
{
    // The documents folder where the desktop has one; a home without it (a fresh account, a server
    // session) gets the home folder rather than a path the dialog then refuses.
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QDir::homePath();
    return QDir(folder).filePath(
        requestId + (encrypted ? QStringLiteral(".lethe.zip.age") : QStringLiteral(".lethe.zip")));
}

ExportDialog::Encryption ExportDialog::encryptionChoice() const
{
    return Encryption(m_encryption->currentData().toInt());
}

void ExportDialog::setEncryptionChoice(Encryption choice)
{
    m_encryption->setCurrentIndex(m_encryption->findData(int(choice)));
}

void ExportDialog::encryptionChosen()
{
    const Encryption choice = encryptionChoice();
    const bool passphrase = choice == Encryption::Passphrase;
    const bool keys = choice == Encryption::Recipients;
    for (QWidget* w : {static_cast<QWidget*>(m_passphrase), static_cast<QWidget*>(m_repeat),
                       static_cast<QWidget*>(m_passphraseHint)})
        form()->setRowVisible(w, passphrase);
    form()->setRowVisible(m_recipients, keys);
    form()->setRowVisible(m_recipientsHint, keys);
    // The name follows: NAME.zip becomes NAME.zip.age when encrypted, and back; any other name is left
    // for check() to explain.
    const QString name = m_file->text();
    if (choice != Encryption::None && name.endsWith(QLatin1String(".zip"), Qt::CaseInsensitive))
        m_file->setText(name + QStringLiteral(".age"));
    else if (choice == Encryption::None && name.endsWith(QLatin1String(".zip.age"), Qt::CaseInsensitive))
        m_file->setText(name.chopped(4));
    if (passphrase)
        m_passphrase->setFocus();
    else if (keys)
        m_recipients->setFocus();
    revalidate();
    layout()->activate(); // the rows just shown or hidden count in the size
    adjustSize();
    m_fittedHeight = height();
}

void ExportDialog::othersChosen()
{
    m_othersReason->setEnabled(m_includeOthers->isChecked());
    if (m_includeOthers->isChecked())
        m_othersReason->setFocus();
    recheck();
}

void ExportDialog::recheck()
{
    revalidate();
    // A longer message must not squeeze the wrapped hints into the fields above them (a window does not
    // keep to its layout's height for its width by itself), and a shorter one leaves no gap, unless the
    // dialog was resized by hand.
    layout()->activate();
    const int need = layout()->totalHeightForWidth(width());
    if (need > height() || (height() == m_fittedHeight && need < height())) {
        resize(width(), need);
        m_fittedHeight = need;
    }
}

Result<QStringList> ExportDialog::recipients() const
{
    QStringList out;
    const QStringList lines = m_recipients->toPlainText().split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        if (auto key = Age::parseRecipient(line); !key)
            return makeError(Error::Code::InvalidInput,
                             tr("Public keys, line %1: %2").arg(QString::number(i + 1), key.error().message));
        out << line;
    }
    out.removeDuplicates();
    return out;
}

Age::Encryption ExportDialog::encryption() const
{
    Age::Encryption e;
    switch (encryptionChoice()) {
    case Encryption::None:
        break;
    case Encryption::Passphrase:
        e.passphrase = m_passphrase->text();
        break;
    case Encryption::Recipients:
        if (auto keys = recipients())
            e.recipients = *keys;
        break;
    }
    return e;
}

QString ExportDialog::fileName() const
{
    const QString text = m_file->text().trimmed();
    return text.isEmpty() ? QString() : QFileInfo(text).absoluteFilePath();
}

void ExportDialog::setFileName(const QString& path)
{
    m_file->setText(QDir::toNativeSeparators(path));
}

bool ExportDialog::databasesOnly() const
{
    return m_databasesOnly->isChecked();
}

bool ExportDialog::includeOthers() const
{
    return m_request.type != RequestType::Portability && m_includeOthers->isChecked();
}

QString ExportDialog::othersReason() const
{
    return includeOthers() ? m_othersReason->text().trimmed() : QString();
}

QString ExportDialog::check() const
{
    const QString file = fileName();
    if (file.isEmpty())
        return tr("Choose the file the bundle is written to.");
    const QFileInfo info(file);
    const Encryption choice = encryptionChoice();
    const bool ageName = info.fileName().endsWith(QLatin1String(".age"), Qt::CaseInsensitive);
    if (choice != Encryption::None && !ageName)
        return tr("%1: an encrypted bundle's name must end in .age (for example %1.age).")
            .arg(info.fileName());
    if (choice == Encryption::None && ageName)
        return tr("%1 ends in .age, but no encryption is chosen; choose one, or end the name in .zip.")
            .arg(info.fileName());
    if (choice == Encryption::None && !info.fileName().endsWith(QLatin1String(".zip"), Qt::CaseInsensitive))
        return tr("%1: a bundle is a ZIP file; end its name in .zip.").arg(info.fileName());
    if (!QFileInfo(info.absolutePath()).isDir())
        return tr("%1: no such folder.").arg(QDir::toNativeSeparators(info.absolutePath()));
    if (info.exists())
        return tr("%1 exists already; choose another name.").arg(QDir::toNativeSeparators(file));
    if (choice == Encryption::Passphrase) {
        const QString pass = m_passphrase->text();
        if (pass.isEmpty())
            return tr("Enter the passphrase the bundle is encrypted with.");
        if (const qsizetype n = pass.toUcs4().size(); n < kMinPassphraseLength)
            return tr("The passphrase has %1 characters; use at least %2.").arg(n).arg(kMinPassphraseLength);
        if (m_repeat->text() != pass)
            return m_repeat->text().isEmpty() ? tr("Repeat the passphrase.")
                                              : tr("The two passphrases differ.");
    } else if (choice == Encryption::Recipients) {
        auto keys = recipients();
        if (!keys)
            return keys.error().message;
        if (keys->isEmpty())
            return tr("Enter the subject's age public key (age1…), one a line.");
    }
    if (includeOthers() && othersReason().isEmpty())
        return tr("Say why data about other people goes into this bundle: the bundle and the audit log keep "
                  "the reason.");
    return {};
}

void ExportDialog::browse()
{
    auto* dialog = new QFileDialog(this, tr("Export Bundle"), fileName());
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    if (encryptionChoice() == Encryption::None) {
        dialog->setNameFilter(tr("Lethe bundles (*.zip)"));
        dialog->setDefaultSuffix(QStringLiteral("zip"));
    } else {
        dialog->setNameFilter(tr("Encrypted Lethe bundles (*.age)"));
        dialog->setDefaultSuffix(QStringLiteral("age"));
    }
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, &ExportDialog::setFileName);
    dialog->open();
}

void ExportDialog::accept()
{
    if (m_exporting || isHeld() || !check().isEmpty())
        return;
    setExporting(true);
    adjustSize(); // room for the progress rows, the text above them unsqueezed
    showProgress(tr("Reading the keychain…"), -1);
    ExportRunner::Order order;
    order.request = m_request;
    order.outFile = fileName();
    order.databasesOnly = databasesOnly();
    // The same core path as lethe-cli export --include-others --reason: BundleExporter checks the reason
    // again, and ExportRunner::writeBundle records it in the audit log.
    order.bundle.includeOthers = includeOthers();
    order.bundle.othersReason = othersReason();
    order.bundle.encryption = encryption(); // to the worker only: not logged, not saved, not audited
    m_runner->start(order);
}

void ExportDialog::reject()
{
    if (!m_exporting) {
        // Closed while a written bundle's record is held: handed over, its fate read once the connection
        // allows (the window's), never dropped unsaid.
        if (auto held = m_runner->takeHeld())
            Q_EMIT closedWhileHeld(*held);
        QDialog::reject();
        return;
    }
    // The runner stops at its next query or block of rows, removes what it wrote and then reports failed().
    if (!m_cancelling) {
        m_cancelling = true;
        m_step->setText(tr("Cancelling…"));
        m_runner->cancel();
    }
}

void ExportDialog::showProgress(const QString& step, double fraction)
{
    if (m_cancelling)
        return;
    m_step->setText(step);
    if (fraction < 0) {
        m_progress->setRange(0, 0);
    } else {
        m_progress->setRange(0, 1000);
        m_progress->setValue(int(fraction * 1000));
    }
}

} // namespace lethe
