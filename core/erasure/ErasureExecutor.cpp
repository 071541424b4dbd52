#include "ErasureExecution.h"

#include <QMessageAuthenticationCode>
#include <QSqlError>

#include <limits>
#include <optional>

namespace lethe {

namespace erasurerun {

void addKeysToDigest(QCryptographicHash& h, const KeyList& list, qsizetype from, qsizetype count)
{
    QByteArray text;
    QVarLengthArray<QByteArrayView, 4> values;
    for (qsizetype i = from; i < from + count; ++i) {
        list.valuesOf(i, values);
        for (qsizetype v = 0; v < values.size(); ++v) {
            if (v > 0)
                text.append('\x1e');
            text.append(values[v]);
        }
        text.append('\x1f');
        if (text.size() >= 1 << 16) {
            h.addData(text);
            text.clear();
        }
    }
    h.addData(text);
}

namespace {

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
    if (st.keys.list)
        addKeysToDigest(h, *st.keys.list, st.keys.from, st.keys.size());
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

// A step's share of the progress: its rows, or the records a processor step erases.
qint64 stepWeight(const Step& st, const ErasurePlan& plan)
{
    return st.kind == Step::Kind::Processor ? plan.systems[st.system].processors[st.processor].targets()
                                            : st.keys.size();
}

} // namespace

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

// The number `text` is, if it is the decimal text QString::number() writes for it (no sign but a minus, no
// leading zero, no spaces, within 64 bits): exactly the texts keyValue(QString) binds as integers.
std::optional<qlonglong> canonicalInteger(QByteArrayView text)
{
    const bool negative = !text.isEmpty() && text.front() == '-';
    const QByteArrayView digits = negative ? text.sliced(1) : text;
    if (digits.isEmpty() || digits.size() > 19 || (digits.front() == '0' && (digits.size() > 1 || negative)))
        return std::nullopt;
    quint64 magnitude = 0; // 19 digits stay below 2^64
    for (const char c : digits) {
        if (c < '0' || c > '9')
            return std::nullopt;
        magnitude = magnitude * 10 + quint64(c - '0');
    }
    constexpr quint64 max = quint64(std::numeric_limits<qlonglong>::max());
    if (magnitude > max + (negative ? 1 : 0))
        return std::nullopt;
    return negative ? qlonglong(quint64(0) - magnitude) : qlonglong(magnitude);
}

QVariant keyValue(QByteArrayView utf8, ConnectionParams::Engine engine)
{
    if (utf8.isNull())
        return keyValue(QString(), engine);
    if (utf8.isEmpty())
        return keyValue(QStringLiteral(""), engine);
    if (engine == ConnectionParams::Engine::Sqlite)
        if (const auto n = canonicalInteger(utf8))
            return *n;
    return QString::fromUtf8(utf8);
}

int bindKeys(QSqlQuery& q, int at, const KeyList& keys, ConnectionParams::Engine engine)
{
    QVarLengthArray<QByteArrayView, 4> values;
    for (qsizetype k = 0; k < keys.size(); ++k) {
        keys.valuesOf(k, values);
        for (const QByteArrayView v : values)
            q.bindValue(at++, keyValue(v, engine));
    }
    return at;
}

QVariantList flatten(const KeyList& keys, ConnectionParams::Engine engine)
{
    QVariantList out;
    for (const QStringList& k : keys)
        for (const QString& v : k)
            out << keyValue(v, engine);
    return out;
}

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
        if (options.stop.stop_requested()) {
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

} // namespace erasurerun

using namespace erasurerun;

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
