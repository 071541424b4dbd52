// Twilio Messages: /2010-04-01/Accounts/{Sid}/Messages.json with To/From filters and next_page_uri paging,
// one message, its media, DELETE (204; 20009 while not final; 20404 when gone) and body redaction by POST.
#include "Processor.h"

#include <QDate>
#include <QDateTime>
#include <QMap>
#include <QTimeZone>

namespace lethe::sandbox {

namespace {

using namespace Qt::StringLiterals;

const QStringList kAccounts = {u"leadnest"_s, u"leadmachine"_s};

Resp twilioError(int status, int code, const QString& message)
{
    return Resp::json(status,
                      QJsonObject{{u"code"_s, code},
                                  {u"message"_s, message},
                                  {u"more_info"_s, u"https://www.twilio.com/docs/errors/%1"_s.arg(code)},
                                  {u"status"_s, status}});
}

QString enc(const QString& v)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(v));
}

struct Message
{
    QJsonObject obj;
    QList<QJsonObject> media;
};

struct Account
{
    QString sid;
    QString number;          // the product's own sending number
    QList<Message> messages; // newest first
};

class Twilio final : public Processor
{
public:
    QString key() const override { return u"twilio"_s; }

    void reset(const SeedData& seed) override
    {
        m_accounts.clear();
        const int heavy = seed.heavy(kAccounts);
        int k = 0;
        for (const QString& account : kAccounts) {
            Account& a = m_accounts[account];
            a.sid = u"AC"_s + account;
            a.number = k++ == 0 ? u"+12025550100"_s : u"+13125550100"_s;
            const auto holders = seed.holders(account);
            for (const SeedPerson* p : holders) {
                if (p->person.phone.isEmpty())
                    continue;
                const int i = p->index;
                const bool isHeavy = i == heavy;
                const int to = isHeavy ? 120 : 2 + i % 5;
                const int from = isHeavy ? 110 : i % 3;
                for (int n = 0; n < to; ++n) {
                    // The heavy subject's newest message is still being sent (DELETE answers 20009), and one
                    // other carries two media.
                    const QString status = isHeavy && n == to - 1 ? u"sending"_s : u"delivered"_s;
                    add(a, i, n, a.number, p->person.phone, u"outbound-api"_s, status,
                        u"Hi %1, your LeadNest code is %2"_s.arg(p->person.first)
                            .arg(100000 + (i * 31 + n) % 900000),
                        isHeavy && n == 1 ? 2 : 0);
                }
                for (int n = 0; n < from; ++n)
                    add(a, i, 500 + n, p->person.phone, a.number, u"inbound"_s, u"received"_s,
                        u"YES please call me"_s, 0);
            }
            // Near misses of the heavy subject's number: a message to each.
            for (const SeedPerson* p : holders) {
                if (p->index != heavy || p->person.phone.isEmpty())
                    continue;
                int n = 6500;
                for (const QString& near : SeedData::nearMissPhones(p->person.phone))
                    add(a, n++, 0, a.number, near, u"outbound-api"_s, u"delivered"_s,
                        u"Reminder: your viewing is tomorrow"_s, 0);
            }
            for (int n = 0; n < 20; ++n) {
                const Stranger s = SeedData::stranger(u"twilio-"_s + account, n);
                const bool in = n % 3 == 0;
                add(a, 6000 + n, 0, in ? s.phone : a.number, in ? a.number : s.phone,
                    in ? u"inbound"_s : u"outbound-api"_s, in ? u"received"_s : u"delivered"_s,
                    u"Reminder: your viewing is tomorrow"_s, 0);
            }
            std::stable_sort(a.messages.begin(), a.messages.end(), [](const Message& x, const Message& y) {
                return x.obj.value(u"_t"_s).toInteger() > y.obj.value(u"_t"_s).toInteger();
            });
            for (Message& m : a.messages)
                m.obj.remove(u"_t"_s);
        }
    }

