// SendGrid: marketing contacts (exact search by email, 404 when none match; SGQL email = 'x'), suppressions
// by email (arrays), email activity (/v3/messages), contact deletion and recipient erasure jobs (202 +
// job_id).
#include "Processor.h"

#include <QDateTime>
#include <QMap>
#include <QRegularExpression>

namespace lethe::sandbox {

namespace {

using namespace Qt::StringLiterals;

const QStringList kAccounts = {u"leadnest"_s};
const QStringList kSuppressionKinds = {u"bounces"_s, u"blocks"_s, u"spam_reports"_s, u"invalid_emails"_s};

Resp sendgridError(int status, const QString& message, const QString& field = {})
{
    return Resp::json(status, QJsonObject{{u"errors"_s, QJsonArray{QJsonObject{{u"field"_s, orNull(field)},
                                                                               {u"message"_s, message}}}}});
}

struct Account
{
    QList<QJsonObject> contacts;
    QMap<QString, QList<QJsonObject>> suppressions; // kind -> entries
    QList<QJsonObject> messages;
    QStringList jobs;
    int jobCounter = 0;
};

class SendGrid final : public Processor
{
public:
    QString key() const override { return u"sendgrid"_s; }

    void reset(const SeedData& seed) override
    {
        m_accounts.clear();
        const int heavy = seed.heavy(kAccounts);
        for (const QString& account : kAccounts) {
            Account& a = m_accounts[account];
            const auto holders = seed.holders(account);
            for (const SeedPerson* p : holders)
                addPerson(a, p->index, p->person, p->index == heavy);
            // Near misses of the heavy subject's address.
            for (const SeedPerson* p : holders) {
                if (p->index != heavy)
                    continue;
                int n = 8500;
                for (const QString& near : SeedData::nearMisses(p->person.email)) {
                    DemoPerson d = p->person;
                    d.email = near;
                    addPerson(a, n++, d, false);
                }
            }
            for (int n = 0; n < 12; ++n) {
                const Stranger s = SeedData::stranger(u"sendgrid"_s, n);
                DemoPerson d;
                d.first = s.first;
                d.last = s.last;
                d.email = s.email;
                addPerson(a, 8000 + n, d, false);
            }
        }
    }

    Resp handle(const Req& req) override
    {
        const QString token = req.bearer();
        const QString account = token.startsWith(u"sbx_sendgrid_"_s) ? token.mid(13) : QString();
        if (!m_accounts.contains(account))
            return sendgridError(401, u"authorization required"_s);
        Account& a = m_accounts[account];
        const QStringList p = pathParts(req.path);
        const QByteArray& m = req.method;
        if (p.size() < 2 || p[0] != u"v3"_s)
            return notFound();
        if (p.size() == 5 && p[1] == u"marketing"_s && p[2] == u"contacts"_s && p[3] == u"search"_s &&
            p[4] == u"emails"_s && m == "POST")
            return searchEmails(a, req);
        if (p.size() == 4 && p[1] == u"marketing"_s && p[2] == u"contacts"_s && p[3] == u"search"_s &&
            m == "POST")
            return sgql(a, req);
        if (p.size() == 3 && p[1] == u"marketing"_s && p[2] == u"contacts"_s && m == "DELETE") {
            const QStringList ids = req.q(u"ids"_s).split(u',', Qt::SkipEmptyParts);
            if (ids.isEmpty())
                return sendgridError(400, u"ids or delete_all_contacts is required"_s, u"ids"_s);
            a.contacts.removeIf(
                [&ids](const QJsonObject& c) { return ids.contains(c.value(u"id"_s).toString()); });
            return Resp::json(202, QJsonObject{{u"job_id"_s, newJob(a, u"delete"_s)}});
        }
        if (p.size() == 3 && p[1] == u"suppression"_s && kSuppressionKinds.contains(p[2]) && m == "GET") {
            // The whole list of one kind: limit and offset.
            const QList<QJsonObject>& list = a.suppressions[p[2]];
            const int limit =
                std::clamp(req.q(u"limit"_s).isEmpty() ? 500 : req.q(u"limit"_s).toInt(), 1, 500);
            const int offset = std::max(0, req.q(u"offset"_s).toInt());
            QJsonArray out;
            for (qsizetype i = offset; i < list.size() && out.size() < limit; ++i)
                out.append(list[i]);
            return Resp::json(out);
        }
        if (p.size() == 4 && p[1] == u"suppression"_s && kSuppressionKinds.contains(p[2])) {
            QList<QJsonObject>& list = a.suppressions[p[2]];
            if (m == "GET") {
                QJsonArray out;
                for (const QJsonObject& s : std::as_const(list)) {
                    if (s.value(u"email"_s).toString().compare(p[3], Qt::CaseInsensitive) == 0)
                        out.append(s);
                }
                return Resp::json(out);
            }
            if (m == "DELETE") {
                const QString e = p[3];
                list.removeIf([&e](const QJsonObject& s) {
                    return s.value(u"email"_s).toString().compare(e, Qt::CaseInsensitive) == 0;
                });
                return Resp::empty(204);
            }
        }
        if (p.size() == 4 && p[1] == u"asm"_s && p[2] == u"suppressions"_s && m == "GET")
            return Resp::json(QJsonObject{{u"suppressions"_s, QJsonArray()}});
        if (p.size() == 5 && p[1] == u"asm"_s && p[2] == u"suppressions"_s && p[3] == u"global"_s &&
            m == "GET")
            return Resp::json(QJsonObject());
        if (p.size() == 2 && p[1] == u"messages"_s && m == "GET")
            return activity(a, req);
        if (p.size() == 3 && p[1] == u"recipients"_s && p[2] == u"erasejob"_s && m == "POST") {
            bool ok = false;
            const QJsonArray emails = req.jsonObject(&ok).value(u"email_addresses"_s).toArray();
            if (!ok || emails.isEmpty() || emails.size() > 5000)
                return sendgridError(400, u"email_addresses must hold 1 to 5000 addresses"_s,
                                     u"email_addresses"_s);
            for (const QJsonValue& v : emails) {
                const QString e = v.toString();
                // Erasure removes the address's names, subjects and IPs from the activity feed.
                a.messages.removeIf([&e](const QJsonObject& msg) {
                    return msg.value(u"to_email"_s).toString().compare(e, Qt::CaseInsensitive) == 0;
                });
            }
            return Resp::json(202, QJsonObject{{u"job_id"_s, newJob(a, u"erase"_s)}});
        }
        return notFound();
    }

