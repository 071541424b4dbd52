#pragma once

#include "Result.h"
#include "SqlConnection.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariantList>

// Small helpers shared by the classes that write the workspace database (WorkspaceStore, ErasureStore).
namespace lethe::storesql {

inline const QString& timeFormat()
{
    static const QString f = QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ");
    return f;
}

inline QString isoTime(const QDateTime& t)
{
    return t.toUTC().toString(timeFormat());
}

inline QDateTime parseTime(const QString& s)
{
    QDateTime t = QDateTime::fromString(s, timeFormat());
    t.setTimeSpec(Qt::UTC);
    return t;
}

// A failed statement: Error::Code::ConnectionLost when the connection is gone
// (SqlConnection::isConnectionLost), else Storage.
inline Error::Code lostOr(const QSqlError& e, Error::Code otherwise = Error::Code::Storage)
{
    return SqlConnection::isConnectionLost(e) ? Error::Code::ConnectionLost : otherwise;
}

inline Error sqlError(const QSqlError& e, const QString& what)
{
    return makeError(lostOr(e), QStringLiteral("%1: %2").arg(what, e.text()));
}

// A query on a connection the driver closed after losing it (Qt's PostgreSQL driver does) fails without an
// error of its own: that is a lost connection too.
inline Error sqlError(const QSqlQuery& q, const QString& what)
{
    if (q.driver() && !q.driver()->isOpen())
        return makeError(
            Error::Code::ConnectionLost,
            QStringLiteral("%1: %2").arg(what, q.lastError().type() == QSqlError::NoError
                                                   ? QStringLiteral("no connection to the server")
                                                   : q.lastError().text()));
    return sqlError(q.lastError(), what);
}

inline Error::Code lostOr(const QSqlDatabase& db, Error::Code otherwise = Error::Code::Storage)
{
    return !db.isOpen() ? Error::Code::ConnectionLost : lostOr(db.lastError(), otherwise);
}

// Runs a prepared statement with the given values bound in order. A null QString is bound as '' (the
// columns are NOT NULL); a real SQL NULL is an untyped QVariant().
inline bool run(QSqlQuery& q, const QString& sql, const QVariantList& values)
{
    if (!q.prepare(sql))
        return false;
    for (const QVariant& v : values) {
        if (v.typeId() == QMetaType::QString && v.toString().isNull())
            q.addBindValue(QStringLiteral(""));
        else
            q.addBindValue(v);
    }
    return q.exec();
}

// Runs `body(db)` in one transaction: committed when it succeeds, rolled back when it fails or the commit
// does.
template <typename T, typename F> Result<T> inTransaction(QSqlDatabase db, F&& body)
{
    if (!db.transaction())
        return makeError(
            lostOr(db), QCoreApplication::translate("lethe::WorkspaceStore", "Cannot start a transaction: %1")
                            .arg(db.lastError().text()));
    Result<T> r = body(db);
    if (!r.ok()) {
        db.rollback();
        return r;
    }
    if (!db.commit()) {
        // A lost connection here is a lost answer: the server may have committed (WorkspaceStore::fateOf).
        const QSqlError why = db.lastError();
        db.rollback();
        return makeError(lostOr(why),
                         QCoreApplication::translate("lethe::WorkspaceStore", "Cannot save the change: %1")
                             .arg(why.text()));
    }
    return r;
}

// Whether this login may UPDATE both `first` and `second` of requests (PostgreSQL's column privileges, which
// a table grant includes; SQLite: always). The names are our own constants. `what` says what was checked.
inline Result<bool> mayUpdateRequests(QSqlDatabase db, const char* first, const char* second,
                                      const QString& what)
{
    if (db.driverName() != QLatin1String("QPSQL"))
        return true;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT has_column_privilege('requests', '%1', 'UPDATE') AND "
                               "has_column_privilege('requests', '%2', 'UPDATE')")
                    .arg(QLatin1String(first), QLatin1String(second))) ||
        !q.next())
        return sqlError(q, what);
    return q.value(0).toBool();
}

} // namespace lethe::storesql
