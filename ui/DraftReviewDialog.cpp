#include "DraftReviewDialog.h"

#include "DataMapLoader.h"
#include "DataMapWriter.h"
#include "DraftReviewModel.h"
#include "WorkspaceOpener.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace lethe {

DraftReviewDialog::DraftReviewDialog(CredentialStore* credentials, QWidget* parent)
    : QDialog(parent), m_credentials(credentials), m_model(new DraftReviewModel(this))
{
    setWindowTitle(tr("Discover Data Map"));
    setObjectName(QStringLiteral("draftReviewDialog"));
    resize(1000, 700);

    auto* source = new QGroupBox(tr("1. Database to read"), this);
    auto* form = new QFormLayout(source);
    m_connection = new QLineEdit(source);
    m_connection->setObjectName(QStringLiteral("discoverConnection"));
    m_connection->setPlaceholderText(tr("sqlite:/path/to/file.db or postgres://user@host:5432/database"));
    m_passwordKey = new QLineEdit(source);
    m_passwordKey->setPlaceholderText(tr("keychain key of the password (servers only)"));
    m_sample = new QSpinBox(source);
    m_sample->setRange(0, 10000);
    m_sample->setValue(100);
    m_systemKey = new QLineEdit(source);
    m_systemKey->setPlaceholderText(tr("default: from the database name"));
    m_discover = new QPushButton(tr("&Discover"), source);
    m_discover->setObjectName(QStringLiteral("discoverButton"));
    m_discover->setDefault(true);
    m_cancel = new QPushButton(tr("Cancel"), source);
    m_progress = new QProgressBar(source);
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(160);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_discover);
    buttons->addWidget(m_progress);
    buttons->addWidget(m_cancel);
    buttons->addStretch();
    form->addRow(tr("Connection:"), m_connection);
    form->addRow(tr("Password key:"), m_passwordKey);
    form->addRow(tr("Values sampled per column:"), m_sample);
    form->addRow(tr("System key:"), m_systemKey);
    form->addRow(buttons);

    auto* review = new QGroupBox(tr("2. Review what was found"), this);
    auto* reviewLayout = new QVBoxLayout(review);
    m_notes = new QLabel(tr("Nothing discovered yet."), review);
    m_notes->setObjectName(QStringLiteral("discoverNotes"));
    m_notes->setWordWrap(true);
    m_onlyPersonal = new QCheckBox(tr("Show only columns that look like personal data"), review);
    m_onlyPersonal->setChecked(true);
    m_view = new QTableView(review);
    m_view->setObjectName(QStringLiteral("findingsView"));
    auto* proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_model);
    proxy->setSortRole(DraftReviewModel::ConfidenceRole);
    m_view->setModel(proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(DraftReviewModel::ConfidenceColumn, Qt::DescendingOrder);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false); // the whole evidence is in the tooltip
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed);
    auto* hint =
        new QLabel(tr("Double-click Categories (comma-separated, e.g. user.contact.email), Identity "
                      "(email, phone, user-id, or empty) or Erasure (keep, null, hmac, delete_row, or fixed: "
                      "text) to correct them; hover over Evidence for the reasons. The erasure proposed for "
                      "each column comes from its category and is saved as shown: accept or change it."),
                   review);
    hint->setWordWrap(true);
    reviewLayout->addWidget(m_notes);
    reviewLayout->addWidget(m_onlyPersonal);
    reviewLayout->addWidget(m_view, 1);
    reviewLayout->addWidget(hint);

    auto* complete = new QGroupBox(tr("3. What discovery cannot know"), this);
    auto* completeForm = new QFormLayout(complete);
    m_name = new QLineEdit(complete);
    m_name->setObjectName(QStringLiteral("systemName"));
    m_purposes = new QPlainTextEdit(complete);
    m_purposes->setObjectName(QStringLiteral("systemPurposes"));
    m_purposes->setPlaceholderText(tr("One purpose per line, as the privacy policy states them"));
    m_purposes->setMaximumHeight(m_purposes->fontMetrics().height() * 3 + 12);
    completeForm->addRow(tr("System name:"), m_name);
    completeForm->addRow(tr("Purposes:"), m_purposes);

    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("saveResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* box = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_save = box->addButton(tr("&Save Map…"), QDialogButtonBox::ActionRole);
    m_save->setObjectName(QStringLiteral("saveMapButton"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(source);
    layout->addWidget(review, 1);
    layout->addWidget(complete);
    layout->addWidget(m_result);
    layout->addWidget(box);

    connect(m_discover, &QPushButton::clicked, this, &DraftReviewDialog::discover);
    connect(m_connection, &QLineEdit::returnPressed, this, &DraftReviewDialog::discover);
    connect(m_cancel, &QPushButton::clicked, this, &DraftReviewDialog::cancel);
    connect(m_onlyPersonal, &QCheckBox::toggled, m_model, &DraftReviewModel::setOnlyPersonal);
    connect(m_save, &QPushButton::clicked, this, &DraftReviewDialog::save);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &DraftReviewDialog::updateSaveEnabled);
    connect(m_purposes, &QPlainTextEdit::textChanged, this, &DraftReviewDialog::updateSaveEnabled);
    setRunning(false);
    updateSaveEnabled();
}

DraftReviewDialog::~DraftReviewDialog() = default;

void DraftReviewDialog::setRunning(bool running)
{
    m_running = running;
    m_discover->setEnabled(!running);
    m_cancel->setVisible(running);
    m_progress->setVisible(running);
    updateSaveEnabled();
}

void DraftReviewDialog::updateSaveEnabled()
{
    m_save->setEnabled(m_haveDraft && !m_running && !m_name->text().trimmed().isEmpty() &&
                       !m_purposes->toPlainText().trimmed().isEmpty());
}

void DraftReviewDialog::discover()
{
    if (m_running)
        return;
    auto parsed = ConnectionParams::fromUrl(m_connection->text().trimmed(), tr("Connection"), true);
    if (!parsed) {
        m_notes->setText(parsed.error().message);
        return;
    }
    ConnectionParams params = *parsed;
    params.passwordKey = m_passwordKey->text().trimmed();
    SchemaDiscovery::Options options;
    options.sampleRows = m_sample->value();
    options.systemKey = m_systemKey->text().trimmed();
    const JobContext job = m_jobs.next();
    setRunning(true);
    m_notes->setText(tr("Reading the schema and sampling values…"));
    QPointer<DraftReviewDialog> self(this);
    WorkspaceOpener::resolveConnection(
        params, m_credentials, [self, job, options](Result<ConnectionParams> r) {
            if (!self || !job.isCurrent())
                return;
            if (!r) {
                self->finished(r.error());
                return;
            }
            // SchemaDiscovery cannot be interrupted: Cancel makes its result stale and the dialog idle at
            // once; the work finishes its bounded reads on its own connection and its result is dropped.
            const ConnectionParams resolved = *r;
            self->m_jobs.run(job, [self, resolved, options](const JobContext& work) {
                Result<DiscoveryResult> result = SchemaDiscovery::run(resolved, options);
                work.post([self, result] { self->finished(result); });
            });
        });
}

void DraftReviewDialog::cancel()
{
    m_jobs.abandon();
    setRunning(false);
    m_notes->setText(tr("Discovery cancelled."));
}

void DraftReviewDialog::finished(const Result<DiscoveryResult>& result)
{
    setRunning(false);
    if (!result) {
        m_notes->setText(tr("Discovery failed: %1").arg(result.error().message));
        return;
    }
    m_draft = result->draft;
    m_haveDraft = true;
    m_model->setFindings(result->findings);
    int personal = 0;
    for (const ColumnFinding& f : result->findings)
        personal += f.confidence > 0 ? 1 : 0;
    QString text = tr("%n column(s) read; ", nullptr, int(result->findings.size())) +
                   tr("%n look like personal data.", nullptr, personal);
    if (!result->notes.isEmpty())
        text += QLatin1Char('\n') + result->notes.join(QLatin1Char('\n'));
    m_notes->setText(text);
    if (m_name->text().isEmpty())
        m_name->setText(m_draft.name);
    m_view->resizeColumnsToContents();
    updateSaveEnabled();
    Q_EMIT discovered(int(result->findings.size()));
}

void DraftReviewDialog::save()
{
    auto* dialog = new QFileDialog(this, tr("Save Data Map"), QString(), tr("Data maps (*.yaml *.yml)"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("yaml"));
    dialog->selectFile(m_draft.key + QStringLiteral(".yaml"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& file) { saveTo(file); });
    dialog->open();
}

bool DraftReviewDialog::saveTo(const QString& file)
{
    DataMap map = m_model->apply(m_draft);
    map.name = m_name->text().trimmed();
    map.art15.purposes.clear();
    for (const QString& line : m_purposes->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        if (!line.trimmed().isEmpty())
            map.art15.purposes << line.trimmed();
    }
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(DataMapWriter::toYaml(map)) < 0 || !out.commit()) {
        m_result->setText(tr("%1: cannot write: %2").arg(file, out.errorString()));
        Q_EMIT saved(false);
        return false;
    }
    const DataMapLoad check = DataMapLoader::load(file);
    if (check.ok()) {
        m_result->setText(
            tr("Saved %1: a valid data map. Put it in a workspace's datamaps folder to search it.")
                .arg(file));
    } else {
        QStringList lines;
        for (const DataMapIssue& i : check.issues.mid(0, 8))
            lines << i.toString();
        m_result->setText(tr("Saved %1, but it is not yet a valid data map (%n problem(s)):", nullptr,
                             int(check.issues.size()))
                              .arg(file) +
                          QLatin1Char('\n') + lines.join(QLatin1Char('\n')));
    }
    Q_EMIT saved(check.ok());
    return check.ok();
}

QString DraftReviewDialog::verdict() const
{
    return m_result->text();
}

} // namespace lethe
