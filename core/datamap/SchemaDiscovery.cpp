#include "SchemaDiscovery.h"

#include "DiscoveryRules.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>
#include <QSqlIndex>
#include <QSqlQuery>
#include <QSqlRecord>

namespace lethe {

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

namespace {

using namespace discovery;

QString qualifiedKey(const QString& schema, const QString& name)
{
    return schema + QChar(0x1f) + name;
}

// One table being read, as the column steps need it.
struct TableAt
{
    QString name;
    QString schema;
    int si = 0; // its source
    QString quoted;
    QString display;
    QString partsEvidence; // the partitions or inheritance children read through it, or empty
};

// One discovery, shared by the steps of SchemaDiscovery::run: the connection, the tables found and the
// source each goes to, their keys, and the draft map and findings made so far.
class Discovery
{
    Q_DECLARE_TR_FUNCTIONS(lethe::SchemaDiscovery)
public:
    using Options = SchemaDiscovery::Options;

    Discovery(const ConnectionParams& params_, const Options& options_)
        : params(params_), options(options_), engine(params_.engine)
    {}

    Result<DiscoveryResult> run();

private:
    void nameSystem();
    Status listTables();
    Status listPostgresTables();
    DataSource& sourceFor(const SqlConnection::TableName& t);
    void placeTables();
    void readForeignKeys();
    void readTable(int ti);
    QString partsNote(const QString& tableSchema, const QString& tableName, const QString& display);
    void readColumn(const TableAt& at, Table& table, const QSqlField& sf);
    static void matchName(const QString& lower, ColumnFinding& finding, Column& judged);
    QStringList sample(const TableAt& at, const QSqlField& sf);
    bool judgeValues(const QStringList& values, ColumnFinding& finding, Column& judged);
    void judgeWholeNumbers(bool integer, const QStringList& values, ColumnFinding& finding, Column& judged);
    void finish();

