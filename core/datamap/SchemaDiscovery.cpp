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

// How a name rule's finding depends on the column's table.
enum class Role
{
    Any,       // personal wherever it is (an email, a first name, a card number)
    Personal,  // only in a person's table or one that reaches a person (a bare "name", a photo): in a
               // catalogue (product.name, album.picture) it names a thing
    PlaceWord, // a city, country, state or district: a catalogue of places (city.city) holds no one's address
    PersonOnly, // only in a table of people: a job title or a company says something of a person, an album's
                // title does not
};

struct NameRule
{
    const char* pattern;
    const char* category;
    std::optional<IdentityKind> identity;
    Role role = Role::Any;
};

// Column-name heuristics (case-insensitive), as open-source scanners use them. First match wins, so the more
// specific come first (ip_address is an IP address, not a street; card_code a security code).
const QList<NameRule>& nameRules()
{
    static const QList<NameRule> rules = {
        {"cvv|cvc|security_?code|card_?code|^csc$", "user.financial.credit_card", std::nullopt},
        {"e?mail", "user.contact.email", IdentityKind::Email},
        {"phone|mobile|^tel|_tel", "user.contact.phone_number", IdentityKind::Phone},
        {"fax", "user.contact.phone_number", std::nullopt},
        {"^(user_?name|login|login_?name|user_?login|screen_?name|nick_?name|user_?nice_?name|handle)$|_"
         "username$",
         "user.account.username", std::nullopt},
        {"(first|last|full|sur|given|middle|maiden|recipient|holder|billing|shipping|contact|customer)_?name",
         "user.name", std::nullopt},
        // A bare name is a person's only in a table of people: a workspace's, a report's or a product's name
        // names a thing, even when the table leads to people.
        {"^name$|^display_?name$|(^|_)author(_?name)?$", "user.name", std::nullopt, Role::PersonOnly},
        {"^title$|job_?title|^position$", "user.job_title", std::nullopt, Role::PersonOnly},
        {"^company$|company_?name|employer|workplace", "user.workplace", std::nullopt, Role::PersonOnly},
        {"^ip$|ip_?addr(ess)?$|_ip$", "user.device.ip_address", std::nullopt},
        {"house_?(number|no|nr|num)|(street|building)_?(number|no|nr|num)", "user.contact.address.street",
         std::nullopt},
        {"street|address", "user.contact.address.street", std::nullopt},
        {"city", "user.contact.address.city", std::nullopt, Role::PlaceWord},
        {"zip|postal|postcode", "user.contact.address.postal_code", std::nullopt},
        {"country", "user.contact.address.country", std::nullopt, Role::PlaceWord},
        {"state$", "user.contact.address.state", std::nullopt, Role::PlaceWord},
        {"district|county|province|suburb|neighbou?rhood", "user.contact.address", std::nullopt,
         Role::PlaceWord},
        {"birth|dob", "user.demographic.date_of_birth", std::nullopt},
        {"gender|^sex$", "user.demographic.gender", std::nullopt},
        {"ssn|social_?sec|national_?id|passport", "user.government_id", std::nullopt},
        {"user_?agent|_agent$", "user.device.user_agent", std::nullopt},
        {"pass(word)?$|pwd|_hash$|^hash$", "user.authorization.credentials", std::nullopt},
        {"token|secret|api_?key", "user.authorization.credentials", std::nullopt},
        {"card|ccn|iban|account_?number", "user.financial", std::nullopt},
        {"^lat$|latitude|^lon$|^lng$|longitude|geo", "user.location.precise", std::nullopt},
        // What a person wrote: the column that holds the text, not every column of a comments table.
        {"^(notes?|messages?|body|comments?|content|text)$|_(notes?|message|body|comment|content|text)$",
         "user.content.private", std::nullopt},
        {"photo|avatar|picture|portrait|selfie|headshot", "user.content.self_image", std::nullopt,
         Role::Personal},
        {"(^|_)(url|website|homepage)$", "user.contact.url", std::nullopt, Role::Personal},
    };
    return rules;
}

// nameRules()' patterns compiled once, in the same order: a pattern compiled per column (and JIT-compiled on
// its first match) made discovery of a 1,000-table schema take seconds of compiling alone
// (bench/bench_schema_scale.cpp).
const QList<QRegularExpression>& nameRuleExpressions()
{
    static const QList<QRegularExpression> compiled = [] {
        QList<QRegularExpression> out;
        for (const NameRule& r : nameRules())
            out << QRegularExpression(QLatin1String(r.pattern));
        return out;
    }();
    return compiled;
}

