#include "Traversal.h"

#include "DigestSet.h"
#include "Validation.h"

#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

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
    int field;
    QVariantList values;
    QString via;
    bool byIdentity = false; // the values are the subject's identities, not values from found rows
    bool phoneOnly = false;  // reached from a phone number alone
};

QString key(int table, int field)
{
    return QString::number(table) + QLatin1Char('.') + QString::number(field);
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
    }

    // Opens a connection on the calling thread, searches from the identities and follows everything found.
    // Returns false when cancelled.
    bool run(const ConnectionParams& params, const QList<Identity>& identities)
    {
        if (!open(params))
            return true;
        buildEdges(params.engine);
        for (const Identity& id : identities) {
            if (id.kind == IdentityKind::UserId)
                m_known.insert(id.value);
        }
        for (int t = 0; t < m_source.tables.size(); ++t) {
            const QList<Field>& fields = m_source.tables[t].fields;
            for (int f = 0; f < fields.size(); ++f) {
                if (!fields[f].identity)
                    continue;
                m_reachable.insert(t);
                QVariantList values;
                for (const Identity& id : identities) {
                    if (id.kind == *fields[f].identity)
                        values << identityValues(id, fields[f]);
                }
                if (!values.isEmpty()) {
                    m_work << Lookup{
                        t,
                        f,
                        values,
                        QStringLiteral("%1 → %2.%3")
                            .arg(Names::key(*fields[f].identity), m_source.tables[t].name, fields[f].name),
                        true,
                        *fields[f].identity == IdentityKind::Phone};
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
            if (m_known.contains(it.key()))
                continue;
            m_known.insert(it.key());
            queueUserId(it.key(), it.value());
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

    // Edges from the known side to the side that points at it: (table, field) -> [(table, field)], from the
    // map's references and from the database's own foreign keys between declared columns.
    void buildEdges(ConnectionParams::Engine engine)
    {
        m_engine = engine;
        for (int t = 0; t < m_source.tables.size(); ++t) {
            const QList<Field>& fields = m_source.tables[t].fields;
            for (int f = 0; f < fields.size(); ++f) {
                if (!fields[f].references)
                    continue;
                const auto [pt, pf] = indexOf(fields[f].references->table, fields[f].references->field);
                if (pt >= 0)
                    m_children[key(pt, pf)] << std::pair{t, f};
            }
        }
        QStringList tableNames;
        for (const Table& t : m_source.tables)
            tableNames << t.name;
        for (const SqlConnection::ForeignKey& fk :
             SqlConnection::foreignKeys(m_conn->db(), engine, tableNames)) {
            const auto child = indexOf(fk.table, fk.column);
            const auto parent = indexOf(fk.parentTable, fk.parentColumn);
            if (child.first >= 0 && parent.first >= 0 &&
                !m_children[key(parent.first, parent.second)].contains(child))
                m_children[key(parent.first, parent.second)] << child;
        }
    }

    void markUnreachable()
    {
        for (QList<int> frontier(m_reachable.cbegin(), m_reachable.cend()); !frontier.isEmpty();) {
            const int t = frontier.takeLast();
            for (int f = 0; f < m_source.tables[t].fields.size(); ++f) {
                for (const auto& [ct, cf] : m_children.value(key(t, f))) {
                    Q_UNUSED(cf);
                    if (!m_reachable.contains(ct)) {
                        m_reachable.insert(ct);
                        frontier << ct;
                    }
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

    // A user id learned on the way: looked up in every user-id field of this source.
    void queueUserId(const QString& value, const QString& where)
    {
        for (int t = 0; t < m_source.tables.size(); ++t) {
            const QList<Field>& fields = m_source.tables[t].fields;
            for (int f = 0; f < fields.size(); ++f) {
                if (fields[f].identity != IdentityKind::UserId)
                    continue;
                m_work << Lookup{t,
                                 f,
                                 {value},
                                 QStringLiteral("user-id found in %1 → %2.%3")
                                     .arg(where, m_source.tables[t].name, fields[f].name),
                                 false};
            }
        }
    }

    // A value found in a row, to be looked up in a field that references the row's field. Added to the
    // pending lookup of that field when there is one, as drain() would merge it (the lookup keeps its place
    // and the description of its first value): one lookup holding a million values rather than a million
    // lookups.
    void follow(int table, int field, const QVariant& value, const QString& via, bool phoneOnly)
    {
        for (Lookup& pending : m_work) {
            if (pending.table == table && pending.field == field && !pending.byIdentity &&
                pending.phoneOnly == phoneOnly) {
                pending.values << value;
                return;
            }
        }
        m_work << Lookup{table, field, {value}, via, false, phoneOnly};
    }

    bool drain()
    {
        while (!m_work.isEmpty()) {
            if (m_options.cancel && m_options.cancel->load())
                return false;
            // Every pending lookup of the same column goes into one IN (...) list.
            Lookup l = m_work.takeFirst();
            for (auto it = m_work.begin(); it != m_work.end();) {
                if (it->table == l.table && it->field == l.field && it->byIdentity == l.byIdentity &&
                    it->phoneOnly == l.phoneOnly) {
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
        const Table& table = m_source.tables[l.table];
        const Field& field = table.fields[l.field];
        // A value already looked up is not looked up again, unless it was looked up from a phone number alone
        // and is now reached another way: its rows then count as found by more than the phone.
        DigestSet& done = m_queried[key(l.table, l.field)];
        static const QList<int> kOnly{0};
        QVariantList fresh;
        for (const QVariant& v : l.values) {
            const DigestSet::Digest k = DigestSet::ofKey({v}, kOnly);
            const std::optional<bool> phoneOnly = done.find(k);
            if (!phoneOnly || (*phoneOnly && !l.phoneOnly)) {
                done.insert(k, l.phoneOnly);
                fresh << v;
            }
        }
        if (fresh.isEmpty())
            return;

        QStringList cols;
        for (const Field& f : table.fields)
            cols << SqlConnection::quoteIdentifier(m_engine, f.name).value();
        const QString col = SqlConnection::quoteIdentifier(m_engine, field.name).value();
        // Where stored values are not normalised, the column is normalised in the query: emails trimmed and
        // lower-cased, phone numbers stripped to their digits.
        QString match = col;
        if (l.byIdentity && field.identity == IdentityKind::Email && !field.normalized) {
            match = QStringLiteral("LOWER(TRIM(%1))").arg(col);
        } else if (l.byIdentity && field.identity == IdentityKind::Phone && !field.normalized) {
            for (const char* c : {" ", "-", "(", ")", ".", "+", "/"})
                match = QStringLiteral("REPLACE(%1, '%2', '')").arg(match, QLatin1String(c));
        }
        QList<int> pk;
        for (const QString& p : table.primaryKey) {
            for (int i = 0; i < table.fields.size(); ++i) {
                if (table.fields[i].name == p)
                    pk << i;
            }
        }
        DossierTable& out = tables[l.table];
        // The references leaving each field of this table, and how each is described, made once rather than
        // for every row found.
        struct Edge
        {
            int table;
            int field;
            QString via;
        };
        QList<QList<Edge>> childrenOf;
        for (int f = 0; f < table.fields.size(); ++f) {
            QList<Edge> edges;
            for (const auto& [ct, cf] : m_children.value(key(l.table, f)))
                edges << Edge{ct, cf,
                              QStringLiteral("%1.%2 → %3.%4")
                                  .arg(table.name, table.fields[f].name, m_source.tables[ct].name,
                                       m_source.tables[ct].fields[cf].name)};
            childrenOf << edges;
        }
        for (qsizetype from = 0; from < fresh.size(); from += kChunk) {
            const QVariantList chunk = fresh.mid(from, kChunk);
            QStringList marks(chunk.size(), QStringLiteral("?"));
            QSqlQuery q(m_conn->db());
            q.setForwardOnly(true);
            const QString sql = QStringLiteral("SELECT %1 FROM %2 WHERE %3 IN (%4)")
                                    .arg(cols.join(QStringLiteral(", ")),
                                         SqlConnection::quoteIdentifier(m_engine, table.name).value(), match,
                                         marks.join(QStringLiteral(", ")));
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
            while (q.next()) {
                DossierRow row;
                row.via = l.via;
                for (int i = 0; i < table.fields.size(); ++i)
                    row.values << q.value(i);
                DigestSet& seenHere = m_seen[size_t(l.table)];
                const DigestSet::Digest rowKey = DigestSet::ofKey(row.values, pk);
                const std::optional<bool> seen = seenHere.find(rowKey);
                const bool repeat = seen.has_value();
                if (m_options.onRow)
                    m_options.onRow(m_source.key, l.table, row.values, l.phoneOnly, !repeat);
                // A row found again is not counted again; it is followed again only when it was first found
                // from a phone number alone and now another way, so what it leads to is no longer phone-only
                // either.
                if (repeat && !(*seen && !l.phoneOnly))
                    continue;
                seenHere.insert(rowKey, l.phoneOnly);
                if (!repeat)
                    ++out.count;
                for (int f = 0; f < table.fields.size(); ++f) {
                    const QVariant v = row.values[f];
                    if (v.isNull())
                        continue;
                    // Follow every reference whose known side is in this row.
                    for (const Edge& e : childrenOf[f])
                        follow(e.table, e.field, v, e.via, l.phoneOnly);
                    // A user id held by a row the subject's own identity found (their account row) is theirs
                    // too: it is looked up in the other user-id fields here and in the system's other
                    // sources. Only one step: ids in rows reached that way, or through references, are not
                    // followed.
                    if (l.byIdentity && table.fields[f].identity == IdentityKind::UserId) {
                        const QString id = v.toString();
                        if (!m_known.contains(id)) {
                            m_known.insert(id);
                            const QString where = QStringLiteral("%1.%2.%3")
                                                      .arg(m_source.key, table.name, table.fields[f].name);
                            learnedUserIds.insert(id, where);
                            queueUserId(id, where);
                        }
                    }
                }
                if (!repeat && out.rows.size() < m_options.previewRows)
                    out.rows << row;
            }
        }
    }

    const DataSource& m_source;
    const Traversal::Options& m_options;
    std::unique_ptr<SqlConnection> m_conn;
    bool m_opened = false;
    ConnectionParams::Engine m_engine = ConnectionParams::Engine::Sqlite;
    QHash<QString, QList<std::pair<int, int>>> m_children;
    QSet<int> m_reachable;
    QList<Lookup> m_work;
    QHash<QString, DigestSet> m_queried; // (table, field) -> values looked up (-> phone only)
    std::vector<DigestSet> m_seen; // primary keys of rows found, per table (-> found from a phone alone)
    QSet<QString> m_known;         // user ids given or learned
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
        std::vector<std::unique_ptr<QThread>> threads;
        for (int s = 0; s < map.sources.size(); ++s) {
            // Each thread touches only its own search and completion slot.
            SourceSearch* search = searches[s].get();
            char* done = &completed[s];
            const ConnectionParams params = paramsOf(s);
            const QList<Identity> ids = d.identities;
            threads.emplace_back(
                QThread::create([search, done, params, ids] { *done = search->run(params, ids); }));
            threads.back()->start();
        }
        for (auto& t : threads)
            t->wait();
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
