#pragma once

#include "SqlConnection.h"
#include "Types.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QString>
#include <QVariant>

namespace lethe {

// The one rule for how a value read from a product database is carried and shown: by the traversal (and so
// the preview, the erasure plan and the export), the bundle's JSON, CSV and report, and the bundle viewer,
// on SQLite, PostgreSQL and MariaDB alike (docs/datamap.md, "Values as stored").
//
// - NULL is an invalid QVariant, `null` in JSON, an empty CSV cell, and noValue() in text; never 0, false or
// "".
// - Booleans (PostgreSQL's boolean) stay booleans. MariaDB has no boolean type: BOOLEAN is TINYINT(1), which
//   may hold -128..127, so it is the number stored, as `mariadb` prints it. SQLite stores booleans as
//   integers.
// - Exact numerics (NUMERIC, DECIMAL) are read with all their digits and written as JSON strings ("12.50"),
//   since a JSON number is read back as a binary floating point number; PostgreSQL's money as it prints it.
// - Timestamps with a zone (PostgreSQL's timestamptz, MariaDB's TIMESTAMP, read in UTC) are written in UTC
// with
//   "Z"; those without one (timestamp, DATETIME) without an offset, which in ISO 8601 says no zone is known.
// - Binary values are {"base64": ..., "bytes": n}, or {"bytes": n, "withheld": why} above kMaxBinary.
// - JSON columns and PostgreSQL arrays stay structured: the JSON value, the array as a JSON array.
// - Everything else (enums, UUIDs, inet, intervals, times) is the text the database prints.
class StoredValue
{
    Q_DECLARE_TR_FUNCTIONS(lethe::StoredValue)
public:
    enum class Kind
    {
        AsRead, // as the driver gives it (SQLite's storage classes)
        Boolean,
        Integer,
        Float,
        Exact,
        Text,
        Binary,
        Json,
        Array,
        TimestampUtc,    // has a zone; read as the UTC instant
        TimestampNoZone, // has none
        Date,
    };
    // Binary values larger than this are withheld from the preview and the bundle, with their length.
    static constexpr qsizetype kMaxBinary = 1024 * 1024;

    // What the driver's record does not say: the declared types of a table's columns (SQLite's JSON; MariaDB,
    // whose driver tells neither text from binary nor JSON from text). Asked before the query runs.
    struct Declared
    {
        QHash<QString, QString>
            types;          // column -> declared type, as the catalogue names it (all three engines)
        QSet<QString> json; // MariaDB: columns checked with json_valid()
    };
    // `schema` empty: the connection's default schema.
    static Declared declared(QSqlDatabase db, ConnectionParams::Engine engine, const QString& table,
                             const QString& schema = {});
    // The same for many tables ({schema, table}, schema empty: the default), in a query or two for all of
    // them on PostgreSQL and MariaDB instead of one or two per table; in `tables`' order.
    static QList<Declared> declaredAll(QSqlDatabase db, ConnectionParams::Engine engine,
                                       const QList<std::pair<QString, QString>>& tables);
    // Whether a column of the declared type (as declared() gives it; empty: not known) can hold an identity
    // of this kind: text for emails and phone numbers, text, a whole number or a UUID for user ids. SQLite
    // stores any value in any column, so there it always can.
    static bool canHold(ConnectionParams::Engine engine, const QString& declaredType, IdentityKind kind);
    // The kinds of the columns an executed query returns.
    static QList<Kind> kinds(const QSqlRecord& record, ConnectionParams::Engine engine,
                             const Declared& declared);
    // Prepare a query for reading values exactly (all of a NUMERIC's digits). Call before exec().
    static void prepare(QSqlQuery& query);
    // Column `column` of the current row, as stored (see above).
    static QVariant read(const QSqlQuery& query, int column, Kind kind);

    // A value as read() gives it (or any QVariant) as JSON.
    static QJsonValue json(const QVariant& value);
    // A JSON value as one cell's text (CSV, report, viewer, preview): a null QString for null (which callers
    // show as noValue(), or leave empty in CSV), a non-null string for everything else.
    static QString text(const QJsonValue& value);
    // text(), with noValue() for null: for the text preview.
    static QString display(const QJsonValue& value);
    // The mark for "no value" (NULL) in text.
    static QString noValue();
};

} // namespace lethe
