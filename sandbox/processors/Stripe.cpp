// Stripe: /v1/customers (list with an exact, case-sensitive email filter; search, case-insensitive), the
// related lists (charges, invoices, subscriptions, payment methods, tax ids), DELETE /v1/customers/{id} (the
// deleted stub stays retrievable) and redaction jobs. One Stripe account per product.
#include "Processor.h"

#include <QMap>
#include <QRegularExpression>
#include <QSet>

namespace lethe::sandbox {

namespace {

using namespace Qt::StringLiterals;

const QStringList kAccounts = {u"alwaysleads"_s, u"leadmachine"_s, u"leadnest"_s, u"leadsgen"_s,
                               u"leadtrackengine"_s};

QJsonObject stripeErrorBody(const QString& type, const QString& code, const QString& message,
                            const QString& param = {})
{
    QJsonObject e{{u"type"_s, type}, {u"message"_s, message}};
    if (!code.isEmpty()) {
        e.insert(u"code"_s, code);
        e.insert(u"doc_url"_s,
                 u"https://stripe.com/docs/error-codes/"_s + code.toLower().replace(u'_', u'-'));
    }
    if (!param.isEmpty())
        e.insert(u"param"_s, param);
    e.insert(u"request_log_url"_s, u"https://dashboard.stripe.com/test/logs/req_sandbox"_s);
    return QJsonObject{{u"error"_s, e}};
}

Resp stripeError(int status, const QString& type, const QString& code, const QString& message,
                 const QString& param = {})
{
    Resp r = Resp::json(status, stripeErrorBody(type, code, message, param));
    r.header("Stripe-Should-Retry", status >= 500 || status == 429 ? "true" : "false");
    return r;
}

Resp missing(const QString& what, const QString& id, const QString& param = u"id"_s)
{
    return stripeError(404, u"invalid_request_error"_s, u"resource_missing"_s,
                       u"No such %1: '%2'"_s.arg(what, id), param);
}

QString mixedCase(const QString& email)
{
    QString out = email;
    bool up = true;
    for (qsizetype i = 0; i < out.size(); ++i) {
        if (up)
            out[i] = out[i].toUpper();
        up = out[i] == u'.' || out[i] == u'@';
    }
    return out;
}

QJsonObject address(const DemoPerson& p)
{
    return QJsonObject{
        {u"city"_s, p.city},        {u"country"_s, p.country},        {u"line1"_s, QJsonValue()},
        {u"line2"_s, QJsonValue()}, {u"postal_code"_s, QJsonValue()}, {u"state"_s, QJsonValue()}};
}

QJsonObject billingDetails(const DemoPerson& p)
{
    return QJsonObject{{u"address"_s, address(p)},
                       {u"email"_s, p.email},
                       {u"name"_s, p.name},
                       {u"phone"_s, orNull(p.phone)}};
}

QJsonObject redactedBillingDetails()
{
    const QJsonValue n;
    return QJsonObject{{u"address"_s, QJsonObject{{u"city"_s, n},
                                                  {u"country"_s, n},
                                                  {u"line1"_s, n},
                                                  {u"line2"_s, n},
                                                  {u"postal_code"_s, n},
                                                  {u"state"_s, n}}},
                       {u"email"_s, n},
                       {u"name"_s, n},
                       {u"phone"_s, n}};
}

struct Job
{
    QJsonObject obj;
    QStringList customers;
};

struct Account
{
    QList<QJsonObject> customers; // newest first; deleted ones stay, marked in `deleted`
    QSet<QString> deleted;
    QList<QJsonObject> charges;
    QList<QJsonObject> invoices;
    QList<QJsonObject> subscriptions;
    QList<QJsonObject> paymentMethods;
    QList<QJsonObject> taxIds;
    QMap<QString, Job> jobs;
    int jobCounter = 0;
    // Idempotency-Key -> the request it came with (method, path, body) and the answer given: the same key
    // again gets the same answer, marked Idempotent-Replayed (Stripe keeps keys for 24 hours).
    struct Idempotent
    {
        QByteArray request;
        Resp answer;
    };
    QHash<QString, Idempotent> idempotent;
    int replays = 0;
};

void newestFirst(QList<QJsonObject>& list)
{
    std::stable_sort(list.begin(), list.end(), [](const QJsonObject& a, const QJsonObject& b) {
        return a.value(u"created"_s).toInteger() > b.value(u"created"_s).toInteger();
    });
}

class Stripe final : public Processor
{
public:
    QString key() const override { return u"stripe"_s; }

