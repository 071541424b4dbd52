#pragma once

#include "SqlConnection.h"

#include <QHash>
#include <QJsonDocument>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace lethe::test {

// Call first in every test's initTestCase(): no test touches a real user's files.
void isolate();

// The servers scripts/test starts. Missing environment is a test failure with a message, never a skip.
bool postgresConfigured();
bool mariadbConfigured();
QString missingServerMessage(const char* engine);
ConnectionParams postgresAdmin();
ConnectionParams mariadbAdmin();

// From now on, in this process, `actor` is who acts (WorkspaceOpener::currentActor), in place of the OS
// login: a GUI test's officers and support leads. An empty name restores the OS login.
void actAs(const QString& actor);
// The OS login the shipped programs record as the actor.
QString osLogin();

// Runs lethe-cli (the path given at build time) with HOME and the XDG folders under `home`.
struct CliRun
{
    int code = -1;
    QByteArray out;
    QByteArray err;
    QJsonDocument json() const { return QJsonDocument::fromJson(out); }
};
// The environment runCli gives lethe-cli: HOME and the XDG folders under `home`, `extraEnv` added.
QProcessEnvironment cliEnvironment(const QString& home, const QHash<QString, QString>& extraEnv = {});
// `env` adds to or overrides the environment (LETHE_ACTOR and LETHE_TEST_CRASH_AT, which only
// lethe-cli-crashtest reads; the shipped lethe-cli records the OS login).
CliRun runCli(const QString& program, const QString& home, QStringList args, bool json = true,
              const QHash<QString, QString>& env = {}, int timeoutMs = 30000);

// Runs a standard tool (unzip, sha256sum, minisign, age) and returns its exit code; one that is not installed
// is a warning naming it and -100, so the test fails, never skips.
int runTool(const QString& program, const QStringList& args, const QString& dir = {},
            QByteArray* output = nullptr);

// A fresh, uniquely named database on the server, dropped when this object goes away.
class ScratchDatabase
{
public:
    explicit ScratchDatabase(ConnectionParams admin);
    ~ScratchDatabase();
    bool ok() const { return m_ok; }
    QString error() const { return m_error; }
    ConnectionParams params() const { return m_params; }

private:
    ConnectionParams m_admin;
    ConnectionParams m_params;
    bool m_ok = false;
    QString m_error;
};

// A database of the given engine for one test: a SQLite file in `dir`, or a scratch database on the server
// scripts/test started (a missing server is an error with a message, never a skip).
class EngineDatabase
{
public:
    EngineDatabase(ConnectionParams::Engine engine, const QTemporaryDir& dir, const QString& sqliteFile);
    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    ConnectionParams params() const { return m_params; }

private:
    std::unique_ptr<ScratchDatabase> m_scratch;
    ConnectionParams m_params;
    QString m_error;
};

// Drops the databases a demo install created on a server, whatever the test's outcome.
struct DropDatabases
{
    ConnectionParams admin;
    QStringList names;
    ~DropDatabases();
};

// For installing the demo products on `engine`'s server (nothing for SQLite): the server's admin connection
// with a fresh database prefix in `server`, and the databases `productDatabases` will become in `drop`.
// Returns why it cannot (a server scripts/test did not start), or an empty string.
QString demoServerTarget(ConnectionParams::Engine engine, const QStringList& productDatabases,
                         ConnectionParams* server, DropDatabases* drop);

} // namespace lethe::test

// Fails the test with the error's message unless `expr` (a Result or Status) is ok.
#define VERIFY_OK(expr)                                                                                      \
    do {                                                                                                     \
        const auto& r_ = (expr);                                                                             \
        QVERIFY2(r_.ok(), r_.ok() ? "" : qPrintable(r_.error().message));                                    \
    } while (false)
