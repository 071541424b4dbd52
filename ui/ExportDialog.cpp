#include "ExportDialog.h"

#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>

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

    setOkText(tr("&Export"));
    connect(m_file, &QLineEdit::textChanged, this, &ExportDialog::revalidate);
    connect(m_browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_runner, &ExportRunner::progress, this, &ExportDialog::showProgress);
    connect(m_runner, &ExportRunner::finished, this, [this](const ExportRunner::Summary& summary) {
        m_exporting = false;
        Q_EMIT exported(summary);
        QDialog::accept();
    });
    connect(m_runner, &ExportRunner::failed, this, [this](const QString& message, bool cancelled) {
        m_exporting = false;
        Q_EMIT exportFailed(message, cancelled);
        QDialog::reject();
    });
    revalidate();
}

QString ExportDialog::defaultPath(const QString& requestId)
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    return QDir(folder).filePath(requestId + QStringLiteral(".lethe.zip"));
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

QString ExportDialog::check() const
{
    const QString file = fileName();
    if (file.isEmpty())
        return tr("Choose the file the bundle is written to.");
    const QFileInfo info(file);
    if (!info.fileName().endsWith(QLatin1String(".zip"), Qt::CaseInsensitive))
        return tr("%1: a bundle is a ZIP file; end its name in .zip.").arg(info.fileName());
    if (!QFileInfo(info.absolutePath()).isDir())
        return tr("%1: no such folder.").arg(QDir::toNativeSeparators(info.absolutePath()));
    if (info.exists())
        return tr("%1 exists already; choose another name.").arg(QDir::toNativeSeparators(file));
    return {};
}

void ExportDialog::browse()
{
    auto* dialog = new QFileDialog(this, tr("Export Bundle"), fileName());
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilter(tr("Lethe bundles (*.zip)"));
    dialog->setDefaultSuffix(QStringLiteral("zip"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, &ExportDialog::setFileName);
    dialog->open();
}

void ExportDialog::accept()
{
    if (m_exporting || !check().isEmpty())
        return;
    m_exporting = true;
    m_cancelling = false;
    m_file->setEnabled(false);
    m_browse->setEnabled(false);
    m_databasesOnly->setEnabled(false);
    okButton()->hide();
    form()->setRowVisible(m_step, true);
    form()->setRowVisible(m_progress, true);
    adjustSize(); // room for the progress rows, the text above them unsqueezed
    showProgress(tr("Reading the keychain…"), -1);
    ExportRunner::Order order;
    order.request = m_request;
    order.outFile = fileName();
    order.databasesOnly = databasesOnly();
    m_runner->start(order);
}

void ExportDialog::reject()
{
    if (!m_exporting) {
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
