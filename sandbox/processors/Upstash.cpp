// Upstash Redis REST: POST / with a command array, POST /pipeline (and /multi-exec) with an array of them,
// and path-style GET /cmd/arg/... . SCAN walks a fixed key order with a real multi-step cursor ("0" at the
// end); GET, HGETALL, HGET, TYPE, EXISTS, DEL, UNLINK, KEYS, DBSIZE, PING. There is no subject index.
#include "Processor.h"

#include <QMap>
#include <QRegularExpression>

namespace lethe::sandbox {

namespace {

using namespace Qt::StringLiterals;

const QStringList kAccounts = {u"leadmachine"_s};

struct Value
{
    bool hash = false;
    QString str;
    QList<QPair<QString, QString>> fields;
};

struct Account
{
    QMap<QString, Value> keys;
    QStringList order; // SCAN order, fixed at seeding; deleted keys stay here and are skipped
};

struct Answer
{
    bool ok = true;
    QJsonValue value;
    int status = 200;
};

Answer err(const QString& message)
{
    return Answer{false, QJsonValue(message), 400};
}

// Redis glob: * ? [abc] [^a] [a-z], and \x for x itself.
QRegularExpression glob(const QString& pattern)
{
    QString rx;
    for (qsizetype k = 0; k < pattern.size(); ++k) {
        const QChar c = pattern[k];
        if (c == u'\\' && k + 1 < pattern.size()) {
            rx += QRegularExpression::escape(QString(pattern[++k]));
        } else if (c == u'*') {
            rx += u".*"_s;
        } else if (c == u'?') {
            rx += u'.';
        } else if (c == u'[') {
            const qsizetype end = pattern.indexOf(u']', k + 1);
            if (end < 0) {
                rx += QRegularExpression::escape(QString(c));
                continue;
            }
            QString set = pattern.mid(k + 1, end - k - 1);
            const bool negate = set.startsWith(u'^');
            if (negate)
                set.remove(0, 1);
            QString cls;
            for (const QChar x : set)
                cls += x == u'-' ? QString(x) : QRegularExpression::escape(QString(x));
            rx += (negate ? u"[^"_s : u"["_s) + cls + u']';
            k = end;
        } else {
            rx += QRegularExpression::escape(QString(c));
        }
    }
    return QRegularExpression(QRegularExpression::anchoredPattern(rx),
                              QRegularExpression::DotMatchesEverythingOption);
}

class Upstash final : public Processor
{
public:
    QString key() const override { return u"upstash"_s; }

    void reset(const SeedData& seed) override
    {
        m_accounts.clear();
        const int heavy = seed.heavy(kAccounts);
        for (const QString& account : kAccounts) {
            Account& a = m_accounts[account];
            const auto holders = seed.holders(account);
            for (const SeedPerson* p : holders) {
                const int i = p->index;
                addUser(a, i, p->person.email, p->person.name, p->person.phone, i == heavy ? 150 : 1 + i % 3);
            }
            // Decoys around the heavy subject (docs/sandbox.md): rate-limit keys of near-miss addresses, and
            // keys of user ids that contain theirs, or are theirs in capitals.
            for (const SeedPerson* p : holders) {
                if (p->index != heavy)
                    continue;
                for (const QString& near : SeedData::nearMisses(p->person.email)) {
                    Value rl;
                    rl.str = u"1"_s;
                    a.keys.insert(u"ratelimit:"_s + near, rl);
                }
                const QString id = uuidFrom(u"supabase|"_s + p->person.email.toLower());
                Value v;
                v.str = u"{}"_s;
                a.keys.insert(u"session:"_s + id.toUpper() + u":0"_s, v);
                a.keys.insert(u"session:x"_s + id + u":0"_s, v);
                a.keys.insert(u"session:"_s + id + u"0:0"_s, v);
            }
            for (int n = 0; n < 20; ++n) {
                const Stranger s = SeedData::stranger(u"upstash"_s, n);
                addUser(a, 9000 + n, s.email, s.name, s.phone, 1);
            }
            for (int n = 0; n < 200; ++n) {
                Value v;
                v.str = u"<html>cached widget %1</html>"_s.arg(n);
                a.keys.insert(u"cache:widget:%1"_s.arg(hexId(QString::number(n), 8)), v);
            }
            a.order = a.keys.keys();
            std::stable_sort(a.order.begin(), a.order.end(),
                             [](const QString& x, const QString& y) { return hexId(x, 8) < hexId(y, 8); });
        }
    }

