// DemoGenerator::loadSpec: a generation spec (YAML) read and checked.

#include "DemoGenerator.h"

#include "DemoTemplate.h"

#include <QFile>
#include <QRegularExpression>

#include <yaml-cpp/yaml.h>

namespace lethe {

namespace {

using namespace demotemplate;

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

    // A column of table `t` (whose rows hang off `parent`, if any): its name, type, value template, share of
    // nulls, index, reference and ON DELETE.
    Result<DemoColumn> parseColumn(const YAML::Node& c, const DemoTable& t, const DemoTable* parent,
                                   const DemoSpec& spec)
    {
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
                return fail(nn.Mark(),
                            tr("null_share: \"%1\" must be a share between 0 and 1.").arg(q(nn.Scalar())));
        }
        col.index = c["index"] && c["index"].Scalar() == "true";
        if (col.index && col.type == QLatin1String("long_text"))
            return fail(c.Mark(), tr("column \"%1\": long_text cannot be indexed; use text.").arg(col.name));
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
                return fail(d.Mark(),
                            tr("on_delete: \"%1\" must be cascade, set null or restrict.").arg(col.onDelete));
        }
        return col;
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
            auto col = parseColumn(c, t, parent, spec);
            if (!col)
                return col.error();
            t.columns << *col;
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

} // namespace lethe
