#include "ErasureExecution.h"
#include "SqliteStatement.h"

#include <QCoreApplication>

#include <sqlite3.h>

namespace lethe::erasurerun {

namespace {

// Binds one value as the driver binds a QString or a whole number (the only types keys and fixed values are
// bound as here).
int bindOne(sqlite3_stmt* statement, int at, const QVariant& v)
{
    if (v.isNull())
        return sqlite3_bind_null(statement, at);
    if (v.typeId() == QMetaType::LongLong)
        return sqlite3_bind_int64(statement, at, v.toLongLong());
    const QString text = v.toString();
    return sqlite3_bind_text16(statement, at, text.utf16(), int(text.size() * sizeof(QChar)),
                               SQLITE_TRANSIENT);
}

} // namespace

KeyStatement::KeyStatement(QSqlQuery& q, ConnectionParams::Engine engine) : m_query(q), m_engine(engine)
{
    if (engine == ConnectionParams::Engine::Sqlite)
        m_statement = sqlite::statementOf(q);
}

void KeyStatement::fail(int code)
{
    // The error as the driver words it (QSQLiteResult): SQLite's message, then the driver's, in Qt's own
    // translation (named through variables, so it is not taken for one of Lethe's strings).
    static const char* const driverContext = "QSQLiteResult";
    static const char* const driverText = "Unable to fetch row";
    m_error = errorText(QSqlError(QCoreApplication::translate(driverContext, driverText),
                                  QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(m_statement))),
                                  QSqlError::ConnectionError, QString::number(code)));
    sqlite3_reset(m_statement);
}

bool KeyStatement::exec(const QVariantList& fixed, const KeyList& keys)
{
    m_error.clear();
    m_pending = false;
    m_done = false;
    m_affected = 0;
    bool direct = m_statement != nullptr;
    for (const QVariant& v : fixed)
        direct =
            direct && (v.isNull() || v.typeId() == QMetaType::QString || v.typeId() == QMetaType::LongLong);
    if (!direct) {
        int i = 0;
        for (const QVariant& v : fixed)
            m_query.bindValue(i++, v);
        bindKeys(m_query, i, keys, m_engine);
        if (!m_query.exec()) {
            m_error = errorText(m_query.lastError());
            return false;
        }
        m_affected = std::max(0, m_query.numRowsAffected());
        return true;
    }
    // SQLite's statement bound and stepped directly, the values bound as the driver binds them: the driver
    // names each positional placeholder as it binds it (a QString and a hash lookup per value), which cost
    // the run of a million keys more than SQLite's own deletes.
    m_usingDirect = true;
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    int at = 1;
    for (const QVariant& v : fixed)
        if (const int rc = bindOne(m_statement, at++, v); rc != SQLITE_OK) {
            fail(rc);
            return false;
        }
    QVarLengthArray<QByteArrayView, 4> values;
    for (qsizetype k = 0; k < keys.size(); ++k) {
        keys.valuesOf(k, values);
        for (const QByteArrayView v : values)
            if (const int rc = bindOne(m_statement, at++, keyValue(v, m_engine)); rc != SQLITE_OK) {
                fail(rc);
                return false;
            }
    }
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW) {
        m_pending = true;
        return true;
    }
    if (rc != SQLITE_DONE) {
        fail(rc);
        return false;
    }
    m_affected = sqlite3_changes(sqlite3_db_handle(m_statement));
    m_done = true; // no rows: a step now would run the statement again
    sqlite3_reset(m_statement);
    return true;
}

bool KeyStatement::next()
{
    if (!m_usingDirect)
        return m_query.next();
    if (m_pending) {
        m_pending = false;
        return true;
    }
    if (m_done)
        return false;
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    m_done = true;
    if (rc != SQLITE_DONE)
        fail(rc);
    else
        sqlite3_reset(m_statement);
    return false;
}

QVariant KeyStatement::value(int i) const
{
    return m_usingDirect ? sqlite::value(m_statement, i) : m_query.value(i);
}

void KeyStatement::finish()
{
    if (m_usingDirect)
        sqlite3_reset(m_statement);
    else
        m_query.finish();
    m_usingDirect = false;
    m_pending = false;
    m_done = false;
}

} // namespace lethe::erasurerun
