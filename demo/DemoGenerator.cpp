#include "DemoGenerator.h"

#include <QFile>
#include <QRandomGenerator64>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <yaml-cpp/yaml.h>

#include <memory>

namespace lethe {

namespace {

QString q(const std::string& s)
{
    return QString::fromStdString(s);
}

const QStringList& columnTypes()
{
    static const QStringList t = {QStringLiteral("id"),        QStringLiteral("int"),
                                  QStringLiteral("text"),      QStringLiteral("long_text"),
                                  QStringLiteral("timestamp"), QStringLiteral("bool"),
                                  QStringLiteral("decimal"),   QStringLiteral("uuid")};
    return t;
}

// The placeholders a value template may use.
const QStringList& placeholderNames()
{
    static const QStringList p = {
        QStringLiteral("name"),   QStringLiteral("first"),   QStringLiteral("last"),
        QStringLiteral("email"),  QStringLiteral("phone"),   QStringLiteral("company"),
        QStringLiteral("city"),   QStringLiteral("country"), QStringLiteral("title"),
        QStringLiteral("domain"), QStringLiteral("row"),     QStringLiteral("uuid"),
        QStringLiteral("hex"),    QStringLiteral("int"),     QStringLiteral("money"),
        QStringLiteral("date"),   QStringLiteral("pick"),    QStringLiteral("ip"),
        QStringLiteral("ua"),     QStringLiteral("bool"),    QStringLiteral("parent"),
        QStringLiteral("slug"),   QStringLiteral("n"),
    };
    return p;
}

quint64 fnv1a(const QString& s)
{
    quint64 h = 1469598103934665603ULL;
    for (char c : s.toUtf8()) {
        h ^= quint8(c);
        h *= 1099511628211ULL;
    }
    return h;
}

struct Segment
{
    QString literal; // when `func` is empty
    QString func;    // name, email, parent, int, ...
    QStringList args;
    int parentColumn = -1; // for parent.COL
};

struct Compiled
{
    QList<Segment> segments;
    bool single() const { return segments.size() == 1 && !segments[0].func.isEmpty(); }
};

// "{email}", "Call {first} about {pick:roof|gutter}", "{int:1:9}", "{parent.id}"
Compiled compile(const QString& text, QString* error)
{
    Compiled c;
    qsizetype i = 0;
    while (i < text.size()) {
        const qsizetype open = text.indexOf(QLatin1Char('{'), i);
        if (open < 0) {
            c.segments << Segment{text.mid(i), {}, {}, -1};
            break;
        }
        if (open > i)
            c.segments << Segment{text.mid(i, open - i), {}, {}, -1};
        const qsizetype close = text.indexOf(QLatin1Char('}'), open);
        if (close < 0) {
            *error = DemoGenerator::tr("\"{\" at character %1 is not closed.").arg(open + 1);
            return {};
        }
        const QString inner = text.mid(open + 1, close - open - 1);
        Segment s;
        const qsizetype colon = inner.indexOf(QLatin1Char(':'));
        s.func = colon < 0 ? inner : inner.left(colon);
        if (colon >= 0) {
            const QString rest = inner.mid(colon + 1);
            s.args =
                s.func == QLatin1String("pick") ? rest.split(QLatin1Char('|')) : rest.split(QLatin1Char(':'));
        }
        if (s.func.startsWith(QLatin1String("parent."))) {
            s.args = QStringList{s.func.mid(7)};
            s.func = QStringLiteral("parent");
        }
        if (!placeholderNames().contains(s.func)) {
            *error = DemoGenerator::tr("unknown placeholder {%1} (expected one of: %2).")
                         .arg(inner, placeholderNames().join(QStringLiteral(", ")));
            return {};
        }
        const bool numeric = s.func == QLatin1String("int") || s.func == QLatin1String("money") ||
                             s.func == QLatin1String("date");
        if (numeric) {
            bool a = false, b = false;
            if (s.args.size() != 2 || (s.args[0].toInt(&a), !a) || (s.args[1].toInt(&b), !b) ||
                s.args[0].toInt() > s.args[1].toInt()) {
                *error = DemoGenerator::tr("{%1} needs two whole numbers, the lower first: {%2:FROM:TO}.")
                             .arg(inner, s.func);
                return {};
            }
        }
        c.segments << s;
        i = close + 1;
    }
    return c;
}

const char* kAgents[] = {
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/128.0 "
    "Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 "
    "Safari/605.1.15",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Mobile/15E148",
    "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0",
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/128.0 Mobile "
    "Safari/537.36",
};

struct Kept
{
    int person;
    QVariantList values;
};

class Evaluator
{
public:
    Evaluator(const DemoPopulation& people, QDate today) : m_people(people), m_today(today) {}

