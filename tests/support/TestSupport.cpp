#include "TestSupport.h"

#include "WorkspaceOpener.h"

#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

namespace lethe::test {

int runTool(const QString& program, const QStringList& args, const QString& dir, QByteArray* output)
{
    QProcess p;
    if (!dir.isEmpty())
        p.setWorkingDirectory(dir);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    if (!p.waitForStarted()) {
        qWarning("%s is not installed (scripts/setup installs it)", qPrintable(program));
        return -100;
    }
    p.waitForFinished(60000);
    if (output)
        *output = p.readAll();
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

void isolate()
{
    QStandardPaths::setTestModeEnabled(true);
}

bool postgresConfigured()
{
    return !qEnvironmentVariableIsEmpty("LETHE_TEST_PG_PORT");
}

bool mariadbConfigured()
{
    return !qEnvironmentVariableIsEmpty("LETHE_TEST_MYSQL_PORT");
}

QString missingServerMessage(const char* engine)
{
    return QStringLiteral(
               "No %1 server configured: run the suite through scripts/test, which starts one and sets "
               "LETHE_TEST_PG_* / LETHE_TEST_MYSQL_*.")
        .arg(QLatin1String(engine));
}

ConnectionParams postgresAdmin()
{
    ConnectionParams p;
    p.engine = ConnectionParams::Engine::Postgres;
    p.host = qEnvironmentVariable("LETHE_TEST_PG_HOST", QStringLiteral("127.0.0.1"));
    p.port = qEnvironmentVariableIntValue("LETHE_TEST_PG_PORT");
    p.user = qEnvironmentVariable("LETHE_TEST_PG_USER", QStringLiteral("postgres"));
    p.database = QStringLiteral("postgres");
    return p;
}

ConnectionParams mariadbAdmin()
{
    ConnectionParams p;
    p.engine = ConnectionParams::Engine::MariaDb;
    p.host = qEnvironmentVariable("LETHE_TEST_MYSQL_HOST", QStringLiteral("127.0.0.1"));
    p.port = qEnvironmentVariableIntValue("LETHE_TEST_MYSQL_PORT");
    p.user = qEnvironmentVariable("LETHE_TEST_MYSQL_USER", QStringLiteral("lethe"));
    p.password = qEnvironmentVariable("LETHE_TEST_MYSQL_PASSWORD");
    p.database = QString();
    return p;
}

namespace {
QString& actedAs()
{
    static QString actor;
    return actor;
}
} // namespace

void actAs(const QString& actor)
{
    actedAs() = actor;
    WorkspaceOpener::actorOverrideForTests =
        actor.isEmpty() ? WorkspaceOpener::ActorOverride() : +[] { return actedAs(); };
}

QString osLogin()
{
    const WorkspaceOpener::ActorOverride saved = WorkspaceOpener::actorOverrideForTests;
    WorkspaceOpener::actorOverrideForTests = nullptr;
    const QString login = WorkspaceOpener::currentActor();
    WorkspaceOpener::actorOverrideForTests = saved;
    return login;
}

QProcessEnvironment cliEnvironment(const QString& home, const QHash<QString, QString>& extraEnv)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    env.insert(QStringLiteral("LETHE_ACTOR"), QStringLiteral("cli-tester"));
    env.remove(QStringLiteral("LETHE_WORKSPACE"));
    for (auto it = extraEnv.cbegin(); it != extraEnv.cend(); ++it)
        env.insert(it.key(), it.value());
    return env;
}

CliRun runCli(const QString& program, const QString& home, QStringList args, bool json,
              const QHash<QString, QString>& extraEnv, int timeoutMs)
{
    QProcess p;
    p.setProcessEnvironment(cliEnvironment(home, extraEnv));
    if (json)
        args << QStringLiteral("--json");
    p.start(program, args);
    CliRun r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

ScratchDatabase::ScratchDatabase(ConnectionParams admin) : m_admin(std::move(admin))
{
    const QString name =
        QStringLiteral("lethe_t_%1").arg(QUuid::createUuid().toString(QUuid::Id128).left(16));
    SqlConnection c;
    if (Status s = c.open(m_admin); !s) {
        m_error = s.error().message;
        return;
    }
    QSqlQuery q(c.db());
    if (!q.exec(QStringLiteral("CREATE DATABASE %1").arg(name))) {
        m_error = q.lastError().text();
        return;
    }
    m_params = m_admin;
    m_params.database = name;
    m_ok = true;
}

ScratchDatabase::~ScratchDatabase()
{
    if (!m_ok)
        return;
    SqlConnection c;
    if (!c.open(m_admin))
        return;
    QSqlQuery q(c.db());
    const QString extra =
        m_admin.engine == ConnectionParams::Engine::Postgres ? QStringLiteral(" WITH (FORCE)") : QString();
    q.exec(QStringLiteral("DROP DATABASE IF EXISTS %1%2").arg(m_params.database, extra));
}

EngineDatabase::EngineDatabase(ConnectionParams::Engine engine, const QTemporaryDir& dir,
                               const QString& sqliteFile)
{
    if (engine == ConnectionParams::Engine::Sqlite) {
        m_params.path = dir.filePath(sqliteFile);
        return;
    }
    const bool postgres = engine == ConnectionParams::Engine::Postgres;
    if (postgres ? !postgresConfigured() : !mariadbConfigured()) {
        m_error = missingServerMessage(postgres ? "PostgreSQL" : "MariaDB");
        return;
    }
    m_scratch = std::make_unique<ScratchDatabase>(postgres ? postgresAdmin() : mariadbAdmin());
    if (!m_scratch->ok()) {
        m_error = m_scratch->error();
        return;
    }
    m_params = m_scratch->params();
}

DropDatabases::~DropDatabases()
{
    SqlConnection c;
    if (names.isEmpty() || !c.open(admin))
        return;
    QSqlQuery q(c.db());
    for (const QString& n : std::as_const(names))
        q.exec(QStringLiteral("DROP DATABASE IF EXISTS %1%2")
                   .arg(n, admin.engine == ConnectionParams::Engine::Postgres
                               ? QStringLiteral(" WITH (FORCE)")
                               : QString()));
}

QString demoServerTarget(ConnectionParams::Engine engine, const QStringList& productDatabases,
                         ConnectionParams* server, DropDatabases* drop)
{
    if (engine == ConnectionParams::Engine::Sqlite)
        return {};
    const bool pg = engine == ConnectionParams::Engine::Postgres;
    if (!(pg ? postgresConfigured() : mariadbConfigured()))
        return missingServerMessage(pg ? "PostgreSQL" : "MariaDB");
    *server = pg ? postgresAdmin() : mariadbAdmin();
    server->database = QStringLiteral("lethe_t_%1").arg(QUuid::createUuid().toString(QUuid::Id128).left(12));
    drop->admin = pg ? postgresAdmin() : mariadbAdmin();
    for (const QString& d : productDatabases)
        drop->names << server->database + QLatin1Char('_') + d;
    return {};
}

} // namespace lethe::test
