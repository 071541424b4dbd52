#include "SqlConnection.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>

#include <algorithm>

namespace lethe {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(lethe::SqlConnection)
};
} // namespace

QString ConnectionParams::engineKey(Engine e)
{
    switch (e) {
    case Engine::Sqlite:
        return QStringLiteral("sqlite");
    case Engine::Postgres:
        return QStringLiteral("postgres");
    case Engine::MariaDb:
        return QStringLiteral("mariadb");
    }
    return {};
}

std::optional<ConnectionParams::Engine> ConnectionParams::parseEngine(const QString& key)
{
    const QString k = key.trimmed().toLower();
    if (k == QLatin1String("sqlite"))
        return Engine::Sqlite;
    if (k == QLatin1String("postgres") || k == QLatin1String("postgresql") || k == QLatin1String("pg"))
        return Engine::Postgres;
    if (k == QLatin1String("mariadb") || k == QLatin1String("mysql"))
        return Engine::MariaDb;
    return std::nullopt;
}

QString ConnectionParams::describe() const
{
    if (engine == Engine::Sqlite)
        return QStringLiteral("sqlite:%1").arg(path);
    return QStringLiteral("%1://%2@%3:%4/%5").arg(engineKey(engine), user, host).arg(port).arg(database);
}

Result<ConnectionParams> ConnectionParams::fromUrl(const QString& url, const QString& option,
                                                   bool databaseRequired)
{
    ConnectionParams params;
    if (url.startsWith(QLatin1String("sqlite:"))) {
        params.path = QFileInfo(url.mid(7)).absoluteFilePath();
        if (!QFileInfo::exists(params.path))
            return makeError(Error::Code::NotFound,
                             Tr::tr("%1: %2 does not exist.").arg(option, params.path));
        return params;
    }
    const QUrl u(url, QUrl::StrictMode);
    const auto engine = parseEngine(u.scheme());
    if (!u.isValid() || !engine || *engine == Engine::Sqlite || u.host().isEmpty() ||
        (databaseRequired && u.path().size() < 2)) {
        return makeError(Error::Code::InvalidInput,
                         Tr::tr("%1: \"%2\" is not sqlite:PATH or ENGINE://USER@HOST:PORT/DATABASE.")
                             .arg(option, QUrl(url).toDisplayString(QUrl::RemovePassword)));
    }
    if (!u.password().isEmpty()) {
        return makeError(
            Error::Code::InvalidInput,
            Tr::tr("%1: put the password in the keychain and name it with --password-key, not in "
                   "the URL.")
                .arg(option));
    }
    params.engine = *engine;
    params.host = u.host();
    params.port = u.port(0);
    params.user = u.userName();
    params.database = u.path().mid(1);
    return params;
}

