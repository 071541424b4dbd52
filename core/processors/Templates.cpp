#include "ProcessorSearch.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

// Templates: a connector definition's request templates filled in, and values read from its answers.

namespace lethe {

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

} // namespace lethe
