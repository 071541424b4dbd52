#include "SchemaDiscovery.h"

#include <QDate>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>
#include <QSqlIndex>
#include <QSqlQuery>
#include <QSqlRecord>

#include <functional>

namespace lethe {

namespace {

// The column's type as a person reads it: the family Qt's driver reports (SQLite declares little more).
QString typeFamily(QMetaType type)
{
    switch (type.id()) {
    case QMetaType::QString:
        return QStringLiteral("text");
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Short:
        return QStringLiteral("integer");
    case QMetaType::Double:
    case QMetaType::Float:
        return QStringLiteral("number");
    case QMetaType::Bool:
        return QStringLiteral("boolean");
    case QMetaType::QDate:
        return QStringLiteral("date");
    case QMetaType::QTime:
        return QStringLiteral("time");
    case QMetaType::QDateTime:
        return QStringLiteral("timestamp");
    case QMetaType::QByteArray:
        return QStringLiteral("binary");
    case QMetaType::QUuid:
        return QStringLiteral("uuid");
    default:
        return QString::fromLatin1(type.name());
    }
}

struct NameRule
{
    const char* pattern;
    const char* category;
    std::optional<IdentityKind> identity;
};

// Column-name heuristics (case-insensitive), as open-source scanners use them. First match wins.
const QList<NameRule>& nameRules()
{
    static const QList<NameRule> rules = {
        {"e?mail", "user.contact.email", IdentityKind::Email},
        {"phone|mobile|^tel|_tel", "user.contact.phone_number", IdentityKind::Phone},
        {"(first|last|full|sur|given)_?name|^name$", "user.name", std::nullopt},
        {"street|address", "user.contact.address.street", std::nullopt},
        {"city", "user.contact.address.city", std::nullopt},
        {"zip|postal|postcode", "user.contact.address.postal_code", std::nullopt},
        {"country", "user.contact.address.country", std::nullopt},
        {"^state$|_state$", "user.contact.address.state", std::nullopt},
        {"birth|dob", "user.demographic.date_of_birth", std::nullopt},
        {"gender|^sex$", "user.demographic.gender", std::nullopt},
        {"ssn|social_?sec|national_?id|passport", "user.government_id", std::nullopt},
        {"^ip$|ip_?addr(ess)?$|_ip$", "user.device.ip_address", std::nullopt},
        {"user_?agent", "user.device.user_agent", std::nullopt},
        {"pass(word)?$|pwd|_hash$|^hash$", "user.authorization.credentials", std::nullopt},
        {"token|secret|api_?key", "user.authorization.credentials", std::nullopt},
        {"card|ccn|iban|account_?number", "user.financial", std::nullopt},
        {"^lat$|latitude|^lon$|^lng$|longitude|geo", "user.location.precise", std::nullopt},
        {"note|message|body|comment", "user.content.private", std::nullopt},
    };
    return rules;
}

struct ValueRule
{
    const char* what;
    const char* category;
    std::optional<IdentityKind> identity;
    std::function<bool(const QString&)> test;
};

const QList<ValueRule>& valueRules()
{
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[A-Za-z]{2,}$"));
    static const QRegularExpression e164(QStringLiteral("^\\+[1-9][0-9]{6,14}$"));
    static const QRegularExpression national(QStringLiteral("^[(+0-9][0-9 ()./-]{6,18}[0-9]$"));
    static const QRegularExpression ipv4(
        QStringLiteral("^((25[0-5]|2[0-4]\\d|1?\\d?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1?\\d?\\d)$"));
    static const QRegularExpression ipv6(QStringLiteral("^[0-9A-Fa-f:]{2,39}$"));
    static const QRegularExpression date(QStringLiteral("^(19|20)\\d\\d-\\d\\d-\\d\\d$"));
    static const QList<ValueRule> rules = {
        {QT_TRANSLATE_NOOP("lethe::SchemaDiscovery", "email addresses"), "user.contact.email",
         IdentityKind::Email, [](const QString& v) { return email.match(v).hasMatch(); }},
        {QT_TRANSLATE_NOOP("lethe::SchemaDiscovery", "phone numbers"), "user.contact.phone_number",
         IdentityKind::Phone,
         [](const QString& v) {
             QString digits = v;
             digits.remove(QRegularExpression(QStringLiteral("[^0-9]")));
             return e164.match(v).hasMatch() ||
                    (national.match(v).hasMatch() && digits.size() >= 7 && digits.size() <= 15 &&
                     v.contains(QRegularExpression(QStringLiteral("[ ()+-]"))));
         }},
        {QT_TRANSLATE_NOOP("lethe::SchemaDiscovery", "IP addresses"), "user.device.ip_address", std::nullopt,
         [](const QString& v) {
             return ipv4.match(v).hasMatch() || (v.count(QLatin1Char(':')) >= 2 && ipv6.match(v).hasMatch());
         }},
        {QT_TRANSLATE_NOOP("lethe::SchemaDiscovery", "card numbers passing the Luhn check"),
         "user.financial.credit_card", std::nullopt,
         [](const QString& v) {
             QString d = v;
             d.remove(QLatin1Char(' ')).remove(QLatin1Char('-'));
             return d.size() >= 13 && d.size() <= 19 &&
                    d.contains(QRegularExpression(QStringLiteral("^[0-9]+$"))) && SchemaDiscovery::luhn(d);
         }},
        {QT_TRANSLATE_NOOP("lethe::SchemaDiscovery", "IBANs with a valid checksum"),
         "user.financial.bank_account", std::nullopt,
         [](const QString& v) { return SchemaDiscovery::iban(v); }},
        {QT_TRANSLATE_NOOP("lethe::SchemaDiscovery", "dates of birth"), "user.demographic.date_of_birth",
         std::nullopt,
         [](const QString& v) {
             if (!date.match(v).hasMatch())
                 return false;
             const QDate d = QDate::fromString(v, Qt::ISODate);
             return d.isValid() && d.year() >= 1900 && d < QDate::currentDate().addYears(-13);
         }},
    };
    return rules;
}

} // namespace

bool SchemaDiscovery::luhn(const QString& digits)
{
    int sum = 0;
    bool twice = false;
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        int d = digits[i].digitValue();
        if (d < 0)
            return false;
        if (twice) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
        twice = !twice;
    }
    return !digits.isEmpty() && sum % 10 == 0;
}

