#include "StoredValue.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlDriver>
#include <QSqlField>

#include <cmath>

namespace lethe {

namespace {

using Kind = StoredValue::Kind;

// PostgreSQL's type oids (pg_type.h), as QPSQL reports them in QSqlField::typeID().
Kind postgresKind(int oid, Kind* element)
{
    *element = Kind::Text;
    switch (oid) {
    case 16:
        return Kind::Boolean;
    case 20:
    case 21:
    case 23:
    case 26:
        return Kind::Integer;
    case 700:
    case 701:
        return Kind::Float;
    case 1700:
        return Kind::Exact;
    case 17:
        return Kind::Binary;
    case 114:
    case 3802:
        return Kind::Json;
    case 1114:
        return Kind::TimestampNoZone;
    case 1184:
        return Kind::TimestampUtc;
    case 1082:
        return Kind::Date;
    // Arrays, by their element's kind.
    case 1000:
        *element = Kind::Boolean;
        return Kind::Array;
    case 1005:
    case 1007:
    case 1016:
        *element = Kind::Integer;
        return Kind::Array;
    case 1021:
    case 1022:
        *element = Kind::Float;
        return Kind::Array;
    case 1231:
        *element = Kind::Exact;
        return Kind::Array;
    case 199:
    case 3807:
        *element = Kind::Json;
        return Kind::Array;
    case 1009: // text[]
    case 1014: // char[]
    case 1015: // varchar[]
    case 2951: // uuid[]
    case 1041: // inet[]
    case 1115: // timestamp[]
    case 1185: // timestamptz[]
    case 1182: // date[]
    case 1183: // time[]
        return Kind::Array;
    default:
        return Kind::Text; // text, varchar, money, uuid, inet, enums, intervals, times: as PostgreSQL prints
    }
}

Kind mariadbKind(const QString& dataType, bool json)
{
    if (json)
        return Kind::Json;
    static const QHash<QString, Kind> kinds{
        {QStringLiteral("tinyint"), Kind::Integer},
        {QStringLiteral("smallint"), Kind::Integer},
        {QStringLiteral("mediumint"), Kind::Integer},
        {QStringLiteral("int"), Kind::Integer},
        {QStringLiteral("bigint"), Kind::Integer},
        {QStringLiteral("year"), Kind::Integer},
        {QStringLiteral("decimal"), Kind::Exact},
        {QStringLiteral("float"), Kind::Float},
        {QStringLiteral("double"), Kind::Float},
        {QStringLiteral("binary"), Kind::Binary},
        {QStringLiteral("varbinary"), Kind::Binary},
        {QStringLiteral("tinyblob"), Kind::Binary},
        {QStringLiteral("blob"), Kind::Binary},
        {QStringLiteral("mediumblob"), Kind::Binary},
        {QStringLiteral("longblob"), Kind::Binary},
        {QStringLiteral("datetime"), Kind::TimestampNoZone},
        {QStringLiteral("timestamp"), Kind::TimestampUtc},
        {QStringLiteral("date"), Kind::Date},
        {QStringLiteral("json"), Kind::Json},
    };
    return kinds.value(dataType.toLower(), Kind::Text);
}

// A PostgreSQL array literal ({1,2,NULL}, {"a b","c,d"}, {{1,2},{3,4}}) as a JSON array, its elements read as
// `element`; nothing when it is not one.
std::optional<QJsonArray> parseArray(const QString& s, qsizetype& i, Kind element);

QJsonValue arrayElement(const QString& text, bool quoted, Kind element)
{
    if (!quoted && text.compare(QLatin1String("NULL"), Qt::CaseInsensitive) == 0)
        return QJsonValue::Null;
    bool ok = false;
    switch (element) {
    case Kind::Boolean:
        if (text == QLatin1String("t"))
            return true;
        if (text == QLatin1String("f"))
            return false;
        break;
    case Kind::Integer:
        if (const qint64 n = text.toLongLong(&ok); ok && qAbs(n) < (1LL << 53))
            return double(n);
        break;
    case Kind::Float:
        if (const double d = text.toDouble(&ok); ok && std::isfinite(d))
            return d;
        break;
    case Kind::Json: {
        QJsonParseError e;
        const QJsonDocument d = QJsonDocument::fromJson(QByteArray("[") + text.toUtf8() + "]", &e);
        if (e.error == QJsonParseError::NoError)
            return d.array().at(0);
        break;
    }
    default:
        break;
    }
    return text;
}

std::optional<QJsonArray> parseArray(const QString& s, qsizetype& i, Kind element)
{
    if (i >= s.size() || s[i] != QLatin1Char('{'))
        return std::nullopt;
    ++i;
    QJsonArray out;
    if (i < s.size() && s[i] == QLatin1Char('}')) {
        ++i;
        return out;
    }
    while (i < s.size()) {
        if (s[i] == QLatin1Char('{')) {
            auto inner = parseArray(s, i, element);
            if (!inner)
                return std::nullopt;
            out << *inner;
        } else if (s[i] == QLatin1Char('"')) {
            QString text;
            for (++i; i < s.size() && s[i] != QLatin1Char('"'); ++i) {
                if (s[i] == QLatin1Char('\\'))
                    ++i;
                if (i < s.size())
                    text += s[i];
            }
            if (i >= s.size())
                return std::nullopt;
            ++i;
            out << arrayElement(text, true, element);
        } else {
            const qsizetype start = i;
            while (i < s.size() && s[i] != QLatin1Char(',') && s[i] != QLatin1Char('}'))
                ++i;
            out << arrayElement(s.mid(start, i - start), false, element);
        }
        if (i >= s.size())
            return std::nullopt;
        if (s[i] == QLatin1Char('}')) {
            ++i;
            return out;
        }
        if (s[i] != QLatin1Char(','))
            return std::nullopt;
        ++i;
    }
    return std::nullopt;
}

QString textOf(const QVariant& v)
{
    if (v.typeId() == QMetaType::QByteArray)
        return QString::fromUtf8(v.toByteArray());
    return v.toString();
}

QString isoText(const QDateTime& dt)
{
    return dt.toString(dt.time().msec() == 0 ? Qt::ISODate : Qt::ISODateWithMs);
}

} // namespace

void StoredValue::prepare(QSqlQuery& query)
{
    query.setNumericalPrecisionPolicy(QSql::HighPrecision);
}

namespace {

// information_schema.columns' data_type of pg_attribute `a` (joined as kPgColumnsOf joins it), read from the
// catalogue itself: the view costs milliseconds per call on a database of a thousand tables
// (bench/bench_schema_scale.cpp). The same rule as the view's: an array is "ARRAY", a type outside
// pg_catalog (an enum, citext) "USER-DEFINED", a domain its base type.
const QLatin1String kPgDataType(
    "CASE WHEN t.typtype = 'd' THEN "
    "CASE WHEN bt.typelem <> 0 AND bt.typlen = -1 THEN 'ARRAY' "
    "WHEN nbt.nspname = 'pg_catalog' THEN format_type(t.typbasetype, NULL) ELSE 'USER-DEFINED' END "
    "ELSE CASE WHEN t.typelem <> 0 AND t.typlen = -1 THEN 'ARRAY' "
    "WHEN nt.nspname = 'pg_catalog' THEN format_type(a.atttypid, NULL) ELSE 'USER-DEFINED' END END "
    "FROM pg_catalog.pg_attribute a "
    "JOIN pg_catalog.pg_class c ON c.oid = a.attrelid "
    "JOIN pg_catalog.pg_namespace nc ON nc.oid = c.relnamespace "
    "JOIN pg_catalog.pg_type t ON t.oid = a.atttypid "
    "JOIN pg_catalog.pg_namespace nt ON nt.oid = t.typnamespace "
    "LEFT JOIN pg_catalog.pg_type bt ON t.typtype = 'd' AND bt.oid = t.typbasetype "
    "LEFT JOIN pg_catalog.pg_namespace nbt ON nbt.oid = bt.typnamespace");
const QLatin1String
    kPgColumnsOf("a.attnum > 0 AND NOT a.attisdropped AND c.relkind IN ('r', 'p', 'v', 'm', 'f')");

} // namespace

QList<StoredValue::Declared> StoredValue::declaredAll(QSqlDatabase db, ConnectionParams::Engine engine,
                                                      const QList<std::pair<QString, QString>>& tables)
{
    QList<Declared> out(tables.size());
    auto oneByOne = [&] {
        for (qsizetype i = 0; i < tables.size(); ++i)
            out[i] = declared(db, engine, tables[i].second, tables[i].first);
        return out;
    };
    const QString current = SqlConnection::currentSchema(db, engine);
    if (engine == ConnectionParams::Engine::Sqlite || current.isEmpty() || tables.isEmpty())
        return oneByOne();
    QHash<QString, QList<qsizetype>> at; // schema \x1f table -> its positions in `tables`
    QStringList schemas;
    for (qsizetype i = 0; i < tables.size(); ++i) {
        const QString schema = tables[i].first.isEmpty() ? current : tables[i].first;
        at[schema + QChar(0x1f) + tables[i].second] << i;
        if (!schemas.contains(schema))
            schemas << schema;
    }
    const QString marks = QStringList(schemas.size(), QStringLiteral("?")).join(QStringLiteral(", "));
    // Rows of (schema, table, name, value) into `into`.
    auto read = [&](const QString& sql, auto into) {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.prepare(sql))
            return false;
        for (const QString& schema : std::as_const(schemas))
            q.addBindValue(schema);
        if (!q.exec())
            return false;
        while (q.next())
            for (qsizetype i : at.value(q.value(0).toString() + QChar(0x1f) + q.value(1).toString()))
                into(out[i], q.value(2).toString(), q.value(3).toString());
        return true;
    };
    auto type = [](Declared& d, const QString& column, const QString& t) { d.types.insert(column, t); };
    if (engine == ConnectionParams::Engine::Postgres) {
        if (!read(
                QStringLiteral("SELECT nc.nspname, c.relname, a.attname, %1 WHERE nc.nspname IN (%2) AND %3")
                    .arg(kPgDataType, marks, kPgColumnsOf),
                type))
            return oneByOne();
        return out;
    }
    if (!read(QStringLiteral("SELECT TABLE_SCHEMA, TABLE_NAME, COLUMN_NAME, DATA_TYPE FROM "
                             "information_schema.COLUMNS WHERE TABLE_SCHEMA IN (%1)")
                  .arg(marks),
              type) ||
        !read(QStringLiteral("SELECT CONSTRAINT_SCHEMA, TABLE_NAME, CONSTRAINT_NAME, CHECK_CLAUSE FROM "
                             "information_schema.CHECK_CONSTRAINTS WHERE CONSTRAINT_SCHEMA IN (%1)")
                  .arg(marks),
              [](Declared& d, const QString& name, const QString& clause) {
                  if (clause.startsWith(QLatin1String("json_valid(")))
                      d.json.insert(name);
              })) {
        out = QList<Declared>(tables.size());
        return oneByOne();
    }
    return out;
}

