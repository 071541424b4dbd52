#pragma once

// Inside the demo generator: a column's value template ("{email}", "Call {first} about {pick:roof|gutter}",
// "{int:1:9}", "{parent.id}") compiled into segments, for the spec's checks and the fill.

#include <QList>
#include <QString>
#include <QStringList>

namespace lethe::demotemplate {

struct Segment
{
    QString literal; // when `func` is empty
    QString func;    // name, email, parent, int, ...
    QStringList args;
    int parentColumn = -1; // for parent.COL
};

struct Compiled
{
    QList<Segment> segments;
    bool single() const { return segments.size() == 1 && !segments[0].func.isEmpty(); }
};

Compiled compile(const QString& text, QString* error);

} // namespace lethe::demotemplate
