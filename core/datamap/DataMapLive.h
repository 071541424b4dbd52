#pragma once

#include "DataMapLoader.h"
#include "ErasureOrder.h"

namespace lethe {

// Checks a loaded data map against the live databases: every declared table and column must exist, spelled
// exactly as the database spells it, and every erasure strategy must fit the column it writes (its type,
// length, NULL and foreign keys: ErasureOrder::strategyProblems, the check the erasure plan makes). Issues
// point at the declaration in the map file.
class DataMapLive
{
    Q_DECLARE_TR_FUNCTIONS(lethe::DataMapLive)
public:
    // `connections[i]` is map.sources[i].connection with its password resolved from the keychain.
    static QList<DataMapIssue> check(const DataMap& map, const QList<ConnectionParams>& connections);
    // PostgreSQL: a table the map lists beside its ancestor (a declarative partition, or an inheritance
    // child), at the child's line, naming both: querying the ancestor reads the child's rows too, so they
    // would be counted and erased twice. Nothing on the other engines (MariaDB's partitions are internal
    // to their table).
    static QList<DataMapIssue> partitionProblems(const QString& mapFile, const DataSource& source,
                                                 QSqlDatabase db, ConnectionParams::Engine engine);
    // The same, as the index of the child table in `source.tables` and the message.
    static QList<std::pair<int, QString>> listedBesideParent(const DataSource& source, QSqlDatabase db,
                                                             ConnectionParams::Engine engine);
    // Declared references of one column whose direction the live schema contradicts: the database's foreign
    // key says parent.key <- child.column the other way round, or the column referenced is neither a primary
    // key nor unique (a reference names the key a column points at, so this one is likely reversed).
    static QList<DataMapIssue> referenceDirections(const QString& mapFile, const DataSource& source,
                                                   const ErasureOrder::Columns& columns);
};

} // namespace lethe
