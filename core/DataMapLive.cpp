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
    }
    return issues;
}

} // namespace lethe