    const ConnectionParams& params;
    const Options& options;
    SqlConnection conn;
    QSqlDatabase db;
    const ConnectionParams::Engine engine;
    DiscoveryResult out;
    DataMap& map = out.draft;
    DataSource main;
    QString current;
    QList<SqlConnection::TableName> tables;
    // PostgreSQL: partitions and inheritance children are read through their topmost ancestor.
    QHash<QString, QStringList> partsOf; // schema \x1f name of the ancestor -> its descendants
    QHash<QString, bool> partitioned;
    QList<DataSource> sources;
    QList<SqlConnection::TableName> placed; // in `tables` order, with the source each went to
    QList<int> placedIn;
    QList<SqlConnection::ForeignKey> fks;         // keys of one column: references on the field
    QList<SqlConnection::CompositeKey> composite; // keys of several: references on the table
    QList<int> fkSource, compositeSource;
    QList<QList<Column>> columns; // per source: every column, as out.findings holds it
};

void Discovery::nameSystem()
{
    map.key = options.systemKey;
    if (map.key.isEmpty()) {
        map.key = (engine == ConnectionParams::Engine::Sqlite
                       ? params.path.section(QLatin1Char('/'), -1).section(QLatin1Char('.'), 0, 0)
                       : params.database)
                      .toLower();
        map.key.replace(QRegularExpression(QStringLiteral("[^a-z0-9_-]")), QStringLiteral("_"));
    }
    map.name = map.key;
    main.key = QStringLiteral("main");
    main.connection = params;
    main.connection.password.clear();
}

// The tables: SQLite's and MariaDB's from the driver (MariaDB: the connection's database); PostgreSQL's
// from the catalogue, in every schema of the database, the default one first.
Status Discovery::listTables()
{
    current = SqlConnection::currentSchema(db, engine);
    if (engine == ConnectionParams::Engine::Postgres)
        return listPostgresTables();
    QStringList names = db.tables(QSql::Tables);
    names.removeIf([](const QString& t) { return t.startsWith(QLatin1String("sqlite_")); });
    names.sort();
    for (const QString& n : std::as_const(names))
        tables << SqlConnection::TableName{{}, n};
    return {};
}

Status Discovery::listPostgresTables()
{
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
    return {};
}

// A source names each table once: a table whose name the default schema (or an earlier schema) already
// holds goes to a source of its own schema.
DataSource& Discovery::sourceFor(const SqlConnection::TableName& t)
{
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
}

void Discovery::placeTables()
{
    sources = {main};
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
}

// Per source, the keys between its own tables; a key to a table of another source (or outside the
// database's tables) is noted, not written: a reference names a table of its own source.
void Discovery::readForeignKeys()
{
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

// A partitioned table (or one with inheritance children) is one table: its partitions are read through it.
// The evidence that says so, or empty.
QString Discovery::partsNote(const QString& tableSchema, const QString& tableName, const QString& display)
{
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
    return partsEvidence;
}

void Discovery::readTable(int ti)
{
    const QString tableName = placed[ti].name;
    const QString tableSchema = placed[ti].schema;
    const int si = placedIn[ti];
    const QString quotedTable = SqlConnection::qualifiedTable(engine, tableSchema, tableName).value();
    const QString display = tableSchema.isEmpty() ? tableName : tableSchema + QLatin1Char('.') + tableName;
    // The driver reads "schema"."table" as a table of that schema (a schema or name holding a dot it
    // cannot tell apart; there the columns stay unknown, and the note says so).
    QString escaped = db.driver()->escapeIdentifier(tableName, QSqlDriver::TableName);
    if (!tableSchema.isEmpty())
        escaped =
            db.driver()->escapeIdentifier(tableSchema, QSqlDriver::TableName) + QLatin1Char('.') + escaped;
    const QSqlRecord rec = db.record(escaped);
    Table table;
    table.name = tableName;
    table.schema = tableSchema;
    if (rec.isEmpty())
        out.notes << tr("%1: its columns could not be read.").arg(display);
    const QString partsEvidence = partsNote(tableSchema, tableName, display);
    const QSqlIndex pk = db.primaryIndex(escaped);
    for (int i = 0; i < pk.count(); ++i)
        table.primaryKey << pk.fieldName(i);
    if (table.primaryKey.isEmpty())
        out.notes << tr("%1: no primary key; set primary_key before use.").arg(display);
    const TableAt at{tableName, tableSchema, si, quotedTable, display, partsEvidence};
    for (int c = 0; c < rec.count(); ++c)
        readColumn(at, table, rec.field(c));
    for (int k = 0; k < composite.size(); ++k) {
        if (compositeSource[k] == si && composite[k].table == tableName)
            table.references << TableReference{composite[k].columns, composite[k].parentTable,
                                               composite[k].parentColumns, 0};
    }
    sources[si].tables << table;
}

void Discovery::matchName(const QString& lower, ColumnFinding& finding, Column& judged)
{
    for (qsizetype ri = 0; ri < nameRules().size(); ++ri) {
        const NameRule& r = nameRules()[ri];
        if (nameRuleExpressions()[ri].match(lower).hasMatch()) {
            finding.categories << QLatin1String(r.category);
            finding.identity = r.identity;
            finding.confidence = 0.6;
            finding.evidence << tr("name matches %1").arg(QLatin1String(r.pattern));
            judged.role = r.role;
            break;
        }
    }
}

// Up to options.sampleRows values of a text column, trimmed, the empty ones left out.
QStringList Discovery::sample(const TableAt& at, const QSqlField& sf)
{
    QStringList values;
    const QString col = SqlConnection::quoteIdentifier(engine, sf.name()).value();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT %1 FROM %2 WHERE %1 IS NOT NULL LIMIT %3")
                   .arg(col, at.quoted)
                   .arg(options.sampleRows))) {
        while (q.next()) {
            const QString v = q.value(0).toString().trimmed();
            if (!v.isEmpty())
                values << v;
        }
    } else {
        out.notes << tr("%1.%2: could not be sampled: %3").arg(at.display, sf.name(), q.lastError().text());
    }
    return values;
}

// The sampled values judged by the value rules: the first rule half of them pass decides the category.
// Whether the values are stored normalised (emails in lower case, phones as E.164).
bool Discovery::judgeValues(const QStringList& values, ColumnFinding& finding, Column& judged)
{
    bool allNormalized = true;
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
        judged.byValue = true;
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
                static const QRegularExpression e164(QStringLiteral("^\\+[1-9][0-9]{6,14}$"));
                return e164.match(v).hasMatch();
            });
        break;
    }
    return allNormalized;
}

