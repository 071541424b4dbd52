#include "ErasurePlan.h"

#include "DataMapLive.h"
#include "ErasurePlanRows.h"
#include "ProcessorConnections.h"
#include "ProcessorErasure.h"
#include "Validation.h"

#include <QRegularExpression>

#include <algorithm>

namespace lethe {

using namespace erasureplan;

Status ErasurePlanner::checkUnchanged(const ErasurePlan& fresh, const QString& shownDigest)
{
    if (!fresh.problems.isEmpty())
        return makeError(Error::Code::IllegalState,
                         tr("%1: the plan has problems and cannot run: %2")
                             .arg(fresh.requestId, fresh.problems.join(QStringLiteral("; "))));
    if (fresh.digest != shownDigest.trimmed().toLower())
        return makeError(
            Error::Code::Conflict,
            tr("%1: the data changed since the plan %2 was made (it is now %3); make the plan again, "
               "check it, and run that one.")
                .arg(fresh.requestId, shownDigest.left(16), fresh.digest.left(16)));
    return {};
}

bool ErasurePlanner::retains(const RetentionRule& rule, const QVariant& whenValue, const QVariant& fromValue,
                             QDate today, QDate* until)
{
    if (!rule.whenField.isEmpty() && !rule.whenValues.contains(whenValue.toString()))
        return false;
    if (rule.fromField.isEmpty()) {
        *until = QDate();
        return true;
    }
    QDate from;
    if (fromValue.typeId() == QMetaType::QDate)
        from = fromValue.toDate();
    else if (fromValue.typeId() == QMetaType::QDateTime)
        from = fromValue.toDateTime().date();
    else
        from = QDate::fromString(fromValue.toString().left(10), Qt::ISODate);
    if (!from.isValid()) {
        *until = QDate(); // no readable date: kept, with no end, for a person to look at
        return true;
    }
    // Periods run in calendar years and months, as the law counts them (7 years from 1 June 2025 ends on
    // 1 June 2032); a period the rule gives only in days is added as days.
    static const QRegularExpression period(QStringLiteral("^\\s*(\\d{1,4})\\s*([dmy])\\s*$"));
    const auto m = period.match(rule.keepFor.toLower());
    if (m.hasMatch() && m.captured(2) == QLatin1String("y"))
        *until = from.addYears(m.captured(1).toInt());
    else if (m.hasMatch() && m.captured(2) == QLatin1String("m"))
        *until = from.addMonths(m.captured(1).toInt());
    else
        *until = from.addDays(rule.keepDays);
    return *until > today;
}

namespace {

// The plan of one system: its sources' live schemas, the search of every row, each source's plan from the
// rows found, then its processors.
class SystemPlanning
{
public:
    using Input = ErasurePlanner::Input;
    using SystemInput = ErasurePlanner::SystemInput;
    Q_DECLARE_TR_FUNCTIONS(lethe::ErasurePlanner)
public:
    SystemPlanning(const Input& in, const SystemInput& system, ErasurePlan& p)
        : input(in), sys(system), map(system.map), plan(p), collected(map.sources.size()),
          orders(map.sources.size()), refs(map.sources.size()), links(map.sources.size()),
          inbound(map.sources.size()), usable(map.sources.size(), false)
    {
        sp.key = map.key;
        sp.name = map.name;
        sp.manualTasks = sys.manual;
    }

    const Input& input;
    const SystemInput& sys;
    const DataMap& map;
    ErasurePlan& plan;
    ErasureSystemPlan sp;
    QList<QList<Collect>> collected;
    QList<ErasureOrder::Plan> orders;
    QList<QList<ErasureOrder::Reference>> refs;
    QList<QList<ErasureOrder::Link>> links;
    QList<QList<Inbound>> inbound;
    QList<bool> usable;

    bool cancelled() const { return input.stop.stop_requested(); }
    void progress(const QString& step) const
    {
        if (input.progress)
            input.progress(step);
    }

