// Resend: contacts by id or email (GET, DELETE), sent emails (GET /emails lists every email of the account:
// there is no recipient filter; emails cannot be deleted), suppressions. after/before/limit cursor paging,
// has_more.
#include "Processor.h"

#include <QMap>

namespace lethe::sandbox {

namespace {

using namespace Qt::StringLiterals;

const QStringList kAccounts = {u"leadsgen"_s, u"leadmachine"_s, u"alwaysleads"_s};

Resp resendError(int status, const QString& name, const QString& message)
{
    return Resp::json(status,
                      QJsonObject{{u"statusCode"_s, status}, {u"message"_s, message}, {u"name"_s, name}});
}

struct Account
{
    QString sender;
    QList<QJsonObject> contacts;     // newest first
    QList<QJsonObject> emails;       // newest first
    QList<QJsonObject> suppressions; // newest first
};

class Resend final : public Processor
{
public:
    QString key() const override { return u"resend"_s; }

    void reset(const SeedData& seed) override
    {
        m_accounts.clear();
        const int heavy = seed.heavy(kAccounts);
        for (const QString& account : kAccounts) {
            Account& a = m_accounts[account];
            a.sender = u"%1 <hello@%1.example>"_s.arg(account);
            const auto holders = seed.holders(account);
            int strangerNo = 0;
            for (const SeedPerson* p : holders) {
                const int i = p->index;
                const DemoPerson& d = p->person;
                a.contacts << QJsonObject{{u"object"_s, u"contact"_s},
                                          {u"id"_s, uuidFrom(u"resend-contact|"_s + account + d.email)},
                                          {u"email"_s, d.email},
                                          {u"first_name"_s, d.first},
                                          {u"last_name"_s, d.last},
                                          {u"created_at"_s, isoTimeMs(seedTime(i, 0))},
                                          {u"unsubscribed"_s, i % 7 == 3},
                                          {u"properties"_s, QJsonObject()},
                                          {u"_t"_s, seedTime(i, 0)}};
                const int sent = i == heavy ? 230 : 1 + i % 3;
                for (int n = 0; n < sent; ++n)
                    addEmail(a, account, i, n, {d.email}, {}, u"Your %1 weekly digest"_s.arg(account));
                if (i % 4 == 1) {
                    // Copied on someone else's email: only a cc match finds it.
                    const Stranger s = SeedData::stranger(u"resend-cc-"_s + account, strangerNo++);
                    addEmail(a, account, i, 900, {s.email}, {d.email}, u"Introduction"_s);
                }
                if (i % 4 == 2) {
                    a.suppressions << QJsonObject{{u"object"_s, u"suppression"_s},
                                                  {u"id"_s, uuidFrom(u"resend-supp|"_s + account + d.email)},
                                                  {u"email"_s, d.email},
                                                  {u"origin"_s, u"bounce"_s},
                                                  {u"created_at"_s, isoTimeMs(seedTime(i, 3))},
                                                  {u"_t"_s, seedTime(i, 3)}};
                }
                if (i == 0) {
                    // Decoy: person 0's address only in the subject line of an email to someone else.
                    const Stranger s = SeedData::stranger(u"resend-decoy-"_s + account, 0);
                    addEmail(a, account, 7000, 0, {s.email}, {},
                             u"Re: %1 asked about your pricing"_s.arg(d.email));
                }
            }
            // Near misses of the heavy subject's address: an email to each, and a contact.
            for (const SeedPerson* p : holders) {
                if (p->index != heavy)
                    continue;
                int n = 7500;
                for (const QString& near : SeedData::nearMisses(p->person.email)) {
                    addEmail(a, account, n, 0, {near}, {}, u"Your %1 weekly digest"_s.arg(account));
                    a.contacts << QJsonObject{{u"object"_s, u"contact"_s},
                                              {u"id"_s, uuidFrom(u"resend-contact|"_s + account + near)},
                                              {u"email"_s, near},
                                              {u"first_name"_s, p->person.first},
                                              {u"last_name"_s, p->person.last},
                                              {u"created_at"_s, isoTimeMs(seedTime(n, 0))},
                                              {u"unsubscribed"_s, false},
                                              {u"properties"_s, QJsonObject()},
                                              {u"_t"_s, seedTime(n, 0)}};
                    ++n;
                }
            }
            for (int n = 0; n < 15; ++n) {
                const Stranger s = SeedData::stranger(u"resend-"_s + account, n);
                addEmail(a, account, 7100 + n, 0, {s.email}, {}, u"Welcome to %1"_s.arg(account));
            }
            for (QList<QJsonObject>* list : {&a.contacts, &a.emails, &a.suppressions}) {
                std::stable_sort(list->begin(), list->end(), [](const QJsonObject& x, const QJsonObject& y) {
                    return x.value(u"_t"_s).toInteger() > y.value(u"_t"_s).toInteger();
                });
                for (QJsonObject& o : *list)
                    o.remove(u"_t"_s);
            }
        }
    }

