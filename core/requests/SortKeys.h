#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QSqlDatabase>

#include <functional>
#include <stop_token>

namespace lethe {

// The subject and assignee orders kept in the server, so a team workspace's queue sorted by either column is
// read a page at a time (docs/team.md, "A million requests"). RequestQueueModel sorts those columns by the
// case-folded text (QString::toCaseFolded), compared code unit by code unit, ties by id ascending either way.
// No server collation is known to order text that way, so Lethe stores each request's key as bytes
// (requests.subject_key and requests.assignee_key, migration 15): a bytewise comparison of the keys (BYTEA on
// PostgreSQL, BLOB on SQLite: memcmp, then the shorter first) is then the model's order exactly, and the
// server pages it through an index on (key, id), or (key DESC, id).
// Every change that can move a request in either order stores its keys in the change's own transaction
// (refresh); rows written before migration 15 have none (NULL) until fill() has stored them, and until then
// the window reads every match to sort them, as before.
class SortKeys
{
    Q_DECLARE_TR_FUNCTIONS(lethe::SortKeys)
public:
    // The stored key of a text: a 0x01 byte (so no key is empty, which some drivers bind as NULL), then the
    // case-folded text's UTF-16 code units, big-endian.
    static QByteArray key(const QString& text);
    // The subject column's text, as RequestQueueModel shows and sorts it: the subject's name, or its first
    // identity when it has none.
    static QString subjectText(const QString& subjectName, const QString& primaryIdentity);

    enum class Column
    {
        Subject,
        Assignee,
    };
    // Stores request `requestId`'s keys as it is now, and its subject's key on every request of that subject,
    // inside the caller's transaction.
    static Status refresh(QSqlDatabase db, qint64 requestId);
    // Whether every request has its key for `column` (one index probe).
    static Result<bool> isComplete(QSqlDatabase db, Column column);
    // How many requests have no key for either column.
    static Result<qint64> missing(QSqlDatabase db);
    // Whether this login may store keys (PostgreSQL: UPDATE on both columns; SQLite: always).
    static Result<bool> mayFill(QSqlDatabase db);
    // Stores the keys every request lacks, `batch` requests a transaction, oldest id first; a key stored
    // meanwhile by a change is kept. On PostgreSQL it refuses while the live queue's trigger would announce
    // each stored key as a change of its request (a workspace set up before migration 15: setup-team again).
    // Returns how many requests it wrote.
    static Result<qint64> fill(QSqlDatabase db, int batch = 5000, std::stop_token stop = {},
                               const std::function<void(qint64)>& progress = {});
};

} // namespace lethe
