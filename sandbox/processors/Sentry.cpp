// Sentry: event users of project "web" (query email:/id:/username:/ip:), issues affecting a user
// (query user.email:x), bulk issue deletion (204 even when nothing matched), Link-header cursor paging.
// One organisation per product (org slug = product key).
#include "Processor.h"

#include <QDateTime>
#include <QMap>

namespace lethe::sandbox {

namespace {

using namespace Qt::StringLiterals;

const QStringList kAccounts = {u"leadsgen"_s, u"leadnest"_s};

Resp detail(int status, const QString& message)
{
    return Resp::json(status, QJsonObject{{u"detail"_s, message}});
}

struct Issue
{
    QJsonObject obj;
    QStringList emails; // users the issue affected
};

struct Account
{
    QList<QJsonObject> users;
    QList<Issue> issues; // newest first
    QList<QJsonObject> feedback;
    int deletedIssues = 0;
};

class Sentry final : public Processor
{
public:
    QString key() const override { return u"sentry"_s; }

    void reset(const SeedData& seed) override
    {
        m_accounts.clear();
        const int heavy = seed.heavy(kAccounts);
        int issueNo = 1000;
        for (const QString& org : kAccounts) {
            Account& a = m_accounts[org];
            auto addUser = [&a](int i, const QString& email, const QString& name) {
                a.users << QJsonObject{
                    {u"id"_s, QString::number(100000 + i)},
                    {u"tagValue"_s, u"email:"_s + email},
                    {u"identifier"_s, QString::number(100000 + i)},
                    {u"username"_s, email.section(u'@', 0, 0)},
                    {u"email"_s, email},
                    {u"name"_s, name},
                    {u"ipAddress"_s, u"192.0.2.%1"_s.arg(1 + i % 250)},
                    {u"avatarUrl"_s,
                     u"https://secure.gravatar.com/avatar/%1?s=32&d=mm"_s.arg(md5Hex(email.toLower()))},
                    {u"hash"_s, md5Hex(email)},
                    {u"dateCreated"_s, isoTimeMs(seedTime(i, 0))}};
            };
            auto addIssue = [&a, &issueNo, &org](int i, int n, const QString& email) {
                const int id = issueNo++;
                Issue issue;
                issue.emails << email;
                const qint64 t = seedTime(i, n);
                issue.obj = QJsonObject{
                    {u"id"_s, QString::number(id)},
                    {u"shortId"_s, u"WEB-%1"_s.arg(id)},
                    {u"title"_s, n % 2 == 0 ? u"TypeError: Cannot read properties of undefined"_s
                                            : u"NetworkError when attempting to fetch resource."_s},
                    {u"culprit"_s, u"app/leads/list"_s},
                    {u"permalink"_s, u"https://%1.sentry.io/issues/%2/"_s.arg(org).arg(id)},
                    {u"level"_s, u"error"_s},
                    {u"status"_s, u"unresolved"_s},
                    {u"count"_s, QString::number(1 + n % 9)},
                    {u"userCount"_s, 1},
                    {u"firstSeen"_s, isoTimeMs(t)},
                    {u"lastSeen"_s, isoTimeMs(t + 3600)},
                    {u"assignedTo"_s, QJsonValue()},
                    {u"project"_s,
                     QJsonObject{{u"id"_s, u"1"_s}, {u"name"_s, u"web"_s}, {u"slug"_s, u"web"_s}}},
                    {u"metadata"_s, QJsonObject{{u"type"_s, u"TypeError"_s}, {u"value"_s, u"undefined"_s}}}};
                a.issues << issue;
            };
            const auto holders = seed.holders(org);
            for (const SeedPerson* p : holders) {
                const int i = p->index;
                addUser(i, p->person.email, p->person.name);
                const int issues = i == heavy ? 230 : 1 + i % 2;
                for (int n = 0; n < issues; ++n)
                    addIssue(i, n, p->person.email);
                if (i % 4 == 0) {
                    a.feedback << QJsonObject{{u"id"_s, QString::number(5000 + i)},
                                              {u"name"_s, p->person.name},
                                              {u"email"_s, p->person.email},
                                              {u"comments"_s, u"The export button did nothing."_s},
                                              {u"dateCreated"_s, isoTimeMs(seedTime(i, 5))}};
                }
            }
            // Near misses of the heavy subject's address: an event user and an issue each.
            for (const SeedPerson* p : holders) {
                if (p->index != heavy)
                    continue;
                int n = 8500;
                for (const QString& near : SeedData::nearMisses(p->person.email)) {
                    addUser(n, near, p->person.name);
                    addIssue(n++, 0, near);
                }
            }
            for (int n = 0; n < 10; ++n) {
                const Stranger s = SeedData::stranger(u"sentry-"_s + org, n);
                addUser(9000 + n, s.email, s.name);
                addIssue(9000 + n, 0, s.email);
            }
            std::stable_sort(a.issues.begin(), a.issues.end(), [](const Issue& x, const Issue& y) {
                return x.obj.value(u"lastSeen"_s).toString() > y.obj.value(u"lastSeen"_s).toString();
            });
        }
    }

