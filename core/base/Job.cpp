#include "Job.h"

#include <QCoreApplication>
#include <QMetaObject>
#include <QMutex>
#include <QSemaphore>
#include <QThreadPool>
#include <QWaitCondition>

namespace lethe {

namespace detail {

// What a JobSlot shares with its jobs' contexts, which may outlive it on the pool.
struct JobLine
{
    QMutex mutex;
    QWaitCondition idle;      // workers dropped to 0
    QObject* owner = nullptr; // under mutex: null once the slot is gone, so nothing is posted to it any more
    int workers = 0;          // under mutex: work of this line started and not returned yet

    // The owner's thread only.
    quint64 lastRun = 0;
    quint64 current = 0; // 0: no job is current
    quint64 working = 0; // the job whose work was started and has not reported its end yet
    std::stop_source currentStop{std::nostopstate};
};

} // namespace detail

namespace {

// Each job posts through its line's mutex, so a post never races the slot's destruction: once the owner is
// gone (null), nothing is queued for it, and what was queued before is dropped with it by Qt.
bool postToOwner(detail::JobLine& line, std::function<void()> fn)
{
    QMutexLocker lock(&line.mutex);
    if (!line.owner)
        return false;
    return QMetaObject::invokeMethod(line.owner, std::move(fn), Qt::QueuedConnection);
}

void waitForPool()
{
    JobSlot::pool()->waitForDone();
}

} // namespace

void JobContext::post(std::function<void()> fn) const
{
    if (!m_line)
        return;
    postToOwner(*m_line, [line = m_line, run = m_run, fn = std::move(fn)] {
        if (line->current == run)
            fn();
    });
}

bool JobContext::isCurrent() const
{
    return m_line && m_run != 0 && m_line->current == m_run;
}

JobSlot::JobSlot(QObject* owner, AtDestruction atDestruction)
    : m_line(std::make_shared<detail::JobLine>()), m_atDestruction(atDestruction)
{
    m_line->owner = owner;
}

JobSlot::~JobSlot()
{
    // Superseded jobs were told to stop when they were superseded; now the current one is too.
    abandon();
    QMutexLocker lock(&m_line->mutex);
    m_line->owner = nullptr;
    if (m_atDestruction == AtDestruction::Wait) {
        while (m_line->workers > 0)
            m_line->idle.wait(&m_line->mutex);
    }
}

JobContext JobSlot::next()
{
    abandon();
    JobContext job;
    job.m_line = m_line;
    job.m_stop = std::stop_source();
    job.m_run = ++m_line->lastRun;
    m_line->current = job.m_run;
    m_line->currentStop = job.m_stop;
    return job;
}

void JobSlot::run(const JobContext& job, std::function<void(const JobContext&)> work)
{
    runWithLastAct(job, [work = std::move(work)](const JobContext& j) {
        work(j);
        return std::function<void()>();
    });
}

JobContext JobSlot::start(std::function<void(const JobContext&)> work)
{
    const JobContext job = next();
    run(job, std::move(work));
    return job;
}

void JobSlot::runWithLastAct(const JobContext& job,
                             std::function<std::function<void()>(const JobContext&)> work)
{
    if (job.m_line != m_line || !job.isCurrent())
        return;
    m_line->working = job.m_run;
    {
        QMutexLocker lock(&m_line->mutex);
        ++m_line->workers;
    }
    pool()->start([line = m_line, job, work = std::move(work)]() mutable {
        std::function<void()> last = work(job);
        work = nullptr; // what the work holds is let go here, on the worker, before the owner may be told
        // What the work left to deleteLater() (a network reply, say) goes now, as it would when a thread of
        // its own ended: the pool's thread lives on for the next job.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        // After everything the work posted: the end of the work, and its last act (the result).
        postToOwner(*line, [line, run = job.m_run, last = std::move(last)] {
            if (line->current != run)
                return;
            line->working = 0;
            if (last)
                last();
        });
        QMutexLocker lock(&line->mutex);
        if (--line->workers == 0)
            line->idle.wakeAll();
    });
}

void JobSlot::stop()
{
    // Runs the job's stop callbacks here, on the owner's thread: each only posts (NetworkCancel).
    m_line->currentStop.request_stop();
}

void JobSlot::abandon()
{
    stop();
    m_line->current = 0;
    m_line->currentStop = std::stop_source(std::nostopstate);
}

bool JobSlot::isWorking() const
{
    return m_line->working != 0 && m_line->working == m_line->current;
}

void JobSlot::wait()
{
    QMutexLocker lock(&m_line->mutex);
    while (m_line->workers > 0)
        m_line->idle.wait(&m_line->mutex);
}

QThreadPool* JobSlot::pool()
{
    static QThreadPool* const jobs = [] {
        auto* p = new QThreadPool;
        // Jobs block on queries and the network, not on the processor: every job gets a thread, so a job
        // never waits behind another (a superseded preview still finishing its query, say).
        p->setMaxThreadCount(256);
        if (QCoreApplication* app = QCoreApplication::instance())
            p->moveToThread(app->thread());
        // As the application ends (QCoreApplication's destructor), whatever still runs is waited for: no
        // job's thread outlives it.
        qAddPostRoutine(waitForPool);
        return p;
    }();
    return jobs;
}

void JobSlot::runAll(const QList<std::function<void()>>& tasks)
{
    if (tasks.isEmpty())
        return;
    QSemaphore done;
    int started = 0;
    for (qsizetype i = 0; i + 1 < tasks.size(); ++i) {
        const std::function<void()>& task = tasks[i];
        if (pool()->tryStart([&task, &done] {
                task();
                done.release();
            }))
            ++started;
        else
            task(); // the pool is full: here, rather than wait for a thread
    }
    tasks.last()();
    done.acquire(started);
}

} // namespace lethe
