#include "MainWindow.h"

#include "BundleExporter.h"
#include "BundleViewer.h"
#include "ConnectionsDialog.h"
#include "DeadlineSettingsDialog.h"
#include "Dialogs.h"
#include "DraftReviewDialog.h"
#include "DueKeys.h"
#include "ManualTaskList.h"
#include "MessageBar.h"
#include "PreviewPane.h"
#include "PreviewRunner.h"
#include "QueueFilterBar.h"
#include "QueueLoader.h"
#include "ReportsWindow.h"
#include "RequestDetailPane.h"
#include "RequestQueueModel.h"
#include "SortKeys.h"
#include "StateMachine.h"
#include "UrgencyDelegate.h"

#include <QAction>
#include <QCloseEvent>
#include <QCoreApplication>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

#include <utility>

namespace lethe {

MainWindow::MainWindow(CredentialStore* credentials, QWidget* parent)
    : QMainWindow(parent), m_credentials(credentials), m_model(new RequestQueueModel(this)),
      m_loader(new QueueLoader(this)), m_runner(new PreviewRunner(credentials, this)),
      m_reconnector(new Reconnector(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Lethe"));
    setAcceptDrops(true);
    createActions();
    createLayout();
    createMenus();
    updateActions();

    connect(m_loader, &QueueLoader::chunkLoaded, this, [this](const QList<RequestSummary>& rows) {
        if (std::exchange(m_replaceShown, false))
            m_model->clear();
        m_model->appendRows(rows);
        m_progress->setFormat(tr("Loading… %Ln request(s)", nullptr, m_model->totalCount()));
    });
    connect(m_loader, &QueueLoader::counted, this, [this](const QueueQuery::Counts& c) {
        m_matching = c.matching;
        m_total = c.total;
        m_filterBar->setAssignees(c.assignees);
        updateCounts();
        if (!m_model->filter().isEmpty())
            statusBar()->showMessage(tr("%Ln request(s) match the filter", nullptr, int(c.matching)), 5000);
    });
    connect(m_loader, &QueueLoader::finished, this, [this](qint64 fetched, qint64 ms) {
        if (std::exchange(m_replaceShown, false))
            m_model->clear(); // nothing matches
        m_model->finishLoading();
        // The rest of a broad filter's matches are read a page at a time as the view scrolls to the end.
        m_model->setMoreAvailable(m_loader->hasMore());
        m_progress->hide();
        m_stopLoading->hide();
        readRestForSort();
        updateCounts();
        if (!std::exchange(m_firstPagePending, false)) {
            Q_EMIT queueLoaded(fetched); // a later page, asked for by scrolling
            return;
        }
        // With more to read, the counts say how many match; "loaded in" would speak of the first page only.
        if (!m_loader->hasMore()) {
            if (m_model->filter().isEmpty())
                statusBar()->showMessage(tr("Loaded %Ln request(s) in %1 ms", nullptr, int(fetched)).arg(ms),
                                         5000);
            else
                statusBar()->showMessage(
                    tr("%Ln request(s) match the filter, loaded in %1 ms", nullptr, int(fetched)).arg(ms),
                    5000);
        }
        // The request selected before the filter changed (or before the connection was lost), when it still
        // matches; else the most urgent one, so the first screen already says what needs doing.
        QString keep = std::exchange(m_keepSelected, QString());
        if (const QString before = std::exchange(m_reselectAfterLoad, QString()); keep.isEmpty())
            keep = before;
        if (!keep.isEmpty() && selectRequest(keep))
            showSelected();
        else if (!selectedId().isEmpty())
            showSelected();
        else if (m_model->rowCount() > 0)
            m_view->selectionModel()->setCurrentIndex(
                m_model->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        Q_EMIT queueLoaded(fetched);
    });
    // The view scrolled to the end of the rows held: the next page of the same filter.
    connect(m_model, &RequestQueueModel::moreWanted, this, [this] {
        if (!m_loader->fetchMore())
            return;
        m_progress->setFormat(tr("Loading more…"));
        m_progress->show();
        m_stopLoading->show();
    });
    // Sorted by days left, but some stored due date is not this Lethe's: the queue is read whole to sort it
    // (readRestForSort) while they are brought up to date, where this login may.
    connect(m_loader, &QueueLoader::dueKeysStale, this, [this](bool mayRecompute) {
        const bool before = std::exchange(m_dueKeysStale, true);
        // Found while reading later pages by urgency: what is held may not be the beginning of that order any
        // more, so the queue is read again (in the order received, every match, until the keys are stored).
        if (QueueQuery::isUrgency(m_loader->order()))
            reloadQueue(true);
        if (mayRecompute)
            recomputeDueKeys();
        else if (!before)
            m_message->show(MessageBar::Kind::Info,
                            tr("The due dates stored in this workspace were computed with other calendars or "
                               "deadline settings, and your login may not store them again: the queue is "
                               "read whole to sort it by days left until someone who may opens it."));
    });
    // Sorted by subject or assignee, but the workspace predates the stored keys of those orders: the queue
    // is read whole to sort it while they are stored, where this login may.
    connect(m_loader, &QueueLoader::sortKeysMissing, this, [this](bool mayFill) {
        const bool before = std::exchange(m_sortKeysMissing, true);
        if (QueueQuery::isSortKey(m_loader->order()))
            reloadQueue(true);
        // A fill the workspace refused (an older setup-team's trigger) is not tried again, nor said again,
        // on each reload: only after the workspace is opened anew.
        if (m_sortFillRefused)
            return;
        if (mayFill)
            fillSortKeys();
        else if (!before)
            m_message->show(MessageBar::Kind::Info,
                            tr("This workspace does not store every request's place by subject and assignee "
                               "yet, and your login may not store it: the queue is read whole to sort it by "
                               "those columns until someone who may opens it."));
    });
    connect(m_loader, &QueueLoader::failed, this, [this](const QString& message, bool connectionLost) {
        m_replaceShown = false;
        m_firstPagePending = false;
        m_model->finishLoading();
        m_model->setMoreAvailable(m_loader->hasMore()); // a later page: scrolling asks for it again
        m_progress->hide();
        m_stopLoading->hide();
        // The workspace could not be reached: the banner and its retries, and the queue is read again once
        // the connection is back (onReconnected).
        if (connectionLost && lostConnection(makeError(Error::Code::ConnectionLost, message)))
            return;
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

    connect(m_reconnector, &Reconnector::waiting, this, &MainWindow::showConnectionState);
    connect(m_reconnector, &Reconnector::attempting, this, &MainWindow::showConnectionState);
    connect(m_reconnector, &Reconnector::reconnected, this, &MainWindow::onReconnected);
    connect(m_reconnector, &Reconnector::failed, this, [this](const QString& reason) {
        m_connectionBar->setDismissible(false);
        m_connectionBar->show(
            MessageBar::Kind::Error,
            tr("Could not reconnect to the workspace: %1. Your changes are kept.")
                .arg(reason.simplified().chopped(reason.simplified().endsWith(QLatin1Char('.')))),
            tr("&Retry"), [this] { m_reconnector->retryNow(); });
    });

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1280, 800);
}

MainWindow::~MainWindow()
{
    QCoreApplication::instance()->removeEventFilter(this); // the socket watch of a lost connection
    m_loader->cancel();
    // What this window still holds after a lost connection (an export's bundle kept as NAME.unrecorded, an
    // approval or officer key closed held) is left to the next opening of the workspace, which settles it.
    if (!m_workspaceFolder.isEmpty())
        HeldItems(m_workspaceFolder).release(m_heldSession);
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
    m_takeNext =
        make(tr("&Take Next Request"), QKeySequence(Qt::CTRL | Qt::Key_J), QStringLiteral("actionTakeNext"),
             &MainWindow::takeNextRequest, QStyle::SP_MediaSkipForward);
    m_assign = make(tr("&Assign To…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H),
                    QStringLiteral("actionAssign"), [this] { assignRequest(false); });
    m_escalate = make(tr("Escalate to an &Officer…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L),
                      QStringLiteral("actionEscalate"), [this] { assignRequest(true); });
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
    m_deadlineSettings = make(tr("&Deadline Settings…"), QKeySequence(),
                              QStringLiteral("actionDeadlineSettings"), &MainWindow::editDeadlineSettings);
    m_reports = make(tr("&Reports…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R),
                     QStringLiteral("actionReports"), [this] { openReports(); });
    m_quit = make(tr("&Quit"), QKeySequence::Quit, QStringLiteral("actionQuit"), &QWidget::close);
    m_previewAction =
        make(tr("&Preview Data…"), QKeySequence(Qt::CTRL | Qt::Key_P), QStringLiteral("actionPreview"),
             &MainWindow::runPreview, QStyle::SP_FileDialogContentsView);
    m_erase = make(tr("&Erase Subject…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E),
                   QStringLiteral("actionErase"), &MainWindow::eraseSubject, QStyle::SP_TrashIcon);
    m_approve =
        make(tr("&Approve Erasure Plan…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A),
             QStringLiteral("actionApprove"), &MainWindow::approveErasurePlan, QStyle::SP_DialogYesButton);
    m_officerKey = make(tr("Officer &Key…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Y),
                        QStringLiteral("actionOfficerKey"), &MainWindow::openOfficerKey);
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
    request->addAction(m_takeNext);
    request->addAction(m_assign);
    request->addAction(m_escalate);
    request->addSeparator();
    request->addAction(m_previewAction);
    request->addAction(m_erase);
    request->addAction(m_approve);
    request->addAction(m_export);
    request->setToolTipsVisible(true); // a disabled Export Bundle… says why
    QMenu* workspace = menuBar()->addMenu(tr("&Workspace"));
    workspace->addAction(m_officerKey);
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
    bar->addAction(m_takeNext);
    bar->addAction(m_previewAction);
    bar->addSeparator();
    bar->addAction(m_verify);
}

void MainWindow::createLayout()
{
    m_filterBar = new QueueFilterBar(this);
    // The server filters (QueueQuery): a new filter reads the queue again on the loader's worker, superseding
    // a read still running. The model keeps the filter too, so a request changed here or at another desk
    // that no longer matches leaves the queue shown.
    connect(m_filterBar, &QueueFilterBar::filterChanged, this, [this](const QueueFilter& f) {
        if (const QString id = selectedId(); !id.isEmpty())
            m_keepSelected = id;
        m_model->setFilter(f); // at once on the rows shown, until the server's arrive
        reloadQueue(true);
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
    // Sorted by anything the server does not order pages by: the rest of the matches are read, so the
    // order shown is the order of all of them (after the model has sorted what it holds).
    connect(
        header, &QHeaderView::sortIndicatorChanged, this, [this] { sortChanged(); }, Qt::QueuedConnection);
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
    m_connectionBar = new MessageBar(this);
    m_connectionBar->setObjectName(QStringLiteral("connectionBar"));
    m_connectionBar->setActionHides(false);

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
    // The banner of a lost connection spans the window, above the queue and the request.
    auto* central = new QWidget(this);
    auto* centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(6, 6, 6, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_connectionBar);
    centralLayout->addWidget(split, 1);
    setCentralWidget(central);

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

void MainWindow::updateCounts()
{
    // The server's counts once they are there; the rows shown until then.
    const qint64 total = m_total >= 0 ? m_total : m_model->totalCount();
    const qint64 matching = m_matching >= 0 ? m_matching : m_model->rowCount();
    const int overdue = m_model->overdueCount(); // of the requests loaded: those matching the filter
    QString text = tr("%L1 of %Ln request(s)", nullptr, int(total)).arg(matching);
    // A broad filter's matches are read a page at a time: say how many of them the window holds.
    if (m_loader->hasMore() && sortNeedsEveryRow())
        text += QStringLiteral(" · ") +
                (m_loadingStopped ? tr("sorted among the %L1 loaded only: press F5 to read them all")
                                  : tr("%L1 loaded, reading the rest to sort them"))
                    .arg(m_model->rowCount());
    else if (m_loader->hasMore())
        text += QStringLiteral(" · ") + tr("%L1 shown, more as you scroll").arg(m_model->rowCount());
    if (overdue > 0 && m_loader->hasMore())
        text += QStringLiteral(" · ") + tr("%n overdue among those loaded", nullptr, overdue);
    else if (overdue > 0)
        text += QStringLiteral(" · ") + tr("%n overdue", nullptr, overdue);
    m_counts->setText(text);
}

std::optional<QueueQuery::Order> MainWindow::serverOrderOfSort() const
{
    const int column = m_model->sortColumn();
    const bool ascending = m_model->sortOrder() == Qt::AscendingOrder;
    if (column == RequestQueueModel::ReceivedColumn)
        return ascending ? QueueQuery::Order::Received : QueueQuery::Order::ReceivedDescending;
    // Both sort by DueKeys::sortKey, the key the server stores.
    if (column == RequestQueueModel::DaysLeftColumn || column == RequestQueueModel::DueColumn)
        return ascending ? QueueQuery::Order::Urgency : QueueQuery::Order::UrgencyDescending;
    // By year, then number, as the model sorts R-YYYY-NNNN.
    if (column == RequestQueueModel::IdColumn)
        return ascending ? QueueQuery::Order::Number : QueueQuery::Order::NumberDescending;
    // By the keys SortKeys stores, the case-folded text the model compares.
    if (column == RequestQueueModel::SubjectColumn)
        return ascending ? QueueQuery::Order::Subject : QueueQuery::Order::SubjectDescending;
    if (column == RequestQueueModel::AssigneeColumn)
        return ascending ? QueueQuery::Order::Assignee : QueueQuery::Order::AssigneeDescending;
    // In the order of the enum, the server sorting the matches for each page.
    if (column == RequestQueueModel::StatusColumn)
        return ascending ? QueueQuery::Order::Status : QueueQuery::Order::StatusDescending;
    if (column == RequestQueueModel::TypeColumn)
        return ascending ? QueueQuery::Order::Type : QueueQuery::Order::TypeDescending;
    if (column == RequestQueueModel::RegulationColumn)
        return ascending ? QueueQuery::Order::Regulation : QueueQuery::Order::RegulationDescending;
    return std::nullopt;
}

bool MainWindow::sortNeedsEveryRow() const
{
    if (m_model->sortColumn() < 0)
        return false;
    return serverOrderOfSort() != m_loader->order();
}

void MainWindow::sortChanged()
{
    const auto wanted = serverOrderOfSort();
    // The rest still to be read, in an order the server can read it in and the loader does not: read again
    // in it (keeping the rows shown until the first page arrives), unless the stored due dates are stale.
    if (m_store && m_loader->hasMore() && wanted && *wanted != m_loader->order() &&
        !(QueueQuery::isUrgency(*wanted) && m_dueKeysStale) &&
        !(QueueQuery::isSortKey(*wanted) && m_sortKeysMissing)) {
        reloadQueue(true);
        return;
    }
    readRestForSort();
    updateCounts();
}

void MainWindow::recomputeDueKeys()
{
    if (!m_store || m_dueJob.isWorking())
        return;
    const ConnectionParams params = m_store->params();
    const QDate day = today();
    statusBar()->showMessage(tr("Bringing the stored due dates up to date…"));
    m_dueJob.start(
        [params, day](const JobContext& job) -> Result<qint64> {
            SqlConnection conn;
            if (Status s = conn.openExisting(params); !s)
                return s.error();
            return DueKeys::recompute(conn.db(), day, 5000, job.stopToken());
        },
        [this](const Result<qint64>& n) {
            if (!n) {
                if (!lostConnection(n.error()))
                    m_message->show(MessageBar::Kind::Warning,
                                    tr("The stored due dates could not be brought up to date; the queue is "
                                       "read whole to sort it by days left: %1")
                                        .arg(n.error().message));
                return;
            }
            m_dueKeysStale = false;
            statusBar()->showMessage(tr("Stored due dates brought up to date (%Ln request(s)).", nullptr,
                                        int(std::min<qint64>(*n, INT_MAX))),
                                     5000);
            // Read again in the urgency order, unless every match is held already.
            const auto wanted = serverOrderOfSort();
            if (wanted && QueueQuery::isUrgency(*wanted) && *wanted != m_loader->order() &&
                (m_loader->hasMore() || m_loader->isRunning()))
                reloadQueue(true);
        });
}

void MainWindow::fillSortKeys()
{
    if (!m_store || m_sortJob.isWorking())
        return;
    const ConnectionParams params = m_store->params();
    statusBar()->showMessage(tr("Storing each request's place by subject and assignee…"));
    m_sortJob.start(
        [params](const JobContext& job) -> Result<qint64> {
            SqlConnection conn;
            if (Status s = conn.openExisting(params); !s)
                return s.error();
            return SortKeys::fill(conn.db(), 5000, job.stopToken());
        },
        [this](const Result<qint64>& n) {
            if (!n) {
                if (!lostConnection(n.error())) {
                    m_sortFillRefused = n.error().code != Error::Code::Cancelled;
                    m_message->show(MessageBar::Kind::Warning,
                                    tr("The queue's order by subject and assignee could not be stored; the "
                                       "queue is read whole to sort it by those columns until the "
                                       "workspace is opened again: %1")
                                        .arg(n.error().message));
                }
                return;
            }
            m_sortKeysMissing = false;
            statusBar()->showMessage(tr("Stored the place by subject and assignee of %Ln request(s).",
                                        nullptr, int(std::min<qint64>(*n, INT_MAX))),
                                     5000);
            // Read again in that order, unless every match is held already.
            const auto wanted = serverOrderOfSort();
            if (wanted && QueueQuery::isSortKey(*wanted) && *wanted != m_loader->order() &&
                (m_loader->hasMore() || m_loader->isRunning()))
                reloadQueue(true);
        });
}

void MainWindow::readRestForSort()
{
    if (m_loadingStopped || !m_loader->hasMore() || m_loader->isRunning() || !sortNeedsEveryRow())
        return;
    if (!m_loader->fetchMore())
        return;
    m_progress->setFormat(
        tr("Reading every match to sort them… %Ln request(s)", nullptr, m_model->totalCount()));
    m_progress->show();
    m_stopLoading->show();
}

void MainWindow::refreshCounts()
{
    if (!m_store)
        return;
    const ConnectionParams params = m_store->params();
    const QueueFilter filter = m_model->filter();
    m_countJob.start(
        [params, filter](const JobContext&) -> Result<QueueQuery::Counts> {
            SqlConnection conn;
            if (Status s = conn.openExisting(params); !s)
                return s.error();
            return QueueQuery::counts(conn.db(), filter);
        },
        [this](const Result<QueueQuery::Counts>& c) {
            // The counts shown stay; the next change or reload counts again (after reconnecting: the reload).
            if (!c) {
                lostConnection(c.error());
                return;
            }
            m_matching = c->matching;
            m_total = c->total;
            m_filterBar->setAssignees(c->assignees);
            updateCounts();
        });
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
        // A lost connection leaves the request shown as it was read last.
        if (!lostConnection(r.error()))
            m_detail->clear();
        return;
    }
    auto history = m_store->audit().events(r->humanId);
    m_detail->showRequest(*r, history ? *history : QList<AuditEvent>{}, today());
    auto tasks = m_store->tasks(r->humanId);
    if (!tasks && !lostConnection(tasks.error()))
        m_message->show(MessageBar::Kind::Error, tasks.error().message);
    m_detail->showTasks(tasks ? *tasks : QList<ManualTask>{});
}

void MainWindow::updateActions()
{
    // What the actions said before the connection was lost.
    if (!m_connectionLost) {
        for (QAction* a : findChildren<QAction*>()) {
            const QVariant before = a->property("lethe.toolTipConnected");
            if (before.isValid()) {
                a->setToolTip(before.toString());
                a->setProperty("lethe.toolTipConnected", QVariant());
            }
        }
    }
    const bool open = m_store != nullptr;
    m_newRequest->setEnabled(open);
    m_reload->setEnabled(open);
    m_verify->setEnabled(open && !m_verifyJob.isWorking());
    m_connections->setEnabled(open && !m_workspaceFolder.isEmpty());
    m_deadlineSettings->setEnabled(open);
    m_reports->setEnabled(open);
    m_officerKey->setEnabled(open);
    const RequestSummary* s = nullptr;
    const QModelIndex current = m_view ? m_view->selectionModel()->currentIndex() : QModelIndex();
    if (open && current.isValid())
        s = m_model->summaryAt(current.row());
    const bool closed = s && StateMachine::isFinal(s->status);
    m_transition->setEnabled(s && !closed);
    m_extend->setEnabled(s && !closed && !s->extended && Deadlines::allowsExtension(s->regulation, s->type));
    m_fee->setEnabled(s != nullptr);
    m_note->setEnabled(s != nullptr);
    // Any workspace: on one person's own, take next and assign work the same, with the OS login as the actor.
    const bool teamBusy = m_teamJob.isWorking();
    m_takeNext->setEnabled(open && !teamBusy);
    m_takeNext->setToolTip(teamBusy ? tr("Wait until the request being taken or handed on is saved.")
                                    : tr("Take the longest-waiting open request nobody has (%1)")
                                          .arg(m_takeNext->shortcut().toString(QKeySequence::NativeText)));
    const QString handOn = !s         ? tr("Select a request first.")
                           : closed   ? tr("%1 is closed and is no longer handed on.").arg(s->humanId)
                           : teamBusy ? tr("Wait until the request being taken or handed on is saved.")
                                      : QString();
    m_assign->setEnabled(handOn.isEmpty());
    m_escalate->setEnabled(handOn.isEmpty());
    m_assign->setToolTip(!handOn.isEmpty()
                             ? handOn
                             : tr("Hand the request on to someone else, with a reason (%1)")
                                   .arg(m_assign->shortcut().toString(QKeySequence::NativeText)));
    m_escalate->setToolTip(!handOn.isEmpty()
                               ? handOn
                               : tr("Escalate the request to an officer, with a reason (%1)")
                                     .arg(m_escalate->shortcut().toString(QKeySequence::NativeText)));
    m_completeTask->setEnabled(s != nullptr && m_detail &&
                               m_detail->taskList()->selectedOpenTask() != nullptr);
    m_previewAction->setEnabled(s != nullptr);
    m_erase->setEnabled(s != nullptr);
    m_approve->setEnabled(s != nullptr);
    m_approve->setToolTip(
        !s ? tr("Select a request first.")
           : tr("Approve, as the second officer, an erasure plan of %1 that waits for approval (%2)")
                 .arg(s->humanId, m_approve->shortcut().toString(QKeySequence::NativeText)));
    const Status exportable = s ? BundleExporter::mayExport(s->type, s->status, s->humanId) : Status();
    m_export->setEnabled(s && exportable);
    m_export->setToolTip(s && !exportable
                             ? exportable.error().message
                             : tr("Export the request's signed bundle for the subject (%1)")
                                   .arg(m_export->shortcut().toString(QKeySequence::NativeText)));
    m_preview->setRunEnabled(s != nullptr && !m_runner->isRunning());
    if (m_connectionLost) {
        // Nothing that writes while the workspace cannot be reached: changes typed in an open dialog wait
        // there.
        const QString why =
            tr("The connection to the workspace is lost: this is possible again once it is back.");
        for (QAction* a :
             {m_newRequest, m_transition, m_extend, m_fee, m_note, m_completeTask, m_takeNext, m_assign,
              m_escalate, m_previewAction, m_erase, m_export, m_deadlineSettings, m_approve, m_officerKey}) {
            if (!a->property("lethe.toolTipConnected").isValid())
                a->setProperty("lethe.toolTipConnected", a->toolTip());
            a->setEnabled(false);
            a->setToolTip(why);
        }
        m_preview->setRunEnabled(false);
    }
}

RunnerWorkspace MainWindow::runnerWorkspace() const
{
    RunnerWorkspace ws;
    ws.name = m_workspaceName;
    ws.folder = m_workspaceFolder;
    ws.store = m_store->params();
    ws.actor = m_store->actor();
    ws.clock = m_clock;
    ws.headSigner = m_store->headSigner();
    ws.heldSession = m_heldSession;
    return ws;
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
        // A read that met a lost connection: the banner and its retries, and read again once back.
        connect(m_reportsWindow, &ReportsWindow::workspaceConnectionLost, this,
                [this](const QString& reason) {
                    lostConnection(makeError(Error::Code::ConnectionLost, reason));
                });
        connect(this, &MainWindow::reconnected, m_reportsWindow, &ReportsWindow::connectionRestored);
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

} // namespace lethe
