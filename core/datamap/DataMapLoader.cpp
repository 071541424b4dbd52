#include "DataMapLoader.h"

#include "YamlChecker.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <yaml-cpp/yaml.h>

#include <functional>

namespace lethe {

QString DataMapIssue::toString() const
{
    if (line <= 0)
        return QStringLiteral("%1: %2").arg(file, message);
    return QStringLiteral("%1:%2:%3: %4").arg(file).arg(line).arg(column).arg(message);
}

int DataMapLoader::parseDuration(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("^\\s*(\\d{1,4})\\s*([dmy])\\s*$"));
    const auto m = re.match(text.toLower());
    if (!m.hasMatch())
        return -1;
    const int n = m.captured(1).toInt();
    const QChar unit = m.captured(2).at(0);
    return unit == QLatin1Char('y') ? n * 365 : unit == QLatin1Char('m') ? n * 30 : n;
}

namespace {

class Parser : public YamlChecker
{
    Q_DECLARE_TR_FUNCTIONS(lethe::DataMapLoader)
public:
    Parser(QString file, QString baseDir) : YamlChecker(std::move(file)), m_baseDir(std::move(baseDir)) {}

    DataMapLoad run(const QByteArray& text);

private:
    bool checkName(const YAML::Node& at, const QString& name, const QString& what)
    {
        for (QChar c : name) {
            if (c.category() == QChar::Other_Control) {
                issue(at, tr("%1 \"%2\" contains a control character.").arg(what, name));
                return false;
            }
        }
        if (name.size() > 128) {
            issue(at, tr("%1 \"%2\" is longer than 128 characters.").arg(what, name.left(40)));
            return false;
        }
        return !name.isEmpty();
    }

    const Table* sourceTable(int sourceIndex, const QString& table) const
    {
        return sourceIndex >= 0 && sourceIndex < m_map.sources.size()
                   ? m_map.sources[sourceIndex].table(table)
                   : nullptr;
    }

    void parseSystem(const YAML::Node& n, DataMap& map);
    void parseArt15(const YAML::Node& n, Art15Facts& facts);
    void parseSource(const YAML::Node& n, DataSource& source, int index);
    void parseTable(const YAML::Node& n, Table& table, int sourceIndex);
    void parseField(const YAML::Node& n, Field& field, const QString& where, int sourceIndex,
                    const QString& table);
    void parseRetention(const YAML::Node& n, RetentionRule& rule, const QString& where, int sourceIndex,
                        const QString& table);

