#pragma once

#include "Evidence.h"
#include "Request.h"
#include "ValidatedDialog.h"

#include <optional>
#include <utility>

class QLineEdit;
class QPlainTextEdit;

namespace lethe {

// Completing a manual task: what was done (a note) and/or a file that proves it. On OK the window copies the
// file into the workspace (attachEvidence) and completes the task in the store, as `lethe-cli tasks complete`
// does (MainWindow::completeTask); a refusal of the file is shown here and the dialog stays open.
class CompleteTaskDialog : public ValidatedDialog
{
    Q_OBJECT
public:
    CompleteTaskDialog(const QString& workspaceFolder, const QString& requestId, const ManualTask& task,
                       QWidget* parent = nullptr);
    QString note() const;
    QString evidenceFile() const;
    // The evidence file copied into the workspace (Evidence::attach), or none chosen (an empty name). Copied
    // once: asked again for the same file (a change held on a lost connection), the copy made is returned.
    // A refusal is shown in the dialog.
    Result<Evidence::Stored> attachEvidence();

    // Refused while check() objects: the OK button is off then, but accept() can come from elsewhere (Enter,
    // a script).
    void accept() override;

protected:
    QString check() const override;

private:
    void chooseFile();

    QString m_folder;
    QString m_requestId;
    ManualTask m_task;
    std::optional<std::pair<QString, Evidence::Stored>> m_attached; // the file chosen and its copy
    QPlainTextEdit* m_note;
    QLineEdit* m_file;
};

} // namespace lethe
