#include "ErasureRunner.h"

#include "CredentialStore.h"
#include "ErasureService.h"
#include "WorkspaceKeys.h"

#include <QPointer>

namespace lethe {

ErasureRunner::ErasureRunner(CredentialStore* credentials, Workspace workspace, QObject* parent)
    : QObject(parent), m_credentials(credentials), m_workspace(std::move(workspace))
{
    qRegisterMetaType<lethe::ErasurePlan>();
}

// A run stops at its next safe point (between two batches) and stays resumable; m_jobs waits for it, so no
// work outlives its object.
ErasureRunner::~ErasureRunner() = default;

void ErasureRunner::cancel()
{
    if (!m_running)
        return;
    if (m_jobs.isWorking()) {
        // The worker stops at its next query or batch and says so through failed(…, true).
        m_jobs.stop();
        return;
    }
    // Still reading the keychain: nothing has started.
    m_jobs.abandon();
    m_running = false;
    Q_EMIT failed(tr("Cancelled."), true);
}

void ErasureRunner::plan(const Request& request, const QList<DataMap>& maps, bool confirmPhoneMatches)
{
    Order o;
    o.step = Step::Plan;
    o.request = request;
    o.confirmPhoneMatches = confirmPhoneMatches;
    begin(o, maps);
}

void ErasureRunner::run(const Request& request, const QList<DataMap>& maps, const QString& digest,
                        bool confirmPhoneMatches)
{
    Order o;
    o.step = Step::Run;
    o.request = request;
    o.digest = digest;
    o.confirmPhoneMatches = confirmPhoneMatches;
    begin(o, maps);
}

void ErasureRunner::resume(qint64 runId, const QList<DataMap>& maps)
{
    Order o;
    o.step = Step::Resume;
    o.runId = runId;
    begin(o, maps);
}

void ErasureRunner::begin(const Order& order, const QList<DataMap>& maps)
{
    // A new job supersedes the one under way: it is told to stop, and its results are dropped.
    const JobContext job = m_jobs.next();
    m_running = true;
    QPointer<ErasureRunner> self(this);
    SecretResolver::resolve(
        m_credentials, maps, m_workspace.folder, [job] { return job.isCurrent(); },
        [self, job, order](const ResolvedSystems& resolved) {
            if (order.step == Step::Plan)
                self->launch(job, order, resolved, {});
            else
                self->readKey(job, order, resolved);
        });
}

void ErasureRunner::readKey(const JobContext& job, const Order& order, const ResolvedSystems& resolved)
{
    // The workspace's key for keyed hashes, made on first use and kept in the keychain only.
    WorkspaceKeys::hmacKey(
        m_credentials, m_workspace.name, [this, job, order, resolved](Result<QByteArray> key) {
            if (!key) {
                const QString message =
                    tr("The erasure's keyed-hash key is not available: %1").arg(key.error().message);
                return job.post([this, message] {
                    m_running = false;
                    Q_EMIT failed(message, false);
                });
            }
            const QByteArray k = *key;
            job.post([this, job, order, resolved, k] { launch(job, order, resolved, k); });
        });
}

namespace {

QDate todayOf(const WorkspaceStore::Clock& clock)
{
    return clock ? clock().toLocalTime().date() : QDate::currentDate();
}

} // namespace

void ErasureRunner::launch(const JobContext& prepared, const Order& order, const ResolvedSystems& resolved,
                           const QByteArray& key)
{
    const Workspace ws = m_workspace;
    // `this` is used only in what is posted back to this object's thread.
    m_jobs.run(prepared, [this, order, resolved, key, ws](const JobContext& job) {
        const std::stop_token stop = job.stopToken();
        auto fail = [this, job](const Error& e) {
            const QString message = e.message;
            const bool stopped = e.code == Error::Code::Cancelled;
            const bool lost = e.code == Error::Code::ConnectionLost;
            job.post([this, message, stopped, lost] {
                m_running = false;
                if (lost)
                    Q_EMIT connectionLost();
                Q_EMIT failed(message, stopped);
            });
        };
        const ErasureService service(resolved.systems());
        const ErasureService::Progress planning = [this, job](const QString& step) {
            job.post([this, step] { Q_EMIT this->planning(step); });
        };
        if (order.step == Step::Plan) {
            auto plan =
                service.plan(order.request, todayOf(ws.clock), order.confirmPhoneMatches, stop, planning);
            if (!plan)
                return fail(plan.error());
            // Processors the maps name but that could not be reached are not in the plan: it says so.
            const ErasurePlan p = *plan;
            const QStringList unreachable = resolved.processorProblems;
            job.post([this, p, unreachable] {
                m_running = false;
                Q_EMIT planned(p, unreachable);
            });
            return;
        }

        // Running: this thread's own store, so every write and its audit event happen here.
        auto opened = ws.openStore();
        if (!opened)
            return fail(opened.error());
        WorkspaceStore& store = **opened;
        auto run = order.step == Step::Run
                       ? service.start(store, order.request.humanId, order.digest, todayOf(ws.clock),
                                       order.confirmPhoneMatches, stop, planning)
                       : ErasureService::resume(store, order.runId);
        if (!run)
            return fail(run.error());
        const qint64 runId = run->id;
        const QString requestId = run->plan.requestId;
        job.post([this, runId, requestId] { Q_EMIT started(runId, requestId); });

        ErasureExecutor::Options xo;
        xo.batchSize = ws.batchSize;
        xo.hmacKey = key;
        xo.stop = stop;
        xo.progress = [this, job](qint64 done, qint64 total, const QString& step) {
            job.post([this, done, total, step] { Q_EMIT progress(done, total, step); });
        };
        auto report = service.execute(store, *run, xo);
        if (!report)
            return fail(report.error());
        const QJsonObject r = *report;
        job.post([this, r] {
            m_running = false;
            Q_EMIT finished(r);
        });
    });
}

} // namespace lethe