StoredValue::Declared StoredValue::declared(QSqlDatabase db, ConnectionParams::Engine engine,
                                            const QString& table, const QString& schema)
{
    Declared out;
    if (engine == ConnectionParams::Engine::Sqlite) {
        QSqlQuery q(db);
        if (auto quoted = SqlConnection::quoteIdentifier(engine, table);
            quoted && q.exec(QStringLiteral("PRAGMA table_info(%1)").arg(*quoted))) {
            while (q.next())
                out.types.insert(q.value(1).toString(), q.value(2).toString());
        }
    } else if (engine == ConnectionParams::Engine::Postgres) {
        // From the catalogue, as information_schema.columns would say it (kPgDataType); this runs once per
        // foreign key the plan counts.
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT a.attname, %1 WHERE nc.nspname = COALESCE(NULLIF(?, ''), "
                                 "current_schema()) AND c.relname = ? AND %2")
                      .arg(kPgDataType, kPgColumnsOf));
        q.addBindValue(schema);
        q.addBindValue(table);
        if (q.exec()) {
            while (q.next())
                out.types.insert(q.value(0).toString(), q.value(1).toString());
        }
    } else if (engine == ConnectionParams::Engine::MariaDb) {
        QSqlQuery q(db);
        q.prepare(
            QStringLiteral("SELECT COLUMN_NAME, DATA_TYPE FROM information_schema.COLUMNS "
                           "WHERE TABLE_SCHEMA = COALESCE(NULLIF(?, ''), DATABASE()) AND TABLE_NAME = ?"));
        q.addBindValue(schema);
        q.addBindValue(table);
        if (q.exec()) {
            while (q.next())
                out.types.insert(q.value(0).toString(), q.value(1).toString());
        }
        // MariaDB's JSON is LONGTEXT with a json_valid() check named after the column.
        q.prepare(QStringLiteral(
            "SELECT CONSTRAINT_NAME, CHECK_CLAUSE FROM information_schema.CHECK_CONSTRAINTS "
            "WHERE CONSTRAINT_SCHEMA = COALESCE(NULLIF(?, ''), DATABASE()) AND TABLE_NAME = ?"));
        q.addBindValue(schema);
        q.addBindValue(table);
        if (q.exec()) {
            while (q.next()) {
                if (q.value(1).toString().startsWith(QLatin1String("json_valid(")))
                    out.json.insert(q.value(0).toString());
            }
        }
    }
    return out;
}

