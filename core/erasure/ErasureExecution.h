#pragma once

// Internal to core/erasure: one execution of a stored erasure plan (ErasureExecutor::run), shared by the
// files that run it: ErasureExecutor.cpp (the steps, their layout and the journal),
// ErasureExecutorBatches.cpp (a database batch), ErasureExecutorProcessors.cpp (a processor step) and
// ErasureVerification.cpp (the proof and the report).

#include "ErasureExecutor.h"
#include "ErasureOrder.h"
#include "ErasureStore.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>

#include <map>
#include <memory>
#include <optional>
#include <vector>

struct sqlite3_stmt;

namespace lethe::erasurerun {

// A batch's keys: a range of the plan's own key list, read when the batch runs (not copied per step, so a
// run holds its plan's keys once).
struct KeyRange
{
    const KeyList* list = nullptr;
    qsizetype from = 0;
    qsizetype count = 0;
    qsizetype size() const { return count; }
    QStringList at(qsizetype i) const { return list->at(from + i); }
    KeyList mid(qsizetype offset, qsizetype n = -1) const
    {
        if (!list || offset >= count)
            return {};
        return list->mid(from + offset, n < 0 ? count - offset : std::min(n, count - offset));
    }
};

// One unit of work with its own line in the journal: a batch of rows in one transaction, or one processor.
struct Step
{
    enum class Kind
    {
        NullFirst,
        Delete,
        Update,
        Processor
    };
    Kind kind = Kind::Delete;
    int system = 0;     // index into plan.systems
    int source = -1;    // index into the map's sources
    int processor = -1; // index into the system plan's processors
    QString table;
    QString schema; // empty: the connection's default
    QString column; // NullFirst
    QStringList keyColumns;
    KeyRange keys;
    QList<ErasureFieldChange> changes;
    QString label;  // "system/source/table/delete": the journal's step and the report's key
    QString digest; // SHA-256 of exactly what this step does: the journal line must carry the same
};

QString quoted(ConnectionParams::Engine e, const QString& name);
// "key" IN (?, ?) or ("a", "b") IN ((?, ?), (?, ?)), with the values in order.
QString keyCondition(ConnectionParams::Engine e, const QStringList& keyColumns, qsizetype rows);
QString keyEquals(ConnectionParams::Engine e, const QStringList& keyColumns);
// A database's error as the run reports and stores it: its own message, which names the constraint or trigger
// that refused the statement, without PostgreSQL's DETAIL, HINT and CONTEXT lines ("Failing row contains
// (2500, 1, 192.0.2.0, null)" repeats the row's values, personal data that must not reach the run's record or
// the log).
QString errorText(const QSqlError& e);
bool exec(QSqlQuery& q, const QString& sql, const QVariantList& values, QString* error);

// A prepared statement of the run run with its values and the keys bound, as QSqlQuery::exec() with
// bindValue() would run it (the same values, the same rows, the same error text), and its result rows. On
// SQLite, through SQLite's own statement behind the query: see exec().
class KeyStatement
{
public:
    KeyStatement(QSqlQuery& q, ConnectionParams::Engine engine);
    // Binds `fixed`, then every value of every key, and runs the statement. False with error() on failure.
    bool exec(const QVariantList& fixed, const KeyList& keys);
    bool next();
    QVariant value(int i) const;
    qint64 affected() const { return m_affected; }
    QString error() const { return m_error; }
    void finish();

private:
    void fail(int code);
    QSqlQuery& m_query;
    ConnectionParams::Engine m_engine;
    sqlite3_stmt* m_statement = nullptr;
    bool m_usingDirect = false;
    bool m_pending = false; // SQLite: the first row was stepped to by exec()
    bool m_done = false;    // SQLite: the statement has no more rows (and was reset)
    qint64 m_affected = 0;
    QString m_error;
};

inline constexpr qsizetype kStatementKeys = 100; // keys per statement
// Keys per range read by the verification (see Execution::checkByKey).
inline constexpr qsizetype kRangeKeys = 4096;

// A source's connection and the statements prepared on it, reused from batch to batch.
struct Source
{
    SqlConnection connection;
    std::map<QString, std::unique_ptr<QSqlQuery>> statements; // destroyed before the connection closes
    std::optional<ErasureOrder::Columns> columns; // as the database declares them, read when first needed

