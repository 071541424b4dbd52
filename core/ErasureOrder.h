#pragma once

#include "DataMap.h"
#include "Result.h"
#include "SqlConnection.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace lethe {

// The order an erasure must touch a source's tables in, derived from its references: a row that points at
// another is handled before the row it points at (children before parents), within and across tables. A
// cycle is broken by nulling one of its references first, which needs a nullable column; a cycle with no
// nullable reference cannot be ordered and is an error that names it. Also the plan-time check that every
// strategy fits the column it applies to (nulling a NOT NULL column would fail halfway through a run).
// The first piece of the erasure plan (issue 5); it runs no SQL but reading the live schema.
class ErasureOrder
{
    Q_DECLARE_TR_FUNCTIONS(lethe::ErasureOrder)
public:
    struct Reference
    {
        QString child; // the table whose column points
        QString column;
        QString parent; // the table it points at
        QString parentColumn;
        bool nullable = false; // the child's column accepts NULL
        bool operator==(const Reference&) const = default;
    };
    struct Plan
    {
        QStringList order;          // tables, children before parents
        QList<Reference> nullFirst; // references to null before anything is deleted, to break cycles
        QStringList selfOrdered;    // tables whose rows point at rows of the same table through a NOT NULL
                                    // column: their rows are ordered among themselves at run time
    };
    // `tables`: the tables to order; `references`: declared (map) and live (database) ones together.
    static Result<Plan> compute(const QStringList& tables, const QList<Reference>& references);

    // The references a source's map declares and its database enforces, with each column's nullability from
    // the live schema (`nullable` holds "table.column" for every column that accepts NULL).
    static QList<Reference> references(const DataSource& source, const QList<SqlConnection::ForeignKey>& live,
                                       const QSet<QString>& nullable);
    // A reference as a whole: one column on each side, or several paired by position (a composite foreign
    // key, a map's table-level reference). references() gives the same column by column, which is what
    // ordering the tables needs; whether a row points at another needs all the columns together.
    struct Link
    {
        QString child;
        QStringList columns;
        QString parent;
        QStringList parentColumns;
        bool operator==(const Link&) const = default;
    };
    static QList<Link> links(const DataSource& source, const QList<SqlConnection::ForeignKey>& live);

    // Every "table.column" of the source's tables that accepts NULL, as the database says.
    static Result<QSet<QString>> nullableColumns(QSqlDatabase db, const DataSource& source);

    // Strategies that cannot work on this schema: erasure: null on a NOT NULL column, or on a primary key
    // column; each as "table.column: why, and what to use instead".
    static QStringList strategyProblems(const DataSource& source, const QSet<QString>& nullable);
};

} // namespace lethe
