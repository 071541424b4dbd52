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
    connect(dialog, &ApprovalDialog::approved, this, [this](const ErasureRun& run) {
        m_message->show(MessageBar::Kind::Success,
                        tr("Plan %1 of %2 approved. An officer other than you can now run it.")
                            .arg(run.digest.left(16), run.requestId));
        if (selectedId() == run.requestId)
            showSelected();
        updateActions();
        Q_EMIT requestChanged(run.requestId);
        Q_EMIT erasurePlanApproved(run.requestId, run.digest);
    });
    dialog->open();
}

// An erasure that was stopped or killed is offered for resuming as soon as the workspace opens.
void MainWindow::offerResume()
{
    auto pending = ErasureStore(*m_store).resumable();
    if (!pending) {
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
                m_message->show(MessageBar::Kind::Error, s.error().message);
                return;
            }
            openErasureWizard()->resumeRun(run);
        });
}

} // namespace lethe
