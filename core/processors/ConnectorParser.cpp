// ConnectorLoader::parse: a connector definition (YAML) read and checked, every problem with its line.

#include "Connector.h"

#include "YamlChecker.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

#include <yaml-cpp/yaml.h>

namespace lethe {

namespace {

const QRegularExpression& headerName()
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9-]*$"));
    return re;
}

const QRegularExpression& keyPattern()
{
    static const QRegularExpression re(QStringLiteral("^[a-z][a-z0-9_-]{0,63}$"));
    return re;
}

class Parser : public YamlChecker
{
    Q_DECLARE_TR_FUNCTIONS(lethe::ConnectorLoader)
public:
    explicit Parser(QString file) : YamlChecker(std::move(file)) {}
    ConnectorLoad run(const QByteArray& text);

private:
    int number(const YAML::Node& map, const char* key, const QString& where, int fallback, int min, int max)
    {
        const QString s = text(map, key, where, false);
        if (s.isEmpty())
            return fallback;
        bool ok = false;
        const int v = s.toInt(&ok);
        if (!ok || v < min || v > max) {
            issue(map[key], tr("\"%1\" in %2 must be a whole number from %3 to %4, not \"%5\".")
                                .arg(QLatin1String(key), where)
                                .arg(min)
                                .arg(max)
                                .arg(s));
            return fallback;
        }
        return v;
    }
    // "20s", "500ms", "10m", "1h" -> milliseconds; -1 when malformed.
    int duration(const YAML::Node& map, const char* key, const QString& where, int fallback)
    {
        const QString s = text(map, key, where, false);
        if (s.isEmpty())
            return fallback;
        static const QRegularExpression re(QStringLiteral("^(\\d{1,7})(ms|s|m|h)$"));
        const auto m = re.match(s);
        if (!m.hasMatch()) {
            issue(map[key], tr("\"%1\" in %2 must be a duration such as 500ms, 20s, 10m or 1h, not \"%3\".")
                                .arg(QLatin1String(key), where, s));
            return fallback;
        }
        const qint64 n = m.captured(1).toLongLong();
        const QString unit = m.captured(2);
        const qint64 ms = unit == QLatin1String("ms")  ? n
                          : unit == QLatin1String("s") ? n * 1000
                          : unit == QLatin1String("m") ? n * 60000
                                                       : n * 3600000;
        return int(std::min<qint64>(ms, 24LL * 3600 * 1000));
    }
    QList<int> statuses(const YAML::Node& map, const char* key, const QString& where)
    {
        QList<int> out;
        for (const QString& s : texts(map, key, where)) {
            bool ok = false;
            const int v = s.toInt(&ok);
            if (!ok || v < 100 || v > 599)
                issue(map[key], tr("\"%1\" in %2 must list HTTP statuses (100 to 599), not \"%3\".")
                                    .arg(QLatin1String(key), where, s));
            else
                out << v;
        }
        return out;
    }
    QString keyOf(const YAML::Node& map, const QString& where)
    {
        const QString k = text(map, "key", where, true);
        if (!k.isEmpty() && !keyPattern().match(k).hasMatch())
            issue(map["key"], tr("\"key\" in %1 must be lower-case letters, digits, - and _, starting with a "
                                 "letter, not \"%2\".")
                                  .arg(where, k));
        return k;
    }
    std::optional<IdentityKind> identity(const YAML::Node& map, const QString& where)
    {
        const QString s = text(map, "identity", where, false);
        if (s.isEmpty())
            return std::nullopt;
        const auto kind = Names::parseIdentityKind(s);
        if (!kind)
            issue(map["identity"], tr("unknown identity kind \"%1\" in %2 (expected one of: %3).")
                                       .arg(s, where, Names::identityKindKeys()));
        return kind;
    }

    QJsonValue json(const YAML::Node& n);
    void checkTemplate(const YAML::Node& at, const QString& value, const QString& where,
                       const QStringList& scope);
    RequestTemplate request(const YAML::Node& n, const QString& where, const QStringList& scope);
    void headers(const YAML::Node& n, const QString& where, const QStringList& scope,
                 QHash<QString, QString>& out);
    void pagination(const YAML::Node& n, Pagination& p, const QString& where);
    void parseLookup(const YAML::Node& n, Lookup& l, int index);
    void parseStep(const YAML::Node& n, ErasureStep& s, int index);
    void parseProcessor(const YAML::Node& root);
    void parseConnection(const YAML::Node& root);
    void parseAuth(const YAML::Node& root);
    void parseLimits(const YAML::Node& root);
    void parseLookups(const YAML::Node& root);
    void parseSteps(const YAML::Node& root);