    // The live schema of source `s`: references, nullability, order and strategies. Whether the source can
    // be planned.
    bool readSource(int s)
    {
        const DataSource& src = map.sources[s];
        progress(tr("Reading the schema of %1 › %2").arg(map.name, src.key));
        SqlConnection conn;
        if (Status st = conn.open(sys.connections.value(s, src.connection)); !st) {
            plan.problems << tr("%1 › %2: cannot connect: %3")
                                 .arg(map.key, src.key,
                                      sys.sourceProblems.contains(src.key)
                                          ? sys.sourceProblems.value(src.key) + QStringLiteral("; ") +
                                                st.error().message
                                          : st.error().message);
            return false;
        }
        // The live schema in one pass: column types, NULL, keys and foreign keys. Every strategy is
        // checked against the column it writes: a value the column refuses would fail the run halfway,
        // after other rows are gone.
        // On a server the foreign keys are read once, with the columns: those of the mapped tables (`live`)
        // and every one pointing anywhere (`every`), each catalogue query costing milliseconds. SQLite's
        // pragmas are read again below by SqlConnection::foreignKeys, in the order the plan has always
        // used.
        QList<SqlConnection::ForeignKey> live, every;
        auto columns = ErasureOrder::liveColumns(conn.db(), conn.engine(), src, &live, &every);
        if (!columns) {
            plan.problems << QStringLiteral("%1 › %2: %3").arg(map.key, src.key, columns.error().message);
            return false;
        }
        QStringList missing;
        for (const Table& t : src.tables) {
            bool found = false;
            for (auto it = columns->cbegin(); !found && it != columns->cend(); ++it)
                found = it->table == t.name;
            if (!found)
                missing << t.name;
        }
        if (!missing.isEmpty()) {
            for (const QString& t : std::as_const(missing))
                plan.problems << QStringLiteral("%1 › %2: %3")
                                     .arg(
                                         map.key, src.key,
                                         ErasureOrder::tr("The table %1 of source %2 is not in the database.")
                                             .arg(t, src.key));
            return false;
        }
        // A partition or inheritance child listed beside its parent: the parent's query reads its rows,
        // so they would be counted and erased twice.
        if (const auto twice = DataMapLive::partitionProblems(map.file, src, conn.db(), conn.engine());
            !twice.isEmpty()) {
            for (const DataMapIssue& p : twice)
                plan.problems << QStringLiteral("%1 › %2: %3").arg(map.key, src.key, p.toString());
            return false;
        }
        QSet<QString> nullable;
        for (auto it = columns->cbegin(); it != columns->cend(); ++it)
            if (it->nullable)
                nullable.insert(it.key());
        QStringList names;
        for (const Table& t : src.tables)
            names << t.name;
        // The order and the kept-because-referenced rule read the mapped tables' foreign keys with a
        // composite key's columns paired by position; the strategy check reads every key of the schema.
        const bool sqlite = conn.engine() == ConnectionParams::Engine::Sqlite;
        const auto declared =
            sqlite ? SqlConnection::foreignKeys(conn.db(), conn.engine(), src.tableNames()) : live;
        refs[s] = ErasureOrder::references(src, declared, nullable);
        links[s] = ErasureOrder::links(src, declared);
        for (const DataMapIssue& p : ErasureOrder::strategyProblems(map.file, src, *columns))
            plan.problems << QStringLiteral("%1 › %2: %3").arg(map.key, src.key, p.toString());
        if (sqlite)
            every = SqlConnection::foreignKeys(conn.db(), conn.engine(), src.tableNames(), true);
        if (!inboundKeys(s, src, names, every))
            return false;
        usable[s] = true;
        collectFields(s);
        return true;
    }

