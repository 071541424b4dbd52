#pragma once

#include "ErasurePlan.h"
#include "Job.h"
#include "Request.h"
#include "RunnerWorkspace.h"
#include "SecretResolver.h"
#include "WorkspaceStore.h"

#include <QJsonObject>
#include <QObject>

namespace lethe {

class CredentialStore;

// The erasure of one request for the GUI, never blocking its thread: ErasureService on a worker thread.
// Source passwords, processor secrets and the workspace's keyed-hash key are read from the keychain first
// (asynchronously; the key is made on first use, WorkspaceKeys), then the service runs on a worker thread
// with its own workspace store and connections. plan() shows what would happen; run() starts the plan that
// was shown (ErasureService::start: same digest, roles, verified request, four eyes, manual tasks) and
// executes it; resume() finishes a run that was stopped. cancel() stops planning at the next query and a
// run between two batches (the run stays resumable).
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
    // Just before failed(): the connection to the workspace was lost (Error::Code::ConnectionLost). A run
    // that had started stays resumable from its journal.
    void connectionLost();

private:
    enum class Step
    {
        Plan,
        Run,
        Resume
    };
    struct Order
    {
        Step step = Step::Plan;
        Request request;
        QString digest;
        bool confirmPhoneMatches = false;
        qint64 runId = 0;
    };
    void begin(const Order& order, const QList<DataMap>& maps);
    void readKey(const JobContext& job, const Order& order, const ResolvedSystems& resolved);
    void launch(const JobContext& job, const Order& order, const ResolvedSystems& resolved,
                const QByteArray& key);

    CredentialStore* m_credentials;
    Workspace m_workspace;
    bool m_running = false;
    JobSlot m_jobs{this}; // last: waits for the runs still finishing their current query or batch
};

} // namespace lethe

Q_DECLARE_METATYPE(lethe::ErasurePlan)