    ConnectorDefinition m_def;
    QStringList m_params;
};

QJsonValue Parser::json(const YAML::Node& n)
{
    if (n.IsMap()) {
        QJsonObject o;
        for (auto it = n.begin(); it != n.end(); ++it)
            o.insert(q(it->first.Scalar()), json(it->second));
        return o;
    }
    if (n.IsSequence()) {
        QJsonArray a;
        for (const YAML::Node& item : n)
            a.append(json(item));
        return a;
    }
    if (n.IsNull())
        return QJsonValue(QJsonValue::Null);
    // Plain scalars are marked so the engine types them after filling in; quoted ones stay strings.
    const QString s = q(n.Scalar());
    if (n.Tag() == "?")
        return QJsonValue(QStringLiteral("\x01") + s);
    return QJsonValue(s);
}

// Every {...} in a template must name something that exists at that point.
void Parser::checkTemplate(const YAML::Node& at, const QString& value, const QString& where,
                           const QStringList& scope)
{
    static const QRegularExpression re(QStringLiteral("\\{([^{}]*)\\}"));
    static const QStringList filters{
        QStringLiteral("lower"), QStringLiteral("md5"),  QStringLiteral("digits"),
        QStringLiteral("plus"),  QStringLiteral("sq"),   QStringLiteral("dq"),
        QStringLiteral("glob"),  QStringLiteral("like"), QStringLiteral("int")};
    for (auto it = re.globalMatch(value); it.hasNext();) {
        const QString inner = it.next().captured(1);
        QStringList parts = inner.split(QLatin1Char('|'));
        const QString name = parts.takeFirst().trimmed();
        for (const QString& f : parts) {
            if (!filters.contains(f.trimmed()))
                issue(at, tr("unknown filter \"%1\" in %2 (expected one of: %3).")
                              .arg(f.trimmed(), where, filters.join(QStringLiteral(", "))));
        }
        const QString head = name.section(QLatin1Char('.'), 0, 0);
        if (name == QLatin1String("identity") || name == QLatin1String("secret") ||
            name == QLatin1String("page"))
            continue;
        if (head == QLatin1String("param")) {
            const QString p = name.section(QLatin1Char('.'), 1);
            if (!m_params.contains(p))
                issue(at,
                      tr("%1 uses the parameter \"%2\", which \"connection.parameters\" does not declare.")
                          .arg(where, p));
            continue;
        }
        if (!scope.contains(head) || name == head)
            issue(at, tr("%1 uses \"{%2}\": expected {identity}, {secret}, {page}, {param.NAME} or a field "
                         "of %3.")
                          .arg(where, inner,
                               scope.isEmpty() ? tr("an earlier lookup (none here)")
                                               : scope.join(QStringLiteral(", "))));
    }
}

// headers: {Name: value}: each name an HTTP token, each value one line (a template).
void Parser::headers(const YAML::Node& n, const QString& where, const QStringList& scope,
                     QHash<QString, QString>& out)
{
    if (!isMap(n, where))
        return;
    for (auto it = n.begin(); it != n.end(); ++it) {
        const QString name = q(it->first.Scalar());
        if (!headerName().match(name).hasMatch()) {
            issue(it->first,
                  tr("\"%1\" in %2 is not an HTTP header name (letters, digits and -).").arg(name, where));
            continue;
        }
        if (!it->second.IsScalar()) {
            issue(it->second, tr("the header \"%1\" in %2 must be a single value.").arg(name, where));
            continue;
        }
        const QString v = q(it->second.Scalar());
        if (v.contains(QLatin1Char('\n')) || v.contains(QLatin1Char('\r'))) {
            issue(it->second, tr("the header \"%1\" in %2 must be one line.").arg(name, where));
            continue;
        }
        checkTemplate(it->second, v, where, scope);
        for (auto o = out.begin(); o != out.end(); ++o)
            if (o.key().compare(name, Qt::CaseInsensitive) == 0) {
                issue(it->first, tr("the header \"%1\" is given twice in %2.").arg(name, where));
                break;
            }
        out.insert(name, v);
    }
}