    // Every foreign key of the live schema (and of the map) that points at a mapped table of source `s`;
    // false when one points at a column the map does not declare.
    bool inboundKeys(int s, const DataSource& src, const QStringList& names,
                     const QList<SqlConnection::ForeignKey>& every)
    {
        bool fine = true;
        // Every foreign key of the database that points at a mapped table, from whatever table: a row
        // another row points at is not deleted while that row stays (checked once the rows are known).
        // (In every schema; the mapped tables named as the map names them, SqlConnection::foreignKeys.)
        for (const SqlConnection::CompositeKey& k : SqlConnection::group(every)) {
            const int pt = int(names.indexOf(k.parentTable));
            if (pt < 0)
                continue;
            Inbound in{k, int(names.indexOf(k.table)), {}, {}};
            QStringList undeclared;
            for (const QString& c : k.parentColumns) {
                bool has = false;
                for (const Field& f : src.tables[pt].fields)
                    has = has || f.name == c;
                if (!has)
                    undeclared << c;
            }
            if (!undeclared.isEmpty()) {
                plan.problems << QStringLiteral("%1 › %2: %3")
                                     .arg(map.key, src.key,
                                          tr("The foreign key %1.(%2) points at %3.(%4), but the data map "
                                             "does not declare %5 in %3, so the plan cannot tell which "
                                             "rows it protects. Declare the column in the table %3.")
                                              .arg(k.table, k.columns.join(QStringLiteral(", ")),
                                                   k.parentTable, k.parentColumns.join(QStringLiteral(", ")),
                                                   undeclared.join(QStringLiteral(", "))));
                fine = false;
                continue;
            }
            if (in.child >= 0) {
                for (const QString& c : k.columns)
                    for (int f = 0; f < src.tables[in.child].fields.size(); ++f)
                        if (src.tables[in.child].fields[f].name == c)
                            in.childFields << f;
            }
            inbound[s] << in;
        }
        // The map's own references count as well: where the database has no foreign key, a row that
        // stays and points at a deleted one through a declared reference would point at nothing.
        auto declaredInbound = [&](const QString& child, const QStringList& cols, const QString& parent,
                                   const QStringList& to) {
            const int pt = int(names.indexOf(parent)), ct = int(names.indexOf(child));
            if (pt < 0 || ct < 0 || cols.size() != to.size())
                return;
            for (const Inbound& in : std::as_const(inbound[s]))
                if (in.key.table == child && in.key.columns == cols && in.key.parentTable == parent &&
                    in.key.parentColumns == to)
                    return;
            Inbound in{{child, cols, parent, to, src.tables[ct].schema, child}, ct, {}, {}};
            for (const QString& c : cols)
                for (int f = 0; f < src.tables[ct].fields.size(); ++f)
                    if (src.tables[ct].fields[f].name == c)
                        in.childFields << f;
            for (const QString& c : to) {
                bool has = false;
                for (const Field& f : src.tables[pt].fields)
                    has = has || f.name == c;
                if (!has)
                    return; // the map's validation names it
            }
            inbound[s] << in;
        };
        for (const Table& t : src.tables) {
            for (const Field& f : t.fields)
                if (f.references)
                    declaredInbound(t.name, {f.name}, f.references->table, {f.references->field});
            for (const TableReference& r : t.references)
                declaredInbound(t.name, r.columns, r.table, r.to);
        }
        return fine;
    }

    // The columns the plan reads of each table of source `s` besides the key.
    void collectFields(int s)
    {
        const DataSource& src = map.sources[s];
        // The columns the plan reads besides the key: retention rules' fields and both ends of
        // references.
        for (int t = 0; t < src.tables.size(); ++t) {
            const Table& table = src.tables[t];
            Collect c;
            QStringList extra;
            for (const RetentionRule& r : table.retention)
                extra << r.whenField << r.fromField;
            for (const ErasureOrder::Reference& r : std::as_const(refs[s])) {
                if (r.child == table.name)
                    extra << r.column;
                if (r.parent == table.name)
                    extra << r.parentColumn;
            }
            for (const Inbound& in : std::as_const(inbound[s])) {
                if (in.key.parentTable == table.name)
                    extra << in.key.parentColumns;
                if (in.child == t)
                    extra << in.key.columns;
            }
            for (int f = 0; f < table.fields.size(); ++f) {
                if (table.primaryKey.contains(table.fields[f].name))
                    c.keyFields << f;
                if (extra.contains(table.fields[f].name))
                    c.extraFields << f;
            }
            // Key columns in the order the map's primary_key lists them.
            std::sort(c.keyFields.begin(), c.keyFields.end(), [&](int a, int b) {
                return table.primaryKey.indexOf(table.fields[a].name) <
                       table.primaryKey.indexOf(table.fields[b].name);
            });
            collected[s] << c;
        }
    }

