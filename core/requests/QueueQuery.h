#pragma once

#include "QueueFilter.h"
#include "Request.h"
#include "Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QVariantList>

#include <optional>

namespace lethe {

// Where a page of the queue ends: the next page starts after this row. Pages are keyset pages, so a row added
// or changed meanwhile never makes a page repeat or skip another row.
struct QueueCursor
{
    QString key; // the order's column as stored (received_date, or empty in id order)
    qint64 id = 0;
    qint64 dueKey = 0; // in the urgency order: the row's stored requests.due_key (DueKeys)
    qint64 year = 0;   // in the number order: the row's requests.year and requests.seq (R-year-seq)
    qint64 seq = 0;
    qint64 rank = 0;         // in a status, type or regulation order: the value's place in its enum
    QByteArray sortKey = {}; // in a subject or assignee order: the row's stored key (SortKeys)
};

// The queue as the server filters and orders it (docs/team.md, "A million requests"): a QueueFilter as a
// WHERE clause with every value bound (the only identifiers are the constants below), read in keyset pages
// through the indexes of migrations 8 and 12 (by date received), 13 (by the stored urgency key, DueKeys) or
// the table's own unique (year, seq) (by number).
// The same rows QueueFilter::accepts keeps, on SQLite and PostgreSQL (the engines a workspace lives on); the
// free text is a LIKE with the user's %, _ and \ escaped, case-insensitive (lower() on both sides; SQLite's
// folds ASCII letters only).
class QueueQuery
{
    Q_DECLARE_TR_FUNCTIONS(lethe::QueueQuery)
public:
    enum class Order
    {
        Id,       // r.id: the order requests were added in
        Received, // r.received_date, then r.id: the longest-waiting first, as "take next" reads
        // r.received_date descending, ties still by r.id ascending (RequestQueueModel's order): the newest
        // first, read through the same indexes backwards (the ties sorted among themselves).
        ReceivedDescending,
        // r.due_key, then r.id: days left as RequestQueueModel sorts it (DueKeys), the most urgent first
        // (Urgency) or last (UrgencyDescending, ties still by id ascending); only where DueKeys::isCurrent.
        Urgency,
        UrgencyDescending,
        // r.year, r.seq: the request's number R-YYYY-NNNN as RequestQueueModel sorts its column (by year,
        // then number; unique, so never a tie), either way, read through the unique index on (year, seq).
        Number,
        NumberDescending,
        // The status, type or regulation in the order of its enum (RequestStatus, RequestType, Regulation),
        // as RequestQueueModel sorts those columns, then r.id ascending either way (its ties). A stored value
        // Lethe does not know ranks as what the queue reads it as (new, access, other). Read through
        // migration 16's indexes on (rank, id) and ((-rank), id).
        Status,
        StatusDescending,
        Type,
        TypeDescending,
        Regulation,
        RegulationDescending,
        // The subject (its name, or its first identity) or the assignee as RequestQueueModel sorts those
        // columns (case-folded, code unit by code unit), then r.id ascending either way: by the stored keys
        // (SortKeys, migration 15), through the index on (key, id) or (key DESC, id); only where
        // SortKeys::isComplete.
        Subject,
        SubjectDescending,
        Assignee,
        AssigneeDescending,
    };
    static bool isUrgency(Order o) { return o == Order::Urgency || o == Order::UrgencyDescending; }
    // An order by a key SortKeys stores.
    static bool isSortKey(Order o)
    {
        return o == Order::Subject || o == Order::SubjectDescending || o == Order::Assignee ||
               o == Order::AssigneeDescending;
    }

    // The rank a status, type or regulation order sorts by: a CASE over the column of requests `alias` (or
    // the bare column, as migration 16's expression indexes name it) giving each stored key its place in
    // Lethe's enum. A change of those enums' order changes it, and needs a migration of its own for new
    // indexes (tst_queuequery pins the text).
    static QString rankExpression(Order order, const QString& alias);

    struct Statement
    {
        QString sql;
        QVariantList values;
    };

