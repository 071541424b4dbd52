#pragma once

#include "Result.h"
#include "SqlConnection.h"

#include <QCoreApplication>

namespace lethe {

// Numbered schema migrations of the workspace store, applied in order on open, each in a transaction.
// A database whose version is newer than the program knows is refused, never touched.
class Migrations
{
    Q_DECLARE_TR_FUNCTIONS(lethe::Migrations)
public:
    static int latestVersion();
    static Result<int> currentVersion(QSqlDatabase db);
    // Returns the version the database is at afterwards.
    static Result<int> apply(QSqlDatabase db, ConnectionParams::Engine engine, const QString& where);
};

} // namespace lethe
