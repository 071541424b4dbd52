// ErasureOrder::liveColumns: a source's columns, keys and foreign keys as the live database has them.

#include "ErasureOrder.h"

#include <QSqlError>
#include <QSqlQuery>

#include <optional>

namespace lethe {

namespace {

using Kind = ErasureOrder::Column::Kind;

// A source's columns as the live database has them, for ErasureOrder::liveColumns: SQLite's from its
// pragmas, PostgreSQL's and MariaDB's from their catalogues; and every foreign key column pair, composite
// ones included.
class LiveColumns
{
    Q_DECLARE_TR_FUNCTIONS(lethe::ErasureOrder)
public:
    using Column = ErasureOrder::Column;
    using Columns = ErasureOrder::Columns;

    LiveColumns(QSqlDatabase db_, ConnectionParams::Engine engine_, const DataSource& source_)
        : db(db_), engine(engine_), source(source_), q(db_)
    {
        q.setForwardOnly(true);
    }

    Status sqlite();
    Status server();
    // The columns alone, without keys or indexes (SQLite: with its unique indexes, read with the columns).
    Status types();
    // Each column's references and the columns referring to it; the keys from `wanted` tables to
    // `foreignKeys`, when given.
    void link(const QSet<QString>& wanted, QList<SqlConnection::ForeignKey>* foreignKeys);

    Columns out;
    QList<SqlConnection::ForeignKey> keys; // every foreign key column pair, composite ones included

private:
    Error failed() const;
    Status sqliteTable(const Table& t);
    Status sqliteKeys();
    void serverSchemas();
    std::optional<QString> mapped(const QString& schema, const QString& table) const;
    bool bound(const QString& sql);
    Status serverColumns();
    Status serverPrimaryKeys();
    Status serverUnique();
    // Sets `flag` on each column a catalogue query names (table, column, schema) / on one column.
    Status markColumns(const QString& sql, bool Column::*flag);
    void mark(const QString& table, const QString& column, bool Column::*flag);

