// MainWindow: opening and creating workspaces, loading the queue and showing changes made at other desks.
#include "MainWindow.h"

#include "DemoData.h"
#include "DemoProducts.h"
#include "MessageBar.h"
#include "OfficerKeys.h"
#include "QueueFilterBar.h"
#include "QueueLoader.h"
#include "RequestDetailPane.h"
#include "RequestQueueModel.h"
#include "Workspace.h"
#include "WorkspaceOpener.h"

#include <QAction>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QInputDialog>
#include <QPointer>
#include <QProgressBar>
#include <QProgressDialog>
#include <QSettings>
#include <QSqlDriver>
#include <QSqlError>
#include <QStatusBar>
#include <QTimer>
#include <QToolButton>

namespace lethe {

void MainWindow::openWorkspace(const QString& nameOrPath)
{
    auto ws = Workspaces::load(nameOrPath);
    if (!ws) {
        m_message->show(MessageBar::Kind::Warning,
                        tr("%1\nUse File › New Workspace, or File › Open Demo Workspace to try Lethe.")
                            .arg(ws.error().message));
        return;
    }
    // The current workspace stays open until the new one has opened: a failure loses nothing.
    statusBar()->showMessage(tr("Opening %1…").arg(ws->name));
    const WorkspaceInfo info = *ws;
    QPointer<MainWindow> self(this);
    WorkspaceOpener::open(
        info, m_credentials, WorkspaceOpener::currentActor(),
        [self, info](Result<std::unique_ptr<WorkspaceStore>> r) {
            if (!self)
                return;
            if (!r) {
                self->m_message->show(MessageBar::Kind::Error, r.error().message);
                self->statusBar()->clearMessage();
                return;
            }
            self->m_loader->cancel();
            // Nothing read from, or made in, the workspace before arrives in this one.
            self->m_teamJob.abandon();
            self->m_remoteJob.abandon();
            self->m_dueJob.abandon();
            self->m_dueKeysStale = false;
            self->m_sortJob.abandon();
            self->m_sortKeysMissing = false;
            self->m_sortFillRefused = false;
            self->m_remoteChanged.clear();
            self->m_ownVersions.clear();
            // A lost connection to the workspace before is no longer this window's concern.
            self->m_reconnector->stop();
            self->m_connectionLost = false;
            self->m_verifyAfterReconnect = false;
            self->m_offerResumeAfterReconnect = false;
            self->m_settleHeldAfterReconnect = false;
            self->m_connectionBar->hide();
            // What the workspace before still held is left to its next opening.
            if (!self->m_workspaceFolder.isEmpty())
                HeldItems(self->m_workspaceFolder).release(self->m_heldSession);
            for (const PendingChange& p : std::exchange(self->m_pending, {}))
                if (p.dialog)
                    p.dialog->close();
            self->m_model->clear();
            self->m_detail->clear();
            self->m_store = std::move(r).value();
            self->m_workspaceName = info.name;
            self->m_workspaceFolder = info.folder;
            self->setWindowTitle(tr("%1 — Lethe").arg(info.name));
            QSettings().setValue(QStringLiteral("workspace/last"), info.folder);
            self->m_message->hide();
            // Their key registered but not in this keychain: said, not left to a failed approval later.
            if (const auto keyId = OfficerKeys::registeredButNotHeld(*self->m_store))
                self->m_message->show(
                    MessageBar::Kind::Warning,
                    tr("The officer key of %1 (%2) is registered in this workspace but is not in this "
                       "computer's keychain: what you change here is recorded in the audit log unsigned, and "
                       "approving an erasure needs the key.")
                        .arg(self->m_store->actor(), *keyId));
            self->updateActions();
            self->reloadQueue();
            self->watchQueue();
            self->settleHeldItems();
            self->offerResume();
            Q_EMIT self->workspaceOpened(info.name);
        },
        m_clock);
}

void MainWindow::reloadQueue(bool keepShown)
{
    if (!m_store)
        return;
    m_shownDay = today();
    m_model->setToday(m_shownDay);
    m_replaceShown = keepShown;
    m_firstPagePending = true;
    m_loadingStopped = false;
    m_model->setMoreAvailable(false); // until the first page of this read says otherwise
    if (!keepShown)
        m_model->clear();
    m_matching = m_total = -1;
    m_countJob.abandon(); // the loader counts for the new queue
    updateCounts();
    m_progress->setFormat(tr("Loading…"));
    m_progress->show();
    m_stopLoading->show();
    // In the order of the sort where the server can read pages in it (days left: DueKeys), else by date
    // received.
    m_loader->start(m_store->params(), m_shownDay, m_model->filter(), 5000,
                    serverOrderOfSort().value_or(QueueQuery::Order::Received));
}

void MainWindow::watchQueue()
{
    if (!m_store || m_store->teamPrefix().isEmpty())
        return;
    if (!m_remoteTimer) {
        // Changes arrive in bursts (a batch of new requests): shown together, a moment after the last.
        m_remoteTimer = new QTimer(this);
        m_remoteTimer->setSingleShot(true);
        m_remoteTimer->setInterval(250);
        connect(m_remoteTimer, &QTimer::timeout, this, &MainWindow::showRemoteChanges);
    }
    m_remoteChanged.clear();
    QSqlDriver* driver = m_store->database().driver();
    if (!driver->subscribeToNotification(QStringLiteral("lethe_queue"))) {
        m_message->show(MessageBar::Kind::Warning,
                        tr("Changes made at other desks will show only when you reload the queue (F5): %1")
                            .arg(driver->lastError().text()));
        return;
    }
    // The driver belongs to the store: when another workspace is opened, it goes and so does this connection.
    connect(driver, &QSqlDriver::notification, this,
            [this](const QString& name, QSqlDriver::NotificationSource source, const QVariant& payload) {
                if (name != QLatin1String("lethe_queue") || source == QSqlDriver::SelfSource)
                    return;
                m_remoteChanged.insert(payload.toString());
                m_remoteTimer->start();
            });
    // The driver reads notifications when the server's socket wakes it, and a wake-up that brings none may be
    // the server closing the connection (a restart, pg_terminate_backend, a network failure). The driver's
    // QSocketNotifier has no parent to connect to: the window watches the socket events of its thread
    // (eventFilter) and then asks the driver whether it is still open, so a live queue that stopped is never
    // silent.
    if (!m_watchingSockets) {
        m_watchingSockets = true;
        QCoreApplication::instance()->installEventFilter(this);
    }
}

void MainWindow::showRemoteChanges()
{
    // One read at a time; what arrives meanwhile is read when it is done. None while the connection is lost:
    // the whole queue is read again after.
    if (!m_store || m_remoteChanged.isEmpty() || m_remoteJob.isWorking() || m_connectionLost)
        return;
    QStringList ids(m_remoteChanged.cbegin(), m_remoteChanged.cend());
    m_remoteChanged.clear();
    ids.sort();
    auto announce = [this](const QStringList& changed) {
        if (changed.isEmpty())
            return;
        statusBar()->showMessage(tr("%n request(s) changed at another desk: %1", nullptr, int(changed.size()))
                                     .arg(changed.mid(0, 3).join(QLatin1String(", ")) +
                                          (changed.size() > 3 ? QStringLiteral(", …") : QString())),
                                 8000);
        Q_EMIT remoteChangesShown(changed);
    };
    // While the queue is still loading, or after a large batch, the whole queue is read again instead.
    if (m_loader->isRunning() || ids.size() > 50) {
        reloadQueue();
        announce(ids);
        return;
    }
    // Read on a worker thread with a store of its own: the server may be slow, the window never waits.
    const ConnectionParams params = m_store->params();
    const QString actor = m_store->actor();
    const WorkspaceStore::Clock clock = m_clock;
    const QDate day = today();
    m_remoteJob.start(
        [params, actor, clock, ids, day](const JobContext& job) -> Result<QList<RequestSummary>> {
            auto store = WorkspaceStore::open(params, actor, clock);
            if (!store) // the workspace the window has open cannot be reached
                return makeError(Error::Code::ConnectionLost, store.error().message);
            QList<RequestSummary> rows;
            for (const QString& id : ids) {
                if (job.isCancelled())
                    break;
                auto r = (*store)->request(id);
                if (r)
                    rows << r->summary(day);
                else if (r.error().code == Error::Code::ConnectionLost)
                    return r.error();
            }
            return rows;
        },
        [this, ids, announce](const Result<QList<RequestSummary>>& rows) {
            QStringList others = ids;
            // Lost: the banner and its retries; the whole queue is read again once it is back.
            if (!rows && lostConnection(rows.error()))
                return;
            if (!rows) {
                m_message->show(MessageBar::Kind::Warning,
                                tr("Changes made at other desks could not be read; press F5 to reload the "
                                   "queue: %1")
                                    .arg(rows.error().message));
            } else {
                const QString selected = selectedId();
                for (const RequestSummary& s : *rows) {
                    m_model->upsert(s);
                    // Still as this window's own change left it (made on a worker's connection): not news.
                    if (m_ownVersions.value(s.humanId, -1) == s.version)
                        others.removeAll(s.humanId);
                }
                updateCounts();
                refreshCounts();
                if (ids.contains(selected)) {
                    selectRequest(selected);
                    showSelected();
                    updateActions();
                }
            }
            announce(others);
            if (!m_remoteChanged.isEmpty())
                m_remoteTimer->start();
        });
}

void MainWindow::cancelLoading()
{
    m_loadingStopped = true;
    m_loader->cancel();
    m_replaceShown = false;
    m_firstPagePending = false;
    m_model->finishLoading();
    // A later page stopped: scrolling to the end asks for it again. A first page stopped: F5 reads it.
    m_model->setMoreAvailable(m_loader->hasMore());
    m_progress->hide();
    m_stopLoading->hide();
    updateCounts();
    m_message->show(MessageBar::Kind::Info,
                    tr("Loading stopped: the queue shows %Ln request(s). Press F5 to read it again.", nullptr,
                       m_model->totalCount()));
}

void MainWindow::chooseWorkspace()
{
    auto* dialog = new QFileDialog(this, tr("Open Workspace Folder"), Workspaces::defaultRoot());
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this,
            [this](const QString& folder) { openWorkspace(folder); });
    dialog->open();
}

