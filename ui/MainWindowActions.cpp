// MainWindow: the actions on the selected request (its dialogs, the preview, the export) and the audit check.
#include "MainWindow.h"

#include "CompleteTaskDialog.h"
#include "DeadlineSettingsDialog.h"
#include "Evidence.h"
#include "ExportDialog.h"
#include "ManualTaskList.h"
#include "MessageBar.h"
#include "PreviewPane.h"
#include "PreviewRunner.h"
#include "PreviewService.h"
#include "QueueFilterBar.h"
#include "RequestDetailPane.h"
#include "RequestDialogs.h"
#include "RequestQueueModel.h"
#include "StateMachine.h"
#include "WorkspaceMaps.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTabWidget>
#include <QUrl>

namespace lethe {

void MainWindow::afterChange(const Result<Request>& r, const QString& done, const QString& humanId)
{
    if (!r) {
        if (lostConnection(r.error()))
            return;
        const bool conflict = r.error().code == Error::Code::Conflict && !humanId.isEmpty();
        m_message->show(conflict ? MessageBar::Kind::Warning : MessageBar::Kind::Error, r.error().message);
        // Never left showing the copy the refused change was made on.
        if (conflict)
            reloadRequest(humanId);
        return;
    }
    m_ownVersions.insert(r->humanId, r->version);
    m_model->upsert(r->summary(today()));
    updateCounts();
    refreshCounts();
    if (!selectRequest(r->humanId))
        m_detail->clear();
    showSelected();
    updateActions();
    m_message->show(MessageBar::Kind::Success, done);
    Q_EMIT requestChanged(r->humanId);
}

void MainWindow::newRequest()
{
    if (!m_store)
        return;
    const auto region = m_store->phoneRegion();
    const auto deadlineSettings = m_store->deadlineSettings();
    auto* dialog = new NewRequestDialog(today(), m_model->assignees(), region ? *region : QString(), this,
                                        deadlineSettings ? *deadlineSettings : DeadlineSettings{});
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setSaver([this, dialog] {
        const NewRequest in = dialog->request();
        PendingChange c;
        c.change.action = QStringLiteral("request.create");
        c.change.holds = [in](const Request& r) {
            return r.subjectName == in.subjectName.trimmed() && r.type == in.type &&
                   r.regulation == in.regulation && r.received == in.received;
        };
        c.send = [in](WorkspaceStore& store) { return store.addRequest(in); };
        c.done = [this](const Request& r) {
            return tr("Created %1, due %2.").arg(r.humanId, r.deadline(today()).due.toString(Qt::ISODate));
        };
        return sendChange(dialog, c);
    });
    dialog->open();
}

void MainWindow::transitionRequest()
{
    auto current = selectedRequest();
    if (!current || StateMachine::isFinal(current->status))
        return;
    auto* dialog = new TransitionDialog(*current, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString id = current->humanId;
    const qint64 version = current->version; // what the dialog shows: a change since is a conflict
    dialog->setSaver([this, dialog, id, version] {
        const RequestStatus to = dialog->target();
        const Outcome outcome = dialog->outcome();
        PendingChange c;
        c.change = {id, QStringLiteral("request.transition"), version, 0,
                    [to](const Request& r) { return r.status == to; }};
        c.send = [id, to, outcome, version](WorkspaceStore& store) {
            return store.transition(id, to, outcome, version);
        };
        c.done = [id](const Request& r) { return tr("%1 is now %2.").arg(id, Names::display(r.status)); };
        c.conflictId = id;
        return sendChange(dialog, c);
    });
    dialog->open();
}

void MainWindow::extendRequest()
{
    auto current = selectedRequest();
    if (!current)
        return;
    auto* dialog = new ExtendDialog(*current, today(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString id = current->humanId;
    const qint64 version = current->version;
    dialog->setSaver([this, dialog, id, version] {
        const QString reason = dialog->reason();
        PendingChange c;
        c.change = {id, QStringLiteral("request.extend"), version, 0, [reason](const Request& r) {
                        return r.extended && r.extensionReason == reason.trimmed();
                    }};
        c.send = [id, reason, version](WorkspaceStore& store) { return store.extend(id, reason, version); };
        c.done = [this, id](const Request& r) {
            return tr("%1 extended; now due %2. Tell the subject why.")
                .arg(id, r.deadline(today()).due.toString(Qt::ISODate));
        };
        c.conflictId = id;
        return sendChange(dialog, c);
    });
    dialog->open();
}

void MainWindow::recordFee()
{
    auto current = selectedRequest();
    if (!current)
        return;
    auto* dialog = new FeeDialog(*current, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString id = current->humanId;
    const qint64 version = current->version;
    dialog->setSaver([this, dialog, id, version] {
        const Fee fee = dialog->fee();
        PendingChange c;
        c.change = {id, QStringLiteral("request.fee"), version, 0, [fee](const Request& r) {
                        return r.fee.amount == fee.amount.trimmed() &&
                               r.fee.currency == fee.currency.trimmed().toUpper() &&
                               r.fee.reason == fee.reason;
                    }};
        c.send = [id, fee, version](WorkspaceStore& store) { return store.setFee(id, fee, version); };
        c.done = [id](const Request&) { return tr("Fee recorded for %1.").arg(id); };
        c.conflictId = id;
        return sendChange(dialog, c);
    });
    dialog->open();
}

void MainWindow::addNote()
{
    auto current = selectedRequest();
    if (!current)
        return;
    auto* dialog = new NoteDialog(current->humanId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString id = current->humanId;
    dialog->setSaver([this, dialog, id] {
        const QString text = dialog->text();
        PendingChange c;
        // A note raises no version: its audit event after the mark, and the note on the request, say it was
        // saved.
        c.change = {id, QStringLiteral("request.note"), 0, 0, [this, text](const Request& r) {
                        for (const Note& n : r.notes)
                            if (n.author == m_store->actor() && n.body == text.trimmed())
                                return true;
                        return false;
                    }};
        c.send = [id, text](WorkspaceStore& store) { return store.addNote(id, text); };
        c.done = [id](const Request&) { return tr("Note added to %1.").arg(id); };
        return sendChange(dialog, c);
    });
    dialog->open();
}

// The preview's audit event, and the processors without an API its data maps name as tasks on the request
// (once each), as `lethe-cli preview` records them: PreviewService::record.
void MainWindow::recordPreview()
{
    auto added = PreviewService::record(*m_store, m_previewRequest, m_previewTally);
    m_previewTally = {};
    if (!added)
        m_message->show(MessageBar::Kind::Error, added.error().message);
    else if (*added > 0)
        m_message->show(
            MessageBar::Kind::Info,
            tr("%n manual task(s) added to %1: see its details.", nullptr, *added).arg(m_previewRequest));
}

// The task is completed in the store as `lethe-cli tasks complete` does, after its evidence file is copied
// into the workspace (once: a held dialog sends the copy it made). While the connection is lost the dialog is
// held with what was typed, and the completion is sent at most once after (MainWindowConnection.cpp): a task
// the server marked done by this login with this note and evidence, its answer lost, is not completed again.
void MainWindow::completeTask(qint64 taskId)
{
    const QString id = selectedId();
    const ManualTask* task = nullptr;
    const QList<ManualTask> shown = m_detail->taskList()->tasks();
    for (const ManualTask& t : shown)
        if (t.id == taskId)
            task = &t;
    if (!m_store || id.isEmpty() || id != m_detail->shownId() || !task || task->isDone())
        return;
    auto* dialog = new CompleteTaskDialog(m_workspaceFolder, id, *task, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString processor = task->processor;
    dialog->setSaver([this, dialog, id, taskId, processor] {
        auto evidence = dialog->attachEvidence(); // a refusal is shown in the dialog
        if (!evidence)
            return false;
        const QString note = dialog->note();
        const Evidence::Stored stored = *evidence;
        PendingChange c;
        // Completing raises no version: its audit event after the mark, and the task done by this login with
        // this note and evidence, say it was saved.
        c.change = {id, QStringLiteral("task.complete"), 0, 0,
                    [this, id, taskId, note, stored](const Request&) {
                        const auto tasks = m_store->tasks(id);
                        if (!tasks)
                            return false;
                        for (const ManualTask& t : *tasks)
                            if (t.id == taskId)
                                return t.isDone() && t.doneBy == m_store->actor() && t.note == note &&
                                       t.evidenceSha256 == stored.sha256;
                        return false;
                    }};
        c.send = [id, taskId, note, stored](WorkspaceStore& store) -> Result<Request> {
            auto done = store.completeTask(id, taskId, note, stored.name, stored.sha256);
            if (!done)
                return done.error();
            return store.request(id);
        };
        c.done = [id, processor](const Request&) { return tr("Task done: %1 on %2.").arg(processor, id); };
        c.conflictId = id;
        return sendChange(dialog, c);
    });
    dialog->open();
}

// Tools › Deadline Settings…: saved as a change held on a lost connection. What the workspace holds says
// whether a change whose answer was lost was saved; a setting another desk changed since the dialog opened is
// a conflict, never overwritten.
void MainWindow::editDeadlineSettings()
{
    if (!m_store)
        return;
    const auto current = m_store->deadlineSettings();
    if (!current) {
        if (!lostConnection(current.error()))
            m_message->show(MessageBar::Kind::Error, current.error().message);
        return;
    }
    auto* dialog = new DeadlineSettingsDialog(*current, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const DeadlineSettings shown = *current;
    dialog->setSaver([this, dialog, shown] {
        const DeadlineSettings wanted = dialog->settings();
        PendingChange c;
        c.change.action = QStringLiteral("settings.change");
        c.fate = [wanted](WorkspaceStore& store) -> Result<ChangeFate> {
            const auto now = store.deadlineSettings();
            if (!now)
                return now.error();
            ChangeFate fate;
            if (now->establishedIn == wanted.establishedIn && now->gdprClock == wanted.gdprClock)
                fate.kind = ChangeFate::Kind::Applied;
            return fate;
        };
        c.send = [wanted, shown](WorkspaceStore& store) -> Result<Request> {
            const auto now = store.deadlineSettings();
            if (!now)
                return now.error();
            // Each setting is written only when it differs (its own transaction): one saved before the
            // connection was lost is not saved again.
            const bool calendarElsewhere =
                now->establishedIn != shown.establishedIn && now->establishedIn != wanted.establishedIn;
            const bool clockElsewhere =
                now->gdprClock != shown.gdprClock && now->gdprClock != wanted.gdprClock;
            if (calendarElsewhere || clockElsewhere)
                return makeError(
                    Error::Code::Conflict,
                    tr("The deadline settings were changed at another desk since you opened them; "
                       "nothing was saved. Open Tools › Deadline Settings… again to see them."));
            if (now->establishedIn != wanted.establishedIn)
                if (Status s = store.setEstablishedIn(wanted.establishedIn); !s)
                    return s.error();
            if (now->gdprClock != wanted.gdprClock)
                if (Status s = store.setGdprClockRule(wanted.gdprClock); !s)
                    return s.error();
            return Request{};
        };
        c.settled = [this](const Result<Request>& r, bool alreadyApplied) {
            if (!r) {
                if (!lostConnection(r.error()))
                    m_message->show(r.error().code == Error::Code::Conflict ? MessageBar::Kind::Warning
                                                                            : MessageBar::Kind::Error,
                                    r.error().message);
                return;
            }
            // Every due date may have moved: the queue and the request shown are read again.
            reloadQueue();
            showSelected();
            m_message->show(MessageBar::Kind::Success,
                            alreadyApplied
                                ? tr("Deadline settings saved before the connection was lost; they "
                                     "were not saved twice.")
                                : tr("Deadline settings saved."));
        };
        return sendChange(dialog, c);
    });
    dialog->open();
}

void MainWindow::verifyAudit()
{
    if (!m_store || m_verifyJob.isWorking())
        return;
    const ConnectionParams params = m_store->params();
    statusBar()->showMessage(tr("Verifying the audit log…"));
    struct Checked
    {
        AuditVerification v;
        std::optional<Error> lost; // the workspace could not be reached, or went while it was read
    };
    m_verifyJob.start(
        [params](const JobContext&) {
            SqlConnection conn;
            Checked c;
            if (Status s = conn.openExisting(params); !s) {
                c.lost = s.error();
                return c;
            }
            c.v = AuditLog(conn.db()).verify();
            // A chain that stops early may be a connection that went while it was read, not a broken log.
            if (!c.v.ok) {
                QSqlQuery q(conn.db());
                if (!q.exec(QStringLiteral("SELECT 1")) &&
                    (!conn.db().driver()->isOpen() || SqlConnection::isConnectionLost(q.lastError())))
                    c.lost = makeError(Error::Code::ConnectionLost, q.lastError().text());
            }
            return c;
        },
        [this](const Checked& c) {
            statusBar()->clearMessage();
            updateActions();
            // Said in the banner, and verified again once the connection is back.
            if (c.lost && lostConnection(*c.lost)) {
                m_verifyAfterReconnect = true;
                return;
            }
            const AuditVerification& v = c.v;
            if (v.ok) {
                m_message->show(MessageBar::Kind::Success,
                                tr("Audit log intact: %Ln event(s) verified, none altered or missing.",
                                   nullptr, int(v.checked)));
            } else {
                m_message->show(MessageBar::Kind::Error,
                                tr("Audit log BROKEN at event %1: %2").arg(v.firstBroken).arg(v.problem));
            }
            Q_EMIT auditVerified(v.ok);
        });
    updateActions();
}

void MainWindow::runPreview()
{
    auto r = selectedRequest();
    if (!r || m_runner->isRunning())
        return;
    m_tabs->setCurrentWidget(m_preview);
    // Every data map of the workspace, or none: a preview without one of its systems would answer the
    // subject with less than we hold (WorkspaceMaps).
    QStringList problems;
    const bool none = WorkspaceMaps::files(m_workspaceFolder).isEmpty();
    auto maps = WorkspaceMaps::load(m_workspaceFolder, &problems);
    m_previewRequest = r->humanId;
    m_previewTally = {};
    if (none) {
        m_preview->showMessage(
            tr("This workspace has no data maps yet: put a system's map (docs/datamap.md) in "
               "%1/datamaps, or draft one with lethe-cli datamap discover.")
                .arg(m_workspaceFolder));
        return;
    }
    if (!maps) {
        m_preview->showMessage(tr("No preview: %1").arg(maps.error().message));
        if (!problems.isEmpty())
            m_message->show(
                MessageBar::Kind::Error,
                tr("Fix the data map first:\n%1").arg(problems.mid(0, 5).join(QLatin1Char('\n'))));
        return;
    }
    m_preview->begin(r->humanId, int(maps->size()));
    m_runner->start(*maps, r->identities, 200, m_workspaceFolder);
}

// The export dialog asks where to and shows the progress; how it ended goes to the message bar, with the
// folder one click away.
void MainWindow::exportBundle()
{
    auto r = selectedRequest();
    if (!r) {
        m_message->show(MessageBar::Kind::Error, r.error().message);
        return;
    }
    if (Status s = ExportRunner::mayExport(*r); !s) {
        m_message->show(MessageBar::Kind::Error, s.error().message);
        return;
    }
    auto* dialog = new ExportDialog(m_credentials, runnerWorkspace(), *r, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString id = r->humanId;
    connect(dialog, &ExportDialog::exported, this, [this, id](const ExportRunner::Summary& done) {
        QString text =
            tr("Bundle of %1 written to %2: %3 rows in %Ln table(s), signed by key %4.", nullptr, done.tables)
                .arg(id, QDir::toNativeSeparators(done.file), QLocale().toString(done.rows), done.keyId);
        if (done.passphrase)
            text +=
                QLatin1Char(' ') + tr("Encrypted with age to the passphrase: tell it to the subject another "
                                      "way than the file.");
        else if (done.recipients > 0)
            text +=
                QLatin1Char(' ') + tr("Encrypted with age to %n public key(s).", nullptr, done.recipients);
        if (done.alreadyRecorded)
            text += QLatin1Char(' ') + tr("Its export had been recorded in the audit log before the "
                                          "connection was lost; it was not recorded twice.");
        if (!done.problems.isEmpty())
            text += QLatin1Char('\n') +
                    tr("Processors not asked:\n%1").arg(done.problems.mid(0, 3).join(QLatin1Char('\n')));
        const QString folder = QFileInfo(done.file).absolutePath();
        m_message->show(done.problems.isEmpty() ? MessageBar::Kind::Success : MessageBar::Kind::Warning, text,
                        tr("Show in &Folder"),
                        [folder] { QDesktopServices::openUrl(QUrl::fromLocalFile(folder)); });
        showSelected(); // the history shows the export
        Q_EMIT requestChanged(id);
    });
    connect(dialog, &ExportDialog::exportFailed, this, [this](const QString& message, bool cancelled) {
        m_message->show(cancelled ? MessageBar::Kind::Info : MessageBar::Kind::Error, message);
    });
    // A lost connection met by the export: the banner and its retries; the dialog's own Retry Now reaches
    // them (it is window-modal), and Export may be pressed again once the connection is back.
    connect(dialog, &ExportDialog::workspaceConnectionLost, this, [this](const QString& reason) {
        lostConnection(makeError(Error::Code::ConnectionLost, reason));
    });
    connect(dialog, &ExportDialog::retryRequested, m_reconnector, &Reconnector::retryNow);
    connect(this, &MainWindow::reconnected, dialog, &ExportDialog::connectionRestored);
    // Closed while a written bundle waited for its record: whether the audit log has it is read once the
    // connection allows; recorded, the bundle goes to its name, else it is removed; said either way.
    connect(dialog, &ExportDialog::closedWhileHeld, this, [this](const ExportRunner::Unrecorded& held) {
        const QString file = QDir::toNativeSeparators(held.summary.file);
        // Written down as withdrawn: should this window close before the connection is back, the next
        // opening removes it unless it was recorded, as said now.
        if (!held.workspaceFolder.isEmpty())
            if (Status s = HeldItems(held.workspaceFolder).withdraw(HeldItems::Kind::Export, held.exportId);
                !s)
                m_message->show(MessageBar::Kind::Warning, s.error().message);
        withdrawHeld(
            held.requestId,
            tr("You closed the export of %1 while the connection to the workspace was lost, so whether the "
               "audit "
               "log recorded it is not known yet. The bundle is kept as %2 until the connection is back; "
               "then "
               "it is moved to %3 if it was recorded, and removed if not.")
                .arg(held.requestId, QDir::toNativeSeparators(held.heldFile), file),
            [held](WorkspaceStore& store) -> Result<ChangeFate> {
                auto fate = ExportRunner::fateOf(store, held);
                if (!fate)
                    return fate;
                if (fate->kind != ChangeFate::Kind::Applied)
                    QFile::remove(held.heldFile); // not recorded: must not go out
                ExportRunner::forgetHeld(held);
                if (fate->kind == ChangeFate::Kind::Applied)
                    if (Status placed = ExportRunner::placeHeld(held); !placed)
                        return placed.error();
                return fate;
            },
            [this, held, file](const Result<ChangeFate>& fate) {
                if (!fate) {
                    m_message->show(MessageBar::Kind::Error,
                                    tr("Whether the export of %1 was recorded in the audit log could not be "
                                       "settled: %2")
                                        .arg(held.requestId, fate.error().message));
                    return;
                }
                const bool recorded = fate->kind == ChangeFate::Kind::Applied;
                m_message->show(
                    recorded ? MessageBar::Kind::Success : MessageBar::Kind::Warning,
                    recorded
                        ? tr("The export of %1 had been recorded in the audit log before the connection "
                             "was lost, although you closed the dialog: the bundle is at %2, recorded "
                             "once.")
                              .arg(held.requestId, file)
                        : tr("The export of %1 was not recorded in the audit log: the connection was lost "
                             "before it was. Its bundle was removed; export again.")
                              .arg(held.requestId));
                if (recorded) {
                    showSelected();
                    Q_EMIT requestChanged(held.requestId);
                }
            });
    });
    dialog->open();
}

} // namespace lethe