    QSqlDatabase db;
    const ConnectionParams::Engine engine;
    const DataSource& source;
    QSqlQuery q;
    // PostgreSQL and MariaDB: the schemas the source's tables are in.
    bool pg = false;
    QString current;
    QHash<QString, QString> byQualified; // schema \x1f name -> the map's name
    QStringList schemas;
    QString inSchemas;
};

Error LiveColumns::failed() const
{
    return makeError(Error::Code::Storage,
                     tr("Reading the column types of source %1: %2").arg(source.key, q.lastError().text()));
}

Status LiveColumns::sqlite()
{
    for (const Table& t : source.tables)
        if (Status s = sqliteTable(t); !s)
            return s;
    return sqliteKeys();
}

// A table's columns and its unique columns, from SQLite's pragmas.
Status LiveColumns::sqliteTable(const Table& t)
{
    auto quoted = SqlConnection::quoteIdentifier(engine, t.name);
    if (!quoted)
        return quoted.error();
    if (!q.exec(QStringLiteral("PRAGMA table_info(%1)").arg(*quoted)))
        return failed();
    while (q.next()) {
        Column c;
        c.table = t.name;
        c.name = q.value(1).toString();
        c.type = q.value(2).toString();
        c.nullable = q.value(3).toInt() == 0 && q.value(5).toInt() == 0;
        c.primaryKey = q.value(5).toInt() > 0;
        ErasureOrder::classify(c, engine);
        out.insert(c.table + QLatin1Char('.') + c.name, c);
    }
    // Unique indexes (UNIQUE constraints are ones too) on a single column.
    QStringList uniqueIndexes;
    if (!q.exec(QStringLiteral("PRAGMA index_list(%1)").arg(*quoted)))
        return failed();
    while (q.next())
        if (q.value(2).toInt() == 1)
            uniqueIndexes << q.value(1).toString();
    for (const QString& index : std::as_const(uniqueIndexes)) {
        auto quotedIndex = SqlConnection::quoteIdentifier(engine, index);
        if (!quotedIndex || !q.exec(QStringLiteral("PRAGMA index_info(%1)").arg(*quotedIndex)))
            continue;
        QStringList columns;
        while (q.next())
            columns << q.value(2).toString();
        if (columns.size() == 1)
            mark(t.name, columns.first(), &Column::unique);
    }
    return {};
}

// Foreign keys from every table, so that a table the map leaves out still counts when it points in.
Status LiveColumns::sqliteKeys()
{
    QStringList all;
    if (!q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'")))
        return failed();
    while (q.next())
        all << q.value(0).toString();
    for (const QString& t : std::as_const(all)) {
        auto quoted = SqlConnection::quoteIdentifier(engine, t);
        if (!quoted || !q.exec(QStringLiteral("PRAGMA foreign_key_list(%1)").arg(*quoted)))
            continue;
        while (q.next()) {
            QString parentColumn = q.value(4).toString();
            if (parentColumn.isEmpty()) { // REFERENCES parent without a column: its primary key
                const QString parent = q.value(2).toString();
                for (const Column& c : std::as_const(out))
                    if (c.table == parent && c.primaryKey)
                        parentColumn = c.name;
            }
            keys << SqlConnection::ForeignKey{t,
                                              q.value(3).toString(),
                                              q.value(2).toString(),
                                              parentColumn,
                                              q.value(0).toString(),
                                              q.value(1).toInt(),
                                              {},
                                              {},
                                              t};
        }
    }
    return {};
}

// The source's tables by their schema (the connection's default where the map names none), so a table of
// another schema with a mapped table's name is never taken for it.
void LiveColumns::serverSchemas()
{
    pg = engine == ConnectionParams::Engine::Postgres;
    current = SqlConnection::currentSchema(db, engine);
    for (const Table& t : source.tables) {
        const QString schema = t.schema.isEmpty() ? current : t.schema;
        byQualified.insert(schema + QChar(0x1f) + t.name, t.name);
        if (!schemas.contains(schema))
            schemas << schema;
    }
    inSchemas =
        QStringList(qMax<qsizetype>(1, schemas.size()), QStringLiteral("?")).join(QStringLiteral(", "));
}

std::optional<QString> LiveColumns::mapped(const QString& schema, const QString& table) const
{
    const auto it = byQualified.constFind(schema + QChar(0x1f) + table);
    return it == byQualified.cend() ? std::nullopt : std::optional<QString>(*it);
}

bool LiveColumns::bound(const QString& sql)
{
    if (!q.prepare(sql))
        return false;
    for (const QString& schema : std::as_const(schemas))
        q.addBindValue(schema);
    if (schemas.isEmpty())
        q.addBindValue(current);
    return q.exec();
}

Status LiveColumns::serverColumns()
{
    const QString columns =
        // PostgreSQL: the catalogue itself, since information_schema.columns costs tens of milliseconds
        // per call. A domain is classified by its base type, an enum as one; lengths and precision come
        // from the formatted type ("character varying(40)", "numeric(12,2)").
        pg ? QStringLiteral(
                 "SELECT cl.relname, a.attname, "
                 "CASE WHEN t.typtype = 'e' THEN 'enum' WHEN t.typtype = 'd' THEN "
                 "format_type(t.typbasetype, t.typtypmod) ELSE format_type(a.atttypid, a.atttypmod) END, "
                 "NULL, NULL, NULL, "
                 "CASE WHEN a.attnotnull OR (t.typtype = 'd' AND t.typnotnull) THEN 'NO' ELSE 'YES' END, "
                 "format_type(a.atttypid, a.atttypmod), n.nspname "
                 "FROM pg_catalog.pg_attribute a "
                 "JOIN pg_catalog.pg_class cl ON cl.oid = a.attrelid "
                 "JOIN pg_catalog.pg_namespace n ON n.oid = cl.relnamespace "
                 "JOIN pg_catalog.pg_type t ON t.oid = a.atttypid "
                 "WHERE n.nspname IN (%1) AND a.attnum > 0 AND NOT a.attisdropped "
                 "AND cl.relkind IN ('r', 'p', 'v', 'm', 'f')")
                 .arg(inSchemas)
           : QStringLiteral("SELECT TABLE_NAME, COLUMN_NAME, DATA_TYPE, CHARACTER_MAXIMUM_LENGTH, "
                            "NUMERIC_PRECISION, NUMERIC_SCALE, IS_NULLABLE, COLUMN_TYPE, TABLE_SCHEMA "
                            "FROM information_schema.COLUMNS WHERE TABLE_SCHEMA IN (%1)")
                 .arg(inSchemas);
    if (!bound(columns))
        return failed();
    while (q.next()) {
        Column c;
        const auto name = mapped(q.value(8).toString(), q.value(0).toString());
        if (!name)
            continue;
        c.table = *name;
        c.name = q.value(1).toString();
        const QString dataType = q.value(2).toString();
        c.type = q.value(7).toString(); // as declared: "character varying(40)", "varchar(40)", "bigint(20)"
        c.nullable = q.value(6).toString().toUpper() == QLatin1String("YES");
        // Classified by the type's name; the length and precision come from the catalogue.
        Column byName = c;
        byName.type = pg ? dataType : c.type;
        ErasureOrder::classify(byName, engine);
        c.kind = byName.kind;
        c.min = byName.min;
        c.max = byName.max;
        c.maxLength = byName.maxLength;
        c.precision = byName.precision;
        c.scale = byName.scale;
        if ((c.kind == Kind::Text || c.kind == Kind::Binary) && !q.value(3).isNull())
            c.maxLength = q.value(3).toLongLong();
        if (c.kind == Kind::Decimal && !q.value(4).isNull()) {
            c.precision = q.value(4).toInt();
            c.scale = q.value(5).isNull() ? 0 : q.value(5).toInt();
        }
        if (c.kind == Kind::Text && c.maxLength > (qint64(1) << 30))
            c.maxLength = -1; // LONGTEXT and the like: as good as unbounded
        out.insert(c.table + QLatin1Char('.') + c.name, c);
    }
    return {};
}

Status LiveColumns::serverPrimaryKeys()
{
    const QString primary =
        pg ? QStringLiteral("SELECT cl.relname, a.attname, n.nspname FROM pg_catalog.pg_constraint con "
                            "JOIN pg_catalog.pg_class cl ON cl.oid = con.conrelid "
                            "JOIN pg_catalog.pg_namespace n ON n.oid = cl.relnamespace "
                            "JOIN pg_catalog.pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = "
                            "ANY(con.conkey) "
                            "WHERE con.contype = 'p' AND n.nspname IN (%1)")
                 .arg(inSchemas)
           : QStringLiteral("SELECT TABLE_NAME, COLUMN_NAME, TABLE_SCHEMA FROM "
                            "information_schema.KEY_COLUMN_USAGE "
                            "WHERE TABLE_SCHEMA IN (%1) AND CONSTRAINT_NAME = 'PRIMARY'")
                 .arg(inSchemas);
    return markColumns(primary, &Column::primaryKey);
}

Status LiveColumns::serverUnique()
{
    const QString unique =
        pg ? QStringLiteral(
                 "SELECT cl.relname, a.attname, n.nspname FROM pg_catalog.pg_index i "
                 "JOIN pg_catalog.pg_class cl ON cl.oid = i.indrelid "
                 "JOIN pg_catalog.pg_namespace n ON n.oid = cl.relnamespace "
                 "JOIN pg_catalog.pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = i.indkey[0] "
                 "WHERE i.indisunique AND i.indnatts = 1 AND n.nspname IN (%1)")
                 .arg(inSchemas)
           : QStringLiteral("SELECT TABLE_NAME, MIN(COLUMN_NAME), TABLE_SCHEMA FROM "
                            "information_schema.STATISTICS "
                            "WHERE TABLE_SCHEMA IN (%1) AND NON_UNIQUE = 0 "
                            "GROUP BY TABLE_SCHEMA, TABLE_NAME, INDEX_NAME HAVING COUNT(*) = 1")
                 .arg(inSchemas);
    return markColumns(unique, &Column::unique);
}

Status LiveColumns::markColumns(const QString& sql, bool Column::*flag)
{
    if (!bound(sql))
        return failed();
    while (q.next()) {
        if (const auto name = mapped(q.value(2).toString(), q.value(0).toString()))
            mark(*name, q.value(1).toString(), flag);
    }
    return {};
}

void LiveColumns::mark(const QString& table, const QString& column, bool Column::*flag)
{
    const auto it = out.find(table + QLatin1Char('.') + column);
    if (it != out.end())
        (*it).*flag = true;
}

Status LiveColumns::types()
{
    if (engine == ConnectionParams::Engine::Sqlite) {
        for (const Table& t : source.tables)
            if (Status s = sqliteTable(t); !s)
                return s;
        return {};
    }
    serverSchemas();
    return serverColumns();
}

Status LiveColumns::server()
{
    serverSchemas();
    if (Status s = serverColumns(); !s)
        return s;
    if (Status s = serverPrimaryKeys(); !s)
        return s;
    if (Status s = serverUnique(); !s)
        return s;
    // Every foreign key of the server's schemas, so that a table the map leaves out (in any schema) still
    // counts when it points in; the source's tables named as the map names them (SqlConnection).
    keys = SqlConnection::foreignKeys(db, engine, source.tableNames(), true);
    return {};
}

void LiveColumns::link(const QSet<QString>& wanted, QList<SqlConnection::ForeignKey>* foreignKeys)
{
    for (const SqlConnection::ForeignKey& k : std::as_const(keys)) {
        const auto child = out.find(k.table + QLatin1Char('.') + k.column);
        if (child != out.end() &&
            !child->references.contains(k.parentTable + QLatin1Char('.') + k.parentColumn))
            child->references << k.parentTable + QLatin1Char('.') + k.parentColumn;
        const auto parent = out.find(k.parentTable + QLatin1Char('.') + k.parentColumn);
        if (parent != out.end() && !parent->referencedBy.contains(k.table + QLatin1Char('.') + k.column))
            parent->referencedBy << k.table + QLatin1Char('.') + k.column;
        if (foreignKeys && wanted.contains(k.table))
            *foreignKeys << k;
    }
}

} // namespace

Result<ErasureOrder::Columns> ErasureOrder::liveColumns(QSqlDatabase db, ConnectionParams::Engine engine,
                                                        const DataSource& source,
                                                        QList<SqlConnection::ForeignKey>* foreignKeys,
                                                        QList<SqlConnection::ForeignKey>* everyForeignKey)
{
    QSet<QString> wanted;
    for (const Table& t : source.tables)
        wanted.insert(t.name);
    LiveColumns live(db, engine, source);
    if (Status s = engine == ConnectionParams::Engine::Sqlite ? live.sqlite() : live.server(); !s)
        return s.error();
    live.link(wanted, foreignKeys);
    if (everyForeignKey)
        *everyForeignKey = live.keys;
    return live.out;
}

Result<ErasureOrder::Columns> ErasureOrder::liveColumnTypes(QSqlDatabase db, ConnectionParams::Engine engine,
                                                            const DataSource& source)
{
    LiveColumns live(db, engine, source);
    if (Status s = live.types(); !s)
        return s.error();
    return live.out;
}

} // namespace lethe
