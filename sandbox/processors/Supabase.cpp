// Supabase Auth admin (GoTrue): /auth/v1/admin/users with page/per_page, a substring filter on email or full
// name (no phone filter), Link and X-Total-Count; one user by uuid; DELETE (hard, or soft with
// should_soft_delete) that writes an audit entry holding the email and phone either way.
#include "Processor.h"

#include <QRegularExpression>

#include <QDateTime>
#include <QMap>

namespace lethe::sandbox {

namespace {

using namespace Qt::StringLiterals;

const QStringList kAccounts = {u"leadmachine"_s, u"alwaysleads"_s};

struct Account
{
    QList<QJsonObject> users; // newest first; soft-deleted ones stay with deleted_at set
    QJsonArray audit;
};

class Supabase final : public Processor
{
public:
    QString key() const override { return u"supabase"_s; }

    void reset(const SeedData& seed) override
    {
        m_accounts.clear();
        for (const QString& account : kAccounts) {
            Account& a = m_accounts[account];
            const auto holders = seed.holders(account);
            for (const SeedPerson* p : holders) {
                add(a, p->index, p->person.email, p->person.phone, p->person.name);
                if (p->index == 0) {
                    // Decoys: near misses of person 0's address (x.HERS contains it: the filter returns
                    // it) and of her number (a phone lookup pages through everyone).
                    int n = 9500;
                    for (const QString& near : SeedData::nearMisses(p->person.email))
                        add(a, n++, near, QString(), p->person.name);
                    for (const QString& near : SeedData::nearMissPhones(p->person.phone)) {
                        add(a, n, u"phone%1@stranger.example"_s.arg(n), near.mid(1), QString());
                        ++n;
                    }
                }
            }
            // Enough other users that a phone lookup (no phone filter: page through everyone) takes 4 pages.
            for (int n = 0; n < 150; ++n) {
                const Stranger s = SeedData::stranger(u"supabase-"_s + account, n);
                add(a, 9000 + n, s.email, n % 2 == 0 ? s.phone : QString(), s.name);
            }
            std::stable_sort(a.users.begin(), a.users.end(), [](const QJsonObject& x, const QJsonObject& y) {
                return x.value(u"created_at"_s).toString() > y.value(u"created_at"_s).toString();
            });
        }
    }

    Resp handle(const Req& req) override
    {
        const QString apikey = req.header("apikey");
        if (apikey.isEmpty()) {
            return Resp::json(
                401, QJsonObject{{u"message"_s, u"No API key found in request"_s},
                                 {u"hint"_s, u"No `apikey` request header or url param was found."_s}});
        }
        const QString token = req.bearer();
        const QString account = token.startsWith(u"sbx_supabase_"_s) ? token.mid(13) : QString();
        if (!m_accounts.contains(account) || apikey != token) {
            if (token.isEmpty() && m_accounts.contains(apikey.mid(13)))
                return error(req, 401, u"no_authorization"_s, u"This endpoint requires a Bearer token"_s);
            return error(req, 401, u"bad_jwt"_s, u"invalid JWT: unable to parse or verify signature"_s);
        }
        Account& a = m_accounts[account];
        const QStringList p = pathParts(req.path);
        if (p.size() < 4 || p[0] != u"auth"_s || p[1] != u"v1"_s || p[2] != u"admin"_s || p[3] != u"users"_s)
            return error(req, 404, u"not_found"_s, u"Not Found"_s);
        if (p.size() == 4 && req.method == "GET")
            return list(a, req);
        if (p.size() == 5) {
            const qsizetype at = indexOf(a, p[4]);
            if (at < 0)
                return error(req, 404, u"user_not_found"_s, u"User not found"_s);
            if (req.method == "GET")
                return Resp::json(a.users[at]);
            if (req.method == "DELETE") {
                const bool soft = req.jsonObject().value(u"should_soft_delete"_s).toBool();
                const QJsonObject u = a.users[at];
                a.audit.append(
                    QJsonObject{{u"id"_s, uuidFrom(u"audit|%1|%2"_s.arg(account).arg(a.audit.size()))},
                                {u"action"_s, u"user_deleted"_s},
                                {u"actor_username"_s, u"service_role"_s},
                                {u"user_id"_s, u.value(u"id"_s)},
                                {u"user_email"_s, u.value(u"email"_s)},
                                {u"user_phone"_s, u.value(u"phone"_s)},
                                {u"soft"_s, soft},
                                {u"created_at"_s, isoTime(QDateTime::currentSecsSinceEpoch())}});
                if (soft)
                    a.users[at].insert(u"deleted_at"_s, isoTime(QDateTime::currentSecsSinceEpoch()));
                else
                    a.users.removeAt(at);
                return Resp::json(QJsonObject());
            }
        }
        return error(req, 405, u"method_not_allowed"_s, u"Method not allowed"_s);
    }

    QJsonObject state() const override
    {
        QJsonObject accounts;
        for (auto it = m_accounts.cbegin(); it != m_accounts.cend(); ++it) {
            int soft = 0;
            for (const QJsonObject& u : it.value().users)
                soft += u.contains(u"deleted_at"_s) ? 1 : 0;
            accounts.insert(it.key(), QJsonObject{{u"users"_s, int(it.value().users.size()) - soft},
                                                  {u"soft_deleted_users"_s, soft},
                                                  {u"audit_log_entries"_s, it.value().audit}});
        }
        return QJsonObject{{u"accounts"_s, accounts}};
    }

