// Mailchimp Marketing: /3.0/search-members (exact_matches + full_search), members of list "demo-list" by
// md5(lower-case email), delete-permanent (204, then 404) and DELETE (archives). One account, "demo".
#include "Processor.h"

#include <QMap>

namespace lethe::sandbox {

namespace {

using namespace Qt::StringLiterals;

const QString kList = u"demo-list"_s;

Resp problem(int status, const QString& title, const QString& detail)
{
    Resp r = Resp::json(status,
                        QJsonObject{{u"type"_s, u"https://mailchimp.com/developer/marketing/docs/errors/"_s},
                                    {u"title"_s, title},
                                    {u"status"_s, status},
                                    {u"detail"_s, detail},
                                    {u"instance"_s, uuidFrom(title + detail)}});
    r.contentType = "application/problem+json; charset=utf-8";
    return r;
}

class Mailchimp final : public Processor
{
public:
    QString key() const override { return u"mailchimp"_s; }

    void reset(const SeedData& seed) override
    {
        m_members.clear();
        m_deleted = 0;
        for (const SeedPerson* p : seed.known())
            add(p->index, p->person.email, p->person.first, p->person.last, p->person.phone);
        // Near misses of person 0's address: full_search returns them, exact_matches does not.
        int decoy = 9500;
        for (const QString& near : SeedData::nearMisses(seed.people().first().person.email))
            add(decoy++, near, seed.people().first().person.first, seed.people().first().person.last,
                QString());
        for (int n = 0; n < 30; ++n) {
            const Stranger s = SeedData::stranger(u"mailchimp"_s, n);
            add(9000 + n, s.email, s.first, s.last, QString());
        }
    }

    Resp handle(const Req& req) override
    {
        QString user;
        QString password;
        const bool basic = req.basic(&user, &password);
        const QString key = basic ? password : req.bearer();
        if (key != u"sbx_mailchimp_demo"_s) {
            return problem(
                401, u"API Key Invalid"_s,
                u"Your API key may be invalid, or you've attempted to access the wrong datacenter."_s);
        }
        const QStringList p = pathParts(req.path);
        const QByteArray& m = req.method;
        if (p.size() < 2 || p[0] != u"3.0"_s)
            return notFound();
        if (p.size() == 2 && p[1] == u"search-members"_s && m == "GET")
            return search(req);
        if (p.size() == 2 && p[1] == u"lists"_s && m == "GET") {
            const QJsonObject list{{u"id"_s, kList},
                                   {u"name"_s, u"Demo list"_s},
                                   {u"stats"_s, QJsonObject{{u"member_count"_s, int(m_members.size())}}}};
            return Resp::json(QJsonObject{{u"lists"_s, QJsonArray{list}}, {u"total_items"_s, 1}});
        }
        if (p.size() >= 4 && p[1] == u"lists"_s && p[3] == u"members"_s) {
            if (p[2] != kList)
                return notFound();
            if (p.size() == 4 && m == "GET") {
                const int count = qBound(1, req.qInt(u"count"_s, 10), 1000);
                const int offset = qMax(0, req.qInt(u"offset"_s, 0));
                QJsonArray out;
                const QList<QJsonObject> all = m_members.values();
                for (int k = offset; k < qMin(int(all.size()), offset + count); ++k)
                    out.append(all[k]);
                return Resp::json(QJsonObject{
                    {u"members"_s, out}, {u"list_id"_s, kList}, {u"total_items"_s, int(all.size())}});
            }
            const QString hash = p[4].toLower();
            auto it = m_members.find(hash);
            if (it == m_members.end())
                return notFound();
            if (p.size() == 5 && m == "GET")
                return Resp::json(it.value());
            if (p.size() == 5 && m == "DELETE") {
                it.value().insert(u"status"_s, u"archived"_s); // DELETE only archives
                return Resp::empty(204);
            }
            if (p.size() == 5 && (m == "PUT" || m == "PATCH")) {
                const QJsonObject body = req.jsonObject();
                for (auto b = body.begin(); b != body.end(); ++b)
                    it.value().insert(b.key(), b.value());
                return Resp::json(it.value());
            }
            if (p.size() == 7 && p[5] == u"actions"_s && p[6] == u"delete-permanent"_s && m == "POST") {
                m_members.erase(it);
                ++m_deleted;
                return Resp::empty(204);
            }
            if (p.size() == 6 && m == "GET" && p[5] == u"activity-feed"_s)
                return Resp::json(QJsonObject{
                    {u"activity"_s,
                     QJsonArray{QJsonObject{{u"activity_type"_s, u"sent"_s},
                                            {u"created_at_timestamp"_s, u"2024-02-01T10:00:00+00:00"_s},
                                            {u"campaign_title"_s, u"February newsletter"_s}}}},
                    {u"total_items"_s, 1}});
            if (p.size() == 6 && m == "GET" && (p[5] == u"notes"_s || p[5] == u"tags"_s))
                return Resp::json(QJsonObject{{p[5], QJsonArray()}, {u"total_items"_s, 0}});
        }
        return notFound();
    }

