#pragma once

#include "SqlConnection.h"
#include "Types.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace lethe {

// A system (a product) as Lethe knows it: the Art. 15 facts it must state, where its data lives, and per
// table which fields hold what, how each is erased and what must be kept. Written by people in YAML
// (docs/datamap.md); loaded and checked by DataMapLoader. Nothing in core knows a product's name.

struct Recipient
{
    QString name;
    QString role; // processor, controller, third party
    QString purpose;
    QString connection; // a processor reached through its API: the workspace connection's key
    QString manual;     // a processor without an API for subject data: what a person must do
    int line = 0;
};

struct Transfer
{
    QString to;        // country or region
    QString safeguard; // e.g. Standard Contractual Clauses
};

struct Art15Facts
{
    QStringList purposes;
    QStringList legalBases;
    QList<Recipient> recipients;
    QStringList sources;   // where data not collected from the subject came from
    QStringList retention; // periods or the criteria for them, as told to the subject
    QList<Transfer> transfers;
    QString automatedDecisions; // empty: none
    QString soldOrShared;       // CCPA: what is sold or shared and with whom; empty: not stated
};

enum class ErasureStrategy
{
    Keep,
    Null,
    Fixed,
    Hmac,
    DeleteRow
};

struct FieldErasure
{
    ErasureStrategy strategy = ErasureStrategy::Keep;
    QString fixedValue; // for Fixed
};

struct FieldRef
{
    QString table;
    QString field;
};

struct Field
{
    QString name;
    QStringList categories;
    std::optional<IdentityKind> identity;
    bool normalized = true; // false: stored values are not normalised (mixed case, national phone formats)
    // false: this column's reference names a person the row is not about (who invited, who served): the
    // search does not reach rows through it, and the row it points at is shown as related.
    bool follow = true;
    std::optional<FieldRef> references;
    FieldErasure erasure;
    int line = 0; // where it was declared, for messages
};

struct RetentionRule
{
    QString whenField;      // empty: every row of the table
    QStringList whenValues; // the row is kept when whenField holds one of these
    int keepDays = 0;       // from the date in fromField
    QString keepFor;        // as written: 7y, 90d, 24m
    QString fromField;
    QString basis; // the legal basis, shown in the erasure plan and the bundle
};

// A reference of several columns (a composite foreign key), declared on the table whose columns point:
// `columns` point at `to` of `table`, paired by position. A reference of one column may be written either
// way.
struct TableReference
{
    QStringList columns;
    QString table;
    QStringList to;
    int line = 0;
};

struct Table
{
    QString name;   // as the database spells it; unique in its source, whatever the schema
    QString schema; // PostgreSQL schema or MariaDB database; empty: the connection's default (the loader
                    // fills in the source's `schema`)
    QStringList primaryKey;
    QList<TableReference> references; // multi-column references (docs/datamap.md)
    bool deleteRows = false;          // erase whole rows rather than field by field
    // Whose data a row reached through a reference is: decided by the search (Auto: a person's row reached
    // through a reference, and what hangs off it, is about someone else), or said by the map.
    enum class About
    {
        Auto,
        Subject,
        Others
    };
    About about = About::Auto;
    QList<Field> fields;
    QList<RetentionRule> retention;
    int line = 0;

    const Field* field(const QString& name) const;
};

struct DataSource
{
    QString key;
    int line = 0;
    ConnectionParams connection; // password never here: connection.passwordKey names it in the keychain
    QString schema; // the default schema of its tables (PostgreSQL, MariaDB); empty: the connection's
    QList<Table> tables;

    const Table* table(const QString& name) const;
    // The source's tables as SQL names them, in order.
    QList<SqlConnection::TableName> tableNames() const;
};

struct DataMap
{
    QString file;
    QString key;  // identifier-like, stable
    QString name; // as shown to people
    QString description;
    Art15Facts art15;
    QList<IdentityKind> identities; // the kinds of identity this system can be searched by
    QList<DataSource> sources;
};

// The data categories we accept: fideslang-style dotted names, so Fides datasets map one to one, plus
// company-specific ones under custom. (custom.crm.lead_score).
class DataCategories
{
public:
    static const QStringList& known();
    static bool isValid(const QString& category);
    // Inheritance: a rule on "user.contact" covers "user.contact.email".
    static bool covers(const QString& parent, const QString& category);
};

} // namespace lethe
