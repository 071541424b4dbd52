#include "DataMapLive.h"

#include "ErasureOrder.h"

#include <QSqlDriver>
#include <QSqlRecord>

namespace lethe {

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
        const QStringList tables = db.tables(QSql::AllTables);
        for (const Table& t : source.tables) {
            if (!tables.contains(t.name)) {
                issues << DataMapIssue{
                    map.file, t.line, 1,
                    tr("table \"%1\" does not exist in %2.").arg(t.name, params.describe())};
                continue;
            }
            const QSqlRecord record = db.record(db.driver()->escapeIdentifier(t.name, QSqlDriver::TableName));
            QStringList columns;
            for (int c = 0; c < record.count(); ++c)
                columns << record.fieldName(c);
            for (const Field& f : t.fields) {
                if (!columns.contains(f.name)) {
                    issues << DataMapIssue{
                        map.file, f.line, 1,
                        tr("column \"%1\" of table \"%2\" does not exist (the table has: %3).")
                            .arg(f.name, t.name, columns.join(QStringLiteral(", ")))};
                }
            }
        }
        // Every erasure strategy against the live column it writes, as the erasure plan checks it.
        auto columns = ErasureOrder::liveColumns(db, conn.engine(), source);
        if (!columns) {
            issues << DataMapIssue{map.file, source.line, 1,
                                   tr("source \"%1\": %2").arg(source.key, columns.error().message)};
            continue;
        }
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

} // namespace lethe