    QString m_baseDir;
    DataMap m_map;
    // Checks that need every table first (references, retention fields, identities held).
    std::vector<std::function<void()>> m_deferred;
};

void Parser::parseArt15(const YAML::Node& n, Art15Facts& f)
{
    const QString where = tr("system.art15");
    if (!isMap(n, where))
        return;
    checkKeys(n,
              {QStringLiteral("purposes"), QStringLiteral("legal_bases"), QStringLiteral("recipients"),
               QStringLiteral("sources"), QStringLiteral("retention"), QStringLiteral("transfers"),
               QStringLiteral("automated_decisions"), QStringLiteral("sold_or_shared")},
              where);
    f.purposes = texts(n, "purposes", where);
    f.legalBases = texts(n, "legal_bases", where);
    f.sources = texts(n, "sources", where);
    f.retention = texts(n, "retention", where);
    f.automatedDecisions = text(n, "automated_decisions", where, false);
    f.soldOrShared = text(n, "sold_or_shared", where, false);
    if (f.purposes.isEmpty())
        issue(n, tr("%1 needs at least one purpose: the subject must be told why their data is processed.")
                     .arg(where));
    if (const YAML::Node r = n["recipients"]; r && r.IsSequence()) {
        for (const YAML::Node& item : r) {
            const QString w = tr("a recipient");
            if (!isMap(item, w))
                continue;
            checkKeys(item,
                      {QStringLiteral("name"), QStringLiteral("role"), QStringLiteral("purpose"),
                       QStringLiteral("connection"), QStringLiteral("manual")},
                      w);
            Recipient rec{text(item, "name", w, true),     text(item, "role", w, false),
                          text(item, "purpose", w, false), text(item, "connection", w, false),
                          text(item, "manual", w, false),  item.Mark().line + 1};
            if (!rec.connection.isEmpty() && !rec.manual.isEmpty())
                issue(item, tr("recipient \"%1\" has both \"connection\" (reached through its API) and "
                               "\"manual\" (a task for a person); choose one.")
                                .arg(rec.name));
            f.recipients << rec;
        }
    } else if (r) {
        issue(r, tr("\"recipients\" in %1 must be a list.").arg(where));
    }
    if (const YAML::Node t = n["transfers"]; t && t.IsSequence()) {
        for (const YAML::Node& item : t) {
            const QString w = tr("a transfer");
            if (!isMap(item, w))
                continue;
            checkKeys(item, {QStringLiteral("to"), QStringLiteral("safeguard")}, w);
            f.transfers << Transfer{text(item, "to", w, true), text(item, "safeguard", w, true)};
        }
    } else if (t) {
        issue(t, tr("\"transfers\" in %1 must be a list.").arg(where));
    }
}

void Parser::parseSystem(const YAML::Node& n, DataMap& map)
{
    const QString where = QStringLiteral("system");
    if (!isMap(n, where))
        return;
    checkKeys(n,
              {QStringLiteral("key"), QStringLiteral("name"), QStringLiteral("description"),
               QStringLiteral("art15"), QStringLiteral("identities")},
              where);
    map.key = text(n, "key", where, true);
    static const QRegularExpression keyRe(QStringLiteral("^[a-z0-9][a-z0-9_-]{0,63}$"));
    if (!map.key.isEmpty() && !keyRe.match(map.key).hasMatch())
        issue(n["key"], tr("system key \"%1\" must be lower-case letters, digits, - and _.").arg(map.key));
    map.name = text(n, "name", where, true);
    map.description = text(n, "description", where, false);
    if (n["art15"])
        parseArt15(n["art15"], map.art15);
    else
        issue(n, tr("system needs \"art15\": the facts an access answer must state (purposes, recipients, "
                    "retention, ...)."));
    const YAML::Node ids = n["identities"];
    if (!ids || !ids.IsSequence() || ids.size() == 0) {
        issue(ids ? ids : n,
              tr("system needs \"identities\": the kinds of identity it can be searched by (%1).")
                  .arg(Names::identityKindKeys()));
        return;
    }
    for (const YAML::Node& id : ids) {
        const auto kind = id.IsScalar() ? Names::parseIdentityKind(q(id.Scalar())) : std::nullopt;
        if (!kind) {
            issue(id, tr("unknown identity kind \"%1\" (expected one of %2).")
                          .arg(id.IsScalar() ? q(id.Scalar()) : QString(), Names::identityKindKeys()));
            continue;
        }
        map.identities << *kind;
        const YAML::Mark at = id.Mark();
        m_deferred.push_back([this, kind = *kind, at] {
            for (const DataSource& s : m_map.sources) {
                for (const Table& t : s.tables) {
                    for (const Field& f : t.fields) {
                        if (f.identity == kind)
                            return;
                    }
                }
            }
            issue(
                at,
                tr("identity kind \"%1\" is declared but no field holds it (mark a field with identity: %1).")
                    .arg(Names::key(kind)));
        });
    }
}

void Parser::parseSource(const YAML::Node& n, DataSource& s, int index)
{
    const QString where = tr("source %1").arg(index + 1);
    if (!isMap(n, where))
        return;
    checkKeys(n,
              {QStringLiteral("key"), QStringLiteral("engine"), QStringLiteral("path"),
               QStringLiteral("host"), QStringLiteral("port"), QStringLiteral("database"),
               QStringLiteral("user"), QStringLiteral("password_key"), QStringLiteral("password"),
               QStringLiteral("schema"), QStringLiteral("tables")},
              where);
    s.key = text(n, "key", where, true);
    s.line = n.Mark().line + 1;
    if (n["password"]) {
        issue(n["password"],
              tr("%1: a password must not be written in the map; store it in the keychain and name "
                 "it with password_key.")
                  .arg(where));
    }
    const QString engine = text(n, "engine", where, true);
    const auto e = ConnectionParams::parseEngine(engine);
    if (!engine.isEmpty() && !e)
        issue(n["engine"], tr("unknown engine \"%1\" (expected sqlite, postgres or mariadb).").arg(engine));
    s.connection.engine = e.value_or(ConnectionParams::Engine::Sqlite);
    if (e == ConnectionParams::Engine::Sqlite) {
        const QString path = text(n, "path", where, true);
        if (!path.isEmpty())
            s.connection.path = QDir(m_baseDir).absoluteFilePath(path);
    } else if (e) {
        s.connection.host = text(n, "host", where, true);
        s.connection.database = text(n, "database", where, true);
        s.connection.user = text(n, "user", where, true);
        s.connection.passwordKey = text(n, "password_key", where, false);
        const QString port = text(n, "port", where, false);
        if (!port.isEmpty()) {
            bool ok = false;
            s.connection.port = port.toInt(&ok);
            if (!ok || s.connection.port <= 0 || s.connection.port > 65535)
                issue(n["port"], tr("port \"%1\" is not a port number.").arg(port));
        }
    }
    s.schema = text(n, "schema", where, false);
    // SQLite has one schema per file (ATTACHed databases are not supported): a schema there is a mistake.
    auto checkSchema = [&](const YAML::Node& node, const QString& schema) {
        if (schema.isEmpty())
            return;
        if (e == ConnectionParams::Engine::Sqlite)
            issue(node, tr("\"schema\" (%1): SQLite has no schemas (Lethe does not read ATTACHed databases); "
                           "remove it, or describe the other database file as a source of its own.")
                            .arg(schema));
        else if (!SqlConnection::isValidIdentifier(schema))
            issue(node, tr("schema \"%1\" is not a usable schema name (1-63 characters, no control "
                           "characters, no leading or trailing spaces).")
                            .arg(schema));
    };
    checkSchema(n["schema"], s.schema);
    const YAML::Node tables = n["tables"];
    if (!tables || !tables.IsSequence() || tables.size() == 0) {
        issue(tables ? tables : n,
              tr("%1 needs \"tables\": a list of the tables that hold personal data.").arg(where));
        return;
    }
    for (const YAML::Node& t : tables) {
        Table table;
        parseTable(t, table, index);
        if (table.name.isEmpty())
            continue;
        if (t.IsMap())
            checkSchema(t["schema"], table.schema);
        if (table.schema.isEmpty())
            table.schema = s.schema;
        if (const Table* other = s.table(table.name); other && other->schema != table.schema)
            issue(t, tr("table \"%1\" is declared twice in %2, in schemas \"%3\" and \"%4\": a source names "
                        "each table once; describe the second one in a source of its own (same connection, "
                        "its own schema).")
                         .arg(table.name, where, other->schema, table.schema));
        else if (other)
            issue(t, tr("table \"%1\" is declared twice in %2.").arg(table.name, where));
        else
            s.tables << table;
    }
}

void Parser::parseTable(const YAML::Node& n, Table& t, int sourceIndex)
{
    if (!isMap(n, tr("a table")))
        return;
    t.name = n["name"] && n["name"].IsScalar() ? q(n["name"].Scalar()) : QString();
    t.line = n.Mark().line + 1;
    const QString where = t.name.isEmpty() ? tr("a table") : tr("table \"%1\"").arg(t.name);
    checkKeys(n,
              {QStringLiteral("name"), QStringLiteral("schema"), QStringLiteral("primary_key"),
               QStringLiteral("erase"), QStringLiteral("fields"), QStringLiteral("retention"),
               QStringLiteral("references"), QStringLiteral("about")},
              where);
    if (t.name.isEmpty()) {
        issue(n, tr("a table needs \"name\"."));
        return;
    }
    checkName(n["name"], t.name, tr("table name"));
    t.schema = text(n, "schema", where, false);
    t.primaryKey = texts(n, "primary_key", where);
    if (t.primaryKey.isEmpty())
        issue(n, tr("%1 needs \"primary_key\" (a column, or a list for a composite key).").arg(where));
    const QString erase = text(n, "erase", where, false);
    if (erase == QLatin1String("rows"))
        t.deleteRows = true;
    else if (!erase.isEmpty() && erase != QLatin1String("fields"))
        issue(n["erase"], tr("\"erase\" in %1 must be rows or fields, not \"%2\".").arg(where, erase));
    const QString about = text(n, "about", where, false);
    if (about == QLatin1String("others"))
        t.about = Table::About::Others;
    else if (about == QLatin1String("subject"))
        t.about = Table::About::Subject;
    else if (!about.isEmpty())
        issue(n["about"], tr("\"about\" in %1 must be subject or others, not \"%2\".").arg(where, about));

    const YAML::Node fields = n["fields"];
    if (!fields || !fields.IsSequence() || fields.size() == 0) {
        issue(fields ? fields : n,
              tr("%1 needs \"fields\": the columns that hold personal data or lead to it.").arg(where));
        return;
    }
    for (const YAML::Node& f : fields) {
        Field field;
        parseField(f, field, where, sourceIndex, t.name);
        if (field.name.isEmpty())
            continue;
        if (t.field(field.name))
            issue(f, tr("field \"%1\" is declared twice in %2.").arg(field.name, where));
        else
            t.fields << field;
    }
    for (const QString& pk : std::as_const(t.primaryKey)) {
        const Field* f = t.field(pk);
        if (!f) {
            issue(n["primary_key"],
                  tr("primary key \"%1\" of %2 is not one of its fields; declare it under fields "
                     "(categories: [system.operations] if it is not personal data).")
                      .arg(pk, where));
        } else if (f->erasure.strategy != ErasureStrategy::Keep &&
                   f->erasure.strategy != ErasureStrategy::DeleteRow) {
            issue(n["primary_key"],
                  tr("primary key \"%1\" of %2 cannot be nulled or rewritten; erase the row "
                     "instead (erasure: delete_row).")
                      .arg(pk, where));
        }
    }
    // References of several columns: {columns: [a, b], table: parent, to: [x, y]}, paired by position.
    if (const YAML::Node r = n["references"]; r && r.IsSequence()) {
        for (const YAML::Node& item : r) {
            const QString w = tr("a reference of %1").arg(where);
            if (!isMap(item, w))
                continue;
            checkKeys(item, {QStringLiteral("columns"), QStringLiteral("table"), QStringLiteral("to")}, w);
            TableReference ref{texts(item, "columns", w), text(item, "table", w, true), texts(item, "to", w),
                               item.Mark().line + 1};
            if (ref.columns.isEmpty() || ref.columns.size() != ref.to.size()) {
                issue(item,
                      tr("%1 needs \"columns\" and \"to\": lists of the same length, paired by position "
                         "(columns: [node_id, version], table: nodes, to: [id, version]).")
                          .arg(w));
                continue;
            }
            for (const QString& c : std::as_const(ref.columns)) {
                if (!t.field(c))
                    issue(item,
                          tr("%1 names column \"%2\", which is not one of the table's fields.").arg(w, c));
            }
            const YAML::Mark at = item.Mark();
            m_deferred.push_back([this, ref, at, sourceIndex, w] {
                const Table* target = sourceTable(sourceIndex, ref.table);
                if (!target) {
                    issue(at, tr("%1 points at table \"%2\", which this source does not declare.")
                                  .arg(w, ref.table));
                    return;
                }
                for (const QString& c : ref.to) {
                    if (!target->field(c))
                        issue(at, tr("%1 points at \"%2.%3\", but table \"%2\" has no field \"%3\".")
                                      .arg(w, ref.table, c));
                }
            });
            t.references << ref;
        }
    } else if (r) {
        issue(
            r,
            tr("\"references\" in %1 must be a list of {columns: [...], table: ..., to: [...]}.").arg(where));
    }
    if (const YAML::Node r = n["retention"]; r && r.IsSequence()) {
        for (const YAML::Node& item : r) {
            RetentionRule rule;
            parseRetention(item, rule, where, sourceIndex, t.name);
            t.retention << rule;
        }
    } else if (r) {
        issue(r, tr("\"retention\" in %1 must be a list of rules.").arg(where));
    }
}

void Parser::parseField(const YAML::Node& n, Field& f, const QString& tableWhere, int sourceIndex,
                        const QString& table)
{
    if (n.IsScalar()) {
        issue(n, tr("field \"%1\" in %2 needs its categories: write it as {name: %1, categories: [...]}.")
                     .arg(q(n.Scalar()), tableWhere));
        return;
    }
    if (!isMap(n, tr("a field")))
        return;
    f.name = n["name"] && n["name"].IsScalar() ? q(n["name"].Scalar()) : QString();
    f.line = n.Mark().line + 1;
    const QString where = f.name.isEmpty() ? tr("a field of %1").arg(tableWhere)
                                           : tr("field \"%1\" of %2").arg(f.name, tableWhere);
    checkKeys(n,
              {QStringLiteral("name"), QStringLiteral("categories"), QStringLiteral("identity"),
               QStringLiteral("normalized"), QStringLiteral("references"), QStringLiteral("erasure"),
               QStringLiteral("follow")},
              where);
    if (f.name.isEmpty()) {
        issue(n, tr("%1 needs \"name\".").arg(where));
        return;
    }
    checkName(n["name"], f.name, tr("field name"));
    f.categories = texts(n, "categories", where);
    if (f.categories.isEmpty())
        issue(n, tr("%1 needs \"categories\" (e.g. user.contact.email, or system.operations).").arg(where));
    for (const QString& c : std::as_const(f.categories)) {
        if (!DataCategories::isValid(c)) {
            issue(n["categories"],
                  tr("unknown data category \"%1\" in %2 (fideslang-style, e.g. user.contact.email; "
                     "see docs/datamap.md).")
                      .arg(c, where));
        }
    }
    if (const QString id = text(n, "identity", where, false); !id.isEmpty()) {
        f.identity = Names::parseIdentityKind(id);
        if (!f.identity)
            issue(
                n["identity"],
                tr("unknown identity kind \"%1\" (expected one of %2).").arg(id, Names::identityKindKeys()));
    }
    if (const QString norm = text(n, "normalized", where, false); !norm.isEmpty()) {
        if (norm != QLatin1String("true") && norm != QLatin1String("false"))
            issue(n["normalized"], tr("\"normalized\" must be true or false, not \"%1\".").arg(norm));
        f.normalized = norm != QLatin1String("false");
    }
    if (const QString follow = text(n, "follow", where, false); !follow.isEmpty()) {
        if (follow != QLatin1String("true") && follow != QLatin1String("false"))
            issue(n["follow"], tr("\"follow\" must be true or false, not \"%1\".").arg(follow));
        f.follow = follow != QLatin1String("false");
    }
    if (const YAML::Node r = n["references"]) {
        FieldRef ref;
        if (r.IsScalar() && q(r.Scalar()).count(QLatin1Char('.')) == 1) {
            ref.table = q(r.Scalar()).section(QLatin1Char('.'), 0, 0);
            ref.field = q(r.Scalar()).section(QLatin1Char('.'), 1, 1);
        } else if (r.IsMap()) {
            checkKeys(r, {QStringLiteral("table"), QStringLiteral("field")},
                      tr("references of %1").arg(where));
            ref.table = text(r, "table", where, true);
            ref.field = text(r, "field", where, true);
        } else {
            issue(r, tr("\"references\" in %1 must be table.field or {table: ..., field: ...}.").arg(where));
        }
        if (!ref.table.isEmpty() && !ref.field.isEmpty()) {
            f.references = ref;
            const YAML::Mark at = r.Mark();
            m_deferred.push_back([this, ref, at, sourceIndex, where] {
                const Table* target = sourceTable(sourceIndex, ref.table);
                if (!target)
                    issue(at, tr("%1 references table \"%2\", which this source does not declare.")
                                  .arg(where, ref.table));
                else if (!target->field(ref.field))
                    issue(at, tr("%1 references \"%2.%3\", but table \"%2\" has no field \"%3\".")
                                  .arg(where, ref.table, ref.field));
            });
        }
    }
    Q_UNUSED(table);
    if (const YAML::Node e = n["erasure"]) {
        if (e.IsNull()) {
            // YAML reads `erasure: null` as a null value, not the word.
            f.erasure.strategy = ErasureStrategy::Null;
        } else if (e.IsMap()) {
            checkKeys(e, {QStringLiteral("fixed")}, tr("erasure of %1").arg(where));
            if (e["fixed"] && e["fixed"].IsScalar()) {
                f.erasure = {ErasureStrategy::Fixed, q(e["fixed"].Scalar())};
            } else {
                issue(e, tr("erasure of %1: write {fixed: \"text\"} for a fixed replacement.").arg(where));
            }
        } else if (e.IsScalar()) {
            const QString s = q(e.Scalar());
            static const QList<std::pair<QString, ErasureStrategy>> names = {
                {QStringLiteral("keep"), ErasureStrategy::Keep},
                {QStringLiteral("null"), ErasureStrategy::Null},
                {QStringLiteral("hmac"), ErasureStrategy::Hmac},
                {QStringLiteral("delete_row"), ErasureStrategy::DeleteRow}};
            bool found = false;
            for (const auto& [name, strategy] : names) {
                if (s == name) {
                    f.erasure.strategy = strategy;
                    found = true;
                }
            }
            if (!found) {
                issue(e, tr("unknown erasure strategy \"%1\" in %2 (expected keep, null, hmac, delete_row or "
                            "{fixed: \"text\"}).")
                             .arg(s, where));
            }
        } else {
            issue(e, tr("erasure of %1 must be a strategy name or {fixed: \"text\"}.").arg(where));
        }
    }
}

void Parser::parseRetention(const YAML::Node& n, RetentionRule& rule, const QString& tableWhere,
                            int sourceIndex, const QString& table)
{
    const QString where = tr("a retention rule of %1").arg(tableWhere);
    if (!isMap(n, where))
        return;
    checkKeys(
        n,
        {QStringLiteral("when"), QStringLiteral("keep_for"), QStringLiteral("from"), QStringLiteral("basis")},
        where);
    rule.keepFor = text(n, "keep_for", where, true);
    if (!rule.keepFor.isEmpty()) {
        rule.keepDays = DataMapLoader::parseDuration(rule.keepFor);
        if (rule.keepDays < 0)
            issue(n["keep_for"],
                  tr("keep_for \"%1\" is not a period (write e.g. 7y, 24m or 90d).").arg(rule.keepFor));
    }
    rule.fromField = text(n, "from", where, true);
    rule.basis = text(n, "basis", where, true);
    if (const YAML::Node w = n["when"]) {
        if (!isMap(w, tr("\"when\" of %1").arg(where)))
            return;
        checkKeys(w, {QStringLiteral("field"), QStringLiteral("equals"), QStringLiteral("in")},
                  tr("\"when\" of %1").arg(where));
        rule.whenField = text(w, "field", where, true);
        rule.whenValues = texts(w, "in", where);
        if (const QString eq = text(w, "equals", where, false); !eq.isEmpty())
            rule.whenValues << eq;
        if (rule.whenValues.isEmpty())
            issue(w, tr("\"when\" of %1 needs equals: value or in: [values].").arg(where));
    }
    const YAML::Mark at = n.Mark();
    m_deferred.push_back([this, at, sourceIndex, table, where, rule] {
        const Table* t = sourceTable(sourceIndex, table);
        if (!t)
            return;
        for (const QString& f : {rule.whenField, rule.fromField}) {
            if (!f.isEmpty() && !t->field(f))
                issue(at, tr("%1 uses field \"%2\", which the table does not declare.").arg(where, f));
        }
    });
}

DataMapLoad Parser::run(const QByteArray& bytes)
{
    DataMapLoad out;
    YAML::Node root;
    try {
        root = YAML::Load(bytes.toStdString());
    } catch (const YAML::Exception& e) {
        m_issues << DataMapIssue{m_file, e.mark.line + 1, e.mark.column + 1,
                                 tr("not valid YAML: %1").arg(q(e.msg))};
        out.issues = m_issues;
        return out;
    }
    if (!root || !root.IsMap()) {
        m_issues << DataMapIssue{m_file, 0, 0,
                                 tr("a data map must be a YAML mapping with lethe_datamap, system and "
                                    "sources.")};
        out.issues = m_issues;
        return out;
    }
    try {
        checkKeys(root,
                  {QStringLiteral("lethe_datamap"), QStringLiteral("system"), QStringLiteral("sources")},
                  tr("the data map"));
        const QString version = text(root, "lethe_datamap", tr("the data map"), true);
        if (!version.isEmpty() && version != QLatin1String("1"))
            issue(root["lethe_datamap"],
                  tr("format version %1 is not supported (this Lethe reads version 1).").arg(version));
        m_map.file = m_file;
        if (root["system"])
            parseSystem(root["system"], m_map);
        else
            issue(root, tr("the data map needs \"system\"."));
        const YAML::Node sources = root["sources"];
        if (!sources || !sources.IsSequence() || sources.size() == 0) {
            issue(sources ? sources : root,
                  tr("the data map needs \"sources\": the databases of this system."));
        } else {
            int i = 0;
            for (const YAML::Node& s : sources) {
                DataSource source;
                parseSource(s, source, i++);
                if (!source.key.isEmpty() &&
                    std::any_of(m_map.sources.cbegin(), m_map.sources.cend(),
                                [&](const DataSource& o) { return o.key == source.key; }))
                    issue(s, tr("source \"%1\" is declared twice.").arg(source.key));
                m_map.sources << source;
            }
        }
        for (const auto& check : m_deferred)
            check();
    } catch (const YAML::Exception& e) {
        m_issues << DataMapIssue{m_file, e.mark.line + 1, e.mark.column + 1,
                                 tr("cannot read: %1").arg(q(e.msg))};
    }
    std::sort(m_issues.begin(), m_issues.end(), [](const DataMapIssue& a, const DataMapIssue& b) {
        return a.line != b.line ? a.line < b.line : a.column < b.column;
    });
    out.issues = m_issues;
    if (m_issues.isEmpty())
        out.map = m_map;
    return out;
}

} // namespace

DataMapLoad DataMapLoader::parse(const QByteArray& yaml, const QString& fileName, const QString& baseDir)
{
    return Parser(fileName, baseDir).run(yaml);
}

DataMapLoad DataMapLoader::load(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        DataMapLoad out;
        out.issues << DataMapIssue{path, 0, 0, tr("cannot open the file: %1").arg(f.errorString())};
        return out;
    }
    if (f.size() > 16 * 1024 * 1024) {
        DataMapLoad out;
        out.issues << DataMapIssue{path, 0, 0,
                                   tr("the file is larger than 16 MB; a data map is a short text.")};
        return out;
    }
    return parse(f.readAll(), path, QFileInfo(path).absolutePath());
}

} // namespace lethe
