// HubSpot CRM contacts: POST /crm/v3/objects/contacts/search (filterGroups, EQ on email or phone,
// paging.next.after), GET one contact (by id or idProperty=email), DELETE (archives) and gdpr-delete
// (removes; an unknown email goes on the blocklist). One account, "demo".
#include "Processor.h"

#include <QDateTime>
#include <QMap>

namespace lethe::sandbox {

namespace {

using namespace Qt::StringLiterals;

Resp hubspotError(int status, const QString& category, const QString& message)
{
    return Resp::json(status, QJsonObject{{u"status"_s, u"error"_s},
                                          {u"message"_s, message},
                                          {u"correlationId"_s, uuidFrom(message)},
                                          {u"category"_s, category}});
}

class HubSpot final : public Processor
{
public:
    QString key() const override { return u"hubspot"_s; }

    void reset(const SeedData& seed) override
    {
        m_contacts.clear();
        m_blocklist = QJsonArray();
        m_gdprDeleted = 0;
        int id = 1001;
        for (const SeedPerson* p : seed.known())
            add(id++, p->index, p->person.email, p->person.first, p->person.last, p->person.phone);
        // Colleagues on person 0's office line: a phone search for it takes three pages at 100.
        const DemoPerson& p0 = seed.people().first().person;
        // Near misses of person 0's address and number (docs/sandbox.md, "Decoys").
        int decoy = 11000;
        for (const QString& near : SeedData::nearMisses(p0.email))
            add(id++, decoy++, near, p0.first, p0.last, QString());
        for (const QString& near : SeedData::nearMissPhones(p0.phone)) {
            add(id++, decoy, u"phone%1@stranger.example"_s.arg(decoy), p0.first, p0.last, near);
            ++decoy;
        }
        for (int n = 0; n < 230; ++n) {
            const Stranger s = SeedData::stranger(u"hubspot-office"_s, n);
            add(id++, 10000 + n, u"agent%1@hartreed-lettings.example"_s.arg(n), s.first, s.last, p0.phone);
        }
    }

    Resp handle(const Req& req) override
    {
        if (req.bearer() != u"sbx_hubspot_demo"_s) {
            return hubspotError(
                401, u"INVALID_AUTHENTICATION"_s,
                u"Authentication credentials not found. This API supports OAuth 2.0 authentication "
                "and you can find more details at https://developers.hubspot.com/docs/methods/auth/"
                "oauth-overview"_s);
        }
        const QStringList p = pathParts(req.path);
        const QByteArray& m = req.method;
        if (p.size() < 4 || p[0] != u"crm"_s || p[1] != u"v3"_s || p[2] != u"objects"_s ||
            p[3] != u"contacts"_s)
            return notFound();
        if (p.size() == 5 && p[4] == u"search"_s && m == "POST")
            return search(req);
        if (p.size() == 4 && m == "GET") {
            // The plain list: limit (default 10, at most 100) and after, as the CRM's list endpoint pages.
            const int limit =
                std::clamp(req.q(u"limit"_s).isEmpty() ? 10 : req.q(u"limit"_s).toInt(), 1, 100);
            const int after = std::max(0, req.q(u"after"_s).toInt());
            QJsonArray results;
            for (qsizetype i = after; i < m_contacts.size() && results.size() < limit; ++i)
                if (!m_contacts[i].value(u"archived"_s).toBool())
                    results.append(m_contacts[i]);
            QJsonObject body{{u"results"_s, results}};
            if (after + limit < m_contacts.size())
                body.insert(
                    u"paging"_s,
                    QJsonObject{{u"next"_s, QJsonObject{{u"after"_s, QString::number(after + limit)}}}});
            return Resp::json(body);
        }
        if (p.size() == 5 && p[4] == u"gdpr-delete"_s && m == "POST") {
            const QJsonObject body = req.jsonObject();
            const QString id = body.value(u"objectId"_s).toVariant().toString();
            const bool byEmail = body.value(u"idProperty"_s).toString() == u"email"_s;
            if (id.isEmpty())
                return hubspotError(400, u"VALIDATION_ERROR"_s, u"objectId is required"_s);
            const qsizetype at = find(id, byEmail);
            if (at >= 0) {
                m_contacts.removeAt(at);
                ++m_gdprDeleted;
            } else if (byEmail) {
                m_blocklist.append(id); // an unknown address is blocklisted so it is never recreated
            }
            return Resp::empty(204);
        }
        if (p.size() == 5) {
            const qsizetype at = find(p[4], req.q(u"idProperty"_s) == u"email"_s);
            if (at < 0 || m_contacts[at].value(u"archived"_s).toBool())
                return notFound();
            if (m == "GET")
                return Resp::json(m_contacts[at]);
            if (m == "DELETE") {
                m_contacts[at].insert(u"archived"_s, true); // archived, restorable
                return Resp::empty(204);
            }
        }
        return notFound();
    }

    QJsonObject state() const override
    {
        int archived = 0;
        for (const QJsonObject& c : m_contacts)
            archived += c.value(u"archived"_s).toBool() ? 1 : 0;
        return QJsonObject{
            {u"accounts"_s, QJsonObject{{u"demo"_s, QJsonObject{{u"contacts"_s, int(m_contacts.size())},
                                                                {u"archived"_s, archived},
                                                                {u"gdpr_deleted"_s, m_gdprDeleted},
                                                                {u"blocklist"_s, m_blocklist}}}}}};
    }

