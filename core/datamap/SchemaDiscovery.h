#pragma once

#include "DataMap.h"
#include "Result.h"

#include <QCoreApplication>

namespace lethe {

// What discovery proposes for one column, and why.
struct ColumnFinding
{
    QString table;
    QString schema; // PostgreSQL: the table's schema when it is not the connection's default
    QString column;
    QString type;
    QStringList categories;
    std::optional<IdentityKind> identity;
    double confidence = 0; // 0..1; 0 means no sign of personal data
    QStringList evidence;  // "name matches e?mail", "96% of 50 sampled values look like email addresses"
    qint64 length = -1;    // the most characters the column holds, when the database says; -1: unbounded
    bool nullable = true;
    // The erasure proposed from the category and the table's role, for a person to accept or change (the
    // draft map itself carries none): an email a keyed hash where 64 characters fit, else null; a name the
    // fixed "erased"; phones, addresses and other personal data null; keys and system.* kept. DeleteRow: the
    // table's rows are all personal and a person's (erase: rows).
    FieldErasure erasure;
};

struct DiscoveryResult
{
    DataMap draft; // for a person to review and complete (purposes, keys); validate refuses it until then
    QList<ColumnFinding> findings;
    QStringList notes; // tables without a primary key, columns that could not be sampled, ...
};

// Reads a live schema (SQLite, PostgreSQL, MariaDB): tables, columns, types, primary keys and foreign keys;
// samples a bounded number of values per text column; and proposes data categories and identity fields with a
// confidence and the evidence, using the column-name and value heuristics of ../shared/docs/domain.md.
// Foreign keys become references (the referenced column is known first). PostgreSQL: every schema of the
// database (tables outside the default one get `schema`; one whose name a table of the default schema
// already has goes to a source of its own for its schema), and a partitioned table or a parent of
// inheritance children is one table, its partitions and children read through it and not listed. MariaDB:
// the connection's database.
class SchemaDiscovery
{
    Q_DECLARE_TR_FUNCTIONS(lethe::SchemaDiscovery)
public:
    struct Options
    {
        int sampleRows = 100;
        QString systemKey;
    };
    static Result<DiscoveryResult> run(const ConnectionParams& params, const Options& options);

    // Value checks, exposed for tests.
    static bool luhn(const QString& digits);
    static bool iban(const QString& text);
};

} // namespace lethe
