#pragma once

#include <QMetaObject>
#include <QPointer>

namespace lethe {

// For work on a worker thread that reports back: returns post(fn), which queues fn(receiver) on the
// receiver's thread and drops it if the receiver is gone or a newer run has started since (the receiver's
// run counter, named by `generation`, moved on). Used by QueueLoader and PreviewRunner.
template <typename T> auto currentRunPoster(T* receiver, quint64 T::*generation)
{
    QPointer<T> self(receiver);
    const quint64 run = receiver->*generation;
    return [self, generation, run](auto fn) {
        QMetaObject::invokeMethod(
            self.data(),
            [self, generation, run, fn] {
                if (self && self.data()->*generation == run)
                    fn(self.data());
            },
            Qt::QueuedConnection);
    };
}

} // namespace lethe
