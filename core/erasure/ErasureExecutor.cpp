#include "ErasureExecutor.h"

#include "Validation.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QMutex>
#include <QSqlError>
#include <QSqlQuery>

#include <map>
#include <memory>

namespace lethe {

namespace {

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

QString kindKey(Step::Kind k)
{
    switch (k) {
    case Step::Kind::NullFirst:
        return QStringLiteral("null-first");
    case Step::Kind::Delete:
        return QStringLiteral("delete");
    case Step::Kind::Update:
        return QStringLiteral("update");
    case Step::Kind::Processor:
        return QStringLiteral("processor");
    }
    return {};
}

// What a step does, as a digest: its place, action, table, columns and every key, or for a processor the
// records the plan names. A journal line carries it, so a resume can prove it replays the same step.
QString stepDigest(const Step& st, const ErasureSystemPlan& sp)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    const auto add = [&h](const QString& v) {
        h.addData(v.toUtf8());
        h.addData(QByteArrayView("\x1f", 1));
    };
    add(st.label);
    add(st.table);
    if (!st.schema.isEmpty()) // only when set: steps in the default schema keep the digests journals hold
        add(st.schema);
    add(st.column);
    add(st.keyColumns.join(QChar(0x1e)));
    for (const ErasureFieldChange& c : st.changes) {
        add(c.field);
        add(QString::number(int(c.strategy)));
        add(c.fixedValue);
    }
    add(QString::number(st.keys.size()));
    for (qsizetype i = 0; i < st.keys.size(); ++i)
        add(st.keys.at(i).join(QChar(0x1e)));
    if (st.kind == Step::Kind::Processor) {
        const ErasureProcessorPlan& pp = sp.processors[st.processor];
        add(pp.connection);
        for (const ErasureProcessorPlan::Set& set : pp.sets) {
            add(set.lookup);
            add(set.ids.join(QChar(0x1e)));
        }
    }
    return QString::fromLatin1(h.result().toHex());
}

QString quoted(ConnectionParams::Engine e, const QString& name)
{
    return SqlConnection::quoteIdentifier(e, name).value();
}

// "key" IN (?, ?) or ("a", "b") IN ((?, ?), (?, ?)), with the values in order.
QString keyCondition(ConnectionParams::Engine e, const QStringList& keyColumns, qsizetype rows)
{
    QStringList cols;
    for (const QString& c : keyColumns)
        cols << quoted(e, c);
    if (cols.size() == 1)
        return QStringLiteral("%1 IN (%2)")
            .arg(cols.first(), QStringList(rows, QStringLiteral("?")).join(", "));
    const QString tuple =
        QStringLiteral("(%1)").arg(QStringList(cols.size(), QStringLiteral("?")).join(QStringLiteral(", ")));
    return QStringLiteral("(%1) IN (%2)")
        .arg(cols.join(QStringLiteral(", ")), QStringList(rows, tuple).join(QStringLiteral(", ")));
}

QString keyEquals(ConnectionParams::Engine e, const QStringList& keyColumns)
{
    QStringList parts;
    for (const QString& c : keyColumns)
        parts << QStringLiteral("%1 = ?").arg(quoted(e, c));
    return parts.join(QStringLiteral(" AND "));
}

// A database's error as the run reports and stores it: its own message, which names the constraint or trigger
// that refused the statement, without PostgreSQL's DETAIL, HINT and CONTEXT lines ("Failing row contains
// (2500, 1, 192.0.2.0, null)" repeats the row's values, personal data that must not reach the run's record or
// the log).
QString errorText(const QSqlError& e)
{
    QStringList kept;
    for (const QString& line : e.text().split(QLatin1Char('\n'))) {
        const QString t = line.trimmed();
        if (!t.startsWith(QLatin1String("DETAIL:")) && !t.startsWith(QLatin1String("HINT:")) &&
            !t.startsWith(QLatin1String("CONTEXT:")))
            kept << t;
    }
    return kept.join(QLatin1Char(' '));
}

bool exec(QSqlQuery& q, const QString& sql, const QVariantList& values, QString* error)
{
    if (!q.prepare(sql)) {
        *error = errorText(q.lastError());
        return false;
    }
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (!q.exec()) {
        *error = errorText(q.lastError());
        return false;
    }
    return true;
}

constexpr qsizetype kStatementKeys = 100; // keys per statement

// A source's connection and the statements prepared on it, reused from batch to batch.
struct Source
{
    SqlConnection connection;
    std::map<QString, std::unique_ptr<QSqlQuery>> statements; // destroyed before the connection closes

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
QVariant keyValue(const QString& v, ConnectionParams::Engine engine)
{
    if (engine != ConnectionParams::Engine::Sqlite)
        return v;
    bool isNumber = false;
    const qlonglong n = v.toLongLong(&isNumber);
    if (isNumber && QString::number(n) == v)
        return n;
    return v;
}

QVariantList flatten(const KeyList& keys, ConnectionParams::Engine engine)
{
    QVariantList out;
    for (const QStringList& k : keys)
        for (const QString& v : k)
            out << keyValue(v, engine);
    return out;
}

// A step's share of the progress: its rows, or the records a processor step erases.
qint64 stepWeight(const Step& st, const ErasurePlan& plan)
{
    return st.kind == Step::Kind::Processor ? plan.systems[st.system].processors[st.processor].targets()
                                            : st.keys.size();
}

// A processor step's journal data: which connection and processor, and the state of its calls.
QJsonObject processorStepData(const ErasureProcessorPlan& pp, const QJsonObject& state)
{
    return QJsonObject{{QStringLiteral("connection"), pp.connection},
                       {QStringLiteral("processor"), pp.processorName},
                       {QStringLiteral("state"), state}};
}

// Jobs handed to a person by an earlier attempt of a processor step: their task exists.
QSet<QString> jobsHandedBefore(const QJsonObject& resumeState)
{
    QSet<QString> handedBefore;
    for (const QJsonValue& v : resumeState.value(QStringLiteral("entries")).toArray())
        if (v[QStringLiteral("state")].toString() == erasureStateKey(ErasureOutcome::State::HandedOver))
            handedBefore.insert(v[QStringLiteral("job")].toString());
    return handedBefore;
}

// Of a new search's record set, only the records the plan names.
ProcessorRecordSet plannedRecords(const ProcessorRecordSet& set, const ErasureProcessorPlan& pp,
                                  const ProcessorHub::Job& job)
{
    QStringList planned;
    for (const ErasureProcessorPlan::Set& ps : pp.sets)
        if (ps.lookup == set.lookup)
            planned = ps.ids;
    const Lookup* lookup = job.definition.lookup(set.lookup);
    ProcessorRecordSet kept = set;
    kept.records.clear();
    kept.via.clear();
    kept.parents.clear();
    kept.identities.clear();
    for (int i = 0; i < set.records.size(); ++i) {
        const QString id = lookup && !lookup->id.isEmpty()
                               ? Templates::text(Templates::value(set.records[i], lookup->id))
                               : QString::number(i + 1);
        if (!planned.contains(id))
            continue;
        kept.records << set.records[i];
        kept.via << set.via.value(i);
        kept.parents << set.parents.value(i);
        kept.identities << set.identities.value(i);
    }
    return kept;
}

// A processor step's outcomes as the journal and the report hold them. Adds the records finished to
// `finished`; sets `failed` when one is not.
QJsonArray outcomesJson(const ProcessorErasureResult& result, qint64* finished, bool* failed)
{
    QJsonArray outcomes;
    for (const ErasureOutcome& o : result.outcomes) {
        *finished += o.finished();
        *failed = *failed || !o.finished();
        QJsonObject oj{{QStringLiteral("step"), o.stepName},
                       {QStringLiteral("effect"), erasureEffectKey(o.effect)},
                       {QStringLiteral("target"), o.target},
                       {QStringLiteral("state"), erasureStateKey(o.state)}};
        if (!o.jobId.isEmpty())
            oj[QStringLiteral("job")] = o.jobId;
        if (!o.message.isEmpty())
            oj[QStringLiteral("message")] = o.message;
        outcomes << oj;
    }
    return outcomes;
}

// A database batch's statements, in the transaction the caller opened. Statements take the batch's keys a
// hundred at a time, each statement prepared once per run and reused: drivers resolve placeholders one by one
// (SQLite's in time linear in their number), so one statement with a thousand placeholders costs far more
// than ten with a hundred.
struct BatchStatements
{
    BatchStatements(Source& on, const Step& step, ConnectionParams::Engine e, const QString& qualifiedTable)
        : source(on), st(step), engine(e), table(qualifiedTable)
    {}

