#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

namespace lethe::sandbox {

// One API request, copied out of QHttpServerRequest (which cannot be copied) so processors are plain code
// that never sees a socket.
struct Req
{
    QByteArray method; // "GET", "POST", ...
    QString path;      // decoded, relative to the server root
    QUrlQuery query;
    QString rawQuery;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;
    QString host; // the Host header, for absolute links (Sentry's Link, HubSpot's paging.next.link)

    QString header(const char* name) const;
    bool hasQ(const QString& key) const { return query.hasQueryItem(key); }
    QString q(const QString& key) const;
    QStringList qAll(const QString& key) const;
    // `key` as an integer; `fallback` when absent; `ok` false when present but not a number.
    int qInt(const QString& key, int fallback, bool* ok = nullptr) const;
    QJsonObject jsonObject(bool* ok = nullptr) const;
    QJsonDocument json(bool* ok = nullptr) const;
    QUrlQuery form() const; // an application/x-www-form-urlencoded body ('+' is a space)
    QString bearer() const; // the token of "Authorization: Bearer x", or empty
    // The user and password of "Authorization: Basic ...", or false when there is none.
    bool basic(QString* user, QString* password) const;
};

struct Resp
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QByteArray contentType = "application/json";

    static Resp json(int status, const QJsonValue& value);
    static Resp json(const QJsonValue& value) { return json(200, value); }
    static Resp empty(int status);
    Resp& header(const QByteArray& name, const QByteArray& value);
    Resp& header(const QByteArray& name, qint64 value);
};

// Small helpers shared by the processors.
QString hexId(const QString& seed, int length); // deterministic hex from a seed
QString uuidFrom(const QString& seed);          // a deterministic UUID (version-3 shape) from a seed
QString md5Hex(const QString& text);            // lower-case hex MD5 (Mailchimp member hash, gravatar)
qint64 seedTime(int person, int n);             // a deterministic Unix time in 2024, ordered by person then n
QString isoTime(qint64 unixSeconds);            // 2024-01-01T00:00:00Z
QString isoTimeMs(qint64 unixSeconds);          // 2024-01-01T00:00:00.000Z
QString rfc2822(qint64 unixSeconds);            // Mon, 01 Jan 2024 00:00:00 +0000
quint64 mix(quint64 x);                         // splitmix64
QJsonValue orNull(const QString& s);            // null for an empty string
QStringList pathParts(const QString& path);     // "/a/b/" -> {"a","b"}

} // namespace lethe::sandbox
