#pragma once

#include "DemoGenerator.h"

namespace lethe {

// The demo products: a folder of subfolders, each with a generation spec (generate.yaml) and the product's
// data map (datamap.yaml). Installing them fills one database per product (SQLite files beside the maps, or
// databases on a PostgreSQL or MariaDB server) and writes each map, pointed at its database, into a
// workspace's datamaps/ folder, where the preview finds them.
struct DemoProduct
{
    DemoSpec spec;
    QString mapFile;     // the installed data map
    ConnectionParams db; // where its data went (password not kept)
    qint64 rows = 0;
};

class DemoProducts
{
    Q_DECLARE_TR_FUNCTIONS(lethe::DemoProducts)
public:
    // The specs under `folder`, in folder-name order.
    static Result<QList<DemoSpec>> load(const QString& folder);

    struct Target
    {
        // Sqlite: files in the datamaps folder. Postgres or MariaDB: the server, the user and the password;
        // `database`, when set, prefixes each product's database name ("demo" gives demo_leadsgen).
        ConnectionParams server;
        bool replace = false; // drop the products' tables first when they exist
        int scale = 1;
        QDate today;
        std::stop_token stop; // a stop request ends the work at its next step (Cancelled)
        std::function<void(const QString& product, const QString& table, qint64 rows)> progress;
    };
    static Result<QList<DemoProduct>> install(const QList<DemoSpec>& specs, const QString& datamapsFolder,
                                              const Target& target);

    // The whole demo workspace: the products installed into `workspaceFolder`/datamaps, then `requests` demo
    // requests (DemoData) in the store, pointing at the products' known people. Returns the products.
    static Result<QList<DemoProduct>> populateWorkspace(const QString& workspaceFolder,
                                                        const ConnectionParams& store, const QString& actor,
                                                        int requests, const QString& specsFolder,
                                                        const Target& target);

    // The names of the products in which demo person `person` holds an account.
    static QStringList productsOf(const QList<DemoSpec>& specs, int person);
};

} // namespace lethe
