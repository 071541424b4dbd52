#pragma once

#include "DataMapLoader.h"

#include <QCoreApplication>
#include <QStringList>

#include <yaml-cpp/yaml.h>

namespace lethe {

// The checks every YAML file of ours needs (data maps, connector definitions): each problem is collected
// with its file:line:column rather than stopping at the first. Loaders derive from it.
class YamlChecker
{
    Q_DECLARE_TR_FUNCTIONS(lethe::YamlChecker)
public:
    explicit YamlChecker(QString file) : m_file(std::move(file)) {}

protected:
    static QString q(const std::string& s) { return QString::fromStdString(s); }
    void issue(const YAML::Mark& at, const QString& message);
    void issue(const YAML::Node& at, const QString& message) { issue(at.Mark(), message); }
    bool isMap(const YAML::Node& n, const QString& what);
    void checkKeys(const YAML::Node& map, const QStringList& allowed, const QString& where);
    // A scalar value; empty when absent (reported when required) or not a scalar (always reported).
    QString text(const YAML::Node& map, const char* key, const QString& where, bool required);
    // A list of scalars, or one scalar taken as a list of one.
    QStringList texts(const YAML::Node& map, const char* key, const QString& where);

    QString m_file;
    QList<DataMapIssue> m_issues;
};

} // namespace lethe