bool StoredValue::canHold(ConnectionParams::Engine engine, const QString& declaredType, IdentityKind kind)
{
    if (engine == ConnectionParams::Engine::Sqlite || declaredType.isEmpty())
        return true;
    const QString t = declaredType.toLower();
    static const QStringList text{QStringLiteral("text"),       QStringLiteral("character varying"),
                                  QStringLiteral("character"),  QStringLiteral("varchar"),
                                  QStringLiteral("char"),       QStringLiteral("tinytext"),
                                  QStringLiteral("mediumtext"), QStringLiteral("longtext"),
                                  QStringLiteral("citext"),     QStringLiteral("user-defined")};
    static const QStringList whole{QStringLiteral("smallint"),  QStringLiteral("integer"),
                                   QStringLiteral("bigint"),    QStringLiteral("int"),
                                   QStringLiteral("mediumint"), QStringLiteral("uuid"),
                                   QStringLiteral("numeric"),   QStringLiteral("decimal")};
    if (text.contains(t))
        return true;
    return kind == IdentityKind::UserId && whole.contains(t);
}

QList<StoredValue::Kind> StoredValue::kinds(const QSqlRecord& record, ConnectionParams::Engine engine,
                                            const Declared& declared)
{
    QList<Kind> out;
    for (int i = 0; i < record.count(); ++i) {
        const QSqlField f = record.field(i);
        switch (engine) {
        case ConnectionParams::Engine::Postgres: {
            Kind element;
            out << postgresKind(f.typeID(), &element);
            break;
        }
        case ConnectionParams::Engine::MariaDb:
            out << (declared.types.contains(f.name())
                        ? mariadbKind(declared.types.value(f.name()), declared.json.contains(f.name()))
                        : Kind::AsRead);
            break;
        case ConnectionParams::Engine::Sqlite:
            // Values keep their storage class; a column declared JSON holds JSON text.
            out << (declared.types.value(f.name()).compare(QLatin1String("json"), Qt::CaseInsensitive) == 0
                        ? Kind::Json
                        : Kind::AsRead);
            break;
        }
    }
    return out;
}