    QJsonObject state() const override
    {
        QJsonObject accounts;
        for (auto it = m_accounts.cbegin(); it != m_accounts.cend(); ++it) {
            QJsonObject supp;
            for (auto s = it.value().suppressions.cbegin(); s != it.value().suppressions.cend(); ++s)
                supp.insert(s.key(), int(s.value().size()));
            accounts.insert(it.key(), QJsonObject{{u"contacts"_s, int(it.value().contacts.size())},
                                                  {u"messages"_s, int(it.value().messages.size())},
                                                  {u"suppressions"_s, supp},
                                                  {u"jobs"_s, QJsonArray::fromStringList(it.value().jobs)}});
        }
        return QJsonObject{{u"accounts"_s, accounts}};
    }

    Resp tooManyRequests(int retryAfter) const override
    {
        Resp r = sendgridError(429, u"too many requests"_s);
        r.header("Retry-After", retryAfter)
            .header("X-RateLimit-Limit", 600)
            .header("X-RateLimit-Remaining", 0);
        r.header("X-RateLimit-Reset", QDateTime::currentSecsSinceEpoch() + retryAfter);
        return r;
    }

    Resp serverError() const override { return sendgridError(500, u"internal server error"_s); }

private:
    static Resp notFound() { return sendgridError(404, u"resource not found"_s); }

    static QString newJob(Account& a, const QString& kind)
    {
        const QString id = uuidFrom(u"sendgrid-job|%1|%2"_s.arg(kind).arg(a.jobCounter++));
        a.jobs << kind + u':' + id;
        return id;
    }

