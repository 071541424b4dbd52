#pragma once

#include "ErasurePlan.h"
#include "ErasureRunner.h"
#include "ErasureStore.h"
#include "Request.h"

#include <QDialog>
#include <QJsonObject>
#include <QPointer>

#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;

namespace lethe {

class ApprovalDialog;
class CredentialStore;
class ErasureTree;
class MessageBar;

// The erasure of one request, in four pages: Plan (what will be deleted, updated and kept, and why; the
// digest), Confirm (the officer types the subject's primary identity; under four eyes an unapproved plan
// can only be saved for approval), Erasing (progress; Stop finishes the current batch and leaves a resumable
// run) and Report (verified or not, counts, kept rows with reasons, manual tasks; saved as JSON). All the
// work runs in ErasureRunner, off the GUI thread. Opened with open(); Esc closes it where that is safe and
// asks a running erasure to stop otherwise.
class ErasureWizard : public QDialog
{
    Q_OBJECT
public:
    enum class Page
    {
        Plan,
        Confirm,
        Erasing,
        Report
    };

    ErasureWizard(CredentialStore* credentials, WorkspaceStore* store,
                  const ErasureRunner::Workspace& workspace, QWidget* parent = nullptr);
    ~ErasureWizard() override;

    // The checks before the wizard opens at all: an officer, and an erasure request whose subject is
    // verified.
    static Status mayErase(WorkspaceStore& store, const Request& request);
    // The checks before a stopped run is resumed: an officer.
    static Status mayResume(WorkspaceStore& store);

    // Opens on the Plan page and starts planning.
    void planFor(const Request& request);
    // Opens on the Erasing page and resumes the stopped run.
    void resumeRun(const ErasureRun& run);

    // A lost connection to the workspace (docs/team.md): what it stopped (saving the plan, erasing, resuming)
    // waits with what was typed, the wizard says so with its own Retry Now (it is window-modal: the window's
    // banner cannot be reached), and nothing is done twice. connectionRestored(): the window reconnected.
    bool isHeld() const { return m_held != Held::None; }
    void connectionRestored();

    Page page() const { return m_page; }
    ErasureTree* planTree() const { return m_planTree; }
    ErasureTree* reportTree() const { return m_reportTree; }
    const std::optional<ErasurePlan>& plan() const { return m_plan; }
    const QJsonObject& report() const { return m_report; }
    MessageBar* messageBar() const { return m_message; }
    Status saveReport(const QString& path) const;

Q_SIGNALS:
    void planShown();
    void erasureStarted(const QString& requestId);
    void erasureFinished(const QString& requestId, const QJsonObject& report);
    // Stopped by the person or by an error after it started: resumable.
    void erasureStopped(const QString& requestId, const QString& message);
    // A second officer approved the plan shown here (its Confirm page offers it for a plan someone else
    // saved for approval).
    void planApproved(const lethe::ErasureRun& run);
    // The wizard was closed while the approval it opened was closed held (sent, its answer lost) and its fate
    // not read yet: the window reads it once the connection allows.
    void approvalClosedWhileHeld(const QString& requestId, const QString& digest);
    // The connection to the workspace was found lost here, for `reason`: the window shows its banner and
    // retries; retryRequested() asks it to retry now.
    void workspaceConnectionLost(const QString& reason);
    void retryRequested();

protected:
    void reject() override;

private:
    QWidget* makePlanPage();
    QWidget* makeConfirmPage();
    QWidget* makeErasingPage();
    QWidget* makeReportPage();
    void setPage(Page page);
    void updateButtons();
    void startPlanning();
    void showPlan(const ErasurePlan& plan, const QStringList& notReached);
    void showConfirm();
    void erase();
    void savePlanForApproval();
    void approvePlan();
    void showReport(const QJsonObject& report);
    void onFailed(const QString& message, bool cancelled);
    void chooseReportFile();

    enum class Approval
    {
        NotNeeded,
        Approved,
        NeedsApproval,  // four eyes on, the plan not saved yet
        Waiting,        // saved, waiting for a second officer
        YoursToApprove, // saved by another officer, waiting for a second one: this actor may approve it
        SelfApproved,   // approved by the one who would run it: not allowed
        Unknown,        // reading it met a lost connection: read again once it is back
    };
    // Asks the store; `lost`: why, when reading met a lost connection (Approval::Unknown).
    Approval approval(QString* lost = nullptr) const;
    enum class Held
    {
        None,
        SavePlan, // saving the plan for approval met the lost connection: saved once it is back, unless it
                  // was
        Erase,    // the run met it before it started: nothing erased; Erase again once it is back
        Resume,   // a run that started met it: resumable once it is back
        FourEyes, // reading the plan's four-eyes state on Confirm met it: read again once it is back
    };
    void hold(Held what, const QString& reason);
    bool identityMatches() const;
    QString primaryIdentity() const;

    WorkspaceStore* m_store;
    ErasureRunner::Workspace m_workspace;
    ErasureRunner* m_runner;
    Request m_request;
    QList<DataMap> m_maps;
    QStringList m_mapProblems;
    QString m_mapsRefused; // why the workspace's maps were not loaded (one of them has problems)
    std::optional<ErasurePlan> m_plan;
    QJsonObject m_report;
    Page m_page = Page::Plan;
    bool m_busy = false;           // the runner is planning or erasing
    bool m_connectionLost = false; // the runner's failure that follows is a lost connection to the workspace
    bool m_started = false;        // the run is marked running: stopping it leaves it resumable
    bool m_stopping = false;       // Stop pressed, waiting for the batch to finish
    bool m_ended = false;          // the run stopped or failed (resumable)
    qint64 m_runId = 0;
    QHash<QString, QString> m_systemNames;         // key -> name, for the report
    Approval m_approval = Approval::NeedsApproval; // as the Confirm page found it
    Held m_held = Held::None;
    QPointer<ApprovalDialog> m_approvalDialog; // open on this wizard: told when the connection is back
    QString m_closedApproval; // the plan whose approval dialog was closed held: its fate read once back
    void settleClosedApproval();

    QLabel* m_title;
    QLabel* m_steps;
    MessageBar* m_message;
    QStackedWidget* m_stack;
    // Plan
    QWidget* m_planning;
    QLabel* m_planningStep;
    ErasureTree* m_planTree;
    QCheckBox* m_phone;
    QLabel* m_summary;
    QLabel* m_digest;
    // Confirm
    QLabel* m_confirmText;
    QLabel* m_confirmPrompt;
    QLineEdit* m_confirmEdit;
    QLabel* m_fourEyes;
    // Erasing
    QLabel* m_erasingText;
    QProgressBar* m_progress;
    QLabel* m_step;
    // Report
    QLabel* m_verdict;
    QLabel* m_counts;
    ErasureTree* m_reportTree;
    // Buttons
    QPushButton* m_cancel;
    QPushButton* m_back;
    QPushButton* m_replan;
    QPushButton* m_next;
    QPushButton* m_savePlan;
    QPushButton* m_approvePlan;
    QPushButton* m_erase;
    QPushButton* m_stop;
    QPushButton* m_resume;
    QPushButton* m_saveReport;
    QPushButton* m_close;
};

} // namespace lethe