    Resp handle(const Req& req) override
    {
        QString user;
        QString password;
        const bool hasBasic = req.basic(&user, &password);
        QString account;
        for (auto it = m_accounts.cbegin(); it != m_accounts.cend(); ++it) {
            if (hasBasic && user == it.value().sid && password == u"sbx_twilio_"_s + it.key())
                account = it.key();
        }
        if (account.isEmpty())
            return authenticate();
        Account& a = m_accounts[account];
        const QStringList p = pathParts(req.path);
        if (p.size() < 3 || p[0] != u"2010-04-01"_s || p[1] != u"Accounts"_s)
            return notFound(req);
        QString sidPart = p[2];
        if (p.size() == 3 && sidPart.endsWith(u".json"_s))
            sidPart.chop(5);
        if (sidPart != a.sid)
            return authenticate(); // another account's Sid with these credentials
        if (p.size() == 3 && req.method == "GET") {
            return Resp::json(QJsonObject{{u"sid"_s, a.sid},
                                          {u"friendly_name"_s, account},
                                          {u"status"_s, u"active"_s},
                                          {u"type"_s, u"Full"_s}});
        }
        if (p.size() == 4 && p[3] == u"Messages.json"_s && req.method == "GET")
            return list(a, req);
        if (p.size() >= 5 && p[3] == u"Messages"_s)
            return message(a, req, p);
        return notFound(req);
    }

    QJsonObject state() const override
    {
        QJsonObject accounts;
        for (auto it = m_accounts.cbegin(); it != m_accounts.cend(); ++it) {
            int media = 0;
            for (const Message& m : it.value().messages)
                media += int(m.media.size());
            accounts.insert(
                it.key(), QJsonObject{{u"messages"_s, int(it.value().messages.size())}, {u"media"_s, media}});
        }
        return QJsonObject{{u"accounts"_s, accounts}};
    }

    Resp tooManyRequests(int retryAfter) const override
    {
        return twilioError(429, 20429, u"Too Many Requests"_s).header("Retry-After", retryAfter);
    }

    Resp serverError() const override { return twilioError(500, 20500, u"Internal Server Error"_s); }

private:
    static Resp authenticate()
    {
        Resp r = Resp::json(401, QJsonObject{{u"code"_s, 20003},
                                             {u"detail"_s, u"Your AccountSid or AuthToken was incorrect."_s},
                                             {u"message"_s, u"Authenticate"_s},
                                             {u"more_info"_s, u"https://www.twilio.com/docs/errors/20003"_s},
                                             {u"status"_s, 401}});
        r.header("WWW-Authenticate", "Basic realm=\"Twilio API\"");
        return r;
    }

    static Resp notFound(const Req& req)
    {
        return twilioError(404, 20404, u"The requested resource %1 was not found"_s.arg(req.path));
    }

    static void add(Account& a, int i, int n, const QString& from, const QString& to,
                    const QString& direction, const QString& status, const QString& body, int media)
    {
        const QString sid = u"SM"_s + hexId(u"%1|%2|%3"_s.arg(a.sid).arg(i).arg(n), 32);
        const qint64 t = seedTime(i, n);
        const QString base = u"/2010-04-01/Accounts/%1/Messages/%2"_s.arg(a.sid, sid);
        Message m;
        m.obj =
            QJsonObject{{u"sid"_s, sid},
                        {u"account_sid"_s, a.sid},
                        {u"api_version"_s, u"2010-04-01"_s},
                        {u"body"_s, body},
                        {u"date_created"_s, rfc2822(t)},
                        {u"date_sent"_s, status == u"sending"_s ? QJsonValue() : QJsonValue(rfc2822(t + 2))},
                        {u"date_updated"_s, rfc2822(t + 2)},
                        {u"direction"_s, direction},
                        {u"error_code"_s, QJsonValue()},
                        {u"error_message"_s, QJsonValue()},
                        {u"from"_s, from},
                        {u"to"_s, to},
                        {u"messaging_service_sid"_s, QJsonValue()},
                        {u"num_media"_s, QString::number(media)},
                        {u"num_segments"_s, u"1"_s},
                        {u"price"_s, direction == u"inbound"_s ? u"-0.00790"_s : u"-0.00750"_s},
                        {u"price_unit"_s, u"USD"_s},
                        {u"status"_s, status},
                        {u"subresource_uris"_s, QJsonObject{{u"media"_s, base + u"/Media.json"_s},
                                                            {u"feedback"_s, base + u"/Feedback.json"_s}}},
                        {u"uri"_s, base + u".json"_s},
                        {u"_t"_s, t}};
        for (int k = 0; k < media; ++k) {
            const QString me = u"ME"_s + hexId(sid + QString::number(k), 32);
            m.media << QJsonObject{{u"sid"_s, me},
                                   {u"account_sid"_s, a.sid},
                                   {u"parent_sid"_s, sid},
                                   {u"content_type"_s, u"image/jpeg"_s},
                                   {u"date_created"_s, rfc2822(t)},
                                   {u"date_updated"_s, rfc2822(t)},
                                   {u"uri"_s, base + u"/Media/"_s + me + u".json"_s}};
        }
        a.messages << m;
    }

