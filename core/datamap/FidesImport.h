#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QStringList>

namespace lethe {

struct FidesImportOptions
{
    QString systemKey;  // default: the first dataset's fides_key, made lower-case
    QString systemName; // default: the first dataset's name
    QStringList
        purposes; // Fides datasets do not carry them: without any, the map is a draft validate refuses
};

struct FidesImportResult
{
    QByteArray yaml;        // our data map format
    QStringList notCarried; // everything that could not be carried over, one line each, with where it was
    int datasets = 0;
    int tables = 0;
    int fields = 0;
};

// Reads Fides dataset YAML files (../shared/docs/domain.md) and writes our data map: each dataset becomes a
// source, each collection a table; identities, references (every one, as a foreign-key fact on the column
// holding the foreign value, whatever Fides' processing direction), data categories, primary keys,
// nested fields and masking overrides are carried over where they map. Nothing is dropped silently.
class FidesImport
{
    Q_DECLARE_TR_FUNCTIONS(lethe::FidesImport)
public:
    static Result<FidesImportResult> run(const QStringList& files, const FidesImportOptions& options);
    // Old fideslang names (user.provided.identifiable.contact.email) to current ones (user.contact.email).
    static QString modernCategory(const QString& category);
};

} // namespace lethe