    static void addPerson(Account& a, int i, const DemoPerson& d, bool heavy)
    {
        const QString email = d.email.toLower();
        a.contacts << QJsonObject{
            {u"id"_s, uuidFrom(u"sendgrid|"_s + email)},
            {u"email"_s, email},
            {u"alternate_emails"_s, QJsonArray()},
            {u"first_name"_s, d.first},
            {u"last_name"_s, d.last},
            {u"phone_number"_s, d.phone},
            {u"address_line_1"_s, QString()},
            {u"city"_s, d.city},
            {u"country"_s, d.country},
            {u"postal_code"_s, QString()},
            {u"list_ids"_s, QJsonArray{uuidFrom(u"sendgrid-list"_s)}},
            {u"segment_ids"_s, QJsonArray()},
            {u"custom_fields"_s, QJsonObject()},
            {u"created_at"_s, isoTime(seedTime(i, 0))},
            {u"updated_at"_s, isoTime(seedTime(i, 1))},
            {u"_metadata"_s,
             QJsonObject{{u"self"_s, u"/v3/marketing/contacts/"_s + uuidFrom(u"sendgrid|"_s + email)}}}};
        if (i % 3 == 0) {
            a.suppressions[u"bounces"_s]
                << QJsonObject{{u"created"_s, seedTime(i, 2)},
                               {u"email"_s, email},
                               {u"reason"_s, u"550 5.1.1 The email account does not exist."_s},
                               {u"status"_s, u"5.1.1"_s}};
        }
        const int sent = heavy ? 25 : 2;
        for (int n = 0; n < sent; ++n) {
            a.messages << QJsonObject{{u"msg_id"_s, hexId(u"sg-msg|%1|%2"_s.arg(i).arg(n), 22)},
                                      {u"from_email"_s, u"hello@leadnest.example"_s},
                                      {u"to_email"_s, email},
                                      {u"subject"_s, u"New leads for you"_s},
                                      {u"status"_s, u"delivered"_s},
                                      {u"opens_count"_s, n % 3},
                                      {u"clicks_count"_s, n % 2},
                                      {u"last_event_time"_s, isoTime(seedTime(i, n))}};
        }
    }

    static const QJsonObject* byEmail(const Account& a, const QString& email)
    {
        for (const QJsonObject& c : a.contacts) {
            if (c.value(u"email"_s).toString().compare(email, Qt::CaseInsensitive) == 0)
                return &c;
        }
        return nullptr;
    }

    static Resp searchEmails(const Account& a, const Req& req)
    {
        bool ok = false;
        const QJsonArray emails = req.jsonObject(&ok).value(u"emails"_s).toArray();
        if (!ok || emails.isEmpty() || emails.size() > 100)
            return sendgridError(400, u"emails must hold 1 to 100 addresses"_s, u"emails"_s);
        QJsonObject result;
        bool any = false;
        for (const QJsonValue& v : emails) {
            const QString e = v.toString();
            if (const QJsonObject* c = byEmail(a, e)) {
                result.insert(e, QJsonObject{{u"contact"_s, *c}});
                any = true;
            } else {
                result.insert(e, QJsonObject{{u"error"_s, u"contact not found"_s}});
            }
        }
        if (!any)
            return sendgridError(404, u"No contacts found"_s);
        return Resp::json(QJsonObject{{u"result"_s, result}});
    }

    static Resp sgql(const Account& a, const Req& req)
    {
        static const QRegularExpression eq(u"^\\s*(email|phone_number)\\s*=\\s*'([^']*)'\\s*$"_s,
                                           QRegularExpression::CaseInsensitiveOption);
        const auto match = eq.match(req.jsonObject().value(u"query"_s).toString());
        if (!match.hasMatch())
            return sendgridError(400, u"query is not a supported SGQL expression (email = 'x')"_s,
                                 u"query"_s);
        const QString field = match.captured(1).toLower();
        QJsonArray out;
        for (const QJsonObject& c : a.contacts) {
            if (out.size() < 50 && c.value(field).toString() == match.captured(2))
                out.append(c);
        }
        return Resp::json(
            QJsonObject{{u"result"_s, out},
                        {u"contact_count"_s, int(out.size())},
                        {u"_metadata"_s, QJsonObject{{u"self"_s, u"/v3/marketing/contacts/search"_s}}}});
    }

    static Resp activity(const Account& a, const Req& req)
    {
        static const QRegularExpression to(u"to_email\\s*=\\s*\"([^\"]*)\""_s);
        const auto match = to.match(req.q(u"query"_s));
        if (!match.hasMatch())
            return sendgridError(400, u"query must filter on to_email=\"x\""_s, u"query"_s);
        const int limit = qBound(1, req.qInt(u"limit"_s, 10), 1000);
        QJsonArray out;
        for (const QJsonObject& m : a.messages) {
            if (out.size() < limit &&
                m.value(u"to_email"_s).toString().compare(match.captured(1), Qt::CaseInsensitive) == 0)
                out.append(m);
        }
        return Resp::json(QJsonObject{{u"messages"_s, out}});
    }

    QMap<QString, Account> m_accounts;
};

} // namespace

std::unique_ptr<Processor> makeSendGrid()
{
    return std::make_unique<SendGrid>();
}

} // namespace lethe::sandbox