    Resp handle(const Req& req) override
    {
        QString token = req.bearer();
        if (token.isEmpty())
            token = req.q(u"_token"_s);
        const QString account = token.startsWith(u"sbx_upstash_"_s) ? token.mid(12) : QString();
        if (!m_accounts.contains(account))
            return Resp::json(401, QJsonObject{{u"error"_s, u"Unauthorized"_s}});
        Account& a = m_accounts[account];
        const QStringList p = pathParts(req.path);
        if (req.method == "POST" &&
            (p.isEmpty() || p == QStringList{u"pipeline"_s} || p == QStringList{u"multi-exec"_s})) {
            bool ok = false;
            const QJsonDocument doc = req.json(&ok);
            if (!ok || !doc.isArray())
                return Resp::json(400, QJsonObject{{u"error"_s, u"ERR failed to parse command"_s}});
            if (p.isEmpty())
                return single(run(a, toArgs(doc.array())));
            QJsonArray out;
            const QJsonArray cmds = doc.array();
            for (const QJsonValue& c : cmds) {
                const Answer ans = run(a, toArgs(c.toArray()));
                out.append(QJsonObject{{ans.ok ? u"result"_s : u"error"_s, ans.value}});
            }
            return Resp::json(out);
        }
        if (!p.isEmpty() && (req.method == "GET" || req.method == "POST"))
            return single(run(a, p));
        return Resp::json(405, QJsonObject{{u"error"_s, u"ERR method not allowed"_s}});
    }

    QJsonObject state() const override
    {
        QJsonObject accounts;
        for (auto it = m_accounts.cbegin(); it != m_accounts.cend(); ++it) {
            int users = 0;
            int sessions = 0;
            for (auto k = it.value().keys.cbegin(); k != it.value().keys.cend(); ++k) {
                users += k.key().startsWith(u"user:"_s) ? 1 : 0;
                sessions += k.key().startsWith(u"session:"_s) ? 1 : 0;
            }
            accounts.insert(it.key(), QJsonObject{{u"keys"_s, int(it.value().keys.size())},
                                                  {u"user_keys"_s, users},
                                                  {u"session_keys"_s, sessions}});
        }
        return QJsonObject{{u"accounts"_s, accounts}};
    }

    Resp tooManyRequests(int retryAfter) const override
    {
        return Resp::json(429, QJsonObject{{u"error"_s,
                                            u"ERR max requests limit exceeded. Limit: 1000, Usage: 1000"_s}})
            .header("Retry-After", retryAfter);
    }

    Resp serverError() const override
    {
        return Resp::json(500, QJsonObject{{u"error"_s, u"ERR internal server error"_s}});
    }

private:
    static void addUser(Account& a, int i, const QString& email, const QString& name, const QString& phone,
                        int sessions)
    {
        const QString id = uuidFrom(u"supabase|"_s + email.toLower()); // the app's Supabase user id
        Value user;
        user.hash = true;
        user.fields = {{u"email"_s, email},
                       {u"name"_s, name},
                       {u"phone"_s, phone},
                       {u"created_at"_s, isoTime(seedTime(i, 0))}};
        a.keys.insert(u"user:"_s + id, user);
        for (int n = 0; n < sessions; ++n) {
            Value s;
            s.str = QString::fromUtf8(
                QJsonDocument(QJsonObject{{u"email"_s, email},
                                          {u"ip"_s, u"198.51.100.%1"_s.arg(1 + (i + n) % 250)},
                                          {u"ua"_s, u"Mozilla/5.0"_s}})
                    .toJson(QJsonDocument::Compact));
            a.keys.insert(u"session:%1:%2"_s.arg(id).arg(n), s);
        }
        Value rl;
        rl.str = QString::number(1 + i % 5);
        a.keys.insert(u"ratelimit:"_s + email, rl);
    }

    static QStringList toArgs(const QJsonArray& arr)
    {
        QStringList args;
        for (const QJsonValue& v : arr)
            args << (v.isString() ? v.toString() : v.toVariant().toString());
        return args;
    }

    static Resp single(const Answer& a)
    {
        return Resp::json(a.ok ? 200 : a.status, QJsonObject{{a.ok ? u"result"_s : u"error"_s, a.value}});
    }

