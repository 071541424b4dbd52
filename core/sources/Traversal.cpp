#include "Traversal.h"

#include "DataMapLive.h"
#include "DigestSet.h"
#include "Job.h"
#include "StoredValue.h"
#include "Validation.h"

#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlResult>

#include <sqlite3.h>

#include <algorithm>
#include <functional>

#include <memory>
#include <vector>

namespace lethe {

qint64 Dossier::totalRows() const
{
    qint64 n = 0;
    for (const DossierTable& t : tables)
        if (!t.nearMatches)
            n += t.count;
    return n;
}

namespace {

constexpr int kChunk = 500; // values per IN (...) list

struct Lookup
{
    int table;
    QList<int> fields;   // one column, or the columns of a reference of several, in the reference's order
    QVariantList values; // tuples of fields.size() values, one after the other
    QString via;
    bool byIdentity = false; // the values are the subject's identities, not values from found rows
    bool phoneOnly = false;  // reached from a phone number alone
    bool identity = false;   // the values are identities (given or learned): the column's type must hold them
    int from = -1;           // followed from a row of this table (a reference), or -1
    bool related = false;    // parents of the subject's rows: shown, not followed, not the subject's own
    bool others = false;     // followed from a row held in the subject's account about someone else
    bool mention = false;    // related through a column that names a person the row is not about
};

QString key(int table, const QList<int>& fields)
{
    QString k = QString::number(table) + QLatin1Char('.');
    for (int f : fields)
        k += QString::number(f) + QLatin1Char(',');
    return k;
}

// A reference between a table the search knows rows of (the parent) and one whose rows point at them: one
// column on each side, or several paired by position.
struct Edge
{
    QList<int> parentFields;
    int child;
    QList<int> childFields;
    int parent = -1;
    bool mention = false; // a column the map says names a person the row is not about (follow: false)
    QString parentKey;    // key(parent, parentFields), made once rather than for every row
    bool operator==(const Edge&) const = default;
};

// A column of the row SQLite's statement is on, as Qt's SQLite driver reads it and StoredValue::read then
// gives it for a column read as stored (Kind::AsRead): NULL as an invalid QVariant, integers as qint64,
// reals as double, blobs as bytes, anything else as text. Text that is not plain ASCII goes through
// SQLite's own UTF-16 conversion, as the driver's does, so invalid UTF-8 is replaced alike.
QVariant sqliteValue(sqlite3_stmt* statement, int column)
{
    switch (sqlite3_column_type(statement, column)) {
    case SQLITE_NULL:
        return {};
    case SQLITE_INTEGER:
        return QVariant(qint64(sqlite3_column_int64(statement, column)));
    case SQLITE_FLOAT:
        return QVariant(sqlite3_column_double(statement, column));
    case SQLITE_BLOB:
        return QByteArray(static_cast<const char*>(sqlite3_column_blob(statement, column)),
                          sqlite3_column_bytes(statement, column));
    default: {
        const auto* text = sqlite3_column_text(statement, column);
        const int size = sqlite3_column_bytes(statement, column);
        bool ascii = text != nullptr;
        for (int i = 0; ascii && i < size; ++i)
            ascii = text[i] < 0x80;
        if (ascii)
            return QString::fromLatin1(reinterpret_cast<const char*>(text), size);
        return QString(static_cast<const QChar*>(sqlite3_column_text16(statement, column)),
                       sqlite3_column_bytes16(statement, column) / qsizetype(sizeof(QChar)));
    }
    }
}

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

// One source's search: its tables, the edges between them, and what has been looked up and found so far, so
// that further identities (user ids found in another source) can be followed without repeating anything.
class SourceSearch
{
public:
    SourceSearch(const DataSource& source, const Traversal::Options& options)
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
    bool run(const ConnectionParams& params, const QList<Identity>& identities)
    {
        if (!open(params))
            return true;
        buildEdges(params.engine);
        markRead();
        // A partition or inheritance child the map lists beside its parent is not searched: the parent's
        // query reads its rows, which would be counted twice. Its error says so (docs/datamap.md).
        for (const auto& [t, message] :
             DataMapLive::listedBesideParent(m_source, m_conn->db(), params.engine)) {
            tables[t].error = message;
            m_besideParent.insert(t);
        }
        // Every table's declared column types in one go (a round trip per table on a server adds up over a
        // thousand tables: bench/bench_schema_scale.cpp); SQLite reads them per table, as queried.
        if (params.engine != ConnectionParams::Engine::Sqlite) {
            QList<std::pair<QString, QString>> names;
            for (const Table& t : m_source.tables)
                names << std::pair{t.schema, t.name};
            const QList<StoredValue::Declared> all =
                StoredValue::declaredAll(m_conn->db(), params.engine, names);
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
    bool more(const ConnectionParams& params, const QHash<QString, QString>& userIds)
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

    QList<DossierTable> tables;
    // User ids this source found in identity fields of rows the subject's own identities led to, with where.
    QHash<QString, QString> learnedUserIds;

private:
    bool open(const ConnectionParams& params)
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

    std::pair<int, int> indexOf(const QString& table, const QString& field) const
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
    std::optional<std::pair<int, QList<int>>> indexOf(const QString& table, const QStringList& names) const
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
    void buildEdges(ConnectionParams::Engine engine)
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
    void markRead()
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

    void markUnreachable()
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
    void queueUserId(const QString& value, const QString& where, bool phoneOnly)
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
    void follow(int table, const QList<int>& fields, const QVariantList& tuple, const QString& via,
                bool phoneOnly, int from, bool others)
    {
        for (Lookup& pending : m_work) {
            if (pending.table == table && pending.fields == fields && !pending.byIdentity &&
                !pending.identity && pending.phoneOnly == phoneOnly && pending.from == from &&
                pending.others == others) {
                pending.values += tuple;
                return;
            }
        }
        m_work << Lookup{table, fields, tuple, via, false, phoneOnly, false, from, false, others};
    }

    // A row the subject's row points at, to be looked up as related once every row of the subject is known.
    void relate(const Edge& e, const QVariantList& tuple, const QString& via)
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

    bool drain()
    {
        if (!drainOwned())
            return false;
        // Related rows last, when the subject's own rows are all known: none of them is shown as related.
        while (!m_relatedWork.isEmpty()) {
            if (m_options.cancel && m_options.cancel->load())
                return false;
            query(m_relatedWork.takeFirst());
        }
        countShares();
        return true;
    }

    bool drainOwned()
    {
        while (!m_work.isEmpty()) {
            if (m_options.cancel && m_options.cancel->load())
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

    void query(const Lookup& l)
    {
        if (m_besideParent.contains(l.table))
            return;
        const Table& table = m_source.tables[l.table];
        const qsizetype width = l.fields.size();
        if (!m_declared.contains(l.table))
            m_declared.insert(l.table,
                              StoredValue::declared(m_conn->db(), m_engine, table.name, table.schema));
        // An identity looked up in a column whose type cannot hold it (an email in a boolean) is a mistake in
        // the map: said in the table's error rather than sent to the database, which would refuse it
        // (PostgreSQL) or convert it and match other people's rows (MariaDB compares 'a@b' with 0).
        if (l.identity) {
            for (int f : l.fields) {
                const Field& field = table.fields[f];
                const QString type = m_declared[l.table].types.value(field.name);
                if (field.identity && !StoredValue::canHold(m_engine, type, *field.identity)) {
                    tables[l.table].error =
                        Traversal::tr(
                            "%1.%2 is of type %3, which cannot hold %4; correct the identity the map "
                            "gives this field.")
                            .arg(table.name, field.name, type, Names::display(*field.identity));
                    return;
                }
            }
        }
        // A value already looked up is not looked up again, unless it was looked up from a phone number alone
        // and is now reached another way: its rows then count as found by more than the phone.
        DigestSet& done =
            (l.related ? m_relatedQueried
                       : m_queried)[key(l.table, l.fields) + (l.others ? QStringLiteral("o") : QString())];
        QList<int> all;
        for (int i = 0; i < width; ++i)
            all << i;
        QVariantList fresh;
        for (qsizetype at = 0; at + width <= l.values.size(); at += width) {
            const QVariantList tuple = l.values.mid(at, width);
            const DigestSet::Digest k = DigestSet::ofKey(tuple, all);
            const std::optional<bool> phoneOnly = done.find(k);
            if (!phoneOnly || (*phoneOnly && !l.phoneOnly)) {
                done.insert(k, l.phoneOnly);
                fresh += tuple;
            }
        }
        if (fresh.isEmpty())
            return;

        QStringList cols;
        for (int f = 0; f < table.fields.size(); ++f)
            cols << (m_read.value(l.table).value(f, true)
                         ? SqlConnection::quoteIdentifier(m_engine, table.fields[f].name).value()
                         : QStringLiteral("NULL"));
        // Where stored values are not normalised, the column is normalised in the query: emails trimmed and
        // lower-cased, phone numbers stripped to their digits.
        QStringList matches;
        for (int f : l.fields) {
            const Field& field = table.fields[f];
            QString match = SqlConnection::quoteIdentifier(m_engine, field.name).value();
            if (l.byIdentity && field.identity == IdentityKind::Email && !field.normalized) {
                match = QStringLiteral("LOWER(TRIM(%1))").arg(match);
            } else if (l.byIdentity && field.identity == IdentityKind::Phone && !field.normalized) {
                for (const char* c : {" ", "-", "(", ")", ".", "+", "/"})
                    match = QStringLiteral("REPLACE(%1, '%2', '')").arg(match, QLatin1String(c));
            }
            matches << match;
        }
        QList<int> pk;
        for (const QString& p : table.primaryKey) {
            for (int i = 0; i < table.fields.size(); ++i) {
                if (table.fields[i].name == p)
                    pk << i;
            }
        }
        DossierTable& out = tables[l.table];
        // The references leaving this table, and how each is described, made once rather than for every row
        // found.
        struct Out
        {
            Edge edge;
            QString via;
        };
        auto names = [](const Table& t, const QList<int>& fields) {
            QStringList n;
            for (int f : fields)
                n << t.fields[f].name;
            return n.size() == 1 ? QStringLiteral("%1.%2").arg(t.name, n[0])
                                 : QStringLiteral("%1.(%2)").arg(t.name, n.join(QStringLiteral(", ")));
        };
        QList<Out> leaving;
        for (const Edge& e : edges(m_children, l.table))
            leaving << Out{e, QStringLiteral("%1 → %2").arg(names(table, e.parentFields),
                                                            names(m_source.tables[e.child], e.childFields))};
        const qsizetype perChunk = qMax<qsizetype>(1, kChunk / width);
        for (qsizetype from = 0; from < fresh.size(); from += perChunk * width) {
            const QVariantList chunk = fresh.mid(from, perChunk * width);
            QString condition;
            if (width == 1) {
                // One column: col IN (?, ?, ...).
                condition =
                    QStringLiteral("%1 IN (%2)")
                        .arg(matches[0],
                             QStringList(chunk.size(), QStringLiteral("?")).join(QStringLiteral(", ")));
            } else {
                // Several, paired: (a = ? AND b = ?) OR (a = ? AND b = ?) ...
                QStringList one;
                for (const QString& m : std::as_const(matches))
                    one << m + QStringLiteral(" = ?");
                const QString tuple = QLatin1Char('(') + one.join(QStringLiteral(" AND ")) + QLatin1Char(')');
                condition = QStringList(chunk.size() / width, tuple).join(QStringLiteral(" OR "));
            }
            QSqlQuery q(m_conn->db());
            q.setForwardOnly(true);
            StoredValue::prepare(q);
            const QString sql =
                QStringLiteral("SELECT %1 FROM %2 WHERE %3")
                    .arg(cols.join(QStringLiteral(", ")),
                         SqlConnection::qualifiedTable(m_engine, table.schema, table.name).value(),
                         condition);
            if (!q.prepare(sql)) {
                out.error = q.lastError().text();
                return;
            }
            for (const QVariant& v : chunk)
                q.addBindValue(v);
            if (m_options.queryLog)
                m_options.queryLog(sql, chunk);
            if (!q.exec()) {
                out.error = q.lastError().text();
                return;
            }
            // What the database matched is checked against what was asked, value by value: a collation that
            // ignores case or accents (MariaDB's default, PostgreSQL's citext) would otherwise hand over
            // another person's row (stanisław.wojcik@ for stanisław.wójcik@).
            QSet<QString> asked;
            auto exactKey = [&](const QVariantList& values, qsizetype at, const QList<int>* fields) {
                if (width == 1)
                    return exactForm(values[fields ? (*fields)[0] : at], table.fields[l.fields[0]],
                                     l.byIdentity);
                QStringList parts;
                for (qsizetype i = 0; i < width; ++i)
                    parts << exactForm(values[fields ? (*fields)[i] : at + i], table.fields[l.fields[i]],
                                       l.byIdentity);
                return parts.join(QChar(0x1f));
            };
            for (qsizetype at = 0; at + width <= chunk.size(); at += width)
                asked.insert(exactKey(chunk, at, nullptr));
            // Each column's kind, so every value is read as stored (StoredValue): once per table.
            if (!m_kinds.contains(l.table))
                m_kinds.insert(l.table, StoredValue::kinds(q.record(), m_engine, m_declared[l.table]));
            const QList<StoredValue::Kind>& kinds = m_kinds[l.table];
            // SQLite's rows after the first are read from its statement directly (sqliteRow), as the driver
            // would read them, when every column is read as stored: the driver's copies of each value cost
            // the search of a million rows about a second.
            sqlite3_stmt* statement = nullptr;
            if (m_engine == ConnectionParams::Engine::Sqlite &&
                std::all_of(kinds.cbegin(), kinds.cend(),
                            [](StoredValue::Kind k) { return k == StoredValue::Kind::AsRead; })) {
                const QVariant handle = q.result() ? q.result()->handle() : QVariant();
                if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3_stmt*") == 0)
                    statement = *static_cast<sqlite3_stmt* const*>(handle.constData());
            }
            for (bool firstRow = true;; firstRow = false) {
                DossierRow row;
                row.via = l.via;
                row.values.reserve(table.fields.size());
                if (firstRow || !statement) {
                    // The driver has stepped to the first row already (and resets the statement at the
                    // end): that row through it, the statement's own stepping only after it.
                    if (!q.next())
                        break;
                    for (int i = 0; i < table.fields.size(); ++i)
                        row.values << StoredValue::read(q, i, kinds.value(i, StoredValue::Kind::AsRead));
                } else {
                    const int step = sqlite3_step(statement);
                    if (step == SQLITE_DONE)
                        break;
                    if (step != SQLITE_ROW) {
                        out.error = QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(statement)));
                        return;
                    }
                    for (int i = 0; i < table.fields.size(); ++i)
                        row.values << sqliteValue(statement, i);
                }
                if (!asked.contains(exactKey(row.values, 0, &l.fields)))
                    continue;
                DigestSet& seenHere = m_seen[size_t(l.table)];
                const DigestSet::Digest rowKey = DigestSet::ofKey(row.values, pk);
                const std::optional<bool> seen = seenHere.find(rowKey);
                const bool repeat = seen.has_value();
                if (l.related) {
                    // One of the subject's rows points at it: shown once, never followed.
                    if (m_options.onRelated && !repeat)
                        m_options.onRelated(m_source.key, l.table, row.values,
                                            l.mention || !exclusive(l.table, row.values));
                    if (repeat || !m_relatedSeen[size_t(l.table)].insert(rowKey, false))
                        continue;
                    ++out.relatedCount;
                    if (out.related.size() < m_options.previewRows)
                        out.related << row;
                    continue;
                }
                // Reached through a row of the subject that is not a person's own row (an address, an order):
                // the subject's only if every other row it points at that could be the subject's is. Another
                // customer's order that ships to the subject's address points at that customer: left out.
                // A person's own row (its table has an identity field) reached through a reference, not by
                // the subject's identity (a membership): the subject's only if it points at no one else's row
                // either. Bob's membership names Alice as the inviter and Bob as the member: Bob's.
                if (!repeat && l.from >= 0 && m_roots.contains(l.table) &&
                    table.about == Table::About::Auto && !exclusive(l.table, row.values)) {
                    if (m_shared[size_t(l.table)].insert(rowKey, false))
                        ++out.sharedLeftOut;
                    continue;
                }
                if (!repeat && l.from >= 0 && !m_roots.contains(l.from) && !exclusive(l.table, row.values)) {
                    if (m_shared[size_t(l.table)].insert(rowKey, false))
                        ++out.sharedLeftOut;
                    continue;
                }
                if (!repeat) {
                    // Shared when first met, the subject's now that the rest of what it points at is known.
                    if (const std::optional<bool> shared = m_shared[size_t(l.table)].find(rowKey);
                        shared && !*shared) {
                        m_shared[size_t(l.table)].insert(rowKey, true);
                        --out.sharedLeftOut;
                    }
                    owned(l.table, row.values);
                }
                // Held in the subject's account about someone else: a person's row reached through a
                // reference (a lead in the subject's workspace), what hangs off such a row (the emails sent
                // to that lead), and rows of a table the map says holds data about others. The subject's own
                // when its own identity or another path of theirs reaches it.
                const bool others = !l.byIdentity && !l.identity &&
                                    (l.others || table.about == Table::About::Others) &&
                                    table.about != Table::About::Subject;
                bool first = !repeat;
                if (!repeat && others) {
                    m_others[size_t(l.table)].insert(rowKey, false);
                    ++out.othersCount;
                } else if (repeat && !others) {
                    if (const std::optional<bool> was = m_others[size_t(l.table)].find(rowKey);
                        was && !*was) {
                        m_others[size_t(l.table)].insert(rowKey, true);
                        --out.othersCount;
                        first = true; // reported again, now as the subject's own
                    }
                }
                if (m_options.onRow)
                    m_options.onRow(m_source.key, l.table, row.values, l.phoneOnly, first, others);
                // A row found again is not counted again; it is followed again only when it was first found
                // from a phone number alone and now another way, so what it leads to is no longer phone-only
                // either.
                if (repeat && !(*seen && !l.phoneOnly))
                    continue;
                seenHere.insert(rowKey, l.phoneOnly);
                if (!repeat)
                    ++out.count;
                // Follow every reference whose known side is in this row (all its columns hold a value).
                for (const Out& o : std::as_const(leaving)) {
                    // A person's row that points at another row of the same table (a reply to a comment, an
                    // employee's manager, a user who invited another) links two people: the rows pointing at
                    // the subject's are someone else's. The subject's row points at is shown as related.
                    if (o.edge.child == l.table && m_roots.contains(l.table))
                        continue;
                    QVariantList tuple;
                    for (int f : o.edge.parentFields) {
                        if (row.values[f].isNull())
                            break;
                        tuple << row.values[f];
                    }
                    if (tuple.size() == o.edge.parentFields.size())
                        follow(o.edge.child, o.edge.childFields, tuple, o.via, l.phoneOnly, l.table, others);
                }
                for (int f = 0; f < table.fields.size(); ++f) {
                    const QVariant v = row.values[f];
                    if (v.isNull())
                        continue;
                    // A user id held by a row the subject's own identity found (their account row) is theirs
                    // too: it is looked up in the other user-id fields here and in the system's other
                    // sources. Only one step: ids in rows reached that way, or through references, are not
                    // followed. An id in a row found from a phone number alone stays phone-only: looked up
                    // here as such (left alone unless a person confirms), and never carried to other sources
                    // or processors.
                    if (l.byIdentity && table.fields[f].identity == IdentityKind::UserId) {
                        const QString id = v.toString();
                        const auto known = m_known.constFind(id);
                        if (known == m_known.cend() || (*known && !l.phoneOnly)) {
                            m_known.insert(id, l.phoneOnly);
                            const QString where = QStringLiteral("%1.%2.%3")
                                                      .arg(m_source.key, table.name, table.fields[f].name);
                            if (!l.phoneOnly)
                                learnedUserIds.insert(id, where);
                            queueUserId(id, where, l.phoneOnly);
                        }
                    }
                }
                row.others = others;
                if (!repeat && out.rows.size() < m_options.previewRows)
                    out.rows << row;
            }
        }
    }

    // A value as the lookup compares it: text exactly, after the same normalising the query applies to a
    // column whose stored identities are not normalised (emails trimmed and lower-cased, phones stripped of
    // punctuation); anything else as its text, which is how numbers, UUIDs and dates compare.
    static QString exactForm(const QVariant& v, const Field& field, bool byIdentity)
    {
        if (v.isNull())
            return QStringLiteral("\x01null");
        QString text =
            v.typeId() == QMetaType::QByteArray ? QString::fromLatin1(v.toByteArray().toHex()) : v.toString();
        if (byIdentity && !field.normalized && field.identity == IdentityKind::Email) {
            while (text.startsWith(QLatin1Char(' ')))
                text.remove(0, 1);
            while (text.endsWith(QLatin1Char(' ')))
                text.chop(1);
            text = text.toLower();
        } else if (byIdentity && !field.normalized && field.identity == IdentityKind::Phone) {
            for (const char* c : {" ", "-", "(", ")", ".", "+", "/"})
                text.remove(QLatin1String(c));
        }
        return text;
    }

    static QVariantList tupleOf(const QVariantList& values, const QList<int>& fields)
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
    static const QList<Edge>& edges(const QHash<int, QList<Edge>>& map, int table)
    {
        static const QList<Edge> none;
        const auto it = map.constFind(table);
        return it == map.cend() ? none : *it;
    }

    // 0, 1, ..., n - 1: made once per width, not per row.
    static const QList<int>& positions(qsizetype n)
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
    bool exclusive(int table, const QVariantList& values) const
    {
        for (const Edge& e : edges(m_parents, table)) {
            if (!m_reachable.contains(e.parent) || e.mention)
                continue; // a catalogue (products, stores), or a mention: pointing at it shares nothing
            const QVariantList tuple = tupleOf(values, e.childFields);
            if (tuple.isEmpty())
                continue;
            const auto it = m_ownedValues.constFind(e.parentKey);
            if (it == m_ownedValues.cend() || !it->contains(DigestSet::ofKey(tuple, positions(tuple.size()))))
                return false;
        }
        return true;
    }

    // A row is the subject's: what points at it may be too, and what it points at is related unless it is
    // the subject's as well.
    void owned(int table, const QVariantList& values)
    {
        for (const Edge& e : edges(m_children, table)) {
            const QVariantList tuple = tupleOf(values, e.parentFields);
            if (!tuple.isEmpty())
                m_ownedValues[e.parentKey].insert(DigestSet::ofKey(tuple, positions(tuple.size())), false);
        }
        if (!m_options.related)
            return;
        const Table& t = m_source.tables[table];
        const QList<Edge>& parents = edges(m_parents, table);
        // Per reference, the last value found to point at one of the subject's rows: a million events of one
        // account all point at it, and once the subject's a row stays the subject's, so the same value again
        // needs no digest (unless the preview counts every pointer).
        QList<QVariantList>& lastOwned = m_lastOwned[table];
        lastOwned.resize(parents.size());
        for (qsizetype i = 0; i < parents.size(); ++i) {
            const Edge& e = parents[i];
            const QVariantList tuple = tupleOf(values, e.childFields);
            if (tuple.isEmpty())
                continue;
            if (m_options.previewRows <= 0 && sameValues(tuple, lastOwned[i]))
                continue;
            const DigestSet::Digest d = DigestSet::ofKey(tuple, positions(tuple.size()));
            if (m_options.previewRows > 0) {
                // Counted per reference, so "shared with" can leave out the subject's own rows.
                QByteArray k = edgeKey(e).toUtf8();
                k.append(reinterpret_cast<const char*>(&d), sizeof d);
                ++m_ownPointers[k];
            }
            const auto owned = m_ownedValues.constFind(e.parentKey);
            if (owned != m_ownedValues.cend() && owned->contains(d)) {
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
    static bool sameValues(const QVariantList& a, const QVariantList& b)
    {
        if (a.size() != b.size())
            return false;
        for (qsizetype i = 0; i < a.size(); ++i)
            if (a[i].typeId() != b[i].typeId() || a[i] != b[i])
                return false;
        return true;
    }

    QString edgeKey(const Edge& e) const
    {
        return key(e.child, e.childFields) + QLatin1Char('>') + key(e.parent, e.parentFields);
    }

    // For each related row shown: how many rows point at it through the references known, less the subject's.
    void countShares()
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
                                .arg(
                                    SqlConnection::qualifiedTable(m_engine, child.schema, child.name).value(),
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

    const DataSource& m_source;
    const Traversal::Options& m_options;
    std::unique_ptr<SqlConnection> m_conn;
    QSet<int> m_besideParent; // tables listed beside their parent (a partition, an inheritance child)
    bool m_opened = false;
    ConnectionParams::Engine m_engine = ConnectionParams::Engine::Sqlite;
    QHash<int, QList<Edge>> m_children;      // parent table -> references pointing at it
    QHash<int, QList<Edge>> m_parents;       // child table -> its references
    QHash<int, QList<Edge>> m_incoming;      // parent table -> every reference pointing at it
    QSet<int> m_roots;                       // tables with an identity field: a person's own rows
    QHash<QString, DigestSet> m_ownedValues; // (table, fields) -> the subject's rows' values there
    QList<Lookup> m_relatedWork;
    QHash<QString, DigestSet> m_relatedQueried;
    QHash<QByteArray, qint64> m_ownPointers;      // (reference, value) -> the subject's rows pointing at it
    QHash<int, StoredValue::Declared> m_declared; // per table: its columns' declared types
    QHash<int, QList<StoredValue::Kind>> m_kinds; // per table: how its columns' values are read
    QList<QList<bool>> m_read;                    // per table and field: read (or NULL selected instead)
    QHash<int, QList<QVariantList>> m_lastOwned;  // per table and reference: see owned()
    QSet<int> m_reachable;
    QList<Lookup> m_work;
    QHash<QString, DigestSet> m_queried; // (table, fields) -> values looked up (-> phone only)
    std::vector<DigestSet> m_seen; // primary keys of rows found, per table (-> found from a phone alone)
    std::vector<DigestSet> m_relatedSeen; // primary keys of related rows shown, per table
    std::vector<DigestSet> m_shared;      // rows left out as shared (-> the subject's after all)
    std::vector<DigestSet> m_others;      // rows about others (-> the subject's own after all)
    QHash<QString, bool> m_known;         // user ids given or learned (-> learned from a phone alone)
};

} // namespace

Result<Dossier> Traversal::run(const DataMap& map, const QList<ConnectionParams>& connections,
                               const QList<Identity>& identities, const Options& options)
{
    Dossier d;
    d.systemKey = map.key;
    d.systemName = map.name;
    for (const Identity& i : identities) {
        auto n = Validation::normalizeIdentity(i);
        if (!n)
            return n.error();
        if (!d.identities.contains(*n))
            d.identities << *n;
    }
    if (d.identities.isEmpty())
        return makeError(Error::Code::InvalidInput,
                         tr("identities: at least one email, phone or user id is needed."));

    // Each source on its own thread with its own connection; results in the map's order.
    std::vector<std::unique_ptr<SourceSearch>> searches;
    QList<char> completed(map.sources.size(), 1);
    for (const DataSource& s : map.sources)
        searches.push_back(std::make_unique<SourceSearch>(s, options));
    auto paramsOf = [&](int s) { return connections.value(s, map.sources[s].connection); };
    if (map.sources.size() == 1) {
        // One source gains nothing from a thread: search it here.
        completed[0] = searches[0]->run(paramsOf(0), d.identities);
    } else {
        QList<std::function<void()>> tasks;
        for (int s = 0; s < map.sources.size(); ++s) {
            // Each task touches only its own search and completion slot.
            SourceSearch* search = searches[s].get();
            char* done = &completed[s];
            const ConnectionParams params = paramsOf(s);
            const QList<Identity> ids = d.identities;
            tasks << [search, done, params, ids] { *done = search->run(params, ids); };
        }
        JobSlot::runAll(tasks);
        // User ids one source learned (an account row found by email) are looked up in the others: the way an
        // auth database's user id leads to the application database's rows.
        for (int s = 0; s < map.sources.size() && !completed.contains(0); ++s) {
            QHash<QString, QString> elsewhere;
            for (int o = 0; o < map.sources.size(); ++o) {
                if (o != s)
                    elsewhere.insert(searches[o]->learnedUserIds);
            }
            if (!elsewhere.isEmpty())
                completed[s] = searches[s]->more(paramsOf(s), elsewhere);
        }
    }
    if (completed.contains(0))
        return makeError(Error::Code::Cancelled, tr("The search was cancelled."));
    for (const auto& search : searches) {
        d.tables += search->tables;
        for (auto it = search->learnedUserIds.cbegin(); it != search->learnedUserIds.cend(); ++it) {
            const Identity learned{IdentityKind::UserId, it.key()};
            if (!d.identities.contains(learned) && !d.learned.contains(learned))
                d.learned << learned;
        }
    }
    return d;
}

} // namespace lethe
