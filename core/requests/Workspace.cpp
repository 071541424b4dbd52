#include "Workspace.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>

namespace lethe {

namespace {
const QString kConfigFile = QStringLiteral("workspace.ini");
const QString kDbFile = QStringLiteral("workspace.db");
} // namespace

QString Workspaces::defaultRoot()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/workspaces");
}

bool Workspaces::isValidName(const QString& name)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"));
    return re.match(name).hasMatch();
}

QString Workspaces::resolveFolder(const QString& nameOrPath)
{
    if (nameOrPath.contains(QLatin1Char('/')))
        return QFileInfo(nameOrPath).absoluteFilePath();
    return defaultRoot() + QLatin1Char('/') + nameOrPath;
}

Result<WorkspaceInfo> Workspaces::create(const QString& nameOrPath,
                                         const std::optional<ConnectionParams>& server)
{
    if (!nameOrPath.contains(QLatin1Char('/')) && !isValidName(nameOrPath)) {
        return makeError(
            Error::Code::InvalidInput,
            tr("workspace: \"%1\" is not a valid name (letters, digits, dot, dash, underscore; at most "
               "64).")
                .arg(nameOrPath));
    }
    const QString folder = resolveFolder(nameOrPath);
    if (QFileInfo::exists(folder + QLatin1Char('/') + kConfigFile))
        return makeError(Error::Code::Conflict, tr("workspace: %1 already exists.").arg(folder));
    if (!QDir().mkpath(folder))
        return makeError(Error::Code::Storage, tr("workspace: cannot create folder %1.").arg(folder));
    if (server && server->engine != ConnectionParams::Engine::Postgres) {
        return makeError(Error::Code::InvalidInput,
                         tr("store: a workspace can live in SQLite or PostgreSQL, not %1.")
                             .arg(ConnectionParams::engineKey(server->engine)));
    }
    QSettings ini(folder + QLatin1Char('/') + kConfigFile, QSettings::IniFormat);
    ini.setValue(QStringLiteral("workspace/name"), QFileInfo(folder).fileName());
    ini.setValue(QStringLiteral("workspace/format"), 1);
    if (server) {
        ini.setValue(QStringLiteral("store/engine"), QStringLiteral("postgres"));
        ini.setValue(QStringLiteral("store/host"), server->host);
        ini.setValue(QStringLiteral("store/port"), server->port);
        ini.setValue(QStringLiteral("store/database"), server->database);
        ini.setValue(QStringLiteral("store/user"), server->user);
        ini.setValue(QStringLiteral("store/password_key"), server->passwordKey);
    } else {
        ini.setValue(QStringLiteral("store/engine"), QStringLiteral("sqlite"));
        ini.setValue(QStringLiteral("store/path"), kDbFile);
    }
    ini.sync();
    if (ini.status() != QSettings::NoError)
        return makeError(Error::Code::Storage, tr("workspace: cannot write %1/%2.").arg(folder, kConfigFile));
    return load(folder);
}

Result<WorkspaceInfo> Workspaces::load(const QString& nameOrPath)
{
    const QString folder = resolveFolder(nameOrPath);
    const QString file = folder + QLatin1Char('/') + kConfigFile;
    if (!QFileInfo::exists(file)) {
        return makeError(
            Error::Code::NotFound,
            tr("workspace: there is no workspace at %1 (no %2). Create one with `lethe-cli workspace "
               "init`.")
                .arg(folder, kConfigFile));
    }
    QSettings ini(file, QSettings::IniFormat);
    if (ini.status() != QSettings::NoError)
        return makeError(Error::Code::InvalidInput, tr("%1: the file cannot be parsed.").arg(file));
    WorkspaceInfo w;
    w.folder = folder;
    w.name = ini.value(QStringLiteral("workspace/name"), QFileInfo(folder).fileName()).toString();
    const QString engine = ini.value(QStringLiteral("store/engine"), QStringLiteral("sqlite")).toString();
    const auto e = ConnectionParams::parseEngine(engine);
    if (!e || *e == ConnectionParams::Engine::MariaDb) {
        return makeError(
            Error::Code::InvalidInput,
            tr("%1: store/engine \"%2\" is not supported (expected sqlite or postgres).").arg(file, engine));
    }
    w.store.engine = *e;
    if (*e == ConnectionParams::Engine::Sqlite) {
        const QString path = ini.value(QStringLiteral("store/path"), kDbFile).toString();
        w.store.path = QDir(folder).absoluteFilePath(path);
    } else {
        w.store.host = ini.value(QStringLiteral("store/host")).toString();
        bool ok = false;
        w.store.port = ini.value(QStringLiteral("store/port"), 5432).toInt(&ok);
        if (!ok || w.store.port <= 0 || w.store.port > 65535) {
            return makeError(Error::Code::InvalidInput,
                             tr("%1: store/port \"%2\" is not a port number.")
                                 .arg(file, ini.value(QStringLiteral("store/port")).toString()));
        }
        w.store.database = ini.value(QStringLiteral("store/database")).toString();
        w.store.user = ini.value(QStringLiteral("store/user")).toString();
        w.store.passwordKey = ini.value(QStringLiteral("store/password_key")).toString();
        for (const auto& [field, value] :
             {std::pair{"store/host", w.store.host}, std::pair{"store/database", w.store.database},
              std::pair{"store/user", w.store.user}}) {
            if (value.isEmpty())
                return makeError(Error::Code::InvalidInput,
                                 tr("%1: %2 is missing.").arg(file, QLatin1String(field)));
        }
    }
    return w;
}

QList<WorkspaceInfo> Workspaces::list(const QString& root)
{
    QList<WorkspaceInfo> out;
    const QDir dir(root);
    for (const QString& sub : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        if (auto w = load(dir.absoluteFilePath(sub)))
            out << *w;
    }
    return out;
}

} // namespace lethe