    void reset(const SeedData& seed) override
    {
        m_accounts.clear();
        const int heavy = seed.heavy(kAccounts);
        for (const QString& account : kAccounts) {
            Account& a = m_accounts[account];
            const auto holders = seed.holders(account);
            for (const SeedPerson* p : holders)
                addPerson(a, account, p->index, p->person, p->index == heavy);
            // Person 0's address in other letter case: ?email= (case-sensitive) does not return it, search
            // (case-insensitive) does, and by Lethe's rule it is her address (docs/connectors.md). Then
            // near misses of her address and number, which no lookup may take for hers.
            for (const SeedPerson* p : holders) {
                if (p->index != 0)
                    continue;
                DemoPerson variant = p->person;
                variant.email = mixedCase(variant.email);
                addPerson(a, account + u"-decoy"_s, 9000, variant, false);
                int n = 9001;
                for (const QString& near : SeedData::nearMisses(p->person.email)) {
                    DemoPerson decoy = p->person;
                    decoy.email = near;
                    decoy.phone.clear();
                    addPerson(a, account + u"-decoy"_s, n++, decoy, false);
                }
                for (const QString& near : SeedData::nearMissPhones(p->person.phone)) {
                    DemoPerson decoy = p->person;
                    decoy.email = u"phone%1@stranger.example"_s.arg(n);
                    decoy.phone = near;
                    addPerson(a, account + u"-decoy"_s, n++, decoy, false);
                }
            }
            for (int n = 0; n < 6; ++n) {
                const Stranger s = SeedData::stranger(u"stripe-"_s + account, n);
                DemoPerson p;
                p.name = s.name;
                p.email = s.email;
                p.phone = s.phone;
                p.city = u"Springfield"_s;
                p.country = u"US"_s;
                addPerson(a, account + u"-stranger"_s, 5000 + n, p, false);
            }
            newestFirst(a.customers);
            newestFirst(a.charges);
            newestFirst(a.invoices);
            newestFirst(a.subscriptions);
            newestFirst(a.paymentMethods);
            newestFirst(a.taxIds);
        }
    }

    Resp handle(const Req& req) override
    {
        QString key;
        QString user;
        QString password;
        if (!req.bearer().isEmpty())
            key = req.bearer();
        else if (req.basic(&user, &password))
            key = user;
        if (key.isEmpty()) {
            return stripeError(401, u"invalid_request_error"_s, {},
                               u"You did not provide an API key. You need to provide your API key in the "
                               "Authorization header, using Bearer auth (e.g. 'Authorization: Bearer "
                               "YOUR_SECRET_KEY')."_s);
        }
        const QString account = key.startsWith(u"sbx_stripe_"_s) ? key.mid(11) : QString();
        if (!m_accounts.contains(account)) {
            return stripeError(401, u"invalid_request_error"_s, u"api_key_invalid"_s,
                               u"Invalid API Key provided: %1****"_s.arg(key.left(11)));
        }
        Account& a = m_accounts[account];
        const QString idempotencyKey = req.header("idempotency-key");
        if (req.method != "POST" || idempotencyKey.isEmpty())
            return route(a, req);
        const QByteArray fingerprint = req.method + ' ' + req.path.toUtf8() + '\n' + req.body;
        if (auto it = a.idempotent.constFind(idempotencyKey); it != a.idempotent.cend()) {
            if (it->request != fingerprint)
                return stripeError(400, u"idempotency_error"_s, u"idempotency_key_in_use"_s,
                                   u"Keys for idempotent requests can only be used with the same parameters "
                                   "they were first used with."_s);
            ++a.replays;
            Resp replay = it->answer;
            replay.header("Idempotent-Replayed", "true");
            return replay;
        }
        Resp answer = route(a, req);
        if (answer.status < 500)
            a.idempotent.insert(idempotencyKey, {fingerprint, answer});
        return answer;
    }

