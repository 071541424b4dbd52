#include "QueueLoader.h"

#include "WorkspaceStore.h"

#include <QElapsedTimer>

namespace lethe {

QueueLoader::QueueLoader(QObject* parent) : QObject(parent)
{
    qRegisterMetaType<QList<lethe::RequestSummary>>();
}

QueueLoader::~QueueLoader() = default;

bool QueueLoader::isRunning() const
{
    return m_jobs.isWorking();
}

void QueueLoader::cancel()
{
    m_jobs.abandon();
}

void QueueLoader::start(const ConnectionParams& params, QDate today, int chunkSize)
{
    // Each step is delivered to this object's thread; a newer run drops the older one's late steps.
    // (`this` is used only in what is posted back to this object's thread.)
    m_jobs.start([this, params, today, chunkSize](const JobContext& job) {
        QElapsedTimer timer;
        timer.start();
        SqlConnection conn;
        if (Status s = conn.open(params); !s) {
            const QString message = s.error().message;
            job.post([this, message] { Q_EMIT failed(message); });
            return;
        }
        qint64 afterId = 0, total = 0;
        while (!job.isCancelled()) {
            auto chunk = WorkspaceStore::loadSummaries(conn.db(), today, afterId, chunkSize);
            if (!chunk) {
                const QString message = chunk.error().message;
                job.post([this, message] { Q_EMIT failed(message); });
                return;
            }
            if (chunk->isEmpty())
                break;
            afterId = chunk->last().id;
            total += chunk->size();
            const bool last = chunk->size() < chunkSize;
            QList<RequestSummary> rows = std::move(chunk).value();
            job.post([this, rows] { Q_EMIT chunkLoaded(rows); });
            if (last)
                break;
        }
        if (job.isCancelled())
            return;
        const qint64 ms = timer.elapsed();
        job.post([this, total, ms] { Q_EMIT finished(total, ms); });
    });
}

} // namespace lethe