    QVariant eval(const Compiled& c, const DemoColumn& col, int person, const Kept* parent, qint64 row,
                  QRandomGenerator64& rng) const
    {
        if (c.single())
            return one(c.segments[0], col, person, parent, row, rng);
        QString out;
        for (const Segment& s : c.segments)
            out += s.func.isEmpty() ? s.literal : one(s, col, person, parent, row, rng).toString();
        return out;
    }

private:
    QVariant one(const Segment& s, const DemoColumn& col, int person, const Kept* parent, qint64 row,
                 QRandomGenerator64& rng) const
    {
        const DemoPerson* p = person >= 0 ? &m_people.at(person) : nullptr;
        const QString& f = s.func;
        const QString arg = s.args.value(0);
        if (f == QLatin1String("parent"))
            return parent && s.parentColumn >= 0 ? parent->values.value(s.parentColumn) : QVariant();
        if (f == QLatin1String("row"))
            return row;
        if (f == QLatin1String("n"))
            return m_nth;
        if (f == QLatin1String("int")) {
            const int lo = s.args[0].toInt(), hi = s.args[1].toInt();
            return qint64(lo + qint64(rng.bounded(quint64(hi - lo + 1))));
        }
        if (f == QLatin1String("money")) {
            const int lo = s.args[0].toInt(), hi = s.args[1].toInt();
            const qint64 cents = qint64(lo) * 100 + qint64(rng.bounded(quint64(hi - lo) * 100 + 1));
            return QString::number(double(cents) / 100.0, 'f', 2);
        }
        if (f == QLatin1String("date")) {
            const int lo = s.args[0].toInt(), hi = s.args[1].toInt();
            const QDate d = m_today.addDays(lo + qint64(rng.bounded(quint64(hi - lo + 1))));
            const int secs = int(rng.bounded(86400U));
            return QDateTime(d, QTime(0, 0).addSecs(secs), Qt::UTC)
                .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        }
        if (f == QLatin1String("pick"))
            return s.args[int(rng.bounded(quint64(s.args.size())))];
        if (f == QLatin1String("bool"))
            return rng.bounded(100U) < (s.args.isEmpty() ? 50U : s.args[0].toUInt());
        if (f == QLatin1String("ip")) {
            // Documentation ranges only (RFC 5737): 192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24.
            static const char* nets[] = {"192.0.2.", "198.51.100.", "203.0.113."};
            return QLatin1String(nets[rng.bounded(3U)]) + QString::number(1 + rng.bounded(254U));
        }
        if (f == QLatin1String("ua"))
            return QLatin1String(kAgents[rng.bounded(quint64(std::size(kAgents)))]);
        if (f == QLatin1String("uuid")) {
            const quint64 a = rng.generate(), b = rng.generate();
            QByteArray bytes(16, Qt::Uninitialized);
            for (int i = 0; i < 8; ++i) {
                bytes[i] = char(a >> (8 * i));
                bytes[8 + i] = char(b >> (8 * i));
            }
            bytes[6] = char((bytes[6] & 0x0f) | 0x40); // version 4
            bytes[8] = char((bytes[8] & 0x3f) | 0x80); // variant
            return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
        }
        if (f == QLatin1String("hex")) {
            const int n = qBound(1, arg.toInt() > 0 ? arg.toInt() : 32, 128);
            QString out;
            while (out.size() < n)
                out += QString::number(rng.generate(), 16).rightJustified(16, QLatin1Char('0'));
            return out.left(n);
        }
        if (!p)
            return {};
        if (f == QLatin1String("name"))
            return p->name;
        if (f == QLatin1String("first"))
            return p->first;
        if (f == QLatin1String("last"))
            return p->last;
        if (f == QLatin1String("company"))
            return p->company;
        if (f == QLatin1String("city"))
            return p->city;
        if (f == QLatin1String("country"))
            return p->country;
        if (f == QLatin1String("title"))
            return p->title;
        if (f == QLatin1String("domain"))
            return p->email.section(QLatin1Char('@'), 1);
        if (f == QLatin1String("slug"))
            return p->company.toLower().replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")),
                                                QStringLiteral("-"));
        if (f == QLatin1String("email")) {
            if (arg != QLatin1String("messy"))
                return p->email;
            // As people type it into forms: capitals, and now and then a stray space.
            QString e = p->email;
            const quint64 r = rng.generate();
            if (r % 3 == 0)
                e = e.toUpper();
            else if (r % 3 == 1)
                e[0] = e[0].toUpper();
            if ((r >> 8) % 4 == 0)
                e = QLatin1Char(' ') + e + QLatin1Char(' ');
            return e;
        }
        if (f == QLatin1String("phone")) {
            if (p->phone.isEmpty())
                return {};
            if (arg == QLatin1String("national"))
                return DemoPopulation::nationalFormat(p->phone, p->country);
            return p->phone;
        }
        Q_UNUSED(col);
        return {};
    }

