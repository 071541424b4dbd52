#include "SandboxServer.h"

#include <QHttpServerRequest>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include <cstdio>
#include <optional>

namespace lethe::sandbox {

namespace {

QByteArray methodName(QHttpServerRequest::Method m)
{
    switch (m) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    default:
        return "UNKNOWN";
    }
}

QByteArray reason(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 202:
        return "Accepted";
    case 204:
        return "No Content";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 409:
        return "Conflict";
    case 422:
        return "Unprocessable Entity";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    default:
        return "Status";
    }
}

Req copyRequest(const QHttpServerRequest& request)
{
    Req r;
    r.method = methodName(request.method());
    r.path = request.url().path();
    r.query = request.query();
    r.rawQuery = request.url().query(QUrl::FullyEncoded);
    const auto headers = request.headers();
    for (const auto& h : headers)
        r.headers.insert(h.first.toLower(), h.second);
    r.body = request.body();
    r.host = QString::fromUtf8(r.headers.value("host"));
    return r;
}

} // namespace

SandboxServer::SandboxServer(std::unique_ptr<Processor> processor, const SeedData* seed, int latencyMs,
                             bool verbose, QObject* parent)
    : QAbstractHttpServer(parent), m_processor(std::move(processor)), m_seed(seed), m_baseLatency(latencyMs),
      m_latency(latencyMs), m_verbose(verbose)
{
    m_processor->reset(*m_seed);
}

SandboxServer::~SandboxServer() = default;

bool SandboxServer::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket)
{
    const Req req = copyRequest(request);
    const bool close = req.header("connection").compare(QLatin1String("close"), Qt::CaseInsensitive) == 0;
    if (req.path.startsWith(QLatin1String("/__sandbox/"))) {
        send(socket, admin(req), 0, Delivery::Normal, close);
        return true;
    }

    std::optional<Fault> fault;
    if (!m_faults.isEmpty() && (m_match.isEmpty() || req.path.contains(m_match)) &&
        (m_matchMethod.isEmpty() || req.method == m_matchMethod))
        fault = m_faults.takeFirst();

    int delay = m_latency;
    Delivery delivery = Delivery::Normal;
    Resp resp;
    if (fault && fault->kind == QLatin1String("429")) {
        resp = m_processor->tooManyRequests(fault->retryAfter);
    } else if (fault && fault->kind == QLatin1String("500")) {
        resp = m_processor->serverError();
    } else {
        // The request reached the processor: a malformed, dropped or slow answer still did the work.
        resp = m_processor->handle(req);
        if (fault && fault->kind == QLatin1String("malformed"))
            delivery = Delivery::Malformed;
        else if (fault && fault->kind == QLatin1String("drop"))
            delivery = Delivery::Drop;
        else if (fault && fault->kind == QLatin1String("slow"))
            delay += fault->ms;
    }

    const int logged = delivery == Delivery::Drop ? 0 : delivery == Delivery::Malformed ? 200 : resp.status;
    m_log.append(QJsonObject{{QStringLiteral("method"), QString::fromLatin1(req.method)},
                             {QStringLiteral("path"), req.path},
                             {QStringLiteral("query"), req.rawQuery},
                             {QStringLiteral("status"), logged}});
    if (m_verbose) {
        // Method, path and status only: queries and bodies hold addresses.
        std::fprintf(stderr, "%s %s %s %d\n", qPrintable(key()), req.method.constData(), qPrintable(req.path),
                     logged);
    }
    send(socket, resp, delay, delivery, close);
    return true;
}

void SandboxServer::missingHandler(const QHttpServerRequest& request, QTcpSocket* socket)
{
    Q_UNUSED(request);
    send(socket, Resp::json(404, QJsonObject{{QStringLiteral("error"), QStringLiteral("not found")}}), 0,
         Delivery::Normal, false);
}

