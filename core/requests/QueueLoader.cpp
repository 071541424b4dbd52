#include "QueueLoader.h"

#include "DueKeys.h"
#include "SortKeys.h"

#include <QElapsedTimer>

namespace lethe {

QueueLoader::QueueLoader(QObject* parent) : QObject(parent)
{
    qRegisterMetaType<QList<lethe::RequestSummary>>();
}

QueueLoader::~QueueLoader() = default;

void QueueLoader::cancel()
{
    m_jobs.abandon();
    m_reading = false;
}

void QueueLoader::start(const ConnectionParams& params, QDate today, const QueueFilter& filter, int pageSize,
                        QueueQuery::Order order)
{
    m_wanted = order;
    m_order = QueueQuery::Order::Received;
    m_params = params;
    m_today = today;
    m_filter = filter;
    m_pageSize = std::max(1, pageSize);
    m_after.reset();
    m_fetched = 0;
    m_more = false;
    m_started = true;
    readPage(true);
}

bool QueueLoader::fetchMore()
{
    if (!m_started || m_reading || !m_more)
        return false;
    readPage(false);
    return true;
}

void QueueLoader::readPage(bool first)
{
    m_reading = true;
    // Everything is delivered to this object's thread; a newer read drops the older one's late steps, so the
    // cursor and the counters are only ever changed there. (`this` is used only in what is posted back.)
    m_jobs.start([this, params = m_params, today = m_today, filter = m_filter, pageSize = m_pageSize,
                  after = m_after, first, wanted = m_wanted, order = m_order](const JobContext& job) mutable {
        QElapsedTimer timer;
        timer.start();
        SqlConnection conn;
        auto fail = [this, &job](const Error& e) {
            const bool lost = e.code == Error::Code::ConnectionLost;
            job.post([this, message = e.message, lost] {
                m_reading = false;
                Q_EMIT failed(message, lost);
            });
        };
        if (Status s = conn.openExisting(params); !s)
            return fail(s.error());
        // The urgency order only where every stored key is current: a request whose key is missing or was
        // computed with other calendars would be shown in the wrong place.
        // A subject or assignee order only where every request's key for it is stored.
        auto keysComplete = [&conn](QueueQuery::Order o) {
            return SortKeys::isComplete(conn.db(), o == QueueQuery::Order::Subject ||
                                                           o == QueueQuery::Order::SubjectDescending
                                                       ? SortKeys::Column::Subject
                                                       : SortKeys::Column::Assignee);
        };
        if (first) {
            // The order received (either way) as wanted; the urgency order only where it can be trusted.
            order = QueueQuery::isUrgency(wanted) || QueueQuery::isSortKey(wanted)
                        ? QueueQuery::Order::Received
                        : wanted;
            if (QueueQuery::isSortKey(wanted)) {
                auto complete = keysComplete(wanted);
                if (!complete)
                    return fail(complete.error());
                if (*complete) {
                    order = wanted;
                } else {
                    auto may = SortKeys::mayFill(conn.db());
                    if (!may)
                        return fail(may.error());
                    job.post([this, may = *may] { Q_EMIT sortKeysMissing(may); });
                }
            }
            if (QueueQuery::isUrgency(wanted)) {
                auto current = DueKeys::isCurrent(conn.db());
                if (!current)
                    return fail(current.error());
                if (*current) {
                    order = wanted;
                } else {
                    auto may = DueKeys::mayRecompute(conn.db());
                    if (!may)
                        return fail(may.error());
                    job.post([this, may = *may] { Q_EMIT dueKeysStale(may); });
                }
            }
            job.post([this, order] { m_order = order; });
        } else if (QueueQuery::isSortKey(order)) {
            // Still complete? A request written meanwhile without its keys (by SQL) would be missing from
            // the pages still to come: said, and the window reads again in the order received.
            auto complete = keysComplete(order);
            if (!complete)
                return fail(complete.error());
            if (!*complete) {
                auto may = SortKeys::mayFill(conn.db());
                if (!may)
                    return fail(may.error());
                job.post([this, may = *may] {
                    m_reading = false;
                    m_more = false;
                    Q_EMIT sortKeysMissing(may);
                });
                return;
            }
        } else if (QueueQuery::isUrgency(order)) {
            // Still current? A request written meanwhile with another Lethe's calendars, or by SQL without a
            // key, would be placed wrongly among the pages still to come (or not read at all): said, and the
            // window reads again in the order received.
            auto current = DueKeys::isCurrent(conn.db());
            if (!current)
                return fail(current.error());
            if (!*current) {
                auto may = DueKeys::mayRecompute(conn.db());
                if (!may)
                    return fail(may.error());
                job.post([this, may = *may] {
                    m_reading = false;
                    m_more = false;
                    Q_EMIT dueKeysStale(may);
                });
                return;
            }
        }
        auto read = QueueQuery::read(conn.db(), today, filter, order, after, pageSize);
        if (!read)
            return fail(read.error());
        QueueQuery::Page page = std::move(read).value();
        // A page never ends among the rows of a floating key (paused, or closed with a stopped clock), which
        // the server cannot order: the rest of them come with it, and the model orders them.
        if (QueueQuery::isUrgency(order) && page.rows.size() >= pageSize && page.last &&
            DueKeys::isFloating(page.last->dueKey)) {
            auto rest = QueueQuery::readRestOfKey(conn.db(), today, filter, order, *page.last);
            if (!rest)
                return fail(rest.error());
            page.rows << rest->rows;
            if (rest->last)
                page.last = rest->last;
        }
        const qsizetype n = page.rows.size();
        const bool more = n >= pageSize;
        const std::optional<QueueCursor> last = page.last ? page.last : after;
        // The first page even when empty: it is the first screen (nothing matches).
        if (n > 0 || first) {
            job.post([this, rows = std::move(page.rows), n] {
                m_fetched += n;
                Q_EMIT chunkLoaded(rows);
            });
        }
        // The counts after the first screen, which they must not delay. When the first page held every
        // match, they are not counted again (a rare text would be searched twice).
        if (first && !job.isCancelled()) {
            auto counts =
                QueueQuery::counts(conn.db(), filter, more ? std::nullopt : std::optional<qint64>(n));
            if (!counts)
                return fail(counts.error());
            job.post([this, c = *counts] { Q_EMIT counted(c); });
        }
        const qint64 ms = timer.elapsed();
        job.post([this, last, more, ms] {
            m_after = last;
            m_more = more;
            m_reading = false;
            Q_EMIT finished(m_fetched, ms);
        });
    });
}

} // namespace lethe
