#include "YamlChecker.h"

namespace lethe {

void YamlChecker::issue(const YAML::Mark& at, const QString& message)
{
    m_issues << DataMapIssue{m_file, at.line + 1, at.column + 1, message};
}

bool YamlChecker::isMap(const YAML::Node& n, const QString& what)
{
    if (n.IsMap())
        return true;
    issue(n, tr("%1 must be a mapping of keys to values.").arg(what));
    return false;
}

void YamlChecker::checkKeys(const YAML::Node& map, const QStringList& allowed, const QString& where)
{
    for (auto it = map.begin(); it != map.end(); ++it) {
        const QString key = q(it->first.Scalar());
        if (!allowed.contains(key)) {
            issue(it->first, tr("unknown key \"%1\" in %2 (expected one of: %3).")
                                 .arg(key, where, allowed.join(QStringLiteral(", "))));
        }
    }
}

QString YamlChecker::text(const YAML::Node& map, const char* key, const QString& where, bool required)
{
    const YAML::Node v = map[key];
    if (!v) {
        if (required)
            issue(map, tr("%1 needs \"%2\".").arg(where, QLatin1String(key)));
        return {};
    }
    if (!v.IsScalar()) {
        issue(v, tr("\"%1\" in %2 must be a single value.").arg(QLatin1String(key), where));
        return {};
    }
    const QString s = q(v.Scalar()).trimmed();
    if (s.isEmpty() && required)
        issue(v, tr("\"%1\" in %2 must not be empty.").arg(QLatin1String(key), where));
    return s;
}

QStringList YamlChecker::texts(const YAML::Node& map, const char* key, const QString& where)
{
    const YAML::Node v = map[key];
    QStringList out;
    if (!v)
        return out;
    if (v.IsScalar()) {
        out << q(v.Scalar()).trimmed();
    } else if (v.IsSequence()) {
        for (const YAML::Node& item : v) {
            if (item.IsScalar())
                out << q(item.Scalar()).trimmed();
            else
                issue(
                    item,
                    tr("each entry of \"%1\" in %2 must be a single value.").arg(QLatin1String(key), where));
        }
    } else {
        issue(v, tr("\"%1\" in %2 must be a list.").arg(QLatin1String(key), where));
    }
    return out;
}

} // namespace lethe