    QJsonObject state() const override
    {
        QJsonObject accounts;
        for (auto it = m_accounts.cbegin(); it != m_accounts.cend(); ++it) {
            const Account& a = it.value();
            int pending = 0;
            for (const Job& j : a.jobs) {
                const QString s = j.obj.value(u"status"_s).toString();
                if (s != u"succeeded"_s && s != u"canceled"_s)
                    ++pending;
            }
            accounts.insert(it.key(),
                            QJsonObject{{u"customers"_s, int(a.customers.size() - a.deleted.size())},
                                        {u"deleted_customers"_s, int(a.deleted.size())},
                                        {u"charges"_s, int(a.charges.size())},
                                        {u"invoices"_s, int(a.invoices.size())},
                                        {u"subscriptions"_s, int(a.subscriptions.size())},
                                        {u"payment_methods"_s, int(a.paymentMethods.size())},
                                        {u"tax_ids"_s, int(a.taxIds.size())},
                                        {u"redaction_jobs"_s, int(a.jobs.size())},
                                        {u"idempotent_replays"_s, a.replays},
                                        {u"pending_jobs"_s, pending}});
        }
        return QJsonObject{{u"accounts"_s, accounts}};
    }

    Resp tooManyRequests(int retryAfter) const override
    {
        Resp r =
            stripeError(429, u"invalid_request_error"_s, u"rate_limit"_s,
                        u"Too many requests hit the API too quickly. We recommend an exponential backoff of "
                        "your requests."_s);
        r.header("Retry-After", retryAfter);
        return r;
    }

