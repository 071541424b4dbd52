#include "ProcessorSearch.h"

#include "Log.h"

#include <QDateTime>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTimer>

// ProcessorClient: one connection's HTTP calls (auth, concurrency, retries, Retry-After, TLS, same origin).

namespace lethe {

namespace {

bool isLoopback(const QString& host)
{
    if (host == QLatin1String("localhost"))
        return true;
    const QHostAddress a(host);
    return !a.isNull() && a.isLoopback();
}

} // namespace

ProcessorClient::ProcessorClient(const ConnectorDefinition& definition, const ProcessorConnection& connection,
                                 QString secret, QNetworkAccessManager* network, QObject* parent)
    : QObject(parent), m_def(definition), m_conn(connection), m_secret(std::move(secret)), m_network(network)
{
    TemplateContext ctx;
    ctx.params = m_conn.parameters;
    for (const ConnectorParameter& p : m_def.parameters)
        if (!ctx.params.contains(p.name) && !p.defaultValue.isEmpty())
            ctx.params.insert(p.name, p.defaultValue);
    m_conn.parameters = ctx.params;
    QStringList missing;
    const QString base =
        Templates::fill(m_conn.baseUrl.isEmpty() ? m_def.baseUrl : m_conn.baseUrl, ctx, &missing);
    m_base = QUrl(base, QUrl::StrictMode);
    if (!missing.isEmpty())
        m_problem = tr("%1: the connection \"%2\" lacks the parameter(s) %3.")
                        .arg(m_def.name, m_conn.key, missing.join(QStringLiteral(", ")));
    else if (!m_base.isValid() || m_base.host().isEmpty())
        m_problem =
            tr("%1: the base URL of the connection \"%2\" is not a valid URL.").arg(m_def.name, m_conn.key);
    else if (m_base.scheme() != QLatin1String("https") &&
             !(m_base.scheme() == QLatin1String("http") && isLoopback(m_base.host())))
        m_problem = tr("%1: the connection \"%2\" must use https (plain http only to this machine, for the "
                       "sandbox), not %3.")
                        .arg(m_def.name, m_conn.key, m_base.scheme());
    for (const ConnectorParameter& p : m_def.parameters) {
        if (p.required && m_conn.parameters.value(p.name).isEmpty() && m_problem.isEmpty())
            m_problem = tr("%1: the connection \"%2\" needs the parameter \"%3\" (%4).")
                            .arg(m_def.name, m_conn.key, p.name, p.description);
    }
}

bool ProcessorClient::sameOrigin(const QUrl& url) const
{
    return url.scheme() == m_base.scheme() && url.host() == m_base.host() &&
           url.port(url.scheme() == QLatin1String("https") ? 443 : 80) ==
               m_base.port(m_base.scheme() == QLatin1String("https") ? 443 : 80);
}

void ProcessorClient::send(Call call, std::function<void(const Answer&)> done)
{
    auto p = std::make_shared<Pending>();
    p->call = std::move(call);
    p->done = std::move(done);
    m_queue << p;
    pump();
}

void ProcessorClient::abortAll()
{
    m_aborted = true;
    m_queue.clear();
    const auto running = m_running;
    for (QNetworkReply* r : running)
        r->abort();
}

void ProcessorClient::pump()
{
    if (m_aborted)
        return;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (m_pausedUntil > now) {
        if (!m_pumpScheduled) {
            m_pumpScheduled = true;
            QTimer::singleShot(int(m_pausedUntil - now), this, [this] {
                m_pumpScheduled = false;
                pump();
            });
        }
        return;
    }
    while (!m_queue.isEmpty() && m_running.size() < m_def.concurrency)
        start(m_queue.takeFirst());
}

void ProcessorClient::start(std::shared_ptr<Pending> p)
{
    QNetworkRequest req(p->call.url);
    req.setTransferTimeout(m_def.timeoutMs);
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    req.setRawHeader("Accept", "application/json");
    req.setRawHeader("User-Agent", "Lethe/" LETHE_VERSION);
    for (const auto& [k, v] : p->call.headers)
        req.setRawHeader(k, v);
    if (!p->call.contentType.isEmpty())
        req.setHeader(QNetworkRequest::ContentTypeHeader, p->call.contentType);
    ++m_calls;
    QNetworkReply* reply = p->call.body.isEmpty() && p->call.method != QLatin1String("POST")
                               ? m_network->sendCustomRequest(req, p->call.method.toLatin1())
                               : m_network->sendCustomRequest(req, p->call.method.toLatin1(), p->call.body);
    m_running << reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply, p] { finished(reply, p); });
}

