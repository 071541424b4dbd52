#include "CompleteTaskDialog.h"

#include "Evidence.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

namespace lethe {

CompleteTaskDialog::CompleteTaskDialog(const QString& workspaceFolder, const QString& requestId,
                                       const ManualTask& task, QWidget* parent)
    : ValidatedDialog(tr("Complete manual task: %1").arg(task.processor), parent), m_folder(workspaceFolder),
      m_requestId(requestId), m_task(task)
{
    setObjectName(QStringLiteral("completeTaskDialog"));
    auto* what = new QLabel(this);
    what->setObjectName(QStringLiteral("taskInstructions"));
    what->setWordWrap(true);
    what->setTextFormat(Qt::PlainText);
    what->setText(task.instructions.isEmpty()
                      ? tr("%1 (%2)").arg(task.processor, task.system)
                      : tr("%1 (%2): %3").arg(task.processor, task.system, task.instructions));
    form()->addRow(what);

    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(QStringLiteral("taskNoteEdit"));
    m_note->setTabChangesFocus(true);
    m_note->setPlaceholderText(tr("What was done, and the answer received"));
    form()->addRow(tr("&Note:"), m_note);

    m_file = new QLineEdit(this);
    m_file->setObjectName(QStringLiteral("evidenceEdit"));
    m_file->setPlaceholderText(tr("Optional: a confirmation, a screenshot (copied into the workspace)"));
    auto* choose = new QPushButton(tr("Choose…"), this);
    choose->setObjectName(QStringLiteral("chooseEvidence"));
    connect(choose, &QPushButton::clicked, this, &CompleteTaskDialog::chooseFile);
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(choose);
    form()->addRow(tr("&Evidence:"), fileRow);
    if (auto* label = qobject_cast<QLabel*>(form()->labelForField(fileRow)))
        label->setBuddy(m_file);

    setOkText(tr("Mark as done"));
    connect(m_note, &QPlainTextEdit::textChanged, this, &CompleteTaskDialog::revalidate);
    connect(m_file, &QLineEdit::textChanged, this, &CompleteTaskDialog::revalidate);
    revalidate();
}

QString CompleteTaskDialog::note() const
{
    return m_note->toPlainText().trimmed();
}

QString CompleteTaskDialog::evidenceFile() const
{
    return m_file->text().trimmed();
}

QString CompleteTaskDialog::check() const
{
    if (note().isEmpty() && evidenceFile().isEmpty())
        return tr("Write what was done, or choose an evidence file (or both).");
    if (note().size() > 20000)
        return tr("The note is longer than 20,000 characters.");
    if (!evidenceFile().isEmpty()) {
        const QFileInfo fi(evidenceFile());
        if (!fi.exists())
            return tr("Evidence: there is no file at %1.").arg(QDir::toNativeSeparators(evidenceFile()));
        if (!fi.isFile())
            return tr("Evidence: %1 is not a file.").arg(QDir::toNativeSeparators(evidenceFile()));
        if (fi.size() > Evidence::kMaxBytes)
            return tr("Evidence: %1 is larger than %2 MB.")
                .arg(fi.fileName())
                .arg(Evidence::kMaxBytes / (1024 * 1024));
    }
    return {};
}

void CompleteTaskDialog::chooseFile()
{
    auto* dialog = new QFileDialog(this, tr("Choose an Evidence File"),
                                   evidenceFile().isEmpty() ? QDir::homePath()
                                                            : QFileInfo(evidenceFile()).absolutePath());
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this,
            [this](const QString& file) { m_file->setText(QDir::toNativeSeparators(file)); });
    dialog->open();
}

void CompleteTaskDialog::accept()
{
    if (const QString why = check(); !why.isEmpty()) {
        showProblem(why);
        return;
    }
    ValidatedDialog::accept();
}

Result<Evidence::Stored> CompleteTaskDialog::attachEvidence()
{
    if (evidenceFile().isEmpty())
        return Evidence::Stored{};
    if (m_attached && m_attached->first == evidenceFile())
        return m_attached->second;
    auto e = Evidence::attach(m_folder, m_requestId, evidenceFile());
    if (!e) {
        showProblem(e.error().message);
        return e.error();
    }
    m_attached = std::pair{evidenceFile(), *e};
    return *e;
}

} // namespace lethe