    QJsonObject state() const override
    {
        int archived = 0;
        for (const QJsonObject& m : m_members)
            archived += m.value(u"status"_s).toString() == u"archived"_s ? 1 : 0;
        return QJsonObject{
            {u"accounts"_s, QJsonObject{{u"demo"_s, QJsonObject{{u"members"_s, int(m_members.size())},
                                                                {u"archived"_s, archived},
                                                                {u"permanently_deleted"_s, m_deleted}}}}}};
    }

    Resp tooManyRequests(int retryAfter) const override
    {
        return problem(429, u"Too Many Requests"_s,
                       u"You have exceeded the limit of 10 simultaneous connections."_s)
            .header("Retry-After", retryAfter);
    }

    Resp serverError() const override
    {
        return problem(500, u"Internal Server Error"_s, u"An unexpected internal error has occurred."_s);
    }

private:
    static Resp notFound()
    {
        return problem(404, u"Resource Not Found"_s, u"The requested resource could not be found."_s);
    }

    void add(int i, const QString& email, const QString& first, const QString& last, const QString& phone)
    {
        const QString hash = md5Hex(email.toLower());
        m_members.insert(
            hash, QJsonObject{{u"id"_s, hash},
                              {u"email_address"_s, email},
                              {u"unique_email_id"_s, hexId(u"mc|"_s + email, 10)},
                              {u"contact_id"_s, hexId(u"mc-contact|"_s + email, 32)},
                              {u"full_name"_s, (first + u' ' + last).trimmed()},
                              {u"status"_s, i % 6 == 5 ? u"unsubscribed"_s : u"subscribed"_s},
                              {u"merge_fields"_s,
                               QJsonObject{{u"FNAME"_s, first}, {u"LNAME"_s, last}, {u"PHONE"_s, phone}}},
                              {u"list_id"_s, kList},
                              {u"ip_signup"_s, QString()},
                              {u"timestamp_signup"_s, QString()},
                              {u"last_changed"_s, isoTime(seedTime(i, 1))},
                              {u"tags"_s, QJsonArray()}});
    }

    Resp search(const Req& req) const
    {
        const QString query = req.q(u"query"_s).trimmed();
        if (query.isEmpty())
            return problem(400, u"Invalid Resource"_s, u"The query parameter is required."_s);
        QJsonArray exact;
        QJsonArray full;
        for (const QJsonObject& m : m_members) {
            const QString email = m.value(u"email_address"_s).toString();
            if (email.compare(query, Qt::CaseInsensitive) == 0)
                exact.append(m);
            else if (email.contains(query, Qt::CaseInsensitive) ||
                     m.value(u"full_name"_s).toString().contains(query, Qt::CaseInsensitive))
                full.append(m);
        }
        return Resp::json(QJsonObject{
            {u"exact_matches"_s, QJsonObject{{u"members"_s, exact}, {u"total_items"_s, int(exact.size())}}},
            {u"full_search"_s, QJsonObject{{u"members"_s, full}, {u"total_items"_s, int(full.size())}}}});
    }

    QMap<QString, QJsonObject> m_members; // by md5(lower-case email)
    int m_deleted = 0;
};

} // namespace

std::unique_ptr<Processor> makeMailchimp()
{
    return std::make_unique<Mailchimp>();
}

} // namespace lethe::sandbox