    const DemoPopulation& m_people;
    QDate m_today;

public:
    qint64 m_nth = 1; // the row's place among its parent's rows, from 1
};

QString sqlType(ConnectionParams::Engine e, const QString& type)
{
    using E = ConnectionParams::Engine;
    const bool pg = e == E::Postgres, my = e == E::MariaDb;
    if (type == QLatin1String("id") || type == QLatin1String("int"))
        return pg || my ? QStringLiteral("BIGINT") : QStringLiteral("INTEGER");
    if (type == QLatin1String("text"))
        return my ? QStringLiteral("VARCHAR(255)") : QStringLiteral("TEXT");
    if (type == QLatin1String("long_text"))
        return QStringLiteral("TEXT");
    if (type == QLatin1String("timestamp"))
        return pg ? QStringLiteral("TIMESTAMP") : my ? QStringLiteral("DATETIME") : QStringLiteral("TEXT");
    if (type == QLatin1String("bool"))
        return pg || my ? QStringLiteral("BOOLEAN") : QStringLiteral("INTEGER");
    if (type == QLatin1String("decimal"))
        return pg || my ? QStringLiteral("DECIMAL(12,2)") : QStringLiteral("NUMERIC");
    return pg ? QStringLiteral("UUID") : my ? QStringLiteral("CHAR(36)") : QStringLiteral("TEXT");
}

class SpecParser
{
    Q_DECLARE_TR_FUNCTIONS(lethe::DemoGenerator)
public:
    explicit SpecParser(QString file) : m_file(std::move(file)) {}