std::optional<QDateTime> ProcessorClient::httpDate(const QByteArray& value)
{
    // RFC 9110 5.6.7: IMF-fixdate "Sun, 06 Nov 1994 08:49:37 GMT", and the obsolete RFC 850 "Sunday,
    // 06-Nov-94 08:49:37 GMT" and asctime "Sun Nov  6 08:49:37 1994" forms. (Qt's RFC 2822 parser refuses
    // "GMT".) Always UTC.
    static const QStringList months{QStringLiteral("jan"), QStringLiteral("feb"), QStringLiteral("mar"),
                                    QStringLiteral("apr"), QStringLiteral("may"), QStringLiteral("jun"),
                                    QStringLiteral("jul"), QStringLiteral("aug"), QStringLiteral("sep"),
                                    QStringLiteral("oct"), QStringLiteral("nov"), QStringLiteral("dec")};
    static const QRegularExpression imf(
        QStringLiteral("^[A-Za-z]{3}, (\\d{2}) ([A-Za-z]{3}) (\\d{4}) (\\d{2}):(\\d{2}):(\\d{2}) GMT$"));
    static const QRegularExpression rfc850(
        QStringLiteral("^[A-Za-z]{6,9}, (\\d{2})-([A-Za-z]{3})-(\\d{2}) (\\d{2}):(\\d{2}):(\\d{2}) GMT$"));
    static const QRegularExpression asctime(
        QStringLiteral("^[A-Za-z]{3} ([A-Za-z]{3}) ([ \\d]\\d) (\\d{2}):(\\d{2}):(\\d{2}) (\\d{4})$"));
    const QString v = QString::fromLatin1(value.trimmed());
    int day = 0, month = 0, year = 0, h = 0, m = 0, sec = 0;
    auto monthOf = [&](const QString& name) { return int(months.indexOf(name.toLower())) + 1; };
    if (const auto x = imf.match(v); x.hasMatch()) {
        day = x.captured(1).toInt();
        month = monthOf(x.captured(2));
        year = x.captured(3).toInt();
        h = x.captured(4).toInt();
        m = x.captured(5).toInt();
        sec = x.captured(6).toInt();
    } else if (const auto y = rfc850.match(v); y.hasMatch()) {
        day = y.captured(1).toInt();
        month = monthOf(y.captured(2));
        year = y.captured(3).toInt();
        // Two-digit years: the one that is not more than 50 years in the future (RFC 9110).
        const int now = QDate::currentDate().year();
        year += (now / 100) * 100;
        if (year > now + 50)
            year -= 100;
        h = y.captured(4).toInt();
        m = y.captured(5).toInt();
        sec = y.captured(6).toInt();
    } else if (const auto z = asctime.match(v); z.hasMatch()) {
        month = monthOf(z.captured(1));
        day = z.captured(2).trimmed().toInt();
        h = z.captured(3).toInt();
        m = z.captured(4).toInt();
        sec = z.captured(5).toInt();
        year = z.captured(6).toInt();
    } else {
        return std::nullopt;
    }
    const QDate date(year, month, day);
    const QTime time(h, m, sec == 60 ? 59 : sec);
    if (month < 1 || !date.isValid() || !time.isValid())
        return std::nullopt;
    return QDateTime(date, time, Qt::UTC);
}

std::optional<qint64> ProcessorClient::retryAfterMs(const QByteArray& value, const QDateTime& now)
{
    const QByteArray v = value.trimmed();
    if (v.isEmpty())
        return std::nullopt;
    bool ok = false;
    const double secs = v.toDouble(&ok);
    if (ok)
        return qint64(std::clamp(secs, 0.0, 1e9) * 1000);
    if (const auto when = httpDate(v))
        return std::max<qint64>(0, now.msecsTo(*when));
    return std::nullopt;
}