    // Every row, through the same traversal the preview uses.
    Status search()
    {
        progress(tr("Searching %1").arg(map.name));
        // A source's index by its key, asked once for every row found: a map has a handful of sources, and
        // comparing their short keys costs less than hashing the key each time.
        auto sourceIndexOf = [&](const QString& key) {
            for (int s = 0; s < map.sources.size(); ++s)
                if (map.sources[s].key == key)
                    return s;
            return -1;
        };
        // Tables whose related rows (rows the subject's rows point at: a customer's address) the plan may
        // erase: not a person's own rows (a table with an identity field: the employee a customer points
        // at is someone), holding personal data, with something for the plan to do. Whether nothing that
        // stays points at the row is decided once the rows are counted (countInbound, planSource).
        QList<QList<bool>> relatedErasable(map.sources.size());
        bool anyRelatedErasable = false;
        for (int s = 0; s < map.sources.size(); ++s) {
            for (const Table& t : map.sources[s].tables) {
                bool person = false, personal = false;
                for (const Field& f : t.fields) {
                    person = person || f.identity.has_value();
                    for (const QString& c : f.categories)
                        personal = personal || !c.startsWith(QLatin1String("system."));
                }
                const bool erasable = !person && personal && actionOf(t).changes;
                relatedErasable[s] << erasable;
                anyRelatedErasable = anyRelatedErasable || erasable;
            }
        }
        Traversal::Options o;
        o.previewRows = 0;
        o.related = anyRelatedErasable;
        o.relatedWanted = [&](const QString& sourceKey, int t) {
            const int s = sourceIndexOf(sourceKey);
            return s >= 0 && relatedErasable[s].value(t);
        };
        o.stop = input.stop;
        o.sourceProblems = sys.sourceProblems;
        // The plan reads a row's key and the columns of its retention rules and references, nothing else.
        o.fieldsNeeded = [&](const QString& sourceKey, int t) {
            const int s = sourceIndexOf(sourceKey);
            if (s < 0 || t < 0 || t >= collected[s].size())
                return QList<int>();
            return collected[s][t].keyFields + collected[s][t].extraFields;
        };
        auto rowKey = [](const Collect& c, const QVariantList& values) {
            QStringList key;
            for (int f : std::as_const(c.keyFields))
                key << values[f].toString();
            return key;
        };
        o.onRow = [&](const QString& sourceKey, int t, const QVariantList& values, bool phoneOnly, bool first,
                      bool others) {
            const int s = sourceIndexOf(sourceKey);
            if (s < 0 || !usable[s])
                return;
            // No lock: a source's rows arrive one at a time, each after the last (Traversal::Options::onRow),
            // and each source has its own `collected[s]`. (A lock taken per row cost the thread doing the
            // rows of a million-row lookup a twelfth of its time.)
            Collect& c = collected[s][t];
            // The usual row: first met, the subject's own, and nothing to look up again later.
            if (first && !phoneOnly && !others && c.relatedAt.isEmpty() && c.revisit.isEmpty()) {
                c.rows.appendValues(values, c.keyFields, c.extraFields, false);
                return;
            }
            QStringList key;
            for (int f : std::as_const(c.keyFields))
                key << values[f].toString();
            // Met as related first (an address), the subject's own now (a user id found later).
            if (!c.relatedAt.isEmpty()) {
                const auto rel = c.relatedAt.constFind(rowKeyOf(key));
                if (rel != c.relatedAt.cend()) {
                    c.rows.makeOwned(*rel, phoneOnly);
                    if (phoneOnly || others)
                        c.revisit.insert(rowKeyOf(key), *rel);
                    c.relatedAt.erase(rel);
                    return;
                }
            }
            // A row reported again (a repeat, or data about someone else now reached as the subject's
            // own) is one the plan holds already; only a row that was phone-only or someone else's can
            // change.
            if (!first || !c.revisit.isEmpty()) {
                const auto it = c.revisit.constFind(rowKeyOf(key));
                if (it != c.revisit.cend()) {
                    if (!phoneOnly)
                        c.rows.clearPhoneOnly(*it);
                    return;
                }
                if (!first)
                    return;
            }
            QStringList extra;
            for (int f : std::as_const(c.extraFields))
                extra << packValue(values[f]);
            if (phoneOnly || others)
                c.revisit.insert(rowKeyOf(key), c.rows.size());
            c.rows.append(key, extra, phoneOnly);
        };
        o.onRelated = [&](const QString& sourceKey, int t, const QVariantList& values, bool someoneElses) {
            const int s = sourceIndexOf(sourceKey);
            if (s < 0 || !usable[s] || !relatedErasable[s].value(t))
                return;
            Collect& c = collected[s][t]; // no lock, as onRow
            const QStringList key = rowKey(c, values);
            const QString k = rowKeyOf(key);
            const auto it = c.relatedAt.constFind(k);
            if (it != c.relatedAt.cend()) {
                if (someoneElses)
                    c.rows.markSomeoneElses(*it);
                return;
            }
            QStringList extra;
            for (int f : std::as_const(c.extraFields))
                extra << packValue(values[f]);
            c.relatedAt.insert(k, c.rows.size());
            c.rows.append(key, extra, false, true, someoneElses);
        };
        auto dossier = Traversal::run(map, sys.connections, plan.identities, o);
        if (!dossier)
            return dossier.error();
        // A related row that is someone else's (reached through a column naming a person, or pointing at
        // another person's row) is not the plan's to touch: left alone, as the preview shows it.
        for (QList<Collect>& perSource : collected)
            for (Collect& c : perSource) {
                c.revisit.clear(); // the search is over: no row is reported again
                c.relatedAt.clear();
                if (c.anyRelated())
                    c.rows.dropSomeoneElses();
            }
        for (const DossierTable& t : dossier->tables)
            if (!t.error.isEmpty() && // said once (a partition beside its parent is said by the live check)
                std::none_of(plan.problems.cbegin(), plan.problems.cend(),
                             [&](const QString& p) { return p.endsWith(t.error); }))
                plan.problems << QStringLiteral("%1 › %2.%3: %4").arg(map.key, t.source, t.table, t.error);
        sp.learned = dossier->learned;
        return {};
    }

