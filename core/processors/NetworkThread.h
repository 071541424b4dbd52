#pragma once

#include <QObject>

#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <stop_token>

namespace lethe {

class NetworkWait;

// The one thread all processor network work runs on: a QThread with an event loop of its own, started on
// first use and stopped and joined when the application ends (QCoreApplication's destructor; without one, at
// exit). Lookups, erasures and connection tests make their QNetworkAccessManagers (one per connection: each
// its own pool of connections) and their processor objects there and run them asynchronously; the threads
// that want their answers block on a NetworkWait (a condition variable, never an event loop), and a cancel
// reaches the objects at once as a queued call. Never wait on it from the network thread itself.
class NetworkThread
{
public:
    // Runs `work` on the network thread, queued after what was posted before (starts the thread).
    static void post(std::function<void()> work);
    // On the network thread: a parent for one call's objects, a child of the thread's context (so deleted
    // when the thread stops, at the latest). Destroying it finishes `wait`, so its caller never hangs.
    static QObject* host(std::shared_ptr<NetworkWait> wait);
    static bool isCurrent();
    // Stops the thread and joins it; what was still running is deleted and its callers woken. A later use
    // starts a new thread (tests).
    static void stop();
};

// A synchronous call's meeting point: the calling thread sleeps in wait() until the network thread says
// finish(). Meanwhile the network thread can hand it work that must run on the caller's thread and wait for
// it (runOnCaller): the erasure's journal, written with the caller's database connection before a call goes
// out.
class NetworkWait
{
public:
    // The network thread: runs `f` on the waiting thread and returns when it ran.
    void runOnCaller(const std::function<void()>& f);
    // The network thread: the call is over; wait() returns (once; later calls do nothing).
    void finish();
    // The calling thread: sleeps until finish(), running what runOnCaller hands it.
    void wait();

private:
    struct Task
    {
        const std::function<void()>* f;
        bool done = false;
    };
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Task*> m_tasks;
    bool m_finished = false;
};

// Forwards a cancel to the network thread at once: `cancel` runs there (queued) as soon as `stop` is
// requested, from whichever thread requests it (a job's owner: JobSlot::stop()), with nothing polled. Lives
// with the call it cancels, on the calling thread.
class NetworkCancel
{
public:
    NetworkCancel(std::stop_token stop, std::function<void()> cancel);
    NetworkCancel(const NetworkCancel&) = delete;
    NetworkCancel& operator=(const NetworkCancel&) = delete;

private:
    std::optional<std::stop_callback<std::function<void()>>> m_callback;
};

} // namespace lethe