void Discovery::judgeWholeNumbers(bool integer, const QStringList& values, ColumnFinding& finding,
                                  Column& judged)
{
    // Whole numbers, by type or by every sampled value (SQLite reports most types as text).
    static const QRegularExpression digits(QStringLiteral("^-?[0-9]+$"));
    judged.wholeNumbers =
        integer || (!values.isEmpty() && std::all_of(values.cbegin(), values.cend(), [](const QString& v) {
            return digits.match(v).hasMatch();
        }));
    // Names, user names, titles, web addresses are text: post_author, holding whole numbers, is a
    // key.
    static const QStringList textual = {QStringLiteral("user.name"), QStringLiteral("user.account.username"),
                                        QStringLiteral("user.job_title"), QStringLiteral("user.workplace"),
                                        QStringLiteral("user.contact.url")};
    if (judged.wholeNumbers && !judged.byValue && finding.categories.size() == 1 &&
        textual.contains(finding.categories.first())) {
        finding.evidence << tr("named like a column holding %1, but it holds whole numbers")
                                .arg(finding.categories.first());
        finding.categories.clear();
        finding.confidence = 0;
        judged.role = Role::Any;
    }
}

void Discovery::readColumn(const TableAt& at, Table& table, const QSqlField& sf)
{
    const int si = at.si;
    ColumnFinding finding;
    finding.table = at.name;
    finding.schema = at.schema;
    if (!at.partsEvidence.isEmpty())
        finding.evidence << at.partsEvidence;
    finding.column = sf.name();
    finding.type = typeFamily(sf.metaType());
    finding.length = sf.length() > 0 ? sf.length() : -1;
    finding.nullable = sf.requiredStatus() != QSqlField::Required;
    const QString lower = sf.name().toLower();
    Column judged;
    judged.table = int(sources[si].tables.size());
    judged.field = int(table.fields.size());
    judged.finding = int(out.findings.size());
    matchName(lower, finding, judged);
    const bool text = sf.metaType().id() == QMetaType::QString;
    // An identity only where the column's type can hold one: text for emails and phone numbers, text
    // or a whole number for user ids. A name alone (email_valid, a boolean) is not enough.
    const bool integer =
        QList<int>{QMetaType::Int, QMetaType::LongLong, QMetaType::UInt, QMetaType::ULongLong}.contains(
            sf.metaType().id());
    if (finding.identity && !(text || (integer && *finding.identity == IdentityKind::UserId))) {
        finding.evidence << tr("named like a column holding %1, but its type (%2) cannot hold one")
                                .arg(Names::display(*finding.identity), finding.type);
        finding.identity.reset();
        finding.categories.clear();
        finding.confidence = 0;
    }
    bool allNormalized = true;
    QStringList values;
    if (text && options.sampleRows > 0) {
        values = sample(at, sf);
        allNormalized = judgeValues(values, finding, judged);
    }
    judgeWholeNumbers(integer, values, finding, judged);
    // A fax number looks like a phone number, but nobody is looked up by it.
    if (lower.contains(QLatin1String("fax")) && finding.identity == IdentityKind::Phone)
        finding.identity.reset();
    Field f;
    f.name = sf.name();
    f.categories =
        finding.categories.isEmpty() ? QStringList{QStringLiteral("system.operations")} : finding.categories;
    f.identity = finding.identity;
    f.normalized = allNormalized;
    if (finding.confidence == 0)
        finding.evidence << tr("no sign of personal data");
    for (int k = 0; k < fks.size(); ++k) {
        const SqlConnection::ForeignKey& fk = fks[k];
        if (fkSource[k] == si && fk.table == at.name && fk.column == f.name) {
            f.references = FieldRef{fk.parentTable, fk.parentColumn};
            judged.parent = fk.parentTable;
            finding.evidence
                << tr("foreign key to %1").arg(fk.parentTable + QLatin1Char('.') + fk.parentColumn);
        }
    }
    columns[si] << judged;
    table.fields << f;
    out.findings << finding;
}

void Discovery::finish()
{
    for (int si = 0; si < sources.size(); ++si) {
        judgeByTableRole(sources[si], out.findings, columns[si], composite);
        for (const Table& t : std::as_const(sources[si].tables)) {
            for (const Field& f : t.fields) {
                if (f.identity && !map.identities.contains(*f.identity))
                    map.identities << *f.identity;
            }
        }
    }
    map.sources << sources;
    out.notes << tr(
        "system.art15: discovery cannot know the purposes, recipients or retention; fill them in.");
}

Result<DiscoveryResult> Discovery::run()
{
    if (Status s = conn.open(params); !s)
        return s.error();
    db = conn.db();
    nameSystem();
    if (Status s = listTables(); !s)
        return s.error();
    placeTables();
    readForeignKeys();
    columns = QList<QList<Column>>(sources.size());
    for (int ti = 0; ti < placed.size(); ++ti)
        readTable(ti);
    finish();
    return out;
}

} // namespace

Result<DiscoveryResult> SchemaDiscovery::run(const ConnectionParams& params, const Options& options)
{
    return Discovery(params, options).run();
}

} // namespace lethe
