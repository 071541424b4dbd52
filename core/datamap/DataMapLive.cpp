#include "DataMapLive.h"

#include "ErasureOrder.h"

#include <QSqlDriver>
#include <QSqlQuery>
#include <QSqlRecord>

namespace lethe {

namespace {

// The schemas (PostgreSQL) or databases (MariaDB) that hold a table of this name, for a hint when the map
// names the wrong one.
QStringList schemasHolding(QSqlDatabase db, ConnectionParams::Engine engine, const QString& table)
{
    QStringList out;
    if (engine == ConnectionParams::Engine::Sqlite)
        return out;
    QSqlQuery q(db);
    q.prepare(engine == ConnectionParams::Engine::Postgres
                  ? QStringLiteral("SELECT n.nspname FROM pg_catalog.pg_class c "
                                   "JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
                                   "WHERE c.relname = ? AND c.relkind IN ('r', 'p', 'v', 'm', 'f') "
                                   "AND n.nspname NOT IN ('pg_catalog', 'information_schema') ORDER BY 1")
                  : QStringLiteral("SELECT TABLE_SCHEMA FROM information_schema.TABLES WHERE TABLE_NAME = ? "
                                   "ORDER BY 1"));
    q.addBindValue(table);
    if (q.exec())
        while (q.next())
            out << q.value(0).toString();
    return out;
}

} // namespace

QList<DataMapIssue> DataMapLive::check(const DataMap& map, const QList<ConnectionParams>& connections)
{
    QList<DataMapIssue> issues;
    for (int i = 0; i < map.sources.size(); ++i) {
        const DataSource& source = map.sources[i];
        const ConnectionParams params = connections.value(i, source.connection);
        SqlConnection conn;
        if (Status s = conn.open(params); !s) {
            issues << DataMapIssue{map.file, source.line, 1,
                                   tr("source \"%1\": %2").arg(source.key, s.error().message)};
            continue;
        }
        QSqlDatabase db = conn.db();
        // Every table in its own schema (the connection's default where the map names none): a table of the
        // same name in another schema is not it.
        auto columns = ErasureOrder::liveColumns(db, conn.engine(), source);
        if (!columns) {
            issues << DataMapIssue{map.file, source.line, 1,
                                   tr("source \"%1\": %2").arg(source.key, columns.error().message)};
            continue;
        }
        const QString current = SqlConnection::currentSchema(db, conn.engine());
        const QStringList sqliteTables =
            conn.engine() == ConnectionParams::Engine::Sqlite ? db.tables(QSql::AllTables) : QStringList();
        for (const Table& t : source.tables) {
            QStringList present; // the table's columns, in the table's order where the driver gives it
            if (t.schema.isEmpty() &&
                (conn.engine() != ConnectionParams::Engine::Sqlite || sqliteTables.contains(t.name))) {
                const QSqlRecord record =
                    db.record(db.driver()->escapeIdentifier(t.name, QSqlDriver::TableName));
                for (int c = 0; c < record.count(); ++c)
                    present << record.fieldName(c);
            }
            if (present.isEmpty()) {
                for (auto it = columns->cbegin(); it != columns->cend(); ++it)
                    if (it->table == t.name)
                        present << it->name;
                present.sort();
            }
            if (present.isEmpty()) {
                const QString schema = t.schema.isEmpty() ? current : t.schema;
                QStringList elsewhere = schemasHolding(db, conn.engine(), t.name);
                elsewhere.removeAll(schema);
                QString message =
                    schema.isEmpty() ? tr("table \"%1\" does not exist in %2.").arg(t.name, params.describe())
                                     : tr("table \"%1\" does not exist in schema \"%2\" of %3.")
                                           .arg(t.name, schema, params.describe());
                if (!elsewhere.isEmpty())
                    message +=
                        QLatin1Char(' ') + tr("A table of that name is in %1: name it with \"schema\".")
                                               .arg(elsewhere.join(QStringLiteral(", ")));
                issues << DataMapIssue{map.file, t.line, 1, message};
                continue;
            }
            for (const Field& f : t.fields) {
                if (!present.contains(f.name)) {
                    issues << DataMapIssue{
                        map.file, f.line, 1,
                        tr("column \"%1\" of table \"%2\" does not exist (the table has: %3).")
                            .arg(f.name, t.name, present.join(QStringLiteral(", ")))};
                }
            }
        }
        issues << partitionProblems(map.file, source, db, conn.engine());
        // Every erasure strategy against the live column it writes, as the erasure plan checks it.
        issues << ErasureOrder::strategyProblems(map.file, source, *columns);
        issues << referenceDirections(map.file, source, *columns);
    }
    return issues;
}

QList<DataMapIssue> DataMapLive::referenceDirections(const QString& mapFile, const DataSource& source,
                                                     const ErasureOrder::Columns& columns)
{
    QList<DataMapIssue> issues;
    // One declared reference of one column: `child` (table.column) points at `parent` (table.column).
    auto check = [&](const QString& child, const QString& parent, int line) {
        const auto c = columns.constFind(child);
        const auto p = columns.constFind(parent);
        if (c == columns.cend() || p == columns.cend())
            return; // a table or column the database lacks: reported above
        if (c->references.contains(parent))
            return; // the database's foreign key says the same
        if (p->references.contains(child)) {
            issues << DataMapIssue{
                mapFile, line, 1,
                tr("%1 references %2, but the database's foreign key points the other way (%2 → %1): a "
                   "reference is written on the column that holds the other row's key. Remove it here and "
                   "write \"references: %1\" on %2.")
                    .arg(child, parent)};
            return;
        }
        if (!p->primaryKey && !p->unique) {
            issues << DataMapIssue{
                mapFile, line, 1,
                tr("%1 references %2, which is neither a primary key nor unique in the database: likely a "
                   "reversed reference (orders.customer_id references customer.id, not the other way). If "
                   "%2 holds %1's values, remove it here and write \"references: %1\" on %2.")
                    .arg(child, parent)};
        }
    };
    for (const Table& t : source.tables) {
        for (const Field& f : t.fields) {
            if (f.references)
                check(t.name + QLatin1Char('.') + f.name,
                      f.references->table + QLatin1Char('.') + f.references->field, f.line);
        }
        for (const TableReference& r : t.references) {
            if (r.columns.size() == 1 && r.to.size() == 1)
                check(t.name + QLatin1Char('.') + r.columns[0], r.table + QLatin1Char('.') + r.to[0], r.line);
        }
    }
    return issues;
}

QList<DataMapIssue> DataMapLive::partitionProblems(const QString& mapFile, const DataSource& source,
                                                   QSqlDatabase db, ConnectionParams::Engine engine)
{
    QList<DataMapIssue> out;
    for (const auto& [t, message] : listedBesideParent(source, db, engine))
        out << DataMapIssue{mapFile, source.tables[t].line, 1, message};
    return out;
}

QList<std::pair<int, QString>> DataMapLive::listedBesideParent(const DataSource& source, QSqlDatabase db,
                                                               ConnectionParams::Engine engine)
{
    QList<std::pair<int, QString>> out;
    const QList<SqlConnection::Descendant> descendants = SqlConnection::descendants(db, engine);
    if (descendants.isEmpty())
        return out;
    const QString current = SqlConnection::currentSchema(db, engine);
    auto same = [&](const Table& t, const SqlConnection::TableName& n) {
        return t.name == n.name && (t.schema.isEmpty() ? current : t.schema) == n.schema;
    };
    for (int c = 0; c < source.tables.size(); ++c) {
        const Table& child = source.tables[c];
        for (const SqlConnection::Descendant& d : descendants) {
            if (!same(child, d.table))
                continue;
            // Any of its ancestors that the map lists reads these rows too.
            for (const Table& parent : source.tables) {
                if (&parent == &child ||
                    std::none_of(d.ancestors.cbegin(), d.ancestors.cend(),
                                 [&](const SqlConnection::TableName& a) { return same(parent, a); }))
                    continue;
                out << std::pair{
                    c, (d.partition
                            ? tr("table \"%1\" is a partition of \"%2\", which the map also lists: a query "
                                 "of \"%2\" reads its rows too, so they would be counted and erased "
                                 "twice. Remove \"%1\" from the map; \"%2\" covers it.")
                            : tr("table \"%1\" inherits from \"%2\", which the map also lists: a query of "
                                 "\"%2\" reads its rows too, so they would be counted and erased twice. "
                                 "Remove \"%1\" from the map; \"%2\" covers it."))
                           .arg(child.name, parent.name)};
                break;
            }
        }
    }
    return out;
}

} // namespace lethe