int ProcessorClient::retryDelayMs(const Answer& a, int attempt) const
{
    // Retry-After: seconds or an HTTP date.
    if (const auto ms = retryAfterMs(a.headers.value("retry-after"), QDateTime::currentDateTimeUtc()))
        return int(std::min<qint64>(*ms, std::numeric_limits<int>::max()));
    // The processor's own window: when nothing is left, wait for its reset.
    if (!m_def.rateRemaining.isEmpty() && !m_def.rateReset.isEmpty() &&
        a.headers.value(m_def.rateRemaining.toLower().toLatin1()).trimmed() == "0") {
        bool ok = false;
        const double reset = a.headers.value(m_def.rateReset.toLower().toLatin1()).trimmed().toDouble(&ok);
        if (ok) {
            const qint64 ms = m_def.rateResetIsEpoch
                                  ? qint64(reset * 1000) - QDateTime::currentMSecsSinceEpoch()
                                  : qint64(reset * 1000);
            return int(std::clamp<qint64>(ms, 0, 120000));
        }
    }
    const int base = 250 << std::min(attempt, 7);
    const int jitter = int(QRandomGenerator::global()->bounded(base / 4 + 1));
    return std::min(base + jitter, 30000);
}

void ProcessorClient::finished(QNetworkReply* reply, std::shared_ptr<Pending> p)
{
    m_running.removeOne(reply);
    reply->deleteLater();
    if (m_aborted)
        return;
    Answer a;
    a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    a.body = reply->readAll();
    for (const auto& pair : reply->rawHeaderPairs())
        a.headers.insert(pair.first.toLower(), pair.second);
    // A connection lost mid-answer (error codes below 100 are the network's) is no answer, whatever the
    // status line said: the body is cut short.
    if (reply->error() > QNetworkReply::NoError && reply->error() < QNetworkReply::ContentAccessDenied)
        a.status = 0;
    if (a.status == 0) {
        a.tls = reply->error() == QNetworkReply::SslHandshakeFailedError;
        a.networkError = reply->error() == QNetworkReply::OperationCanceledError
                             ? tr("no answer within %1 s").arg(m_def.timeoutMs / 1000.0)
                             : reply->errorString();
    }
    const bool retryable = (a.status == 0 && !a.tls) || a.status == 429 || a.status == 500 ||
                           a.status == 502 || a.status == 503 || a.status == 504;
    const bool refusedRetry =
        !m_def.retryHeader.isEmpty() && a.headers.value(m_def.retryHeader.toLower().toLatin1()) == "false";
    if (retryable && !refusedRetry && p->attempt < m_def.retries) {
        const int delay = retryDelayMs(a, p->attempt);
        if (delay <= 120000) {
            ++p->attempt;
            ++m_retries;
            if (a.status == 429) {
                // Everyone waits: the window is shared by the processor's calls.
                m_pausedUntil = std::max(m_pausedUntil, QDateTime::currentMSecsSinceEpoch() + delay);
                m_queue.prepend(p);
                pump();
            } else {
                QTimer::singleShot(delay, this, [this, p] {
                    if (m_aborted)
                        return;
                    m_queue.prepend(p);
                    pump();
                });
            }
            log::info(QStringLiteral("processor %1: %2 -> %3, retry %4 in %5 ms")
                          .arg(m_def.key, p->call.describe)
                          .arg(a.status)
                          .arg(p->attempt)
                          .arg(delay));
            pump();
            return;
        }
    }
    // Calls left in the window: when none are, hold the queue until the processor's reset.
    if (!m_def.rateRemaining.isEmpty() &&
        a.headers.value(m_def.rateRemaining.toLower().toLatin1()).trimmed() == "0")
        m_pausedUntil = QDateTime::currentMSecsSinceEpoch() + retryDelayMs(a, 0);
    if (a.status != 0 && !a.body.trimmed().isEmpty()) {
        QJsonParseError err;
        const QJsonDocument doc = QJsonDocument::fromJson(a.body, &err);
        a.jsonOk = err.error == QJsonParseError::NoError;
        if (a.jsonOk)
            a.json = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
    } else if (a.status != 0) {
        a.jsonOk = true; // 204 and friends: no body
        a.json = QJsonValue(QJsonValue::Null);
    }
    log::info(QStringLiteral("processor %1: %2 -> %3").arg(m_def.key, p->call.describe).arg(a.status));
    p->done(a);
    pump();
}

QString ProcessorClient::processorMessage(const Answer& a) const
{
    if (!a.jsonOk)
        return {};
    QStringList paths = m_def.errorMessage;
    paths << QStringLiteral("message") << QStringLiteral("error.message") << QStringLiteral("detail")
          << QStringLiteral("error");
    for (const QString& path : paths) {
        const QJsonValue v = Templates::value(a.json, path);
        if (v.isString() && !v.toString().isEmpty())
            return v.toString().left(300);
    }
    return {};
}

} // namespace lethe