    static bool sentOn(const QJsonObject& m, const QString& op, const QString& day)
    {
        const QDate want = QDate::fromString(day, Qt::ISODate);
        const QString sent = m.value(u"date_sent"_s).toString();
        if (!want.isValid() || sent.isEmpty())
            return false;
        const QDate d = QLocale::c().toDateTime(sent, u"ddd, dd MMM yyyy HH:mm:ss +0000"_s).date();
        if (op == u"<"_s)
            return d <= want;
        if (op == u">"_s)
            return d >= want;
        return d == want;
    }

    Resp list(const Account& a, const Req& req) const
    {
        QList<const QJsonObject*> hits;
        for (const Message& m : a.messages) {
            if (req.hasQ(u"To"_s) && m.obj.value(u"to"_s).toString() != req.q(u"To"_s))
                continue;
            if (req.hasQ(u"From"_s) && m.obj.value(u"from"_s).toString() != req.q(u"From"_s))
                continue;
            if (req.hasQ(u"DateSent"_s) && !sentOn(m.obj, {}, req.q(u"DateSent"_s)))
                continue;
            if (req.hasQ(u"DateSent<"_s) && !sentOn(m.obj, u"<"_s, req.q(u"DateSent<"_s)))
                continue;
            if (req.hasQ(u"DateSent>"_s) && !sentOn(m.obj, u">"_s, req.q(u"DateSent>"_s)))
                continue;
            hits << &m.obj;
        }
        bool ok = true;
        const int size = qBound(1, req.qInt(u"PageSize"_s, 50, &ok), 1000);
        const int pageNo = qMax(0, req.qInt(u"Page"_s, 0));
        int start = pageNo * size;
        if (req.hasQ(u"PageToken"_s)) {
            const QString after = req.q(u"PageToken"_s).mid(2);
            for (int k = 0; k < hits.size(); ++k) {
                if (hits[k]->value(u"sid"_s).toString() == after)
                    start = k + 1;
            }
        }
        const int end = qMin(int(hits.size()), start + size);
        QJsonArray messages;
        for (int k = start; k < end; ++k)
            messages.append(*hits[k]);

        QString filters;
        for (const QString& f : {u"To"_s, u"From"_s, u"DateSent"_s, u"DateSent<"_s, u"DateSent>"_s}) {
            if (req.hasQ(f))
                filters += enc(f) + u'=' + enc(req.q(f)) + u'&';
        }
        const QString path = u"/2010-04-01/Accounts/%1/Messages.json?"_s.arg(a.sid) + filters;
        auto uri = [&](int page, const QString& token) {
            QString u = path + u"PageSize=%1&Page=%2"_s.arg(size).arg(page);
            if (!token.isEmpty())
                u += u"&PageToken="_s + token;
            return u;
        };
        const QJsonValue next =
            end < hits.size()
                ? QJsonValue(uri(pageNo + 1, u"PA"_s + hits[end - 1]->value(u"sid"_s).toString()))
                : QJsonValue();
        const QJsonValue previous =
            pageNo > 0 && start > 0
                ? QJsonValue(uri(pageNo - 1, u"PB"_s + hits[start]->value(u"sid"_s).toString()))
                : QJsonValue();
        return Resp::json(QJsonObject{{u"first_page_uri"_s, uri(0, {})},
                                      {u"next_page_uri"_s, next},
                                      {u"previous_page_uri"_s, previous},
                                      {u"page"_s, pageNo},
                                      {u"page_size"_s, size},
                                      {u"start"_s, start},
                                      {u"end"_s, qMax(start, end - 1)},
                                      {u"uri"_s, uri(pageNo, req.q(u"PageToken"_s))},
                                      {u"messages"_s, messages}});
    }