    Result<DemoSpec> run(const QByteArray& text)
    {
        YAML::Node root;
        try {
            root = YAML::Load(text.toStdString());
        } catch (const YAML::Exception& e) {
            return fail(e.mark, q(e.msg));
        }
        if (!root.IsMap())
            return fail(root.Mark(), tr("the spec must be a mapping."));
        if (!checkKeys(root, {QStringLiteral("lethe_demo"), QStringLiteral("system"), QStringLiteral("name"),
                              QStringLiteral("database"), QStringLiteral("account_share"),
                              QStringLiteral("tables")}))
            return m_error;
        if (!root["lethe_demo"] || root["lethe_demo"].Scalar() != "1")
            return fail(root.Mark(), tr("\"lethe_demo: 1\" is required (the spec format version)."));
        DemoSpec s;
        s.file = m_file;
        static const QRegularExpression keyRe(QStringLiteral("^[a-z][a-z0-9_-]{0,62}$"));
        for (auto [key, out] : {std::pair{"system", &s.system}, std::pair{"name", &s.name},
                                std::pair{"database", &s.database}}) {
            const YAML::Node n = root[key];
            if (!n || !n.IsScalar() || n.Scalar().empty())
                return fail(root.Mark(), tr("\"%1\" is required.").arg(QLatin1String(key)));
            *out = q(n.Scalar());
            if (out != &s.name && !keyRe.match(*out).hasMatch())
                return fail(n.Mark(), tr("%1: \"%2\" must be lower-case letters, digits, - and _.")
                                          .arg(QLatin1String(key), *out));
        }
        if (const YAML::Node n = root["account_share"]) {
            bool ok = false;
            s.accountShare = q(n.Scalar()).toDouble(&ok);
            if (!ok || s.accountShare < 0 || s.accountShare > 1)
                return fail(n.Mark(),
                            tr("account_share: \"%1\" must be between 0 and 1.").arg(q(n.Scalar())));
        }
        const YAML::Node tables = root["tables"];
        if (!tables || !tables.IsSequence() || tables.size() == 0)
            return fail(root.Mark(), tr("\"tables\" must list at least one table."));
        for (const YAML::Node& t : tables) {
            auto table = parseTable(t, s);
            if (!table)
                return table.error();
            s.tables << *table;
        }
        return s;
    }

private:
    Error fail(const YAML::Mark& at, const QString& message)
    {
        m_error = makeError(
            Error::Code::InvalidInput,
            QStringLiteral("%1:%2:%3: %4").arg(m_file).arg(at.line + 1).arg(at.column + 1).arg(message));
        return m_error;
    }
    bool checkKeys(const YAML::Node& map, const QStringList& allowed)
    {
        for (auto it = map.begin(); it != map.end(); ++it) {
            if (!allowed.contains(q(it->first.Scalar()))) {
                fail(it->first.Mark(), tr("unknown key \"%1\" (expected one of: %2).")
                                           .arg(q(it->first.Scalar()), allowed.join(QStringLiteral(", "))));
                return false;
            }
        }
        return true;
    }

