#pragma once

#include "DemoPopulation.h"
#include "Result.h"
#include "SqlConnection.h"

#include <QCoreApplication>
#include <QDate>

#include <functional>
#include <stop_token>

namespace lethe {

// How to fill one demo product database: a generation spec (resources/demo/*/generate.yaml, format in
// docs/demo.md). The spec names tables, column types, value templates and how many rows each parent row has;
// the generator knows nothing about any product. Shipped examples, not code paths.
struct DemoColumn
{
    QString name;
    QString type;  // id, int, text, long_text, timestamp, bool, decimal, uuid
    QString value; // template: literal text with {placeholders}
    double nullShare = 0;
    bool index = false;
    QString refTable; // a foreign key, when set
    QString refColumn;
    QString onDelete; // cascade, set null, restrict (default: the engine's)
    int line = 0;
};

struct DemoTable
{
    enum class Rows
    {
        Accounts, // one row per account holder of the product
        PerParent // between minCount and maxCount rows per row of `parent`
    };
    enum class Person
    {
        Parent, // the person of the parent row (default)
        Lead    // a person drawn from the whole population: a lead in someone's workspace
    };
    QString name;
    Rows rows = Rows::Accounts;
    QString parent;
    int minCount = 1;
    int maxCount = 1;
    Person person = Person::Parent;
    QStringList primaryKey;
    QList<DemoColumn> columns;
    int line = 0;
};

struct DemoSpec
{
    QString file;
    QString system;   // the data map's system key; the map is datamap.yaml beside the spec
    QString name;     // the product's name, for the demo requests
    QString database; // SQLite file stem, or database name on a server
    double accountShare = 0.2;
    QList<DemoTable> tables;
};

struct DemoFill
{
    qint64 rows = 0;
    QHash<QString, qint64> perTable;
};

class DemoGenerator
{
    Q_DECLARE_TR_FUNCTIONS(lethe::DemoGenerator)
public:
    // Reads and checks a spec; problems are reported as file:line: what is wrong.
    static Result<DemoSpec> loadSpec(const QString& file);

    struct Options
    {
        QDate today;          // dates are generated relative to it
        bool replace = false; // drop the spec's tables first when they exist
        int product = 0;      // this product's index among `products`, for account holders
        int products = 1;
        std::stop_token stop; // a stop request ends the work at its next step (Cancelled)
        std::function<void(const QString& table, qint64 rows)> progress;
    };
    // Creates the spec's tables (with primary keys, foreign keys and indexes) in the database and fills them
    // deterministically: the same population, day and spec give the same rows on every engine.
    static Result<DemoFill> fill(const DemoSpec& spec, const DemoPopulation& people,
                                 const ConnectionParams& db, const Options& options);
};

} // namespace lethe