    Resp message(Account& a, const Req& req, const QStringList& p)
    {
        QString sid = p[4];
        if (p.size() == 5) {
            if (!sid.endsWith(u".json"_s))
                return notFound(req);
            sid.chop(5);
        }
        const auto it = std::find_if(a.messages.begin(), a.messages.end(), [&sid](const Message& m) {
            return m.obj.value(u"sid"_s).toString() == sid;
        });
        if (it == a.messages.end())
            return notFound(req);
        if (p.size() == 5) {
            if (req.method == "GET")
                return Resp::json(it->obj);
            if (req.method == "DELETE") {
                static const QStringList pending = {u"accepted"_s, u"scheduled"_s, u"queued"_s, u"sending"_s};
                if (pending.contains(it->obj.value(u"status"_s).toString()))
                    return twilioError(400, 20009,
                                       u"Cannot delete message because delivery has not been completed."_s);
                a.messages.erase(it); // its media go with it
                return Resp::empty(204);
            }
            if (req.method == "POST") {
                const QUrlQuery form = req.form();
                if (form.hasQueryItem(u"Body"_s)) {
                    if (!form.queryItemValue(u"Body"_s).isEmpty())
                        return twilioError(400, 21610,
                                           u"Body can only be set to an empty string to redact it."_s);
                    it->obj.insert(u"body"_s, QString());
                }
                return Resp::json(it->obj);
            }
            return twilioError(405, 20004, u"Method not allowed"_s);
        }
        if (p.size() == 6 && p[5] == u"Media.json"_s && req.method == "GET") {
            QJsonArray media;
            for (const QJsonObject& m : it->media)
                media.append(m);
            const QString uri = u"/2010-04-01/Accounts/%1/Messages/%2/Media.json"_s.arg(a.sid, sid);
            return Resp::json(QJsonObject{{u"first_page_uri"_s, uri + u"?PageSize=50&Page=0"_s},
                                          {u"next_page_uri"_s, QJsonValue()},
                                          {u"previous_page_uri"_s, QJsonValue()},
                                          {u"page"_s, 0},
                                          {u"page_size"_s, 50},
                                          {u"start"_s, 0},
                                          {u"end"_s, qMax(0, int(media.size()) - 1)},
                                          {u"uri"_s, uri},
                                          {u"media_list"_s, media}});
        }
        if (p.size() == 7 && p[5] == u"Media"_s && p[6].endsWith(u".json"_s)) {
            const QString me = p[6].chopped(5);
            for (qsizetype k = 0; k < it->media.size(); ++k) {
                if (it->media[k].value(u"sid"_s).toString() != me)
                    continue;
                if (req.method == "GET")
                    return Resp::json(it->media[k]);
                if (req.method == "DELETE") {
                    it->media.removeAt(k);
                    it->obj.insert(u"num_media"_s, QString::number(it->media.size()));
                    return Resp::empty(204);
                }
            }
        }
        return notFound(req);
    }

    QMap<QString, Account> m_accounts;
};

} // namespace

std::unique_ptr<Processor> makeTwilio()
{
    return std::make_unique<Twilio>();
}

} // namespace lethe::sandbox
