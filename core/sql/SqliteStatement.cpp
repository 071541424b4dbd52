#include "SqliteStatement.h"

#include <QSqlQuery>
#include <QSqlResult>

#include <sqlite3.h>

namespace lethe::sqlite {

sqlite3_stmt* statementOf(const QSqlQuery& q)
{
    const QVariant handle = q.result() ? q.result()->handle() : QVariant();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3_stmt*") == 0)
        return *static_cast<sqlite3_stmt* const*>(handle.constData());
    return nullptr;
}

QVariant value(sqlite3_stmt* statement, int column)
{
    switch (sqlite3_column_type(statement, column)) {
    case SQLITE_NULL:
        return {};
    case SQLITE_INTEGER:
        return QVariant(qint64(sqlite3_column_int64(statement, column)));
    case SQLITE_FLOAT:
        return QVariant(sqlite3_column_double(statement, column));
    case SQLITE_BLOB:
        return QByteArray(static_cast<const char*>(sqlite3_column_blob(statement, column)),
                          sqlite3_column_bytes(statement, column));
    default: {
        const auto* text = sqlite3_column_text(statement, column);
        const int size = sqlite3_column_bytes(statement, column);
        bool ascii = text != nullptr;
        for (int i = 0; ascii && i < size; ++i)
            ascii = text[i] < 0x80;
        if (ascii)
            return QString::fromLatin1(reinterpret_cast<const char*>(text), size);
        return QString(static_cast<const QChar*>(sqlite3_column_text16(statement, column)),
                       sqlite3_column_bytes16(statement, column) / qsizetype(sizeof(QChar)));
    }
    }
}

void assign(QVariant& out, sqlite3_stmt* statement, int column)
{
    switch (sqlite3_column_type(statement, column)) {
    case SQLITE_NULL:
        if (out.isValid())
            out = QVariant();
        return;
    case SQLITE_INTEGER:
        out.setValue(qint64(sqlite3_column_int64(statement, column)));
        return;
    default:
        out = value(statement, column);
    }
}

} // namespace lethe::sqlite
