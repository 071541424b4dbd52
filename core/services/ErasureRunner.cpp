#include "ErasureRunner.h"

#include "CredentialStore.h"
#include "CurrentRun.h"
#include "ErasureExecutor.h"
#include "ErasureStore.h"
#include "WorkspaceKeys.h"

#include <QJsonDocument>
#include <QPointer>
#include <QThread>

namespace lethe {

ErasureRunner::ErasureRunner(CredentialStore* credentials, Workspace workspace, QObject* parent)
    : QObject(parent), m_credentials(credentials), m_workspace(std::move(workspace))
{
    qRegisterMetaType<lethe::ErasurePlan>();
}

ErasureRunner::~ErasureRunner()
{
    // A run stops at its next safe point (between two batches) and stays resumable; wait for it, so no thread
    // outlives its object.
    ++m_generation;
    if (m_cancel)
        m_cancel->store(true);
    m_retired.waitForAll(m_thread);
}

void ErasureRunner::retire()
{
    m_retired.retire(this, m_thread);
}

void ErasureRunner::cancel()
{
    if (!m_running)
        return;
    if (m_thread && m_cancel) {
        // The worker stops at its next query or batch and says so through failed(…, true).
        m_cancel->store(true);
        return;
    }
    // Still reading the keychain: nothing has started.
    ++m_generation;
    m_running = false;
    Q_EMIT failed(tr("Cancelled."), true);
}

void ErasureRunner::plan(const Request& request, const QList<DataMap>& maps, bool confirmPhoneMatches)
{
    Order o;
    o.job = Job::Plan;
    o.request = request;
    o.confirmPhoneMatches = confirmPhoneMatches;
    begin(o, maps);
}

void ErasureRunner::run(const Request& request, const QList<DataMap>& maps, const QString& digest,
                        bool confirmPhoneMatches)
{
    Order o;
    o.job = Job::Run;
    o.request = request;
    o.digest = digest;
    o.confirmPhoneMatches = confirmPhoneMatches;
    begin(o, maps);
}

void ErasureRunner::resume(qint64 runId, const QList<DataMap>& maps)
{
    Order o;
    o.job = Job::Resume;
    o.runId = runId;
    begin(o, maps);
}

void ErasureRunner::begin(const Order& order, const QList<DataMap>& maps)
{
    // A new job supersedes the one under way: it is told to stop, and its results are dropped.
    ++m_generation;
    if (m_cancel)
        m_cancel->store(true);
    m_cancel.reset();
    retire();
    m_running = true;
    QPointer<ErasureRunner> self(this);
    const quint64 run = m_generation;
    SecretResolver::resolve(
        m_credentials, maps, m_workspace.folder, [self, run] { return self && self->m_generation == run; },
        [self, order](const ResolvedSystems& resolved) {
            if (order.job == Job::Plan)
                self->launch(order, resolved, {});
            else
                self->readKey(order, resolved);
        });
}

void ErasureRunner::readKey(const Order& order, const ResolvedSystems& resolved)
{
    // The workspace's key for keyed hashes, made on first use and kept in the keychain only.
    const auto post = currentRunPoster(this, &ErasureRunner::m_generation);
    WorkspaceKeys::hmacKey(m_credentials, m_workspace.name, [post, order, resolved](Result<QByteArray> key) {
        if (!key) {
            const QString message =
                tr("The erasure's keyed-hash key is not available: %1").arg(key.error().message);
            return post([message](ErasureRunner* self) {
                self->m_running = false;
                Q_EMIT self->failed(message, false);
            });
        }
        const QByteArray k = *key;
        post([order, resolved, k](ErasureRunner* self) { self->launch(order, resolved, k); });
    });
}

namespace {

QDate todayOf(const WorkspaceStore::Clock& clock)
{
    return clock ? clock().toLocalTime().date() : QDate::currentDate();
}

} // namespace

void ErasureRunner::launch(const Order& order, const ResolvedSystems& resolved, const QByteArray& key)
{
    auto cancelled = std::make_shared<std::atomic<bool>>(false);
    m_cancel = cancelled;
    const auto post = currentRunPoster(this, &ErasureRunner::m_generation);
    const Workspace ws = m_workspace;
    m_thread = QThread::create([order, resolved, key, ws, cancelled, post] {
        auto fail = [post](const Error& e) {
            const QString message = e.message;
            const bool stopped = e.code == Error::Code::Cancelled;
            post([message, stopped](ErasureRunner* self) {
                self->m_running = false;
                Q_EMIT self->failed(message, stopped);
            });
        };
        QList<ErasurePlanner::SystemInput> planSystems;
        QList<ErasureExecutor::SystemInput> execSystems;
        for (const ResolvedSystem& s : resolved.systems()) {
            planSystems << ErasurePlanner::SystemInput{s.map, s.connections, s.sourceProblems, s.processors,
                                                       s.manual};
            execSystems << ErasureExecutor::SystemInput{s.map, s.connections, s.processors};
        }
        auto makePlan = [&](const Request& request, bool confirm) {
            ErasurePlanner::Input in;
            in.request = request;
            in.systems = planSystems;
            in.today = todayOf(ws.clock);
            in.confirmPhoneMatches = confirm;
            in.cancel = cancelled.get();
            in.progress = [post](const QString& step) {
                post([step](ErasureRunner* self) { Q_EMIT self->planning(step); });
            };
            return ErasurePlanner::build(in);
        };

        if (order.job == Job::Plan) {
            auto plan = makePlan(order.request, order.confirmPhoneMatches);
            if (!plan)
                return fail(plan.error());
            // Processors the maps name but that could not be reached are not in the plan: it says so.
            const ErasurePlan p = *plan;
            const QStringList unreachable = resolved.processorProblems;
            post([p, unreachable](ErasureRunner* self) {
                self->m_running = false;
                Q_EMIT self->planned(p, unreachable);
            });
            return;
        }

        // Running: this thread's own store, so every write and its audit event happen here.
        auto opened = WorkspaceStore::open(ws.store, ws.actor, ws.clock);
        if (!opened)
            return fail(opened.error());
        WorkspaceStore& store = **opened;
        ErasureStore erasures(store);
        qint64 runId = order.runId;
        ErasurePlan plan;
        if (order.job == Job::Run) {
            // The request as it is now (its status may have moved), and the plan made again from the data as
            // it is now: it must be the plan that was shown.
            auto request = store.request(order.request.humanId);
            if (!request)
                return fail(request.error());
            if (Status s = erasures.require(Role::Officer, ErasureRunner::tr("Erasing")); !s)
                return fail(s.error());
            if (Status s = erasures.checkRequest(*request); !s)
                return fail(s.error());
            auto fresh = makePlan(*request, order.confirmPhoneMatches);
            if (!fresh)
                return fail(fresh.error());
            if (Status s = ErasurePlanner::checkUnchanged(*fresh, order.digest); !s)
                return fail(s.error());
            const QJsonObject summary = fresh->toJson(false);
            auto saved = erasures.savePlan(*request, order.digest, fresh->toStoredJson(),
                                           summary.value(QStringLiteral("counts")).toObject());
            if (!saved)
                return fail(saved.error());
            auto started = erasures.start(*request, order.digest);
            if (!started)
                return fail(started.error());
            runId = started->id;
            plan = *fresh;
        } else {
            auto stored = erasures.planJson(runId);
            if (!stored)
                return fail(stored.error());
            auto fromJson = ErasurePlan::fromJson(QJsonDocument::fromJson(*stored).object());
            if (!fromJson)
                return fail(fromJson.error());
            if (Status s = erasures.resume(runId); !s)
                return fail(s.error());
            plan = *fromJson;
        }
        // The processors a person must handle become tasks on the request (once each, as a preview adds
        // them).
        QList<WorkspaceStore::TaskSpec> tasks;
        for (const ErasureSystemPlan& s : plan.systems)
            for (const Recipient& r : s.manualTasks)
                tasks << WorkspaceStore::TaskSpec{s.key, r.name, r.manual};
        if (!tasks.isEmpty())
            if (auto added = store.addTasks(plan.requestId, tasks); !added)
                return fail(added.error());
        const QString requestId = plan.requestId;
        post([runId, requestId](ErasureRunner* self) { Q_EMIT self->started(runId, requestId); });

        ErasureExecutor::Options xo;
        xo.batchSize = ws.batchSize;
        xo.hmacKey = key;
        xo.cancel = cancelled.get();
        xo.progress = [post](qint64 done, qint64 total, const QString& step) {
            post([done, total, step](ErasureRunner* self) { Q_EMIT self->progress(done, total, step); });
        };
        auto report = ErasureExecutor::run(store, runId, plan, execSystems, xo);
        if (!report)
            return fail(report.error());
        const QJsonObject r = *report;
        post([r](ErasureRunner* self) {
            self->m_running = false;
            Q_EMIT self->finished(r);
        });
    });
    m_thread->setObjectName(QStringLiteral("erasure"));
    m_thread->start();
}

} // namespace lethe
