#pragma once

#include "Job.h"
#include "QueueQuery.h"
#include "Request.h"
#include "SqlConnection.h"

#include <QObject>

namespace lethe {

// Reads the requests matching a filter in chunks on a worker thread with its own database connection (as DB
// Browser for SQLite does) and hands each chunk to the GUI thread. The server filters (QueueQuery): each
// chunk is a keyset page in the order requests were received, through the queue's indexes, so the first
// screen is one page whatever the size of the workspace. After the first chunk it counts the matches and the
// whole queue. start() again (a newer filter), or cancel(), drops a run in flight: it stops before its next
// chunk, its late chunks are ignored, and the GUI thread does not wait for it. A workspace that cannot be
// reached is reported as a lost connection (SqlConnection::openExisting), so the window reconnects.
class QueueLoader : public QObject
{
    Q_OBJECT
public:
    explicit QueueLoader(QObject* parent = nullptr);
    ~QueueLoader() override;

    void start(const ConnectionParams& params, QDate today, const QueueFilter& filter = {},
               int chunkSize = 5000);
    void cancel();
    bool isRunning() const;

Q_SIGNALS:
    void chunkLoaded(const QList<lethe::RequestSummary>& rows);
    // After the first chunk: how many requests match the filter, how many the workspace holds, who has some.
    void counted(const lethe::QueueQuery::Counts& counts);
    void finished(qint64 total, qint64 elapsedMs);
    // `connectionLost`: the workspace could not be reached, or its connection went
    // (Error::Code::ConnectionLost): not a refusal, and the same read succeeds once the connection is back.
    void failed(const QString& message, bool connectionLost);

private:
    JobSlot m_jobs{this}; // waits, when this object goes, for a run still reading its chunk
};

} // namespace lethe