    Resp tooManyRequests(int retryAfter) const override
    {
        Resp r = Resp::json(429, QJsonObject{{u"status"_s, u"error"_s},
                                             {u"message"_s, u"You have reached your secondly limit."_s},
                                             {u"errorType"_s, u"RATE_LIMIT"_s},
                                             {u"correlationId"_s, uuidFrom(u"ratelimit"_s)},
                                             {u"policyName"_s, u"SECONDLY"_s},
                                             {u"requestId"_s, uuidFrom(u"request"_s)}});
        r.header("Retry-After", retryAfter).header("X-HubSpot-RateLimit-Daily", 250000);
        r.header("X-HubSpot-RateLimit-Daily-Remaining", 249000).header("X-HubSpot-RateLimit-Secondly", 10);
        r.header("X-HubSpot-RateLimit-Secondly-Remaining", 0);
        return r;
    }

    Resp serverError() const override { return hubspotError(500, u"INTERNAL_ERROR"_s, u"internal error"_s); }

private:
    static Resp notFound() { return hubspotError(404, u"OBJECT_NOT_FOUND"_s, u"Object not found."_s); }

    void add(int id, int i, const QString& email, const QString& first, const QString& last,
             const QString& phone)
    {
        const QString t = isoTimeMs(seedTime(i % 1000, 0));
        m_contacts << QJsonObject{{u"id"_s, QString::number(id)},
                                  {u"properties"_s, QJsonObject{{u"createdate"_s, t},
                                                                {u"email"_s, email},
                                                                {u"firstname"_s, first},
                                                                {u"lastname"_s, last},
                                                                {u"phone"_s, phone},
                                                                {u"hs_object_id"_s, QString::number(id)},
                                                                {u"lastmodifieddate"_s, t}}},
                                  {u"createdAt"_s, t},
                                  {u"updatedAt"_s, t},
                                  {u"archived"_s, false}};
    }

    qsizetype find(const QString& id, bool byEmail) const
    {
        for (qsizetype k = 0; k < m_contacts.size(); ++k) {
            const QJsonObject& c = m_contacts[k];
            if (byEmail ? c.value(u"properties"_s)
                                  .toObject()
                                  .value(u"email"_s)
                                  .toString()
                                  .compare(id, Qt::CaseInsensitive) == 0
                        : c.value(u"id"_s).toString() == id)
                return k;
        }
        return -1;
    }

    static bool matches(const QJsonObject& props, const QJsonObject& filter)
    {
        const QString name = filter.value(u"propertyName"_s).toString();
        const QString op = filter.value(u"operator"_s).toString();
        const QString want = filter.value(u"value"_s).toVariant().toString();
        const QString have = props.value(name).toString();
        if (op == u"EQ"_s)
            return have.compare(want, Qt::CaseInsensitive) == 0;
        if (op == u"NEQ"_s)
            return have.compare(want, Qt::CaseInsensitive) != 0;
        if (op == u"CONTAINS_TOKEN"_s)
            return have.contains(want, Qt::CaseInsensitive);
        if (op == u"HAS_PROPERTY"_s)
            return !have.isEmpty();
        return false;
    }

    Resp search(const Req& req) const
    {
        bool ok = false;
        const QJsonObject body = req.jsonObject(&ok);
        if (!ok)
            return hubspotError(400, u"VALIDATION_ERROR"_s, u"Invalid input JSON"_s);
        const int limit = body.value(u"limit"_s).toInt(10);
        if (limit < 1 || limit > 200)
            return hubspotError(400, u"VALIDATION_ERROR"_s, u"limit must be between 1 and 200"_s);
        const int after = body.value(u"after"_s).toVariant().toString().toInt();
        const QJsonArray groups = body.value(u"filterGroups"_s).toArray();
        QStringList wanted;
        const QJsonArray props = body.value(u"properties"_s).toArray();
        for (const QJsonValue& v : props)
            wanted << v.toString();
        QList<const QJsonObject*> hits;
        for (const QJsonObject& c : m_contacts) {
            if (c.value(u"archived"_s).toBool())
                continue;
            const QJsonObject cp = c.value(u"properties"_s).toObject();
            bool any = groups.isEmpty();
            for (const QJsonValue& g : groups) {
                bool all = true;
                const QJsonArray filters = g.toObject().value(u"filters"_s).toArray();
                for (const QJsonValue& f : filters)
                    all = all && matches(cp, f.toObject());
                any = any || all;
            }
            if (any)
                hits << &c;
        }
        QJsonArray results;
        for (int k = after; k < qMin(int(hits.size()), after + limit); ++k) {
            QJsonObject c = *hits[k];
            if (!wanted.isEmpty()) {
                QJsonObject all = c.value(u"properties"_s).toObject();
                QJsonObject some;
                for (const QString& w : wanted)
                    some.insert(w, all.value(w).toString().isEmpty() ? QJsonValue() : all.value(w));
                some.insert(u"hs_object_id"_s, all.value(u"hs_object_id"_s));
                some.insert(u"createdate"_s, all.value(u"createdate"_s));
                some.insert(u"lastmodifieddate"_s, all.value(u"lastmodifieddate"_s));
                c.insert(u"properties"_s, some);
            }
            results.append(c);
        }
        QJsonObject out{{u"total"_s, int(hits.size())}, {u"results"_s, results}};
        if (after + limit < hits.size()) {
            const QString next = QString::number(after + limit);
            out.insert(
                u"paging"_s,
                QJsonObject{{u"next"_s, QJsonObject{{u"after"_s, next},
                                                    {u"link"_s, u"http://%1/crm/v3/objects/contacts/search"
                                                                "?after=%2"_s.arg(req.host, next)}}}});
        }
        return Resp::json(out);
    }

    QList<QJsonObject> m_contacts;
    QJsonArray m_blocklist;
    int m_gdprDeleted = 0;
};

} // namespace

std::unique_ptr<Processor> makeHubSpot()
{
    return std::make_unique<HubSpot>();
}

} // namespace lethe::sandbox