    Result<DemoTable> parseTable(const YAML::Node& n, const DemoSpec& spec)
    {
        if (!n.IsMap())
            return fail(n.Mark(), tr("a table must be a mapping."));
        if (!checkKeys(n, {QStringLiteral("name"), QStringLiteral("rows"), QStringLiteral("person"),
                           QStringLiteral("primary_key"), QStringLiteral("columns")}))
            return m_error;
        DemoTable t;
        t.line = n.Mark().line + 1;
        t.name = n["name"] ? q(n["name"].Scalar()) : QString();
        if (!SqlConnection::isValidIdentifier(t.name))
            return fail(n.Mark(), tr("table name \"%1\" is missing or not a valid identifier.").arg(t.name));
        for (const DemoTable& other : spec.tables) {
            if (other.name == t.name)
                return fail(n.Mark(), tr("table \"%1\" is declared twice.").arg(t.name));
        }
        const YAML::Node rows = n["rows"];
        const DemoTable* parent = nullptr;
        if (!rows || (rows.IsScalar() && rows.Scalar() == "accounts")) {
            t.rows = DemoTable::Rows::Accounts;
        } else if (rows.IsMap()) {
            if (!checkKeys(rows, {QStringLiteral("per"), QStringLiteral("count")}))
                return m_error;
            t.rows = DemoTable::Rows::PerParent;
            t.parent = rows["per"] ? q(rows["per"].Scalar()) : QString();
            for (const DemoTable& other : spec.tables) {
                if (other.name == t.parent)
                    parent = &other;
            }
            if (!parent)
                return fail(rows.Mark(),
                            tr("rows: per \"%1\" must name a table declared above.").arg(t.parent));
            const YAML::Node c = rows["count"];
            bool a = true, b = true;
            if (c && c.IsSequence() && c.size() == 2) {
                t.minCount = q(c[0].Scalar()).toInt(&a);
                t.maxCount = q(c[1].Scalar()).toInt(&b);
            } else if (c && c.IsScalar()) {
                t.minCount = t.maxCount = q(c.Scalar()).toInt(&a);
            }
            if (!a || !b || t.minCount < 0 || t.maxCount < t.minCount || t.maxCount > 100000)
                return fail(rows.Mark(), tr("rows: count must be N or [MIN, MAX] with 0 <= MIN <= MAX."));
        } else {
            return fail(rows.Mark(), tr("rows: expected \"accounts\" or {per: TABLE, count: [MIN, MAX]}."));
        }
        if (const YAML::Node p = n["person"]) {
            if (p.Scalar() == "lead")
                t.person = DemoTable::Person::Lead;
            else if (p.Scalar() != "parent")
                return fail(p.Mark(), tr("person: \"%1\" must be parent or lead.").arg(q(p.Scalar())));
        }
        const YAML::Node cols = n["columns"];
        if (!cols || !cols.IsSequence() || cols.size() == 0)
            return fail(n.Mark(), tr("table \"%1\" needs columns.").arg(t.name));
        for (const YAML::Node& c : cols) {
            if (!c.IsMap())
                return fail(c.Mark(), tr("a column must be a mapping."));
            if (!checkKeys(c, {QStringLiteral("name"), QStringLiteral("type"), QStringLiteral("value"),
                               QStringLiteral("null_share"), QStringLiteral("index"),
                               QStringLiteral("references"), QStringLiteral("on_delete")}))
                return m_error;
            DemoColumn col;
            col.line = c.Mark().line + 1;
            col.name = c["name"] ? q(c["name"].Scalar()) : QString();
            col.type = c["type"] ? q(c["type"].Scalar()) : QString();
            col.value = c["value"] ? q(c["value"].Scalar()) : QString();
            if (!SqlConnection::isValidIdentifier(col.name))
                return fail(c.Mark(),
                            tr("column name \"%1\" is missing or not a valid identifier.").arg(col.name));
            for (const DemoColumn& other : std::as_const(t.columns)) {
                if (other.name == col.name)
                    return fail(c.Mark(), tr("column \"%1\" is declared twice.").arg(col.name));
            }
            if (!columnTypes().contains(col.type))
                return fail(c.Mark(), tr("column \"%1\": type \"%2\" is not one of: %3.")
                                          .arg(col.name, col.type, columnTypes().join(QStringLiteral(", "))));
            QString error;
            const Compiled compiled = compile(col.value, &error);
            if (!error.isEmpty())
                return fail(c["value"].Mark(), tr("column \"%1\": %2").arg(col.name, error));
            for (const Segment& s : compiled.segments) {
                if (s.func != QLatin1String("parent"))
                    continue;
                if (!parent)
                    return fail(c["value"].Mark(), tr("column \"%1\": {parent.%2} needs rows: {per: TABLE}.")
                                                       .arg(col.name, s.args.value(0)));
                bool found = false;
                for (const DemoColumn& pc : parent->columns)
                    found = found || pc.name == s.args.value(0);
                if (!found)
                    return fail(c["value"].Mark(), tr("column \"%1\": table \"%2\" has no column \"%3\".")
                                                       .arg(col.name, parent->name, s.args.value(0)));
            }
            if (const YAML::Node nn = c["null_share"]) {
                bool ok = false;
                col.nullShare = q(nn.Scalar()).toDouble(&ok);
                if (!ok || col.nullShare < 0 || col.nullShare > 1)
                    return fail(
                        nn.Mark(),
                        tr("null_share: \"%1\" must be a share between 0 and 1.").arg(q(nn.Scalar())));
            }
            col.index = c["index"] && c["index"].Scalar() == "true";
            if (col.index && col.type == QLatin1String("long_text"))
                return fail(c.Mark(),
                            tr("column \"%1\": long_text cannot be indexed; use text.").arg(col.name));
            if (const YAML::Node r = c["references"]) {
                const QString ref = q(r.Scalar());
                col.refTable = ref.section(QLatin1Char('.'), 0, 0);
                col.refColumn = ref.section(QLatin1Char('.'), 1);
                const DemoTable* target = nullptr;
                for (const DemoTable& other : spec.tables) {
                    if (other.name == col.refTable)
                        target = &other;
                }
                bool found = false;
                if (target) {
                    for (const DemoColumn& pc : target->columns)
                        found = found || pc.name == col.refColumn;
                }
                if (!found)
                    return fail(
                        r.Mark(),
                        tr("references: \"%1\" must name TABLE.COLUMN of a table declared above.").arg(ref));
            }
            if (const YAML::Node d = c["on_delete"]) {
                col.onDelete = q(d.Scalar()).toLower();
                if (!QStringList{QStringLiteral("cascade"), QStringLiteral("set null"),
                                 QStringLiteral("restrict")}
                         .contains(col.onDelete))
                    return fail(
                        d.Mark(),
                        tr("on_delete: \"%1\" must be cascade, set null or restrict.").arg(col.onDelete));
            }
            t.columns << col;
        }
        const YAML::Node pk = n["primary_key"];
        if (pk && pk.IsSequence()) {
            for (const YAML::Node& k : pk)
                t.primaryKey << q(k.Scalar());
        } else if (pk) {
            t.primaryKey << q(pk.Scalar());
        }
        if (t.primaryKey.isEmpty())
            return fail(n.Mark(), tr("table \"%1\" needs a primary_key.").arg(t.name));
        for (const QString& k : std::as_const(t.primaryKey)) {
            bool found = false;
            for (const DemoColumn& c : std::as_const(t.columns))
                found = found || c.name == k;
            if (!found)
                return fail(pk.Mark(), tr("primary_key: \"%1\" is not a column of \"%2\".").arg(k, t.name));
        }
        return t;
    }

