#include "QueueLoader.h"

#include "CurrentRun.h"
#include "WorkspaceStore.h"

#include <QElapsedTimer>
#include <QThread>

namespace lethe {

QueueLoader::QueueLoader(QObject* parent) : QObject(parent)
{
    qRegisterMetaType<QList<lethe::RequestSummary>>();
}

QueueLoader::~QueueLoader()
{
    stopThread();
}

bool QueueLoader::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void QueueLoader::cancel()
{
    ++m_generation;
    if (m_cancel)
        m_cancel->store(true);
}

void QueueLoader::stopThread()
{
    cancel();
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
}

void QueueLoader::start(const ConnectionParams& params, QDate today, int chunkSize)
{
    stopThread();
    ++m_generation;
    auto cancelled = std::make_shared<std::atomic<bool>>(false);
    m_cancel = cancelled;
    // Each step is delivered to this object's thread; a newer run drops the older one's late steps.
    const auto post = currentRunPoster(this, &QueueLoader::m_generation);

    m_thread = QThread::create([params, today, chunkSize, cancelled, post] {
        QElapsedTimer timer;
        timer.start();
        SqlConnection conn;
        if (Status s = conn.open(params); !s) {
            const QString message = s.error().message;
            post([message](QueueLoader* l) { Q_EMIT l->failed(message); });
            return;
        }
        qint64 afterId = 0, total = 0;
        while (!cancelled->load()) {
            auto chunk = WorkspaceStore::loadSummaries(conn.db(), today, afterId, chunkSize);
            if (!chunk) {
                const QString message = chunk.error().message;
                post([message](QueueLoader* l) { Q_EMIT l->failed(message); });
                return;
            }
            if (chunk->isEmpty())
                break;
            afterId = chunk->last().id;
            total += chunk->size();
            const bool last = chunk->size() < chunkSize;
            QList<RequestSummary> rows = std::move(chunk).value();
            post([rows](QueueLoader* l) { Q_EMIT l->chunkLoaded(rows); });
            if (last)
                break;
        }
        if (cancelled->load())
            return;
        const qint64 ms = timer.elapsed();
        post([total, ms](QueueLoader* l) { Q_EMIT l->finished(total, ms); });
    });
    m_thread->setObjectName(QStringLiteral("queue-loader"));
    m_thread->start();
}

} // namespace lethe
