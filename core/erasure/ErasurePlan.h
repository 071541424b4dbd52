#pragma once

#include "DataMap.h"
#include "ErasureOrder.h"
#include "KeyList.h"
#include "ProcessorSearch.h"
#include "Request.h"
#include "Result.h"
#include "Traversal.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>

#include <functional>
#include <stop_token>

namespace lethe {

// Rows of one table left in place, all for the same reason.
struct KeptRows
{
    enum class Why
    {
        Retention,  // a retention rule of the map: `reason` is its legal basis, `until` when it ends
        Referenced, // a kept row elsewhere points at it, so deleting it would break or cascade into that row
        PhoneOnly,  // found from a phone number alone (shared lines), and the person did not confirm it
        NoStrategy, // the map erases nothing in this table (every field `keep`)
    };
    Why why = Why::Retention;
    QString reason;
    QDate until; // when the rows become erasable (retention); invalid otherwise
    KeyList keys;
};

struct ErasureFieldChange
{
    QString field;
    ErasureStrategy strategy = ErasureStrategy::Null;
    QString fixedValue;
};

// What happens to one table's rows, in the order the run touches them.
struct ErasureTablePlan
{
    enum class Action
    {
        DeleteRows,
        UpdateFields,
        None
    };
    QString table;
    QString schema; // PostgreSQL schema or MariaDB database the table is in; empty: the connection's default
    QStringList keyColumns;
    Action action = Action::None;
    QList<ErasureFieldChange> changes; // UpdateFields: the fields and their strategies
    KeyList keys;                      // the rows acted on (key values as text), in the order they are erased
    QList<KeptRows> kept;
    qint64 found = 0;          // rows the search found (acted + kept)
    qint64 phoneConfirmed = 0; // acted rows found from a phone number alone, confirmed by the person
    // Acted rows that are related, not owned: rows the subject's rows point at (their address) in a table
    // holding personal data, that nothing staying points at (docs/datamap.md, "Owned, related and shared
    // rows"). Related rows something else points at are kept (KeptRows::Why::Referenced).
    qint64 related = 0;
    qint64 keptCount() const;
};

// A reference nulled before anything is deleted, to break a cycle: these rows of `table` get `column` = NULL.
struct ErasureNulling
{
    QString table;
    QString schema; // as ErasureTablePlan::schema
    QString column;
    QStringList keyColumns;
    KeyList keys;
};

struct ErasureSourcePlan
{
    QString source;
    QList<ErasureNulling> nullFirst;
    QList<ErasureTablePlan> tables; // in erasure order: children before parents
    QStringList selfOrdered;        // tables whose rows were ordered among themselves
};

// One processor connection's part: which records its erasure steps will reach, and what it keeps anyway.
struct ErasureProcessorPlan
{
    QString connection;
    QString processor;
    QString processorName;
    struct Set
    {
        QString lookup;
        QString name;
        QStringList ids; // the records' ids at the processor
        // Per id, in the same order: what the erasure steps need to reach it, so a run (or a resumed one)
        // erases exactly these without searching again: {"id", "record" and "parents" (only the fields the
        // steps' templates read), "identity" ({kind, value}: the identity that found it)}.
        QList<QJsonObject> targets;
    };
    QList<Set> sets;
    QStringList steps; // "Delete customer (deleted)"
    QStringList keeps;
    qint64 phoneOnlyLeft = 0; // records found from a phone number alone and not confirmed: left alone
    QStringList errors;       // lookups that failed: the plan cannot say what is there
    ProcessorResult found; // what the erasure steps run on (phone-only records removed); from a stored plan,
                           // rebuilt from the sets' targets
    qint64 targets() const;
};

struct ErasureSystemPlan
{
    QString key;
    QString name;
    QList<ErasureSourcePlan> sources;
    QList<ErasureProcessorPlan> processors;
    QList<Recipient> manualTasks;
    QList<Identity> learned; // user ids the databases taught (the subject's account ids)
};

// Everything an erasure of one request will do, and leave, before it does anything. Its digest is a SHA-256
// of the exact plan (every row key, action, kept row and date, processor record): what runs is what was
// shown.
struct ErasurePlan
{
    QString requestId;
    QString subjectName;
    QList<Identity> identities;
    QDate madeOn;
    bool phoneMatchesConfirmed = false;
    QList<ErasureSystemPlan> systems;
    QStringList problems; // anything that stops it from running: a strategy the schema refuses, a cycle, a
                          // source or processor that could not be searched
    QString digest;

