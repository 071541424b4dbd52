#pragma once

#include "Request.h"
#include "SqlConnection.h"

#include <QObject>

#include <atomic>
#include <memory>

class QThread;

namespace lethe {

// Reads the queue in chunks on a worker thread with its own database connection (as DB Browser for
// SQLite does) and hands each chunk to the GUI thread. start() again, or cancel(), drops a run in flight:
// its late chunks are ignored.
class QueueLoader : public QObject
{
    Q_OBJECT
public:
    explicit QueueLoader(QObject* parent = nullptr);
    ~QueueLoader() override;

    void start(const ConnectionParams& params, QDate today, int chunkSize = 5000);
    void cancel();
    bool isRunning() const;

Q_SIGNALS:
    void chunkLoaded(const QList<lethe::RequestSummary>& rows);
    void finished(qint64 total, qint64 elapsedMs);
    void failed(const QString& message);

private:
    void stopThread();

    QThread* m_thread = nullptr;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    quint64 m_generation = 0;
};

} // namespace lethe