QVariant StoredValue::read(const QSqlQuery& query, int column, Kind kind)
{
    if (query.isNull(column))
        return {};
    const QVariant v = query.value(column);
    switch (kind) {
    case Kind::AsRead:
        return v;
    case Kind::Boolean:
        return v.toBool();
    case Kind::Integer:
        if (v.typeId() == QMetaType::ULongLong || v.typeId() == QMetaType::UInt)
            return v.toULongLong();
        return v.toLongLong();
    case Kind::Float:
        return v.toDouble();
    case Kind::Exact:
    case Kind::Text:
        return textOf(v);
    case Kind::Binary:
        return v.toByteArray();
    case Kind::Json: {
        QJsonParseError e;
        const QByteArray raw = v.typeId() == QMetaType::QByteArray ? v.toByteArray() : v.toString().toUtf8();
        const QJsonDocument d = QJsonDocument::fromJson("[" + raw + "]", &e);
        if (e.error != QJsonParseError::NoError || d.array().size() != 1)
            return textOf(v); // not JSON after all (SQLite does not check): the text stored
        return QVariant::fromValue(d.array().at(0));
    }
    case Kind::Array: {
        Kind element = Kind::Text;
        postgresKind(query.record().field(column).typeID(), &element);
        const QString s = v.toString();
        qsizetype i = 0;
        const auto a = parseArray(s, i, element);
        if (!a || i != s.size())
            return s;
        return QVariant::fromValue(QJsonValue(*a));
    }
    case Kind::TimestampUtc: {
        // QPSQL gives timestamptz in the local zone, QMYSQL gives TIMESTAMP in the session's (UTC:
        // SqlConnection).
        const QDateTime dt = v.toDateTime();
        if (query.driver() && query.driver()->dbmsType() == QSqlDriver::MySqlServer)
            return QDateTime(dt.date(), dt.time(), Qt::UTC);
        return dt.toUTC();
    }
    case Kind::TimestampNoZone:
        return v.toDateTime();
    case Kind::Date:
        return v.toDate();
    }
    return v;
}

