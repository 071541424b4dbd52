#include "QueueLoader.h"

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

void QueueLoader::start(const ConnectionParams& params, QDate today, const QueueFilter& filter, int chunkSize)
{
    // Each step is delivered to this object's thread; a newer run drops the older one's late steps.
    // (`this` is used only in what is posted back to this object's thread.)
    m_jobs.start([this, params, today, filter, chunkSize](const JobContext& job) {
        QElapsedTimer timer;
        timer.start();
        SqlConnection conn;
        auto fail = [this, &job](const Error& e) {
            const bool lost = e.code == Error::Code::ConnectionLost;
            job.post([this, message = e.message, lost] { Q_EMIT failed(message, lost); });
        };
        if (Status s = conn.openExisting(params); !s)
            return fail(s.error());
        std::optional<QueueCursor> after;
        qint64 total = 0;
        bool countsSent = false;
        while (!job.isCancelled()) {
            auto chunk =
                QueueQuery::read(conn.db(), today, filter, QueueQuery::Order::Received, after, chunkSize);
            if (!chunk)
                return fail(chunk.error());
            after = chunk->last;
            total += chunk->rows.size();
            const bool last = chunk->rows.size() < chunkSize;
            // The first page even when empty: it is the first screen (nothing matches).
            if (!chunk->rows.isEmpty() || !countsSent) {
                QList<RequestSummary> rows = std::move(chunk->rows);
                job.post([this, rows] { Q_EMIT chunkLoaded(rows); });
            }
            // The counts after the first screen, which they must not delay. When the first page held every
            // match, they are not counted again (a rare text would be searched twice).
            if (!countsSent && !job.isCancelled()) {
                auto counts =
                    QueueQuery::counts(conn.db(), filter, last ? std::optional<qint64>(total) : std::nullopt);
                countsSent = true;
                if (!counts)
                    return fail(counts.error());
                job.post([this, c = *counts] { Q_EMIT counted(c); });
            }
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
