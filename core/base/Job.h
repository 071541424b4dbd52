#pragma once

#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <stop_token>
#include <type_traits>

class QThreadPool;

namespace lethe {

namespace detail {
struct JobLine;
}

// What one job's work sees on its worker thread (and what its owner keeps while it prepares the work, e.g.
// the keychain reads before a search): whether it should stop, and the way back to the owner's thread. Cheap
// to copy; every copy names the same job.
class JobContext
{
public:
    JobContext() = default;

    // stop() or abandon(), a newer job, or the owner going away request a stop of the job: its one way to be
    // cancelled. The work stops at its next batch or query, and what it waits for on the network is aborted
    // at once (a stop callback: NetworkCancel).
    bool isCancelled() const { return m_stop.stop_requested(); }
    // The job's stop token, for everything its work calls: the functions that check it between batches
    // (Traversal, ErasureExecutor, BundleExporter, …) and the processors' network calls (ProcessorHub).
    // Requesting a stop through it is done by the slot only.
    std::stop_token stopToken() const { return m_stop.get_token(); }
    // Queues fn on the owner's thread; everything one job posts arrives in the order it was posted. fn runs
    // only if, by then, this job is still its owner's current one: not superseded by a newer job, not
    // abandoned, the owner not gone. Safe from any thread.
    void post(std::function<void()> fn) const;
    // On the owner's thread: this is still the owner's current job.
    bool isCurrent() const;

private:
    friend class JobSlot;
    std::shared_ptr<detail::JobLine> m_line;
    std::stop_source m_stop{std::nostopstate}; // every copy shares the job's stop state
    quint64 m_run = 0;
};

// One line of background work of an owner (a runner, a window): at most one current job at a time. A new job
// supersedes the one before: that is told to stop and everything it would still deliver is dropped, and it
// finishes its current query or batch on its own, so the owner's thread never waits for it. The work runs
// on the job pool (pool()), never on a thread of its own that nobody waits for. Use it on the owner's thread.
//
// At destruction every job of the line is told to stop; `Wait` (the default) then waits until their work has
// returned, so none outlives its owner; `Leave` lets them finish on the pool, which the application waits for
// as it exits (for work that cannot be interrupted, where closing a window must not wait for it).
class JobSlot
{
public:
    enum class AtDestruction
    {
        Wait,
        Leave
    };
    explicit JobSlot(QObject* owner, AtDestruction atDestruction = AtDestruction::Wait);
    ~JobSlot();
    JobSlot(const JobSlot&) = delete;
    JobSlot& operator=(const JobSlot&) = delete;

    // A new current job, its work not started yet: the one before is abandoned. Its context can be used on
    // the owner's thread at once (to check isCurrent() across asynchronous preparation, to post), and the
    // work is started later with run().
    JobContext next();
    // Starts work(job) on the pool, if `job` is still current (else nothing happens).
    void run(const JobContext& job, std::function<void(const JobContext&)> work);
    // next() and run() at once.
    JobContext start(std::function<void(const JobContext&)> work);
    // Starts a job whose work returns a value: done(value) runs on the owner's thread after everything the
    // work posted, if the job is still current then. In done(), isWorking() is already false.
    template <typename Work, typename Done> JobContext start(Work work, Done done)
    {
        using R = std::invoke_result_t<Work&, const JobContext&>;
        const JobContext job = next();
        runWithLastAct(job, [work = std::move(work), done = std::move(done)](const JobContext& j) mutable {
            R value = work(j);
            return std::function<void()>([done, value = std::move(value)] { done(value); });
        });
        return job;
    }

    // A stop of the current job is requested (its batches end, its network calls are aborted); what it still
    // posts arrives (e.g. its "cancelled").
    void stop();
    // A stop of the current job is requested and it is dropped: nothing it posts from now on arrives; no job
    // is current.
    void abandon();
    // The current job's work was started and has not returned yet (as seen from the owner's thread).
    bool isWorking() const;
    // Blocks until no work of this line runs any more (tell it to stop() first). For closing a window only.
    void wait();

    // The pool every job runs on. Large enough that jobs never wait for one another; the application waits
    // for whatever still runs on it as it exits.
    static QThreadPool* pool();
    // For work already on a worker thread: runs every task, in parallel on the pool (the last one on the
    // calling thread), and returns when all have returned.
    static void runAll(const QList<std::function<void()>>& tasks);

private:
    void runWithLastAct(const JobContext& job, std::function<std::function<void()>(const JobContext&)> work);

    std::shared_ptr<detail::JobLine> m_line;
    AtDestruction m_atDestruction;
};

} // namespace lethe