    Resp handle(const Req& req) override
    {
        const QString token = req.bearer();
        if (token.isEmpty())
            return detail(401, u"Authentication credentials were not provided."_s);
        const QString org = token.startsWith(u"sbx_sentry_"_s) ? token.mid(11) : QString();
        if (!m_accounts.contains(org))
            return detail(401, u"Invalid token"_s);
        const QStringList p = pathParts(req.path);
        if (p.size() < 4 || p[0] != u"api"_s || p[1] != u"0"_s)
            return detail(404, u"The requested resource does not exist"_s);
        if (p[3] != org) {
            if (!m_accounts.contains(p[3]))
                return detail(404, u"The requested resource does not exist"_s);
            return detail(403, u"You do not have permission to perform this action."_s);
        }
        Account& a = m_accounts[org];
        const QByteArray& m = req.method;
        if (p[2] == u"projects"_s && p.size() == 6 && m == "GET") {
            if (p[4] != u"web"_s)
                return detail(404, u"The requested resource does not exist"_s);
            if (p[5] == u"users"_s)
                return users(a, req);
            if (p[5] == u"user-feedback"_s) {
                QList<const QJsonObject*> all;
                for (const QJsonObject& f : a.feedback)
                    all << &f;
                return paged(all, req);
            }
        }
        if (p[2] == u"organizations"_s && p.size() == 5 && p[4] == u"members"_s && m == "GET")
            return paged({}, req);
        if (p[2] == u"organizations"_s && p.size() >= 5 && p[4] == u"issues"_s) {
            if (p.size() == 5 && m == "GET")
                return issues(a, req);
            if (p.size() == 5 && m == "DELETE") {
                const QStringList ids = req.qAll(u"id"_s);
                if (ids.size() > 100)
                    return detail(400, u"You can delete at most 100 issues at a time."_s);
                const qsizetype before = a.issues.size();
                a.issues.removeIf(
                    [&ids](const Issue& i) { return ids.contains(i.obj.value(u"id"_s).toString()); });
                a.deletedIssues += int(before - a.issues.size());
                return Resp::empty(204); // even when nothing matched
            }
            if (p.size() == 6) {
                for (qsizetype k = 0; k < a.issues.size(); ++k) {
                    if (a.issues[k].obj.value(u"id"_s).toString() != p[5])
                        continue;
                    if (m == "GET")
                        return Resp::json(a.issues[k].obj);
                    if (m == "PUT") {
                        const QJsonObject body = req.jsonObject();
                        if (body.contains(u"assignedTo"_s)) {
                            const QString to = body.value(u"assignedTo"_s).toString();
                            a.issues[k].obj.insert(u"assignedTo"_s,
                                                   to.isEmpty() ? QJsonValue() : QJsonValue(to));
                        }
                        if (body.contains(u"status"_s))
                            a.issues[k].obj.insert(u"status"_s, body.value(u"status"_s));
                        return Resp::json(a.issues[k].obj);
                    }
                    if (m == "DELETE") {
                        a.issues.removeAt(k);
                        ++a.deletedIssues;
                        return Resp::empty(202);
                    }
                }
                return detail(404, u"The requested resource does not exist"_s);
            }
        }
        return detail(404, u"The requested resource does not exist"_s);
    }

    QJsonObject state() const override
    {
        QJsonObject accounts;
        for (auto it = m_accounts.cbegin(); it != m_accounts.cend(); ++it) {
            accounts.insert(it.key(), QJsonObject{{u"users"_s, int(it.value().users.size())},
                                                  {u"issues"_s, int(it.value().issues.size())},
                                                  {u"deleted_issues"_s, it.value().deletedIssues},
                                                  {u"user_feedback"_s, int(it.value().feedback.size())}});
        }
        return QJsonObject{{u"accounts"_s, accounts}};
    }

