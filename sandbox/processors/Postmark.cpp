// Postmark: outbound messages and bounces by recipient (count/offset, both required, TotalCount), suppression
// dumps, and data removals (account token): Pending, then Done on the second poll, when the address's
// messages, bounces and suppressions are gone.
#include "Processor.h"

#include <QMap>

namespace lethe::sandbox {

namespace {

using namespace Qt::StringLiterals;

const QStringList kAccounts = {u"leadtrackengine"_s};

Resp postmarkError(int status, int code, const QString& message)
{
    return Resp::json(status, QJsonObject{{u"ErrorCode"_s, code}, {u"Message"_s, message}});
}

struct Removal
{
    int id = 0;
    QString email;
    int polls = 0;
    bool done = false;
};

struct Account
{
    QList<QJsonObject> messages; // newest first
    QList<QJsonObject> bounces;
    QStringList suppressed; // addresses on the outbound stream's suppression list
    QMap<int, Removal> removals;
    int nextRemoval = 1000;
};

bool sameAddress(const QString& a, const QString& b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

class Postmark final : public Processor
{
public:
    QString key() const override { return u"postmark"_s; }

    void reset(const SeedData& seed) override
    {
        m_accounts.clear();
        const int heavy = seed.heavy(kAccounts);
        for (const QString& account : kAccounts) {
            Account& a = m_accounts[account];
            const auto holders = seed.holders(account);
            for (const SeedPerson* p : holders) {
                const int i = p->index;
                const int count = i == heavy ? 1050 : 1 + i % 4;
                for (int n = 0; n < count; ++n)
                    addMessage(a, i, n, p->person.email, p->person.name);
                const int bounces = i == heavy ? 1010 : (i % 4 == 0 ? 1 : 0);
                for (int n = 0; n < bounces; ++n)
                    addBounce(a, i, n, p->person.email);
                if (bounces > 0)
                    a.suppressed << p->person.email;
            }
            for (int n = 0; n < 25; ++n) {
                const Stranger s = SeedData::stranger(u"postmark"_s, n);
                addMessage(a, 8000 + n, 0, s.email, s.name);
            }
            // Near misses of the heavy subject's address: a message and a bounce each.
            for (const SeedPerson* p : holders) {
                if (p->index != heavy)
                    continue;
                int n = 8500;
                for (const QString& near : SeedData::nearMisses(p->person.email)) {
                    addMessage(a, n, 0, near, p->person.name);
                    addBounce(a, n++, 0, near);
                }
            }
            std::stable_sort(
                a.messages.begin(), a.messages.end(), [](const QJsonObject& x, const QJsonObject& y) {
                    return x.value(u"ReceivedAt"_s).toString() > y.value(u"ReceivedAt"_s).toString();
                });
        }
    }

    Resp handle(const Req& req) override
    {
        const QString server = req.header("x-postmark-server-token");
        const QString accountToken = req.header("x-postmark-account-token");
        const QStringList p = pathParts(req.path);
        const bool accountCall = !p.isEmpty() && p[0] == u"data-removals"_s;
        if (server.isEmpty() && accountToken.isEmpty()) {
            return postmarkError(
                401, 10,
                u"No Account or Server API tokens were supplied in the HTTP headers. Please add a "
                "header for either X-Postmark-Server-Token or X-Postmark-Account-Token."_s);
        }
        QString account;
        const QString prefix = accountCall ? u"sbx_postmark_account_"_s : u"sbx_postmark_"_s;
        const QString token = accountCall ? accountToken : server;
        if (token.startsWith(prefix) && m_accounts.contains(token.mid(prefix.size())))
            account = token.mid(prefix.size());
        if (account.isEmpty()) {
            return postmarkError(
                401, 10,
                u"The %1 token you provided is invalid. Please check your token and try again."_s.arg(
                    accountCall ? u"Account"_s : u"Server"_s));
        }
        Account& a = m_accounts[account];
        const QByteArray& m = req.method;
        if (accountCall)
            return dataRemovals(a, req, p);
        if (p.size() == 2 && p[0] == u"messages"_s && p[1] == u"outbound"_s && m == "GET")
            return messages(a, req);
        if (p.size() == 2 && p[0] == u"messages"_s && p[1] == u"inbound"_s && m == "GET")
            return emptyPage(req, u"InboundMessages"_s);
        if (p.size() == 3 && p[0] == u"messages"_s && p[1] == u"outbound"_s &&
            (p[2] == u"opens"_s || p[2] == u"clicks"_s) && m == "GET")
            return emptyPage(req, p[2] == u"opens"_s ? u"Opens"_s : u"Clicks"_s);
        if (p.size() == 4 && p[0] == u"messages"_s && p[1] == u"outbound"_s && m == "GET") {
            for (const QJsonObject& msg : a.messages) {
                if (msg.value(u"MessageID"_s).toString() != p[2])
                    continue;
                if (p[3] == u"details"_s) {
                    QJsonObject d = msg;
                    d.insert(u"TextBody"_s, u"Hello, this is your LeadTrackEngine summary."_s);
                    d.insert(u"HtmlBody"_s, u"<p>Hello, this is your LeadTrackEngine summary.</p>"_s);
                    d.insert(u"MessageEvents"_s, QJsonArray());
                    return Resp::json(d);
                }
                if (p[3] == u"dump"_s)
                    return Resp::json(
                        QJsonObject{{u"Body"_s, u"From: hello@leadtrackengine.example\r\n..."_s}});
            }
            return postmarkError(422, 701, u"This message was not found."_s);
        }
        if (p.size() == 1 && p[0] == u"bounces"_s && m == "GET")
            return bounces(a, req);
        if (p.size() == 4 && p[0] == u"message-streams"_s && p[2] == u"suppressions"_s) {
            if (p[3] == u"dump"_s && m == "GET") {
                QString filter = req.q(u"EmailAddress"_s);
                if (filter.isEmpty())
                    filter = req.q(u"emailAddress"_s);
                QJsonArray out;
                for (const QString& e : std::as_const(a.suppressed)) {
                    if (filter.isEmpty() || sameAddress(e, filter)) {
                        out.append(QJsonObject{{u"EmailAddress"_s, e},
                                               {u"SuppressionReason"_s, u"HardBounce"_s},
                                               {u"Origin"_s, u"Recipient"_s},
                                               {u"CreatedAt"_s, u"2024-02-01T10:00:00-05:00"_s}});
                    }
                }
                return Resp::json(QJsonObject{{u"Suppressions"_s, out}});
            }
            if (p[3] == u"delete"_s && m == "POST") {
                QJsonArray out;
                const QJsonArray in = req.jsonObject().value(u"Suppressions"_s).toArray();
                for (const QJsonValue& v : in) {
                    const QString e = v.toObject().value(u"EmailAddress"_s).toString();
                    a.suppressed.removeIf([&e](const QString& s) { return sameAddress(s, e); });
                    out.append(QJsonObject{
                        {u"EmailAddress"_s, e}, {u"Status"_s, u"Deleted"_s}, {u"Message"_s, QJsonValue()}});
                }
                return Resp::json(QJsonObject{{u"Suppressions"_s, out}});
            }
        }
        return Resp::json(404, QJsonObject{{u"ErrorCode"_s, 404}, {u"Message"_s, u"Not found."_s}});
    }

    QJsonObject state() const override
    {
        QJsonObject accounts;
        for (auto it = m_accounts.cbegin(); it != m_accounts.cend(); ++it) {
            int pending = 0;
            for (const Removal& r : it.value().removals)
                pending += r.done ? 0 : 1;
            accounts.insert(it.key(), QJsonObject{{u"messages"_s, int(it.value().messages.size())},
                                                  {u"bounces"_s, int(it.value().bounces.size())},
                                                  {u"suppressions"_s, int(it.value().suppressed.size())},
                                                  {u"data_removals"_s, int(it.value().removals.size())},
                                                  {u"pending_jobs"_s, pending}});
        }
        return QJsonObject{{u"accounts"_s, accounts}};
    }

    Resp tooManyRequests(int retryAfter) const override
    {
        return postmarkError(429, 429, u"Rate limit exceeded. Please slow down."_s)
            .header("Retry-After", retryAfter);
    }

    Resp serverError() const override
    {
        return postmarkError(500, 1, u"An internal server error occurred. Please try again later."_s);
    }

private:
    static void addMessage(Account& a, int i, int n, const QString& email, const QString& name)
    {
        const qint64 t = seedTime(i, n);
        a.messages << QJsonObject{
            {u"MessageID"_s, uuidFrom(u"postmark|%1|%2"_s.arg(i).arg(n))},
            {u"MessageStream"_s, u"outbound"_s},
            {u"Tag"_s, n % 2 == 0 ? u"digest"_s : u"reminder"_s},
            {u"To"_s, QJsonArray{QJsonObject{{u"Email"_s, email}, {u"Name"_s, name}}}},
            {u"Cc"_s, QJsonArray()},
            {u"Bcc"_s, QJsonArray()},
            {u"Recipients"_s, QJsonArray{email}},
            {u"ReceivedAt"_s, isoTime(t)},
            {u"From"_s, u"\"LeadTrackEngine\" <hello@leadtrackengine.example>"_s},
            {u"Subject"_s, n % 2 == 0 ? u"Your weekly contacts digest"_s : u"Follow-up reminder"_s},
            {u"Attachments"_s, QJsonArray()},
            {u"Status"_s, u"Sent"_s},
            {u"TrackOpens"_s, true},
            {u"TrackLinks"_s, u"None"_s},
            {u"Metadata"_s, QJsonObject()},
            {u"Sandboxed"_s, false}};
    }

    static void addBounce(Account& a, int i, int n, const QString& email)
    {
        a.bounces << QJsonObject{{u"ID"_s, qint64(i) * 100000 + n + 1},
                                 {u"Type"_s, u"HardBounce"_s},
                                 {u"TypeCode"_s, 1},
                                 {u"Name"_s, u"Hard bounce"_s},
                                 {u"MessageID"_s, uuidFrom(u"postmark-bounce|%1|%2"_s.arg(i).arg(n))},
                                 {u"ServerID"_s, 23},
                                 {u"MessageStream"_s, u"outbound"_s},
                                 {u"Description"_s, u"The server was unable to deliver your message."_s},
                                 {u"Details"_s, u"smtp;550 5.1.1 user unknown"_s},
                                 {u"Email"_s, email},
                                 {u"From"_s, u"hello@leadtrackengine.example"_s},
                                 {u"BouncedAt"_s, isoTime(seedTime(i, n))},
                                 {u"Inactive"_s, true},
                                 {u"CanActivate"_s, true},
                                 {u"Subject"_s, u"Your weekly contacts digest"_s}};
    }

    // count (1-500) and offset are required and count + offset <= 10000; 422 otherwise.
    static bool window(const Req& req, int* count, int* offset, Resp* error)
    {
        bool okC = false;
        bool okO = false;
        *count = req.q(u"count"_s).toInt(&okC);
        *offset = req.q(u"offset"_s).toInt(&okO);
        if (!okC || !okO || !req.hasQ(u"count"_s) || !req.hasQ(u"offset"_s)) {
            *error = postmarkError(422, 600, u"The 'count' and 'offset' query parameters are required."_s);
            return false;
        }
        if (*count < 1 || *count > 500 || *offset < 0 || *count + *offset > 10000) {
            *error =
                postmarkError(422, 600, u"'count' must be 1 to 500 and 'count' + 'offset' at most 10000."_s);
            return false;
        }
        return true;
    }

    static Resp pageOf(const QList<const QJsonObject*>& hits, const QString& field, const Req& req)
    {
        int count = 0;
        int offset = 0;
        Resp error;
        if (!window(req, &count, &offset, &error))
            return error;
        QJsonArray out;
        for (int k = offset; k < qMin(int(hits.size()), offset + count); ++k)
            out.append(*hits[k]);
        return Resp::json(QJsonObject{{u"TotalCount"_s, int(hits.size())}, {field, out}});
    }

    static Resp emptyPage(const Req& req, const QString& field) { return pageOf({}, field, req); }

    static Resp messages(const Account& a, const Req& req)
    {
        const QString recipient = req.q(u"recipient"_s);
        const QString tag = req.q(u"tag"_s);
        QList<const QJsonObject*> hits;
        for (const QJsonObject& m : a.messages) {
            if (!recipient.isEmpty()) {
                bool found = false;
                const QJsonArray rs = m.value(u"Recipients"_s).toArray();
                for (const QJsonValue& r : rs)
                    found = found || sameAddress(r.toString(), recipient);
                if (!found)
                    continue;
            }
            if (!tag.isEmpty() && m.value(u"Tag"_s).toString() != tag)
                continue;
            hits << &m;
        }
        return pageOf(hits, u"Messages"_s, req);
    }

    static Resp bounces(const Account& a, const Req& req)
    {
        const QString filter = req.q(u"emailFilter"_s);
        QList<const QJsonObject*> hits;
        for (const QJsonObject& b : a.bounces) {
            if (filter.isEmpty() || b.value(u"Email"_s).toString().contains(filter, Qt::CaseInsensitive))
                hits << &b;
        }
        return pageOf(hits, u"Bounces"_s, req);
    }

    static QJsonObject removalJson(const Removal& r)
    {
        return QJsonObject{{u"ID"_s, r.id}, {u"Status"_s, r.done ? u"Done"_s : u"Pending"_s}};
    }

    static Resp dataRemovals(Account& a, const Req& req, const QStringList& p)
    {
        if (p.size() == 1 && req.method == "POST") {
            bool ok = false;
            const QJsonObject body = req.jsonObject(&ok);
            const QString email = body.value(u"RequestedFor"_s).toString();
            if (!ok || email.isEmpty() || body.value(u"RequestedBy"_s).toString().isEmpty())
                return postmarkError(422, 1200, u"'RequestedBy' and 'RequestedFor' are required."_s);
            Removal r;
            r.id = a.nextRemoval++;
            r.email = email;
            a.removals.insert(r.id, r);
            return Resp::json(removalJson(r));
        }
        if (p.size() == 2 && req.method == "GET") {
            auto it = a.removals.find(p[1].toInt());
            if (it == a.removals.end())
                return postmarkError(422, 1201, u"Data removal request not found."_s);
            Removal& r = it.value();
            if (!r.done && ++r.polls >= 2) {
                r.done = true;
                const QString e = r.email;
                a.messages.removeIf([&e](const QJsonObject& m) {
                    const QJsonArray rs = m.value(u"Recipients"_s).toArray();
                    for (const QJsonValue& v : rs) {
                        if (sameAddress(v.toString(), e))
                            return true;
                    }
                    return false;
                });
                a.bounces.removeIf(
                    [&e](const QJsonObject& b) { return sameAddress(b.value(u"Email"_s).toString(), e); });
                a.suppressed.removeIf([&e](const QString& s) { return sameAddress(s, e); });
            }
            return Resp::json(removalJson(r));
        }
        return Resp::json(404, QJsonObject{{u"ErrorCode"_s, 404}, {u"Message"_s, u"Not found."_s}});
    }

    QMap<QString, Account> m_accounts;
};

} // namespace

std::unique_ptr<Processor> makePostmark()
{
    return std::make_unique<Postmark>();
}

} // namespace lethe::sandbox
