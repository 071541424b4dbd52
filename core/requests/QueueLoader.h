#pragma once

#include "Job.h"
#include "QueueQuery.h"
#include "Request.h"
#include "SqlConnection.h"

#include <QObject>

#include <optional>

namespace lethe {

// Reads the requests matching a filter page by page on a worker thread with its own database connection and
// hands each page to the GUI thread. The server filters (QueueQuery): each page is a keyset page in the order
// requests were received, through the queue's indexes, so the first screen is one page whatever the size of
// the workspace. start() reads the first page and then counts the matches and the whole queue in the server;
// each later page is read only when asked for (fetchMore(): the view scrolled to the end of what it holds),
// so a filter matching most of a million requests never reads them all. start() again (a newer filter), or
// cancel(), drops a read in flight: its late pages are ignored, and the GUI thread does not wait for it. A
// workspace that cannot be reached is reported as a lost connection (SqlConnection::openExisting), so the
// window reconnects.
class QueueLoader : public QObject
{
    Q_OBJECT
public:
    explicit QueueLoader(QObject* parent = nullptr);
    ~QueueLoader() override;

    // Reads the first page of `filter` (at most `pageSize` rows), then the counts. In `order`: an urgency
    // order when every request's stored due key is current (DueKeys::isCurrent), else (and for every other
    // order) the order requests were received in; order() says which, once the first page is there, and
    // dueKeysStale() is emitted when an urgency order could not be had.
    void start(const ConnectionParams& params, QDate today, const QueueFilter& filter = {},
               int pageSize = 5000, QueueQuery::Order order = QueueQuery::Order::Received);
    // Reads the next page after the last row read, when one may be left and no page is being read; false
    // when nothing was started.
    bool fetchMore();
    void cancel();
    // A page is being read.
    bool isRunning() const { return m_reading; }
    // The last page read was full, so more requests may match: fetchMore() reads them.
    bool hasMore() const { return m_more; }
    // The rows read from the server since start(): what the window holds, never all that match.
    qint64 rowsFetched() const { return m_fetched; }
    // The order the pages are read in (QueueQuery::Order::Received until the first page says otherwise).
    QueueQuery::Order order() const { return m_order; }

Q_SIGNALS:
    void chunkLoaded(const QList<lethe::RequestSummary>& rows);
    // After the first page: how many requests match the filter, how many the workspace holds, who has some.
    void counted(const lethe::QueueQuery::Counts& counts);
    // After each page: the rows read since start(), and how long that page took.
    void finished(qint64 fetched, qint64 elapsedMs);
    // `connectionLost`: the workspace could not be reached, or its connection went
    // (Error::Code::ConnectionLost): not a refusal, and the same read succeeds once the connection is back.
    void failed(const QString& message, bool connectionLost);
    // An urgency order was asked for, but some request's stored due key was computed with other calendars,
    // rules or deadline settings (or never): the pages come in the order requests were received instead.
    // Found before a later page of an urgency order (a request written meanwhile), that page is not read and
    // nothing more is (hasMore() is false): the caller reads again. `mayRecompute`: this login may store them
    // again (DueKeys::recompute).
    void dueKeysStale(bool mayRecompute);
    // A subject or assignee order was wanted, but some request's key for it is not stored yet (a workspace
    // from before migration 15: SortKeys::fill); the pages come by the date received instead. `mayFill`: this
    // login may store them.
    void sortKeysMissing(bool mayFill);

private:
    void readPage(bool first);

    ConnectionParams m_params;
    QDate m_today;
    QueueFilter m_filter;
    int m_pageSize = 5000;
    QueueQuery::Order m_wanted = QueueQuery::Order::Received;
    QueueQuery::Order m_order = QueueQuery::Order::Received;
    std::optional<QueueCursor> m_after; // where the next page starts
    qint64 m_fetched = 0;
    bool m_more = false;
    bool m_reading = false;
    bool m_started = false;
    JobSlot m_jobs{this}; // waits, when this object goes, for a read still running
};

} // namespace lethe
