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
    };
    // The foreign keys among `tables` as the database declares them (SQLite, PostgreSQL's current schema,
    // MariaDB's current database), ordered by table, constraint and position. Empty when the engine cannot
    // say.
    static QList<ForeignKey> foreignKeys(QSqlDatabase db, ConnectionParams::Engine engine,
                                         const QStringList& tables);
    // The same, one entry per constraint: the child's columns and the parent's, paired by position.
    struct CompositeKey
    {
        QString table;
        QStringList columns;
        QString parentTable;
        QStringList parentColumns;
    };
    static QList<CompositeKey> group(const QList<ForeignKey>& pairs);

    // A table or column name we are willing to quote: 1-63 characters, no control characters. Spaces,
    // mixed case, reserved words and quote characters are fine: quoting handles them. Callers also check
    // the name against the data map (and the map against the live schema) before it reaches SQL.
    static bool isValidIdentifier(const QString& name);
    // Quoted per driver ("name" for SQLite and PostgreSQL, `name` for MariaDB), with embedded quote
    // characters doubled; refuses what isValidIdentifier refuses.
    static Result<QString> quoteIdentifier(ConnectionParams::Engine engine, const QString& name);

private:
    QString m_name;
    ConnectionParams::Engine m_engine = ConnectionParams::Engine::Sqlite;
};

} // namespace lethe
