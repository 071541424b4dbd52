#include "ProcessorSearch.h"

#include "Log.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QEventLoop>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>
#include <QTimer>
#include <QUrlQuery>

namespace lethe {

qint64 ProcessorResult::totalRecords() const
{
    qint64 n = 0;
    for (const ProcessorRecordSet& s : sets)
        n += s.records.size();
    return n;
}

qint64 ProcessorResult::nearMatches() const
{
    qint64 n = 0;
    for (const ProcessorRecordSet& s : sets)
        n += s.nearMatches.size();
    return n;
}

// ---------------------------------------------------------------------------------------------------------
// Templates

namespace {

const QRegularExpression& placeholder()
{
    static const QRegularExpression re(QStringLiteral("\\{([^{}]*)\\}"));
    return re;
}

QString applyFilter(const QString& value, const QString& filter)
{
    if (filter == QLatin1String("lower"))
        return value.toLower();
    if (filter == QLatin1String("md5"))
        return QString::fromLatin1(QCryptographicHash::hash(value.toUtf8(), QCryptographicHash::Md5).toHex());
    if (filter == QLatin1String("digits")) {
        QString d;
        for (QChar c : value)
            if (c.isDigit())
                d += c;
        return d;
    }
    if (filter == QLatin1String("int")) {
        bool ok = false;
        const qint64 n = value.toLongLong(&ok);
        return ok ? QString::number(n) : value;
    }
    if (filter == QLatin1String("plus"))
        return value.startsWith(QLatin1Char('+')) ? value : QLatin1Char('+') + value;
    if (filter == QLatin1String("glob")) {
        // A Redis MATCH pattern: * ? [ ] and \ stand for themselves.
        QString out;
        for (const QChar c : value) {
            if (QStringLiteral("*?[]\\").contains(c))
                out += QLatin1Char('\\');
            out += c;
        }
        return out;
    }
    if (filter == QLatin1String("like")) {
        // An SQL LIKE pattern with the default escape \: % _ and \ stand for themselves.
        QString out;
        for (const QChar c : value) {
            if (QStringLiteral("%_\\").contains(c))
                out += QLatin1Char('\\');
            out += c;
        }
        return out;
    }
    if (filter == QLatin1String("dq")) {
        QString out = value;
        out.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
        out.replace(QLatin1Char('"'), QLatin1String("\\\""));
        return out;
    }
    if (filter == QLatin1String("sq")) {
        QString out = value;
        out.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
        out.replace(QLatin1Char('\''), QLatin1String("\\'"));
        return out;
    }
    return value;
}

std::optional<QString> lookupName(const QString& name, const TemplateContext& ctx)
{
    if (name == QLatin1String("identity"))
        return ctx.identity.value;
    if (name == QLatin1String("secret"))
        return ctx.secret;
    if (name == QLatin1String("page"))
        return ctx.hasPage ? std::optional<QString>(ctx.page) : std::nullopt;
    const QString head = name.section(QLatin1Char('.'), 0, 0);
    const QString rest = name.section(QLatin1Char('.'), 1);
    if (head == QLatin1String("param")) {
        if (ctx.params.contains(rest))
            return ctx.params.value(rest);
        return std::nullopt;
    }
    if (ctx.jobs.contains(head) && (rest.isEmpty() || rest == QLatin1String("job")))
        return ctx.jobs.value(head);
    if (ctx.records.contains(head)) {
        const QJsonValue v = Templates::value(ctx.records.value(head), rest);
        if (v.isUndefined() || v.isNull())
            return std::nullopt;
        return Templates::text(v);
    }
    return std::nullopt;
}

bool usesIdentity(const RequestTemplate& r)
{
    auto in = [](const QString& t) { return t.contains(QLatin1String("{identity")); };
    if (in(r.path))
        return true;
    for (const auto& [k, v] : r.query)
        if (in(v))
            return true;
    for (const auto& [k, v] : r.formBody)
        if (in(v))
            return true;
    return r.jsonBody && in(Templates::text(*r.jsonBody));
}

bool isLoopback(const QString& host)
{
    if (host == QLatin1String("localhost"))
        return true;
    const QHostAddress a(host);
    return !a.isNull() && a.isLoopback();
}

} // namespace

QString Templates::unsafeIdentity(const Identity& identity)
{
    for (const QChar c : identity.value)
        if (QStringLiteral("*?[]\\%").contains(c) || c.unicode() < 32)
            return tr("the %1 contains \"%2\", which a processor's search would read as a pattern; look up "
                      "an "
                      "exact %1 instead.")
                .arg(Names::display(identity.kind),
                     c.unicode() < 32 ? QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'))
                                      : QString(c));
    return {};
}

QString Templates::text(const QJsonValue& v)
{
    switch (v.type()) {
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Double: {
        const double d = v.toDouble();
        if (d == double(qint64(d)))
            return QString::number(qint64(d));
        return QString::number(d, 'g', 17);
    }
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return {};
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

QJsonArray Templates::select(const QJsonValue& root, const QString& path)
{
    QJsonArray current{root};
    if (path.isEmpty() || path == QLatin1String("."))
        return current;
    for (const QString& part : path.split(QLatin1Char('.'))) {
        QJsonArray next;
        for (const QJsonValue& v : current) {
            if (part == QLatin1String("*")) {
                if (v.isArray())
                    for (const QJsonValue& x : v.toArray())
                        next.append(x);
                else if (v.isObject())
                    for (const QJsonValue& x : v.toObject())
                        next.append(x);
                continue;
            }
            bool isIndex = false;
            const int index = part.toInt(&isIndex);
            if (isIndex && v.isArray()) {
                if (index >= 0 && index < v.toArray().size())
                    next.append(v.toArray().at(index));
            } else if (v.isObject() && v.toObject().contains(part)) {
                next.append(v.toObject().value(part));
            }
        }
        current = next;
    }
    return current;
}

QJsonValue Templates::value(const QJsonValue& root, const QString& path)
{
    const QJsonArray all = select(root, path);
    return all.isEmpty() ? QJsonValue(QJsonValue::Undefined) : all.first();
}

QString Templates::fill(const QString& text, const TemplateContext& ctx, QStringList* missing,
                        bool percentEncode)
{
    QString out;
    qsizetype last = 0;
    for (auto it = placeholder().globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        out += text.mid(last, m.capturedStart() - last);
        last = m.capturedEnd();
        QStringList parts = m.captured(1).split(QLatin1Char('|'));
        const QString name = parts.takeFirst().trimmed();
        std::optional<QString> v = lookupName(name, ctx);
        if (!v) {
            if (missing)
                *missing << name;
            continue;
        }
        QString s = *v;
        for (const QString& f : parts)
            s = applyFilter(s, f.trimmed());
        out += percentEncode ? QString::fromLatin1(QUrl::toPercentEncoding(s)) : s;
    }
    out += text.mid(last);
    return out;
}

QJsonValue Templates::fillJson(const QJsonValue& body, const TemplateContext& ctx, QStringList* missing)
{
    if (body.isObject()) {
        QJsonObject o;
        const QJsonObject in = body.toObject();
        for (auto it = in.begin(); it != in.end(); ++it) {
            // Like a query parameter, a member that carries the page token is left out on the first page.
            if (!ctx.hasPage && it.value().isString() &&
                it.value().toString().contains(QLatin1String("{page")))
                continue;
            o.insert(it.key(), fillJson(it.value(), ctx, missing));
        }
        return o;
    }
    if (body.isArray()) {
        QJsonArray a;
        for (const QJsonValue& v : body.toArray())
            a.append(fillJson(v, ctx, missing));
        return a;
    }
    if (body.isString()) {
        QString s = body.toString();
        const bool plain = s.startsWith(QChar(1));
        if (plain)
            s.remove(0, 1);
        const QString filled = fill(s, ctx, missing);
        // "{page|int}": a number in the JSON, where the API wants one.
        static const QRegularExpression number(QStringLiteral("^\\{[^{}]*\\|\\s*int\\s*\\}$"));
        if (plain || number.match(s).hasMatch()) {
            bool isInt = false;
            const qint64 n = filled.toLongLong(&isInt);
            if (isInt)
                return QJsonValue(n);
            if (filled == QLatin1String("true") || filled == QLatin1String("false"))
                return QJsonValue(filled == QLatin1String("true"));
            if (filled == QLatin1String("null") || filled == QLatin1String("~"))
                return QJsonValue(QJsonValue::Null);
        }
        return filled;
    }
    return body;
}

ProcessorClient::Call Templates::build(const ProcessorClient& client, const RequestTemplate& request,
                                       const TemplateContext& ctx, QStringList* missing,
                                       const QHash<QString, QString>& stepHeaders)
{
    ProcessorClient::Call call;
    call.method = request.method;
    call.describe = request.describe();
    const ConnectorDefinition& def = client.definition();
    QByteArray url = client.baseUrl().toEncoded();
    while (url.endsWith('/'))
        url.chop(1);
    url += fill(request.path, ctx, missing, true).toUtf8();
    QList<QByteArray> query;
    for (const auto& [k, v] : request.query) {
        if (!ctx.hasPage && v.contains(QLatin1String("{page")))
            continue;
        query << QUrl::toPercentEncoding(k) + '=' + QUrl::toPercentEncoding(fill(v, ctx, missing));
    }
    if (def.auth == AuthKind::Query)
        query << QUrl::toPercentEncoding(def.authName) + '=' + QUrl::toPercentEncoding(ctx.secret);
    if (!query.isEmpty())
        url += '?' + query.join('&');
    call.url = QUrl::fromEncoded(url, QUrl::StrictMode);

    // The definition's headers, then the step's, then the request's: a later one replaces an earlier one of
    // the same name (Stripe's redaction jobs replace the general Stripe-Version with a preview one).
    auto header = [&](const QString& k, const QString& v) {
        const QByteArray name = k.toLatin1();
        call.headers.removeIf([&](const auto& h) { return h.first.compare(name, Qt::CaseInsensitive) == 0; });
        call.headers << std::pair{name, fill(v, ctx, missing).toUtf8()};
    };
    for (const QHash<QString, QString>* hs : {&def.headers, &stepHeaders, &request.headers}) {
        QStringList names = hs->keys();
        names.sort();
        for (const QString& k : std::as_const(names))
            header(k, hs->value(k));
    }
    switch (def.auth) {
    case AuthKind::Bearer:
        call.headers << std::pair{QByteArray("Authorization"), "Bearer " + ctx.secret.toUtf8()};
        break;
    case AuthKind::Basic: {
        const QByteArray pair =
            fill(def.authUser, ctx, missing).toUtf8() + ':' + fill(def.authPassword, ctx, missing).toUtf8();
        call.headers << std::pair{QByteArray("Authorization"), "Basic " + pair.toBase64()};
        break;
    }
    case AuthKind::Header:
        call.headers << std::pair{def.authName.toLatin1(), ctx.secret.toUtf8()};
        break;
    case AuthKind::Query:
    case AuthKind::None:
        break;
    }
    if (request.hasForm) {
        QList<QByteArray> form;
        for (const auto& [k, v] : request.formBody) {
            if (!ctx.hasPage && v.contains(QLatin1String("{page")))
                continue;
            form << QUrl::toPercentEncoding(k) + '=' + QUrl::toPercentEncoding(fill(v, ctx, missing));
        }
        call.body = form.join('&');
        call.contentType = "application/x-www-form-urlencoded";
    } else if (request.jsonBody) {
        const QJsonValue body = fillJson(*request.jsonBody, ctx, missing);
        call.body = body.isArray() ? QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact)
                                   : QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
        call.contentType = "application/json";
    }
    return call;
}

// ---------------------------------------------------------------------------------------------------------
// ProcessorClient

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

// ---------------------------------------------------------------------------------------------------------
// ProcessorSearch

struct ProcessorSearch::PageState
{
    const Lookup* lookup = nullptr;
    TemplateContext ctx;
    QString via;
    int pages = 0;
    int depth = 0; // calls before this one that it had to wait for, plus one
    qint64 received = 0;
    int setIndex = 0;
};

ProcessorSearch::ProcessorSearch(const ConnectorDefinition& definition, const ProcessorConnection& connection,
                                 QString secret, QNetworkAccessManager* network, QObject* parent)
    : QObject(parent), m_client(new ProcessorClient(definition, connection, std::move(secret), network, this))
{
    m_result.connection = connection.key;
    m_result.processor = definition.key;
    m_result.processorName = definition.name;
    m_result.keeps = definition.keeps;
    for (const Lookup& l : definition.lookups) {
        if (!l.into.isEmpty())
            continue;
        ProcessorRecordSet set;
        set.lookup = l.key;
        set.name = l.name;
        for (const auto& [path, cats] : l.fields) {
            set.columns << path;
            set.categories << cats;
        }
        m_result.sets << set;
    }
}

void ProcessorSearch::start(const QList<Identity>& identities)
{
    m_clock.start();
    if (!m_client->problem().isEmpty()) {
        m_result.errors << m_client->problem();
        m_outstanding = 0;
        QTimer::singleShot(0, this, [this] { settle(); });
        return;
    }
    ++m_outstanding; // held until every root lookup is queued
    QList<Identity> safe;
    for (const Identity& id : identities) {
        const QString why = Templates::unsafeIdentity(id);
        if (why.isEmpty())
            safe << id;
        else
            fail(tr("%1: not looked up: %2").arg(m_result.processorName, why));
    }
    for (const Lookup& l : m_client->definition().lookups) {
        if (!l.identity)
            continue;
        for (const Identity& id : std::as_const(safe)) {
            if (id.kind != *l.identity)
                continue;
            TemplateContext ctx;
            ctx.identity = id;
            ctx.secret = m_client->secret();
            ctx.params = m_client->connection().parameters;
            runLookup(l, ctx, Names::key(id.kind));
        }
    }
    --m_outstanding;
    QTimer::singleShot(0, this, [this] { settle(); });
}

void ProcessorSearch::cancel()
{
    m_stopped = true;
    m_client->abortAll();
    m_result.errors << tr("%1: cancelled.").arg(m_result.processorName);
    m_outstanding = 0;
    settle();
}

void ProcessorSearch::fail(const QString& message)
{
    if (!m_result.errors.contains(message))
        m_result.errors << message;
}

void ProcessorSearch::settle()
{
    if (m_done || m_outstanding > 0)
        return;
    m_done = true;
    m_result.calls = m_client->calls();
    m_result.retries = m_client->retries();
    m_result.elapsedMs = m_clock.isValid() ? m_clock.elapsed() : 0;
    Q_EMIT finished();
}

void ProcessorSearch::runLookup(const Lookup& lookup, const TemplateContext& ctx0, const QString& via,
                                int depth)
{
    auto state = std::make_shared<PageState>();
    state->lookup = &lookup;
    state->depth = depth;
    state->ctx = ctx0;
    state->via = via.isEmpty() ? lookup.name : via + QStringLiteral(" → ") + lookup.name;
    const QString target = lookup.into.isEmpty() ? lookup.key : lookup.into;
    for (int i = 0; i < m_result.sets.size(); ++i)
        if (m_result.sets[i].lookup == target)
            state->setIndex = i;
    if (!lookup.pages.first.isEmpty()) {
        state->ctx.page = lookup.pages.first;
        state->ctx.hasPage = true;
    }
    QStringList missing;
    const ProcessorClient::Call call = Templates::build(*m_client, lookup.request, state->ctx, &missing);
    if (!missing.isEmpty()) {
        // A parent record without the field a follow-on read needs: nothing to read, not an error.
        return;
    }
    requestPage(state, call);
}

void ProcessorSearch::requestPage(std::shared_ptr<PageState> state, const ProcessorClient::Call& call)
{
    if (m_stopped)
        return;
    ++m_outstanding;
    ++state->pages;
    ++state->depth;
    m_result.longestChain = std::max(m_result.longestChain, state->depth);
    QPointer<ProcessorSearch> self(this);
    m_client->send(call, [self, state](const ProcessorClient::Answer& a) {
        if (!self)
            return;
        self->onPage(state, a);
        --self->m_outstanding;
        self->settle();
    });
}

bool ProcessorSearch::matches(const Lookup& lookup, const QJsonObject& record, const Identity& identity) const
{
    if (!lookup.matchTrusted.isEmpty())
        return true; // the definition says why the processor's own filter is exact
    if (lookup.matchFields.isEmpty())
        return false; // the loader requires one or the other: never take a record unchecked
    const MatchAs rule = IdentityMatch::ruleFor(identity.kind);
    const QRegularExpression extract(lookup.matchExtract);
    auto same = [&](const QString& s) {
        return lookup.matchExtract.isEmpty() ? IdentityMatch::same(rule, s, identity.value)
                                             : IdentityMatch::sameExtracted(rule, s, extract, identity.value);
    };
    for (const QString& field : lookup.matchFields) {
        for (const QJsonValue& v : Templates::select(record, field)) {
            if (v.isArray()) {
                for (const QJsonValue& x : v.toArray()) {
                    // Postmark's To: [{Email, Name}]
                    const QString s = x.isObject() ? x.toObject().value(QStringLiteral("Email")).toString()
                                                   : Templates::text(x);
                    if (same(s))
                        return true;
                }
            } else if (same(Templates::text(v))) {
                return true;
            }
        }
    }
    return false;
}

void ProcessorSearch::onPage(std::shared_ptr<PageState> state, const ProcessorClient::Answer& a)
{
    const Lookup& l = *state->lookup;
    const QString name = m_result.processorName;
    const QString req = l.request.describe();
    if (a.status == 0) {
        fail(a.tls ? tr("%1: %2 (lookup \"%3\"): the TLS connection failed (%4); nothing was sent.")
                         .arg(name, req, l.name, a.networkError)
                   : tr("%1: %2 (lookup \"%3\"): %4.").arg(name, req, l.name, a.networkError));
        return;
    }
    if (l.none.contains(a.status))
        return;
    if (a.status == 401 || a.status == 403) {
        m_result.authRefused = true;
        const QString msg = m_client->processorMessage(a);
        fail(
            tr("%1: %2 was refused (HTTP %3): the connection's credentials are wrong or lack a permission%4.")
                .arg(name, req)
                .arg(a.status)
                .arg(msg.isEmpty() ? QString() : QStringLiteral(": ") + msg));
        m_stopped = true;
        m_client->abortAll();
        m_outstanding = 1; // this call; settle() runs after us
        return;
    }
    if (a.status >= 300) {
        const QString msg = m_client->processorMessage(a);
        fail(tr("%1: %2 (lookup \"%3\") answered HTTP %4%5.")
                 .arg(name, req, l.name)
                 .arg(a.status)
                 .arg(msg.isEmpty() ? QString() : QStringLiteral(": ") + msg));
        return;
    }
    if (!a.jsonOk) {
        fail(tr("%1: %2 (lookup \"%3\") answered with a body that is not JSON (%4 bytes).")
                 .arg(name, req, l.name)
                 .arg(a.body.size()));
        return;
    }
    QJsonArray records;
    if (l.records.isEmpty()) {
        records.append(a.json);
    } else {
        const QJsonArray sel = Templates::select(a.json, l.records);
        if (sel.isEmpty() && !l.records.contains(QLatin1Char('*'))) {
            fail(tr("%1: %2 (lookup \"%3\"): the answer has no field \"%4\" where the records should be.")
                     .arg(name, req, l.name, l.records));
            return;
        }
        if (l.records.contains(QLatin1Char('*')))
            records = sel;
        else if (sel.first().isArray())
            records = sel.first().toArray();
        else if (sel.first().isNull())
            records = {};
        else {
            fail(tr("%1: %2 (lookup \"%3\"): the field \"%4\" should hold a list of records.")
                     .arg(name, req, l.name, l.records));
            return;
        }
    }
    ProcessorRecordSet& set = m_result.sets[state->setIndex];
    for (const QJsonValue& v : records) {
        QJsonObject rec;
        if (v.isObject())
            rec = v.toObject();
        else if (v.isString() || v.isDouble())
            rec.insert(QStringLiteral("value"), v);
        else
            continue;
        if (l.identity && !matches(l, rec, state->ctx.identity)) {
            // Returned by the processor's search for her identity, but not the same identity: a near match,
            // kept apart. (A lookup that lists everything, its request not naming the identity, has none.)
            if (!usesIdentity(l.request))
                continue;
            ProcessorRecordSet& near = m_result.sets[state->setIndex];
            const QString nearKey = QString::fromUtf8(QJsonDocument(rec).toJson(QJsonDocument::Compact));
            QSet<QString>& seenNear = m_seen[QStringLiteral("~near~") + near.lookup];
            if (!seenNear.contains(nearKey) && near.nearMatches.size() < 1000) {
                seenNear.insert(nearKey);
                near.nearMatches << rec;
                near.nearVia << state->via;
            }
            continue;
        }
        const QString id = l.id.isEmpty() ? QString() : Templates::text(Templates::value(rec, l.id));
        const QString dedupe =
            id.isEmpty() ? QString::fromUtf8(QJsonDocument(rec).toJson(QJsonDocument::Compact)) : id;
        const QString setKey = l.into.isEmpty() ? l.key : l.into;
        QSet<QString>& seen = m_seen[setKey];
        if (seen.contains(dedupe))
            continue;
        seen.insert(dedupe);
        set.records << rec;
        set.via << state->via;
        QJsonObject parents;
        for (auto it = state->ctx.records.begin(); it != state->ctx.records.end(); ++it)
            parents.insert(it.key(), it.value());
        set.parents << parents;
        set.identities << state->ctx.identity;
        for (const Lookup& child : m_client->definition().lookups) {
            if (child.after != setKey)
                continue;
            if (!child.skipField.isEmpty() &&
                child.skipValues.contains(Templates::text(Templates::value(rec, child.skipField))))
                continue;
            TemplateContext ctx = state->ctx;
            ctx.records.insert(setKey, rec);
            ctx.hasPage = false;
            ctx.page.clear();
            runLookup(child, ctx, state->via, state->depth);
        }
    }
    state->received += records.size();

    // The next page.
    const Pagination& p = l.pages;
    if (p.style == PageStyle::None || state->pages >= p.maxPages || m_stopped)
        return;
    if (!p.more.isEmpty()) {
        const QJsonValue more = Templates::value(a.json, p.more);
        if (!more.toBool())
            return;
    }
    TemplateContext ctx = state->ctx;
    std::optional<ProcessorClient::Call> next;
    QStringList missing;
    switch (p.style) {
    case PageStyle::None:
        return;
    case PageStyle::Cursor: {
        if (records.isEmpty())
            return;
        const QJsonValue last = records.last();
        const QString cursor = Templates::text(Templates::value(last, p.from));
        if (cursor.isEmpty())
            return;
        ctx.page = cursor;
        ctx.hasPage = true;
        break;
    }
    case PageStyle::Token: {
        const QString token = Templates::text(Templates::value(a.json, p.from));
        if (token.isEmpty() || (!p.stop.isEmpty() && token == p.stop))
            return;
        ctx.page = token;
        ctx.hasPage = true;
        break;
    }
    case PageStyle::Offset: {
        if (records.isEmpty())
            return;
        const qint64 offset = ctx.page.toLongLong() + records.size();
        if (!p.total.isEmpty()) {
            const qint64 total = Templates::text(Templates::value(a.json, p.total)).toLongLong();
            if (offset >= total)
                return;
        } else if (records.size() < p.size) {
            return;
        }
        ctx.page = QString::number(offset);
        ctx.hasPage = true;
        break;
    }
    case PageStyle::Page: {
        const qint64 page = ctx.page.toLongLong();
        if (!p.total.isEmpty()) {
            const qint64 pagesTotal = Templates::text(Templates::value(a.json, p.total)).toLongLong();
            if (page >= pagesTotal)
                return;
        } else if (records.size() < p.size) {
            return;
        }
        ctx.page = QString::number(page + 1);
        ctx.hasPage = true;
        break;
    }
    case PageStyle::NextUrl:
    case PageStyle::Link: {
        QString target;
        if (p.style == PageStyle::NextUrl) {
            target = Templates::text(Templates::value(a.json, p.from));
        } else {
            // <url>; rel="next"; results="true", <url>; rel="last"
            const QString link = QString::fromLatin1(a.headers.value("link"));
            static const QRegularExpression part(QStringLiteral("<([^>]*)>([^<]*)"));
            for (auto it = part.globalMatch(link); it.hasNext();) {
                const auto m = it.next();
                const QString attrs = m.captured(2);
                if (!attrs.contains(QLatin1String("rel=\"next\"")))
                    continue;
                if (attrs.contains(QLatin1String("results=\"false\"")))
                    break;
                target = m.captured(1);
            }
        }
        if (target.isEmpty())
            return;
        const QUrl url = m_client->baseUrl().resolved(QUrl::fromEncoded(target.toUtf8()));
        if (!m_client->sameOrigin(url)) {
            fail(tr("%1: %2 (lookup \"%3\") pointed its next page at another host (%4); not followed, so the "
                    "key is not sent there.")
                     .arg(name, req, l.name, url.host()));
            return;
        }
        ProcessorClient::Call call = Templates::build(*m_client, l.request, ctx, &missing);
        call.url = url;
        if (m_client->definition().auth == AuthKind::Query) {
            // The token travels in the query: make sure the next URL carries ours, not whatever came back.
            QUrlQuery qq(url);
            qq.removeAllQueryItems(m_client->definition().authName);
            qq.addQueryItem(m_client->definition().authName,
                            QString::fromLatin1(QUrl::toPercentEncoding(m_client->secret())));
            call.url.setQuery(qq);
        }
        next = call;
        break;
    }
    }
    if (!next) {
        next = Templates::build(*m_client, l.request, ctx, &missing);
        if (!missing.isEmpty())
            return;
    }
    state->ctx = ctx;
    requestPage(state, *next);
}

// ---------------------------------------------------------------------------------------------------------
// ProcessorHub

QList<ProcessorResult> ProcessorHub::search(const QList<Job>& jobs, const QList<Identity>& identities,
                                            const std::atomic<bool>* cancel)
{
    // One network manager per connection: each gets its own pool of connections (Qt opens at most six per
    // host and manager), so two accounts at the same processor do not queue behind each other.
    std::vector<std::unique_ptr<QNetworkAccessManager>> networks;
    QEventLoop loop;
    QList<ProcessorSearch*> searches;
    int running = 0;
    for (const Job& job : jobs) {
        networks.push_back(std::make_unique<QNetworkAccessManager>());
        auto* s = new ProcessorSearch(job.definition, job.connection, job.secret, networks.back().get());
        searches << s;
        ++running;
        QObject::connect(s, &ProcessorSearch::finished, &loop, [&] {
            if (--running == 0)
                loop.quit();
        });
    }
    QTimer poll;
    if (cancel) {
        QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
            if (cancel->load())
                for (ProcessorSearch* s : searches)
                    s->cancel();
        });
        poll.start(50);
    }
    for (ProcessorSearch* s : searches)
        s->start(identities);
    if (running > 0)
        loop.exec();
    QList<ProcessorResult> out;
    for (ProcessorSearch* s : searches) {
        out << s->result();
        delete s;
    }
    return out;
}

} // namespace lethe