void SandboxServer::send(QTcpSocket* socket, const Resp& resp, int delayMs, Delivery delivery, bool close)
{
    QByteArray out;
    QByteArray body = resp.body;
    int status = resp.status;
    if (delivery == Delivery::Malformed) {
        status = 200;
        body = body.isEmpty() ? QByteArray("{\"") : body.left(qMax<qsizetype>(1, body.size() / 2));
    }
    out += "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason(status) + "\r\n";
    if (!resp.contentType.isEmpty() || delivery != Delivery::Normal)
        out += "Content-Type: " +
               (resp.contentType.isEmpty() ? QByteArray("application/json") : resp.contentType) + "\r\n";
    for (const auto& h : resp.headers)
        out += h.first + ": " + h.second + "\r\n";
    if (delivery == Delivery::Drop) {
        // Promise a body, send a scrap of it, close: the client sees the connection cut mid-response
        // (RemoteHostClosedError), not a response it could parse, and has no reason to resend by itself.
        out += "Content-Length: 100000\r\n\r\n{\"dat";
    } else if (status == 204 || status == 304) {
        out += "\r\n";
    } else {
        out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
        if (close)
            out += "Connection: close\r\n";
        out += "\r\n" + body;
    }

    const bool cut = delivery == Delivery::Drop;
    auto write = [socket, out, cut, close]() {
        if (socket->state() != QAbstractSocket::ConnectedState)
            return;
        socket->write(out);
        if (cut || close)
            socket->disconnectFromHost();
    };
    if (delayMs > 0)
        QTimer::singleShot(delayMs, socket, write); // the socket as context: no write after it is gone
    else
        write();
}

Resp SandboxServer::admin(const Req& req)
{
    const QString what = req.path.mid(QStringLiteral("/__sandbox/").size());
    if (req.method == "POST" && what == QLatin1String("faults"))
        return setFaults(req);
    if (req.method == "POST" && what == QLatin1String("reset")) {
        m_processor->reset(*m_seed);
        m_faults.clear();
        m_match.clear();
        m_matchMethod.clear();
        m_log = QJsonArray();
        m_latency = m_baseLatency;
        return Resp::json(QJsonObject{{QStringLiteral("ok"), true}});
    }
    if (req.method == "GET" && what == QLatin1String("requests"))
        return Resp::json(m_log);
    if (req.method == "GET" && what == QLatin1String("state")) {
        QJsonObject s = m_processor->state();
        s.insert(QStringLiteral("processor"), key());
        s.insert(QStringLiteral("faults_pending"), int(m_faults.size()));
        s.insert(QStringLiteral("latency_ms"), m_latency);
        s.insert(QStringLiteral("requests_served"), int(m_log.size()));
        return Resp::json(s);
    }
    return Resp::json(
        404, QJsonObject{{QStringLiteral("error"), QStringLiteral("unknown sandbox endpoint: %1 %2")
                                                       .arg(QString::fromLatin1(req.method), req.path)}});
}

Resp SandboxServer::setFaults(const Req& req)
{
    bool ok = false;
    const QJsonObject o = req.jsonObject(&ok);
    if (!ok)
        return Resp::json(
            400, QJsonObject{{QStringLiteral("error"), QStringLiteral("body must be a JSON object")}});
    QList<Fault> faults;
    const QJsonArray list = o.value(QStringLiteral("faults")).toArray();
    for (const QJsonValue& v : list) {
        const QJsonObject f = v.toObject();
        Fault fault;
        fault.kind = f.value(QStringLiteral("kind")).toVariant().toString();
        fault.retryAfter = f.value(QStringLiteral("retry_after")).toInt(1);
        fault.ms = f.value(QStringLiteral("ms")).toInt(3000);
        static const QStringList kinds = {QStringLiteral("429"), QStringLiteral("500"),
                                          QStringLiteral("malformed"), QStringLiteral("drop"),
                                          QStringLiteral("slow")};
        if (!kinds.contains(fault.kind)) {
            return Resp::json(400, QJsonObject{{QStringLiteral("error"),
                                                QStringLiteral("unknown fault kind '%1'; one of %2")
                                                    .arg(fault.kind, kinds.join(QStringLiteral(", ")))}});
        }
        const int count = f.value(QStringLiteral("count")).toInt(1);
        for (int i = 0; i < count; ++i)
            faults << fault;
    }
    m_faults = faults;
    m_match = o.value(QStringLiteral("match")).toString();
    m_matchMethod = o.value(QStringLiteral("method")).toString().toUpper().toLatin1(); // e.g. only DELETEs
    if (o.contains(QStringLiteral("latency_ms")))
        m_latency = o.value(QStringLiteral("latency_ms")).toInt();
    return Resp::json(QJsonObject{{QStringLiteral("ok"), true},
                                  {QStringLiteral("queued"), int(m_faults.size())},
                                  {QStringLiteral("latency_ms"), m_latency}});
}

} // namespace lethe::sandbox