    // Each usable source's plan from the rows found.
    void planSources()
    {
        for (int s = 0; s < map.sources.size(); ++s) {
            if (!usable[s])
                continue;
            const DataSource& src = map.sources[s];
            // The order, and the check for references that point in a circle, over the tables this plan
            // changes rows of (a row that stays and points at a deleted one keeps it, whatever the
            // order): two tables that point at each other but hold nothing of the subject do not stop the
            // erasure.
            QStringList changing, names, relatedOnly;
            for (int t = 0; t < src.tables.size(); ++t) {
                names << src.tables[t].name;
                const FoundRows& rows = collected[s][t].rows;
                if (!rows.isEmpty() && actionOf(src.tables[t]).changes) {
                    changing << src.tables[t].name;
                    if (rows.relatedCount() == rows.size())
                        relatedOnly << src.tables[t].name;
                }
            }
            auto order = ErasureOrder::compute(changing, refs[s]);
            QSet<int> relatedKept; // tables whose related rows stay: erasing them needs a circle broken
            if (!order && !relatedOnly.isEmpty()) {
                // Erasing related rows must not stop an erasure of the subject's own rows: where they
                // close a circle of references, they stay, and the order is made without them.
                QStringList owned = changing;
                for (const QString& t : std::as_const(relatedOnly))
                    owned.removeAll(t);
                if (auto without = ErasureOrder::compute(owned, refs[s])) {
                    order = without;
                    for (const QString& t : std::as_const(relatedOnly))
                        relatedKept.insert(int(names.indexOf(t)));
                }
            }
            if (!order) {
                plan.problems << QStringLiteral("%1 › %2: %3").arg(map.key, src.key, order.error().message);
                continue;
            }
            orders[s] = *order;
            // How many rows point at each found row, per foreign key into a table the plan deletes from.
            if (Status st =
                    countInbound(sys.connections.value(s, src.connection), src, collected[s], inbound[s]);
                !st) {
                plan.problems << QStringLiteral("%1 › %2: %3").arg(map.key, src.key, st.error().message);
                continue;
            }
            ErasureSourcePlan out;
            out.source = src.key;
            planSource(src, collected[s], orders[s], refs[s], links[s], inbound[s], relatedKept, input, out);
            collected[s] = {}; // the plan holds its own copy of the keys now: freed before the next source
            sp.sources << out;
        }
    }

