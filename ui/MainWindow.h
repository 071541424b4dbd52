#pragma once

#include "AuditLog.h"
#include "HeldItems.h"
#include "Job.h"
#include "PreviewService.h"
#include "QueueQuery.h"
#include "Reconnector.h"
#include "Request.h"
#include "RunnerWorkspace.h"
#include "ValidatedDialog.h"
#include "WorkspaceStore.h"

#include <QHash>
#include <QJsonObject>
#include <QMainWindow>
#include <QPointer>
#include <QSet>

#include <atomic>
#include <memory>
#include <optional>

class QLabel;
class QProgressBar;
class QTableView;
class QTabWidget;
class QToolButton;

namespace lethe {

class BundleViewer;
class CredentialStore;
class ErasureWizard;
class PreviewPane;
class PreviewRunner;
class MessageBar;
class QueueFilterBar;
class QueueLoader;
class ReportsWindow;
class RequestDetailPane;
class RequestQueueModel;

class MainWindow : public QMainWindow
{
    Q_OBJECT
    Q_MOC_INCLUDE("ErasureWizard.h")
public:
    explicit MainWindow(CredentialStore* credentials, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens a workspace (name or folder) without blocking; workspaceOpened or a message follows.
    void openWorkspace(const QString& nameOrPath);
    // Fixes "now" (tests, reproducing a day's queue); default: the system clock.
    void setClock(WorkspaceStore::Clock clock) { m_clock = std::move(clock); }

    RequestQueueModel* model() const { return m_model; }
    WorkspaceStore* store() const { return m_store.get(); }
    MessageBar* messageBar() const { return m_message; }
    // A lost connection to the workspace (MainWindowConnection.cpp, docs/team.md): the banner at the top of
    // the window, the schedule of its bounded retries (default Reconnector::defaultSchedule()), and whether
    // the window is waiting for the connection to come back.
    MessageBar* connectionBar() const { return m_connectionBar; }
    void setReconnectSchedule(Reconnector::Schedule schedule);
    bool isConnectionLost() const { return m_connectionLost; }
    QString selectedId() const;
    bool selectRequest(const QString& humanId);
    // Opens an export bundle in a viewer window of its own (no workspace needed).
    BundleViewer* openBundle(const QString& path);

Q_SIGNALS:
    void workspaceOpened(const QString& name);
    void queueLoaded(qint64 count);
    void requestChanged(const QString& humanId);
    // Requests changed at another desk of a team workspace, now shown as they are.
    void remoteChangesShown(const QStringList& humanIds);
    // Take next, assign or escalate (MainWindowTeam.cpp) has finished: the request it changed, or empty when
    // it failed or none was waiting.
    void teamActionFinished(const QString& humanId);
    void auditVerified(bool ok);
    // The connection to the workspace was found lost: the banner shows, actions that write are disabled.
    void connectionLost();
    // It is back: the queue is read again, changes kept while it was lost are settled, actions enabled.
    void reconnected();
    // A change kept while the connection was lost was settled: saved now, found saved before, or refused.
    void pendingChangeSettled(const QString& humanId);
    // What a lost connection left held by a window or program that has gone (HeldItems) was read as this
    // workspace opened (or once its connection was back) and settled: what the person was told, one line
    // each.
    void heldItemsSettled(const QStringList& told);
    void previewFinished(qint64 rows);
    void erasureWizardOpened(lethe::ErasureWizard* wizard);
    // A second officer approved an erasure plan here (Request › Approve Erasure Plan…, or from the wizard).
    void erasurePlanApproved(const QString& humanId, const QString& digest);

protected:
    void closeEvent(QCloseEvent* event) override;
    // A bundle dropped on the window opens in the viewer.
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    // A socket of this thread woke: the workspace connection's is checked after (MainWindowConnection.cpp).
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void createActions();
    void createMenus();
    void createLayout();
    // Reads the queue of the current filter from the server. keepShown: what is shown stays (filtered in
    // memory already) until the server's first chunk replaces it, so a new filter never blanks the queue.
    void reloadQueue(bool keepShown = false);
    // A team workspace (docs/team.md): rows changed at other desks are reloaded as the server announces them.
    void watchQueue();
    void showRemoteChanges();
    void cancelLoading();
    void showSelected();
    void updateActions();
    void updateCounts();
    // The order the server can read pages in for the queue's sort: the received date ascending, days left
    // and the due date (DueKeys, either direction); none for the other columns.
    std::optional<QueueQuery::Order> serverOrderOfSort() const;
    // Whether the queue's sort is not the order the loader reads pages in (another column; days left while
    // the stored due dates are stale): then every matching request must be held for the order to be true.
    bool sortNeedsEveryRow() const;
    // The sort changed: read again in the server's order for it when the rest is still to be read, else
    // read every match (readRestForSort).
    void sortChanged();
    // Brings the stored due dates up to date (DueKeys::recompute) on a worker thread, then reads the queue
    // again in the urgency order when it is sorted so.
    void recomputeDueKeys();
    void fillSortKeys();
    // Reads the next page at once when the sort needs every row, unless the person stopped loading.
    void readRestForSort();
    // Counts again in the server (how many match, how many there are, who has requests) after a change: on a
    // worker thread, the newest request superseding an older one.
    void refreshCounts();
    // A change's outcome: the request shown as saved, or the error; a conflict with another desk's change
    // (Error::Code::Conflict) also reads request `humanId` again, so what is shown is what is stored.
    void afterChange(const Result<Request>& r, const QString& done, const QString& humanId = {});
    void reloadRequest(const QString& humanId);
    Result<Request> selectedRequest() const;
    QDate today() const;

    void newRequest();
    void transitionRequest();
    void extendRequest();
    void recordFee();
    void addNote();
    // Working together (MainWindowTeam.cpp), each on a worker thread with a store of its own.
    void takeNextRequest();
    void assignRequest(bool escalation);
    void completeTask(qint64 taskId);
    void recordPreview();
    void verifyAudit();
    void chooseWorkspace();
    void newWorkspace();
    void createDemoWorkspace();
    void about();
    void runPreview();
    void eraseSubject();
    void exportBundle();
    void offerResume();
    ErasureWizard* openErasureWizard();
    // Request › Approve Erasure Plan… (MainWindowErasure.cpp): the selected request's plan waiting for a
    // second officer, in ApprovalDialog.
    void approveErasurePlan();
    // An approval dialog (the menu's or the wizard's) closed while its approval was held: its fate is read
    // once the connection allows and said.
    void approvalClosedWhileHeld(const QString& requestId, const QString& digest);
    // Workspace › Officer Key… (MainWindowTeam.cpp): OfficerKeyDialog; a key registered there signs what this
    // window's store writes from then on.
    void openOfficerKey();
    void officerKeyRegistered(const MinisignKey& key);
    // The workspace's yearly metrics in a window of its own (one; opening it again brings it up, re-read).
    ReportsWindow* openReports();
    RunnerWorkspace runnerWorkspace() const;

    // A lost connection (MainWindowConnection.cpp). lostConnection: `e` is one (Error::Code::ConnectionLost):
    // the banner, the retries; true then.
    bool lostConnection(const Error& e);
    void onReconnected();
    void showConnectionState(int attempt, int attempts);
    // The server's notification socket woke the driver without a notification: the server may have closed
    // the connection; a `SELECT 1` says.
    void checkConnection();
    // A change to send, kept with what was typed while the connection is lost and sent at most once after.
    struct PendingChange
    {
        SentChange change;
        std::function<Result<Request>(WorkspaceStore&)> send;
        std::function<QString(const Request&)> done; // the message when it was saved
        QString conflictId;                          // the request read again after a conflict
        QPointer<ValidatedDialog> dialog;            // held open with what was typed until settled
        bool sent = false;                           // it reached the server, perhaps: its fate is read
        bool withdrawn = false;                      // its dialog was cancelled: only its fate is told
        // A change that is not one request's (the deadline settings): whether it was saved, read from the
        // store in place of WorkspaceStore::fateOf, and what settling it shows in place of afterChange.
        std::function<Result<ChangeFate>(WorkspaceStore&)> fate;
        std::function<void(const Result<Request>&, bool alreadyApplied)> settled;
        // A withdrawn change that is not one request's edit (an approval, an officer key): told its fate, as
        // read (or why it could not be), in place of the window's own words.
        std::function<void(const Result<ChangeFate>&)> told;
    };
    // A dialog was closed while its change was held, sent and its answer lost: its fate is read once the
    // connection allows (settlePending) and `told`; meanwhile the message bar says it is not known yet.
    void withdrawHeld(const QString& humanId, const QString& unknownYet,
                      std::function<Result<ChangeFate>(WorkspaceStore&)> fate,
                      std::function<void(const Result<ChangeFate>&)> told);
    // Sends `change` now (true: settled, its dialog may close), or keeps it (false) when the connection is
    // lost: the dialog stays open, held, with its text.
    bool sendChange(ValidatedDialog* dialog, PendingChange change);
    void settle(const PendingChange& change, const Result<Request>& r, bool alreadyApplied);
    void settlePending();
    // The exports, approvals and officer keys a lost connection left held by a window or program that has
    // gone (HeldItems::orphaned): each one's fate read by its id and settled, and said in the message bar.
    void settleHeldItems();
    // Written down: what this window holds (HeldItems) if it is closed before it is settled.
    void holdItem(HeldItems::Kind kind, const QString& id, const QString& requestId);
    void forgetItem(HeldItems::Kind kind, const QString& id);
    // The deadline settings (Tools › Deadline Settings…), sent as a change held on a lost connection.
    void editDeadlineSettings();

    CredentialStore* m_credentials;
    WorkspaceStore::Clock m_clock;
    std::unique_ptr<WorkspaceStore> m_store;
    QString m_workspaceName;

    RequestQueueModel* m_model;
    QueueLoader* m_loader;
    QSet<QString> m_remoteChanged;
    // The version of each request as this window's own last change left it: a notification for it that finds
    // it still so is this window's own change, made on a worker's connection, and not another desk's.
    QHash<QString, qint64> m_ownVersions;
    QTimer* m_remoteTimer = nullptr;
    QueueFilterBar* m_filterBar;
    QTableView* m_view;
    RequestDetailPane* m_detail;
    PreviewPane* m_preview;
    PreviewRunner* m_runner;
    QTabWidget* m_tabs;
    QString m_workspaceFolder;
    QString m_previewRequest;    // whose data the preview pane shows
    PreviewTally m_previewTally; // what the preview's audit records, gathered from its dossiers
    MessageBar* m_message;
    MessageBar* m_connectionBar;
    Reconnector* m_reconnector;
    bool m_connectionLost = false;
    QList<PendingChange> m_pending;
    bool m_watchingSockets = false; // the application's socket events are watched (eventFilter)
    bool m_checkQueued = false;     // checkConnection() is queued
    QString m_reselectAfterLoad;    // the request selected before the queue was read again on reconnecting
    bool m_verifyAfterReconnect = false; // the audit check met the lost connection: run again once it is back
    bool m_offerResumeAfterReconnect = false; // reading the erasures to resume met a lost connection
    bool m_settleHeldAfterReconnect = false;  // settling what was held met a lost connection
    // This window's name in HeldItems: what it holds is released for the next opening when it closes or
    // opens another workspace.
    const QString m_heldSession = HeldItems::newSession();
    QLabel* m_counts;
    QProgressBar* m_progress;
    QToolButton* m_stopLoading;
    QDate m_shownDay;
    // The server's counts for the filter of the queue shown (QueueQuery::counts); -1 until they arrive.
    qint64 m_matching = -1;
    qint64 m_total = -1;
    QString m_keepSelected;          // the request to select again when the queue of a new filter has arrived
    bool m_replaceShown = false;     // the loader's next chunk replaces the rows shown (reloadQueue(true))
    bool m_firstPagePending = false; // the loader's next page is the first of a new read (reloadQueue)
    bool m_loadingStopped = false;   // Stop pressed: no page is read for the sort until the next read
    bool m_sortKeysMissing =
        false; // some subject or assignee key is not stored (QueueLoader::sortKeysMissing)
    bool m_sortFillRefused = false; // storing them failed (not lost): not tried again until reopened
    bool m_dueKeysStale = false;    // the stored due dates are not this Lethe's (QueueLoader::dueKeysStale)

    QAction* m_newRequest = nullptr;
    QAction* m_transition = nullptr;
    QAction* m_extend = nullptr;
    QAction* m_fee = nullptr;
    QAction* m_note = nullptr;
    QAction* m_completeTask = nullptr;
    QAction* m_takeNext = nullptr;
    QAction* m_assign = nullptr;
    QAction* m_escalate = nullptr;
    QAction* m_find = nullptr;
    QAction* m_reload = nullptr;
    QAction* m_verify = nullptr;
    QAction* m_openWorkspace = nullptr;
    QAction* m_openBundle = nullptr;
    QAction* m_discoverMap = nullptr;
    QAction* m_connections = nullptr;
    QAction* m_deadlineSettings = nullptr;
    QAction* m_reports = nullptr;
    QPointer<ReportsWindow> m_reportsWindow;
    QAction* m_newWorkspace = nullptr;
    QAction* m_demoWorkspace = nullptr;
    QAction* m_quit = nullptr;
    QAction* m_previewAction = nullptr;
    QAction* m_erase = nullptr;
    QAction* m_approve = nullptr;
    QAction* m_officerKey = nullptr;
    QAction* m_export = nullptr;
    // Last, so the window's destruction stops and waits for them before anything else goes.
    JobSlot m_verifyJob{this}; // verifying the audit log, while it runs
    JobSlot m_demoJob{this};   // building the demo workspace, while it runs
    JobSlot m_teamJob{this};   // take next, assign or escalate, while it runs
    JobSlot m_remoteJob{this}; // reading requests changed at other desks
    JobSlot m_countJob{this};  // counting the queue again after a change
    JobSlot m_dueJob{this};    // storing the due dates again (DueKeys::recompute)
    JobSlot m_sortJob{this};   // storing the subject and assignee keys (SortKeys::fill)
};

} // namespace lethe
