#pragma once

// Inside SchemaDiscovery: the column-name and value heuristics, and the second pass that judges a column by
// its table's role. Not used outside core/datamap.

#include "SchemaDiscovery.h"
#include "SqlConnection.h"

#include <QList>
#include <QMetaType>
#include <QRegularExpression>

#include <functional>
#include <optional>

namespace lethe::discovery {

// The column's type as a person reads it: the family Qt's driver reports (SQLite declares little more).
QString typeFamily(QMetaType type);

// How a name rule's finding depends on the column's table.
enum class Role
{
    Any,       // personal wherever it is (an email, a first name, a card number)
    Personal,  // only in a person's table or one that reaches a person (a bare "name", a photo): in a
               // catalogue (product.name, album.picture) it names a thing
    PlaceWord, // a city, country, state or district: a catalogue of places (city.city) holds no one's address
    PersonOnly, // only in a table of people: a job title or a company says something of a person, an album's
                // title does not
};

struct NameRule
{
    const char* pattern;
    const char* category;
    std::optional<IdentityKind> identity;
    Role role = Role::Any;
};

// Column-name heuristics (case-insensitive), as open-source scanners use them. First match wins, so the more
// specific come first (ip_address is an IP address, not a street; card_code a security code).
const QList<NameRule>& nameRules();

// nameRules()' patterns compiled once, in the same order: a pattern compiled per column (and JIT-compiled on
// its first match) made discovery of a 1,000-table schema take seconds of compiling alone
// (bench/bench_schema_scale.cpp).
const QList<QRegularExpression>& nameRuleExpressions();

// A column that holds a key: its own table's (id), another table's (a foreign key, customer_id, ArtistId).
bool idLike(const QString& name);

struct ValueRule
{
    const char* what;
    const char* category;
    std::optional<IdentityKind> identity;
    std::function<bool(const QString&)> test;
};

const QList<ValueRule>& valueRules();

// One column as the first pass saw it, for the second pass that judges it by its table's role.
struct Column
{
    int table = 0, field = 0, finding = 0;
    Role role = Role::Any;
    bool byValue = false;      // the sampled values decided the category (they are not second-guessed)
    bool wholeNumbers = false; // an integer type, or every sampled value is a whole number
    QString parent;            // the table a foreign key of this column alone points at
};

// The second pass (TableRoles.cpp): each column judged by its table's role, and an erasure proposed.
void judgeByTableRole(DataSource& source, QList<ColumnFinding>& findings, const QList<Column>& columns,
                      const QList<SqlConnection::CompositeKey>& composite);

} // namespace lethe::discovery