    QString m_file;
    Error m_error;
};

} // namespace

Result<DemoSpec> DemoGenerator::loadSpec(const QString& file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(Error::Code::NotFound, tr("%1: cannot read: %2").arg(file, f.errorString()));
    return SpecParser(file).run(f.readAll());
}

Result<DemoFill> DemoGenerator::fill(const DemoSpec& spec, const DemoPopulation& people,
                                     const ConnectionParams& db, const Options& options)
{
    SqlConnection conn;
    if (Status st = conn.open(db); !st)
        return st.error();
    const auto engine = db.engine;
    auto quote = [engine](const QString& name) {
        return SqlConnection::quoteIdentifier(engine, name).value();
    };
    QSqlQuery q(conn.db());
    auto exec = [&q](const QString& sql) -> Status {
        if (!q.exec(sql))
            return makeError(Error::Code::Storage,
                             tr("%1 failed: %2").arg(sql.left(80), q.lastError().text()));
        return {};
    };
    if (engine == ConnectionParams::Engine::Sqlite) {
        // A throwaway demo file: no journal and no fsync while it is written.
        (void)exec(QStringLiteral("PRAGMA journal_mode=OFF"));
        (void)exec(QStringLiteral("PRAGMA synchronous=OFF"));
    }
    if (options.replace) {
        if (engine == ConnectionParams::Engine::MariaDb)
            (void)exec(QStringLiteral("SET FOREIGN_KEY_CHECKS=0"));
        for (qsizetype i = spec.tables.size() - 1; i >= 0; --i) {
            const QString extra =
                engine == ConnectionParams::Engine::Postgres ? QStringLiteral(" CASCADE") : QString();
            if (Status st =
                    exec(QStringLiteral("DROP TABLE IF EXISTS %1%2").arg(quote(spec.tables[i].name), extra));
                !st)
                return st.error();
        }
        if (engine == ConnectionParams::Engine::MariaDb)
            (void)exec(QStringLiteral("SET FOREIGN_KEY_CHECKS=1"));
    }

    // Which tables later tables hang off: their rows are kept in memory while the children are generated.
    QSet<QString> parents;
    for (const DemoTable& t : spec.tables) {
        if (t.rows == DemoTable::Rows::PerParent)
            parents.insert(t.parent);
    }
    QHash<QString, QList<Kept>> kept;
    QHash<QString, QStringList> columnsOf;
    Evaluator evaluator(people, options.today.isValid() ? options.today : QDate::currentDate());
    DemoFill result;

    for (const DemoTable& t : spec.tables) {
        // Create the table.
        QStringList defs, names;
        for (const DemoColumn& c : t.columns) {
            defs << QStringLiteral("%1 %2").arg(quote(c.name), sqlType(engine, c.type));
            names << c.name;
        }
        columnsOf[t.name] = names;
        QStringList pk;
        for (const QString& k : t.primaryKey)
            pk << quote(k);
        defs << QStringLiteral("PRIMARY KEY (%1)").arg(pk.join(QStringLiteral(", ")));
        for (const DemoColumn& c : t.columns) {
            if (c.refTable.isEmpty())
                continue;
            QString fk = QStringLiteral("FOREIGN KEY (%1) REFERENCES %2 (%3)")
                             .arg(quote(c.name), quote(c.refTable), quote(c.refColumn));
            if (!c.onDelete.isEmpty())
                fk += QStringLiteral(" ON DELETE ") + c.onDelete.toUpper();
            defs << fk;
        }
        if (Status st = exec(
                QStringLiteral("CREATE TABLE %1 (%2)").arg(quote(t.name), defs.join(QStringLiteral(", "))));
            !st)
            return st.error();

        // Compile the templates, resolving parent columns to positions.
        QList<Compiled> compiled;
        for (const DemoColumn& c : t.columns) {
            QString error;
            Compiled cc = compile(c.value, &error);
            for (Segment& s : cc.segments) {
                if (s.func == QLatin1String("parent"))
                    s.parentColumn = int(columnsOf.value(t.parent).indexOf(s.args.value(0)));
            }
            compiled << cc;
        }

        const int cols = int(t.columns.size());
        const int perStatement = std::max(1, std::min(500, 900 / cols));
        auto insertSql = [&](int rows) {
            QStringList marks(cols, QStringLiteral("?"));
            const QString one = QLatin1Char('(') + marks.join(QStringLiteral(", ")) + QLatin1Char(')');
            QStringList quoted;
            for (const QString& n : names)
                quoted << quote(n);
            return QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
                .arg(quote(t.name), quoted.join(QStringLiteral(", ")),
                     QStringList(rows, one).join(QStringLiteral(", ")));
        };
        QSqlQuery full(conn.db());
        if (!full.prepare(insertSql(perStatement)))
            return makeError(Error::Code::Storage,
                             tr("%1: cannot prepare the insert: %2").arg(t.name, full.lastError().text()));
        QList<QVariantList> pending;
        qint64 written = 0;
        auto flush = [&]() -> Status {
            if (pending.isEmpty())
                return {};
            QSqlQuery partial(conn.db());
            QSqlQuery* ins = &full;
            if (pending.size() != perStatement) {
                if (!partial.prepare(insertSql(int(pending.size()))))
                    return makeError(
                        Error::Code::Storage,
                        tr("%1: cannot prepare the insert: %2").arg(t.name, partial.lastError().text()));
                ins = &partial;
            }
            int at = 0;
            for (const QVariantList& r : std::as_const(pending)) {
                for (const QVariant& v : r)
                    ins->bindValue(at++, v);
            }
            if (!ins->exec())
                return makeError(Error::Code::Storage,
                                 tr("%1: insert failed: %2").arg(t.name, ins->lastError().text()));
            written += pending.size();
            pending.clear();
            if (options.progress)
                options.progress(t.name, written);
            return {};
        };

        conn.db().transaction();
        QRandomGenerator64 rng(fnv1a(spec.system + QLatin1Char('/') + t.name));
        const bool keep = parents.contains(t.name);
        QList<Kept> mine;
        qint64 row = 0;
        auto emitRow = [&](int person, const Kept* parent) -> Status {
            ++row;
            QVariantList values;
            values.reserve(cols);
            for (int c = 0; c < cols; ++c) {
                const DemoColumn& col = t.columns[c];
                QVariant v = evaluator.eval(compiled[c], col, person, parent, row, rng);
                if (col.nullShare > 0 && rng.bounded(1000U) < quint32(col.nullShare * 1000))
                    v = QVariant();
                if (col.type == QLatin1String("bool") && v.isValid())
                    v = engine == ConnectionParams::Engine::Postgres ? QVariant(v.toBool())
                                                                     : QVariant(v.toBool() ? 1 : 0);
                if (!v.isValid())
                    v = QVariant(QMetaType::fromType<QString>());
                values << v;
            }
            if (keep)
                mine << Kept{person, values};
            pending << values;
            if (pending.size() == perStatement) {
                if (options.cancel && options.cancel->load())
                    return makeError(Error::Code::Cancelled, tr("Generating the demo data was cancelled."));
                return flush();
            }
            return {};
        };

        if (t.rows == DemoTable::Rows::Accounts) {
            evaluator.m_nth = 1;
            for (int i = 0; i < people.size(); ++i) {
                if (!DemoPopulation::holdsAccount(options.product, options.products, i, spec.accountShare))
                    continue;
                if (Status st = emitRow(i, nullptr); !st) {
                    conn.db().rollback();
                    return st.error();
                }
            }
        } else {
            const QList<Kept>& parentRows = kept[t.parent];
            for (const Kept& p : parentRows) {
                const int n = t.minCount + int(rng.bounded(quint64(t.maxCount - t.minCount + 1)));
                for (int k = 0; k < n; ++k) {
                    evaluator.m_nth = k + 1;
                    const int person = t.person == DemoTable::Person::Lead
                                           ? int(rng.bounded(quint64(people.size())))
                                           : p.person;
                    if (Status st = emitRow(person, &p); !st) {
                        conn.db().rollback();
                        return st.error();
                    }
                }
            }
        }
        if (Status st = flush(); !st) {
            conn.db().rollback();
            return st.error();
        }
        if (!conn.db().commit())
            return makeError(Error::Code::Storage,
                             tr("%1: commit failed: %2").arg(t.name, conn.db().lastError().text()));
        if (keep)
            kept[t.name] = mine;
        result.perTable[t.name] = written;
        result.rows += written;
    }
    // Indexes after the data: faster than keeping them up to date row by row.
    for (const DemoTable& t : spec.tables) {
        for (const DemoColumn& c : t.columns) {
            if (!c.index)
                continue;
            const QString name = QStringLiteral("idx_%1_%2").arg(t.name, c.name).left(60);
            if (Status st = exec(QStringLiteral("CREATE INDEX %1 ON %2 (%3)")
                                     .arg(quote(name), quote(t.name), quote(c.name)));
                !st)
                return st.error();
        }
    }
    return result;
}

} // namespace lethe