bool SchemaDiscovery::iban(const QString& text)
{
    QString s = text;
    s.remove(QLatin1Char(' '));
    s = s.toUpper();
    static const QRegularExpression shape(QStringLiteral("^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$"));
    if (!shape.match(s).hasMatch())
        return false;
    const QString moved = s.mid(4) + s.left(4);
    int rest = 0;
    for (QChar c : moved) {
        const int v = c.isDigit() ? c.digitValue() : c.toLatin1() - 'A' + 10;
        rest = v >= 10 ? (rest * 100 + v) % 97 : (rest * 10 + v) % 97;
    }
    return rest == 1;
}

Result<DiscoveryResult> SchemaDiscovery::run(const ConnectionParams& params, const Options& options)
{
    SqlConnection conn;
    if (Status s = conn.open(params); !s)
        return s.error();
    QSqlDatabase db = conn.db();
    const auto engine = params.engine;
    DiscoveryResult out;
    DataMap& map = out.draft;
    map.key = options.systemKey;
    if (map.key.isEmpty()) {
        map.key = (engine == ConnectionParams::Engine::Sqlite
                       ? params.path.section(QLatin1Char('/'), -1).section(QLatin1Char('.'), 0, 0)
                       : params.database)
                      .toLower();
        map.key.replace(QRegularExpression(QStringLiteral("[^a-z0-9_-]")), QStringLiteral("_"));
    }
    map.name = map.key;
    DataSource main;
    main.key = QStringLiteral("main");
    main.connection = params;
    main.connection.password.clear();

    // The tables: SQLite's and MariaDB's from the driver (MariaDB: the connection's database); PostgreSQL's
    // from the catalogue, in every schema of the database, the default one first.
    const QString current = SqlConnection::currentSchema(db, engine);
    QList<SqlConnection::TableName> tables;
    // PostgreSQL: partitions and inheritance children are read through their topmost ancestor.
    QHash<QString, QStringList> partsOf; // schema \x1f name of the ancestor -> its descendants
    QHash<QString, bool> partitioned;
    auto qualifiedKey = [](const QString& schema, const QString& name) {
        return schema + QChar(0x1f) + name;
    };
    if (engine == ConnectionParams::Engine::Postgres) {
        QSet<QString> descendant;
        for (const SqlConnection::Descendant& d : SqlConnection::descendants(db, engine)) {
            descendant.insert(qualifiedKey(d.table.schema, d.table.name));
            const SqlConnection::TableName& root = d.ancestors.last();
            partsOf[qualifiedKey(root.schema, root.name)]
                << (d.table.schema == root.schema ? d.table.name
                                                  : d.table.schema + QLatin1Char('.') + d.table.name);
            partitioned[qualifiedKey(root.schema, root.name)] = d.partition;
        }
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral(
                "SELECT n.nspname, c.relname FROM pg_catalog.pg_class c "
                "JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
                "WHERE c.relkind IN ('r', 'p') AND n.nspname NOT IN ('pg_catalog', 'information_schema') "
                "AND n.nspname NOT LIKE 'pg\\_%' "
                "ORDER BY n.nspname <> current_schema(), n.nspname, c.relname")))
            return makeError(Error::Code::Storage, tr("Reading the tables: %1").arg(q.lastError().text()));
        while (q.next()) {
            const SqlConnection::TableName t{q.value(0).toString(), q.value(1).toString()};
            if (!descendant.contains(qualifiedKey(t.schema, t.name)))
                tables << SqlConnection::TableName{t.schema == current ? QString() : t.schema, t.name};
        }
    } else {
        QStringList names = db.tables(QSql::Tables);
        names.removeIf([](const QString& t) { return t.startsWith(QLatin1String("sqlite_")); });
        names.sort();
        for (const QString& n : std::as_const(names))
            tables << SqlConnection::TableName{{}, n};
    }
    // A source names each table once: a table whose name the default schema (or an earlier schema) already
    // holds goes to a source of its own schema.
    QList<DataSource> sources{main};
    auto sourceFor = [&](const SqlConnection::TableName& t) -> DataSource& {
        for (DataSource& s : sources)
            if (!s.table(t.name) && (s.schema.isEmpty() || s.schema == t.schema))
                return s;
        DataSource other = main;
        other.key = t.schema.toLower();
        other.key.replace(QRegularExpression(QStringLiteral("[^a-z0-9_-]")), QStringLiteral("_"));
        other.schema = t.schema;
        sources << other;
        out.notes << tr("%1.%2: the default schema has a table of that name too, so it is in source \"%3\".")
                         .arg(t.schema, t.name, other.key);
        return sources.last();
    };
    QList<SqlConnection::TableName> placed; // in `tables` order, with the source each went to
    QList<int> placedIn;
    for (const SqlConnection::TableName& t : std::as_const(tables)) {
        DataSource& s = sourceFor(t);
        Table stub;
        stub.name = t.name;
        stub.schema = t.schema;
        s.tables << stub;
        placed << t;
        placedIn << int(&s - sources.data());
    }
    for (DataSource& s : sources)
        s.tables.clear();

    QList<SqlConnection::ForeignKey> fks;         // keys of one column: references on the field
    QList<SqlConnection::CompositeKey> composite; // keys of several: references on the table
    QList<int> fkSource, compositeSource;
    {
        // Per source, the keys between its own tables; a key to a table of another source (or outside the
        // database's tables) is noted, not written: a reference names a table of its own source.
        for (int si = 0; si < sources.size(); ++si) {
            QList<SqlConnection::TableName> names;
            for (int i = 0; i < placed.size(); ++i)
                if (placedIn[i] == si)
                    names << placed[i];
            QSet<QString> own;
            for (const SqlConnection::TableName& n : std::as_const(names))
                own.insert(n.name);
            for (const SqlConnection::CompositeKey& k :
                 SqlConnection::group(SqlConnection::foreignKeys(db, engine, names))) {
                if (!own.contains(k.parentTable)) {
                    out.notes << tr("%1: its foreign key to %2 leads out of its source; not written as a "
                                    "reference.")
                                     .arg(k.table, k.parentTable);
                    continue;
                }
                if (k.columns.size() == 1) {
                    fks << SqlConnection::ForeignKey{
                        k.table, k.columns[0], k.parentTable, k.parentColumns[0], {}, 0, {}, {}, {}};
                    fkSource << si;
                } else {
                    composite << k;
                    compositeSource << si;
                }
            }
        }
    }

    for (int ti = 0; ti < placed.size(); ++ti) {
        const QString tableName = placed[ti].name;
        const QString tableSchema = placed[ti].schema;
        const int si = placedIn[ti];
        const QString quotedTable = SqlConnection::qualifiedTable(engine, tableSchema, tableName).value();
        const QString display =
            tableSchema.isEmpty() ? tableName : tableSchema + QLatin1Char('.') + tableName;
        // The driver reads "schema"."table" as a table of that schema (a schema or name holding a dot it
        // cannot tell apart; there the columns stay unknown, and the note says so).
        QString escaped = db.driver()->escapeIdentifier(tableName, QSqlDriver::TableName);
        if (!tableSchema.isEmpty())
            escaped = db.driver()->escapeIdentifier(tableSchema, QSqlDriver::TableName) + QLatin1Char('.') +
                      escaped;
        const QSqlRecord rec = db.record(escaped);
        Table table;
        table.name = tableName;
        table.schema = tableSchema;
        if (rec.isEmpty())
            out.notes << tr("%1: its columns could not be read.").arg(display);
        // A partitioned table (or one with inheritance children) is one table: its partitions are read
        // through it.
        QString partsEvidence;
        if (const QStringList parts =
                partsOf.value(qualifiedKey(tableSchema.isEmpty() ? current : tableSchema, tableName));
            !parts.isEmpty()) {
            partsEvidence =
                partitioned.value(qualifiedKey(tableSchema.isEmpty() ? current : tableSchema, tableName))
                    ? tr("the table has %n partition(s) (%1), read through it", nullptr, int(parts.size()))
                          .arg(parts.join(QStringLiteral(", ")))
                    : tr("the table has %n inheritance child(ren) (%1), read through it", nullptr,
                         int(parts.size()))
                          .arg(parts.join(QStringLiteral(", ")));
            out.notes << QStringLiteral("%1: %2").arg(display, partsEvidence);
        }
        const QSqlIndex pk = db.primaryIndex(escaped);
        for (int i = 0; i < pk.count(); ++i)
            table.primaryKey << pk.fieldName(i);
        if (table.primaryKey.isEmpty())
            out.notes << tr("%1: no primary key; set primary_key before use.").arg(display);
        for (int c = 0; c < rec.count(); ++c) {
            const QSqlField sf = rec.field(c);
            ColumnFinding finding;
            finding.table = tableName;
            finding.schema = tableSchema;
            if (!partsEvidence.isEmpty())
                finding.evidence << partsEvidence;
            finding.column = sf.name();
            finding.type = typeFamily(sf.metaType());
            const QString lower = sf.name().toLower();
            for (const NameRule& r : nameRules()) {
                if (QRegularExpression(QLatin1String(r.pattern)).match(lower).hasMatch()) {
                    finding.categories << QLatin1String(r.category);
                    finding.identity = r.identity;
                    finding.confidence = 0.6;
                    finding.evidence << tr("name matches %1").arg(QLatin1String(r.pattern));
                    break;
                }
            }
            const bool text = sf.metaType().id() == QMetaType::QString;
            // An identity only where the column's type can hold one: text for emails and phone numbers, text
            // or a whole number for user ids. A name alone (email_valid, a boolean) is not enough.
            const bool integer =
                QList<int>{QMetaType::Int, QMetaType::LongLong, QMetaType::UInt, QMetaType::ULongLong}
                    .contains(sf.metaType().id());
            if (finding.identity && !(text || (integer && *finding.identity == IdentityKind::UserId))) {
                finding.evidence << tr("named like a column holding %1, but its type (%2) cannot hold one")
                                        .arg(Names::display(*finding.identity), finding.type);
                finding.identity.reset();
                finding.categories.clear();
                finding.confidence = 0;
            }
            bool allNormalized = true;
            if (text && options.sampleRows > 0) {
                const QString col = SqlConnection::quoteIdentifier(engine, sf.name()).value();
                QSqlQuery q(db);
                q.setForwardOnly(true);
                QStringList values;
                if (q.exec(QStringLiteral("SELECT %1 FROM %2 WHERE %1 IS NOT NULL LIMIT %3")
                               .arg(col, quotedTable)
                               .arg(options.sampleRows))) {
                    while (q.next()) {
                        const QString v = q.value(0).toString().trimmed();
                        if (!v.isEmpty())
                            values << v;
                    }
                } else {
                    out.notes << tr("%1.%2: could not be sampled: %3")
                                     .arg(display, sf.name(), q.lastError().text());
                }
                for (const ValueRule& r : valueRules()) {
                    if (values.isEmpty())
                        break;
                    const auto hits = std::count_if(values.cbegin(), values.cend(), r.test);
                    const double share = double(hits) / double(values.size());
                    if (share < 0.5)
                        continue;
                    finding.evidence << tr("%1% of %2 sampled values look like %3")
                                            .arg(qRound(share * 100))
                                            .arg(values.size())
                                            .arg(tr(r.what));
                    // The values say more than the name: they decide the category.
                    finding.categories = QStringList{QLatin1String(r.category)};
                    if (r.identity)
                        finding.identity = r.identity;
                    finding.confidence = std::min(0.95, std::max(finding.confidence, 0.4) + 0.5 * share);
                    if (r.identity == IdentityKind::Email)
                        allNormalized = std::all_of(values.cbegin(), values.cend(), [](const QString& v) {
                            return v == v.toLower() && v == v.trimmed();
                        });
                    if (r.identity == IdentityKind::Phone)
                        allNormalized = std::all_of(values.cbegin(), values.cend(), [](const QString& v) {
                            return QRegularExpression(QStringLiteral("^\\+[1-9][0-9]{6,14}$"))
                                .match(v)
                                .hasMatch();
                        });
                    break;
                }
            }
            Field f;
            f.name = sf.name();
            f.categories = finding.categories.isEmpty() ? QStringList{QStringLiteral("system.operations")}
                                                        : finding.categories;
            f.identity = finding.identity;
            f.normalized = allNormalized;
            if (finding.confidence == 0)
                finding.evidence << tr("no sign of personal data");
            for (int k = 0; k < fks.size(); ++k) {
                const SqlConnection::ForeignKey& fk = fks[k];
                if (fkSource[k] == si && fk.table == tableName && fk.column == f.name) {
                    f.references = FieldRef{fk.parentTable, fk.parentColumn};
                    finding.evidence
                        << tr("foreign key to %1").arg(fk.parentTable + QLatin1Char('.') + fk.parentColumn);
                    if (finding.categories.isEmpty()) {
                        f.categories = QStringList{QStringLiteral("user.unique_id")};
                        finding.categories = f.categories;
                    }
                }
            }
            if (f.identity && !map.identities.contains(*f.identity))
                map.identities << *f.identity;
            table.fields << f;
            out.findings << finding;
        }
        for (int k = 0; k < composite.size(); ++k) {
            if (compositeSource[k] == si && composite[k].table == tableName)
                table.references << TableReference{composite[k].columns, composite[k].parentTable,
                                                   composite[k].parentColumns, 0};
        }
        sources[si].tables << table;
    }
    map.sources << sources;
    out.notes << tr(
        "system.art15: discovery cannot know the purposes, recipients or retention; fill them in.");
    return out;
}

} // namespace lethe
