#include "Http.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

namespace lethe::sandbox {

QString Req::header(const char* name) const
{
    return QString::fromUtf8(headers.value(QByteArray(name).toLower()));
}

QString Req::q(const QString& key) const
{
    return query.queryItemValue(key, QUrl::FullyDecoded);
}

QStringList Req::qAll(const QString& key) const
{
    return query.allQueryItemValues(key, QUrl::FullyDecoded);
}

int Req::qInt(const QString& key, int fallback, bool* ok) const
{
    if (ok)
        *ok = true;
    if (!query.hasQueryItem(key))
        return fallback;
    bool good = false;
    const int v = q(key).toInt(&good);
    if (ok)
        *ok = good;
    return good ? v : fallback;
}

QJsonDocument Req::json(bool* ok) const
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &err);
    if (ok)
        *ok = err.error == QJsonParseError::NoError;
    return doc;
}

QJsonObject Req::jsonObject(bool* ok) const
{
    bool good = false;
    const QJsonDocument doc = json(&good);
    if (ok)
        *ok = good && doc.isObject();
    return doc.object();
}

QUrlQuery Req::form() const
{
    QByteArray b = body;
    b.replace('+', "%20");
    return QUrlQuery(QString::fromUtf8(b));
}

QString Req::bearer() const
{
    const QString a = header("authorization");
    if (a.startsWith(QLatin1String("Bearer "), Qt::CaseInsensitive))
        return a.mid(7).trimmed();
    return {};
}

bool Req::basic(QString* user, QString* password) const
{
    const QString a = header("authorization");
    if (!a.startsWith(QLatin1String("Basic "), Qt::CaseInsensitive))
        return false;
    const QString decoded = QString::fromUtf8(QByteArray::fromBase64(a.mid(6).trimmed().toLatin1()));
    const qsizetype colon = decoded.indexOf(QLatin1Char(':'));
    if (colon < 0)
        return false;
    *user = decoded.left(colon);
    *password = decoded.mid(colon + 1);
    return true;
}

Resp Resp::json(int status, const QJsonValue& value)
{
    Resp r;
    r.status = status;
    if (value.isArray())
        r.body = QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    else
        r.body = QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    return r;
}

Resp Resp::empty(int status)
{
    Resp r;
    r.status = status;
    r.contentType.clear();
    return r;
}

Resp& Resp::header(const QByteArray& name, const QByteArray& value)
{
    headers.append({name, value});
    return *this;
}

Resp& Resp::header(const QByteArray& name, qint64 value)
{
    return header(name, QByteArray::number(value));
}

QString hexId(const QString& seed, int length)
{
    QByteArray h = QCryptographicHash::hash(seed.toUtf8(), QCryptographicHash::Sha256).toHex();
    while (h.size() < length)
        h += QCryptographicHash::hash(h, QCryptographicHash::Sha256).toHex();
    return QString::fromLatin1(h.left(length));
}

QString uuidFrom(const QString& seed)
{
    QByteArray h = QCryptographicHash::hash(seed.toUtf8(), QCryptographicHash::Md5).toHex();
    h[12] = '3';
    static const char variant[] = "89ab";
    h[16] = variant[QByteArray::fromHex(h.mid(16, 2)).at(0) & 3];
    return QString::fromLatin1(h.left(8) + '-' + h.mid(8, 4) + '-' + h.mid(12, 4) + '-' + h.mid(16, 4) + '-' +
                               h.mid(20, 12));
}

QString md5Hex(const QString& text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Md5).toHex());
}

qint64 seedTime(int person, int n)
{
    // 2024-01-01T00:00:00Z, a little over two hours per person, a minute per record.
    return 1704067200LL + qint64(person) * 7919 + qint64(n) * 61;
}

QString isoTime(qint64 unixSeconds)
{
    return QDateTime::fromSecsSinceEpoch(unixSeconds, QTimeZone::utc()).toString(Qt::ISODate);
}

QString isoTimeMs(qint64 unixSeconds)
{
    return QDateTime::fromSecsSinceEpoch(unixSeconds, QTimeZone::utc()).toString(Qt::ISODateWithMs);
}

QString rfc2822(qint64 unixSeconds)
{
    return QLocale::c().toString(QDateTime::fromSecsSinceEpoch(unixSeconds, QTimeZone::utc()),
                                 QStringLiteral("ddd, dd MMM yyyy HH:mm:ss +0000"));
}

quint64 mix(quint64 x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

QJsonValue orNull(const QString& s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QStringList pathParts(const QString& path)
{
    return path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
}

} // namespace lethe::sandbox
