#include "SandboxProcess.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QThread>
#include <QTimer>
#include <QUrlQuery>

namespace lethe::test {

SandboxProcess::SandboxProcess(const QString& program, QStringList extraArgs)
{
    const QString portsFile = m_dir.filePath(QStringLiteral("ports.json"));
    m_process.setProgram(program);
    m_process.setArguments(QStringList{QStringLiteral("--ports-file"), portsFile} + extraArgs);
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.start();
    if (!m_process.waitForStarted(10000)) {
        m_error =
            QStringLiteral("lethe-sandbox did not start (%1): %2").arg(program, m_process.errorString());
        return;
    }
    QDeadlineTimer deadline(20000);
    while (!QFile::exists(portsFile) && !deadline.hasExpired()) {
        if (m_process.state() != QProcess::Running) {
            m_error =
                QStringLiteral("lethe-sandbox exited with %1 before it was ready").arg(m_process.exitCode());
            return;
        }
        QThread::msleep(20);
    }
    QFile f(portsFile);
    if (!f.open(QIODevice::ReadOnly)) {
        m_error = QStringLiteral("lethe-sandbox wrote no ports file within 20 s");
        return;
    }
    const QJsonObject ports = QJsonDocument::fromJson(f.readAll()).object();
    for (auto it = ports.begin(); it != ports.end(); ++it)
        m_ports.insert(it.key(), it.value().toInt());
    if (m_ports.size() < 12)
        m_error = QStringLiteral("lethe-sandbox reported %1 processors, not 12").arg(m_ports.size());
}

SandboxProcess::~SandboxProcess()
{
    if (m_process.state() == QProcess::Running) {
        m_process.terminate();
        if (!m_process.waitForFinished(5000))
            m_process.kill();
        m_process.waitForFinished(2000);
    }
}

QString SandboxProcess::url(const QString& processor, const QString& suffix) const
{
    return QStringLiteral("http://127.0.0.1:%1%2").arg(port(processor)).arg(suffix);
}

QByteArray SandboxProcess::admin(const QString& processor, const QByteArray& method, const QString& path,
                                 const QByteArray& body)
{
    QNetworkAccessManager network;
    QNetworkRequest req(QUrl(url(processor, path)));
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    req.setTransferTimeout(10000);
    QNetworkReply* reply = network.sendCustomRequest(req, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const QByteArray out = reply->readAll();
    const bool ok = reply->error() == QNetworkReply::NoError;
    reply->deleteLater();
    return ok ? out : QByteArray();
}

bool SandboxProcess::reset(const QString& processor)
{
    return !admin(processor, "POST", QStringLiteral("/__sandbox/reset")).isNull();
}

bool SandboxProcess::resetAll()
{
    bool ok = true;
    for (auto it = m_ports.begin(); it != m_ports.end(); ++it)
        ok = reset(it.key()) && ok;
    return ok;
}

bool SandboxProcess::faults(const QString& processor, const QJsonObject& spec)
{
    return !admin(processor, "POST", QStringLiteral("/__sandbox/faults"),
                  QJsonDocument(spec).toJson(QJsonDocument::Compact))
                .isNull();
}

QJsonArray SandboxProcess::requests(const QString& processor)
{
    return QJsonDocument::fromJson(admin(processor, "GET", QStringLiteral("/__sandbox/requests"))).array();
}

QJsonObject SandboxProcess::state(const QString& processor)
{
    return QJsonDocument::fromJson(admin(processor, "GET", QStringLiteral("/__sandbox/state"))).object();
}

int SandboxProcess::count(const QString& processor, const QString& pathPart, const QByteArray& method)
{
    int n = 0;
    for (const QJsonValue& v : requests(processor)) {
        const QJsonObject r = v.toObject();
        if (r.value(QStringLiteral("path")).toString().contains(pathPart) &&
            r.value(QStringLiteral("method")).toString() == QLatin1String(method))
            ++n;
    }
    return n;
}

QJsonObject SandboxProcess::comparableState(const QStringList& processors)
{
    QJsonObject all;
    for (const QString& p : processors) {
        QJsonObject st = state(p);
        for (const char* k : {"requests_served", "faults_pending", "latency_ms"})
            st.remove(QString::fromLatin1(k));
        QJsonObject accounts = st.value(QStringLiteral("accounts")).toObject();
        for (auto it = accounts.begin(); it != accounts.end(); ++it) {
            QJsonObject a = it.value().toObject();
            a.remove(QStringLiteral("idempotent_replays"));
            QJsonArray audit; // Supabase's audit entries carry the wall clock
            for (const QJsonValue& e : a.value(QStringLiteral("audit_log_entries")).toArray()) {
                QJsonObject o = e.toObject();
                o.remove(QStringLiteral("created_at"));
                audit << o;
            }
            if (a.contains(QStringLiteral("audit_log_entries")))
                a[QStringLiteral("audit_log_entries")] = audit;
            it.value() = a;
        }
        st[QStringLiteral("accounts")] = accounts;
        all.insert(p, st);
    }
    return all;
}

} // namespace lethe::test