// A column that holds a key: its own table's (id), another table's (a foreign key, customer_id, ArtistId).
bool idLike(const QString& name)
{
    static const QRegularExpression id(QStringLiteral("(^|_)[iI][dD]$|[a-z0-9]Id$|[a-z0-9]ID$"));
    return id.match(name).hasMatch();
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
             static const QRegularExpression notDigit(QStringLiteral("[^0-9]"));
             static const QRegularExpression separator(QStringLiteral("[ ()+-]"));
             QString digits = v;
             digits.remove(notDigit);
             return e164.match(v).hasMatch() || (national.match(v).hasMatch() && digits.size() >= 7 &&
                                                 digits.size() <= 15 && v.contains(separator));
         }},
        {QT_TRANSLATE_NOOP("lethe::SchemaDiscovery", "IP addresses"), "user.device.ip_address", std::nullopt,
         [](const QString& v) {
             return ipv4.match(v).hasMatch() || (v.count(QLatin1Char(':')) >= 2 && ipv6.match(v).hasMatch());
         }},
        {QT_TRANSLATE_NOOP("lethe::SchemaDiscovery", "card numbers passing the Luhn check"),
         "user.financial.credit_card", std::nullopt,
         [](const QString& v) {
             static const QRegularExpression allDigits(QStringLiteral("^[0-9]+$"));
             QString d = v;
             d.remove(QLatin1Char(' ')).remove(QLatin1Char('-'));
             return d.size() >= 13 && d.size() <= 19 && d.contains(allDigits) && SchemaDiscovery::luhn(d);
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

// One column as the first pass saw it, for the second pass that judges it by its table's role.
struct Column
{
    int table = 0, field = 0, finding = 0;
    Role role = Role::Any;
    bool byValue = false;      // the sampled values decided the category (they are not second-guessed)
    bool wholeNumbers = false; // an integer type, or every sampled value is a whole number
    QString parent;            // the table a foreign key of this column alone points at
};

} // namespace

// A column's name and values are not enough: product.name names a product, address_id is a key, not a
// street. The second pass decides by the table's role: a table of people holds an email or phone (or is named
// like one: users, customers...); a table reaches people when a chain of foreign keys leads from it to one
// (orders -> customer; without declared keys, a column named customer_id or user_id leads to customer(s) or
// user(s)); a table that neither is nor reaches one is a catalogue (products, albums, a list of cities), even
// when tables of people point at it.
static void judgeByTableRole(DataSource& source, QList<ColumnFinding>& findings, const QList<Column>& columns,
                             const QList<SqlConnection::CompositeKey>& composite)
{
    const qsizetype n = source.tables.size();
    QHash<QString, int> byName; // lower-case table name -> index
    for (int i = 0; i < n; ++i)
        byName.insert(source.tables[i].name.toLower(), i);
    static const QRegularExpression peopleName(QStringLiteral(
        "(^|_)(users?|customers?|members?|accounts?|persons?|people|employees?|staff|contacts?|authors?|"
        "profiles?|clients?|subscribers?|leads?|students?|patients?)$"));
    QList<bool> person(n, false), peopleNamed(n, false), streetLevel(n, false);
    for (int i = 0; i < n; ++i)
        person[i] = peopleNamed[i] = peopleName.match(source.tables[i].name.toLower()).hasMatch();
    for (const Column& c : columns) {
        const ColumnFinding& f = findings[c.finding];
        if (f.identity == IdentityKind::Email || f.identity == IdentityKind::Phone)
            person[c.table] = true;
        if (!idLike(f.column) && (f.categories.contains(QLatin1String("user.contact.address.street")) ||
                                  f.categories.contains(QLatin1String("user.contact.address.postal_code"))))
            streetLevel[c.table] = true;
    }
    // Where each column of one table leads: declared foreign keys, and names such as customer_id.
    const int onlyPeopleTable =
        peopleNamed.count(true) == 1 ? int(peopleNamed.indexOf(true)) : -1; // wp_users, with no rival
    static const QRegularExpression byPerson(
        QStringLiteral("(^|_)(author|owner|creator|created_by|updated_by|assignee)$"));
    auto implicitParent = [&](const Column& c) -> int {
        const QString name = findings[c.finding].column;
        // post_author, a whole number, is the key of the one table of people.
        if (onlyPeopleTable >= 0 && onlyPeopleTable != c.table && c.wholeNumbers &&
            byPerson.match(name.toLower()).hasMatch())
            return onlyPeopleTable;
        if (!idLike(name) || source.tables[c.table].primaryKey == QStringList{name})
            return -1;
        QString base = name.toLower();
        base.chop(base.endsWith(QLatin1String("_id")) ? 3 : 2);
        if (base.isEmpty())
            return -1;
        // comment_post_id: the post's, after the table's own prefix.
        const QString last = base.section(QLatin1Char('_'), -1);
        for (const QString& candidate : {base, base + QLatin1Char('s'), base + QLatin1String("es"), last,
                                         last + QLatin1Char('s'), last + QLatin1String("es")}) {
            for (auto it = byName.cbegin(); it != byName.cend(); ++it) {
                if (it.value() != c.table &&
                    (it.key() == candidate || it.key().endsWith(QLatin1Char('_') + candidate)))
                    return it.value();
            }
        }
        return -1;
    };
    QList<QList<int>> parents(n);
    QList<int> parentOf(columns.size(), -1);
    for (int k = 0; k < columns.size(); ++k) {
        const Column& c = columns[k];
        parentOf[k] = c.parent.isEmpty() ? implicitParent(c) : int(byName.value(c.parent.toLower(), -1));
        if (parentOf[k] >= 0)
            parents[c.table] << parentOf[k];
    }
    for (const SqlConnection::CompositeKey& k : composite) {
        const int child = byName.value(k.table.toLower(), -1),
                  parent = byName.value(k.parentTable.toLower(), -1);
        if (child >= 0 && parent >= 0)
            parents[child] << parent;
    }
    // A table of someone's records that holds an email (comments typed by guests) points at the table of
    // the people themselves (their account): its key is the record's, not a person's.
    QList<bool> pointsAtPeople(n, false);
    for (int i = 0; i < n; ++i) {
        for (int p : std::as_const(parents[i]))
            pointsAtPeople[i] = pointsAtPeople[i] || (p != i && person[p]);
    }
    QList<bool> reaches(n, false);
    for (int i = 0; i < n; ++i) {
        QList<int> todo{i};
        QSet<int> seen{i};
        while (!todo.isEmpty() && !reaches[i]) {
            const int t = todo.takeLast();
            reaches[i] = person[t];
            for (int p : std::as_const(parents[t])) {
                if (!seen.contains(p)) {
                    seen.insert(p);
                    todo << p;
                }
            }
        }
    }

    for (int k = 0; k < columns.size(); ++k) {
        const Column& c = columns[k];
        ColumnFinding& f = findings[c.finding];
        Field& field = source.tables[c.table].fields[c.field];
        const Table& table = source.tables[c.table];
        if (c.byValue)
            continue;
        auto drop = [&](const QString& why) {
            if (!f.categories.isEmpty())
                f.evidence << why;
            f.categories.clear();
            f.identity.reset();
            f.confidence = 0;
        };
        const bool key = idLike(f.column) || !c.parent.isEmpty() || parentOf[k] >= 0;
        const QString noSign = SchemaDiscovery::tr("no sign of personal data");
        if (key) {
            f.evidence.removeAll(noSign);
            const int parent = parentOf[k];
            if (table.primaryKey == QStringList{f.column} &&
                (peopleNamed[c.table] || (person[c.table] && !pointsAtPeople[c.table]))) {
                f.categories = QStringList{QStringLiteral("user.unique_id")};
                f.identity.reset();
                f.confidence = 0.6;
                f.evidence << SchemaDiscovery::tr("the key of %1, a table of people").arg(table.name);
            } else if (parent >= 0 && parent != c.table && person[parent] && !peopleNamed[c.table]) {
                f.categories = QStringList{QStringLiteral("user.unique_id")};
                f.identity.reset();
                f.confidence = 0.6;
                f.evidence
                    << SchemaDiscovery::tr("points at %1, a table of people").arg(source.tables[parent].name);
            } else if (parent < 0 && peopleNamed[c.table] && table.primaryKey != QStringList{f.column}) {
                // stripe_customer_id in a table of people leads to no table here: the person's id elsewhere.
                f.categories = QStringList{QStringLiteral("user.unique_id")};
                f.identity.reset();
                f.confidence = 0.5;
                f.evidence << SchemaDiscovery::tr(
                                  "an identifier in %1, a table of people, that leads to no table "
                                  "here: the person's id in another system")
                                  .arg(table.name);
            } else {
                drop(SchemaDiscovery::tr("a key, not %1: it does not identify a person")
                         .arg(f.categories.join(QStringLiteral(", "))));
            }
        } else if (c.role == Role::PersonOnly && !person[c.table]) {
            drop(SchemaDiscovery::tr("%1 is not a table of people").arg(table.name));
        } else if (c.role == Role::Personal && !person[c.table] && !reaches[c.table]) {
            drop(SchemaDiscovery::tr("%1 is a catalogue (no foreign key leads from it to a table of people)")
                     .arg(table.name));
        } else if (c.role == Role::PlaceWord && !person[c.table] && !reaches[c.table] &&
                   !streetLevel[c.table]) {
            drop(SchemaDiscovery::tr(
                     "%1 is a catalogue of places (it reaches no table of people and holds no street)")
                     .arg(table.name));
        }
        if (f.confidence == 0 && !f.evidence.contains(noSign))
            f.evidence << noSign;
        field.categories =
            f.categories.isEmpty() ? QStringList{QStringLiteral("system.operations")} : f.categories;
        field.identity = f.identity;
    }

    // Erasure proposals. A table of a person's own rows (a table of people, or one that reaches one) whose
    // columns other than keys are all personal loses whole rows; elsewhere each column by its category.
    auto isKey = [&](int k) {
        const Column& c = columns[k];
        return idLike(findings[c.finding].column) || parentOf[k] >= 0 ||
               source.tables[c.table].primaryKey.contains(findings[c.finding].column);
    };
    QList<int> personalColumns(n, 0), otherColumns(n, 0);
    for (int k = 0; k < columns.size(); ++k) {
        if (isKey(k))
            continue;
        if (findings[columns[k].finding].confidence > 0)
            ++personalColumns[columns[k].table];
        else
            ++otherColumns[columns[k].table];
    }
    auto covers = [](const ColumnFinding& f, const char* category) {
        return std::any_of(f.categories.cbegin(), f.categories.cend(), [&](const QString& c) {
            return DataCategories::covers(QLatin1String(category), c);
        });
    };
    for (int k = 0; k < columns.size(); ++k) {
        const Column& c = columns[k];
        ColumnFinding& f = findings[c.finding];
        const bool text = f.type == QLatin1String("text");
        const bool personal = std::any_of(f.categories.cbegin(), f.categories.cend(), [](const QString& cat) {
            return !cat.startsWith(QLatin1String("system"));
        });
        if ((person[c.table] || reaches[c.table]) && personalColumns[c.table] > 0 &&
            otherColumns[c.table] == 0)
            f.erasure = {ErasureStrategy::DeleteRow, {}};
        else if (isKey(k) || !personal || covers(f, "user.unique_id"))
            f.erasure = {ErasureStrategy::Keep, {}};
        else if (covers(f, "user.contact.email") && text && (f.length < 0 || f.length >= 64))
            f.erasure = {ErasureStrategy::Hmac, {}};
        else if (covers(f, "user.name") && text && (f.length < 0 || f.length >= 6))
            f.erasure = {ErasureStrategy::Fixed, QStringLiteral("erased")};
        else if (f.nullable)
            f.erasure = {ErasureStrategy::Null, {}};
        else if (text && (f.length < 0 || f.length >= 6))
            f.erasure = {ErasureStrategy::Fixed, QStringLiteral("erased")};
        else
            f.erasure = {ErasureStrategy::Keep, {}}; // NOT NULL and not text: a person must choose
    }
}

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

    QList<QList<Column>> columns(sources.size()); // per source: every column, as out.findings holds it
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
            finding.length = sf.length() > 0 ? sf.length() : -1;
            finding.nullable = sf.requiredStatus() != QSqlField::Required;
            const QString lower = sf.name().toLower();
            Column judged;
            judged.table = int(sources[si].tables.size());
            judged.field = int(table.fields.size());
            judged.finding = int(out.findings.size());
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
            QStringList values;
            if (text && options.sampleRows > 0) {
                const QString col = SqlConnection::quoteIdentifier(engine, sf.name()).value();
                QSqlQuery q(db);
                q.setForwardOnly(true);
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
            }
            // Whole numbers, by type or by every sampled value (SQLite reports most types as text).
            static const QRegularExpression digits(QStringLiteral("^-?[0-9]+$"));
            judged.wholeNumbers =
                integer ||
                (!values.isEmpty() && std::all_of(values.cbegin(), values.cend(), [](const QString& v) {
                    return digits.match(v).hasMatch();
                }));
            // Names, user names, titles, web addresses are text: post_author, holding whole numbers, is a
            // key.
            static const QStringList textual = {
                QStringLiteral("user.name"), QStringLiteral("user.account.username"),
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
            // A fax number looks like a phone number, but nobody is looked up by it.
            if (lower.contains(QLatin1String("fax")) && finding.identity == IdentityKind::Phone)
                finding.identity.reset();
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
                    judged.parent = fk.parentTable;
                    finding.evidence
                        << tr("foreign key to %1").arg(fk.parentTable + QLatin1Char('.') + fk.parentColumn);
                }
            }
            columns[si] << judged;
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
    return out;
}

} // namespace lethe
