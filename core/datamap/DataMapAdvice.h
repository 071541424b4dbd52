#pragma once

#include "DataMapLoader.h"

#include <QCoreApplication>

namespace lethe {

// Advice on a map that loads: not errors (validate still says valid), but what a person should see before
// relying on the map. A map imported from Fides or drafted by discovery often has personal data and no
// erasure strategy: an erasure then keeps every row of those tables, and without a warning nobody notices.
class DataMapAdvice
{
    Q_DECLARE_TR_FUNCTIONS(lethe::DataMapAdvice)
public:
    // Tables with a personal-data category (anything but system.*) that erase nothing: every field `keep`
    // and no `erase: rows`. One warning per table, at the line that declares it.
    static QList<DataMapIssue> tablesErasingNothing(const DataMap& map);
    // Whether a table holds personal data by its fields' categories, and whether the map erases any of it.
    static bool holdsPersonalData(const Table& table);
    static bool erasesSomething(const Table& table);
};

} // namespace lethe