    Resp serverError() const override
    {
        return stripeError(500, u"api_error"_s, {}, u"An unknown error occurred"_s);
    }

private:
    static void addPerson(Account& a, const QString& salt, int i, const DemoPerson& p, bool heavy)
    {
        const QString base = salt + u'|' + p.email;
        const QString cid = u"cus_"_s + hexId(base, 14);
        const QString pmid = u"pm_"_s + hexId(base + u"|pm"_s, 24);
        a.customers << QJsonObject{{u"id"_s, cid},
                                   {u"object"_s, u"customer"_s},
                                   {u"email"_s, p.email},
                                   {u"name"_s, p.name},
                                   {u"phone"_s, orNull(p.phone)},
                                   {u"address"_s, address(p)},
                                   {u"balance"_s, 0},
                                   {u"created"_s, seedTime(i, 0)},
                                   {u"currency"_s, u"usd"_s},
                                   {u"default_source"_s, QJsonValue()},
                                   {u"delinquent"_s, false},
                                   {u"livemode"_s, false},
                                   {u"metadata"_s, QJsonObject()},
                                   {u"invoice_prefix"_s, hexId(base + u"|prefix"_s, 7).toUpper()},
                                   {u"tax_exempt"_s, u"none"_s}};
        a.paymentMethods << QJsonObject{
            {u"id"_s, pmid},
            {u"object"_s, u"payment_method"_s},
            {u"type"_s, u"card"_s},
            {u"customer"_s, cid},
            {u"created"_s, seedTime(i, 1)},
            {u"billing_details"_s, billingDetails(p)},
            {u"card"_s, QJsonObject{{u"brand"_s, u"visa"_s},
                                    {u"last4"_s, u"%1"_s.arg(4242 + i % 7, 4, 10, QLatin1Char('0'))},
                                    {u"exp_month"_s, 1 + i % 12},
                                    {u"exp_year"_s, 2027 + i % 4},
                                    {u"country"_s, p.country}}},
            {u"livemode"_s, false}};
        const QString subId = u"sub_"_s + hexId(base + u"|sub"_s, 24);
        const bool canceled = i % 2 == 1;
        a.subscriptions << QJsonObject{
            {u"id"_s, subId},
            {u"object"_s, u"subscription"_s},
            {u"customer"_s, cid},
            {u"status"_s, canceled ? u"canceled"_s : u"active"_s},
            {u"created"_s, seedTime(i, 1)},
            {u"canceled_at"_s, canceled ? QJsonValue(seedTime(i, 2)) : QJsonValue()},
            {u"cancel_at_period_end"_s, false},
            {u"current_period_end"_s, seedTime(i, 1) + 30 * 86400},
            {u"default_payment_method"_s, pmid},
            {u"livemode"_s, false}};
        const int charges = heavy ? 250 : 1 + i % 4;
        for (int n = 0; n < charges; ++n) {
            const int amount = 1900 + ((i * 7 + n) % 50) * 100;
            a.charges << QJsonObject{
                {u"id"_s, u"ch_"_s + hexId(base + u"|ch|"_s + QString::number(n), 24)},
                {u"object"_s, u"charge"_s},
                {u"amount"_s, amount},
                {u"amount_captured"_s, amount},
                {u"amount_refunded"_s, 0},
                {u"currency"_s, u"usd"_s},
                {u"customer"_s, cid},
                {u"created"_s, seedTime(i, 2 + n)},
                {u"description"_s, u"Subscription payment"_s},
                {u"paid"_s, true},
                {u"status"_s, u"succeeded"_s},
                {u"receipt_email"_s, p.email},
                {u"billing_details"_s, billingDetails(p)},
                {u"payment_method"_s, pmid},
                {u"payment_method_details"_s,
                 QJsonObject{{u"type"_s, u"card"_s},
                             {u"card"_s, QJsonObject{{u"brand"_s, u"visa"_s}, {u"last4"_s, u"4242"_s}}}}},
                {u"livemode"_s, false},
                {u"metadata"_s, QJsonObject()}};
        }
        const int invoices = heavy ? 210 : 1 + i % 3;
        for (int n = 0; n < invoices; ++n) {
            a.invoices << QJsonObject{
                {u"id"_s, u"in_"_s + hexId(base + u"|in|"_s + QString::number(n), 24)},
                {u"object"_s, u"invoice"_s},
                {u"customer"_s, cid},
                {u"customer_email"_s, p.email},
                {u"customer_name"_s, p.name},
                {u"customer_phone"_s, orNull(p.phone)},
                {u"customer_address"_s, address(p)},
                {u"amount_due"_s, 1900},
                {u"amount_paid"_s, 1900},
                {u"currency"_s, u"usd"_s},
                {u"status"_s, u"paid"_s},
                {u"number"_s,
                 u"%1-%2"_s.arg(hexId(base + u"|prefix"_s, 7).toUpper()).arg(n + 1, 4, 10, QLatin1Char('0'))},
                {u"subscription"_s, subId},
                {u"created"_s, seedTime(i, 2 + n)},
                {u"livemode"_s, false}};
        }
        if (i % 5 == 0) {
            a.taxIds << QJsonObject{{u"id"_s, u"txi_"_s + hexId(base + u"|txi"_s, 24)},
                                    {u"object"_s, u"tax_id"_s},
                                    {u"customer"_s, cid},
                                    {u"type"_s, u"eu_vat"_s},
                                    {u"country"_s, p.country},
                                    {u"value"_s, p.country + QString::number(100000000 + i * 7919)},
                                    {u"created"_s, seedTime(i, 1)},
                                    {u"verification"_s, QJsonObject{{u"status"_s, u"verified"_s}}},
                                    {u"livemode"_s, false}};
        }
    }