    // The text as a LIKE pattern that matches it literally anywhere: \ % _ escaped with \ (ESCAPE '\').
    static QString containsPattern(const QString& text);
    // The WHERE clause (without WHERE; "1 = 1" for an empty filter) over requests r (or `alias`). The free
    // text is one OR of the four texts, which the server tests on every request it reads.
    static Statement where(const QueueFilter& filter);
    static Statement where(const QueueFilter& filter, const QString& alias);

    // How the free text is searched, the same LIKE deciding either way, so the rows are the same.
    // Or: the WHERE above, one OR of the four texts over every request read (SQLite, whose IN (subquery)
    // builds an index of the subquery's rows). Union (PostgreSQL): each of the four texts searched on its own
    // (the request's number, its assignee, the subject's name, the first identity), then the union of their
    // request ids. With the pg_trgm indexes TeamSetup makes (docs/team.md) each is read through its index;
    // without them each is a scan, never worse than linear: PostgreSQL tests an OR's IN (subquery) row by row
    // against the subquery when its rows do not fit in work_mem, so a text in most identities ("e",
    // "example") took minutes to count at a million requests.
    // UnionGrams: Union, and a text of one or two characters (shortGram), which has no trigram, is also
    // looked up in the index of each text's substrings of one and two characters
    // (TeamSetup::shortSearchIndexes), which must exist, and found in the text by strpos (as exact as the
    // LIKE, which a trigram index would take and then read whole).
    enum class Search
    {
        Or,
        Union,
        UnionGrams,
    };
    // The workspace's database has the trigram indexes of the free-text search (PostgreSQL only).
    static bool hasSearchIndexes(QSqlDatabase db);
    // It has the indexes of a search of one or two characters (PostgreSQL only).
    static bool hasShortSearchIndexes(QSqlDatabase db);
    // The searched text as the short indexes hold it: lower-cased, when that is one or two characters
    // (code points); else empty.
    static QString shortGram(const QString& text);
    // On PostgreSQL when the filter has a text: UnionGrams for a text of one or two characters where the
    // short indexes are, else Union. Else Or.
    static Search searchOf(QSqlDatabase db, const QueueFilter& filter);

    // A page's statement: the rows matching `filter` after `after`, in `order`, at most `limit` (all when <=
    // 0).
    // `sameKey` (urgency orders only): the rest of the rows after `after` with its due key, all of them (a
    // floating key's rows, which the server cannot order: DueKeys).
    static Statement page(const QueueFilter& filter, Order order, const std::optional<QueueCursor>& after,
                          int limit, Search search = Search::Or, bool sameKey = false);
    // The statement counting the requests that match.
    static Statement countStatement(const QueueFilter& filter, Search search = Search::Or);

    struct Page
    {
        QList<RequestSummary> rows;
        std::optional<QueueCursor> last; // empty when the page is empty
    };
    // Reads a page, with each row's deadline computed for `today`; the text searched as searchOf() says.
    static Result<Page> read(QSqlDatabase db, QDate today, const QueueFilter& filter, Order order,
                             const std::optional<QueueCursor>& after, int limit);
    // The same with the text searched as `search` says (both give the same rows on either engine).
    static Result<Page> read(QSqlDatabase db, QDate today, const QueueFilter& filter, Order order,
                             const std::optional<QueueCursor>& after, int limit, Search search);
    // In an urgency order: every remaining row after `after` with the same (floating) due key.
    static Result<Page> readRestOfKey(QSqlDatabase db, QDate today, const QueueFilter& filter, Order order,
                                      const QueueCursor& after);
    // How many requests match the filter.
    static Result<qint64> count(QSqlDatabase db, const QueueFilter& filter);
    static Result<qint64> count(QSqlDatabase db, const QueueFilter& filter, Search search);

    // What the window says beside a filtered queue: how many match, how many there are, and whom the
    // assignee filter offers (everyone who has a request, not only those among the matches).
    struct Counts
    {
        qint64 matching = 0;
        qint64 total = 0;
        QStringList assignees;
    };
    // `matching`, when the caller knows it already (it has read every match), is not counted again.
    static Result<Counts> counts(QSqlDatabase db, const QueueFilter& filter,
                                 std::optional<qint64> matching = std::nullopt);
};

} // namespace lethe
