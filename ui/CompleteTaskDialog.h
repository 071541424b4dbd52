#pragma once

#include "Request.h"
#include "ValidatedDialog.h"

class QLineEdit;
class QPlainTextEdit;

namespace lethe {

class WorkspaceStore;

// Completing a manual task: what was done (a note) and/or a file that proves it. Saving copies the file
// into the workspace (Evidence::attach, with its SHA-256) and then completes the task in the store, as
// `lethe-cli tasks complete` does; a refusal is shown here and the dialog stays open.
class CompleteTaskDialog : public ValidatedDialog
{
    Q_OBJECT
public:
    CompleteTaskDialog(WorkspaceStore* store, const QString& workspaceFolder, const QString& requestId,
                       const ManualTask& task, QWidget* parent = nullptr);
    QString note() const;
    QString evidenceFile() const;
    // The task as the store has it after saving (done).
    ManualTask completed() const { return m_completed; }

    void accept() override;

protected:
    QString check() const override;

private:
    void chooseFile();

    WorkspaceStore* m_store;
    QString m_folder;
    QString m_requestId;
    ManualTask m_task;
    ManualTask m_completed;
    QPlainTextEdit* m_note;
    QLineEdit* m_file;
};

} // namespace lethe
