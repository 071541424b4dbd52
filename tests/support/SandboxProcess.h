#pragma once

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

namespace lethe::test {

// lethe-sandbox started for one test run: a private ports file, the servers on free ports, stopped with the
// object. The admin calls (faults, reset, the request log) are made synchronously.
class SandboxProcess
{
public:
    explicit SandboxProcess(const QString& program, QStringList extraArgs = {});
    ~SandboxProcess();
    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    QString portsFile() const { return m_dir.filePath(QStringLiteral("ports.json")); }
    int port(const QString& processor) const { return m_ports.value(processor); }
    QString url(const QString& processor, const QString& suffix = {}) const;

    bool reset(const QString& processor);
    bool resetAll();
    bool faults(const QString& processor, const QJsonObject& spec);
    QJsonArray requests(const QString& processor);
    QJsonObject state(const QString& processor);
    // The processors' states by name, without what differs between two runs that did the same (request
    // counters, pending faults, latency, idempotent replays, Supabase's audit timestamps): for comparing a
    // killed-and-resumed erasure with a clean one.
    QJsonObject comparableState(const QStringList& processors);
    // The API requests served since the reset whose path contains `pathPart`.
    int count(const QString& processor, const QString& pathPart, const QByteArray& method = "GET");

private:
    QByteArray admin(const QString& processor, const QByteArray& method, const QString& path,
                     const QByteArray& body = {});

    QTemporaryDir m_dir;
    QProcess m_process;
    QHash<QString, int> m_ports;
    QString m_error;
};

} // namespace lethe::test
