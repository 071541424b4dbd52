#pragma once

#include "Job.h"
#include "Request.h"
#include "SqlConnection.h"

#include <QObject>

namespace lethe {

// Reads the queue in chunks on a worker thread with its own database connection (as DB Browser for
// SQLite does) and hands each chunk to the GUI thread. start() again, or cancel(), drops a run in flight:
// it stops before its next chunk, its late chunks are ignored, and the GUI thread does not wait for it.
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
    JobSlot m_jobs{this}; // waits, when this object goes, for a run still reading its chunk
};

} // namespace lethe