    Resp handle(const Req& req) override
    {
        const QString token = req.bearer();
        if (token.isEmpty()) {
            return resendError(
                401, u"missing_api_key"_s,
                u"Missing API key in the authorization header. Include the following header in "
                "the request: Authorization: Bearer YOUR_API_KEY"_s);
        }
        const QString account = token.startsWith(u"sbx_resend_"_s) ? token.mid(11) : QString();
        if (!m_accounts.contains(account))
            return resendError(401, u"invalid_api_key"_s, u"API key is invalid"_s);
        Account& a = m_accounts[account];
        const QStringList p = pathParts(req.path);
        const QByteArray& m = req.method;
        if (p.isEmpty())
            return notFound();
        if (p[0] == u"contacts"_s || (p[0] == u"audiences"_s && p.size() >= 3 && p[2] == u"contacts"_s)) {
            const QStringList rest = p[0] == u"contacts"_s ? p.mid(1) : p.mid(3);
            if (rest.isEmpty() && m == "GET")
                return page(a.contacts, req);
            if (rest.isEmpty())
                return methodNotAllowed();
            const qsizetype at = find(a.contacts, rest[0]);
            if (at < 0)
                return resendError(404, u"not_found"_s, u"Contact not found"_s);
            if (rest.size() == 1 && m == "GET")
                return Resp::json(a.contacts[at]);
            if (rest.size() == 1 && m == "DELETE") {
                const QString id = a.contacts[at].value(u"id"_s).toString();
                a.contacts.removeAt(at);
                return Resp::json(
                    QJsonObject{{u"object"_s, u"contact"_s}, {u"id"_s, id}, {u"deleted"_s, true}});
            }
            if (rest.size() == 2 && m == "GET" && (rest[1] == u"segments"_s || rest[1] == u"topics"_s))
                return page({}, req);
            return methodNotAllowed();
        }
        if (p[0] == u"emails"_s) {
            if (p.size() == 1 && m == "GET")
                return page(a.emails, req);
            if (p.size() == 2 && p[1] == u"receiving"_s && m == "GET")
                return page({}, req);
            if (p.size() >= 2) {
                const qsizetype at = find(a.emails, p[1]);
                if (at < 0)
                    return resendError(404, u"not_found"_s, u"Email not found"_s);
                if (p.size() == 2 && m == "GET")
                    return Resp::json(a.emails[at]);
                if (p.size() == 3 && p[2] == u"cancel"_s && m == "POST") {
                    return resendError(422, u"validation_error"_s,
                                       u"Only scheduled emails can be canceled."_s);
                }
            }
            return methodNotAllowed(); // there is no API to delete a sent email
        }
        if (p[0] == u"suppressions"_s && p.size() == 2) {
            const qsizetype at = find(a.suppressions, p[1]);
            if (at < 0)
                return resendError(404, u"not_found"_s, u"Suppression not found"_s);
            if (m == "GET")
                return Resp::json(a.suppressions[at]);
            if (m == "DELETE") {
                const QString id = a.suppressions[at].value(u"id"_s).toString();
                a.suppressions.removeAt(at);
                return Resp::json(
                    QJsonObject{{u"object"_s, u"suppression"_s}, {u"id"_s, id}, {u"deleted"_s, true}});
            }
            return methodNotAllowed();
        }
        return notFound();
    }

    QJsonObject state() const override
    {
        QJsonObject accounts;
        for (auto it = m_accounts.cbegin(); it != m_accounts.cend(); ++it) {
            accounts.insert(it.key(), QJsonObject{{u"contacts"_s, int(it.value().contacts.size())},
                                                  {u"emails"_s, int(it.value().emails.size())},
                                                  {u"suppressions"_s, int(it.value().suppressions.size())}});
        }
        return QJsonObject{{u"accounts"_s, accounts}};
    }

