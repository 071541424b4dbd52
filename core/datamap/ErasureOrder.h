#pragma once

#include "DataMap.h"
#include "DataMapLoader.h"
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

    // A column as the live database declares it, for checking that a strategy's value can be written there.
    struct Column
    {
        enum class Kind
        {
            Text,    // CHAR, VARCHAR, TEXT and the like; maxLength when bounded
            Any,     // SQLite without a declared type: holds anything
            Integer, // min/max its range
            Decimal, // precision and scale when declared
            Float,
            Boolean,
            Date,
            Time,
            DateTime,
            Uuid,
            Binary, // BLOB, BYTEA, VARBINARY(n): maxLength in bytes when bounded
            Json,
            Other, // enums, network addresses, arrays, geometry...: nothing but NULL is known to fit
        };
        QString table;
        QString name;
        QString type; // as the database spells it: "bigint", "character varying(40)", "VARCHAR(255)"
        Kind kind = Kind::Other;
        qint64 maxLength = -1; // characters (bytes for Binary); -1: unbounded
        int precision = -1;    // Decimal
        int scale = -1;
        qint64 min = 0, max = 0; // Integer
        bool nullable = true;
        bool primaryKey = false;
        bool unique = false;      // a UNIQUE constraint or index on this column alone
        QStringList references;   // "users.id": a foreign key this column is part of (single or composite)
        QStringList referencedBy; // "audit_logs.actor_id": a foreign key that points at this column
    };
    using Columns = QHash<QString, Column>; // by "table.column"

    // The live columns of the source's tables: types from PRAGMA table_info (SQLite, by the declared type and
    // its affinity), pg_attribute (PostgreSQL) and information_schema.COLUMNS (MariaDB), each table in its
    // own schema (the connection's default where the map names none; a same-named table of another schema
    // is never taken for it); foreign keys, composite ones included, from PRAGMA foreign_key_list and
    // SqlConnection::foreignKeys (across schemas, partitions as their parent), in both directions and from
    // tables the map does not describe.
    // `foreignKeys`, when given, receives the foreign keys whose child table is one of the source's, column
    // pair by column pair (what SqlConnection::foreignKeys gives, read in the same pass). `everyForeignKey`,
    // when given, receives every foreign key read, whatever its child table (on PostgreSQL and MariaDB what
    // SqlConnection::foreignKeys gives with everyChild; on SQLite this function's own reading of the
    // pragmas). A table the database does not have simply has no columns here.
    static Result<Columns> liveColumns(QSqlDatabase db, ConnectionParams::Engine engine,
                                       const DataSource& source,
                                       QList<SqlConnection::ForeignKey>* foreignKeys = nullptr,
                                       QList<SqlConnection::ForeignKey>* everyForeignKey = nullptr);
    // The live columns' types and nullability only (no keys, constraints or indexes): what a check of a
    // value's type needs, in one query on a server.
    static Result<Columns> liveColumnTypes(QSqlDatabase db, ConnectionParams::Engine engine,
                                           const DataSource& source);
    // Reads a type name into a column's kind, length, precision and range ("VARCHAR(40)", "bigint",
    // "numeric(12,2)"). SQLite names it does not know fall back to SQLite's affinity rules.
    static void classify(Column& column, ConnectionParams::Engine engine);

    // Strategies that cannot work on this schema, each at the field's line of `mapFile`, naming the table,
    // the column, its live type and what would work: erasure: null on a NOT NULL column or a primary key; any
    // change of a primary key or of a column other rows point at; anything but null on a column in a foreign
    // key (declared by the database or by the map's `references`); a keyed hash (64 characters of text) on a
    // column that is not text or is narrower; a fixed value that is not of the column's type or too long.
    static QList<DataMapIssue> strategyProblems(const QString& mapFile, const DataSource& source,
                                                const Columns& columns);
    // The length of what `hmac` writes: HMAC-SHA-256 in hex.
    static constexpr int kKeyedHashLength = 64;
};

} // namespace lethe