    // The processors: by the request's identities, and those that look up by user id with the ids the
    // databases taught too.
    Status planProcessors(QSet<QString>& connectionsSeen)
    {
        QList<ProcessorHub::Job> now, later;
        for (const ProcessorHub::Job& j : sys.processors) {
            if (connectionsSeen.contains(j.connection.key))
                continue; // two systems sharing a connection: planned once
            connectionsSeen.insert(j.connection.key);
            (ProcessorConnections::waitsForUserIds(j.definition) ? later : now) << j;
        }
        QList<ProcessorResult> results;
        if (!now.isEmpty() || !later.isEmpty())
            progress(tr("Looking up %1's processors").arg(map.name));
        if (!now.isEmpty())
            results += ProcessorHub::search(now, plan.identities, input.stop);
        if (!later.isEmpty())
            results += ProcessorHub::search(later, plan.identities + sp.learned, input.stop);
        if (cancelled())
            return makeError(Error::Code::Cancelled, tr("Planning the erasure was cancelled."));
        for (const ProcessorResult& r : std::as_const(results)) {
            const ProcessorHub::Job* job = nullptr;
            for (const ProcessorHub::Job& j : std::as_const(sys.processors))
                if (j.connection.key == r.connection)
                    job = &j;
            ErasureProcessorPlan pp;
            pp.connection = r.connection;
            pp.processor = r.processor;
            pp.processorName = r.processorName;
            pp.keeps = r.keeps;
            pp.errors = r.errors;
            for (const QString& e : r.errors)
                plan.problems << QStringLiteral("%1 › %2: %3").arg(map.key, r.processorName, e);
            pp.found = r;
            pp.found.sets.clear();
            for (const ProcessorRecordSet& set : r.sets) {
                ProcessorRecordSet kept = set;
                kept.records.clear();
                kept.via.clear();
                kept.parents.clear();
                kept.identities.clear();
                ErasureProcessorPlan::Set ps{set.lookup, set.name, {}, {}};
                const Lookup* lookup = job ? job->definition.lookup(set.lookup) : nullptr;
                const QHash<QString, QStringList> read =
                    job ? ProcessorErasure::fieldsRead(job->definition) : QHash<QString, QStringList>();
                for (int i = 0; i < set.records.size(); ++i) {
                    if (set.identities.value(i).kind == IdentityKind::Phone && !input.confirmPhoneMatches) {
                        ++pp.phoneOnlyLeft;
                        continue;
                    }
                    kept.records << set.records[i];
                    kept.via << set.via.value(i);
                    kept.parents << set.parents.value(i);
                    kept.identities << set.identities.value(i);
                    ps.ids << (lookup && !lookup->id.isEmpty()
                                   ? Templates::text(Templates::value(set.records[i], lookup->id))
                                   : QString::number(i + 1));
                    QJsonObject parents;
                    const QJsonObject allParents = set.parents.value(i);
                    for (auto it = allParents.begin(); it != allParents.end(); ++it)
                        parents.insert(
                            it.key(), ProcessorErasure::project(it.value().toObject(), read.value(it.key())));
                    const Identity by = set.identities.value(i);
                    ps.targets << QJsonObject{
                        {QStringLiteral("id"), ps.ids.last()},
                        {QStringLiteral("record"),
                         ProcessorErasure::project(set.records[i], read.value(set.lookup))},
                        {QStringLiteral("parents"), parents},
                        {QStringLiteral("identity"),
                         QJsonObject{{QStringLiteral("kind"), Names::key(by.kind)},
                                     {QStringLiteral("value"), by.value}}}};
                }
                pp.found.sets << kept;
                if (!ps.ids.isEmpty())
                    pp.sets << ps;
            }
            if (job) {
                for (const ErasureStep& step : job->definition.erasure) {
                    pp.steps << QStringLiteral("%1 (%2)").arg(step.name, erasureEffectKey(step.effect));
                    // A step that erases by identity (Google Analytics by user id) reaches one target per
                    // identity of its kind: listed by kind and number, never by value.
                    if (!step.identity)
                        continue;
                    ErasureProcessorPlan::Set ps{QStringLiteral("identity:") + step.key, step.name, {}, {}};
                    const QList<Identity> all = plan.identities + sp.learned;
                    for (const Identity& i : all)
                        if (i.kind == *step.identity &&
                            (i.kind != IdentityKind::Phone || input.confirmPhoneMatches))
                            ps.ids << QStringLiteral("%1 %2").arg(Names::key(i.kind)).arg(ps.ids.size() + 1);
                    if (!ps.ids.isEmpty())
                        pp.sets << ps;
                }
            }
            sp.processors << pp;
        }
        return {};
    }
};

} // namespace

Result<ErasurePlan> ErasurePlanner::build(const Input& input)
{
    ErasurePlan plan;
    plan.requestId = input.request.humanId;
    plan.subjectName = input.request.subjectName;
    plan.madeOn = input.today;
    plan.phoneMatchesConfirmed = input.confirmPhoneMatches;
    for (const Identity& i : input.request.identities) {
        auto n = Validation::normalizeIdentity(i);
        if (!n)
            return n.error();
        if (!plan.identities.contains(*n))
            plan.identities << *n;
    }
    QSet<QString> connectionsSeen;
    for (const SystemInput& sys : input.systems) {
        SystemPlanning p(input, sys, plan);
        for (int s = 0; s < sys.map.sources.size(); ++s)
            p.readSource(s);
        if (p.cancelled())
            return makeError(Error::Code::Cancelled, tr("Planning the erasure was cancelled."));
        if (Status st = p.search(); !st)
            return st.error();
        p.planSources();
        if (Status st = p.planProcessors(connectionsSeen); !st)
            return st.error();
        plan.systems << p.sp;
    }
    canonicalize(plan);
    plan.digest = plan.computeDigest();
    return plan;
}

} // namespace lethe
