#pragma once

#include <QList>
#include <QObject>
#include <QThread>

namespace lethe {

// The worker threads a runner has moved on from (a superseded preview, a stopped erasure): told to stop, left
// to finish their current query on their own, so the GUI thread never waits for one, and deleted when done.
// The runner's destructor waits for them all, so no thread outlives its object.
class RetiredThreads
{
public:
    // Takes `current` (and clears it): deleted now if finished, else when it finishes.
    void retire(QObject* owner, QThread*& current)
    {
        QThread* t = current;
        current = nullptr;
        if (!t)
            return;
        if (t->isFinished()) {
            delete t;
            return;
        }
        m_threads << t;
        QObject::connect(t, &QThread::finished, owner, [this, t] {
            m_threads.removeAll(t);
            t->deleteLater();
        });
    }
    // For the destructor, after the runs were told to stop.
    void waitForAll(QThread*& current)
    {
        if (current)
            m_threads << current;
        current = nullptr;
        for (QThread* t : std::as_const(m_threads)) {
            t->wait();
            delete t;
        }
        m_threads.clear();
    }

private:
    QList<QThread*> m_threads;
};

} // namespace lethe
