#pragma once

#include "DataMap.h"

#include <QByteArray>

namespace lethe {

// Writes a DataMap in our YAML format (docs/datamap.md), for tools that draft maps (Fides import,
// discovery). Sources are written with their connection but never a password.
class DataMapWriter
{
public:
    static QByteArray toYaml(const DataMap& map);
};

} // namespace lethe
