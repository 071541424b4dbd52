// MainWindow: a lost connection to the workspace (docs/team.md, "A lost connection"): the banner at the top
// of the window with bounded retries, actions that write disabled meanwhile, the live queue subscribed again
// and read again after, and the changes typed meanwhile kept in their dialogs and sent at most once.
#include "MainWindow.h"

#include "ApprovalDialog.h"
#include "ExportRunner.h"
#include "MessageBar.h"
#include "OfficerKeyDialog.h"
#include "RequestDetailPane.h"

#include <QCoreApplication>
#include <QSocketNotifier>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTimer>

namespace lethe {

void MainWindow::setReconnectSchedule(Reconnector::Schedule schedule)
{
    m_reconnector->setSchedule(std::move(schedule));
}

bool MainWindow::lostConnection(const Error& e)
{
    if (e.code != Error::Code::ConnectionLost)
        return false;
    if (m_connectionLost || !m_store)
        return true;
    m_connectionLost = true;
    if (m_remoteTimer)
        m_remoteTimer->stop();
    m_reconnector->start(m_store->params(), [this]() -> Status {
        if (!m_store)
            return makeError(Error::Code::NotFound, tr("No workspace is open."));
        return m_store->reconnect();
    });
    updateActions();
    Q_EMIT connectionLost();
    return true;
}

void MainWindow::showConnectionState(int attempt, int attempts)
{
    m_connectionBar->setDismissible(false);
    m_connectionBar->show(MessageBar::Kind::Warning,
                          tr("The connection to the workspace was lost. Retrying (attempt %1 of %2)…")
                              .arg(attempt)
                              .arg(attempts),
                          tr("Retry &Now"), [this] { m_reconnector->retryNow(); });
}

void MainWindow::onReconnected()
{
    m_connectionLost = false;
    m_connectionBar->setDismissible(true);
    m_connectionBar->show(MessageBar::Kind::Success, tr("Reconnected to the workspace."));
    settlePending();
    if (m_connectionLost) // lost again while settling: the retries go on
        return;
    // Other desks' changes made meanwhile were not announced to this window: the queue is read again.
    watchQueue();
    m_reselectAfterLoad = selectedId();
    reloadQueue();
    if (std::exchange(m_verifyAfterReconnect, false))
        verifyAudit();
    if (std::exchange(m_settleHeldAfterReconnect, false))
        settleHeldItems();
    if (std::exchange(m_offerResumeAfterReconnect, false))
        offerResume();
    updateActions();
    Q_EMIT reconnected();
}

void MainWindow::checkConnection()
{
    m_checkQueued = false;
    // Qt's PostgreSQL driver is open while libpq's connection is; once it has read the server's goodbye, it
    // is not. A local check: nothing is sent.
    if (!m_store || m_connectionLost || m_store->database().driver()->isOpen())
        return;
    lostConnection(
        makeError(Error::Code::ConnectionLost, QStringLiteral("the server closed the connection")));
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event)
{
    // A socket of this thread woke (the driver's notification socket among them): once the driver has read
    // what came, is its connection still open?
    if (event->type() == QEvent::SockAct && !m_checkQueued && m_store && !m_connectionLost &&
        qobject_cast<QSocketNotifier*>(watched)) {
        m_checkQueued = true;
        QMetaObject::invokeMethod(this, &MainWindow::checkConnection, Qt::QueuedConnection);
    }
    return QMainWindow::eventFilter(watched, event);
}

bool MainWindow::sendChange(ValidatedDialog* dialog, PendingChange change)
{
    if (!m_store)
        return true;
    if (!m_connectionLost) {
        Result<qint64> mark = qint64(0);
        if (change.change.baseVersion == 0)
            mark = m_store->auditMark(); // what the change's audit event will come after
        if (mark) {
            change.change.auditMark = *mark;
            change.sent = true;
            const Result<Request> r = change.send(*m_store);
            if (r || r.error().code != Error::Code::ConnectionLost) {
                settle(change, r, false);
                return true;
            }
            lostConnection(r.error());
        } else if (!lostConnection(mark.error())) {
            m_message->show(MessageBar::Kind::Error, mark.error().message);
            return false; // nothing was sent; what was typed stays
        }
    }
    change.dialog = dialog;
    if (dialog) {
        dialog->hold(
            tr("Not saved yet: the connection to the workspace was lost. What you typed is kept here "
               "and saved once the connection is back, and never twice."),
            [this] { m_reconnector->retryNow(); });
        // Cancelled meanwhile: never sent again; if it had reached the server, the person is told.
        connect(dialog, &QDialog::rejected, this, [this, dialog] {
            for (qsizetype i = 0; i < m_pending.size(); ++i) {
                if (m_pending[i].dialog == dialog) {
                    if (m_pending[i].sent)
                        m_pending[i].withdrawn = true;
                    else
                        m_pending.removeAt(i);
                    return;
                }
            }
        });
    }
    m_pending << change;
    return false;
}

void MainWindow::withdrawHeld(const QString& humanId, const QString& unknownYet,
                              std::function<Result<ChangeFate>(WorkspaceStore&)> fate,
                              std::function<void(const Result<ChangeFate>&)> told)
{
    PendingChange p;
    p.change.humanId = humanId;
    p.sent = true;
    p.withdrawn = true;
    p.fate = std::move(fate);
    p.told = std::move(told);
    m_pending << p;
    if (m_connectionLost || !m_store) {
        m_message->show(MessageBar::Kind::Warning, unknownYet);
        return;
    }
    settlePending(); // the connection is back already: read now
}

void MainWindow::settle(const PendingChange& change, const Result<Request>& r, bool alreadyApplied)
{
    if (change.settled) {
        change.settled(r, alreadyApplied);
        return;
    }
    const QString done =
        !r ? QString()
        : alreadyApplied
            ? tr("%1: your change was saved before the connection was lost; it was not made twice.")
                  .arg(r->humanId)
            : change.done(*r);
    afterChange(r, done, change.conflictId);
}

void MainWindow::settlePending()
{
    const QList<PendingChange> pending = std::exchange(m_pending, {});
    for (qsizetype i = 0; i < pending.size(); ++i) {
        PendingChange p = pending[i];
        if (m_connectionLost || !m_store) {
            m_pending << p; // lost again: kept for the next reconnection
            continue;
        }
        bool already = false;
        Result<Request> r = makeError(Error::Code::Cancelled, QString());
        if (p.withdrawn) {
            auto fate = p.fate ? p.fate(*m_store) : m_store->fateOf(p.change);
            if (!fate && lostConnection(fate.error())) {
                m_pending << p;
                continue;
            }
            if (p.told) {
                p.told(fate);
                Q_EMIT pendingChangeSettled(p.change.humanId);
                continue;
            }
            if (!fate)
                continue;
            if (fate->kind == ChangeFate::Kind::Applied && p.settled) {
                p.settled(Request{}, true);
            } else if (fate->kind == ChangeFate::Kind::Applied) {
                const auto stored = m_store->request(fate->humanId);
                if (stored)
                    afterChange(
                        stored,
                        tr("%1: the change you cancelled had been saved before the connection was lost.")
                            .arg(fate->humanId));
            }
            Q_EMIT pendingChangeSettled(fate->humanId);
            continue;
        }
        if (p.sent && p.fate) {
            auto fate = p.fate(*m_store);
            if (!fate)
                r = fate.error();
            else if (fate->kind == ChangeFate::Kind::NotApplied)
                r = p.send(*m_store);
            else if (fate->kind == ChangeFate::Kind::Conflict)
                r = fate->conflict;
            else {
                already = true;
                r = Request{};
            }
        } else if (p.sent) {
            r = m_store->resend(
                p.change, [&] { return p.send(*m_store); }, &already);
        } else {
            Result<qint64> mark = qint64(0);
            if (p.change.baseVersion == 0)
                mark = m_store->auditMark();
            if (mark) {
                p.change.auditMark = *mark;
                p.sent = true;
                r = p.send(*m_store);
            } else {
                r = mark.error();
            }
        }
        if (!r && lostConnection(r.error())) {
            m_pending << p; // its dialog stays held
            continue;
        }
        settle(p, r, already);
        if (p.dialog) {
            p.dialog->release();
            p.dialog->accept();
        }
        Q_EMIT pendingChangeSettled(r ? r->humanId : p.change.humanId);
    }
}

void MainWindow::holdItem(HeldItems::Kind kind, const QString& id, const QString& requestId)
{
    if (m_workspaceFolder.isEmpty() || !m_store)
        return;
    HeldItems::Item item;
    item.kind = kind;
    item.id = id;
    item.requestId = requestId;
    item.actor = m_store->actor();
    item.pid = QCoreApplication::applicationPid();
    item.session = m_heldSession;
    if (Status s = HeldItems(m_workspaceFolder).add(item); !s)
        m_message->show(MessageBar::Kind::Warning,
                        tr("If this window is closed before the connection is back, what it holds cannot be "
                           "settled when the workspace next opens: %1")
                            .arg(s.error().message));
}

void MainWindow::forgetItem(HeldItems::Kind kind, const QString& id)
{
    if (m_workspaceFolder.isEmpty())
        return;
    if (Status s = HeldItems(m_workspaceFolder).remove(kind, id); !s)
        m_message->show(MessageBar::Kind::Warning, s.error().message);
}

void MainWindow::settleHeldItems()
{
    if (!m_store || m_connectionLost || m_workspaceFolder.isEmpty())
        return;
    HeldItems ledger(m_workspaceFolder);
    auto items = ledger.orphaned();
    if (!items) {
        m_message->show(MessageBar::Kind::Error, items.error().message);
        return;
    }
    QStringList told;
    bool warn = false;
    QStringList changed;
    for (const HeldItems::Item& item : *items) {
        if (m_connectionLost)
            break; // the rest once it is back
        if (item.kind != HeldItems::Kind::Export && item.actor != m_store->actor()) {
            // Another login's approval or key: whether it was saved is theirs to be told.
            told << tr("An approval or officer key of %1 held since a lost connection is not settled here: "
                       "you act as %2. It is settled when %1 opens this workspace.")
                        .arg(item.actor, m_store->actor());
            warn = true;
            continue;
        }
        switch (item.kind) {
        case HeldItems::Kind::Export: {
            auto settled = ExportRunner::settleHeld(*m_store, item, m_workspaceFolder);
            if (!settled && lostConnection(settled.error())) {
                m_settleHeldAfterReconnect = true;
                continue;
            }
            if (!settled) {
                told << tr("The export of %1 held since a lost connection could not be settled: %2")
                            .arg(item.requestId, settled.error().message);
                warn = true;
                continue;
            }
            told << settled->text;
            warn = warn || (settled->kind != ExportRunner::HeldOutcome::Kind::Placed &&
                            settled->kind != ExportRunner::HeldOutcome::Kind::RecordedNow);
            if (settled->recorded)
                changed << item.requestId;
            break;
        }
        case HeldItems::Kind::Approval: {
            auto fate = ApprovalDialog::fateOf(*m_store, item.requestId, item.id);
            if (!fate && lostConnection(fate.error())) {
                m_settleHeldAfterReconnect = true;
                continue;
            }
            told << ApprovalDialog::fateText(fate, item.requestId, item.id);
            const bool saved = fate && fate->kind == ChangeFate::Kind::Applied;
            warn = warn || !saved;
            if (saved) {
                changed << item.requestId;
                Q_EMIT erasurePlanApproved(item.requestId, item.id);
            }
            forgetItem(item.kind, item.id);
            break;
        }
        case HeldItems::Kind::OfficerKey: {
            MinisignKey key;
            key.keyId = QByteArray::fromHex(item.id.toLatin1());
            auto fate = OfficerKeyDialog::fateOf(*m_store, key);
            if (!fate && lostConnection(fate.error())) {
                m_settleHeldAfterReconnect = true;
                continue;
            }
            // Registered: the store signs with it already when this keychain holds it (WorkspaceOpener).
            told << OfficerKeyDialog::fateText(fate, key);
            warn = warn || !(fate && fate->kind == ChangeFate::Kind::Applied);
            forgetItem(item.kind, item.id);
            break;
        }
        }
    }
    if (told.isEmpty())
        return;
    // Added to what the bar says (a Resume offered as the workspace opened keeps its button).
    m_message->add(warn ? MessageBar::Kind::Warning : MessageBar::Kind::Success,
                   told.join(QLatin1Char('\n')));
    changed.removeDuplicates();
    for (const QString& id : std::as_const(changed)) {
        if (selectedId() == id)
            showSelected();
        Q_EMIT requestChanged(id);
    }
    Q_EMIT heldItemsSettled(told);
}

} // namespace lethe