    Resp tooManyRequests(int retryAfter) const override
    {
        Resp r =
            detail(429, u"You are attempting to use this endpoint too frequently. Limit is 40 requests in 1 "
                        "seconds"_s);
        r.header("Retry-After", retryAfter).header("X-Sentry-Rate-Limit-Limit", 40);
        r.header("X-Sentry-Rate-Limit-Remaining", 0);
        r.header("X-Sentry-Rate-Limit-Reset", QDateTime::currentSecsSinceEpoch() + retryAfter);
        r.header("X-Sentry-Rate-Limit-ConcurrentLimit", 25)
            .header("X-Sentry-Rate-Limit-ConcurrentRemaining", 24);
        return r;
    }

    Resp serverError() const override { return detail(500, u"Internal Error"_s); }

private:
    // Cursor "0:<offset>:<is_prev>", 100 per page (per_page/limit may lower it), a Link header with
    // results="true"/"false" on both links.
    static Resp paged(const QList<const QJsonObject*>& items, const Req& req)
    {
        int size = qBound(1, req.qInt(u"per_page"_s, req.qInt(u"limit"_s, 100)), 100);
        int offset = 0;
        if (req.hasQ(u"cursor"_s)) {
            const QStringList c = req.q(u"cursor"_s).split(u':');
            bool ok = c.size() == 3;
            offset = ok ? c[1].toInt(&ok) : 0;
            if (!ok || offset < 0)
                return detail(400, u"Invalid cursor parameter."_s);
        }
        QJsonArray out;
        for (int k = offset; k < qMin(int(items.size()), offset + size); ++k)
            out.append(*items[k]);
        QUrlQuery rest = req.query;
        rest.removeAllQueryItems(u"cursor"_s);
        const QString base = u"http://%1%2?%3"_s.arg(req.host, req.path, rest.toString(QUrl::FullyEncoded));
        const QString sep = rest.isEmpty() ? QString() : u"&"_s;
        const QString prev = u"0:%1:1"_s.arg(qMax(0, offset - size));
        const QString next = u"0:%1:0"_s.arg(offset + size);
        const bool hasPrev = offset > 0;
        const bool hasNext = offset + size < items.size();
        const QString link =
            u"<%1%2cursor=%3>; rel=\"previous\"; results=\"%4\"; cursor=\"%3\", "
            "<%1%2cursor=%5>; rel=\"next\"; results=\"%6\"; cursor=\"%5\""_s.arg(
                base, sep, prev, hasPrev ? u"true"_s : u"false"_s, next, hasNext ? u"true"_s : u"false"_s);
        Resp r = Resp::json(out);
        r.header("Link", link.toUtf8());
        return r;
    }

    static Resp users(const Account& a, const Req& req)
    {
        const QString query = req.q(u"query"_s).trimmed();
        QString field;
        QString value;
        if (!query.isEmpty()) {
            field = query.section(u':', 0, 0);
            value = query.section(u':', 1);
            static const QMap<QString, QString> fields = {{u"email"_s, u"email"_s},
                                                          {u"id"_s, u"identifier"_s},
                                                          {u"username"_s, u"username"_s},
                                                          {u"ip"_s, u"ipAddress"_s}};
            if (!fields.contains(field))
                return detail(400, u"Invalid query: use one of email:, id:, username:, ip:"_s);
            field = fields.value(field);
        }
        QList<const QJsonObject*> hits;
        for (const QJsonObject& u : a.users) {
            if (field.isEmpty() || u.value(field).toString() == value)
                hits << &u;
        }
        return paged(hits, req);
    }

    static Resp issues(const Account& a, const Req& req)
    {
        const QString query = req.hasQ(u"query"_s) ? req.q(u"query"_s) : u"is:unresolved"_s;
        QString email;
        bool unresolved = false;
        const QStringList terms = query.split(u' ', Qt::SkipEmptyParts);
        for (const QString& t : terms) {
            if (t.startsWith(u"user.email:"_s))
                email = t.mid(11);
            else if (t == u"is:unresolved"_s)
                unresolved = true;
        }
        QList<const QJsonObject*> hits;
        for (const Issue& i : a.issues) {
            if (!email.isEmpty() && !i.emails.contains(email))
                continue;
            if (unresolved && i.obj.value(u"status"_s).toString() != u"unresolved"_s)
                continue;
            hits << &i.obj;
        }
        return paged(hits, req);
    }

    QMap<QString, Account> m_accounts;
};

} // namespace

std::unique_ptr<Processor> makeSentry()
{
    return std::make_unique<Sentry>();
}

} // namespace lethe::sandbox