    // A list page: limit 1-100 (default 10), starting_after / ending_before an id of `items` (newest first).
    static Resp page(const QList<QJsonObject>& items, const QString& url, const Req& req)
    {
        bool ok = true;
        const int limit = req.qInt(u"limit"_s, 10, &ok);
        if (!ok || limit < 1 || limit > 100) {
            return stripeError(
                400, u"invalid_request_error"_s, u"parameter_invalid_integer"_s,
                u"This value must be greater than or equal to 1 and less than or equal to 100."_s,
                u"limit"_s);
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
        bool hasMore = false;
        if (req.hasQ(u"ending_before"_s)) {
            const int at = indexOf(req.q(u"ending_before"_s));
            if (at < 0)
                return missing(u"object"_s, req.q(u"ending_before"_s), u"ending_before"_s);
            from = qMax(0, at - limit);
            to = at;
            hasMore = from > 0;
        } else {
            if (req.hasQ(u"starting_after"_s)) {
                const int at = indexOf(req.q(u"starting_after"_s));
                if (at < 0)
                    return missing(u"object"_s, req.q(u"starting_after"_s), u"starting_after"_s);
                from = at + 1;
            }
            to = qMin(int(items.size()), from + limit);
            hasMore = to < items.size();
        }
        QJsonArray data;
        for (int k = from; k < to; ++k)
            data.append(items[k]);
        return Resp::json(QJsonObject{
            {u"object"_s, u"list"_s}, {u"url"_s, url}, {u"has_more"_s, hasMore}, {u"data"_s, data}});
    }

    static QList<QJsonObject> ofCustomer(const QList<QJsonObject>& items, const Req& req)
    {
        if (!req.hasQ(u"customer"_s))
            return items;
        const QString c = req.q(u"customer"_s);
        QList<QJsonObject> out;
        for (const QJsonObject& o : items) {
            if (o.value(u"customer"_s).toString() == c)
                out << o;
        }
        return out;
    }

    static const QJsonObject* customer(const Account& a, const QString& id)
    {
        for (const QJsonObject& c : a.customers) {
            if (c.value(u"id"_s).toString() == id)
                return &c;
        }
        return nullptr;
    }

    static QJsonObject deletedStub(const QString& id)
    {
        return QJsonObject{{u"id"_s, id}, {u"object"_s, u"customer"_s}, {u"deleted"_s, true}};
    }

    Resp route(Account& a, const Req& req)
    {
        const QStringList p = pathParts(req.path);
        const QByteArray& m = req.method;
        if (p.size() < 2 || p[0] != u"v1"_s)
            return unrecognized(req);
        const QString& res = p[1];
        if (res == u"customers"_s) {
            if (p.size() == 2 && m == "GET")
                return listCustomers(a, req);
            if (p.size() == 3 && p[2] == u"search"_s && m == "GET")
                return searchCustomers(a, req);
            if (p.size() >= 3) {
                const QString id = p[2];
                const QJsonObject* c = customer(a, id);
                if (!c)
                    return missing(u"customer"_s, id);
                const bool gone = a.deleted.contains(id);
                if (p.size() == 3 && m == "GET")
                    return Resp::json(gone ? deletedStub(id) : *c);
                if (p.size() == 3 && m == "DELETE") {
                    if (gone)
                        return missing(u"customer"_s, id);
                    deleteCustomer(a, id);
                    return Resp::json(deletedStub(id));
                }
                if (p.size() == 4 && m == "GET") {
                    if (gone)
                        return missing(u"customer"_s, id);
                    const QString url = u"/v1/customers/%1/%2"_s.arg(id, p[3]);
                    if (p[3] == u"payment_methods"_s)
                        return page(ofCustomerId(a.paymentMethods, id), url, req);
                    if (p[3] == u"tax_ids"_s)
                        return page(ofCustomerId(a.taxIds, id), url, req);
                    if (p[3] == u"sources"_s || p[3] == u"balance_transactions"_s)
                        return page({}, url, req);
                }
            }
            return unrecognized(req);
        }
        if (p.size() == 2 && m == "GET") {
            const QString url = u"/v1/"_s + res;
            if (res == u"charges"_s)
                return page(ofCustomer(a.charges, req), url, req);
            if (res == u"invoices"_s)
                return page(ofCustomer(a.invoices, req), url, req);
            if (res == u"payment_methods"_s)
                return page(ofCustomer(a.paymentMethods, req), url, req);
            if (res == u"subscriptions"_s) {
                const QString status = req.hasQ(u"status"_s) ? req.q(u"status"_s) : QString();
                QList<QJsonObject> subs;
                const auto mine = ofCustomer(a.subscriptions, req);
                for (const QJsonObject& s : mine) {
                    const QString st = s.value(u"status"_s).toString();
                    if (status == u"all"_s || (status.isEmpty() ? st != u"canceled"_s : st == status))
                        subs << s;
                }
                return page(subs, url, req);
            }
            static const QStringList empties = {u"payment_intents"_s, u"invoiceitems"_s, u"credit_notes"_s,
                                                u"disputes"_s};
            if (empties.contains(res))
                return page({}, url, req);
        }
        if (res == u"checkout"_s && p.size() == 3 && p[2] == u"sessions"_s && m == "GET")
            return page({}, u"/v1/checkout/sessions"_s, req);
        if (res == u"privacy"_s && p.size() >= 3 && p[2] == u"redaction_jobs"_s)
            return redactionJobs(a, req, p);
        return unrecognized(req);
    }

    static QList<QJsonObject> ofCustomerId(const QList<QJsonObject>& items, const QString& id)
    {
        QList<QJsonObject> out;
        for (const QJsonObject& o : items) {
            if (o.value(u"customer"_s).toString() == id)
                out << o;
        }
        return out;
    }

    static Resp unrecognized(const Req& req)
    {
        return stripeError(
            404, u"invalid_request_error"_s, {},
            u"Unrecognized request URL (%1: %2). Please see https://stripe.com/docs or we can "
            "help at https://support.stripe.com/."_s.arg(QString::fromLatin1(req.method), req.path));
    }

    Resp listCustomers(const Account& a, const Req& req) const
    {
        QList<QJsonObject> live;
        const bool byEmail = req.hasQ(u"email"_s);
        const QString email = req.q(u"email"_s);
        for (const QJsonObject& c : a.customers) {
            if (a.deleted.contains(c.value(u"id"_s).toString()))
                continue;
            // Stripe's email filter is exact and case-sensitive.
            if (byEmail && c.value(u"email"_s).toString() != email)
                continue;
            live << c;
        }
        return page(live, u"/v1/customers"_s, req);
    }

    Resp searchCustomers(const Account& a, const Req& req) const
    {
        static const QRegularExpression clause(u"^\\s*(email|phone|name)\\s*:\\s*['\"](.*)['\"]\\s*$"_s);
        const auto match = clause.match(req.q(u"query"_s));
        if (!match.hasMatch()) {
            return stripeError(
                400, u"invalid_request_error"_s, u"parameter_invalid_string"_s,
                u"We were unable to parse your search query. Try using the format "
                "`metadata['key']:'value'` to query for metadata or `key:'value'` to query for "
                "other fields."_s,
                u"query"_s);
        }
        bool ok = true;
        const int limit = req.qInt(u"limit"_s, 10, &ok);
        if (!ok || limit < 1 || limit > 100) {
            return stripeError(
                400, u"invalid_request_error"_s, u"parameter_invalid_integer"_s,
                u"This value must be greater than or equal to 1 and less than or equal to 100."_s,
                u"limit"_s);
        }
        int offset = 0;
        if (req.hasQ(u"page"_s)) {
            const QString token = req.q(u"page"_s);
            offset = token.startsWith(u"pg_"_s) ? token.mid(3).toInt(&ok) : -1;
            if (!ok || offset < 0) {
                return stripeError(400, u"invalid_request_error"_s, u"parameter_invalid_string"_s,
                                   u"Invalid page token."_s, u"page"_s);
            }
        }
        const QString field = match.captured(1);
        const QString value = match.captured(2);
        QList<QJsonObject> hits;
        for (const QJsonObject& c : a.customers) {
            if (a.deleted.contains(c.value(u"id"_s).toString()))
                continue;
            // Search matches case-insensitively, unlike the list filter.
            if (c.value(field).toString().compare(value, Qt::CaseInsensitive) == 0)
                hits << c;
        }
        QJsonArray data;
        for (int k = offset; k < qMin(int(hits.size()), offset + limit); ++k)
            data.append(hits[k]);
        const bool more = offset + limit < hits.size();
        return Resp::json(
            QJsonObject{{u"object"_s, u"search_result"_s},
                        {u"url"_s, u"/v1/customers/search"_s},
                        {u"has_more"_s, more},
                        {u"data"_s, data},
                        {u"next_page"_s, more ? QJsonValue(u"pg_%1"_s.arg(offset + limit)) : QJsonValue()}});
    }

    static void deleteCustomer(Account& a, const QString& id)
    {
        a.deleted.insert(id);
        // Deleting a customer cancels its subscriptions and removes its cards and tax ids; charges and
        // invoices stay.
        for (QJsonObject& s : a.subscriptions) {
            if (s.value(u"customer"_s).toString() == id && s.value(u"status"_s).toString() != u"canceled"_s) {
                s.insert(u"status"_s, u"canceled"_s);
                s.insert(u"canceled_at"_s, seedTime(0, 0) + 365 * 86400);
            }
        }
        a.paymentMethods.removeIf(
            [&id](const QJsonObject& o) { return o.value(u"customer"_s).toString() == id; });
        a.taxIds.removeIf([&id](const QJsonObject& o) { return o.value(u"customer"_s).toString() == id; });
    }

    Resp redactionJobs(Account& a, const Req& req, const QStringList& p)
    {
        const QByteArray& m = req.method;
        // Redaction jobs are a public preview: only a preview API version reaches them.
        if (!req.header("stripe-version").endsWith(u".preview"_s))
            return stripeError(400, u"invalid_request_error"_s, u"preview_version_required"_s,
                               u"Redaction jobs are in public preview: send a preview Stripe-Version "
                               "(such as 2025-09-30.preview)."_s);
        if (p.size() == 3 && m == "POST") {
            QStringList customers;
            const auto items = req.form().queryItems(QUrl::FullyDecoded);
            for (const auto& item : items) {
                if (item.first.startsWith(u"objects[customers]["_s))
                    customers << item.second;
            }
            if (customers.isEmpty()) {
                return stripeError(400, u"invalid_request_error"_s, u"parameter_missing"_s,
                                   u"Missing required param: objects."_s, u"objects"_s);
            }
            if (customers.size() > 10) {
                return stripeError(400, u"invalid_request_error"_s, u"parameter_invalid_array"_s,
                                   u"A redaction job takes at most 10 root objects."_s, u"objects"_s);
            }
            for (const QString& c : customers) {
                if (!customer(a, c))
                    return missing(u"customer"_s, c, u"objects[customers]"_s);
            }
            const QString id =
                u"prj_"_s + hexId(u"prj|%1|%2"_s.arg(a.jobCounter++).arg(customers.join(u',')), 24);
            Job job;
            job.customers = customers;
            const QString behaviour = req.form().queryItemValue(u"validation_behavior"_s, QUrl::FullyDecoded);
            job.obj = QJsonObject{
                {u"id"_s, id},
                {u"object"_s, u"privacy.redaction_job"_s},
                {u"created"_s, seedTime(0, 0) + 365 * 86400},
                {u"livemode"_s, false},
                {u"objects"_s, QJsonObject{{u"customers"_s, QJsonArray::fromStringList(customers)},
                                           {u"charges"_s, QJsonArray()},
                                           {u"invoices"_s, QJsonArray()},
                                           {u"payment_intents"_s, QJsonArray()}}},
                {u"status"_s, u"validating"_s},
                {u"validation_behavior"_s, behaviour.isEmpty() ? u"error"_s : behaviour}};
            a.jobs.insert(id, job);
            return Resp::json(job.obj);
        }
        if (p.size() < 4)
            return unrecognized(req);
        auto it = a.jobs.find(p[3]);
        if (it == a.jobs.end())
            return missing(u"privacy.redaction_job"_s, p[3]);
        Job& job = it.value();
        const QString status = job.obj.value(u"status"_s).toString();
        auto setStatus = [&job](const QString& s) { job.obj.insert(u"status"_s, s); };
        if (p.size() == 4 && m == "GET") {
            // Each poll moves the job on: validating -> ready, running -> succeeded (the redaction happens).
            if (status == u"validating"_s) {
                setStatus(u"ready"_s);
            } else if (status == u"running"_s) {
                redact(a, job.customers);
                setStatus(u"succeeded"_s);
            }
            return Resp::json(job.obj);
        }
        if (p.size() == 5 && m == "GET" && p[4] == u"validation_errors"_s)
            return page({}, u"/v1/privacy/redaction_jobs/%1/validation_errors"_s.arg(p[3]), req);
        if (p.size() == 5 && m == "POST") {
            const QString action = p[4];
            if (action == u"validate"_s && (status == u"validating"_s || status == u"ready"_s)) {
                setStatus(u"ready"_s);
                return Resp::json(job.obj);
            }
            if (action == u"run"_s && status == u"ready"_s) {
                setStatus(u"running"_s);
                return Resp::json(job.obj);
            }
            if (action == u"cancel"_s && status != u"succeeded"_s && status != u"running"_s) {
                setStatus(u"canceled"_s);
                return Resp::json(job.obj);
            }
            if (action == u"run"_s || action == u"validate"_s || action == u"cancel"_s) {
                return stripeError(
                    400, u"invalid_request_error"_s, u"redaction_job_invalid_state"_s,
                    u"This redaction job is '%1' and cannot be sent '%2'."_s.arg(status, action));
            }
        }
        return unrecognized(req);
    }

    static void redact(Account& a, const QStringList& customers)
    {
        const QJsonValue n;
        for (QJsonObject& c : a.charges) {
            if (customers.contains(c.value(u"customer"_s).toString())) {
                c.insert(u"billing_details"_s, redactedBillingDetails());
                c.insert(u"receipt_email"_s, n);
            }
        }
        for (QJsonObject& i : a.invoices) {
            if (customers.contains(i.value(u"customer"_s).toString())) {
                i.insert(u"customer_email"_s, n);
                i.insert(u"customer_name"_s, n);
                i.insert(u"customer_phone"_s, n);
                i.insert(u"customer_address"_s, n);
            }
        }
        for (QJsonObject& pm : a.paymentMethods) {
            if (customers.contains(pm.value(u"customer"_s).toString()))
                pm.insert(u"billing_details"_s, redactedBillingDetails());
        }
        for (QJsonObject& c : a.customers) {
            if (customers.contains(c.value(u"id"_s).toString())) {
                c.insert(u"email"_s, n);
                c.insert(u"name"_s, n);
                c.insert(u"phone"_s, n);
                c.insert(u"address"_s, n);
            }
        }
    }

    QMap<QString, Account> m_accounts;
};

} // namespace

std::unique_ptr<Processor> makeStripe()
{
    return std::make_unique<Stripe>();
}

} // namespace lethe::sandbox