RequestTemplate Parser::request(const YAML::Node& n, const QString& where, const QStringList& scope)
{
    RequestTemplate r;
    r.line = n.Mark().line + 1;
    if (!isMap(n, where))
        return r;
    checkKeys(n,
              {QStringLiteral("method"), QStringLiteral("path"), QStringLiteral("query"),
               QStringLiteral("headers"), QStringLiteral("body"), QStringLiteral("form")},
              where);
    r.method = text(n, "method", where, false).toUpper();
    if (r.method.isEmpty())
        r.method = QStringLiteral("GET");
    static const QStringList methods{QStringLiteral("GET"), QStringLiteral("POST"), QStringLiteral("PUT"),
                                     QStringLiteral("PATCH"), QStringLiteral("DELETE")};
    if (!methods.contains(r.method))
        issue(n["method"], tr("\"method\" in %1 must be one of %2, not \"%3\".")
                               .arg(where, methods.join(QStringLiteral(", ")), r.method));
    r.path = text(n, "path", where, true);
    if (!r.path.isEmpty() && !r.path.startsWith(QLatin1Char('/')))
        issue(n["path"], tr("\"path\" in %1 must start with /, not \"%2\".").arg(where, r.path));
    checkTemplate(n["path"], r.path, where, scope);
    auto pairs = [&](const char* key, QList<std::pair<QString, QString>>& out) {
        const YAML::Node m = n[key];
        if (!m)
            return;
        if (!isMap(m, tr("\"%1\" in %2").arg(QLatin1String(key), where)))
            return;
        for (auto it = m.begin(); it != m.end(); ++it) {
            if (!it->second.IsScalar()) {
                issue(it->second, tr("\"%1\" in \"%2\" of %3 must be a single value.")
                                      .arg(q(it->first.Scalar()), QLatin1String(key), where));
                continue;
            }
            const QString v = q(it->second.Scalar());
            checkTemplate(it->second, v, where, scope);
            out << std::pair{q(it->first.Scalar()), v};
        }
    };
    pairs("query", r.query);
    if (const YAML::Node h = n["headers"])
        headers(h, tr("\"headers\" in %1").arg(where), scope, r.headers);
    if (n["form"]) {
        r.hasForm = true;
        pairs("form", r.formBody);
    }
    if (n["body"]) {
        if (r.hasForm)
            issue(n["body"], tr("%1 has both \"body\" and \"form\"; choose one.").arg(where));
        const std::function<void(const YAML::Node&)> walk = [&](const YAML::Node& b) {
            if (b.IsScalar())
                checkTemplate(b, q(b.Scalar()), where, scope);
            else if (b.IsMap())
                for (auto it = b.begin(); it != b.end(); ++it)
                    walk(it->second);
            else if (b.IsSequence())
                for (const YAML::Node& item : b)
                    walk(item);
        };
        walk(n["body"]);
        r.jsonBody = json(n["body"]);
    }
    if ((r.method == QLatin1String("GET") || r.method == QLatin1String("DELETE")) && r.hasForm)
        issue(n["form"], tr("%1 sends a form body with %2; use query parameters.").arg(where, r.method));
    return r;
}

void Parser::pagination(const YAML::Node& n, Pagination& p, const QString& where)
{
    const QString w = tr("\"pages\" of %1").arg(where);
    if (!isMap(n, w))
        return;
    checkKeys(n,
              {QStringLiteral("style"), QStringLiteral("from"), QStringLiteral("more"),
               QStringLiteral("total"), QStringLiteral("first"), QStringLiteral("stop"),
               QStringLiteral("size"), QStringLiteral("max_pages")},
              w);
    static const QHash<QString, PageStyle> styles{
        {QStringLiteral("cursor"), PageStyle::Cursor},    {QStringLiteral("token"), PageStyle::Token},
        {QStringLiteral("next_url"), PageStyle::NextUrl}, {QStringLiteral("link"), PageStyle::Link},
        {QStringLiteral("offset"), PageStyle::Offset},    {QStringLiteral("page"), PageStyle::Page}};
    const QString style = text(n, "style", w, true);
    if (!style.isEmpty() && !styles.contains(style)) {
        issue(n["style"],
              tr("unknown page style \"%1\" in %2 (expected one of: cursor, token, next_url, link, "
                 "offset, page).")
                  .arg(style, w));
        return;
    }
    p.style = styles.value(style, PageStyle::None);
    p.from =
        text(n, "from", w,
             p.style == PageStyle::Cursor || p.style == PageStyle::Token || p.style == PageStyle::NextUrl);
    p.more = text(n, "more", w, false);
    p.total = text(n, "total", w, false);
    p.first = text(n, "first", w, false);
    p.stop = text(n, "stop", w, false);
    p.size = number(n, "size", w, 0, 0, 100000);
    p.maxPages = number(n, "max_pages", w, 1000, 1, 100000);
    if ((p.style == PageStyle::Offset || p.style == PageStyle::Page) && p.size == 0)
        issue(n, tr("%1 needs \"size\", the page size the request asks for.").arg(w));
    if (p.first.isEmpty())
        p.first = p.style == PageStyle::Page     ? QStringLiteral("1")
                  : p.style == PageStyle::Offset ? QStringLiteral("0")
                                                 : QString();
}