    Resp tooManyRequests(int retryAfter) const override
    {
        Resp r = Resp::json(429, QJsonObject{{u"code"_s, 429},
                                             {u"error_code"_s, u"over_request_rate_limit"_s},
                                             {u"msg"_s, u"Request rate limit reached"_s}});
        r.header("x-sb-error-code", "over_request_rate_limit").header("Retry-After", retryAfter);
        return r;
    }

    Resp serverError() const override
    {
        Resp r = Resp::json(500, QJsonObject{{u"code"_s, 500},
                                             {u"error_code"_s, u"unexpected_failure"_s},
                                             {u"msg"_s, u"Unexpected failure, please check server logs"_s},
                                             {u"error_id"_s, uuidFrom(u"error"_s)}});
        r.header("x-sb-error-code", "unexpected_failure");
        return r;
    }

private:
    // The legacy shape, or {code, message} when the client asks for API version 2024-01-01.
    static Resp error(const Req& req, int status, const QString& code, const QString& message)
    {
        Resp r =
            req.header("x-supabase-api-version") == u"2024-01-01"_s
                ? Resp::json(status, QJsonObject{{u"code"_s, code}, {u"message"_s, message}})
                : Resp::json(status,
                             QJsonObject{{u"code"_s, status}, {u"error_code"_s, code}, {u"msg"_s, message}});
        r.header("x-sb-error-code", code.toUtf8());
        return r;
    }

    static void add(Account& a, int i, const QString& email, const QString& phone, const QString& name)
    {
        const qint64 t = seedTime(i, 0);
        // GoTrue keeps phone numbers without the leading '+'.
        const QString stored = phone.startsWith(u'+') ? phone.mid(1) : phone;
        a.users << QJsonObject{{u"id"_s, uuidFrom(u"supabase|"_s + email.toLower())},
                               {u"aud"_s, u"authenticated"_s},
                               {u"role"_s, u"authenticated"_s},
                               {u"email"_s, email},
                               {u"phone"_s, stored},
                               {u"email_confirmed_at"_s, isoTime(t + 60)},
                               {u"confirmed_at"_s, isoTime(t + 60)},
                               {u"last_sign_in_at"_s, isoTime(t + 86400)},
                               {u"app_metadata"_s, QJsonObject{{u"provider"_s, u"email"_s},
                                                               {u"providers"_s, QJsonArray{u"email"_s}}}},
                               {u"user_metadata"_s, QJsonObject{{u"full_name"_s, name}}},
                               {u"identities"_s, QJsonArray()},
                               {u"created_at"_s, isoTime(t)},
                               {u"updated_at"_s, isoTime(t + 86400)},
                               {u"is_anonymous"_s, false}};
    }

    static qsizetype indexOf(const Account& a, const QString& id)
    {
        for (qsizetype k = 0; k < a.users.size(); ++k) {
            if (a.users[k].value(u"id"_s).toString() == id && !a.users[k].contains(u"deleted_at"_s))
                return k;
        }
        return -1;
    }

    static Resp list(const Account& a, const Req& req)
    {
        const QString filter = req.q(u"filter"_s);
        // GoTrue: email or full name ILIKE '%filter%', unescaped: % and _ in the filter are wildcards, and a
        // backslash makes the next character itself.
        QString rx;
        for (qsizetype k = 0; k < filter.size(); ++k) {
            const QChar c = filter[k];
            if (c == u'\\' && k + 1 < filter.size())
                rx += QRegularExpression::escape(QString(filter[++k]));
            else if (c == u'%')
                rx += u".*"_s;
            else if (c == u'_')
                rx += u'.';
            else
                rx += QRegularExpression::escape(QString(c));
        }
        const QRegularExpression like(u".*"_s + rx + u".*"_s,
                                      QRegularExpression::CaseInsensitiveOption |
                                          QRegularExpression::DotMatchesEverythingOption);
        auto hit = [&like](const QString& v) { return like.match(v).hasMatch(); };
        QList<const QJsonObject*> hits;
        for (const QJsonObject& u : a.users) {
            if (u.contains(u"deleted_at"_s))
                continue;
            if (!filter.isEmpty() && !hit(u.value(u"email"_s).toString()) &&
                !hit(u.value(u"user_metadata"_s).toObject().value(u"full_name"_s).toString()))
                continue;
            hits << &u;
        }
        const int page = qMax(1, req.qInt(u"page"_s, 1));
        const int perPage = qMax(1, req.qInt(u"per_page"_s, 50));
        QJsonArray out;
        for (int k = (page - 1) * perPage; k < qMin(int(hits.size()), page * perPage); ++k)
            out.append(*hits[k]);
        const int last = qMax(1, int((hits.size() + perPage - 1) / perPage));
        auto link = [&](int n) {
            QUrlQuery q;
            q.addQueryItem(u"page"_s, QString::number(n));
            q.addQueryItem(u"per_page"_s, QString::number(perPage));
            if (!filter.isEmpty())
                q.addQueryItem(u"filter"_s, QString::fromLatin1(QUrl::toPercentEncoding(filter)));
            return u"<http://%1/auth/v1/admin/users?%2>"_s.arg(req.host, q.toString(QUrl::FullyEncoded));
        };
        QStringList links;
        if (page < last)
            links << link(page + 1) + u"; rel=\"next\""_s;
        links << link(last) + u"; rel=\"last\""_s;
        Resp r = Resp::json(QJsonObject{{u"users"_s, out}, {u"aud"_s, u"authenticated"_s}});
        r.header("X-Total-Count", hits.size());
        r.header("Link", links.join(u", "_s).toUtf8());
        return r;
    }

    QMap<QString, Account> m_accounts;
};

} // namespace

std::unique_ptr<Processor> makeSupabase()
{
    return std::make_unique<Supabase>();
}

} // namespace lethe::sandbox
