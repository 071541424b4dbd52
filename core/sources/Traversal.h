#pragma once

#include "DataMap.h"
#include "Request.h"
#include "Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QVariantList>

#include <functional>
#include <stop_token>

namespace lethe {

struct DossierRow
{
    // One per column of the table, in the map's field order, as StoredValue::read gives it.
    QVariantList values;
    QString via; // how it was found: "email → users.email", "users.id → orders.user_id"
    // For a related row: how many rows that are not the subject's point at it through the references the
    // search knows (-1: not counted).
    qint64 sharedWith = -1;
    // Held in the subject's account about someone else (Art. 15(4)): a lead in the subject's workspace.
    bool others = false;
};

struct DossierTable
{
    QString source;
    QString table;
    QStringList columns;
    QList<QStringList> categories; // per column
    qint64 count = 0;              // every row found (true count), however many are kept in `rows`
    QList<DossierRow> rows;        // the first rows, up to the preview cap
    // Rows the subject's rows point at that are not the subject's own (an address, a product, an employee):
    // shown with how many other rows share them, never followed further, never erased or exported.
    qint64 relatedCount = 0;
    QList<DossierRow> related; // the first ones, up to the preview cap
    // Rows reached through one of the subject's rows that also point at a row that is not the subject's
    // (another customer's order shipping to the subject's address): someone else's, left out and not
    // followed.
    qint64 sharedLeftOut = 0;
    // Of `count`, the rows held in the subject's account about other people (a lead, the emails sent to it):
    // the subject's to erase with the account, but left out of an access bundle unless the officer includes
    // them (docs/datamap.md, "Data about other people").
    qint64 othersCount = 0;
    QString unreachable; // why no identity can reach this table (not an error)
    QString error;       // the source or the query failed
    QString processor;   // set for a processor's lookup: the workspace connection's key
    // A processor's near matches (records its search returned that are not the subject's identity): shown
    // apart in a preview, never counted, erased or exported.
    bool nearMatches = false;
};

struct Dossier
{
    QString systemKey;
    QString systemName;
    QList<Identity> identities; // searched, normalised
    QList<Identity> learned;    // user ids found on the way (the subject's account row) and searched too
    QList<DossierTable> tables;
    QList<Recipient> manualTasks;  // processors without an API: name and what a person must do (manual)
    QStringList processorProblems; // a connection missing, a secret unreadable: said, not fatal
    qint64 totalRows() const;
};

// Finds every row about a subject in one system's databases. It starts at the fields that hold an identity of
// the kinds given (matching case- and format-insensitively where the map says stored data is not normalised,
// and checking every match against the values asked for, whatever the collation), then follows declared
// references and the database's foreign keys (between declared columns) from the parent key to the rows that
// point at it (users.id → orders.user_id: owned rows), never back up (a reference of several columns as
// tuples of values, its columns paired by position, never one alone), so a lead in someone else's workspace
// does not pull in that workspace's owner. A row reached through an owned row of a table without identities
// (an address) that also points at a row that is not the subject's is shared and left out; a person table's
// reference to itself is not followed. The rows owned rows point at are looked up last as related rows
// (docs/datamap.md, "Owned, related and shared rows"). One enrichment step: a user id
// held in a user-id identity field of a row the subject's own identity found (their account row) is searched
// for in every user-id field of the system, in its other sources too; ids met further on are not followed,
// and emails or phones in found rows never are (a shared phone number would pull in another person). Every
// query binds its values; table and column names come from the map and are quoted per driver. A table nothing
// can reach is reported with the reason and does not fail the run. Each source is searched on its own thread
// with its own connection; a source that fails does so alone. What it remembers per row found (its key, to
// count and follow it once) and per value looked up is held in a RowKeySet: a bit or two bytes for an integer
// id, exactly, and a 16-byte digest for any other key, so a subject with millions of rows costs a few MB.
class Traversal
{
    Q_DECLARE_TR_FUNCTIONS(lethe::Traversal)
public:
    struct Options
    {
        int previewRows = 50;
        // Look up the rows the subject's rows point at (related rows) and count who else shares them. The
        // preview does; the erasure plan and the exporter, which act on the subject's own rows, need not.
        bool related = true;
        // Why a source may fail to connect, by source key (e.g. its password could not be read from the
        // keychain): put in front of the connection error so the person sees the cause.
        QHash<QString, QString> sourceProblems;
        // Rows of one lookup done on the thread reading them before the rest are handed to a second
        // thread, which does everything else with each row (in the order read) while the first reads on:
        // a million events of one account. Negative: never. Tests set 0 to send every row through it.
        qsizetype pipeAfter = 4096;
        // A stop request (a job's: JobContext::stopToken()) ends the search at its next query: Cancelled.
        std::stop_token stop;
        // Called with every query and its bound values, from the thread searching that source (so it must
        // be thread-safe when a map has several sources). For the preview benchmark's floor, which runs the
        // same queries directly. The values are personal data: never log them.
        std::function<void(const QString& sql, const QVariantList& values)> queryLog;
        // Called with every row a lookup matches, repeats included (a row found twice is reported twice),
        // from the thread searching that source or the one its rows are handed to (pipeAfter), one at a
        // time per source. `phoneOnly`: this match came from a phone number alone,
        // directly or through references from a row the phone found; a number can be shared by colleagues, so
        // the erasure plan asks a person before touching rows that nothing else found. `first`: no row with
        // this primary key was reported for this table before (the exporter writes those only). For the
        // erasure plan and the exporter, which need every row and not only the preview's first rows.
        // `others`: held in the subject's account about someone else (DossierRow::others); a row first
        // reported so and then reached as the subject's own is reported again with `first` set and `others`
        // clear.
        std::function<void(const QString& source, int table, const QVariantList& values, bool phoneOnly,
                           bool first, bool others)>
            onRow;
        // Called with every related row a lookup matches (with `related` set), once per reference it is
        // reached through, from the thread searching that source (or its pipe's, as onRow). `someoneElses`:
        // that reference is a column naming a person the row is not about (follow: false), or the row itself
        // points at a row that can be a person's and is not the subject's (a campaign of another account
        // holder that the subject is a lead in). For the erasure plan, which erases a related row of a table
        // holding personal data when it is no one else's and nothing that stays points at it.
        std::function<void(const QString& source, int table, const QVariantList& values, bool someoneElses)>
            onRelated;
        // Which tables' related rows to look up (source key, table index); unset: all of them. The erasure
        // plan asks only for tables whose related rows it may erase, not for a catalogue's.
        std::function<bool(const QString& source, int table)> relatedWanted;
        // The fields (indexes into the table's fields) the caller reads from the rows it is given; unset:
        // every column (the preview and the exporter). When set, a query reads these, the primary key, the
        // identity fields and both ends of every reference, and selects NULL for the rest, so the erasure
        // plan does not read a message body to learn its key.
        std::function<QList<int>(const QString& source, int table)> fieldsNeeded;
    };
    // `connections[i]` is map.sources[i].connection with its password resolved.
    static Result<Dossier> run(const DataMap& map, const QList<ConnectionParams>& connections,
                               const QList<Identity>& identities, const Options& options);
};

} // namespace lethe