void Parser::parseLookup(const YAML::Node& n, Lookup& l, int index)
{
    l.line = n.Mark().line + 1;
    const QString where0 = tr("lookup %1").arg(index + 1);
    if (!isMap(n, where0))
        return;
    checkKeys(n,
              {QStringLiteral("key"), QStringLiteral("name"), QStringLiteral("identity"),
               QStringLiteral("after"), QStringLiteral("request"), QStringLiteral("pages"),
               QStringLiteral("records"), QStringLiteral("none"), QStringLiteral("match"),
               QStringLiteral("id"), QStringLiteral("fields"), QStringLiteral("into"),
               QStringLiteral("skip")},
              where0);
    l.key = keyOf(n, where0);
    const QString where = l.key.isEmpty() ? where0 : tr("lookup \"%1\"").arg(l.key);
    l.name = text(n, "name", where, true);
    l.identity = identity(n, where);
    l.after = text(n, "after", where, false);
    QStringList scope;
    if (!l.after.isEmpty()) {
        if (l.identity)
            issue(n["after"],
                  tr("%1 has both \"identity\" and \"after\"; a lookup starts from one.").arg(where));
        if (!m_def.lookup(l.after))
            issue(n["after"],
                  tr("%1 follows \"%2\", which is not a lookup declared before it.").arg(where, l.after));
        // The chain of lookups above this one: their records' fields can be used in templates.
        for (const Lookup* up = m_def.lookup(l.after); up;
             up = up->after.isEmpty() ? nullptr : m_def.lookup(up->after))
            scope << up->key;
    } else if (!l.identity && n["identity"].IsDefined() == false) {
        issue(
            n,
            tr("%1 needs \"identity\" (email, phone, user-id) or \"after\" (an earlier lookup).").arg(where));
    }
    if (n["request"])
        l.request = request(n["request"], tr("the request of %1").arg(where), scope);
    else
        issue(n, tr("%1 needs \"request\".").arg(where));
    if (n["pages"])
        pagination(n["pages"], l.pages, where);
    l.records = text(n, "records", where, false);
    l.none = statuses(n, "none", where);
    if (const YAML::Node m = n["match"]) {
        const QString w = tr("\"match\" of %1").arg(where);
        if (isMap(m, w)) {
            checkKeys(m,
                      {QStringLiteral("fields"), QStringLiteral("as"), QStringLiteral("extract"),
                       QStringLiteral("trusted")},
                      w);
            l.matchFields = texts(m, "fields", w);
            l.matchExtract = text(m, "extract", w, false);
            if (!l.matchExtract.isEmpty()) {
                const QRegularExpression re(l.matchExtract);
                if (!re.isValid())
                    issue(m["extract"], tr("\"extract\" in %1 is not a valid regular expression: %2.")
                                            .arg(w, re.errorString()));
                else if (re.captureCount() < 1)
                    issue(m["extract"],
                          tr("\"extract\" in %1 needs a group, (...), around where the identity is.").arg(w));
            }
            l.matchTrusted = text(m, "trusted", w, false);
            if (l.matchFields.isEmpty() && l.matchTrusted.isEmpty())
                issue(m,
                      tr("%1 needs \"fields\": the record's fields that hold the identity (or \"trusted\": "
                         "why the processor's own filter is exact).")
                          .arg(w));
            if (!l.matchFields.isEmpty() && !l.matchTrusted.isEmpty())
                issue(m["trusted"], tr("%1 has both \"fields\" and \"trusted\"; choose one.").arg(w));
            if (l.identity) {
                // The rule is the identity kind's; "as", when given, must say the same.
                l.matchAs = IdentityMatch::ruleFor(*l.identity);
                const QString as = text(m, "as", w, false);
                static const QHash<QString, MatchAs> rules{{QStringLiteral("text"), MatchAs::Text},
                                                           {QStringLiteral("email"), MatchAs::Email},
                                                           {QStringLiteral("phone"), MatchAs::Phone}};
                if (!as.isEmpty() && !rules.contains(as))
                    issue(m["as"], tr("\"as\" in %1 must be text, email or phone, not \"%2\".").arg(w, as));
                else if (!as.isEmpty() && rules.value(as) != l.matchAs)
                    issue(m["as"],
                          tr("\"as: %1\" in %2 does not fit the lookup's identity \"%3\"; leave it out "
                             "(identities are compared by their kind's rules).")
                              .arg(as, w, Names::key(*l.identity)));
            } else {
                issue(m, tr("%1 matches against the identity, so the lookup needs \"identity\".").arg(where));
            }
        }
    } else if (l.identity) {
        issue(n, tr("%1 looks up by %2 and needs \"match\": the record's fields that hold the identity, "
                    "compared exactly on Lethe's side (docs/connectors.md).")
                     .arg(where, Names::key(*l.identity)));
    }
    l.id = text(n, "id", where, false);
    l.into = text(n, "into", where, false);
    if (const YAML::Node sk = n["skip"]) {
        // skip: {when: num_media, in: ["0"]}: a follow-on read not made for parents where it finds nothing.
        const QString w = tr("\"skip\" of %1").arg(where);
        if (isMap(sk, w)) {
            checkKeys(sk, {QStringLiteral("when"), QStringLiteral("in")}, w);
            l.skipField = text(sk, "when", w, true);
            l.skipValues = texts(sk, "in", w);
            if (l.after.isEmpty())
                issue(sk, tr("%1 skips by a parent's field, so the lookup needs \"after\".").arg(where));
        }
    }
    if (!l.into.isEmpty()) {
        const Lookup* target = m_def.lookup(l.into);
        if (!target || !target->into.isEmpty())
            issue(n["into"], tr("%1 goes into \"%2\", which is not an earlier lookup with its own fields.")
                                 .arg(where, l.into));
        else if (n["fields"])
            issue(n["fields"],
                  tr("%1 goes into \"%2\" and takes its fields; leave \"fields\" out.").arg(where, l.into));
        else if (l.id.isEmpty())
            l.id = target->id;
    } else if (const YAML::Node f = n["fields"]) {
        const QString w = tr("\"fields\" of %1").arg(where);
        if (isMap(f, w)) {
            for (auto it = f.begin(); it != f.end(); ++it) {
                const QString path = q(it->first.Scalar());
                QStringList cats;
                if (it->second.IsScalar())
                    cats << q(it->second.Scalar()).trimmed();
                else if (it->second.IsSequence())
                    for (const YAML::Node& c : it->second)
                        cats << q(c.Scalar()).trimmed();
                for (const QString& c : cats) {
                    if (!DataCategories::isValid(c))
                        issue(it->second,
                              tr("unknown data category \"%1\" for field \"%2\" in %3.").arg(c, path, where));
                }
                if (cats.isEmpty())
                    issue(it->second, tr("field \"%1\" in %2 needs at least one category.").arg(path, where));
                l.fields << std::pair{path, cats};
            }
        }
    } else {
        issue(n, tr("%1 needs \"fields\": the record's fields and their data categories.").arg(where));
    }
    if (!l.after.isEmpty() || !l.request.path.isEmpty()) {
        // A follow-on read needs to know its parent's id to be useful; a root one uses it to drop duplicates.
        if (l.id.isEmpty() && !m_def.lookups.isEmpty())
            for (const Lookup& other : m_def.lookups)
                if (other.key == l.after && other.id.isEmpty())
                    issue(n, tr("%1 follows \"%2\", which declares no \"id\".").arg(where, l.after));
    }
}

