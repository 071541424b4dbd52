#pragma once

#include "Result.h"
#include "SqlConnection.h"

#include <QCoreApplication>
#include <QList>

namespace lethe {

// A workspace is a folder holding `workspace.ini` (which store it uses) and, for the SQLite default, the
// database file `workspace.db`. A workspace on PostgreSQL names the server, database and user; its password
// lives in the keychain under `passwordKey`, never in the folder.
struct WorkspaceInfo
{
    QString name;
    QString folder;
    ConnectionParams store;
};

class Workspaces
{
    Q_DECLARE_TR_FUNCTIONS(lethe::Workspaces)
public:
    // AppDataLocation/workspaces
    static QString defaultRoot();
    // A bare name means defaultRoot()/name; anything with a slash is a folder path.
    static QString resolveFolder(const QString& nameOrPath);
    static bool isValidName(const QString& name);

    // Creates the folder and its workspace.ini. `server` (optional) makes it a PostgreSQL workspace.
    static Result<WorkspaceInfo> create(const QString& nameOrPath,
                                        const std::optional<ConnectionParams>& server = {});
    static Result<WorkspaceInfo> load(const QString& nameOrPath);
    static QList<WorkspaceInfo> list(const QString& root = defaultRoot());
};

} // namespace lethe