    Source& source;
    const Step& st;
    ConnectionParams::Engine engine;
    QString table;
    bool ok = true;
    QString error;
    qint64 present = 0, touched = 0;

    void inChunks(const QString& templ, const QVariantList& fixed, bool counting)
    {
        for (qsizetype from = 0; ok && from < st.keys.size(); from += kStatementKeys) {
            const KeyList chunk = st.keys.mid(from, kStatementKeys);
            const QString sql = templ.arg(keyCondition(engine, st.keyColumns, chunk.size()));
            QSqlQuery& q = source.prepared(sql, &ok, &error);
            if (!ok)
                return;
            int i = 0;
            for (const QVariant& v : fixed)
                q.bindValue(i++, v);
            for (const QStringList& k : chunk)
                for (const QString& v : k)
                    q.bindValue(i++, keyValue(v, engine));
            if (!(ok = q.exec())) {
                error = errorText(q.lastError());
                return;
            }
            if (counting && q.next())
                present += q.value(0).toLongLong();
            else if (!counting)
                touched += std::max(0, q.numRowsAffected());
            q.finish();
        }
    }

    // What the step does to its rows: null the reference, delete them, or write the erased values.
    void apply(const QList<int>& hmacFields, const QJsonArray& hashed)
    {
        switch (st.kind) {
        case Step::Kind::NullFirst:
            inChunks(QStringLiteral("UPDATE %1 SET %2 = NULL WHERE ").arg(table, quoted(engine, st.column)) +
                         QStringLiteral("%1"),
                     {}, false);
            break;
        case Step::Kind::Delete:
            inChunks(QStringLiteral("DELETE FROM %1 WHERE ").arg(table) + QStringLiteral("%1"), {}, false);
            break;
        case Step::Kind::Update: {
            QStringList sets;
            QVariantList fixed;
            for (const ErasureFieldChange& c : st.changes) {
                if (c.strategy == ErasureStrategy::Null) {
                    sets << QStringLiteral("%1 = NULL").arg(quoted(engine, c.field));
                } else if (c.strategy == ErasureStrategy::Fixed) {
                    sets << QStringLiteral("%1 = ?").arg(quoted(engine, c.field));
                    fixed << c.fixedValue;
                }
            }
            if (!sets.isEmpty())
                inChunks(
                    QStringLiteral("UPDATE %1 SET %2 WHERE ").arg(table, sets.join(QStringLiteral(", "))) +
                        QStringLiteral("%1"),
                    fixed, false);
            if (ok && !hmacFields.isEmpty())
                writeKeyedHashes(hmacFields, hashed);
            break;
        }
        case Step::Kind::Processor:
            break;
        }
    }

