#pragma once

#include "Result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace lethe {

// Where a database lives. The password is never stored with the parameters on disk:
// callers fetch it from the CredentialStore under `passwordKey` and fill `password` in memory.
struct ConnectionParams
{
    enum class Engine
    {
        Sqlite,
        Postgres,
        MariaDb
    };
    Engine engine = Engine::Sqlite;
    QString path; // SQLite file
    QString host; // server engines; use 127.0.0.1 rather than localhost for MariaDB
    int port = 0;
    QString database;
    QString user;
    QString passwordKey; // keychain key naming the password
    QString password;    // in memory only

    static QString engineKey(Engine e);
    static std::optional<Engine> parseEngine(const QString& key);
    // "postgres://user@127.0.0.1:5432/db" and the like, without the password. Safe to show and log
    // only after redaction (it names a user and a host).
    QString describe() const;
    // sqlite:PATH (the file must exist) or ENGINE://USER@HOST:PORT/DATABASE, never with a password in it
    // (passwords live in the keychain). `option` names where the text came from, for the message.
    static Result<ConnectionParams> fromUrl(const QString& url, const QString& option, bool databaseRequired);
};

// One named QSqlDatabase connection that is closed and removed when this goes out of scope.
// Qt ties a connection to the thread that opened it: open one per thread.
class SqlConnection
{
public:
    SqlConnection() = default;
    ~SqlConnection();
    SqlConnection(const SqlConnection&) = delete;
    SqlConnection& operator=(const SqlConnection&) = delete;

    Status open(const ConnectionParams& params);
    // Opens a new connection with `params` and, when it opened, closes the one before (a connection that
    // was lost); on failure the old one stays as it was. On this thread, as open().
    Status reopen(const ConnectionParams& params);
    // Opens another connection to a database that is open elsewhere (a worker's own to the workspace the
    // window has open): a SQLite file that is not there is not created anew, and a database that cannot be
    // reached is a lost connection (Error::Code::ConnectionLost), not a refusal.
    Status openExisting(const ConnectionParams& params);
    // The database connection is gone, not the statement refused: PostgreSQL's "server closed the
    // connection", "terminating connection due to administrator command", "no connection to the server"
    // (SQLSTATE class 08, 57P01-57P03), SQLite's SQLITE_IOERR and SQLITE_CANTOPEN (a workspace file on a
    // share that vanished), Qt's ConnectionError.
    static bool isConnectionLost(const QSqlError& error);
    QSqlDatabase db() const;
    ConnectionParams::Engine engine() const { return m_engine; }
    bool isOpen() const { return !m_name.isEmpty(); }

    // One column pair of a foreign key. A key of several columns is several pairs with the same
    // `constraint`, in the constraint's order (`position` 0, 1, ...): the columns are paired by their
    // position in the constraint, never by name.
    struct ForeignKey
    {
        QString table; // the referencing (child) table
        QString column;
        QString parentTable;
        QString parentColumn;
        QString constraint; // the constraint's name (SQLite: its id), the same for every pair of one key
        int position = 0;
        QString schema;       // the child's schema (PostgreSQL) or database (MariaDB); SQLite: empty
        QString parentSchema; // the parent's
        QString relation;     // the child's name in its schema, for SQL (`table` may be "schema.name")
    };
    // A table as SQL names it: `schema` empty means the connection's default (PostgreSQL's current schema,
    // MariaDB's current database; SQLite has no other).
    struct TableName
    {
        QString schema;
        QString name;
    };
    // The foreign keys whose child is one of `tables` (every table of every schema when `tables` is empty),
    // as the database declares them, ordered by table, constraint and position, across schemas: a key from
    // app.orders to crm.customer is read with both schemas. A table is named as `tables` names it; one not
    // listed by its name when it is in the default schema and no listed table has its name, and as
    // "schema.name" otherwise, so it never passes for a listed table of the same name in another schema.
    // PostgreSQL: partitions and inheritance children are their parent (topmost ancestor), and the copies
    // of a partitioned table's keys on its partitions are read once, as the parent's. Empty when the engine
    // cannot say.
    // `everyChild`: the keys of every table (of every schema), the listed ones still named as listed.
    static QList<ForeignKey> foreignKeys(QSqlDatabase db, ConnectionParams::Engine engine,
                                         const QList<TableName>& tables, bool everyChild = false);
    static QList<ForeignKey> foreignKeys(QSqlDatabase db, ConnectionParams::Engine engine,
                                         const QStringList& tables);
    // The connection's default schema: current_schema() (PostgreSQL), DATABASE() (MariaDB); empty for
    // SQLite.
    static QString currentSchema(QSqlDatabase db, ConnectionParams::Engine engine);
    // PostgreSQL: the tables that are a partition or an inheritance child of another, each with its
    // ancestors (schemas resolved: never empty). Querying an ancestor (without ONLY) reads their rows too, so
    // they are one table with it. Empty on the other engines: MariaDB's partitions are internal to their
    // table, SQLite has none.
    struct Descendant
    {
        TableName table;
        QList<TableName> ancestors; // the nearest first, the topmost last
        bool partition = false;     // a declarative partition (else an inheritance child)
    };
    static QList<Descendant> descendants(QSqlDatabase db, ConnectionParams::Engine engine);
    // The same, one entry per constraint: the child's columns and the parent's, paired by position.
    struct CompositeKey
    {
        QString table;
        QStringList columns;
        QString parentTable;
        QStringList parentColumns;
        QString schema;   // the child's, as ForeignKey::schema
        QString relation; // as ForeignKey::relation
    };
    static QList<CompositeKey> group(const QList<ForeignKey>& pairs);

    // A table or column name we are willing to quote: 1-63 characters, no control characters. Spaces,
    // mixed case, reserved words and quote characters are fine: quoting handles them. Callers also check
    // the name against the data map (and the map against the live schema) before it reaches SQL.
    static bool isValidIdentifier(const QString& name);
    // Quoted per driver ("name" for SQLite and PostgreSQL, `name` for MariaDB), with embedded quote
    // characters doubled; refuses what isValidIdentifier refuses.
    static Result<QString> quoteIdentifier(ConnectionParams::Engine engine, const QString& name);
    // A table as SQL statements name it: "schema"."table" (PostgreSQL), `database`.`table` (MariaDB), or the
    // table alone when `schema` is empty (the connection's default). Each part is validated and quoted;
    // SQLite refuses a schema (Lethe does not use ATTACHed databases).
    static Result<QString> qualifiedTable(ConnectionParams::Engine engine, const QString& schema,
                                          const QString& table);

private:
    QString m_name;
    ConnectionParams::Engine m_engine = ConnectionParams::Engine::Sqlite;
};

} // namespace lethe