SqlConnection::~SqlConnection()
{
    if (m_name.isEmpty())
        return;
    {
        QSqlDatabase d = QSqlDatabase::database(m_name, false);
        d.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

Status SqlConnection::open(const ConnectionParams& p)
{
    static const char* drivers[] = {"QSQLITE", "QPSQL", "QMYSQL"};
    const QString driver = QLatin1String(drivers[int(p.engine)]);
    if (!QSqlDatabase::isDriverAvailable(driver)) {
        return makeError(Error::Code::Unavailable,
                         Tr::tr("The Qt SQL driver %1 is not installed (needed for %2).")
                             .arg(driver, ConnectionParams::engineKey(p.engine)));
    }
    const QString name = QStringLiteral("lethe-%1").arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
    {
        QSqlDatabase d = QSqlDatabase::addDatabase(driver, name);
        if (p.engine == ConnectionParams::Engine::Sqlite) {
            d.setDatabaseName(p.path);
            d.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        } else {
            d.setHostName(p.host);
            if (p.port > 0)
                d.setPort(p.port);
            d.setDatabaseName(p.database);
            d.setUserName(p.user);
            d.setPassword(p.password);
            d.setConnectOptions(p.engine == ConnectionParams::Engine::Postgres
                                    ? QStringLiteral("connect_timeout=10")
                                    : QStringLiteral("MYSQL_OPT_CONNECT_TIMEOUT=10"));
        }
        if (!d.open()) {
            // The driver's text may echo connection details; it names no password.
            const QString why = d.lastError().text();
            d = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
            return makeError(Error::Code::Unavailable,
                             Tr::tr("Cannot open database %1: %2").arg(p.describe(), why));
        }
        QSqlQuery q(d);
        if (p.engine == ConnectionParams::Engine::Sqlite) {
            q.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
            q.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
            q.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
        } else if (p.engine == ConnectionParams::Engine::MariaDb) {
            q.exec(QStringLiteral("SET NAMES utf8mb4"));
            q.exec(QStringLiteral("SET SESSION sql_mode = 'ANSI_QUOTES,STRICT_ALL_TABLES'"));
            // TIMESTAMP values are stored in UTC and given in the session's zone: in UTC, so they are read
            // as the instants they are (StoredValue).
            q.exec(QStringLiteral("SET time_zone = '+00:00'"));
        }
    }
    m_name = name;
    m_engine = p.engine;
    return Status::success();
}

Status SqlConnection::openExisting(const ConnectionParams& params)
{
    // Qt's SQLite driver creates a file that is not there: a workspace whose share went away would be read
    // as an empty one.
    if (params.engine == ConnectionParams::Engine::Sqlite && !QFileInfo::exists(params.path))
        return makeError(Error::Code::ConnectionLost,
                         Tr::tr("The database file %1 cannot be found.").arg(params.path));
    if (Status s = open(params); !s)
        return makeError(Error::Code::ConnectionLost, s.error().message);
    return {};
}

Status SqlConnection::reopen(const ConnectionParams& params)
{
    const QString old = m_name;
    const ConnectionParams::Engine oldEngine = m_engine;
    m_name.clear();
    if (Status s = open(params); !s) {
        m_name = old;
        m_engine = oldEngine;
        return s;
    }
    if (!old.isEmpty()) {
        {
            QSqlDatabase d = QSqlDatabase::database(old, false);
            d.close();
        }
        QSqlDatabase::removeDatabase(old);
    }
    return {};
}

bool SqlConnection::isConnectionLost(const QSqlError& error)
{
    if (error.type() == QSqlError::NoError)
        return false;
    if (error.type() == QSqlError::ConnectionError)
        return true;
    const QString code = error.nativeErrorCode();
    // PostgreSQL's SQLSTATE: class 08 (connection exception), 57P01 admin shutdown (pg_terminate_backend, a
    // restart), 57P02 crash shutdown, 57P03 cannot connect now.
    if (code.size() == 5 && (code.startsWith(QLatin1String("08")) || code == QLatin1String("57P01") ||
                             code == QLatin1String("57P02") || code == QLatin1String("57P03")))
        return true;
    // SQLite's result code (primary, or extended with the primary in the low byte): SQLITE_IOERR (10),
    // SQLITE_CANTOPEN (14); SQLITE_READONLY_DBMOVED (1032): the file was moved or deleted under us.
    bool number = false;
    const int sqlite = code.toInt(&number);
    if (number && ((sqlite & 0xff) == 10 || (sqlite & 0xff) == 14 || sqlite == 1032))
        return true;
    // Where the driver gives no code (libpq reports a dropped connection as a message only).
    static const char* lost[] = {"server closed the connection",
                                 "terminating connection due to administrator command",
                                 "no connection to the server",
                                 "could not receive data from server",
                                 "could not send data to server",
                                 "connection to server was lost",
                                 "SSL connection has been closed unexpectedly",
                                 "disk I/O error",
                                 "unable to open database file",
                                 "server has gone away",
                                 "Lost connection to"};
    const QString text = error.text();
    for (const char* l : lost) {
        if (text.contains(QLatin1String(l), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

QSqlDatabase SqlConnection::db() const
{
    return QSqlDatabase::database(m_name, false);
}

bool SqlConnection::isValidIdentifier(const QString& name)
{
    if (name.isEmpty() || name.size() > 63 || name.trimmed() != name)
        return false;
    return std::none_of(name.cbegin(), name.cend(),
                        [](QChar c) { return c.category() == QChar::Other_Control; });
}

Result<QString> SqlConnection::quoteIdentifier(ConnectionParams::Engine engine, const QString& name)
{
    if (!isValidIdentifier(name)) {
        return makeError(Error::Code::InvalidInput,
                         Tr::tr("\"%1\" is not a usable table or column name (1-63 characters, no control "
                                "characters, no leading or trailing spaces).")
                             .arg(name));
    }
    const QChar quote = engine == ConnectionParams::Engine::MariaDb ? QLatin1Char('`') : QLatin1Char('"');
    QString escaped = name;
    escaped.replace(quote, QString(2, quote));
    return quote + escaped + quote;
}

Result<QString> SqlConnection::qualifiedTable(ConnectionParams::Engine engine, const QString& schema,
                                              const QString& table)
{
    auto quotedTable = quoteIdentifier(engine, table);
    if (!quotedTable || schema.isEmpty())
        return quotedTable;
    if (engine == ConnectionParams::Engine::Sqlite) {
        return makeError(
            Error::Code::InvalidInput,
            Tr::tr("SQLite has no schemas: table \"%1\" cannot be in \"%2\".").arg(table, schema));
    }
    auto quotedSchema = quoteIdentifier(engine, schema);
    if (!quotedSchema)
        return quotedSchema;
    return *quotedSchema + QLatin1Char('.') + *quotedTable;
}

QString SqlConnection::currentSchema(QSqlDatabase db, ConnectionParams::Engine engine)
{
    if (engine == ConnectionParams::Engine::Sqlite)
        return {};
    QSqlQuery q(db);
    if (q.exec(engine == ConnectionParams::Engine::Postgres ? QStringLiteral("SELECT current_schema()")
                                                            : QStringLiteral("SELECT DATABASE()")) &&
        q.next())
        return q.value(0).toString();
    return {};
}

QList<SqlConnection::Descendant> SqlConnection::descendants(QSqlDatabase db, ConnectionParams::Engine engine)
{
    QList<Descendant> out;
    if (engine != ConnectionParams::Engine::Postgres)
        return out;
    // Up the pg_inherits chain to the ancestor that has no parent (indexes of partitioned tables are in
    // pg_inherits too: only tables count).
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
            "WITH RECURSIVE up(rel, anc, depth, part) AS ("
            " SELECT i.inhrelid, i.inhparent, 1, c.relispartition FROM pg_catalog.pg_inherits i"
            " JOIN pg_catalog.pg_class c ON c.oid = i.inhrelid WHERE c.relkind IN ('r', 'p', 'f')"
            " UNION ALL"
            " SELECT up.rel, i.inhparent, up.depth + 1, up.part FROM up"
            " JOIN pg_catalog.pg_inherits i ON i.inhrelid = up.anc)"
            " SELECT cn.nspname, c.relname, an.nspname, a.relname, up.part FROM up"
            " JOIN pg_catalog.pg_class c ON c.oid = up.rel"
            " JOIN pg_catalog.pg_namespace cn ON cn.oid = c.relnamespace"
            " JOIN pg_catalog.pg_class a ON a.oid = up.anc"
            " JOIN pg_catalog.pg_namespace an ON an.oid = a.relnamespace"
            " ORDER BY up.rel, up.depth")))
        return out;
    while (q.next()) {
        const TableName table{q.value(0).toString(), q.value(1).toString()};
        if (out.isEmpty() || out.last().table.schema != table.schema || out.last().table.name != table.name)
            out << Descendant{table, {}, q.value(4).toBool()};
        out.last().ancestors << TableName{q.value(2).toString(), q.value(3).toString()};
    }
    return out;
}

QList<SqlConnection::ForeignKey> SqlConnection::foreignKeys(QSqlDatabase db, ConnectionParams::Engine engine,
                                                            const QStringList& tables)
{
    QList<TableName> named;
    for (const QString& t : tables)
        named << TableName{{}, t};
    return foreignKeys(db, engine, named);
}

QList<SqlConnection::ForeignKey> SqlConnection::foreignKeys(QSqlDatabase db, ConnectionParams::Engine engine,
                                                            const QList<TableName>& tables, bool everyChild)
{
    QList<ForeignKey> out;
    QSqlQuery q(db);
    if (engine == ConnectionParams::Engine::Sqlite) {
        QStringList names;
        for (const TableName& t : tables)
            names << t.name;
        if ((tables.isEmpty() || everyChild) &&
            q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
                                  "'sqlite\\_%' ESCAPE '\\'"))) {
            names.clear();
            while (q.next())
                names << q.value(0).toString();
        }
        for (const QString& t : std::as_const(names)) {
            auto quoted = quoteIdentifier(engine, t);
            if (!quoted || !q.exec(QStringLiteral("PRAGMA foreign_key_list(%1)").arg(*quoted)))
                continue;
            // id, seq, table, from, to: one row per column pair, `seq` its position in the key.
            QList<ForeignKey> here;
            while (q.next())
                here << ForeignKey{t,
                                   q.value(3).toString(),
                                   q.value(2).toString(),
                                   q.value(4).toString(),
                                   q.value(0).toString(),
                                   q.value(1).toInt(),
                                   {},
                                   {},
                                   t};
            // A key written REFERENCES parent without columns points at the parent's primary key, in order.
            for (ForeignKey& fk : here) {
                if (!fk.parentColumn.isEmpty())
                    continue;
                QSqlQuery pk(db);
                QMap<int, QString> pkColumns;
                if (auto parent = quoteIdentifier(engine, fk.parentTable);
                    parent && pk.exec(QStringLiteral("PRAGMA table_info(%1)").arg(*parent))) {
                    while (pk.next()) {
                        if (pk.value(5).toInt() > 0)
                            pkColumns.insert(pk.value(5).toInt(), pk.value(1).toString());
                    }
                }
                fk.parentColumn = pkColumns.values().value(fk.position);
            }
            std::sort(here.begin(), here.end(), [](const ForeignKey& a, const ForeignKey& b) {
                return std::pair(a.constraint.toInt(), a.position) <
                       std::pair(b.constraint.toInt(), b.position);
            });
            out += here;
        }
        return out;
    }
    const bool pg = engine == ConnectionParams::Engine::Postgres;
    const QString current = currentSchema(db, engine);
    // The listed tables by their resolved schema, and the names they hold, so that a table outside the list
    // with a listed table's name is named with its schema.
    QHash<QString, QString> listed; // schema \x1f name -> name as listed
    QSet<QString> listedNames;
    QStringList schemas;
    for (const TableName& t : tables) {
        const QString schema = t.schema.isEmpty() ? current : t.schema;
        listed.insert(schema + QChar(0x1f) + t.name, t.name);
        listedNames.insert(t.name);
        if (!schemas.contains(schema))
            schemas << schema;
    }
    if (everyChild)
        schemas.clear(); // every schema
    const QString placeholders = QStringList(schemas.size(), QStringLiteral("?")).join(QStringLiteral(", "));
    // PostgreSQL: conkey and confkey list the two sides' columns in the constraint's order; unnested together
    // they pair by position (information_schema's views would pair them by name only). Both sides are named
    // by their topmost ancestor in pg_inherits: a key declared on a partition or an inheritance child is the
    // parent's, and the copies PostgreSQL makes of a partitioned table's keys (conparentid set) are skipped.
    const QString sql =
        pg ? QStringLiteral(
                 "WITH RECURSIVE up(rel, top) AS ("
                 " SELECT c.oid, c.oid FROM pg_catalog.pg_class c WHERE c.relkind IN ('r', 'p', 'f')"
                 " UNION ALL"
                 " SELECT up.rel, i.inhparent FROM up JOIN pg_catalog.pg_inherits i ON i.inhrelid = up.top),"
                 " root AS (SELECT DISTINCT ON (rel) rel, top FROM up WHERE NOT EXISTS ("
                 "  SELECT 1 FROM pg_catalog.pg_inherits i WHERE i.inhrelid = up.top) ORDER BY rel, top)"
                 " SELECT n.nspname, cl.relname, a.attname, pn.nspname, pcl.relname, pa.attname, "
                 " CASE WHEN r.rel = r.top THEN c.conname ELSE c.conname || ' on ' || ccl.relname END, k.ord "
                 "FROM pg_catalog.pg_constraint c "
                 "JOIN root r ON r.rel = c.conrelid "
                 "JOIN pg_catalog.pg_class ccl ON ccl.oid = c.conrelid "
                 "JOIN pg_catalog.pg_class cl ON cl.oid = r.top "
                 "JOIN pg_catalog.pg_namespace n ON n.oid = cl.relnamespace "
                 "JOIN root pr ON pr.rel = c.confrelid "
                 "JOIN pg_catalog.pg_class pcl ON pcl.oid = pr.top "
                 "JOIN pg_catalog.pg_namespace pn ON pn.oid = pcl.relnamespace "
                 "CROSS JOIN LATERAL unnest(c.conkey, c.confkey) WITH ORDINALITY AS k(col, pcol, ord) "
                 "JOIN pg_catalog.pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.col "
                 "JOIN pg_catalog.pg_attribute pa ON pa.attrelid = c.confrelid AND pa.attnum = k.pcol "
                 "WHERE c.contype = 'f' AND c.conparentid = 0 AND %1 "
                 "ORDER BY n.nspname, cl.relname, 7, k.ord")
                 .arg(schemas.isEmpty()
                          ? QStringLiteral("n.nspname NOT IN ('pg_catalog', 'information_schema') "
                                           "AND n.nspname NOT LIKE 'pg\\_toast%'")
                          : QStringLiteral("n.nspname IN (%1)").arg(placeholders))
           : QStringLiteral(
                 "SELECT TABLE_SCHEMA, TABLE_NAME, COLUMN_NAME, REFERENCED_TABLE_SCHEMA, "
                 "REFERENCED_TABLE_NAME, REFERENCED_COLUMN_NAME, CONSTRAINT_NAME, ORDINAL_POSITION "
                 "FROM information_schema.KEY_COLUMN_USAGE WHERE REFERENCED_TABLE_NAME IS NOT NULL "
                 "AND %1 ORDER BY TABLE_SCHEMA, TABLE_NAME, CONSTRAINT_NAME, ORDINAL_POSITION")
                 .arg(schemas.isEmpty()
                          ? QStringLiteral("TABLE_SCHEMA NOT IN ('mysql', 'information_schema', "
                                           "'performance_schema', 'sys')")
                          : QStringLiteral("TABLE_SCHEMA IN (%1)").arg(placeholders));
    auto nameOf = [&](const QString& schema, const QString& name) -> std::optional<QString> {
        const auto it = listed.constFind(schema + QChar(0x1f) + name);
        if (it != listed.cend())
            return *it;
        if (!tables.isEmpty() && !everyChild)
            return std::nullopt;
        return QString();
    };
    auto display = [&](const QString& schema, const QString& name) {
        if (auto n = nameOf(schema, name); n && !n->isEmpty())
            return *n;
        return schema == current && !listedNames.contains(name) ? name : schema + QLatin1Char('.') + name;
    };
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return out;
    for (const QString& schema : std::as_const(schemas))
        q.addBindValue(schema);
    if (q.exec()) {
        while (q.next()) {
            const QString schema = q.value(0).toString();
            const QString table = q.value(1).toString();
            if (!nameOf(schema, table))
                continue;
            const QString parentSchema = q.value(3).toString();
            out << ForeignKey{display(schema, table),
                              q.value(2).toString(),
                              display(parentSchema, q.value(4).toString()),
                              q.value(5).toString(),
                              q.value(6).toString(),
                              q.value(7).toInt() - 1,
                              schema,
                              parentSchema,
                              table};
        }
    }
    return out;
}

QList<SqlConnection::CompositeKey> SqlConnection::group(const QList<ForeignKey>& pairs)
{
    QList<CompositeKey> out;
    QHash<QString, qsizetype> at; // table + constraint -> index in out
    for (const ForeignKey& fk : pairs) {
        const QString id = fk.schema + QChar(0x1f) + fk.table + QChar(0x1f) + fk.constraint;
        auto it = at.find(id);
        if (it == at.end()) {
            it = at.insert(id, out.size());
            out << CompositeKey{fk.table, {}, fk.parentTable, {}, fk.schema, fk.relation};
        }
        out[*it].columns << fk.column;
        out[*it].parentColumns << fk.parentColumn;
    }
    return out;
}

} // namespace lethe
