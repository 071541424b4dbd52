// lethe-cli demo: a workspace filled with demo requests and the five demo products' databases, and the
// demo's processor connections pointed at a running lethe-sandbox.

#include "Cli.h"
#include "CliIo.h"

#include "CredentialStore.h"
#include "DemoData.h"
#include "DemoProducts.h"
#include "ProcessorConnections.h"
#include "Workspace.h"
#include "WorkspaceOpener.h"

#include <QFile>
#include <QJsonArray>

namespace lethe {

using cli::out;
using cli::waitFor;

// ---- demo ------------------------------------------------------------------------------------------------

int Cli::demoInit(const QStringList& args)
{
    QCommandLineParser p;
    const QList<QCommandLineOption> opts = {
        {QStringLiteral("count"), tr("Number of demo requests (default %1).").arg(DemoData::kDefaultCount),
         tr("n"), QString::number(DemoData::kDefaultCount)},
        {QStringLiteral("scale"),
         tr("Size of the five demo product databases: 1 is about 150,000 rows in all, and rows grow in "
            "proportion (default 1)."),
         tr("n"), QStringLiteral("1")},
        {QStringLiteral("engine"),
         tr("Where the product databases go: sqlite (files in the workspace, the "
            "default), postgres or mariadb (with --connection)."),
         tr("engine"), QStringLiteral("sqlite")},
        {QStringLiteral("connection"),
         tr("The server for postgres or mariadb: ENGINE://USER@HOST:PORT[/PREFIX]; each product gets its own "
            "database, named PREFIX_product."),
         tr("url")},
        {QStringLiteral("password-key"), tr("Keychain key that holds the server password."), tr("key")},
        {QStringLiteral("replace"),
         tr("Drop the product tables first when they already exist on the server.")},
    };
    if (!parse(p, args, opts))
        return p.isSet(QStringLiteral("help")) ? Ok : Usage;
    if (!args.contains(QStringLiteral("--workspace")) && qEnvironmentVariableIsEmpty("LETHE_WORKSPACE"))
        m_workspace = QStringLiteral("demo");
    bool ok = false;
    const int count = p.value(QStringLiteral("count")).toInt(&ok);
    if (!ok || count <= 0 || count > 1000000)
        return fail(makeError(
            Error::Code::InvalidInput,
            tr("--count: \"%1\" must be between 1 and 1000000.").arg(p.value(QStringLiteral("count")))));
    const int scale = p.value(QStringLiteral("scale")).toInt(&ok);
    if (!ok || scale <= 0 || scale > 1000)
        return fail(makeError(
            Error::Code::InvalidInput,
            tr("--scale: \"%1\" must be between 1 and 1000.").arg(p.value(QStringLiteral("scale")))));
    DemoProducts::Target target;
    target.scale = scale;
    target.today = today();
    target.replace = p.isSet(QStringLiteral("replace"));
    const QString engineKey = p.value(QStringLiteral("engine"));
    const auto engine = ConnectionParams::parseEngine(engineKey);
    if (!engine)
        return fail(makeError(Error::Code::InvalidInput,
                              tr("--engine: \"%1\" must be sqlite, postgres or mariadb.").arg(engineKey)));
    if (*engine != ConnectionParams::Engine::Sqlite) {
        if (!p.isSet(QStringLiteral("connection")))
            return fail(makeError(Error::Code::InvalidInput,
                                  tr("--connection: required with --engine %1.").arg(engineKey)));
        auto parsedServer =
            ConnectionParams::fromUrl(p.value(QStringLiteral("connection")), QStringLiteral("--connection"),
                                      /*databaseRequired=*/false);
        if (!parsedServer)
            return fail(parsedServer.error());
        ConnectionParams server = *parsedServer;
        if (server.engine != *engine)
            return fail(makeError(Error::Code::InvalidInput,
                                  tr("--connection: the URL is for %1, but --engine says %2.")
                                      .arg(ConnectionParams::engineKey(server.engine), engineKey)));
        server.passwordKey = p.value(QStringLiteral("password-key"));
        auto resolved = resolveConnection(server);
        if (!resolved)
            return fail(resolved.error());
        target.server = *resolved;
    }
    auto ws = Workspaces::load(m_workspace);
    if (ws) {
        auto store = openStore();
        if (!store)
            return fail(store.error());
        auto n = (*store)->requestCount();
        if (n && *n > 0) {
            return fail(
                makeError(Error::Code::Conflict,
                          tr("Workspace %1 already holds %n request(s); demo data goes only into an empty "
                             "workspace.",
                             nullptr, int(*n))
                              .arg(ws->folder)));
        }
    } else {
        ws = Workspaces::create(m_workspace);
        if (!ws)
            return fail(ws.error());
    }
    auto params = resolveParams(*ws);
    if (!params)
        return fail(params.error());
    auto products = DemoProducts::populateWorkspace(ws->folder, *params, WorkspaceOpener::currentActor(),
                                                    count, QStringLiteral(":/demo"), target);
    if (!products)
        return fail(products.error());
    qint64 rows = 0;
    QJsonArray list;
    for (const DemoProduct& d : std::as_const(*products)) {
        rows += d.rows;
        list.append(QJsonObject{{QStringLiteral("system"), d.spec.system},
                                {QStringLiteral("name"), d.spec.name},
                                {QStringLiteral("map"), d.mapFile},
                                {QStringLiteral("database"), d.db.describe()},
                                {QStringLiteral("rows"), d.rows}});
    }
    if (m_json) {
        emitJson(QJsonObject{{QStringLiteral("workspace"), ws->folder},
                             {QStringLiteral("requests"), count},
                             {QStringLiteral("products"), list},
                             {QStringLiteral("rows"), rows}});
    } else {
        out() << tr("Demo workspace %1 holds %n request(s).", nullptr, count).arg(ws->folder) << Qt::endl;
        for (const DemoProduct& d : std::as_const(*products))
            out() << tr("  %1: %n row(s) in %2", nullptr, int(d.rows)).arg(d.spec.name, d.db.describe())
                  << Qt::endl;
    }
    return Ok;
}

int Cli::demoSandbox(const QStringList& args)
{
    QCommandLineParser p;
    const QList<QCommandLineOption> opts = {
        {QStringLiteral("ports-file"), tr("The ports file a running lethe-sandbox wrote (--ports-file)."),
         tr("file")},
    };
    if (!parse(p, args, opts))
        return p.isSet(QStringLiteral("help")) ? Ok : Usage;
    auto ws = Workspaces::load(m_workspace);
    if (!ws)
        return fail(ws.error());
    QFile ports(p.value(QStringLiteral("ports-file")));
    if (!ports.open(QIODevice::ReadOnly))
        return fail(
            makeError(Error::Code::InvalidInput,
                      tr("--ports-file: cannot read \"%1\": %2").arg(ports.fileName(), ports.errorString())));
    QFile tpl(QStringLiteral(":/sandbox/demo-connections.json"));
    if (!tpl.open(QIODevice::ReadOnly))
        return fail(
            makeError(Error::Code::NotFound, tr("This build carries no sandbox connection template.")));
    auto made = ProcessorConnections::fromSandboxTemplate(tpl.readAll(), ports.readAll());
    if (!made)
        return fail(made.error());
    QList<ProcessorConnection> list;
    for (const ProcessorConnections::WithSecret& w : *made) {
        const Status written =
            waitFor<Status>([&](auto done) { m_credentials->write(w.connection.secretKey, w.secret, done); });
        if (!written)
            return fail(written.error());
        list << w.connection;
    }
    if (Status st = ProcessorConnections::merge(ws->folder, list); !st)
        return fail(st.error());
    if (m_json)
        emitJson(QJsonObject{{QStringLiteral("connections"), int(list.size())}});
    else
        out() << tr("%n processor connection(s) now point at the sandbox.", nullptr, int(list.size()))
              << Qt::endl;
    return Ok;
}
} // namespace lethe
