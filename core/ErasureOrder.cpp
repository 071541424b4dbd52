#include "ErasureOrder.h"

#include <QSqlField>
#include <QSqlRecord>

#include <algorithm>

namespace lethe {

Result<ErasureOrder::Plan> ErasureOrder::compute(const QStringList& tables,
                                                 const QList<Reference>& references)
{
    Plan plan;
    QList<Reference> edges;
    for (const Reference& r : references) {
        if (!tables.contains(r.child) || !tables.contains(r.parent) || edges.contains(r))
            continue;
        if (r.child == r.parent) {
            // A row pointing at a row of its own table: null the pointer first when it may be NULL, else the
            // rows are ordered among themselves when they are erased.
            if (r.nullable)
                plan.nullFirst << r;
            else if (!plan.selfOrdered.contains(r.child))
                plan.selfOrdered << r.child;
            continue;
        }
        edges << r;
    }
    QStringList remaining = tables;
    while (!remaining.isEmpty()) {
        // Kahn's algorithm in the tables' given order, so the result is stable: a table goes next when no
        // remaining table points at it (its children are done).
        bool progressed = false;
        for (qsizetype i = 0; i < remaining.size(); ++i) {
            const QString t = remaining[i];
            bool hasChild = false;
            for (const Reference& e : std::as_const(edges))
                hasChild = hasChild || (e.parent == t && remaining.contains(e.child));
            if (!hasChild) {
                plan.order << t;
                remaining.removeAt(i);
                progressed = true;
                break;
            }
        }
        if (progressed)
            continue;
        // Every remaining table has a child among them, so walking from a table to one that points at it
        // never ends: it comes back to a table already met, and that stretch is a cycle.
        QStringList path{remaining.first()};
        QList<Reference> via;
        while (true) {
            const Reference* next = nullptr;
            for (const Reference& e : std::as_const(edges))
                if (e.parent == path.last() && remaining.contains(e.child)) {
                    next = &e;
                    break;
                }
            if (!next)
                break; // cannot happen: path.last() has a child among the remaining tables
            via << *next;
            const qsizetype seen = path.indexOf(next->child);
            path << next->child;
            if (seen >= 0) {
                path = path.mid(seen);
                via = via.mid(seen);
                break;
            }
        }
        std::reverse(path.begin(), path.end()); // child -> parent, as the references read
        std::reverse(via.begin(), via.end());
        const Reference* breakable = nullptr;
        for (const Reference& e : std::as_const(via))
            if (e.nullable) {
                breakable = &e;
                break;
            }
        if (!breakable) {
            QStringList links;
            for (const Reference& e : std::as_const(via))
                links << QStringLiteral("%1.%2 → %3.%4").arg(e.child, e.column, e.parent, e.parentColumn);
            return makeError(
                Error::Code::InvalidInput,
                tr("The tables %1 point at each other and none of these references may be NULL, so no "
                   "erasure order exists: %2. Make one of the columns nullable, or erase these tables "
                   "by a rule the database runs (ON DELETE CASCADE).")
                    .arg(path.join(QStringLiteral(" → ")), links.join(QStringLiteral(", "))));
        }
        plan.nullFirst << *breakable;
        const Reference broken = *breakable;
        edges.removeOne(broken);
    }
    return plan;
}

QList<ErasureOrder::Reference> ErasureOrder::references(const DataSource& source,
                                                        const QList<SqlConnection::ForeignKey>& live,
                                                        const QSet<QString>& nullable)
{
    QList<Reference> out;
    auto add = [&](const QString& child, const QString& column, const QString& parent,
                   const QString& parentColumn) {
        Reference r{child, column, parent, parentColumn,
                    nullable.contains(QStringLiteral("%1.%2").arg(child, column))};
        if (!out.contains(r))
            out << r;
    };
    for (const Table& t : source.tables)
        for (const Field& f : t.fields)
            if (f.references)
                add(t.name, f.name, f.references->table, f.references->field);
    // A reference of several columns orders its tables as its first column does; each column is listed, so a
    // cycle through it may be broken by nulling any nullable one of them.
    for (const Table& t : source.tables)
        for (const TableReference& r : t.references)
            for (int i = 0; i < r.columns.size() && i < r.to.size(); ++i)
                add(t.name, r.columns[i], r.table, r.to[i]);
    for (const SqlConnection::ForeignKey& fk : live)
        add(fk.table, fk.column, fk.parentTable, fk.parentColumn);
    return out;
}

QList<ErasureOrder::Link> ErasureOrder::links(const DataSource& source,
                                              const QList<SqlConnection::ForeignKey>& live)
{
    QList<Link> out;
    auto add = [&](const Link& l) {
        if (!out.contains(l))
            out << l;
    };
    for (const Table& t : source.tables) {
        for (const Field& f : t.fields)
            if (f.references)
                add({t.name, {f.name}, f.references->table, {f.references->field}});
        for (const TableReference& r : t.references)
            add({t.name, r.columns, r.table, r.to});
    }
    for (const SqlConnection::CompositeKey& k : SqlConnection::group(live))
        add({k.table, k.columns, k.parentTable, k.parentColumns});
    return out;
}

Result<QSet<QString>> ErasureOrder::nullableColumns(QSqlDatabase db, const DataSource& source)
{
    QSet<QString> out;
    for (const Table& t : source.tables) {
        const QSqlRecord record = db.record(t.name);
        if (record.isEmpty())
            return makeError(Error::Code::NotFound,
                             tr("The table %1 of source %2 is not in the database.").arg(t.name, source.key));
        for (int i = 0; i < record.count(); ++i) {
            const QSqlField f = record.field(i);
            if (f.requiredStatus() != QSqlField::Required)
                out.insert(QStringLiteral("%1.%2").arg(t.name, f.name()));
        }
    }
    return out;
}

QStringList ErasureOrder::strategyProblems(const DataSource& source, const QSet<QString>& nullable)
{
    QStringList out;
    for (const Table& t : source.tables) {
        if (t.deleteRows)
            continue;
        for (const Field& f : t.fields) {
            if (f.erasure.strategy != ErasureStrategy::Null)
                continue;
            if (t.primaryKey.contains(f.name))
                out << tr("%1.%2 (line %3): a primary key cannot be nulled; erase the row instead (erase: "
                          "rows).")
                           .arg(t.name, f.name)
                           .arg(f.line);
            else if (!nullable.contains(QStringLiteral("%1.%2").arg(t.name, f.name)))
                out << tr("%1.%2 (line %3): the column is NOT NULL, so erasure: null would fail mid-run; use "
                          "{fixed: \"...\"} or hmac, or erase the row.")
                           .arg(t.name, f.name)
                           .arg(f.line);
        }
    }
    return out;
}

} // namespace lethe