void Parser::parseStep(const YAML::Node& n, ErasureStep& s, int index)
{
    s.line = n.Mark().line + 1;
    const QString where0 = tr("erasure step %1").arg(index + 1);
    if (!isMap(n, where0))
        return;
    checkKeys(n,
              {QStringLiteral("key"), QStringLiteral("name"), QStringLiteral("for"), QStringLiteral("after"),
               QStringLiteral("identity"), QStringLiteral("request"), QStringLiteral("effect"),
               QStringLiteral("gone"), QStringLiteral("job"), QStringLiteral("poll"), QStringLiteral("keeps"),
               QStringLiteral("headers")},
              where0);
    s.key = keyOf(n, where0);
    const QString where = s.key.isEmpty() ? where0 : tr("erasure step \"%1\"").arg(s.key);
    s.name = text(n, "name", where, true);
    s.forLookup = text(n, "for", where, false);
    s.afterStep = text(n, "after", where, false);
    s.identity = identity(n, where);
    const int starts =
        int(!s.forLookup.isEmpty()) + int(!s.afterStep.isEmpty()) + int(s.identity.has_value());
    if (starts != 1)
        issue(n,
              tr("%1 needs exactly one of \"for\" (a lookup), \"after\" (an earlier step) or \"identity\".")
                  .arg(where));
    QStringList scope;
    if (!s.forLookup.isEmpty()) {
        if (!m_def.lookup(s.forLookup))
            issue(n["for"], tr("%1 is for \"%2\", which is not a lookup.").arg(where, s.forLookup));
        for (const Lookup* up = m_def.lookup(s.forLookup); up;
             up = up->after.isEmpty() ? nullptr : m_def.lookup(up->after))
            scope << up->key;
    }
    if (!s.afterStep.isEmpty()) {
        const ErasureStep* before = m_def.step(s.afterStep);
        if (!before)
            issue(n["after"],
                  tr("%1 comes after \"%2\", which is not an earlier erasure step.").arg(where, s.afterStep));
        else if (before->job.isEmpty())
            issue(n["after"], tr("%1 comes after \"%2\", which starts no job (it has no \"job\").")
                                  .arg(where, s.afterStep));
        scope << s.afterStep;
    }
    if (n["request"])
        s.request = request(n["request"], tr("the request of %1").arg(where), scope);
    else
        issue(n, tr("%1 needs \"request\".").arg(where));
    if (const YAML::Node h = n["headers"])
        headers(h, tr("\"headers\" of %1").arg(where), scope, s.headers);
    static const QHash<QString, ErasureEffect> effects{{QStringLiteral("deleted"), ErasureEffect::Deleted},
                                                       {QStringLiteral("archived"), ErasureEffect::Archived},
                                                       {QStringLiteral("redacted"), ErasureEffect::Redacted},
                                                       {QStringLiteral("job"), ErasureEffect::Job},
                                                       {QStringLiteral("masked"), ErasureEffect::Masked},
                                                       {QStringLiteral("blocked"), ErasureEffect::Blocked}};
    const QString effect = text(n, "effect", where, true);
    if (!effect.isEmpty() && !effects.contains(effect))
        issue(n["effect"],
              tr("\"effect\" in %1 must be one of deleted, archived, redacted, job, masked, blocked, "
                 "not \"%2\".")
                  .arg(where, effect));
    s.effect = effects.value(effect, ErasureEffect::Deleted);
    s.gone = statuses(n, "gone", where);
    s.job = text(n, "job", where, false);
    s.keeps = text(n, "keeps", where, false);
    if (const YAML::Node p = n["poll"]) {
        const QString w = tr("\"poll\" of %1").arg(where);
        if (isMap(p, w)) {
            checkKeys(p,
                      {QStringLiteral("request"), QStringLiteral("status"), QStringLiteral("done"),
                       QStringLiteral("failed"), QStringLiteral("every"), QStringLiteral("give_up")},
                      w);
            if (s.job.isEmpty())
                issue(p, tr("%1 polls a job, so it needs \"job\": where the response holds the job id.")
                             .arg(where));
            Poll poll;
            QStringList pollScope = scope;
            pollScope << s.key;
            if (p["request"])
                poll.request = request(p["request"], w, pollScope);
            else
                issue(p, tr("%1 needs \"request\".").arg(w));
            poll.status = text(p, "status", w, true);
            poll.done = texts(p, "done", w);
            poll.failed = texts(p, "failed", w);
            if (poll.done.isEmpty())
                issue(p, tr("%1 needs \"done\": the statuses that mean the job finished.").arg(w));
            poll.everyMs = duration(p, "every", w, 2000);
            poll.giveUpMs = duration(p, "give_up", w, 600000);
            s.poll = poll;
        }
    }
}

