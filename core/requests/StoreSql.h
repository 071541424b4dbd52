#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
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

inline Error sqlError(const QSqlQuery& q, const QString& what)
{
    return makeError(Error::Code::Storage, QStringLiteral("%1: %2").arg(what, q.lastError().text()));
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
        return makeError(Error::Code::Storage, QCoreApplication::translate("lethe::WorkspaceStore",
                                                                           "Cannot start a transaction: %1")
                                                   .arg(db.lastError().text()));
    Result<T> r = body(db);
    if (!r.ok()) {
        db.rollback();
        return r;
    }
    if (!db.commit()) {
        const QString why = db.lastError().text();
        db.rollback();
        return makeError(
            Error::Code::Storage,
            QCoreApplication::translate("lethe::WorkspaceStore", "Cannot save the change: %1").arg(why));
    }
    return r;
}

} // namespace lethe::storesql
