// Apollo.io: POST /api/v1/contacts/search {q_keywords, page, per_page}, a fuzzy keyword match over names,
// emails, titles and employers, with a pagination object; GET and PATCH /api/v1/contacts/{id}. No delete.
#include "Processor.h"

#include <QDateTime>
#include <QMap>
#include <QRegularExpression>

namespace lethe::sandbox {

namespace {

using namespace Qt::StringLiterals;

const QStringList kAccounts = {u"alwaysleads"_s};

Resp apolloError(int status, const QString& message)
{
    return Resp::json(status, QJsonObject{{u"error"_s, message}});
}

class Apollo final : public Processor
{
public:
    QString key() const override { return u"apollo"_s; }

    void reset(const SeedData& seed) override
    {
        m_accounts.clear();
        for (const QString& account : kAccounts) {
            QList<QJsonObject>& contacts = m_accounts[account];
            // Plus-addressed copies of person 0's address: the keyword search returns them all, an exact
            // match must reject them. They come first, so person 0's own contact is on the third page at 100.
            const DemoPerson& p0 = seed.people().first().person;
            for (int n = 0; n < 230; ++n) {
                DemoPerson d = p0;
                d.email = p0.email.section(u'@', 0, 0) + u"+lead%1@"_s.arg(n) + p0.email.section(u'@', 1);
                d.title = u"Lead %1"_s.arg(n);
                d.phone.clear();
                contacts << contact(account, 20000 + n, d);
            }
            for (const SeedPerson* p : seed.known())
                contacts << contact(account, p->index, p->person);
            for (const SeedPerson* p : seed.holders(account)) {
                if (!p->known)
                    contacts << contact(account, p->index, p->person);
            }
            // Decoy: person 0's name, another address.
            DemoPerson decoy = p0;
            decoy.email = u"a.hart@hartreed-lettings.example"_s;
            decoy.phone.clear();
            contacts << contact(account, 21000, decoy);
            int n = 21001;
            for (const QString& near : SeedData::nearMisses(p0.email)) {
                decoy.email = near;
                contacts << contact(account, n++, decoy);
            }
        }
    }

    Resp handle(const Req& req) override
    {
        QString token = req.header("x-api-key");
        if (token.isEmpty())
            token = req.bearer();
        const QString account = token.startsWith(u"sbx_apollo_"_s) ? token.mid(11) : QString();
        if (!m_accounts.contains(account))
            return apolloError(401, u"Invalid access credentials."_s);
        QList<QJsonObject>& contacts = m_accounts[account];
        const QStringList p = pathParts(req.path);
        if (p.size() < 3 || p[0] != u"api"_s || p[1] != u"v1"_s || p[2] != u"contacts"_s)
            return apolloError(404, u"Not found"_s);
        if (p.size() == 4 && p[3] == u"search"_s && req.method == "POST")
            return search(contacts, req);
        if (p.size() == 4) {
            for (QJsonObject& c : contacts) {
                if (c.value(u"id"_s).toString() != p[3])
                    continue;
                if (req.method == "GET")
                    return Resp::json(QJsonObject{{u"contact"_s, c}});
                if (req.method == "PATCH" || req.method == "PUT") {
                    const QJsonObject body = req.jsonObject();
                    for (auto it = body.begin(); it != body.end(); ++it) {
                        if (it.key() != u"id"_s)
                            c.insert(it.key(), it.value());
                    }
                    if (body.contains(u"first_name"_s) || body.contains(u"last_name"_s)) {
                        c.insert(u"name"_s, (c.value(u"first_name"_s).toString() + u' ' +
                                             c.value(u"last_name"_s).toString())
                                                .trimmed());
                    }
                    c.insert(u"updated_at"_s, isoTimeMs(QDateTime::currentSecsSinceEpoch()));
                    return Resp::json(QJsonObject{{u"contact"_s, c}});
                }
            }
            return apolloError(404, u"Contact not found"_s);
        }
        return apolloError(404, u"Not found"_s);
    }

    QJsonObject state() const override
    {
        QJsonObject accounts;
        for (auto it = m_accounts.cbegin(); it != m_accounts.cend(); ++it)
            accounts.insert(it.key(), QJsonObject{{u"contacts"_s, int(it.value().size())}});
        return QJsonObject{{u"accounts"_s, accounts}};
    }

