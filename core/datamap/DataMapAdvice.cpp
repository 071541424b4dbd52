#include "DataMapAdvice.h"

namespace lethe {

bool DataMapAdvice::holdsPersonalData(const Table& table)
{
    for (const Field& f : table.fields) {
        for (const QString& c : f.categories) {
            if (!c.startsWith(QLatin1String("system.")) && c != QLatin1String("system"))
                return true;
        }
    }
    return false;
}

bool DataMapAdvice::erasesSomething(const Table& table)
{
    if (table.deleteRows)
        return true;
    return std::any_of(table.fields.cbegin(), table.fields.cend(),
                       [](const Field& f) { return f.erasure.strategy != ErasureStrategy::Keep; });
}

QList<DataMapIssue> DataMapAdvice::tablesErasingNothing(const DataMap& map)
{
    QList<DataMapIssue> out;
    for (const DataSource& source : map.sources) {
        for (const Table& t : source.tables) {
            if (!holdsPersonalData(t) || erasesSomething(t))
                continue;
            QStringList personal;
            for (const Field& f : t.fields) {
                if (std::any_of(f.categories.cbegin(), f.categories.cend(),
                                [](const QString& c) { return !c.startsWith(QLatin1String("system")); }))
                    personal << f.name;
            }
            out << DataMapIssue{
                map.file, t.line, 1,
                tr("table \"%1\" of source \"%2\" holds personal data (%3) but the map erases "
                   "nothing in it: every field is kept and no row is deleted, so an erasure "
                   "keeps all of its rows. Give its fields an erasure strategy or set "
                   "\"erase: rows\".")
                    .arg(t.name, source.key, personal.join(QStringLiteral(", ")))};
        }
    }
    return out;
}

} // namespace lethe