    QSqlQuery& prepared(const QString& sql, bool* ok, QString* error)
    {
        auto it = statements.find(sql);
        if (it == statements.end()) {
            auto q = std::make_unique<QSqlQuery>(connection.db());
            if (!q->prepare(sql)) {
                *ok = false;
                *error = errorText(q->lastError());
            }
            it = statements.emplace(sql, std::move(q)).first;
        }
        return *it->second;
    }
};

// A key as the plan holds it (text), as bound. On SQLite a whole number is bound as an integer, so an integer
// key is compared without a conversion per row; SQLite's column affinity still compares it correctly with a
// TEXT column. Other engines get the text: PostgreSQL casts an untyped literal to the column's type, while an
// integer against a text column would be an error there (and a numeric comparison on MariaDB).
QVariant keyValue(const QString& v, ConnectionParams::Engine engine);
// The same for a key value as KeyList holds it (UTF-8; a null view for NULL), without building its QString
// where SQLite takes it as an integer.
QVariant keyValue(QByteArrayView utf8, ConnectionParams::Engine engine);
// The number `text` is, if it is the decimal text QString::number() writes for it (no sign but a minus, no
// leading zero, no spaces, within 64 bits): exactly the texts keyValue() binds as integers on SQLite.
std::optional<qlonglong> canonicalInteger(QByteArrayView text);
// Adds `count` keys from `from` on to a step's digest as it always had them: each key's values joined by
// U+001E, as UTF-8, then U+001F (the QStringList of each key is not built).
void addKeysToDigest(QCryptographicHash& h, const KeyList& list, qsizetype from, qsizetype count);
// Binds every value of every key, in order, from placeholder `at` on; returns the next placeholder.
int bindKeys(QSqlQuery& q, int at, const KeyList& keys, ConnectionParams::Engine engine);
QVariantList flatten(const KeyList& keys, ConnectionParams::Engine engine);

struct KeyCheck
{
    qint64 present = 0; // planned rows still in the table
    qint64 wrong = 0;   // of those, rows not holding the planned values
};

// What a new search of a system finds, per source/table.
struct Rescan
{
    QHash<QString, QSet<QString>> remaining;    // source/table -> row keys
    QHash<QString, QSet<QString>> holdIdentity; // source/table -> keys of rows holding an email or phone
};

// One execution of a stored plan, shared by the phases of ErasureExecutor::run: the steps and the journal as
// it was found, the connections opened, and after the steps the report's tallies.
struct Execution
{
    Q_DECLARE_TR_FUNCTIONS(lethe::ErasureExecutor)
public:
    using SystemInput = ErasureExecutor::SystemInput;
    using Options = ErasureExecutor::Options;

    Execution(WorkspaceStore& workspace, qint64 id, const ErasurePlan& stored,
              const QList<SystemInput>& inputs, const Options& given)
        : store(workspace), erasures(workspace), runId(id), plan(stored), systems(inputs), options(given)
    {}

    WorkspaceStore& store;
    ErasureStore erasures;
    const qint64 runId;
    const ErasurePlan& plan;
    const QList<SystemInput>& systems;
    const Options& options;

    ErasureRun storedRun;
    bool firstExecution = false;
    int batch = 0;
    QList<Step> steps;
    QList<int> inputOf; // plan system -> index into `systems`
    qint64 total = 0;
    QHash<int, JournalEntry> entries;
    QHash<QString, std::shared_ptr<Source>> connections; // one per source, opened when first needed

    // The report's tallies.
    QHash<QString, qint64> affectedBy;
    QJsonArray processorsJson;
    qint64 processorDone = 0, processorFailed = 0;
    QHash<QString, QHash<QString, QJsonArray>> hashedBy; // update step label -> row key -> hmac values
    QJsonArray tablesJson;
    QJsonArray problemsJson; // names and counts only, never a value
    qint64 deleted = 0, updated = 0, nulled = 0, kept = 0, phoneOnlyLeft = 0, unexpected = 0;
    QJsonArray manualJson;

    Status loadRun();
    Status buildSteps();
    void addSourceSteps(int s, int si, const ErasureSourcePlan& src);
    QString layoutOfSteps();
    Status checkJournal(const QString& layout);
    Result<std::shared_ptr<Source>> connectionFor(const Step& st);
    Status runSteps();
    Status runProcessorStep(int seq, const Step& st, const JournalEntry& existing);
    ProcessorErasureResult eraseAtProcessor(int seq, const ErasureSystemPlan& sp,
                                            const ErasureProcessorPlan& pp, const ProcessorHub::Job* job,
                                            const QJsonObject& resumeState, QJsonObject* lastState,
                                            Status* checkpointStatus);
    ProcessorResult recordsToErase(const ErasureProcessorPlan& pp, const ProcessorHub::Job& job,
                                   const QList<Identity>& ids) const;
    Status handOverJobs(const ErasureSystemPlan& sp, const ErasureProcessorPlan& pp,
                        const ProcessorErasureResult& result, const QSet<QString>& handedBefore);
    Status runDatabaseStep(int seq, const Step& st, const JournalEntry& existing);
    Result<QJsonArray> readKeyedHashes(const Step& st, QSqlDatabase db, ConnectionParams::Engine engine,
                                       const QString& table, const QList<int>& hmacFields) const;
    Status readJournal();
    Result<bool> wholeNumberColumn(int system, int source, const QString& table, const QString& column);
    Status checkRange(Source& on, const QString& sql, const std::vector<qlonglong>& sortedKeys,
                      const QString& tableName, KeyCheck& out);
    Result<KeyCheck> checkByKey(int system, int source, const QString& tableName, const QString& schema,
                                const QStringList& keyColumns, const KeyList& keys,
                                const QList<ErasureFieldChange>& changes,
                                const QHash<QString, QJsonArray>& hashed);
    Status verify();
    Status verifySystem(int s);
    Result<Rescan> rescan(const ErasureSystemPlan& sp, const SystemInput& in) const;
    Status verifyNulling(int s, int si, const ErasureSystemPlan& sp, const ErasureSourcePlan& src,
                         const ErasureNulling& n);
    Status verifyTable(int s, int si, const ErasureSystemPlan& sp, const ErasureSourcePlan& src,
                       const ErasureTablePlan& t, const Rescan& found);
    Result<QJsonObject> writeReport();
};

} // namespace lethe::erasurerun
