#include "WorkspaceMaps.h"

#include "DataMapLoader.h"

#include <QDir>

namespace lethe {

QString WorkspaceMaps::folder(const QString& workspaceFolder)
{
    return QDir(workspaceFolder).filePath(QStringLiteral("datamaps"));
}

QStringList WorkspaceMaps::files(const QString& workspaceFolder)
{
    const QDir dir(folder(workspaceFolder));
    QStringList out;
    for (const QString& f :
         dir.entryList({QStringLiteral("*.yaml"), QStringLiteral("*.yml")}, QDir::Files, QDir::Name))
        out << dir.filePath(f);
    return out;
}

Result<QList<DataMap>> WorkspaceMaps::loadFiles(const QStringList& files, QStringList* issues)
{
    QList<DataMap> maps;
    for (const QString& file : files) {
        const DataMapLoad load = DataMapLoader::load(file);
        if (!load.ok()) {
            if (issues)
                for (const DataMapIssue& i : load.issues)
                    *issues << i.toString();
            return makeError(Error::Code::InvalidInput,
                             tr("%1: the data map has problems; fix them first.").arg(file));
        }
        maps << *load.map;
    }
    return maps;
}

Result<QList<DataMap>> WorkspaceMaps::load(const QString& workspaceFolder, QStringList* issues)
{
    auto maps = loadFiles(files(workspaceFolder), issues);
    if (maps && maps->isEmpty())
        return makeError(Error::Code::InvalidInput,
                         tr("%1 holds no data maps.").arg(QDir(folder(workspaceFolder)).path()));
    return maps;
}

} // namespace lethe