    static Answer run(Account& a, const QStringList& args)
    {
        if (args.isEmpty())
            return err(u"ERR empty command"_s);
        const QString cmd = args[0].toUpper();
        const QString lower = args[0].toLower();
        auto arity = [&](int min) { return args.size() >= min; };
        auto wrongArgs = [&]() {
            return err(u"ERR wrong number of arguments for '%1' command"_s.arg(lower));
        };
        if (cmd == u"PING"_s)
            return Answer{true, u"PONG"_s};
        if (cmd == u"DBSIZE"_s)
            return Answer{true, int(a.keys.size())};
        if (cmd == u"SCAN"_s) {
            if (!arity(2))
                return wrongArgs();
            bool ok = false;
            const int cursor = args[1].toInt(&ok);
            if (!ok || cursor < 0)
                return err(u"ERR invalid cursor"_s);
            int count = 10;
            QString match;
            QString type;
            for (int k = 2; k + 1 < args.size(); k += 2) {
                const QString opt = args[k].toUpper();
                if (opt == u"MATCH"_s)
                    match = args[k + 1];
                else if (opt == u"COUNT"_s)
                    count = qMax(1, args[k + 1].toInt());
                else if (opt == u"TYPE"_s)
                    type = args[k + 1].toLower();
                else
                    return err(u"ERR syntax error"_s);
            }
            const QRegularExpression rx = glob(match.isEmpty() ? u"*"_s : match);
            QJsonArray keys;
            const int end = qMin(int(a.order.size()), cursor + count);
            for (int k = cursor; k < end; ++k) {
                const auto it = a.keys.constFind(a.order[k]);
                if (it == a.keys.cend() || !rx.match(it.key()).hasMatch())
                    continue;
                if (!type.isEmpty() && type != (it->hash ? u"hash"_s : u"string"_s))
                    continue;
                keys.append(it.key());
            }
            const QString next = end >= a.order.size() ? u"0"_s : QString::number(end);
            return Answer{true, QJsonArray{next, keys}};
        }
        if (cmd == u"KEYS"_s) {
            if (!arity(2))
                return wrongArgs();
            const QRegularExpression rx = glob(args[1]);
            QJsonArray keys;
            for (auto it = a.keys.cbegin(); it != a.keys.cend(); ++it) {
                if (rx.match(it.key()).hasMatch())
                    keys.append(it.key());
            }
            return Answer{true, keys};
        }
        if (cmd == u"GET"_s || cmd == u"HGETALL"_s || cmd == u"TYPE"_s || cmd == u"HGET"_s) {
            if (!arity(cmd == u"HGET"_s ? 3 : 2))
                return wrongArgs();
            const auto it = a.keys.constFind(args[1]);
            if (cmd == u"TYPE"_s)
                return Answer{true, it == a.keys.cend() ? u"none"_s : it->hash ? u"hash"_s : u"string"_s};
            if (it == a.keys.cend())
                return Answer{true, cmd == u"HGETALL"_s ? QJsonValue(QJsonArray()) : QJsonValue()};
            const bool wantHash = cmd != u"GET"_s;
            if (it->hash != wantHash)
                return err(u"WRONGTYPE Operation against a key holding the wrong kind of value"_s);
            if (cmd == u"GET"_s)
                return Answer{true, it->str};
            QJsonArray flat;
            for (const auto& f : it->fields) {
                if (cmd == u"HGET"_s && f.first == args[2])
                    return Answer{true, f.second};
                flat.append(f.first);
                flat.append(f.second);
            }
            return cmd == u"HGET"_s ? Answer{true, QJsonValue()} : Answer{true, flat};
        }
        if (cmd == u"DEL"_s || cmd == u"UNLINK"_s || cmd == u"EXISTS"_s) {
            if (!arity(2))
                return wrongArgs();
            int n = 0;
            for (int k = 1; k < args.size(); ++k) {
                if (cmd == u"EXISTS"_s)
                    n += a.keys.contains(args[k]) ? 1 : 0;
                else
                    n += int(a.keys.remove(args[k]));
            }
            return Answer{true, n};
        }
        return err(u"ERR unknown command '%1'"_s.arg(lower));
    }

    QMap<QString, Account> m_accounts;
};

} // namespace

std::unique_ptr<Processor> makeUpstash()
{
    return std::make_unique<Upstash>();
}

} // namespace lethe::sandbox
