#pragma once

#include "DataMap.h"

#include <QCoreApplication>

namespace lethe {

// One thing wrong with a data map, located in its file.
struct DataMapIssue
{
    QString file;
    int line = 0;   // 1-based; 0 when the file as a whole is meant
    int column = 0; // 1-based
    QString message;
    QString toString() const; // file:line:column: message
};

struct DataMapLoad
{
    std::optional<DataMap> map; // set only when there are no issues
    QList<DataMapIssue> issues;
    bool ok() const { return map.has_value(); }
};

// Reads our data map YAML and checks it whole: every issue is reported with its place, not just the first.
// Unknown keys, missing required keys, unknown categories, identity kinds and erasure strategies, references
// to missing tables or fields, duplicate names, inline passwords, retention rules on missing fields, and a
// declared identity kind that no field holds.
class DataMapLoader
{
    Q_DECLARE_TR_FUNCTIONS(lethe::DataMapLoader)
public:
    static DataMapLoad load(const QString& path);
    // `fileName` names the text in messages; relative SQLite paths resolve against `baseDir`.
    static DataMapLoad parse(const QByteArray& yaml, const QString& fileName, const QString& baseDir);
    // "7y", "24m", "90d" -> days (a year is 365 days, a month 30); -1 when malformed.
    static int parseDuration(const QString& text);
};

} // namespace lethe
