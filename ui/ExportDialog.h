#pragma once

#include "ExportRunner.h"
#include "Request.h"
#include "ValidatedDialog.h"

class QCheckBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace lethe {

class CredentialStore;

// Request › Export Bundle…: where the bundle of an access or portability request goes (by default
// <request id>.lethe.zip in the Documents folder) and whether the processors' APIs are asked; then, in the
// same dialog, the current step with a progress bar and Cancel. The work runs in ExportRunner, off the GUI
// thread; the dialog closes when it ends and says how through exported() or exportFailed(). Esc or Cancel
// while exporting cancels the export (nothing is left behind) and closes once the runner has stopped.
class ExportDialog : public ValidatedDialog
{
    Q_OBJECT
public:
    ExportDialog(CredentialStore* credentials, const ExportRunner::Workspace& workspace,
                 const Request& request, QWidget* parent = nullptr);

    static QString defaultPath(const QString& requestId);

    QString fileName() const;
    void setFileName(const QString& path);
    bool databasesOnly() const;
    bool isExporting() const { return m_exporting; }
    ExportRunner* runner() const { return m_runner; }

Q_SIGNALS:
    void exported(const lethe::ExportRunner::Summary& summary);
    void exportFailed(const QString& message, bool cancelled);

public Q_SLOTS:
    // Export (the OK button): starts the export with the choices made.
    void accept() override;
    void reject() override;

protected:
    QString check() const override;

private:
    void browse();
    void showProgress(const QString& step, double fraction);

    Request m_request;
    ExportRunner* m_runner;
    QLineEdit* m_file;
    QPushButton* m_browse;
    QCheckBox* m_databasesOnly;
    QLabel* m_step;
    QProgressBar* m_progress;
    bool m_exporting = false;
    bool m_cancelling = false;
};

} // namespace lethe
