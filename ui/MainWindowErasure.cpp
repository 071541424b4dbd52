// MainWindow: the erasure wizard, opened on the selected request or to resume an erasure that stopped, and
// a second officer's approval of a plan waiting for it.
#include "MainWindow.h"

#include "ApprovalDialog.h"
#include "ErasureStore.h"
#include "ErasureWizard.h"
#include "MessageBar.h"

namespace lethe {

ErasureWizard* MainWindow::openErasureWizard()
{
    auto* wizard = new ErasureWizard(m_credentials, m_store.get(), runnerWorkspace(), this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    auto refresh = [this](const QString& id) {
        showSelected();
        updateActions();
        Q_EMIT requestChanged(id);
    };
    connect(wizard, &ErasureWizard::erasureFinished, this,
            [refresh](const QString& id, const QJsonObject&) { refresh(id); });
    connect(wizard, &ErasureWizard::erasureStopped, this,
            [refresh](const QString& id, const QString&) { refresh(id); });
    connect(wizard, &ErasureWizard::planApproved, this, [this, refresh](const ErasureRun& run) {
        refresh(run.requestId);
        Q_EMIT erasurePlanApproved(run.requestId, run.digest);
    });
    // A lost connection met in the wizard: the window's banner and retries; the wizard's Retry Now reaches
    // them (it is window-modal), and it carries on once the connection is back.
    connect(wizard, &ErasureWizard::workspaceConnectionLost, this, [this](const QString& reason) {
        lostConnection(makeError(Error::Code::ConnectionLost, reason));
    });
    connect(wizard, &ErasureWizard::retryRequested, m_reconnector, &Reconnector::retryNow);
    connect(this, &MainWindow::reconnected, wizard, &ErasureWizard::connectionRestored);
    // Closed with an approval whose fate it had not read yet: the window reads it once the connection allows.
    connect(wizard, &ErasureWizard::approvalClosedWhileHeld, this, &MainWindow::approvalClosedWhileHeld);
    wizard->open();
    Q_EMIT erasureWizardOpened(wizard);
    return wizard;
}

// The wizard opens only for someone who may erase, on an erasure request whose subject is verified; a refusal
// says why in the message bar.
void MainWindow::eraseSubject()
{
    auto r = selectedRequest();
    if (!r) {
        m_message->show(MessageBar::Kind::Error, r.error().message);
        return;
    }
    if (Status s = ErasureWizard::mayErase(*m_store, *r); !s) {
        m_message->show(MessageBar::Kind::Error, s.error().message);
        return;
    }
    openErasureWizard()->planFor(*r);
}

// The dialog reads the plans waiting and approves on a worker thread; it says itself why this login may not
// approve (the planner, not an officer, a key that is not in this keychain).
void MainWindow::approveErasurePlan()
{
    const QString id = selectedId();
    if (!m_store || id.isEmpty()) {
        m_message->show(MessageBar::Kind::Error, tr("Select a request first."));
        return;
    }
    auto* dialog = new ApprovalDialog(runnerWorkspace(), id, {}, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ApprovalDialog::approved, this, [this](const ErasureRun& run, bool alreadyApproved) {
        m_message->show(MessageBar::Kind::Success,
                        alreadyApproved
                            ? tr("Plan %1 of %2 was approved before the connection was lost; it was not "
                                 "approved twice. An officer other than you can now run it.")
                                  .arg(run.digest.left(16), run.requestId)
                            : tr("Plan %1 of %2 approved. An officer other than you can now run it.")
                                  .arg(run.digest.left(16), run.requestId));
        if (selectedId() == run.requestId)
            showSelected();
        updateActions();
        Q_EMIT requestChanged(run.requestId);
        Q_EMIT erasurePlanApproved(run.requestId, run.digest);
    });
    // A lost connection met while reading or approving: the window's banner and retries; the dialog's own
    // Retry Now reaches them (it is window-modal), and it reads or approves once the connection is back.
    connect(dialog, &ApprovalDialog::workspaceConnectionLost, this, [this](const QString& reason) {
        lostConnection(makeError(Error::Code::ConnectionLost, reason));
    });
    connect(dialog, &ApprovalDialog::retryRequested, m_reconnector, &Reconnector::retryNow);
    connect(this, &MainWindow::reconnected, dialog, &ApprovalDialog::connectionRestored);
    // Closed while its approval was held: whether the lost answer had saved it is read once the connection
    // allows, and said either way.
    connect(dialog, &ApprovalDialog::closedWhileHeld, this, &MainWindow::approvalClosedWhileHeld);
    connect(dialog, &ApprovalDialog::closedUnapproved, this,
            [this](const QString& requestId, const QString& digest, const QString& reason) {
                m_message->show(MessageBar::Kind::Warning,
                                ApprovalDialog::refusedText(requestId, digest, reason));
            });
    dialog->open();
}

void MainWindow::approvalClosedWhileHeld(const QString& id, const QString& digest)
{
    holdItem(HeldItems::Kind::Approval, digest,
             id); // settled at the next opening if this window closes first
    withdrawHeld(
        id, ApprovalDialog::closedText(id, digest),
        [id, digest](WorkspaceStore& store) { return ApprovalDialog::fateOf(store, id, digest); },
        [this, id, digest](const Result<ChangeFate>& fate) {
            forgetItem(HeldItems::Kind::Approval, digest);
            const bool saved = fate && fate->kind == ChangeFate::Kind::Applied;
            m_message->show(saved ? MessageBar::Kind::Success : MessageBar::Kind::Warning,
                            ApprovalDialog::fateText(fate, id, digest));
            if (!saved)
                return;
            if (selectedId() == id)
                showSelected();
            updateActions();
            Q_EMIT requestChanged(id);
            Q_EMIT erasurePlanApproved(id, digest);
        });
}

// An erasure that was stopped or killed is offered for resuming as soon as the workspace opens.
void MainWindow::offerResume()
{
    auto pending = ErasureStore(*m_store).resumable();
    if (!pending) {
        // A lost connection: the banner, and the erasures to resume are read again once it is back.
        if (lostConnection(pending.error()))
            m_offerResumeAfterReconnect = true;
        else
            m_message->show(MessageBar::Kind::Error, pending.error().message);
        return;
    }
    if (pending->isEmpty())
        return;
    const ErasureRun run = pending->first();
    m_message->show(
        MessageBar::Kind::Warning,
        tr("The erasure of %1 stopped before it finished (%2). Resume it to finish; nothing is half-done.")
                .arg(run.requestId, run.state) +
            (pending->size() > 1 ? QLatin1Char(' ') + tr("%n more erasure(s) wait after it.", nullptr,
                                                         int(pending->size() - 1))
                                 : QString()),
        tr("&Resume"), [this, run] {
            if (!m_store)
                return;
            if (Status s = ErasureWizard::mayResume(*m_store); !s) {
                if (lostConnection(s.error()))
                    m_offerResumeAfterReconnect = true; // offered again once the connection is back
                else
                    m_message->show(MessageBar::Kind::Error, s.error().message);
                return;
            }
            openErasureWizard()->resumeRun(run);
        });
}

} // namespace lethe