QJsonValue StoredValue::json(const QVariant& v)
{
    if (!v.isValid() || v.isNull())
        return QJsonValue::Null;
    switch (v.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::Short:
    case QMetaType::Char:
    case QMetaType::SChar:
        // Whole numbers beyond 2^53 would lose digits as JSON numbers: those stay text.
        if (qAbs(v.toLongLong()) < (1LL << 53))
            return double(v.toLongLong());
        return v.toString();
    case QMetaType::UInt:
    case QMetaType::ULongLong:
    case QMetaType::UShort:
    case QMetaType::UChar:
        if (v.toULongLong() < (1ULL << 53))
            return double(v.toULongLong());
        return v.toString();
    case QMetaType::Double:
    case QMetaType::Float:
        // JSON has no NaN or infinity: those are written as the text the database gave.
        if (!std::isfinite(v.toDouble()))
            return v.toString();
        return v.toDouble();
    case QMetaType::Bool:
        return v.toBool();
    case QMetaType::QByteArray: {
        const QByteArray b = v.toByteArray();
        if (b.size() > kMaxBinary)
            return QJsonObject{{QStringLiteral("bytes"), double(b.size())},
                               {QStringLiteral("withheld"),
                                tr("larger than %1 MiB; ask the database's owner for a copy of this value")
                                    .arg(kMaxBinary / (1024 * 1024))}};
        return QJsonObject{{QStringLiteral("base64"), QString::fromLatin1(b.toBase64())},
                           {QStringLiteral("bytes"), double(b.size())}};
    }
    case QMetaType::QDateTime: {
        const QDateTime dt = v.toDateTime();
        // A zone is written only when the value has one (UTC or an offset); a local time says it has none.
        return isoText(dt);
    }
    case QMetaType::QDate:
        return v.toDate().toString(Qt::ISODate);
    case QMetaType::QTime:
        return v.toTime().toString(v.toTime().msec() == 0 ? Qt::ISODate : Qt::ISODateWithMs);
    case QMetaType::QJsonValue:
        return v.toJsonValue();
    case QMetaType::QJsonArray:
        return v.toJsonArray();
    case QMetaType::QJsonObject:
        return v.toJsonObject();
    default:
        return v.toString();
    }
}

QString StoredValue::text(const QJsonValue& v)
{
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return {};
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        // Whole numbers (ids, counts) print the same as 'g' with 17 digits would, without its slow path.
        const double d = v.toDouble();
        if (d == std::trunc(d) && std::abs(d) < 9007199254740992.0 && !(d == 0 && std::signbit(d)))
            return QString::number(qint64(d));
        return QString::number(d, 'g', QLocale::FloatingPointShortest);
    }
    case QJsonValue::String: {
        const QString s = v.toString();
        return s.isNull() ? QString(QLatin1String("")) : s;
    }
    case QJsonValue::Object: {
        const QJsonObject o = v.toObject();
        if (o.size() == 2 && o.value(QLatin1String("base64")).isString() &&
            o.value(QLatin1String("bytes")).isDouble())
            return tr("base64 %1 (%n byte(s))", nullptr, o.value(QLatin1String("bytes")).toInt())
                .arg(o.value(QLatin1String("base64")).toString());
        if (o.size() == 2 && o.value(QLatin1String("withheld")).isString() &&
            o.value(QLatin1String("bytes")).isDouble())
            return tr("(%n byte(s) withheld: %1)", nullptr, o.value(QLatin1String("bytes")).toInt())
                .arg(o.value(QLatin1String("withheld")).toString());
        return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
    }
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    }
    return QString(QLatin1String(""));
}

QString StoredValue::display(const QJsonValue& v)
{
    const QString t = text(v);
    return t.isNull() ? noValue() : t;
}

QString StoredValue::noValue()
{
    return tr("(no value)");
}

} // namespace lethe