    Resp tooManyRequests(int retryAfter) const override
    {
        Resp r = resendError(
            429, u"rate_limit_exceeded"_s,
            u"Too many requests. You can only make 2 requests per second. See rate limit response "
            "headers for more information. Or contact support to increase rate limit."_s);
        r.header("ratelimit-limit", 2).header("ratelimit-remaining", 0).header("ratelimit-reset", retryAfter);
        r.header("retry-after", retryAfter);
        return r;
    }

    Resp serverError() const override
    {
        return resendError(500, u"application_error"_s,
                           u"An unexpected error occurred, please try again later."_s);
    }

private:
    static Resp notFound()
    {
        return resendError(404, u"not_found"_s, u"The requested endpoint does not exist."_s);
    }

    static Resp methodNotAllowed()
    {
        return resendError(405, u"method_not_allowed"_s, u"Method is not allowed for the requested path."_s);
    }

    static qsizetype find(const QList<QJsonObject>& list, const QString& idOrEmail)
    {
        for (qsizetype k = 0; k < list.size(); ++k) {
            if (list[k].value(u"id"_s).toString() == idOrEmail ||
                list[k].value(u"email"_s).toString().compare(idOrEmail, Qt::CaseInsensitive) == 0)
                return k;
        }
        return -1;
    }

    static void addEmail(Account& a, const QString& account, int i, int n, const QStringList& to,
                         const QStringList& cc, const QString& subject)
    {
        const qint64 t = seedTime(i, n);
        a.emails << QJsonObject{{u"object"_s, u"email"_s},
                                {u"id"_s, uuidFrom(u"resend-email|%1|%2|%3"_s.arg(account).arg(i).arg(n))},
                                {u"to"_s, QJsonArray::fromStringList(to)},
                                {u"from"_s, a.sender},
                                {u"created_at"_s, isoTimeMs(t)},
                                {u"subject"_s, subject},
                                {u"html"_s, u"<p>%1</p>"_s.arg(subject)},
                                {u"text"_s, subject},
                                {u"bcc"_s, QJsonArray()},
                                {u"cc"_s, QJsonArray::fromStringList(cc)},
                                {u"reply_to"_s, QJsonArray()},
                                {u"last_event"_s, u"delivered"_s},
                                {u"scheduled_at"_s, QJsonValue()},
                                {u"_t"_s, t}};
    }

    static Resp page(const QList<QJsonObject>& items, const Req& req)
    {
        bool ok = true;
        const int limit = req.qInt(u"limit"_s, 20, &ok);
        if (!ok || limit < 1 || limit > 100) {
            return resendError(422, u"validation_error"_s,
                               u"The `limit` parameter must be a number between 1 and 100."_s);
        }
        auto indexOf = [&items](const QString& id) {
            for (int k = 0; k < items.size(); ++k) {
                if (items[k].value(u"id"_s).toString() == id)
                    return k;
            }
            return -1;
        };
        int from = 0;
        int to = 0;
        bool more = false;
        if (req.hasQ(u"after"_s) && req.hasQ(u"before"_s))
            return resendError(422, u"validation_error"_s,
                               u"You can only use `after` or `before`, not both."_s);
        if (req.hasQ(u"before"_s)) {
            const int at = indexOf(req.q(u"before"_s));
            if (at < 0)
                return resendError(422, u"validation_error"_s, u"The `before` cursor is not valid."_s);
            from = qMax(0, at - limit);
            to = at;
            more = from > 0;
        } else {
            if (req.hasQ(u"after"_s)) {
                const int at = indexOf(req.q(u"after"_s));
                if (at < 0)
                    return resendError(422, u"validation_error"_s, u"The `after` cursor is not valid."_s);
                from = at + 1;
            }
            to = qMin(int(items.size()), from + limit);
            more = to < items.size();
        }
        QJsonArray data;
        for (int k = from; k < to; ++k)
            data.append(items[k]);
        return Resp::json(QJsonObject{{u"object"_s, u"list"_s}, {u"has_more"_s, more}, {u"data"_s, data}});
    }

    QMap<QString, Account> m_accounts;
};

} // namespace

std::unique_ptr<Processor> makeResend()
{
    return std::make_unique<Resend>();
}

} // namespace lethe::sandbox
