#include "Traversal.h"

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

// Searches one source with its own connection; fills `tables` (one per table of the source, in order).
// Returns false when cancelled.
bool searchSource(const DataSource& source, const ConnectionParams& params, const QList<Identity>& identities,
                  const Traversal::Options& options, QList<DossierTable>& tables)
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

    SqlConnection conn;
    if (Status st = conn.open(params); !st) {
        for (int t = 0; t < source.tables.size(); ++t)
            tables[t].error = options.sourceProblems.contains(source.key)
                                  ? QStringLiteral("%1; %2").arg(options.sourceProblems.value(source.key),
                                                                 st.error().message)
                                  : st.error().message;
        return true;
    }

    // Edges from the known side to the side that points at it: (table, field) -> [(table, field)], from
    // the map's references and from the database's own foreign keys between declared columns.
    auto indexOf = [&source](const QString& table, const QString& field) -> std::pair<int, int> {
        for (int t = 0; t < source.tables.size(); ++t) {
            if (source.tables[t].name != table)
                continue;
            for (int f = 0; f < source.tables[t].fields.size(); ++f) {
                if (source.tables[t].fields[f].name == field)
                    return {t, f};
            }
        }
        return {-1, -1};
    };
    QHash<QString, QList<std::pair<int, int>>> children;
    for (int t = 0; t < source.tables.size(); ++t) {
        const QList<Field>& fields = source.tables[t].fields;
        for (int f = 0; f < fields.size(); ++f) {
            if (!fields[f].references)
                continue;
            const auto [pt, pf] = indexOf(fields[f].references->table, fields[f].references->field);
            if (pt >= 0)
                children[key(pt, pf)] << std::pair{t, f};
        }
    }
    QStringList tableNames;
    for (const Table& t : source.tables)
        tableNames << t.name;
    for (const SqlConnection::ForeignKey& fk :
         SqlConnection::foreignKeys(conn.db(), params.engine, tableNames)) {
        const auto child = indexOf(fk.table, fk.column);
        const auto parent = indexOf(fk.parentTable, fk.parentColumn);
        if (child.first >= 0 && parent.first >= 0 &&
            !children[key(parent.first, parent.second)].contains(child))
            children[key(parent.first, parent.second)] << child;
    }

    // Which tables an identity can reach at all.
    QList<Lookup> work;
    QSet<int> reachable;
    for (int t = 0; t < source.tables.size(); ++t) {
        const QList<Field>& fields = source.tables[t].fields;
        for (int f = 0; f < fields.size(); ++f) {
            if (!fields[f].identity)
                continue;
            reachable.insert(t);
            QVariantList values;
            for (const Identity& id : std::as_const(identities)) {
                if (id.kind == *fields[f].identity)
                    values << identityValues(id, fields[f]);
            }
            if (!values.isEmpty()) {
                work << Lookup{
                    t, f, values,
                    QStringLiteral("%1 → %2.%3")
                        .arg(Names::key(*fields[f].identity), source.tables[t].name, fields[f].name)};
            }
        }
    }
    for (QList<int> frontier(reachable.cbegin(), reachable.cend()); !frontier.isEmpty();) {
        const int t = frontier.takeLast();
        for (int f = 0; f < source.tables[t].fields.size(); ++f) {
            for (const auto& [ct, cf] : children.value(key(t, f))) {
                Q_UNUSED(cf);
                if (!reachable.contains(ct)) {
                    reachable.insert(ct);
                    frontier << ct;
                }
            }
        }
    }
    for (int t = 0; t < source.tables.size(); ++t) {
        if (!reachable.contains(t)) {
            tables[t].unreachable =
                Traversal::tr("no field holds an identity, and no reference or foreign key "
                              "leads here from a table that has one");
        }
    }
    const auto engine = params.engine;
    QHash<QString, QSet<QString>> queried;           // (table, field) -> values already looked up
    QList<QSet<QString>> seen(source.tables.size()); // primary keys of rows found, per table

    while (!work.isEmpty()) {
        if (options.cancel && options.cancel->load())
            return false;
        // Every pending lookup of the same column goes into one IN (...) list.
        Lookup l = work.takeFirst();
        for (auto it = work.begin(); it != work.end();) {
            if (it->table == l.table && it->field == l.field) {
                l.values += it->values;
                it = work.erase(it);
            } else {
                ++it;
            }
        }
        const Table& table = source.tables[l.table];
        const Field& field = table.fields[l.field];
        QSet<QString>& done = queried[key(l.table, l.field)];
        QVariantList fresh;
        for (const QVariant& v : l.values) {
            const QString k = v.toString();
            if (!done.contains(k)) {
                done.insert(k);
                fresh << v;
            }
        }
        if (fresh.isEmpty())
            continue;

        QStringList cols;
        for (const Field& f : table.fields)
            cols << SqlConnection::quoteIdentifier(engine, f.name).value();
        const QString col = SqlConnection::quoteIdentifier(engine, field.name).value();
        // Where stored values are not normalised, the column is normalised in the query: emails trimmed and
        // lower-cased, phone numbers stripped to their digits.
        QString match = col;
        if (field.identity == IdentityKind::Email && !field.normalized) {
            match = QStringLiteral("LOWER(TRIM(%1))").arg(col);
        } else if (field.identity == IdentityKind::Phone && !field.normalized) {
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
        for (qsizetype from = 0; from < fresh.size(); from += kChunk) {
            const QVariantList chunk = fresh.mid(from, kChunk);
            QStringList marks(chunk.size(), QStringLiteral("?"));
            QSqlQuery q(conn.db());
            q.setForwardOnly(true);
            const QString sql = QStringLiteral("SELECT %1 FROM %2 WHERE %3 IN (%4)")
                                    .arg(cols.join(QStringLiteral(", ")),
                                         SqlConnection::quoteIdentifier(engine, table.name).value(), match,
                                         marks.join(QStringLiteral(", ")));
            if (!q.prepare(sql)) {
                out.error = q.lastError().text();
                break;
            }
            for (const QVariant& v : chunk)
                q.addBindValue(v);
            if (options.queryLog)
                options.queryLog(sql, chunk);
            if (!q.exec()) {
                out.error = q.lastError().text();
                break;
            }
            while (q.next()) {
                DossierRow row;
                row.via = l.via;
                for (int i = 0; i < table.fields.size(); ++i)
                    row.values << q.value(i);
                QStringList pkValues;
                for (int i : std::as_const(pk))
                    pkValues << row.values[i].toString();
                const QString rowKey = pkValues.join(QChar(0x1f));
                if (seen[l.table].contains(rowKey))
                    continue;
                seen[l.table].insert(rowKey);
                ++out.count;
                // Follow every reference whose known side is in this row.
                for (int f = 0; f < table.fields.size(); ++f) {
                    const QVariant v = row.values[f];
                    if (v.isNull())
                        continue;
                    for (const auto& [ct, cf] : children.value(key(l.table, f))) {
                        work << Lookup{ct,
                                       cf,
                                       {v},
                                       QStringLiteral("%1.%2 → %3.%4")
                                           .arg(table.name, table.fields[f].name, source.tables[ct].name,
                                                source.tables[ct].fields[cf].name)};
                    }
                }
                if (out.rows.size() < options.previewRows)
                    out.rows << row;
            }
        }
    }
    return true;
}

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
    QList<QList<DossierTable>> found(map.sources.size());
    QList<char> completed(map.sources.size(), 1);
    std::vector<std::unique_ptr<QThread>> threads;
    if (map.sources.size() == 1) {
        // One source gains nothing from a thread: search it here.
        completed[0] = searchSource(map.sources[0], connections.value(0, map.sources[0].connection),
                                    d.identities, options, found[0]);
    } else {
        for (int s = 0; s < map.sources.size(); ++s) {
            const ConnectionParams params = connections.value(s, map.sources[s].connection);
            // Each thread writes only its own slots, reached through pointers taken before any thread starts.
            QList<DossierTable>* out = &found[s];
            char* done = &completed[s];
            const DataSource* source = &map.sources[s];
            threads.emplace_back(QThread::create([source, &d, &options, out, done, params] {
                *done = searchSource(*source, params, d.identities, options, *out);
            }));
            threads.back()->start();
        }
    }
    for (auto& t : threads)
        t->wait();
    if (completed.contains(0))
        return makeError(Error::Code::Cancelled, tr("The search was cancelled."));
    for (const QList<DossierTable>& tables : std::as_const(found))
        d.tables += tables;
    return d;
}

} // namespace lethe
