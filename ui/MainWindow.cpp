#include "MainWindow.h"

#include "BundleViewer.h"
#include "CompleteTaskDialog.h"
#include "ConnectionsDialog.h"
#include "DeadlineSettingsDialog.h"
#include "DemoData.h"
#include "DemoProducts.h"
#include "Dialogs.h"
#include "DraftReviewDialog.h"
#include "ErasureStore.h"
#include "ErasureWizard.h"
#include "ExportDialog.h"
#include "ManualTaskList.h"
#include "MessageBar.h"
#include "PreviewPane.h"
#include "PreviewRunner.h"
#include "PreviewService.h"
#include "QueueFilterBar.h"
#include "QueueLoader.h"
#include "ReportsWindow.h"
#include "RequestDetailPane.h"
#include "RequestDialogs.h"
#include "RequestQueueModel.h"
#include "StateMachine.h"
#include "UrgencyDelegate.h"
#include "Workspace.h"
#include "WorkspaceMaps.h"
#include "WorkspaceOpener.h"

#include <QAction>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPointer>
#include <QProgressBar>
#include <QProgressDialog>
#include <QSettings>
#include <QSplitter>
#include <QSqlDriver>
#include <QSqlError>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

namespace lethe {

MainWindow::MainWindow(CredentialStore* credentials, QWidget* parent)
    : QMainWindow(parent), m_credentials(credentials), m_model(new RequestQueueModel(this)),
      m_loader(new QueueLoader(this)), m_runner(new PreviewRunner(credentials, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Lethe"));
    setAcceptDrops(true);
    createActions();
    createLayout();
    createMenus();
    updateActions();

    connect(m_loader, &QueueLoader::chunkLoaded, this, [this](const QList<RequestSummary>& rows) {
        m_model->appendRows(rows);
        m_progress->setFormat(tr("Loading… %Ln request(s)", nullptr, m_model->totalCount()));
    });
    connect(m_loader, &QueueLoader::finished, this, [this](qint64 total, qint64 ms) {
        m_model->finishLoading();
        m_progress->hide();
        m_stopLoading->hide();
        m_filterBar->setAssignees(m_model->assignees());
        updateCounts();
        statusBar()->showMessage(tr("Loaded %Ln request(s) in %1 ms", nullptr, int(total)).arg(ms), 5000);
        // Start on the most urgent request, so the first screen already says what needs doing.
        if (!selectedId().isEmpty())
            showSelected();
        else if (m_model->rowCount() > 0)
            m_view->selectionModel()->setCurrentIndex(
                m_model->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        Q_EMIT queueLoaded(total);
    });
    connect(m_loader, &QueueLoader::failed, this, [this](const QString& message) {
        m_model->finishLoading();
        m_progress->hide();
        m_stopLoading->hide();
        m_message->show(MessageBar::Kind::Error, tr("The queue could not be loaded: %1").arg(message));
    });

    // Days left change at midnight: look once a minute.
    auto* dayTimer = new QTimer(this);
    dayTimer->setInterval(60 * 1000);
    connect(dayTimer, &QTimer::timeout, this, [this] {
        if (today() != m_shownDay) {
            m_shownDay = today();
            m_model->setToday(m_shownDay);
            updateCounts();
            showSelected();
        }
    });
    dayTimer->start();

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1280, 800);
}

MainWindow::~MainWindow()
{
    m_loader->cancel();
    // m_verifyJob and m_demoJob wait for their work (the demo stops at its next batch).
}

QDate MainWindow::today() const
{
    return m_clock ? m_clock().toLocalTime().date() : QDate::currentDate();
}

void MainWindow::createActions()
{
    auto make = [this](const QString& text, const QKeySequence& key, const QString& name, auto slot,
                       QStyle::StandardPixmap icon = QStyle::SP_CustomBase) {
        auto* a = new QAction(text, this);
        a->setObjectName(name);
        if (!key.isEmpty()) {
            a->setShortcut(key);
            a->setToolTip(QStringLiteral("%1 (%2)").arg(
                QString(text).remove(QLatin1Char('&')).remove(QStringLiteral("…")),
                key.toString(QKeySequence::NativeText)));
        }
        if (icon != QStyle::SP_CustomBase)
            a->setIcon(style()->standardIcon(icon));
        connect(a, &QAction::triggered, this, slot);
        addAction(a);
        return a;
    };
    m_newRequest = make(tr("&New Request…"), QKeySequence::New, QStringLiteral("actionNewRequest"),
                        &MainWindow::newRequest, QStyle::SP_FileIcon);
    m_transition =
        make(tr("Change &Status…"), QKeySequence(Qt::CTRL | Qt::Key_T), QStringLiteral("actionTransition"),
             &MainWindow::transitionRequest, QStyle::SP_ArrowForward);
    m_extend = make(tr("&Extend Deadline…"), QKeySequence(Qt::CTRL | Qt::Key_E),
                    QStringLiteral("actionExtend"), &MainWindow::extendRequest, QStyle::SP_BrowserReload);
    m_fee = make(tr("Record &Fee…"), QKeySequence(), QStringLiteral("actionFee"), &MainWindow::recordFee);
    m_note = make(tr("Add &Note…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N),
                  QStringLiteral("actionNote"), &MainWindow::addNote, QStyle::SP_FileDialogDetailedView);
    m_completeTask = make(tr("&Complete Task…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T),
                          QStringLiteral("actionCompleteTask"), [this] {
                              if (const ManualTask* t = m_detail->taskList()->selectedOpenTask())
                                  completeTask(t->id);
                          });
    m_find = make(tr("&Find"), QKeySequence::Find, QStringLiteral("actionFind"),
                  [this] { m_filterBar->focusSearch(); });
    m_reload = make(tr("&Reload Queue"), QKeySequence::Refresh, QStringLiteral("actionReload"),
                    &MainWindow::reloadQueue);
    m_verify =
        make(tr("&Verify Audit Log"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V),
             QStringLiteral("actionVerifyAudit"), &MainWindow::verifyAudit, QStyle::SP_DialogApplyButton);
    m_openWorkspace = make(tr("&Open Workspace…"), QKeySequence::Open, QStringLiteral("actionOpenWorkspace"),
                           &MainWindow::chooseWorkspace, QStyle::SP_DirOpenIcon);
    m_openBundle = make(tr("Open &Bundle…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O),
                        QStringLiteral("actionOpenBundle"), [this] {
                            dialogs::openFile(this, QStringLiteral("openBundleDialog"), tr("Open Bundle"),
                                              tr("Lethe bundles (*.lethe.zip *.zip *.age);;All files (*)"),
                                              [this](const QString& path) { openBundle(path); });
                        });
    m_newWorkspace = make(tr("New &Workspace…"), QKeySequence(), QStringLiteral("actionNewWorkspace"),
                          &MainWindow::newWorkspace);
    m_demoWorkspace = make(tr("Open &Demo Workspace"), QKeySequence(), QStringLiteral("actionDemoWorkspace"),
                           &MainWindow::createDemoWorkspace);
    m_discoverMap = make(tr("&Discover Data Map…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D),
                         QStringLiteral("actionDiscoverMap"), [this] {
                             auto* dialog = new DraftReviewDialog(m_credentials, this);
                             dialog->setAttribute(Qt::WA_DeleteOnClose);
                             dialog->open();
                         });
    m_connections = make(tr("Processor &Connections…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K),
                         QStringLiteral("actionConnections"), [this] {
                             if (m_workspaceFolder.isEmpty())
                                 return;
                             auto* dialog = new ConnectionsDialog(m_workspaceFolder, m_credentials, this);
                             dialog->setAttribute(Qt::WA_DeleteOnClose);
                             dialog->open();
                         });
    m_deadlineSettings =
        make(tr("&Deadline Settings…"), QKeySequence(), QStringLiteral("actionDeadlineSettings"), [this] {
            if (!m_store)
                return;
            auto* dialog = new DeadlineSettingsDialog(m_store.get(), this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            connect(dialog, &QDialog::accepted, this, [this] {
                // Every due date may have moved: the queue and the request shown are read again.
                reloadQueue();
                showSelected();
                m_message->show(MessageBar::Kind::Success, tr("Deadline settings saved."));
            });
            dialog->open();
        });
    m_reports = make(tr("&Reports…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R),
                     QStringLiteral("actionReports"), [this] { openReports(); });
    m_quit = make(tr("&Quit"), QKeySequence::Quit, QStringLiteral("actionQuit"), &QWidget::close);
    m_previewAction =
        make(tr("&Preview Data…"), QKeySequence(Qt::CTRL | Qt::Key_P), QStringLiteral("actionPreview"),
             &MainWindow::runPreview, QStyle::SP_FileDialogContentsView);
    m_erase = make(tr("&Erase Subject…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E),
                   QStringLiteral("actionErase"), &MainWindow::eraseSubject, QStyle::SP_TrashIcon);
    m_export = make(tr("Export &Bundle…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X),
                    QStringLiteral("actionExport"), &MainWindow::exportBundle, QStyle::SP_DialogSaveButton);
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_openWorkspace);
    file->addAction(m_newWorkspace);
    file->addAction(m_demoWorkspace);
    file->addSeparator();
    file->addAction(m_openBundle);
    file->addSeparator();
    file->addAction(m_quit);
    QMenu* request = menuBar()->addMenu(tr("&Request"));
    request->addAction(m_newRequest);
    request->addSeparator();
    request->addAction(m_transition);
    request->addAction(m_extend);
    request->addAction(m_fee);
    request->addAction(m_note);
    request->addAction(m_completeTask);
    request->addSeparator();
    request->addAction(m_previewAction);
    request->addAction(m_erase);
    request->addAction(m_export);
    request->setToolTipsVisible(true); // a disabled Export Bundle… says why
    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_find);
    view->addAction(m_reload);
    auto* clear = view->addAction(tr("&Clear Filters"), this, [this] { m_filterBar->reset(); });
    clear->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    QMenu* tools = menuBar()->addMenu(tr("&Tools"));
    tools->addAction(m_verify);
    tools->addAction(m_discoverMap);
    tools->addAction(m_connections);
    tools->addAction(m_deadlineSettings);
    tools->addSeparator();
    tools->addAction(m_reports);
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Lethe"), this, &MainWindow::about);

    QToolBar* bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addAction(m_newRequest);
    bar->addSeparator();
    bar->addAction(m_transition);
    bar->addAction(m_extend);
    bar->addAction(m_note);
    bar->addAction(m_previewAction);
    bar->addSeparator();
    bar->addAction(m_verify);
}

void MainWindow::createLayout()
{
    m_filterBar = new QueueFilterBar(this);
    connect(m_filterBar, &QueueFilterBar::filterChanged, this, [this](const QueueFilter& f) {
        const QString keep = selectedId();
        m_model->setFilter(f);
        updateCounts();
        if (!keep.isEmpty())
            selectRequest(keep);
    });

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("queueView"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new UrgencyDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSortingEnabled(true);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    // Columns as wide as their longest usual content; the subject takes the rest.
    const QFontMetrics fm(m_view->font());
    QFont bold = m_view->font();
    bold.setBold(true);
    const QFontMetrics bfm(bold);
    // Sized for the longest name in the current language (the samples below are only measured).
    auto longest = [&bfm](const auto& all) {
        QString best;
        for (const auto& v : all) {
            if (bfm.horizontalAdvance(Names::display(v)) > bfm.horizontalAdvance(best))
                best = Names::display(v);
        }
        return best;
    };
    const QString samples[] = {QStringLiteral("R-2026-0000"),
                               QString(),
                               longest(Names::allTypes()),
                               longest(Names::allRegulations()),
                               longest(Names::allStatuses()),
                               QStringLiteral("2026-11-22"),
                               QStringLiteral("2026-11-22") + lethe::RequestQueueModel::tr(" (ext.)"),
                               lethe::RequestQueueModel::tr("%n day(s) overdue", nullptr, 99),
                               QStringLiteral("alex.privacy")};
    for (int c = 0; c < RequestQueueModel::ColumnCount; ++c) {
        if (!samples[c].isEmpty())
            m_view->setColumnWidth(c, bfm.horizontalAdvance(samples[c]) + (c == 0 ? 30 : 16));
    }
    // The deadline is what matters most: days left stands right after the id, the due date beside it;
    // the received date (also in the detail pane) goes last.
    QHeaderView* header = m_view->horizontalHeader();
    const int order[] = {RequestQueueModel::IdColumn,         RequestQueueModel::DaysLeftColumn,
                         RequestQueueModel::DueColumn,        RequestQueueModel::SubjectColumn,
                         RequestQueueModel::StatusColumn,     RequestQueueModel::TypeColumn,
                         RequestQueueModel::RegulationColumn, RequestQueueModel::AssigneeColumn,
                         RequestQueueModel::ReceivedColumn};
    for (int visual = 0; visual < RequestQueueModel::ColumnCount; ++visual)
        header->moveSection(header->visualIndex(order[visual]), visual);
    header->setSectionResizeMode(RequestQueueModel::SubjectColumn, QHeaderView::Interactive);
    m_view->setColumnWidth(RequestQueueModel::SubjectColumn,
                           fm.horizontalAdvance(QStringLiteral("Priya Natarajan")) + 16);
    m_view->sortByColumn(RequestQueueModel::DaysLeftColumn, Qt::AscendingOrder);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        showSelected();
        updateActions();
    });
    connect(m_view, &QTableView::activated, this, [this] { transitionRequest(); });

    m_detail = new RequestDetailPane(this);
    m_detail->setActions({m_transition, m_extend, m_note});
    connect(m_detail->taskList(), &ManualTaskList::completeRequested, this, &MainWindow::completeTask);
    connect(m_detail->taskList(), &ManualTaskList::selectionChanged, this, &MainWindow::updateActions);

    m_message = new MessageBar(this);

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(6, 6, 0, 6);
    leftLayout->addWidget(m_message);
    leftLayout->addWidget(m_filterBar);
    leftLayout->addWidget(m_view, 1);

    auto* split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("mainSplitter"));
    split->addWidget(left);
    m_preview = new PreviewPane(this);
    connect(m_preview, &PreviewPane::runRequested, this, &MainWindow::runPreview);
    connect(m_preview, &PreviewPane::cancelRequested, this, [this] {
        m_runner->cancel();
        m_preview->fail(tr("Preview cancelled; nothing was recorded."));
    });
    connect(m_runner, &PreviewRunner::systemDone, this, [this](const Dossier& d) {
        m_preview->addDossier(d);
        if (!d.processorProblems.isEmpty())
            m_message->show(MessageBar::Kind::Warning,
                            tr("Some processors could not be searched:\n%1")
                                .arg(d.processorProblems.mid(0, 5).join(QLatin1Char('\n'))));
        m_previewTally.add(d);
    });
    connect(m_runner, &PreviewRunner::progress, m_preview, &PreviewPane::setProgress);
    connect(m_runner, &PreviewRunner::failed, m_preview, &PreviewPane::fail);
    connect(m_runner, &PreviewRunner::finished, this, [this](qint64 total) {
        m_preview->finish(total);
        if (m_store) {
            recordPreview();
            showSelected();
        }
        Q_EMIT previewFinished(total);
    });
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("detailTabs"));
    m_tabs->addTab(m_detail, tr("Details"));
    m_tabs->addTab(m_preview, tr("Preview"));
    split->addWidget(m_tabs);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({950, 330});
    setCentralWidget(split);

    m_counts = new QLabel(this);
    m_counts->setObjectName(QStringLiteral("countsLabel"));
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(240);
    m_progress->setTextVisible(true);
    m_progress->hide();
    m_stopLoading = new QToolButton(this);
    m_stopLoading->setText(tr("Stop"));
    m_stopLoading->setToolTip(tr("Stop loading the queue"));
    m_stopLoading->hide();
    connect(m_stopLoading, &QToolButton::clicked, this, &MainWindow::cancelLoading);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_stopLoading);
    statusBar()->addPermanentWidget(m_counts);
}

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
            self->m_model->clear();
            self->m_detail->clear();
            self->m_store = std::move(r).value();
            self->m_workspaceName = info.name;
            self->m_workspaceFolder = info.folder;
            self->setWindowTitle(tr("%1 — Lethe").arg(info.name));
            QSettings().setValue(QStringLiteral("workspace/last"), info.folder);
            self->m_message->hide();
            self->updateActions();
            self->reloadQueue();
            self->watchQueue();
            self->offerResume();
            Q_EMIT self->workspaceOpened(info.name);
        },
        m_clock);
}

void MainWindow::reloadQueue()
{
    if (!m_store)
        return;
    m_shownDay = today();
    m_model->setToday(m_shownDay);
    m_model->clear();
    m_progress->setFormat(tr("Loading…"));
    m_progress->show();
    m_stopLoading->show();
    m_loader->start(m_store->params(), m_shownDay);
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
}

void MainWindow::showRemoteChanges()
{
    QStringList ids(m_remoteChanged.cbegin(), m_remoteChanged.cend());
    m_remoteChanged.clear();
    if (!m_store || ids.isEmpty())
        return;
    ids.sort();
    // While the queue is still loading, or after a large batch, the whole queue is read again instead.
    if (m_loader->isRunning() || ids.size() > 50) {
        reloadQueue();
    } else {
        const QString selected = selectedId();
        for (const QString& id : ids) {
            auto r = m_store->request(id);
            if (r)
                m_model->upsert(r->summary(today()));
        }
        m_filterBar->setAssignees(m_model->assignees());
        updateCounts();
        if (ids.contains(selected)) {
            selectRequest(selected);
            showSelected();
            updateActions();
        }
    }
    statusBar()->showMessage(tr("%n request(s) changed at another desk: %1", nullptr, int(ids.size()))
                                 .arg(ids.mid(0, 3).join(QLatin1String(", ")) +
                                      (ids.size() > 3 ? QStringLiteral(", …") : QString())),
                             8000);
    Q_EMIT remoteChangesShown(ids);
}

void MainWindow::cancelLoading()
{
    m_loader->cancel();
    m_model->finishLoading();
    m_progress->hide();
    m_stopLoading->hide();
    updateCounts();
    m_message->show(MessageBar::Kind::Info,
                    tr("Loading stopped: the queue shows %Ln request(s) so far. Press F5 to load all.",
                       nullptr, m_model->totalCount()));
}

void MainWindow::updateCounts()
{
    const int overdue = m_model->overdueCount();
    QString text = tr("%L1 of %Ln request(s)", nullptr, m_model->totalCount()).arg(m_model->rowCount());
    if (overdue > 0)
        text += QStringLiteral(" · ") + tr("%n overdue", nullptr, overdue);
    m_counts->setText(text);
}

QString MainWindow::selectedId() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    return current.isValid() ? current.data(RequestQueueModel::HumanIdRole).toString() : QString();
}

bool MainWindow::selectRequest(const QString& humanId)
{
    const int row = m_model->rowOfHumanId(humanId);
    if (row < 0)
        return false;
    const QModelIndex idx = m_model->index(row, 0);
    m_view->selectionModel()->setCurrentIndex(idx, QItemSelectionModel::ClearAndSelect |
                                                       QItemSelectionModel::Rows);
    m_view->scrollTo(idx);
    return true;
}

Result<Request> MainWindow::selectedRequest() const
{
    const QString id = selectedId();
    if (!m_store || id.isEmpty())
        return makeError(Error::Code::NotFound, tr("Select a request first."));
    return m_store->request(id);
}

void MainWindow::showSelected()
{
    // Another subject's data never stays on screen once the selection moves on.
    if (!m_previewRequest.isEmpty() && m_previewRequest != selectedId()) {
        m_runner->cancel();
        m_previewRequest.clear();
        m_preview->setRunEnabled(true);
        m_preview->showMessage(tr("Run a preview to see everything held about this subject (Ctrl+P)."));
    }
    auto r = selectedRequest();
    if (!r) {
        m_detail->clear();
        return;
    }
    auto history = m_store->audit().events(r->humanId);
    m_detail->showRequest(*r, history ? *history : QList<AuditEvent>{}, today());
    auto tasks = m_store->tasks(r->humanId);
    if (!tasks)
        m_message->show(MessageBar::Kind::Error, tasks.error().message);
    m_detail->showTasks(tasks ? *tasks : QList<ManualTask>{});
}

void MainWindow::updateActions()
{
    const bool open = m_store != nullptr;
    m_newRequest->setEnabled(open);
    m_reload->setEnabled(open);
    m_verify->setEnabled(open && !m_verifyJob.isWorking());
    m_connections->setEnabled(open && !m_workspaceFolder.isEmpty());
    m_deadlineSettings->setEnabled(open);
    m_reports->setEnabled(open);
    const RequestSummary* s = nullptr;
    const QModelIndex current = m_view ? m_view->selectionModel()->currentIndex() : QModelIndex();
    if (open && current.isValid())
        s = m_model->summaryAt(current.row());
    const bool closed = s && StateMachine::isFinal(s->status);
    m_transition->setEnabled(s && !closed);
    m_extend->setEnabled(s && !closed && !s->extended && Deadlines::allowsExtension(s->regulation, s->type));
    m_fee->setEnabled(s != nullptr);
    m_note->setEnabled(s != nullptr);
    m_completeTask->setEnabled(s != nullptr && m_detail &&
                               m_detail->taskList()->selectedOpenTask() != nullptr);
    m_previewAction->setEnabled(s != nullptr);
    m_erase->setEnabled(s != nullptr);
    const Status exportable = s ? BundleExporter::mayExport(s->type, s->status, s->humanId) : Status();
    m_export->setEnabled(s && exportable);
    m_export->setToolTip(s && !exportable
                             ? exportable.error().message
                             : tr("Export the request's signed bundle for the subject (%1)")
                                   .arg(m_export->shortcut().toString(QKeySequence::NativeText)));
    m_preview->setRunEnabled(s != nullptr && !m_runner->isRunning());
}

void MainWindow::afterChange(const Result<Request>& r, const QString& done)
{
    if (!r) {
        m_message->show(MessageBar::Kind::Error, r.error().message);
        return;
    }
    m_model->upsert(r->summary(today()));
    m_filterBar->setAssignees(m_model->assignees());
    updateCounts();
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
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        auto r = m_store->addRequest(dialog->request());
        afterChange(
            r, r ? tr("Created %1, due %2.").arg(r->humanId, r->deadline(today()).due.toString(Qt::ISODate))
                 : QString());
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
    connect(dialog, &QDialog::accepted, this, [this, dialog, id] {
        auto r = m_store->transition(id, dialog->target(), dialog->outcome());
        afterChange(r, r ? tr("%1 is now %2.").arg(id, Names::display(r->status)) : QString());
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
    connect(dialog, &QDialog::accepted, this, [this, dialog, id] {
        auto r = m_store->extend(id, dialog->reason());
        afterChange(r, r ? tr("%1 extended; now due %2. Tell the subject why.")
                               .arg(id, r->deadline(today()).due.toString(Qt::ISODate))
                         : QString());
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
    connect(dialog, &QDialog::accepted, this, [this, dialog, id] {
        afterChange(m_store->setFee(id, dialog->fee()), tr("Fee recorded for %1.").arg(id));
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
    connect(dialog, &QDialog::accepted, this, [this, dialog, id] {
        afterChange(m_store->addNote(id, dialog->text()), tr("Note added to %1.").arg(id));
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
    auto* dialog = new CompleteTaskDialog(m_store.get(), m_workspaceFolder, id, *task, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, id] {
        const ManualTask done = dialog->completed();
        showSelected();
        updateActions();
        m_message->show(MessageBar::Kind::Success, tr("Task done: %1 on %2.").arg(done.processor, id));
        Q_EMIT requestChanged(id);
    });
    dialog->open();
}

void MainWindow::verifyAudit()
{
    if (!m_store || m_verifyJob.isWorking())
        return;
    const ConnectionParams params = m_store->params();
    statusBar()->showMessage(tr("Verifying the audit log…"));
    m_verifyJob.start(
        [params](const JobContext&) {
            SqlConnection conn;
            AuditVerification v;
            if (Status s = conn.open(params); !s) {
                v.ok = false;
                v.problem = s.error().message;
            } else {
                v = AuditLog(conn.db()).verify();
            }
            return v;
        },
        [this](const AuditVerification& v) {
            statusBar()->clearMessage();
            updateActions();
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
            target.cancel = job.cancelFlag();
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

void MainWindow::about()
{
    auto* box = new QMessageBox(
        QMessageBox::NoIcon, tr("About Lethe"),
        tr("<b>Lethe %1</b><p>A desktop console for data-subject requests: the queue with every "
           "legal deadline in view, and a tamper-evident log of who did what.</p>")
            .arg(QStringLiteral(LETHE_VERSION)),
        QMessageBox::Close, this);
    box->setIconPixmap(windowIcon().pixmap(64, 64));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

ReportsWindow* MainWindow::openReports()
{
    if (!m_store)
        return nullptr;
    if (m_reportsWindow && m_reportsWindow->property("workspace").toString() == m_workspaceName) {
        m_reportsWindow->reload();
    } else {
        if (m_reportsWindow)
            m_reportsWindow->close();
        m_reportsWindow = new ReportsWindow(m_store->params(), m_workspaceName, today(), this);
        m_reportsWindow->setProperty("workspace", m_workspaceName);
        // A request changed here (a status, a new request) shows in the open report.
        connect(this, &MainWindow::requestChanged, m_reportsWindow, &ReportsWindow::reload);
    }
    m_reportsWindow->show();
    m_reportsWindow->raise();
    m_reportsWindow->activateWindow();
    return m_reportsWindow;
}

BundleViewer* MainWindow::openBundle(const QString& path)
{
    auto* viewer = new BundleViewer(m_credentials); // a window of its own, deleted when closed
    viewer->show();
    viewer->openFile(path);
    return viewer;
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile() && QFileInfo(urls.first().toLocalFile()).isFile())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile()) {
        event->acceptProposedAction();
        openBundle(urls.first().toLocalFile());
    }
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings().setValue(QStringLiteral("window/geometry"), saveGeometry());
    m_loader->cancel();
    if (m_demoJob.isWorking()) {
        // Stop building the demo at the next batch rather than leave its work running past the window.
        m_demoJob.stop();
        m_demoJob.wait();
    }
    event->accept();
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

RunnerWorkspace MainWindow::runnerWorkspace() const
{
    RunnerWorkspace ws;
    ws.name = m_workspaceName;
    ws.folder = m_workspaceFolder;
    ws.store = m_store->params();
    ws.actor = m_store->actor();
    ws.clock = m_clock;
    return ws;
}

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