    Resp tooManyRequests(int retryAfter) const override
    {
        Resp r = Resp::json(
            429, QJsonObject{{u"message"_s, u"The maximum number of api calls allowed for "
                                            "api/v1/contacts/search is 200 times per minute. Please "
                                            "upgrade your plan from https://app.apollo.io/#/settings/"
                                            "plans/upgrade."_s}});
        r.header("Retry-After", retryAfter)
            .header("x-rate-limit-minute", 200)
            .header("x-minute-requests-left", 0);
        r.header("x-minute-usage", 200)
            .header("x-rate-limit-hourly", 400)
            .header("x-hourly-requests-left", 150);
        r.header("x-rate-limit-daily", 2000).header("x-daily-requests-left", 1500);
        return r;
    }

    Resp serverError() const override { return apolloError(500, u"Something went wrong"_s); }

private:
    static QJsonObject contact(const QString& account, int i, const DemoPerson& d)
    {
        QJsonArray phones;
        if (!d.phone.isEmpty()) {
            phones.append(QJsonObject{
                {u"raw_number"_s, d.phone}, {u"sanitized_number"_s, d.phone}, {u"type"_s, u"work_direct"_s}});
        }
        return QJsonObject{{u"id"_s, hexId(u"apollo|%1|%2|%3"_s.arg(account).arg(i).arg(d.email), 24)},
                           {u"first_name"_s, d.first},
                           {u"last_name"_s, d.last},
                           {u"name"_s, d.name},
                           {u"title"_s, d.title},
                           {u"organization_name"_s, d.company},
                           {u"email"_s, d.email},
                           {u"email_status"_s, u"verified"_s},
                           {u"phone_numbers"_s, phones},
                           {u"sanitized_phone"_s, orNull(d.phone)},
                           {u"city"_s, d.city},
                           {u"country"_s, d.country},
                           {u"label_ids"_s, QJsonArray()},
                           {u"created_at"_s, isoTimeMs(seedTime(i % 1000, 0))},
                           {u"updated_at"_s, isoTimeMs(seedTime(i % 1000, 1))}};
    }

    // Every keyword (split on anything but letters and digits) must occur in the name, email, title or
    // employer.
    static Resp search(const QList<QJsonObject>& contacts, const Req& req)
    {
        const QJsonObject body = req.jsonObject();
        static const QRegularExpression split(u"[^\\p{L}\\p{N}]+"_s);
        const QStringList words =
            body.value(u"q_keywords"_s).toString().toLower().split(split, Qt::SkipEmptyParts);
        const int page = qMax(1, body.value(u"page"_s).toInt(1));
        const int perPage = qBound(1, body.value(u"per_page"_s).toInt(10), 100);
        if (page > 500)
            return apolloError(422, u"Page must be at most 500"_s);
        QList<const QJsonObject*> hits;
        for (const QJsonObject& c : contacts) {
            const QString text =
                (c.value(u"name"_s).toString() + u' ' + c.value(u"email"_s).toString() + u' ' +
                 c.value(u"title"_s).toString() + u' ' + c.value(u"organization_name"_s).toString())
                    .toLower();
            bool all = true;
            for (const QString& w : words)
                all = all && text.contains(w);
            if (all)
                hits << &c;
        }
        QJsonArray out;
        for (int k = (page - 1) * perPage; k < qMin(int(hits.size()), page * perPage); ++k)
            out.append(*hits[k]);
        return Resp::json(QJsonObject{
            {u"contacts"_s, out},
            {u"breadcrumbs"_s, QJsonArray()},
            {u"pagination"_s, QJsonObject{{u"page"_s, page},
                                          {u"per_page"_s, perPage},
                                          {u"total_entries"_s, int(hits.size())},
                                          {u"total_pages"_s, int((hits.size() + perPage - 1) / perPage)}}}});
    }

    QMap<QString, QList<QJsonObject>> m_accounts;
};

} // namespace

std::unique_ptr<Processor> makeApollo()
{
    return std::make_unique<Apollo>();
}

} // namespace lethe::sandbox
