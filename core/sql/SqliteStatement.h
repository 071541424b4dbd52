#pragma once

#include <QVariant>

class QSqlQuery;
struct sqlite3_stmt;

namespace lethe {

// Reading and binding past Qt's SQLite driver, on the statement it prepared: where its copies of every value
// cost too much (a large result's rows in the traversal, the erasure's key statements run once per key).
namespace sqlite {

// The driver's own statement under `q`: null for another engine, or before the query was prepared.
sqlite3_stmt* statementOf(const QSqlQuery& q);

// A column of the row the statement is on, as Qt's SQLite driver reads it (QSQLiteResult) and
// StoredValue::read then gives it for a column read as stored (Kind::AsRead): NULL as an invalid QVariant,
// integers as qint64, reals as double, blobs as bytes, anything else as text. Text that is not plain ASCII
// goes through SQLite's own UTF-16 conversion, as the driver's does, so invalid UTF-8 is replaced alike.
QVariant value(sqlite3_stmt* statement, int column);
// The same into `out`, a whole number written into it in place when it holds one already (a million rows
// read into the same list of values).
void assign(QVariant& out, sqlite3_stmt* statement, int column);

} // namespace sqlite

} // namespace lethe
