#pragma once

#include "ErasureService.h"
#include "Job.h"
#include "RunnerWorkspace.h"

#include <QDialog>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace lethe {

class MessageBar;

// A second officer approves an erasure plan that waits for approval under four eyes (Request › Approve
// Erasure Plan…, or the erasure wizard's Confirm page on a plan someone else made). It shows the plan's
// digest, its counts, who planned it and when, whether the approval will be signed and with which key, and
// asks for the request's id typed as the confirmation. Reading the plans and approving run on a worker thread
// with a store of its own (ErasureService::approvals, ErasureService::approve: what lethe-cli erase --approve
// calls), so the window never waits for the database. The planner, a person who is not an officer, or an
// officer whose registered key is not in this keychain is told why and gets no Approve button.
class ApprovalDialog : public QDialog
{
    Q_OBJECT
public:
    // `digest`: the plan to show first (the wizard's); empty: the newest plan waiting.
    ApprovalDialog(const RunnerWorkspace& workspace, const QString& requestId, const QString& digest = {},
                   QWidget* parent = nullptr);
    ~ApprovalDialog() override;

    MessageBar* messageBar() const { return m_message; }
    // Reading the plans or approving, on the worker thread.
    bool busy() const { return m_busy; }
    // The plans read (after loaded()).
    const ErasureService::Approvals& approvals() const { return m_approvals; }
    // A lost connection (docs/team.md, "A lost connection"): reading or approving met one. The dialog is
    // held, saying so, with what was typed and its own Retry Now (it is window-modal: the window's banner
    // cannot be reached). connectionRestored(): the window reconnected; the plans are read again, or the
    // approval is sent again, but only after reading the stored run: an approval whose COMMIT answer was
    // lost is found saved and not sent twice.
    bool isHeld() const { return m_held != Held::None; }
    void connectionRestored();
    // Closing the dialog while an approval is held: its COMMIT's answer was lost, so whether it was saved is
    // not known; closedWhileHeld() hands the plan to whoever opened the dialog, who reads its fate once the
    // connection allows (fateOf) and says it (fateText), never dropping it unsaid.
    void reject() override;
    // Whether `digest`'s approval by `store`'s login, sent before the connection was lost, was saved:
    // Applied when the stored run is approved (or further on) by this login, Conflict when another officer
    // approved it, NotApplied while it still waits.
    static Result<ChangeFate> fateOf(WorkspaceStore& store, const QString& requestId, const QString& digest);
    // What the person is told of such an approval: `fate` read, or not readable (its error).
    static QString closedText(const QString& requestId, const QString& digest);
    static QString fateText(const Result<ChangeFate>& fate, const QString& requestId, const QString& digest);
    static QString refusedText(const QString& requestId, const QString& digest, const QString& reason);

Q_SIGNALS:
    // The plans waiting for approval were read (or reading failed: the message bar says why).
    void loaded();
    // The plan was approved and stored (the dialog then closes). `alreadyApproved`: it had been saved
    // before the connection was lost, and was not approved twice.
    void approved(const lethe::ErasureRun& run, bool alreadyApproved);
    // Approving was refused or failed; the dialog stays open with the reason.
    void approvalFailed(const QString& message);
    // The dialog was closed while the approval of `digest` was held (sent, its answer lost): its fate is
    // read once the connection allows. Closed while the approval is on its way, the dialog hides and waits
    // for the answer: approved() then, or closedWhileHeld() when the connection was lost, or
    // closedUnapproved() with the refusal.
    void closedWhileHeld(const QString& requestId, const QString& digest);
    void closedUnapproved(const QString& requestId, const QString& digest, const QString& reason);
    // Reading or approving met a lost connection: the window's banner and retries; retryRequested() asks it
    // to retry now.
    void workspaceConnectionLost(const QString& reason);
    void retryRequested();

private:
    enum class Held
    {
        None,
        Load,    // the plans are read once the connection is back
        Approve, // the approval of m_sentDigest is sent once it is back, unless it was saved
    };
    void hold(Held what, const QString& reason);
    void send(const QString& digest, bool lookFirst);
    void load();
    void showPlan(int index);
    void approve();
    void updateButtons();
    const ErasureService::WaitingPlan* current() const;

    RunnerWorkspace m_workspace;
    QString m_requestId;
    QString m_digest;
    ErasureService::Approvals m_approvals;
    bool m_loaded = false;
    bool m_busy = false;
    Held m_held = Held::None;
    QString m_sentDigest;          // the plan whose approval met a lost connection
    bool m_sending = false;        // an approval is on its way
    bool m_closeRequested = false; // closed meanwhile: hidden until its answer is told

    QLabel* m_title;
    MessageBar* m_message;
    QFormLayout* m_form;
    QComboBox* m_plans;
    QLabel* m_plannedBy;
    QLabel* m_digestLabel;
    QLabel* m_counts;
    QLabel* m_signing;
    QLabel* m_confirmPrompt;
    QLineEdit* m_confirmEdit;
    QPushButton* m_approve;
    QPushButton* m_close;
    // Last: reading or approving, while it runs. An approval is one short transaction: closing the dialog
    // leaves it to finish on the pool rather than wait for it.
    JobSlot m_job{this, JobSlot::AtDestruction::Leave};
};

} // namespace lethe

Q_DECLARE_METATYPE(lethe::ErasureRun)
