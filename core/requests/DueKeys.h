#pragma once

#include "Deadlines.h"
#include "Request.h"
#include "Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>

#include <functional>
#include <stop_token>

namespace lethe {

// The urgency order ("days left", and the due date) kept in the server, so a team workspace's queue is read
// a page at a time in that order (docs/team.md, "A million requests"). Lethe computes due dates itself
// (Deadlines, the holiday calendars, the workspace's deadline settings); each request's sort key is stored
// with it (requests.due_key, migration 13) beside the digest of the calendars, rules and settings it was
// computed with (requests.due_digest). The server's order (due_key, id) is then RequestQueueModel's order
// exactly, and a page of it is the next page of the model's order:
// - an open request: its due date's Julian day; a paused one (its clock stopped, waiting for identity or
//   clarification) kRank + its due date, a closed one 2 kRank + its due date, each then by id (ascending in
//   either direction), as RequestQueueModel::sort;
// - a request whose due date moves with today (its clock is stopped) is stored as its rank alone (kRank or
//   2 kRank, "floating"): the server cannot order those, so the loader reads all of a rank's floating rows
//   together and the model orders them (QueueLoader).
// Rows whose digest is not this Lethe's (another version's calendars, changed deadline settings, rows written
// before migration 13 or by SQL) make the stored order stale: the window then reads every match to sort them,
// as before, until recompute() has brought every row up to date.
class DueKeys
{
    Q_DECLARE_TR_FUNCTIONS(lethe::DueKeys)
public:
    static constexpr qint64 kRank = 100000000; // above any Julian day Lethe meets

    // RequestQueueModel's sort key of the days-left and due columns: rank * kRank + the due date's Julian
    // day (rank 0 open, 1 paused, 2 closed).
    static qint64 sortKey(const RequestSummary& r);
    // What is stored: the sort key, or the rank alone when the due date moves with today (clock stopped).
    static qint64 storedKey(const RequestSummary& r);
    // A stored key whose rows the server cannot order among themselves.
    static bool isFloating(qint64 key) { return key % kRank == 0; }

    // The identity of what due dates are computed from: the rules' version, every shipped calendar's data,
    // and the workspace's deadline settings. Hex, 32 characters.
    static QString digest(const DeadlineSettings& settings);
    static Result<QString> digest(QSqlDatabase db);

    // Every row's deadline for `today` from its clock stops, the calendar (the request's own in
    // `establishedIn`, else the workspace's) and the workspace's deadline settings: due, acknowledgeBy,
    // clockStopped. What the queue and the stored keys both use.
    static Status computeDeadlines(QSqlDatabase db, QDate today, QList<RequestSummary>& rows,
                                   const QHash<qint64, QString>& establishedIn);
    // The same with the workspace's deadline settings as read by the caller.
    static Status computeDeadlines(QSqlDatabase db, QDate today, QList<RequestSummary>& rows,
                                   const QHash<qint64, QString>& establishedIn,
                                   const DeadlineSettings& settings);

    // Stores the key of request `requestId` as it is now, inside the caller's transaction (every change to a
    // request, WorkspaceStore::recordChange, and a new request).
    static Status refresh(QSqlDatabase db, qint64 requestId, QDate today);

    // Whether every request's stored key was computed with `digest` (three index probes).
    static Result<bool> isCurrent(QSqlDatabase db, const QString& digest);
    static Result<bool> isCurrent(QSqlDatabase db);
    // How many requests' stored keys were not computed with `digest` (none stored, another digest), and how
    // many requests there are: read in the same three index ranges.
    struct Staleness
    {
        qint64 stale = 0;
        qint64 requests = 0;
    };
    static Result<Staleness> staleness(QSqlDatabase db, const QString& digest);
    // Whether this login may store keys (PostgreSQL: UPDATE on requests.due_key; SQLite: always).
    static Result<bool> mayRecompute(QSqlDatabase db);

    struct Progress
    {
        qint64 done = 0; // rows brought up to date so far
    };
    // Recomputes every row whose key is stale, `batch` rows a transaction, oldest id first; a row changed
    // meanwhile (its version moved on) keeps the key its change stored. Returns how many rows it wrote.
    static Result<qint64> recompute(QSqlDatabase db, QDate today, int batch = 5000, std::stop_token stop = {},
                                    const std::function<void(qint64)>& progress = {});

private:
    // Computes and stores `rows`' keys in one transaction, each where its version is still the one read; how
    // many it stored.
    static Result<qint64> store(QSqlDatabase db, QDate today, const DeadlineSettings& settings,
                                QList<RequestSummary>& rows, const QHash<qint64, QString>& establishedIn);
};

} // namespace lethe