    struct Counts
    {
        qint64 deleteRows = 0;
        qint64 updateRows = 0;
        qint64 nullFirst = 0;
        qint64 kept = 0;
        qint64 phoneOnlyLeft = 0; // rows and processor records left because nobody confirmed them
        qint64 processorRecords = 0;
        qint64 manualTasks = 0;
    };
    Counts counts() const;

private:
    // toJson, with each key list either as its text or as a placeholder the writer fills in (`lists`).
    QJsonObject toJsonWith(bool withKeys, QList<const KeyList*>* lists, const QString& placeholder) const;
    void writeJsonWith(const QJsonObject& skeleton, const QList<const KeyList*>& lists,
                       const QString& placeholder, const std::function<void(QByteArrayView)>& out) const;

public:
    // Per table whose rows are all kept because the map erases nothing there (KeptRows::Why::NoStrategy):
    // "<system> › <source>.<table>: N rows kept: the data map erases no field of this table". Derived from
    // the plan, not part of it (no digest change); the CLI and the wizard show it as a warning.
    QStringList keptForNoStrategy() const;

    // withKeys false: counts per table instead of every key (the CLI's --plan --json, the audit log).
    QJsonObject toJson(bool withKeys = true) const;
    // The stored form: byte for byte QJsonDocument(toJson(true)).toJson(Compact), written piece by piece so
    // the keys' text is never built as one QString nor held in a QJsonDocument (writeJson() hands the pieces
    // over; toStoredJson() appends them).
    void writeJson(const std::function<void(QByteArrayView)>& out) const;
    QByteArray toStoredJson() const;
    // The stored form read back, piece by piece as `source` hands it over (ErasureStore::planReader: part
    // by part), the plan built as its text is read: never the whole text nor a QJsonDocument of it. The one
    // reader of what toJson(true) writes (ErasurePlanJson.cpp). Strict: a field of the wrong type, missing,
    // unknown or given twice, a count that disagrees with what it counts, an invalid date or kind, a number
    // that is not a whole number of at most 18 digits, invalid JSON or UTF-8, nesting past 48 levels or
    // anything after the plan is refused (Storage), naming the field's path and the byte; `failure` says
    // why it failed: the source (its own error; Damaged when that is Tampered, the stored text found
    // changed), the text (Damaged), or a plan stored by a Lethe that
    // counted the user ids the databases taught without keeping them (EarlierLethe, IllegalState).
    enum class ReadFailure
    {
        None,
        Source,
        Damaged,
        EarlierLethe,
    };
    using JsonSource = std::function<Result<QByteArray>()>; // the next piece; an empty one at the end
    static Result<ErasurePlan> readJson(const JsonSource& source, ReadFailure* failure = nullptr);
    static Result<ErasurePlan> fromStoredJson(QByteArrayView json, ReadFailure* failure = nullptr);
    // The same reader, over the object's compact JSON (tests, plans made in memory).
    static Result<ErasurePlan> fromJson(const QJsonObject& json);
    // SHA-256 (hex) over the plan's compact JSON with every key, without the date it was made on and the
    // digest: hashed as it is written (writeJson), so the same bytes and the same digest as plans always had.
    QString computeDigest() const;
};

// Builds the plan: for each system, the traversal finds every row (all of them, not the preview's first
// rows), then each row gets its action from the map or stays under a retention rule; the order comes from
// ErasureOrder; strategies are checked against the live schema; processors are searched through their APIs
// (those that look up by user id after the databases), and the processors without an API become manual tasks.
class ErasurePlanner
{
    Q_DECLARE_TR_FUNCTIONS(lethe::ErasurePlanner)
public:
    struct SystemInput
    {
        DataMap map;
        QList<ConnectionParams> connections;    // map.sources[i].connection with its password resolved
        QHash<QString, QString> sourceProblems; // why a source's password could not be read
        QList<ProcessorHub::Job> processors;    // this system's API processors, secrets filled in
        QList<Recipient> manual;
    };
    struct Input
    {
        Request request;
        QList<SystemInput> systems;
        QDate today;
        bool confirmPhoneMatches = false;
        // The job's (JobContext::stopToken()): a stop request ends the planning at its next query (Cancelled)
        // and aborts the processors' lookups at once.
        std::stop_token stop;
        std::function<void(const QString& step)> progress; // called from the planning thread
    };
    static Result<ErasurePlan> build(const Input& input);
    // The plan made again just before running must be the plan that was shown (and approved): same digest,
    // and no problems. Otherwise the data changed since (or the map did), and the plan must be made and
    // checked again.
    static Status checkUnchanged(const ErasurePlan& fresh, const QString& shownDigest);

    // Whether a retention rule keeps a row, and until when: the row's value of the rule's `when` field and of
    // its `from` date. A row whose date cannot be read is kept with no end date (a person must look).
    static bool retains(const RetentionRule& rule, const QVariant& whenValue, const QVariant& fromValue,
                        QDate today, QDate* until);
};

QString keptWhyKey(KeptRows::Why why);
QString tableActionKey(ErasureTablePlan::Action action);

} // namespace lethe
