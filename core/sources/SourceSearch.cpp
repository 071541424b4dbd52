// The search of one source: its state, its work queue, and the references it follows (SourceSearch.h).
#include "SourceSearch.h"

#include "DataMapLive.h"
#include "Validation.h"

#include <QSqlQuery>

namespace lethe::traversal {

QString key(int table, const QList<int>& fields)
{
    QString k = QString::number(table) + QLatin1Char('.');
    for (int f : fields)
        k += QString::number(f) + QLatin1Char(',');
    return k;
}

namespace {

// Values to compare a stored identity with, given how the column stores it.
QVariantList identityValues(const Identity& id, const Field& f)
{
    if (id.kind == IdentityKind::Phone && !f.normalized) {
        // Stored as typed: compared digits only, in every form the number may have been written.
        QVariantList forms;
        for (const QString& form : Validation::phoneStoredForms(id.value))
            forms << form;
        return forms;
    }
    return {id.value};
}

} // namespace

SourceSearch::SourceSearch(const DataSource& source, const Traversal::Options& options)
    : m_source(source), m_options(options)
{
    for (const Table& t : source.tables) {
        DossierTable out;
        out.source = source.key;
        out.table = t.name;
        for (const Field& f : t.fields) {
            out.columns << f.name;
            out.categories << f.categories;
        }
        tables << out;
    }
    m_seen.resize(size_t(source.tables.size()));
    m_relatedSeen.resize(size_t(source.tables.size()));
    m_shared.resize(size_t(source.tables.size()));
    m_others.resize(size_t(source.tables.size()));
}

// Opens a connection on the calling thread, searches from the identities and follows everything found.
// Returns false when cancelled.
bool SourceSearch::run(const ConnectionParams& params, const QList<Identity>& identities)
{
    if (!open(params))
        return true;
    buildEdges(params.engine);
    markRead();
    // A partition or inheritance child the map lists beside its parent is not searched: the parent's
    // query reads its rows, which would be counted twice. Its error says so (docs/datamap.md).
    for (const auto& [t, message] : DataMapLive::listedBesideParent(m_source, m_conn->db(), params.engine)) {
        tables[t].error = message;
        m_besideParent.insert(t);
    }
    // Every table's declared column types in one go (a round trip per table on a server adds up over a
    // thousand tables: bench/bench_schema_scale.cpp); SQLite reads them per table, as queried.
    if (params.engine != ConnectionParams::Engine::Sqlite) {
        QList<std::pair<QString, QString>> names;
        for (const Table& t : m_source.tables)
            names << std::pair{t.schema, t.name};
        const QList<StoredValue::Declared> all = StoredValue::declaredAll(m_conn->db(), params.engine, names);
        for (int t = 0; t < all.size(); ++t)
            m_declared.insert(t, all[t]);
    }
    for (const Identity& id : identities) {
        if (id.kind == IdentityKind::UserId)
            m_known.insert(id.value, false);
    }
    for (int t = 0; t < m_source.tables.size(); ++t) {
        const QList<Field>& fields = m_source.tables[t].fields;
        for (int f = 0; f < fields.size(); ++f) {
            if (!fields[f].identity)
                continue;
            m_reachable.insert(t);
            m_roots.insert(t);
            QVariantList values;
            for (const Identity& id : identities) {
                if (id.kind == *fields[f].identity)
                    values << identityValues(id, fields[f]);
            }
            if (!values.isEmpty()) {
                m_work << Lookup{
                    t,
                    {f},
                    values,
                    QStringLiteral("%1 → %2.%3")
                        .arg(Names::key(*fields[f].identity), m_source.tables[t].name, fields[f].name),
                    true,
                    *fields[f].identity == IdentityKind::Phone,
                    true};
            }
        }
    }
    markUnreachable();
    const bool finished = drain();
    m_conn.reset(); // closed on the thread that opened it
    return finished;
}

// User ids learned in other sources of the system, with where each was found ("auth.users.id"): looked up
// in this source's user-id fields, on a fresh connection opened on the calling thread.
bool SourceSearch::more(const ConnectionParams& params, const QHash<QString, QString>& userIds)
{
    if (!m_opened)
        return true;
    m_conn = std::make_unique<SqlConnection>();
    if (Status st = m_conn->open(params); !st)
        return true;
    for (auto it = userIds.cbegin(); it != userIds.cend(); ++it) {
        if (m_known.contains(it.key()) && !m_known.value(it.key()))
            continue;
        m_known.insert(it.key(), false);
        queueUserId(it.key(), it.value(), false);
    }
    const bool finished = drain();
    m_conn.reset();
    return finished;
}

bool SourceSearch::open(const ConnectionParams& params)
{
    m_conn = std::make_unique<SqlConnection>();
    if (Status st = m_conn->open(params); !st) {
        for (DossierTable& t : tables)
            t.error = m_options.sourceProblems.contains(m_source.key)
                          ? QStringLiteral("%1; %2").arg(m_options.sourceProblems.value(m_source.key),
                                                         st.error().message)
                          : st.error().message;
        return false;
    }
    m_opened = true;
    return true;
}

std::pair<int, int> SourceSearch::indexOf(const QString& table, const QString& field) const
{
    for (int t = 0; t < m_source.tables.size(); ++t) {
        if (m_source.tables[t].name != table)
            continue;
        for (int f = 0; f < m_source.tables[t].fields.size(); ++f) {
            if (m_source.tables[t].fields[f].name == field)
                return {t, f};
        }
    }
    return {-1, -1};
}

// The fields of `table` named `names`, or nothing when one is not declared.
std::optional<std::pair<int, QList<int>>> SourceSearch::indexOf(const QString& table,
                                                                const QStringList& names) const
{
    QList<int> fields;
    int t = -1;
    for (const QString& n : names) {
        const auto [ti, fi] = indexOf(table, n);
        if (ti < 0)
            return std::nullopt;
        t = ti;
        fields << fi;
    }
    if (t < 0)
        return std::nullopt;
    return std::pair{t, fields};
}

// Edges from the known side to the side that points at it, per parent table: from the map's references
// (of one column, or of several) and from the database's own foreign keys between declared columns, a
// key of several columns as one edge whose columns are paired by their position in the key.
void SourceSearch::buildEdges(ConnectionParams::Engine engine)
{
    m_engine = engine;
    auto add = [this](const QString& child, const QStringList& columns, const QString& parent,
                      const QStringList& parentColumns) {
        const auto c = indexOf(child, columns);
        const auto p = indexOf(parent, parentColumns);
        if (!c || !p || columns.size() != parentColumns.size())
            return;
        Edge e{p->second, c->first, c->second, p->first, false, {}};
        e.parentKey = key(e.parent, e.parentFields);
        for (int f : e.childFields)
            e.mention = e.mention || !m_source.tables[c->first].fields[f].follow;
        if (m_parents[c->first].contains(e))
            return;
        // A mention is never followed down; what it points at is related.
        if (!e.mention)
            m_children[p->first] << e;
        m_parents[c->first] << e;
        m_incoming[p->first] << e;
    };
    for (const Table& t : m_source.tables) {
        for (const Field& f : t.fields) {
            if (f.references)
                add(t.name, {f.name}, f.references->table, {f.references->field});
        }
        for (const TableReference& r : t.references)
            add(t.name, r.columns, r.table, r.to);
    }
    for (const SqlConnection::CompositeKey& fk :
         SqlConnection::group(SqlConnection::foreignKeys(m_conn->db(), engine, m_source.tableNames())))
        add(fk.table, fk.columns, fk.parentTable, fk.parentColumns);
}

// Which columns each table's queries read (Options::fieldsNeeded): all of them unless the caller says
// what it needs; then that, the key, the identity fields and both ends of every edge, which the search
// itself reads from every row.
void SourceSearch::markRead()
{
    m_read.clear();
    for (int t = 0; t < m_source.tables.size(); ++t) {
        const Table& table = m_source.tables[t];
        QList<bool> read(table.fields.size(), !m_options.fieldsNeeded);
        if (m_options.fieldsNeeded) {
            for (int f : m_options.fieldsNeeded(m_source.key, t))
                if (f >= 0 && f < read.size())
                    read[f] = true;
            for (int f = 0; f < table.fields.size(); ++f)
                if (table.fields[f].identity || table.primaryKey.contains(table.fields[f].name))
                    read[f] = true;
            for (const Edge& e : edges(m_parents, t))
                for (int f : e.childFields)
                    read[f] = true;
            for (const Edge& e : edges(m_incoming, t))
                for (int f : e.parentFields)
                    read[f] = true;
            for (const Edge& e : edges(m_children, t))
                for (int f : e.parentFields)
                    read[f] = true;
        }
        m_read << read;
    }
}

void SourceSearch::markUnreachable()
{
    for (QList<int> frontier(m_reachable.cbegin(), m_reachable.cend()); !frontier.isEmpty();) {
        const int t = frontier.takeLast();
        for (const Edge& e : edges(m_children, t)) {
            if (!m_reachable.contains(e.child)) {
                m_reachable.insert(e.child);
                frontier << e.child;
            }
        }
    }
    for (int t = 0; t < m_source.tables.size(); ++t) {
        if (!m_reachable.contains(t)) {
            tables[t].unreachable =
                Traversal::tr("no field holds an identity, and no reference or foreign key "
                              "leads here from a table that has one");
        }
    }
}

// A user id learned on the way: looked up in every user-id field of this source. One learned from a row
// that a phone number alone found is looked up as phone-only too: a colleague on a shared office line
// must not become the subject through their own account id.
void SourceSearch::queueUserId(const QString& value, const QString& where, bool phoneOnly)
{
    for (int t = 0; t < m_source.tables.size(); ++t) {
        const QList<Field>& fields = m_source.tables[t].fields;
        for (int f = 0; f < fields.size(); ++f) {
            if (fields[f].identity != IdentityKind::UserId)
                continue;
            m_work << Lookup{
                t,
                {f},
                {value},
                QStringLiteral("user-id found in %1 → %2.%3").arg(where, m_source.tables[t].name, fields[f].name),
                false,
                phoneOnly,
                true};
        }
    }
}

// A value found in a row, to be looked up in a field that references the row's field. Added to the
// pending lookup of that field when there is one, as drain() would merge it (the lookup keeps its place
// and the description of its first value): one lookup holding a million values rather than a million
// lookups.
void SourceSearch::follow(int table, const QList<int>& fields, const QVariantList& tuple, const QString& via,
                          bool phoneOnly, int from, bool others)
{
    for (Lookup& pending : m_work) {
        if (pending.table == table && pending.fields == fields && !pending.byIdentity && !pending.identity &&
            pending.phoneOnly == phoneOnly && pending.from == from && pending.others == others) {
            pending.values += tuple;
            return;
        }
    }
    m_work << Lookup{table, fields, tuple, via, false, phoneOnly, false, from, false, others};
}

// A row the subject's row points at, to be looked up as related once every row of the subject is known.
void SourceSearch::relate(const Edge& e, const QVariantList& tuple, const QString& via)
{
    if (m_options.relatedWanted && !m_options.relatedWanted(m_source.key, e.parent))
        return; // the caller has no use for this table's related rows: not looked up
    // One lookup per reference, so each related row is shown with a reference that points at it.
    const QString k = key(e.parent, e.parentFields);
    for (Lookup& pending : m_relatedWork) {
        if (key(pending.table, pending.fields) == k && pending.via == via) {
            pending.values += tuple;
            return;
        }
    }
    m_relatedWork << Lookup{e.parent, e.parentFields, tuple, via,      false, false, false,
                            -1,       true,           false, e.mention};
}

bool SourceSearch::drain()
{
    if (!drainOwned())
        return false;
    // Related rows last, when the subject's own rows are all known: none of them is shown as related.
    while (!m_relatedWork.isEmpty()) {
        if (m_options.stop.stop_requested())
            return false;
        query(m_relatedWork.takeFirst());
    }
    countShares();
    return true;
}

bool SourceSearch::drainOwned()
{
    while (!m_work.isEmpty()) {
        if (m_options.stop.stop_requested())
            return false;
        // Every pending lookup of the same column goes into one IN (...) list.
        Lookup l = m_work.takeFirst();
        for (auto it = m_work.begin(); it != m_work.end();) {
            if (it->table == l.table && it->fields == l.fields && it->byIdentity == l.byIdentity &&
                it->identity == l.identity && it->phoneOnly == l.phoneOnly && it->from == l.from &&
                it->others == l.others) {
                l.values += it->values;
                it = m_work.erase(it);
            } else {
                ++it;
            }
        }
        query(l);
    }
    return true;
}

QVariantList SourceSearch::tupleOf(const QVariantList& values, const QList<int>& fields)
{
    QVariantList tuple;
    for (int f : fields) {
        if (values[f].isNull())
            return {}; // a reference with a NULL in it points nowhere
        tuple << values[f];
    }
    return tuple;
}

// The edges of `table` in one of the maps, without a copy (QHash::value() hands out a list that a
// range-for would detach, copying every edge for every row).
const QList<Edge>& SourceSearch::edges(const QHash<int, QList<Edge>>& map, int table)
{
    static const QList<Edge> none;
    const auto it = map.constFind(table);
    return it == map.cend() ? none : *it;
}

// 0, 1, ..., n - 1: made once per width, not per row.
const QList<int>& SourceSearch::positions(qsizetype n)
{
    static const QList<QList<int>> small = [] {
        QList<QList<int>> lists;
        for (int w = 0; w <= 8; ++w) {
            QList<int> all;
            for (int i = 0; i < w; ++i)
                all << i;
            lists << all;
        }
        return lists;
    }();
    if (n < small.size())
        return small[n];
    thread_local QList<int> wide;
    wide.clear();
    for (int i = 0; i < n; ++i)
        wide << i;
    return wide;
}

// Whether every row this one points at, in a table that can hold the subject's rows, is the subject's.
bool SourceSearch::exclusive(int table, const QVariantList& values) const
{
    for (const Edge& e : edges(m_parents, table)) {
        if (!m_reachable.contains(e.parent) || e.mention)
            continue; // a catalogue (products, stores), or a mention: pointing at it shares nothing
        const QVariantList tuple = tupleOf(values, e.childFields);
        if (tuple.isEmpty())
            continue;
        const auto it = m_ownedValues.constFind(e.parentKey);
        if (it == m_ownedValues.cend() || !it->contains(RowKeySet::of(tuple)))
            return false;
    }
    return true;
}

// A row is the subject's: what points at it may be too, and what it points at is related unless it is
// the subject's as well.
void SourceSearch::owned(int table, const QVariantList& values)
{
    for (const Edge& e : edges(m_children, table)) {
        const QVariantList tuple = tupleOf(values, e.parentFields);
        if (!tuple.isEmpty())
            m_ownedValues[e.parentKey].insert(RowKeySet::of(tuple), false);
    }
    if (!m_options.related)
        return;
    const Table& t = m_source.tables[table];
    const QList<Edge>& parents = edges(m_parents, table);
    // Per reference, the last value found to point at one of the subject's rows: a million events of one
    // account all point at it, and once the subject's a row stays the subject's, so the same value again
    // needs no digest (unless the preview counts every pointer).
    QList<QVariantList>& lastOwned = m_lastOwned[table];
    if (lastOwned.size() != parents.size())
        lastOwned.resize(parents.size());
    for (qsizetype i = 0; i < parents.size(); ++i) {
        const Edge& e = parents[i];
        // The same as the last, compared where the row holds it, without a copy of its values (nor of
        // the list of them: read, not written).
        if (m_options.previewRows <= 0 && sameValues(values, e.childFields, std::as_const(lastOwned).at(i)))
            continue;
        const QVariantList tuple = tupleOf(values, e.childFields);
        if (tuple.isEmpty())
            continue;
        const RowKeySet::Key ownedKey = RowKeySet::of(tuple);
        if (m_options.previewRows > 0) {
            const DigestSet::Digest d = DigestSet::ofKey(tuple, positions(tuple.size()));
            // Counted per reference, so "shared with" can leave out the subject's own rows.
            QByteArray k = edgeKey(e).toUtf8();
            k.append(reinterpret_cast<const char*>(&d), sizeof d);
            ++m_ownPointers[k];
        }
        const auto owned = m_ownedValues.constFind(e.parentKey);
        if (owned != m_ownedValues.cend() && owned->contains(ownedKey)) {
            lastOwned[i] = tuple;
            continue;
        }
        QStringList from, to;
        for (int f : e.childFields)
            from << t.fields[f].name;
        for (int f : e.parentFields)
            to << m_source.tables[e.parent].fields[f].name;
        relate(e, tuple,
               QStringLiteral("%1.%2 → %3.%4")
                   .arg(t.name, from.join(QLatin1Char(',')), m_source.tables[e.parent].name,
                        to.join(QLatin1Char(','))));
    }
}

// The same values of the same types (a number and its text are not taken as the same here: that only
// costs a digest).
bool SourceSearch::sameValues(const QVariantList& values, const QList<int>& fields, const QVariantList& last)
{
    if (last.size() != fields.size())
        return false;
    for (qsizetype i = 0; i < last.size(); ++i) {
        const QVariant& v = values[fields[i]];
        if (v.typeId() != last[i].typeId() || v != last[i])
            return false;
    }
    return true;
}

QString SourceSearch::edgeKey(const Edge& e) const
{
    return key(e.child, e.childFields) + QLatin1Char('>') + key(e.parent, e.parentFields);
}

// For each related row shown: how many rows point at it through the references known, less the subject's.
void SourceSearch::countShares()
{
    if (m_options.previewRows <= 0)
        return;
    for (int p = 0; p < m_source.tables.size(); ++p) {
        for (DossierRow& row : tables[p].related) {
            qint64 others = 0;
            bool counted = true;
            for (const Edge& e : edges(m_incoming, p)) {
                const QVariantList tuple = tupleOf(row.values, e.parentFields);
                if (tuple.isEmpty())
                    continue;
                const Table& child = m_source.tables[e.child];
                QStringList where;
                for (int f : e.childFields)
                    where << SqlConnection::quoteIdentifier(m_engine, child.fields[f].name).value() +
                                 QStringLiteral(" = ?");
                QSqlQuery q(m_conn->db());
                q.setForwardOnly(true);
                if (!q.prepare(
                        QStringLiteral("SELECT COUNT(*) FROM %1 WHERE %2")
                            .arg(SqlConnection::qualifiedTable(m_engine, child.schema, child.name).value(),
                                 where.join(QStringLiteral(" AND "))))) {
                    counted = false;
                    break;
                }
                for (const QVariant& v : tuple)
                    q.addBindValue(v);
                if (!q.exec() || !q.next()) {
                    counted = false;
                    break;
                }
                QByteArray k = edgeKey(e).toUtf8();
                const DigestSet::Digest d = DigestSet::ofKey(tuple, positions(tuple.size()));
                k.append(reinterpret_cast<const char*>(&d), sizeof d);
                others += q.value(0).toLongLong() - m_ownPointers.value(k);
            }
            row.sharedWith = counted ? qMax<qint64>(0, others) : -1;
        }
    }
}

} // namespace lethe::traversal
