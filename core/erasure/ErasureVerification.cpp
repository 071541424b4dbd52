#include "ErasureExecution.h"

#include "Validation.h"

#include <algorithm>

#include <QJsonDocument>
#include <QMutex>
#include <QSqlError>

namespace lethe::erasurerun {

namespace {

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

// The whole-number keys from `from` on (at most kRangeKeys, up to the first key that is not one), sorted and
// without repeats into `out`, when the range they span holds at most twice as many numbers: how many keys
// were read. 0 when they are sparser than that or the key at `from` is not a whole number.
qsizetype denseWindow(const KeyList& keys, qsizetype from, std::vector<qlonglong>& out)
{
    out.clear();
    QVarLengthArray<QByteArrayView, 4> values;
    const qsizetype end = std::min(keys.size(), from + kRangeKeys);
    qsizetype k = from;
    for (; k < end; ++k) {
        keys.valuesOf(k, values);
        const auto n = values.size() == 1 ? canonicalInteger(values[0]) : std::nullopt;
        if (!n)
            break;
        out.push_back(*n);
    }
    if (out.empty())
        return 0;
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    const quint64 width = quint64(out.back()) - quint64(out.front()); // exact: the difference of two int64
    return width < 2 * quint64(out.size()) ? k - from : 0;
}

} // namespace

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
    // Deleted rows of a single whole-number key column whose keys lie close together (as rows numbered as
    // they were inserted mostly do) are checked by the range their keys span: one statement reads the keys
    // of the rows left in it (at most as many again as the planned keys, and only the key column), and each
    // is looked up among the planned keys. It finds every planned key still there exactly as the lookup by
    // key does, at a fraction of its cost: binding and matching a hundred keys per statement cost SQLite
    // four times the lookups themselves. Other keys are looked up a hundred at a time.
    QString rangeSql;
    if (changes.isEmpty() && keyColumns.size() == 1) {
        auto whole = wholeNumberColumn(system, source, tableName, keyColumns.first());
        if (!whole)
            return whole.error();
        if (*whole)
            rangeSql =
                QStringLiteral("SELECT %1 FROM %2 WHERE %1 >= ? AND %1 <= ?")
                    .arg(cols.first(), SqlConnection::qualifiedTable(engine, schema, tableName).value());
    }
    std::vector<qlonglong> window;
    qsizetype sparseUntil = 0; // the keys before this were found too sparse for a range
    for (qsizetype from = 0; from < keys.size();) {
        if (!rangeSql.isEmpty() && from >= sparseUntil) {
            if (const qsizetype n = denseWindow(keys, from, window); n > 0) {
                if (Status st = checkRange(**conn, rangeSql, window, tableName, out); !st)
                    return st.error();
                from += n;
                continue;
            }
            sparseUntil = from + kRangeKeys;
        }
        const KeyList chunk = keys.mid(from, kStatementKeys);
        from += chunk.size();
        const QString sql = QStringLiteral("SELECT %1 FROM %2 WHERE %3")
                                .arg(cols.join(QStringLiteral(", ")),
                                     SqlConnection::qualifiedTable(engine, schema, tableName).value(),
                                     keyCondition(engine, keyColumns, chunk.size()));
        bool ok = true;
        QString error;
        QSqlQuery& prepared = (*conn)->prepared(sql, &ok, &error);
        if (!ok)
            return makeError(Error::Code::Storage, tr("Verifying %1: %2").arg(tableName, error));
        KeyStatement q(prepared, engine);
        if (!q.exec({}, chunk))
            return makeError(Error::Code::Storage, tr("Verifying %1: %2").arg(tableName, q.error()));
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
        if (!q.error().isEmpty()) // a row that could not be read is not a row gone
            return makeError(Error::Code::Storage, tr("Verifying %1: %2").arg(tableName, q.error()));
        q.finish();
    }
    return out;
}

// Whether `column` of `table` holds whole numbers only, as the database declares it (read once per source):
// only then is a range of keys the same rows as the keys in it.
Result<bool> Execution::wholeNumberColumn(int system, int source, const QString& table, const QString& column)
{
    Step at;
    at.system = system;
    at.source = source;
    auto conn = connectionFor(at);
    if (!conn)
        return conn.error();
    Source& on = **conn;
    if (!on.columns) {
        const DataSource& described = systems[inputOf[system]].map.sources[source];
        auto live = ErasureOrder::liveColumnTypes(on.connection.db(), on.connection.engine(), described);
        // Columns that cannot be read are not known to be whole numbers: every key is then looked up by
        // key, as before, rather than the proof failing for want of a shortcut.
        on.columns = live ? std::move(live).value() : ErasureOrder::Columns();
    }
    const auto it = on.columns->constFind(table + QLatin1Char('.') + column);
    return it != on.columns->cend() && it->kind == ErasureOrder::Column::Kind::Integer;
}

// The rows left in the range `sortedKeys` spans, by their key alone: those that are planned keys count as
// still there.
Status Execution::checkRange(Source& on, const QString& sql, const std::vector<qlonglong>& sortedKeys,
                             const QString& tableName, KeyCheck& out)
{
    bool ok = true;
    QString error;
    QSqlQuery& prepared = on.prepared(sql, &ok, &error);
    if (!ok)
        return makeError(Error::Code::Storage, tr("Verifying %1: %2").arg(tableName, error));
    KeyStatement q(prepared, on.connection.engine());
    if (!q.exec({QVariant(sortedKeys.front()), QVariant(sortedKeys.back())}, {}))
        return makeError(Error::Code::Storage, tr("Verifying %1: %2").arg(tableName, q.error()));
    while (q.next()) {
        bool number = false;
        const qlonglong key = q.value(0).toLongLong(&number);
        // A value that cannot be read as a number is never taken for a row gone.
        out.present += !number || std::binary_search(sortedKeys.begin(), sortedKeys.end(), key);
    }
    if (!q.error().isEmpty())
        return makeError(Error::Code::Storage, tr("Verifying %1: %2").arg(tableName, q.error()));
    q.finish();
    return {};
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

} // namespace lethe::erasurerun