    // The keyed hashes the journal holds for the batch, row by row.
    void writeKeyedHashes(const QList<int>& hmacFields, const QJsonArray& hashed)
    {
        QStringList hsets;
        for (int c : std::as_const(hmacFields))
            hsets << QStringLiteral("%1 = ?").arg(quoted(engine, st.changes[c].field));
        const QString sql =
            QStringLiteral("UPDATE %1 SET %2 WHERE %3")
                .arg(table, hsets.join(QStringLiteral(", ")), keyEquals(engine, st.keyColumns));
        QSqlQuery& u = source.prepared(sql, &ok, &error);
        for (qsizetype r = 0; ok && r < hashed.size(); ++r) {
            const QJsonArray row = hashed[r].toArray();
            int i = 0;
            for (const QJsonValue& v : row.last().toArray())
                u.bindValue(i++, v.isNull() ? QVariant() : QVariant(v.toString()));
            for (int k = 0; k < st.keyColumns.size(); ++k)
                u.bindValue(i++, keyValue(row[k].toString(), engine));
            if (!(ok = u.exec()))
                error = errorText(u.lastError());
        }
    }
};

struct KeyCheck
{
    qint64 present = 0; // planned rows still in the table
    qint64 wrong = 0;   // of those, rows not holding the planned values
};

// The emails of the subject, normalised, and the digits of every form their phones may be stored in (a
// national form too, which no region would turn back into E.164 here).
QSet<QString> directIdentities(const QList<Identity>& identities)
{
    QSet<QString> direct;
    for (const Identity& i : identities)
        if (i.kind == IdentityKind::Email || i.kind == IdentityKind::Phone)
            if (auto n = Validation::normalizeIdentity(i)) {
                if (n->kind == IdentityKind::Email)
                    direct.insert(n->value);
                else
                    for (const QString& form : Validation::phoneStoredForms(n->value))
                        direct.insert(form);
            }
    return direct;
}

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

Status Execution::loadRun()
{
    // The batch layout is fixed the first time a run executes and stored with it: a resume replays exactly
    // that layout, whatever batch size it is given now, so a journal line's number always means the same
    // rows.
    auto stored = erasures.runById(runId);
    if (!stored)
        return stored.error();
    storedRun = *stored;
    firstExecution = storedRun.layout.isEmpty();
    batch = firstExecution ? qBound(1, options.batchSize, 100000) : storedRun.batchSize;
    if (batch < 1)
        return makeError(
            Error::Code::Storage,
            tr("Erasure run %1 has a stored layout but no batch size; its record is damaged.").arg(runId));
    return {};
}

// The steps, always the same for the same plan, so a journal's numbers mean the same on resume.
Status Execution::buildSteps()
{
    for (int s = 0; s < plan.systems.size(); ++s) {
        const ErasureSystemPlan& sp = plan.systems[s];
        int in = -1;
        for (int i = 0; i < systems.size(); ++i)
            if (systems[i].map.key == sp.key)
                in = i;
        if (in < 0)
            return makeError(Error::Code::NotFound,
                             tr("The plan erases in system \"%1\", but the workspace has no data map for it "
                                "now.")
                                 .arg(sp.key));
        inputOf << in;
        const DataMap& map = systems[in].map;
        for (const ErasureSourcePlan& src : sp.sources) {
            int si = -1;
            for (int i = 0; i < map.sources.size(); ++i)
                if (map.sources[i].key == src.source)
                    si = i;
            if (si < 0)
                return makeError(Error::Code::NotFound,
                                 tr("The plan erases in %1 › %2, which the data map no longer has.")
                                     .arg(sp.key, src.source));
            addSourceSteps(s, si, src);
        }
        for (int p = 0; p < sp.processors.size(); ++p) {
            Step st;
            st.kind = Step::Kind::Processor;
            st.system = s;
            st.processor = p;
            st.label = QStringLiteral("%1/processor/%2").arg(sp.key, sp.processors[p].connection);
            steps << st;
        }
    }
    return {};
}

// A source's batches: its references nulled first, then its tables, `batch` keys each.
void Execution::addSourceSteps(int s, int si, const ErasureSourcePlan& src)
{
    const ErasureSystemPlan& sp = plan.systems[s];
    auto add = [&](Step::Kind kind, const QString& table, const QString& schema, const QString& column,
                   const QStringList& keyCols, const KeyList& keys,
                   const QList<ErasureFieldChange>& changes) {
        for (qsizetype from = 0; from < keys.size(); from += batch) {
            Step st;
            st.kind = kind;
            st.system = s;
            st.source = si;
            st.table = table;
            st.schema = schema;
            st.column = column;
            st.keyColumns = keyCols;
            st.keys = KeyRange{&keys, from, std::min<qsizetype>(batch, keys.size() - from)};
            st.changes = changes;
            st.label = QStringLiteral("%1/%2/%3/%4").arg(sp.key, src.source, table, kindKey(kind));
            steps << st;
        }
    };
    for (const ErasureNulling& n : src.nullFirst)
        add(Step::Kind::NullFirst, n.table, n.schema, n.column, n.keyColumns, n.keys, {});
    for (const ErasureTablePlan& t : src.tables) {
        if (t.action == ErasureTablePlan::Action::DeleteRows)
            add(Step::Kind::Delete, t.table, t.schema, {}, t.keyColumns, t.keys, {});
        else if (t.action == ErasureTablePlan::Action::UpdateFields)
            add(Step::Kind::Update, t.table, t.schema, {}, t.keyColumns, t.keys, t.changes);
    }
}

// Fills in each step's digest and the total to do; returns the layout: the batch size and every step's
// digest, hashed.
QString Execution::layoutOfSteps()
{
    QCryptographicHash layoutHash(QCryptographicHash::Sha256);
    layoutHash.addData(QByteArray::number(batch));
    for (Step& st : steps) {
        total += stepWeight(st, plan);
        st.digest = stepDigest(st, plan.systems[st.system]);
        layoutHash.addData(st.digest.toLatin1());
    }
    return QString::fromLatin1(layoutHash.result().toHex());
}

// Reads the journal and proves that it belongs to these steps before anything is done; fixes the layout on a
// first execution.
Status Execution::checkJournal(const QString& layout)
{
    auto journal = erasures.journal(runId);
    if (!journal)
        return journal.error();
    for (const JournalEntry& e : *journal)
        entries.insert(e.seq, e);
    if (firstExecution && !journal->isEmpty())
        return makeError(
            Error::Code::IllegalState,
            tr("Erasure run %1 of %2 was started by an earlier version of Lethe that did not store "
               "its batch layout, so it cannot be resumed exactly. Make a new plan (`lethe-cli "
               "erase --request %2 --plan`): it covers what is still there.")
                .arg(runId)
                .arg(plan.requestId));
    if (!firstExecution && storedRun.layout != layout)
        return makeError(Error::Code::IllegalState,
                         tr("Erasure run %1 of %2: the stored plan no longer gives the steps the run started "
                            "with (layout %3, now %4); nothing was done. Make a new plan.")
                             .arg(runId)
                             .arg(plan.requestId, storedRun.layout.left(16), layout.left(16)));
    for (const JournalEntry& e : *journal) {
        const bool matches = e.seq >= 0 && e.seq < steps.size() && e.step == steps[e.seq].label &&
                             e.stepDigest == steps[e.seq].digest;
        if (!matches)
            return makeError(Error::Code::IllegalState,
                             tr("Erasure run %1 of %2: journal line %3 (%4) does not match step %3 of the "
                                "stored plan; nothing was done. The journal or the plan was changed.")
                                 .arg(runId)
                                 .arg(plan.requestId)
                                 .arg(e.seq)
                                 .arg(e.step));
    }
    if (firstExecution)
        if (Status s = erasures.setLayout(runId, batch, layout); !s)
            return s.error();
    return {};
}

// The connection of a step's source, opened when first needed.
Result<std::shared_ptr<Source>> Execution::connectionFor(const Step& st)
{
    const SystemInput& in = systems[inputOf[st.system]];
    const QString k = in.map.key + QLatin1Char('/') + in.map.sources[st.source].key;
    if (auto it = connections.constFind(k); it != connections.cend())
        return *it;
    auto conn = std::make_shared<Source>();
    if (Status s =
            conn->connection.open(in.connections.value(st.source, in.map.sources[st.source].connection));
        !s)
        return makeError(s.error().code,
                         tr("%1 › %2: %3").arg(in.map.key, in.map.sources[st.source].key, s.error().message));
    connections.insert(k, conn);
    return conn;
}

// Every step the journal does not hold as committed, in order; a cancel is honoured between two steps.
Status Execution::runSteps()
{
    qint64 done = 0;
    for (int seq = 0; seq < steps.size(); ++seq) {
        const Step& st = steps[seq];
        const qint64 weight = stepWeight(st, plan);
        const JournalEntry existing = entries.value(seq);
        if (existing.state == QLatin1String("committed")) {
            done += weight;
            continue;
        }
        if (options.cancel && options.cancel->load()) {
            QJsonObject partial{{QStringLiteral("cancelled_at_step"), seq},
                                {QStringLiteral("steps"), int(steps.size())}};
            if (Status s = erasures.finish(runId, QStringLiteral("cancelled"), partial); !s)
                return s.error();
            return makeError(Error::Code::Cancelled,
                             tr("The erasure was stopped between two batches (%1 of %2 done); resume it to "
                                "finish.")
                                 .arg(seq)
                                 .arg(steps.size()));
        }
        if (options.progress)
            options.progress(done, total, st.label);

        if (st.kind == Step::Kind::Processor) {
            if (Status s = runProcessorStep(seq, st, existing); !s)
                return s;
            done += weight;
            continue;
        }

        if (Status s = runDatabaseStep(seq, st, existing); !s)
            return s;
        done += weight;
    }
    return {};
}

// A processor's erasure steps. Journalled before and after every call: the step's entry holds the erasure's
// state (its planned targets, each call's status, each job id as soon as the answer carries it). A step begun
// before (a killed run, or failed calls of an incomplete one) continues from that state: finished targets are
// skipped, started jobs polled and run, never started again; nothing is searched again.
Status Execution::runProcessorStep(int seq, const Step& st, const JournalEntry& existing)
{
    const ErasureSystemPlan& sp = plan.systems[st.system];
    const ErasureProcessorPlan& pp = sp.processors[st.processor];
    const ProcessorHub::Job* job = nullptr;
    for (const ProcessorHub::Job& j : systems[inputOf[st.system]].processors)
        if (j.connection.key == pp.connection)
            job = &j;
    QJsonObject resumeState;
    if (existing.state == QLatin1String("begun") && !existing.data.isEmpty())
        resumeState =
            QJsonDocument::fromJson(existing.data).object().value(QStringLiteral("state")).toObject();
    if (existing.state != QLatin1String("begun"))
        if (Status s =
                erasures.begin(runId, seq, st.label, st.digest,
                               QJsonDocument(processorStepData(pp, {})).toJson(QJsonDocument::Compact));
            !s)
            return s.error();
    const QSet<QString> handedBefore = jobsHandedBefore(resumeState);
    Status checkpointStatus;
    QJsonObject lastState = resumeState;
    const ProcessorErasureResult result =
        eraseAtProcessor(seq, sp, pp, job, resumeState, &lastState, &checkpointStatus);
    if (result.stoppedDead) // tests: as if killed during a call; nothing more is written
        return makeError(Error::Code::Cancelled,
                         QStringLiteral("stopped dead by the test in step %1").arg(seq));
    if (!checkpointStatus)
        return checkpointStatus.error();
    qint64 finished = 0;
    bool failed = !result.errors.isEmpty();
    const QJsonArray outcomes = outcomesJson(result, &finished, &failed);
    QJsonObject data = processorStepData(pp, lastState);
    data[QStringLiteral("outcomes")] = outcomes;
    data[QStringLiteral("errors")] = QJsonArray::fromStringList(result.errors);
    data[QStringLiteral("keeps")] = QJsonArray::fromStringList(pp.keeps);
    data[QStringLiteral("calls")] = result.calls;
    data[QStringLiteral("retries")] = result.retries;
    if (Status s = handOverJobs(sp, pp, result, handedBefore); !s)
        return s;
    if (options.crashPoint && options.crashPoint(seq, false))
        return makeError(Error::Code::Cancelled, QStringLiteral("stopped dead by the test at %1").arg(seq));
    if (failed) {
        // Calls that failed stay to be retried: the step stays begun with its state, the run ends
        // incomplete, and resuming it retries only those (ErasureStore::resumable).
        if (Status s = erasures.checkpoint(runId, seq, QJsonDocument(data).toJson(QJsonDocument::Compact));
            !s)
            return s.error();
    } else if (Status s =
                   erasures.commit(runId, seq, finished, QJsonDocument(data).toJson(QJsonDocument::Compact));
               !s) {
        return s.error();
    }
    return {};
}

// Runs the processor's erasure from `resumeState`, writing every state its calls reach to the step's journal
// line: `lastState` gets the latest, `checkpointStatus` the first write that failed. A connection that is
// missing gives a result with that error.
ProcessorErasureResult Execution::eraseAtProcessor(int seq, const ErasureSystemPlan& sp,
                                                   const ErasureProcessorPlan& pp,
                                                   const ProcessorHub::Job* job,
                                                   const QJsonObject& resumeState, QJsonObject* lastState,
                                                   Status* checkpointStatus)
{
    ProcessorErasureResult result;
    QList<Identity> ids;
    for (const Identity& i : plan.identities)
        if (i.kind != IdentityKind::Phone || plan.phoneMatchesConfirmed)
            ids << i;
    ids += sp.learned;
    ProcessorErasureOptions po = options.processorOptions;
    po.idempotencySeed = QStringLiteral("%1/%2").arg(plan.digest).arg(runId);
    po.checkpoint = [&](const QJsonObject& state) {
        *lastState = state;
        if (!*checkpointStatus)
            return;
        if (Status s = erasures.checkpoint(
                runId, seq, QJsonDocument(processorStepData(pp, state)).toJson(QJsonDocument::Compact));
            !s)
            *checkpointStatus = s;
    };
    if (!job) {
        result.connection = pp.connection;
        result.processorName = pp.processorName;
        result.errors
            << tr("The connection \"%1\" is missing or its secret could not be read.").arg(pp.connection);
    } else {
        const ProcessorResult found = recordsToErase(pp, *job, ids);
        result = ProcessorErasure::run({{*job, found, resumeState}}, ids, po).value(0);
    }
    return result;
}

// The records a processor step erases: the plan's own, or for a plan stored before plans kept their records,
// a new search narrowed to the records the plan names.
ProcessorResult Execution::recordsToErase(const ErasureProcessorPlan& pp, const ProcessorHub::Job& job,
                                          const QList<Identity>& ids) const
{
    ProcessorResult found = pp.found;
    bool stored = true; // the plan holds the records its steps need (plans made before did not)
    for (const ErasureProcessorPlan::Set& ps : pp.sets)
        if (!ps.lookup.startsWith(QLatin1String("identity:")) && !ps.ids.isEmpty() && ps.targets.isEmpty())
            stored = false;
    if (!stored && found.sets.isEmpty() && pp.targets() > 0) {
        // A plan stored before plans kept their records: look again and keep only the records the plan
        // names.
        const QList<ProcessorResult> again = ProcessorHub::search({job}, ids, options.cancel);
        found = again.value(0);
        for (ProcessorRecordSet& set : found.sets)
            set = plannedRecords(set, pp, job);
    }
    return found;
}

// Jobs that took longer than the definition allows go to a person, with the job id (once).
Status Execution::handOverJobs(const ErasureSystemPlan& sp, const ErasureProcessorPlan& pp,
                               const ProcessorErasureResult& result, const QSet<QString>& handedBefore)
{
    QList<WorkspaceStore::TaskSpec> handed;
    for (const ErasureOutcome& o : result.outcomes)
        if (o.state == ErasureOutcome::State::HandedOver && !handedBefore.contains(o.jobId))
            handed << WorkspaceStore::TaskSpec{
                sp.key, QStringLiteral("%1 (%2)").arg(pp.processorName, o.jobId),
                tr("%1's erasure job %2 (%3) had not finished when Lethe stopped waiting. Check that "
                   "it finished, then complete this task with the processor's confirmation.")
                    .arg(pp.processorName, o.jobId, o.stepName)};
    if (!handed.isEmpty())
        if (auto added = store.addTasks(plan.requestId, handed); !added)
            return added.error();
    return {};
}

// A batch of rows in one transaction, journalled "begun" before it (with any keyed hashes it writes) and
// "committed" after it.
Status Execution::runDatabaseStep(int seq, const Step& st, const JournalEntry& existing)
{
    auto conn = connectionFor(st);
    if (!conn) {
        (void)erasures.finish(
            runId, QStringLiteral("failed"),
            {{QStringLiteral("error"), conn.error().message}, {QStringLiteral("failed_at_step"), seq}});
        return conn.error();
    }
    QSqlDatabase db = (*conn)->connection.db();
    const ConnectionParams::Engine engine = (*conn)->connection.engine();
    const QString table = SqlConnection::qualifiedTable(engine, st.schema, st.table).value();

    // Keyed hashes are computed once, before the batch, and kept in the journal: a batch redone after a
    // crash writes the same values instead of hashing the hashes.
    QList<int> hmacFields;
    for (int c = 0; c < st.changes.size(); ++c)
        if (st.changes[c].strategy == ErasureStrategy::Hmac)
            hmacFields << c;
    QJsonArray hashed; // [[key..., [value per hmac field]]]
    if (existing.state == QLatin1String("begun")) {
        hashed = QJsonDocument::fromJson(existing.data).array();
    } else {
        if (!hmacFields.isEmpty()) {
            auto read = readKeyedHashes(st, db, engine, table, hmacFields);
            if (!read)
                return read.error();
            hashed = *read;
        }
        if (Status s = erasures.begin(
                runId, seq, st.label, st.digest,
                hashed.isEmpty() ? QByteArray() : QJsonDocument(hashed).toJson(QJsonDocument::Compact));
            !s)
            return s.error();
    }

    QElapsedTimer transactionTime;
    transactionTime.start();
    if (!db.transaction())
        return makeError(Error::Code::Storage,
                         tr("%1: cannot start a transaction: %2").arg(st.label, errorText(db.lastError())));
    qint64 affected = 0;
    BatchStatements statements(**conn, st, engine, table);
    statements.apply(hmacFields, hashed);
    // What the journal records: how many of the batch's planned rows now hold the plan's result (gone, or
    // holding the erased values). A first delete trusts the driver's count of deleted rows; a batch
    // redone after a crash, and every update, count the rows in the same transaction instead (a redone
    // batch's rows are already gone or already hold the values, and MariaDB reports unchanged rows as not
    // affected).
    if (statements.ok && st.kind == Step::Kind::Delete && existing.state != QLatin1String("begun")) {
        affected = statements.touched;
    } else if (statements.ok) {
        statements.inChunks(
            QStringLiteral("SELECT COUNT(*) FROM %1 WHERE ").arg(table) + QStringLiteral("%1"), {}, true);
        if (statements.ok)
            affected =
                st.kind == Step::Kind::Delete ? st.keys.size() - statements.present : statements.present;
    }
    if (!statements.ok) {
        db.rollback();
        const QString why = tr("%1: %2").arg(st.label, statements.error);
        (void)erasures.finish(runId, QStringLiteral("failed"),
                              {{QStringLiteral("error"), why}, {QStringLiteral("failed_at_step"), seq}});
        return makeError(Error::Code::Storage, why);
    }
    if (options.crashPoint && options.crashPoint(seq, false)) {
        db.rollback(); // what the server does with a killed client's open transaction
        return makeError(Error::Code::Cancelled, QStringLiteral("stopped dead by the test at %1").arg(seq));
    }
    if (!db.commit()) {
        const QString why = tr("%1: cannot commit: %2").arg(st.label, errorText(db.lastError()));
        db.rollback();
        (void)erasures.finish(runId, QStringLiteral("failed"),
                              {{QStringLiteral("error"), why}, {QStringLiteral("failed_at_step"), seq}});
        return makeError(Error::Code::Storage, why);
    }
    if (options.crashPoint && options.crashPoint(seq, true))
        return makeError(Error::Code::Cancelled, QStringLiteral("stopped dead by the test at %1").arg(seq));
    if (options.batchDone)
        options.batchDone(seq, st.keys.size(), transactionTime.nsecsElapsed() / 1e6);
    if (Status s = erasures.commit(runId, seq, affected, {}, true); !s)
        return s.error();
    return {};
}

// The keyed hashes an update batch writes, computed from the rows' values as they are before it:
// [[key..., [value per hmac field]]].
Result<QJsonArray> Execution::readKeyedHashes(const Step& st, QSqlDatabase db,
                                              ConnectionParams::Engine engine, const QString& table,
                                              const QList<int>& hmacFields) const
{
    QJsonArray hashed;
    QString error;
    if (options.hmacKey.isEmpty())
        return makeError(Error::Code::Unavailable,
                         tr("%1: the workspace's keyed-hash key is missing.").arg(st.label));
    QStringList cols;
    for (const QString& k : st.keyColumns)
        cols << quoted(engine, k);
    for (int c : std::as_const(hmacFields))
        cols << quoted(engine, st.changes[c].field);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!exec(q,
              QStringLiteral("SELECT %1 FROM %2 WHERE %3")
                  .arg(cols.join(QStringLiteral(", ")), table,
                       keyCondition(engine, st.keyColumns, st.keys.size())),
              flatten(st.keys.mid(0), engine), &error))
        return makeError(Error::Code::Storage, QStringLiteral("%1: %2").arg(st.label, error));
    while (q.next()) {
        QJsonArray row;
        for (int k = 0; k < st.keyColumns.size(); ++k)
            row << q.value(k).toString();
        QJsonArray values;
        for (int h = 0; h < hmacFields.size(); ++h) {
            const QVariant v = q.value(int(st.keyColumns.size()) + h);
            values << (v.isNull() ? QJsonValue()
                                  : QJsonValue(ErasureExecutor::keyedHash(options.hmacKey, v.toString())));
        }
        row << values;
        hashed << row;
    }
    return hashed;
}

// The report: what each step did (from the journal, so a resumed run counts the batches before the crash),
// and the keyed hashes each update step wrote, for the verification.
Status Execution::readJournal()
{
    auto finalJournal = erasures.journal(runId);
    if (!finalJournal)
        return finalJournal.error();
    for (const JournalEntry& e : *finalJournal) {
        affectedBy[e.step] += e.affected;
        if (e.step.contains(QLatin1String("/processor/"))) {
            QJsonObject pj = QJsonDocument::fromJson(e.data).object();
            pj.remove(QStringLiteral("state")); // the journal's, for resuming; not the report's
            processorsJson << pj;
            for (const QJsonValue& o : pj.value(QStringLiteral("outcomes")).toArray()) {
                const QString state = o[QStringLiteral("state")].toString();
                (state == erasureStateKey(ErasureOutcome::State::Failed) ||
                         state == erasureStateKey(ErasureOutcome::State::JobFailed)
                     ? processorFailed
                     : processorDone)++;
            }
            processorFailed += pj.value(QStringLiteral("errors")).toArray().size();
        }
    }

    for (const JournalEntry& e : *finalJournal) {
        if (!e.step.endsWith(QLatin1String("/update")) || e.data.isEmpty())
            continue;
        for (const QJsonValue& rv : QJsonDocument::fromJson(e.data).array()) {
            const QJsonArray row = rv.toArray();
            QStringList key;
            for (qsizetype k = 0; k + 1 < row.size(); ++k)
                key << row[k].toString();
            hashedBy[e.step].insert(key.join(QChar(0x1f)), row.last().toArray());
        }
    }
    return {};
}

// Reads the planned rows back by key: how many are still there, and how many of those do not hold the values
// `changes` wrote.
Result<KeyCheck> Execution::checkByKey(int system, int source, const QString& tableName,
                                       const QString& schema, const QStringList& keyColumns,
                                       const KeyList& keys, const QList<ErasureFieldChange>& changes,
                                       const QHash<QString, QJsonArray>& hashed)
{
    Step at;
    at.system = system;
    at.source = source;
    auto conn = connectionFor(at);
    if (!conn)
        return conn.error();
    const ConnectionParams::Engine engine = (*conn)->connection.engine();
    QStringList cols;
    for (const QString& k : keyColumns)
        cols << quoted(engine, k);
    for (const ErasureFieldChange& c : changes)
        cols << quoted(engine, c.field);
    KeyCheck out;
    for (qsizetype from = 0; from < keys.size(); from += kStatementKeys) {
        const KeyList chunk = keys.mid(from, kStatementKeys);
        const QString sql = QStringLiteral("SELECT %1 FROM %2 WHERE %3")
                                .arg(cols.join(QStringLiteral(", ")),
                                     SqlConnection::qualifiedTable(engine, schema, tableName).value(),
                                     keyCondition(engine, keyColumns, chunk.size()));
        bool ok = true;
        QString error;
        QSqlQuery& q = (*conn)->prepared(sql, &ok, &error);
        if (!ok)
            return makeError(Error::Code::Storage, tr("Verifying %1: %2").arg(tableName, error));
        int i = 0;
        for (const QStringList& k : chunk)
            for (const QString& v : k)
                q.bindValue(i++, keyValue(v, engine));
        if (!q.exec())
            return makeError(Error::Code::Storage,
                             tr("Verifying %1: %2").arg(tableName, errorText(q.lastError())));
        while (q.next()) {
            ++out.present;
            QStringList key;
            for (int k = 0; k < keyColumns.size(); ++k)
                key << q.value(k).toString();
            const auto expected = hashed.constFind(key.join(QChar(0x1f)));
            int hmacIndex = 0;
            bool wrong = false;
            for (int c = 0; c < changes.size(); ++c) {
                const QVariant v = q.value(int(keyColumns.size()) + c);
                switch (changes[c].strategy) {
                case ErasureStrategy::Null:
                    wrong = wrong || !v.isNull();
                    break;
                case ErasureStrategy::Fixed:
                    // A CHAR(n) column hands the text back padded with spaces.
                    wrong = wrong || v.isNull() ||
                            (v.toString() != changes[c].fixedValue &&
                             !(v.toString().startsWith(changes[c].fixedValue) &&
                               v.toString().mid(changes[c].fixedValue.size()).trimmed().isEmpty()));
                    break;
                case ErasureStrategy::Hmac: {
                    if (expected == hashed.cend()) {
                        wrong = wrong || !v.isNull();
                    } else {
                        const QJsonValue e = expected->at(hmacIndex);
                        wrong = wrong || (e.isNull() ? !v.isNull() : v.toString() != e.toString());
                    }
                    ++hmacIndex;
                    break;
                }
                default:
                    break;
                }
            }
            out.wrong += wrong;
        }
        q.finish();
    }
    return out;
}

// Verification, from the data itself and never from what the run meant to do:
// 1. per table, the rows the journal says were affected must be the rows planned;
// 2. by key: every deleted row is gone, every updated row holds the planned values (null, the fixed
//    text, or the keyed hash the journal recorded for it), every reference nulled first is null;
// 3. a new search with the same identities and the user ids learned finds nothing but rows the plan
//    keeps or only updates, and no updated row still holds the subject's email or phone.
Status Execution::verify()
{
    for (int s = 0; s < plan.systems.size(); ++s)
        if (Status st = verifySystem(s); !st)
            return st;
    return {};
}

Status Execution::verifySystem(int s)
{
    const ErasureSystemPlan& sp = plan.systems[s];
    const SystemInput& in = systems[inputOf[s]];
    for (const Recipient& r : sp.manualTasks)
        manualJson << QJsonObject{{QStringLiteral("system"), sp.key}, {QStringLiteral("processor"), r.name}};
    auto found = rescan(sp, in);
    if (!found)
        return found.error();
    const DataMap& map = in.map;
    for (const ErasureSourcePlan& src : sp.sources) {
        int si = -1;
        for (int i = 0; i < map.sources.size(); ++i)
            if (map.sources[i].key == src.source)
                si = i;
        for (const ErasureNulling& n : src.nullFirst)
            if (Status st = verifyNulling(s, si, sp, src, n); !st)
                return st;
        for (const ErasureTablePlan& t : src.tables)
            if (Status st = verifyTable(s, si, sp, src, t, *found); !st)
                return st;
    }
    return {};
}

// A new search of the system with the plan's identities and the user ids learned: the rows still there, and
// those holding the subject's email or phone.
Result<Rescan> Execution::rescan(const ErasureSystemPlan& sp, const SystemInput& in) const
{
    const QSet<QString> direct = directIdentities(plan.identities);
    Rescan out;
    QMutex lock;
    Traversal::Options o;
    o.previewRows = 0;
    o.related = false;
    o.onRow = [&](const QString& source, int t, const QVariantList& values, bool, bool, bool) {
        const DataSource* src = nullptr;
        for (const DataSource& d : in.map.sources)
            if (d.key == source)
                src = &d;
        if (!src)
            return;
        const Table& table = src->tables[t];
        QStringList key;
        for (const QString& pk : table.primaryKey)
            for (int f = 0; f < table.fields.size(); ++f)
                if (table.fields[f].name == pk)
                    key << values[f].toString();
        bool holds = false;
        for (int f = 0; f < table.fields.size() && f < values.size(); ++f) {
            const Field& field = table.fields[f];
            if (!field.identity || values[f].isNull() ||
                (*field.identity != IdentityKind::Email && *field.identity != IdentityKind::Phone))
                continue;
            if (*field.identity == IdentityKind::Phone) {
                QString digits = values[f].toString();
                digits.removeIf([](QChar c) { return !c.isDigit(); });
                holds = holds || direct.contains(digits);
                continue;
            }
            auto n = Validation::normalizeIdentity({*field.identity, values[f].toString()});
            holds = holds || (n && direct.contains(n->value));
        }
        const QString where = source + QLatin1Char('/') + table.name;
        const QString joined = key.join(QChar(0x1f));
        QMutexLocker l(&lock);
        out.remaining[where].insert(joined);
        if (holds)
            out.holdIdentity[where].insert(joined);
    };
    auto again = Traversal::run(in.map, in.connections, plan.identities + sp.learned, o);
    if (!again)
        return again.error();
    for (const DossierTable& t : again->tables)
        if (!t.error.isEmpty())
            return makeError(Error::Code::Storage,
                             tr("Verifying %1 › %2.%3: %4").arg(sp.key, t.source, t.table, t.error));
    return out;
}

// Every reference nulled first is null.
Status Execution::verifyNulling(int s, int si, const ErasureSystemPlan& sp, const ErasureSourcePlan& src,
                                const ErasureNulling& n)
{
    nulled += affectedBy.value(QStringLiteral("%1/%2/%3/null-first").arg(sp.key, src.source, n.table));
    auto check = checkByKey(s, si, n.table, n.schema, n.keyColumns, n.keys,
                            {ErasureFieldChange{n.column, ErasureStrategy::Null, {}}}, {});
    if (!check)
        return check.error();
    if (check->wrong > 0)
        problemsJson << tr("%1 › %2.%3: %4 of %5 rows still hold a value in %6, which was to be "
                           "nulled first.")
                            .arg(sp.key, src.source, n.table)
                            .arg(check->wrong)
                            .arg(n.keys.size())
                            .arg(n.column);
    return {};
}

// A table's line in the report: what was planned, kept and done, checked by key and against the new search.
Status Execution::verifyTable(int s, int si, const ErasureSystemPlan& sp, const ErasureSourcePlan& src,
                              const ErasureTablePlan& t, const Rescan& found)
{
    const QString where = src.source + QLatin1Char('/') + t.table;
    QSet<QString> updatedKeys;
    if (t.action == ErasureTablePlan::Action::UpdateFields)
        for (const QStringList& k : t.keys)
            updatedKeys.insert(k.join(QChar(0x1f)));
    QSet<QString> allowed = updatedKeys;
    QJsonArray keptJson;
    for (const KeptRows& k : t.kept) {
        for (const QStringList& key : k.keys)
            allowed.insert(key.join(QChar(0x1f)));
        QJsonObject kj{{QStringLiteral("why"), keptWhyKey(k.why)},
                       {QStringLiteral("reason"), k.reason},
                       {QStringLiteral("count"), qint64(k.keys.size())}};
        if (k.until.isValid())
            kj[QStringLiteral("until")] = k.until.toString(Qt::ISODate);
        keptJson << kj;
        (k.why == KeptRows::Why::PhoneOnly ? phoneOnlyLeft : kept) += k.keys.size();
    }
    qint64 stillThere = 0, notPlanned = 0, identityLeft = 0;
    const QSet<QString> holding = found.holdIdentity.value(where);
    for (const QString& k : found.remaining.value(where)) {
        ++stillThere;
        notPlanned += !allowed.contains(k);
        identityLeft += updatedKeys.contains(k) && holding.contains(k);
    }
    unexpected += notPlanned;
    const bool deleting = t.action == ErasureTablePlan::Action::DeleteRows;
    const QString label =
        QStringLiteral("%1/%2/%3/%4")
            .arg(sp.key, src.source, t.table, deleting ? QStringLiteral("delete") : QStringLiteral("update"));
    const qint64 did = affectedBy.value(label);
    const qint64 planned = t.keys.size();
    (deleting ? deleted : updated) += did;
    KeyCheck byKey;
    if (t.action != ErasureTablePlan::Action::None && planned > 0) {
        auto check = checkByKey(s, si, t.table, t.schema, t.keyColumns, t.keys,
                                deleting ? QList<ErasureFieldChange>() : t.changes, hashedBy.value(label));
        if (!check)
            return check.error();
        byKey = *check;
    }
    const QString name = QStringLiteral("%1 › %2.%3").arg(sp.key, src.source, t.table);
    if (did != planned)
        problemsJson << tr("%1: %2 rows planned, %3 affected.").arg(name).arg(planned).arg(did);
    if (deleting && byKey.present > 0)
        problemsJson << tr("%1: %2 of %3 rows planned for deletion are still there.")
                            .arg(name)
                            .arg(byKey.present)
                            .arg(planned);
    if (!deleting && byKey.wrong > 0)
        problemsJson << tr("%1: %2 of %3 rows planned for an update do not hold the erased values.")
                            .arg(name)
                            .arg(byKey.wrong)
                            .arg(planned);
    if (identityLeft > 0)
        problemsJson << tr("%1: %2 updated rows still hold the subject's email address or phone "
                           "number.")
                            .arg(name)
                            .arg(identityLeft);
    if (notPlanned > 0)
        problemsJson << tr("%1: a new search finds %2 rows the plan neither erases nor keeps.")
                            .arg(name)
                            .arg(notPlanned);
    tablesJson << QJsonObject{{QStringLiteral("system"), sp.key},
                              {QStringLiteral("source"), src.source},
                              {QStringLiteral("table"), t.table},
                              {QStringLiteral("action"), tableActionKey(t.action)},
                              {QStringLiteral("planned"), planned},
                              {QStringLiteral("affected"), did},
                              {QStringLiteral("kept"), keptJson},
                              {QStringLiteral("still_present"), deleting ? byKey.present : 0},
                              {QStringLiteral("not_erased"), deleting ? 0 : byKey.wrong},
                              {QStringLiteral("identity_left"), identityLeft},
                              {QStringLiteral("found_after"), stillThere},
                              {QStringLiteral("unexpected"), notPlanned}};
    return {};
}

// Closes the connections, then stores the report with the run: done when verified with no processor failed,
// incomplete otherwise.
Result<QJsonObject> Execution::writeReport()
{
    connections.clear();
    const bool verified = problemsJson.isEmpty();
    const QJsonObject report{
        {QStringLiteral("request"), plan.requestId},
        {QStringLiteral("digest"), plan.digest},
        {QStringLiteral("run"), runId},
        {QStringLiteral("verified"), verified},
        {QStringLiteral("problems"), problemsJson},
        {QStringLiteral("counts"), QJsonObject{{QStringLiteral("deleted"), deleted},
                                               {QStringLiteral("updated"), updated},
                                               {QStringLiteral("nulled_first"), nulled},
                                               {QStringLiteral("kept"), kept},
                                               {QStringLiteral("phone_only_left"), phoneOnlyLeft},
                                               {QStringLiteral("unexpected"), unexpected},
                                               {QStringLiteral("processor_done"), processorDone},
                                               {QStringLiteral("processor_failed"), processorFailed},
                                               {QStringLiteral("manual_tasks"), qint64(manualJson.size())}}},
        {QStringLiteral("tables"), tablesJson},
        {QStringLiteral("processors"), processorsJson},
        {QStringLiteral("manual_tasks"), manualJson},
    };
    const QString state =
        verified && processorFailed == 0 ? QStringLiteral("done") : QStringLiteral("incomplete");
    if (Status s = erasures.finish(runId, state, report); !s)
        return s.error();
    return report;
}

} // namespace

QString ErasureExecutor::keyedHash(const QByteArray& key, const QString& value)
{
    return QString::fromLatin1(
        QMessageAuthenticationCode::hash(value.toUtf8(), key, QCryptographicHash::Sha256).toHex());
}

// The phases in order: the stored run and its layout, the steps and the journal checked against them, the
// steps not yet committed, then the verification and the report.
Result<QJsonObject> ErasureExecutor::run(WorkspaceStore& store, qint64 runId, const ErasurePlan& plan,
                                         const QList<SystemInput>& systems, const Options& options)
{
    Execution x(store, runId, plan, systems, options);
    if (Status s = x.loadRun(); !s)
        return s.error();
    if (Status s = x.buildSteps(); !s)
        return s.error();
    if (Status s = x.checkJournal(x.layoutOfSteps()); !s)
        return s.error();
    if (Status s = x.runSteps(); !s)
        return s.error();
    if (options.progress)
        options.progress(x.total, x.total, tr("Verifying"));
    if (Status s = x.readJournal(); !s)
        return s.error();
    if (Status s = x.verify(); !s)
        return s.error();
    return x.writeReport();
}

} // namespace lethe