void Parser::parseProcessor(const YAML::Node& root)
{
    if (const YAML::Node p = root["processor"]; p && isMap(p, tr("\"processor\""))) {
        checkKeys(p, {QStringLiteral("key"), QStringLiteral("name"), QStringLiteral("documentation")},
                  tr("\"processor\""));
        m_def.key = keyOf(p, tr("\"processor\""));
        m_def.name = text(p, "name", tr("\"processor\""), true);
        m_def.documentation = text(p, "documentation", tr("\"processor\""), false);
    } else if (!p) {
        issue(root, tr("the definition needs \"processor\" with its key and name."));
    }
}

void Parser::parseConnection(const YAML::Node& root)
{
    if (const YAML::Node c = root["connection"]; c && isMap(c, tr("\"connection\""))) {
        const QString w = tr("\"connection\"");
        checkKeys(c, {QStringLiteral("base_url"), QStringLiteral("parameters"), QStringLiteral("secret")}, w);
        m_def.baseUrl = text(c, "base_url", w, true);
        if (!m_def.baseUrl.isEmpty() && !m_def.baseUrl.startsWith(QLatin1String("https://")))
            issue(c["base_url"], tr("\"base_url\" must start with https://, not \"%1\".").arg(m_def.baseUrl));
        if (const YAML::Node ps = c["parameters"]) {
            if (!ps.IsSequence()) {
                issue(ps, tr("\"parameters\" in %1 must be a list.").arg(w));
            } else {
                for (const YAML::Node& pn : ps) {
                    const QString pw = tr("a parameter of %1").arg(w);
                    if (!isMap(pn, pw))
                        continue;
                    checkKeys(
                        pn,
                        {QStringLiteral("name"), QStringLiteral("description"), QStringLiteral("default")},
                        pw);
                    ConnectorParameter par;
                    par.name = text(pn, "name", pw, true);
                    par.description = text(pn, "description", pw, false);
                    par.defaultValue = text(pn, "default", pw, false);
                    par.required = par.defaultValue.isEmpty();
                    if (!par.name.isEmpty() && !keyPattern().match(par.name).hasMatch())
                        issue(pn["name"],
                              tr("parameter name \"%1\" must be lower-case letters, digits, - and _.")
                                  .arg(par.name));
                    m_params << par.name;
                    m_def.parameters << par;
                }
            }
        }
        m_def.secretDescription = text(c, "secret", w, false);
        checkTemplate(c["base_url"], m_def.baseUrl, w, {});
    } else if (!c) {
        issue(root, tr("the definition needs \"connection\" with its base_url."));
    }
}

