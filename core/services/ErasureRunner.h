#pragma once

#include "RetiredThreads.h"

#include "ErasurePlan.h"
#include "Request.h"
#include "RunnerWorkspace.h"
#include "SecretResolver.h"
#include "WorkspaceStore.h"

#include <QJsonObject>
#include <QObject>

#include <atomic>
#include <memory>

class QThread;

namespace lethe {

class CredentialStore;

// The erasure of one request for the GUI, never blocking its thread: source passwords, processor secrets and
// the workspace's keyed-hash key are read from the keychain first (asynchronously; the key is made on first
// use, WorkspaceKeys), then the planner or the executor runs on a worker thread with its own workspace
// store and connections. plan() shows what would happen; run() makes the plan again, refuses it unless it is
// the plan that was shown (same digest, see ErasurePlanner::checkUnchanged), stores it, starts it through
// ErasureStore (roles, verified request, four eyes) and executes it; resume() finishes a run that was
// stopped. cancel() stops planning at the next query and a run between two batches (the run stays
// resumable).
class ErasureRunner : public QObject
{
    Q_OBJECT
public:
    using Workspace = RunnerWorkspace;

    ErasureRunner(CredentialStore* credentials, Workspace workspace, QObject* parent = nullptr);
    ~ErasureRunner() override;

    void plan(const Request& request, const QList<DataMap>& maps, bool confirmPhoneMatches);
    void run(const Request& request, const QList<DataMap>& maps, const QString& digest,
             bool confirmPhoneMatches);
    void resume(qint64 runId, const QList<DataMap>& maps);
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    // Planning: what it is doing now (a system's search, its processors).
    void planning(const QString& step);
    // `notReached`: processors the maps name that are not in the plan (no connection, no secret): a person
    // must see to them.
    void planned(const lethe::ErasurePlan& plan, const QStringList& notReached);
    // The run is marked running (erasure.start or erasure.resume audited): from here on, a stop leaves a
    // resumable run.
    void started(qint64 runId, const QString& requestId);
    // done and total count rows and processor records.
    void progress(qint64 done, qint64 total, const QString& step);
    void finished(const QJsonObject& report);
    // `cancelled`: stopped by cancel() (a started run is then resumable).
    void failed(const QString& message, bool cancelled);

private:
    enum class Job
    {
        Plan,
        Run,
        Resume
    };
    struct Order
    {
        Job job = Job::Plan;
        Request request;
        QString digest;
        bool confirmPhoneMatches = false;
        qint64 runId = 0;
    };
    void begin(const Order& order, const QList<DataMap>& maps);
    void readKey(const Order& order, const ResolvedSystems& resolved);
    void launch(const Order& order, const ResolvedSystems& resolved, const QByteArray& key);
    void retire();

    CredentialStore* m_credentials;
    Workspace m_workspace;
    quint64 m_generation = 0;
    bool m_running = false;
    QThread* m_thread = nullptr;
    RetiredThreads m_retired; // superseded runs still finishing their current query or batch
    std::shared_ptr<std::atomic<bool>> m_cancel;
};

} // namespace lethe

Q_DECLARE_METATYPE(lethe::ErasurePlan)
