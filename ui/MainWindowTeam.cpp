// MainWindow: working together on one workspace (docs/team.md): take the next request, hand one on or
// escalate it, and show the request as stored again when a change made here met another desk's change.
#include "MainWindow.h"

#include "AssignDialog.h"
#include "ErasureStore.h"
#include "MessageBar.h"
#include "OfficerKeyDialog.h"
#include "QueueFilterBar.h"
#include "RequestDetailPane.h"
#include "RequestQueueModel.h"

#include <QPointer>
#include <QStatusBar>

namespace lethe {

void MainWindow::reloadRequest(const QString& humanId)
{
    if (!m_store)
        return;
    const bool shown = selectedId() == humanId || m_detail->shownId() == humanId;
    if (auto r = m_store->request(humanId)) {
        m_model->upsert(r->summary(today())); // may move the row, and the selection with it
        updateCounts();
        refreshCounts();
    }
    if (shown) {
        selectRequest(humanId);
        showSelected();
    }
    updateActions();
}

void MainWindow::takeNextRequest()
{
    if (!m_store || m_teamJob.isWorking() || m_connectionLost)
        return;
    // A lost answer is settled after reconnecting: was a request taken by this login after this mark?
    PendingChange c;
    c.change.action = QStringLiteral("request.claim");
    const QString me = m_store->actor();
    c.change.holds = [me](const Request& r) { return r.assignee == me; };
    c.send = [](WorkspaceStore& store) -> Result<Request> {
        auto taken = store.takeNext();
        if (!taken)
            return taken.error();
        if (!*taken)
            return makeError(Error::Code::NotFound, tr("No open request is waiting for someone to take it."));
        return **taken;
    };
    c.done = [this](const Request& r) {
        return tr("You took %1, due %2.").arg(r.humanId, r.deadline(today()).due.toString(Qt::ISODate));
    };
    auto mark = m_store->auditMark();
    if (!mark) {
        if (lostConnection(mark.error()))
            m_pending << c; // not sent: taken once the connection is back
        else
            m_message->show(MessageBar::Kind::Error, mark.error().message);
        return;
    }
    c.change.auditMark = *mark;
    c.sent = true;
    // The store's calls wait for the server (and on PostgreSQL for the row lock): on a worker thread, with a
    // store of its own (one store per thread).
    const ConnectionParams params = m_store->params();
    const QString actor = m_store->actor();
    const WorkspaceStore::Clock clock = m_clock;
    // The worker's store signs the audit head as the window's does (an officer's key from the keychain).
    const auto signer = m_store->headSigner();
    statusBar()->showMessage(tr("Taking the next request…"));
    m_teamJob.start(
        [params, actor, clock, signer](const JobContext&) -> Result<std::optional<Request>> {
            auto store = WorkspaceStore::open(params, actor, clock);
            if (!store)
                return store.error();
            (*store)->setHeadSigner(signer);
            return (*store)->takeNext();
        },
        [this, c](const Result<std::optional<Request>>& taken) {
            statusBar()->clearMessage();
            if (taken && !*taken) {
                updateActions();
                m_message->show(MessageBar::Kind::Info,
                                tr("No open request is waiting for someone to take it."));
                Q_EMIT teamActionFinished(QString());
                return;
            }
            if (!taken && lostConnection(taken.error())) {
                m_pending << c; // its fate is read once the connection is back
                updateActions();
                Q_EMIT teamActionFinished(QString());
                return;
            }
            const Result<Request> r = taken ? Result<Request>(**taken) : Result<Request>(taken.error());
            afterChange(r, r ? c.done(*r) : QString());
            updateActions();
            Q_EMIT teamActionFinished(r ? r->humanId : QString());
        });
    updateActions();
}

void MainWindow::assignRequest(bool escalation)
{
    auto current = selectedRequest();
    if (!current || m_teamJob.isWorking())
        return;
    // Offered: the workspace's users (officers first for an escalation), then whoever has requests now.
    QStringList people;
    if (auto users = ErasureStore(*m_store).users()) {
        for (const WorkspaceUser& u : *users) {
            if (!escalation || u.role == Role::Officer)
                people << u.name;
        }
    }
    people << m_model->assignees();
    auto* dialog = new AssignDialog(*current, escalation, people, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setSaver([this, dialog] {
        if (!m_store || m_teamJob.isWorking())
            return false;
        const Request seen = dialog->request();
        const QString id = seen.humanId;
        const QString to = dialog->person();
        const QString reason = dialog->reason();
        const bool escalate = dialog->escalation();
        const qint64 version = seen.version;
        PendingChange c;
        c.change = {id, escalate ? QStringLiteral("request.escalate") : QStringLiteral("request.assign"),
                    version, 0, [to](const Request& r) { return r.assignee == to; }};
        c.send = [id, to, reason, escalate, version](WorkspaceStore& store) {
            return store.assign(id, to, reason, escalate, version);
        };
        c.done = [id, to, escalate](const Request&) {
            return escalate ? tr("%1 escalated to %2; the reason is kept as a note.").arg(id, to)
                            : tr("%1 assigned to %2; the reason is kept as a note.").arg(id, to);
        };
        c.conflictId = id;
        if (m_connectionLost)
            return sendChange(dialog, c); // kept, held open
        const ConnectionParams params = m_store->params();
        const QString actor = m_store->actor();
        const WorkspaceStore::Clock clock = m_clock;
        statusBar()->showMessage(escalate ? tr("Escalating %1…").arg(id) : tr("Assigning %1…").arg(id));
        dialog->hold(escalate ? tr("Escalating %1…").arg(id) : tr("Assigning %1…").arg(id));
        QPointer<ValidatedDialog> held(dialog);
        // Made on the version the dialog showed: a change at another desk since then is a conflict.
        m_teamJob.start(
            [params, actor, clock, signer = m_store->headSigner(), send = c.send](const JobContext&) {
                auto store = WorkspaceStore::open(params, actor, clock);
                if (!store)
                    return Result<Request>(store.error());
                (*store)->setHeadSigner(signer);
                return send(**store);
            },
            [this, c, held](const Result<Request>& r) {
                statusBar()->clearMessage();
                if (!r && lostConnection(r.error())) {
                    PendingChange kept = c;
                    kept.sent = true;
                    if (held)
                        held->release();
                    sendChange(held, kept); // not sent again now: kept, its dialog held
                } else {
                    afterChange(r, r ? c.done(*r) : QString(), c.conflictId);
                    if (held) {
                        held->release();
                        held->accept();
                    }
                }
                updateActions();
                Q_EMIT teamActionFinished(r ? c.change.humanId : QString());
            });
        updateActions();
        return false; // closed when saved
    });
    dialog->open();
}

void MainWindow::openOfficerKey()
{
    if (!m_store)
        return;
    auto* dialog = new OfficerKeyDialog(m_credentials, runnerWorkspace(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &OfficerKeyDialog::keyRegistered, this,
            [this](const MinisignKey& key, bool) { officerKeyRegistered(key); });
    // A lost connection met while reading or registering: the window's banner and retries; the dialog's own
    // Retry Now reaches them (it is window-modal), and it reads or registers once the connection is back.
    connect(dialog, &OfficerKeyDialog::workspaceConnectionLost, this, [this](const QString& reason) {
        lostConnection(makeError(Error::Code::ConnectionLost, reason));
    });
    connect(dialog, &OfficerKeyDialog::retryRequested, m_reconnector, &Reconnector::retryNow);
    connect(this, &MainWindow::reconnected, dialog, &OfficerKeyDialog::connectionRestored);
    // Closed while its registration was held: whether the lost answer had registered the key is read once
    // the connection allows, and said either way; a key registered signs from then on.
    connect(dialog, &OfficerKeyDialog::closedUnregistered, this, [this](const QString& reason) {
        m_message->show(MessageBar::Kind::Warning, OfficerKeyDialog::refusedText(reason));
    });
    connect(dialog, &OfficerKeyDialog::closedWhileHeld, this, [this](const MinisignKey& key) {
        // Written down by its key id (never the secret key): settled at the next opening if this window
        // closes first.
        const QString id = QString::fromLatin1(key.keyId.toHex());
        holdItem(HeldItems::Kind::OfficerKey, id, QString());
        withdrawHeld(
            QString(), OfficerKeyDialog::closedText(key),
            [key](WorkspaceStore& store) { return OfficerKeyDialog::fateOf(store, key); },
            [this, key, id](const Result<ChangeFate>& fate) {
                forgetItem(HeldItems::Kind::OfficerKey, id);
                const bool saved = fate && fate->kind == ChangeFate::Kind::Applied;
                if (saved && m_store)
                    m_store->setHeadSigner(
                        std::make_shared<const AuditHeadSigner>(AuditHeadSigner{m_store->actor(), key}));
                m_message->show(saved ? MessageBar::Kind::Success : MessageBar::Kind::Warning,
                                OfficerKeyDialog::fateText(fate, key));
            });
    });
    dialog->open();
}

// The key is registered and in this keychain: this window's store (and every worker's store it hands its
// signer to) signs the audit head after each event from now on, as if the workspace had been opened with it.
void MainWindow::officerKeyRegistered(const MinisignKey& key)
{
    if (!m_store)
        return;
    m_store->setHeadSigner(std::make_shared<const AuditHeadSigner>(AuditHeadSigner{m_store->actor(), key}));
    m_message->show(
        MessageBar::Kind::Success,
        tr("Your officer key %1 is registered and in this computer's keychain: your approvals and "
           "what you change here are signed with it.")
            .arg(Minisign::keyIdHex(key.keyId)));
}

} // namespace lethe