void Parser::parseAuth(const YAML::Node& root)
{
    if (const YAML::Node a = root["auth"]; a && isMap(a, tr("\"auth\""))) {
        const QString w = tr("\"auth\"");
        checkKeys(a,
                  {QStringLiteral("kind"), QStringLiteral("name"), QStringLiteral("user"),
                   QStringLiteral("password")},
                  w);
        const QString kind = text(a, "kind", w, true);
        static const QHash<QString, AuthKind> kinds{{QStringLiteral("none"), AuthKind::None},
                                                    {QStringLiteral("bearer"), AuthKind::Bearer},
                                                    {QStringLiteral("basic"), AuthKind::Basic},
                                                    {QStringLiteral("header"), AuthKind::Header},
                                                    {QStringLiteral("query"), AuthKind::Query}};
        if (!kind.isEmpty() && !kinds.contains(kind))
            issue(
                a["kind"],
                tr("\"kind\" in %1 must be bearer, basic, header, query or none, not \"%2\".").arg(w, kind));
        m_def.auth = kinds.value(kind, AuthKind::Bearer);
        m_def.authName = text(a, "name", w, m_def.auth == AuthKind::Header || m_def.auth == AuthKind::Query);
        m_def.authUser = text(a, "user", w, m_def.auth == AuthKind::Basic);
        m_def.authPassword = text(a, "password", w, m_def.auth == AuthKind::Basic);
        checkTemplate(a["user"], m_def.authUser, w, {});
        checkTemplate(a["password"], m_def.authPassword, w, {});
    } else if (!a) {
        issue(root, tr("the definition needs \"auth\" (bearer, basic, header, query or none)."));
    }
}

void Parser::parseLimits(const YAML::Node& root)
{
    if (const YAML::Node l = root["limits"]; l && isMap(l, tr("\"limits\""))) {
        const QString w = tr("\"limits\"");
        checkKeys(l,
                  {QStringLiteral("concurrency"), QStringLiteral("timeout"), QStringLiteral("retries"),
                   QStringLiteral("remaining_header"), QStringLiteral("reset_header"),
                   QStringLiteral("reset_is_epoch"), QStringLiteral("retry_header")},
                  w);
        m_def.concurrency = number(l, "concurrency", w, 4, 1, 64);
        m_def.timeoutMs = duration(l, "timeout", w, 20000);
        m_def.retries = number(l, "retries", w, 4, 0, 20);
        m_def.rateRemaining = text(l, "remaining_header", w, false);
        m_def.rateReset = text(l, "reset_header", w, false);
        m_def.rateResetIsEpoch = text(l, "reset_is_epoch", w, false) == QLatin1String("true");
        m_def.retryHeader = text(l, "retry_header", w, false);
    }
}