void MainWindow::newWorkspace()
{
    auto* dialog = new QInputDialog(this);
    dialog->setWindowTitle(tr("New Workspace"));
    dialog->setLabelText(tr("Name (letters, digits, dot, dash, underscore):"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QInputDialog::textValueSelected, this, [this](const QString& name) {
        auto ws = Workspaces::create(name.trimmed());
        if (!ws) {
            m_message->show(MessageBar::Kind::Error, ws.error().message);
            return;
        }
        openWorkspace(ws->folder);
    });
    dialog->open();
}

void MainWindow::createDemoWorkspace()
{
    const QString name = QStringLiteral("demo");
    if (Workspaces::load(name)) {
        openWorkspace(name);
        return;
    }
    auto ws = Workspaces::create(name);
    if (!ws) {
        m_message->show(MessageBar::Kind::Error, ws.error().message);
        return;
    }
    // The five demo product databases take a second or two: built on a worker thread, with progress and
    // Cancel. A cancelled or failed build leaves no half-made workspace behind.
    auto* progress = new QProgressDialog(tr("Creating the demo workspace…"), tr("Cancel"), 0, 0, this);
    progress->setObjectName(QStringLiteral("demoProgress"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(300);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    m_demoWorkspace->setEnabled(false);
    const WorkspaceInfo info = *ws;
    const QString actor = WorkspaceOpener::currentActor();
    const QDate day = today();
    QPointer<QProgressDialog> dialog(progress);
    m_demoJob.start(
        [info, actor, day, dialog](const JobContext& job) {
            DemoProducts::Target target;
            target.today = day;
            target.stop = job.stopToken();
            target.progress = [job, dialog](const QString& product, const QString& table, qint64 rows) {
                job.post([dialog, product, table, rows] {
                    if (dialog)
                        dialog->setLabelText(
                            tr("Creating the demo workspace…\n%1: %2 (%Ln row(s))", nullptr, rows)
                                .arg(product, table));
                });
            };
            auto made = DemoProducts::populateWorkspace(
                info.folder, info.store, actor, DemoData::kDefaultCount, QStringLiteral(":/demo"), target);
            return made ? Status{} : Status(made.error());
        },
        [this, dialog, info](const Status& made) {
            if (dialog)
                dialog->close();
            m_demoWorkspace->setEnabled(true);
            if (made) {
                openWorkspace(info.name);
                return;
            }
            const bool cancelled = made.error().code == Error::Code::Cancelled;
            QDir(info.folder).removeRecursively();
            m_message->show(cancelled ? MessageBar::Kind::Info : MessageBar::Kind::Error,
                            cancelled ? tr("The demo workspace was not created: cancelled.")
                                      : made.error().message);
        });
    connect(progress, &QProgressDialog::canceled, this, [this] { m_demoJob.stop(); });
}

} // namespace lethe
