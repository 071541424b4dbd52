#pragma once

#include "DataMap.h"
#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace lethe {

// The one policy for loading a workspace's data maps, used by every use case that works on its systems
// (preview, erasure, export, in the GUI and in lethe-cli alike): all of them or a refusal that names the map.
// A map with problems stops the work (its issues go to `issues`, the error names its file), and so does a
// workspace without maps: a preview that skipped a broken map would answer an access request without that
// system's data, an erasure would leave it in place, an export would seal a bundle without it.
class WorkspaceMaps
{
    Q_DECLARE_TR_FUNCTIONS(lethe::WorkspaceMaps)
public:
    // <workspace folder>/datamaps.
    static QString folder(const QString& workspaceFolder);
    // Every *.yaml and *.yml in folder(workspaceFolder), by file name.
    static QStringList files(const QString& workspaceFolder);
    // Every data map of the workspace, all or nothing.
    static Result<QList<DataMap>> load(const QString& workspaceFolder, QStringList* issues);
    // The maps in `files` (lethe-cli preview --map), all or nothing; none is no error.
    static Result<QList<DataMap>> loadFiles(const QStringList& files, QStringList* issues);
};

} // namespace lethe