void Parser::parseLookups(const YAML::Node& root)
{
    if (const YAML::Node ls = root["lookups"]; ls && ls.IsSequence()) {
        int i = 0;
        for (const YAML::Node& ln : ls) {
            Lookup l;
            parseLookup(ln, l, i++);
            if (!l.key.isEmpty() && m_def.lookup(l.key))
                issue(ln["key"], tr("lookup \"%1\" is declared twice.").arg(l.key));
            m_def.lookups << l;
        }
    } else if (ls) {
        issue(ls, tr("\"lookups\" must be a list."));
    }
}

void Parser::parseSteps(const YAML::Node& root)
{
    if (const YAML::Node es = root["erasure"]; es && es.IsSequence()) {
        int i = 0;
        for (const YAML::Node& en : es) {
            ErasureStep s;
            parseStep(en, s, i++);
            if (!s.key.isEmpty() && (m_def.step(s.key) || m_def.lookup(s.key)))
                issue(en["key"],
                      tr("\"%1\" names both an erasure step and another step or lookup.").arg(s.key));
            m_def.erasure << s;
        }
    } else if (es) {
        issue(es, tr("\"erasure\" must be a list."));
    }
}

ConnectorLoad Parser::run(const QByteArray& bytes)
{
    YAML::Node root;
    try {
        root = YAML::Load(bytes.toStdString());
    } catch (const YAML::ParserException& e) {
        m_issues << DataMapIssue{m_file, e.mark.line + 1, e.mark.column + 1,
                                 tr("not valid YAML: %1").arg(q(e.msg))};
        return {std::nullopt, m_issues};
    }
    if (!root.IsMap()) {
        m_issues << DataMapIssue{m_file, 1, 1, tr("a connector definition must be a mapping.")};
        return {std::nullopt, m_issues};
    }
    const QString top = tr("the definition");
    checkKeys(root,
              {QStringLiteral("lethe_connector"), QStringLiteral("processor"), QStringLiteral("connection"),
               QStringLiteral("auth"), QStringLiteral("headers"), QStringLiteral("limits"),
               QStringLiteral("errors"), QStringLiteral("test"), QStringLiteral("lookups"),
               QStringLiteral("erasure"), QStringLiteral("keeps"), QStringLiteral("idempotency_header")},
              top);
    const QString version = text(root, "lethe_connector", top, true);
    if (!version.isEmpty() && version != QLatin1String("1"))
        issue(
            root["lethe_connector"],
            tr("this program reads connector format 1, not \"%1\"; a newer Lethe may read it.").arg(version));

    parseProcessor(root);
    parseConnection(root);
    parseAuth(root);

    if (const YAML::Node h = root["headers"])
        headers(h, tr("\"headers\""), {}, m_def.headers);
    m_def.idempotencyHeader = text(root, "idempotency_header", top, false);
    if (!m_def.idempotencyHeader.isEmpty() && !headerName().match(m_def.idempotencyHeader).hasMatch())
        issue(root["idempotency_header"],
              tr("\"idempotency_header\" must be an HTTP header name (letters, digits and -), not \"%1\".")
                  .arg(m_def.idempotencyHeader));
    parseLimits(root);
    if (const YAML::Node e = root["errors"]; e && isMap(e, tr("\"errors\""))) {
        checkKeys(e, {QStringLiteral("message")}, tr("\"errors\""));
        m_def.errorMessage = texts(e, "message", tr("\"errors\""));
    }
    if (const YAML::Node t = root["test"])
        m_def.test = request(t, tr("\"test\""), {});

    parseLookups(root);
    parseSteps(root);
    if (m_def.lookups.isEmpty() && m_def.erasure.isEmpty())
        issue(root, tr("the definition declares neither lookups nor erasure steps."));
    m_def.keeps = texts(root, "keeps", top);
    m_def.file = m_file;

    if (!m_issues.isEmpty())
        return {std::nullopt, m_issues};
    return {m_def, {}};
}

} // namespace

ConnectorLoad ConnectorLoader::parse(const QByteArray& yaml, const QString& fileName)
{
    return Parser(fileName).run(yaml);
}

} // namespace lethe
