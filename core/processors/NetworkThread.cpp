#include "NetworkThread.h"

#include <QCoreApplication>
#include <QSemaphore>
#include <QThread>

// NetworkThread: the processors' network thread, its start and its end; NetworkWait, NetworkCancel.

namespace lethe {

namespace {

class Thread : public QThread
{
public:
    QObject* context = nullptr; // lives (and dies) on the thread; set before start() returns
    QSemaphore ready;

protected:
    void run() override
    {
        QObject ctx;
        context = &ctx;
        ready.release();
        exec();
        // ~ctx deletes what was still running (each host wakes its caller) and the work posted to it.
    }
};

std::mutex g_mutex;
Thread* g_thread = nullptr; // guarded by g_mutex
bool g_postRoutine = false; // guarded by g_mutex

struct AtExit
{
    ~AtExit() { NetworkThread::stop(); }
} g_atExit;

QObject* context()
{
    std::lock_guard lock(g_mutex);
    if (!g_thread) {
        g_thread = new Thread;
        g_thread->setObjectName(QStringLiteral("lethe-network"));
        g_thread->start();
        g_thread->ready.acquire();
        if (!g_postRoutine && QCoreApplication::instance()) {
            g_postRoutine = true;
            qAddPostRoutine(&NetworkThread::stop); // joined before QCoreApplication is gone
        }
    }
    return g_thread->context;
}

} // namespace

void NetworkThread::post(std::function<void()> work)
{
    QMetaObject::invokeMethod(context(), std::move(work), Qt::QueuedConnection);
}

QObject* NetworkThread::host(std::shared_ptr<NetworkWait> wait)
{
    Q_ASSERT(isCurrent());
    auto* host = new QObject(context());
    QObject::connect(host, &QObject::destroyed, [wait] { wait->finish(); });
    return host;
}

bool NetworkThread::isCurrent()
{
    std::lock_guard lock(g_mutex);
    return g_thread && QThread::currentThread() == g_thread;
}

void NetworkThread::stop()
{
    Thread* t = nullptr;
    {
        std::lock_guard lock(g_mutex);
        std::swap(t, g_thread);
    }
    if (!t)
        return;
    t->quit();
    t->wait();
    delete t;
}

void NetworkWait::runOnCaller(const std::function<void()>& f)
{
    std::unique_lock lock(m_mutex);
    Task task{&f};
    m_tasks.push_back(&task);
    m_changed.notify_all();
    m_changed.wait(lock, [&] { return task.done; });
}

void NetworkWait::finish()
{
    std::lock_guard lock(m_mutex);
    m_finished = true;
    m_changed.notify_all();
}

void NetworkWait::wait()
{
    Q_ASSERT_X(!NetworkThread::isCurrent(), "NetworkWait::wait", "waiting on the network thread itself");
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_changed.wait(lock, [&] { return m_finished || !m_tasks.empty(); });
        if (m_tasks.empty())
            return; // finished, and nothing more to run for it
        Task* task = m_tasks.front();
        m_tasks.pop_front();
        lock.unlock();
        (*task->f)();
        lock.lock();
        task->done = true;
        m_changed.notify_all();
    }
}

NetworkCancel::NetworkCancel(std::stop_token stop, std::function<void()> cancel)
{
    if (!stop.stop_possible())
        return;
    // Runs on the thread that requests the stop (or here, when it was requested before): only posts.
    m_callback.emplace(stop,
                       std::function<void()>([cancel = std::move(cancel)] { NetworkThread::post(cancel); }));
}

} // namespace lethe
