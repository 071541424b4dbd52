#include "OfficerKeys.h"

#include "CredentialStore.h"
#include "StoreSql.h"
#include "WorkspaceKeys.h"
#include "WorkspaceStore.h"

#include <QJsonObject>
#include <QTimer>

namespace lethe {

using storesql::isoTime;
using storesql::parseTime;
using storesql::sqlError;

QString OfficerKeys::keychainName(const QString& workspaceName, const QString& login)
{
    return QStringLiteral("lethe/officer-key/%1/%2").arg(workspaceName, login);
}

Result<bool> OfficerKeys::any(QSqlDatabase db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM officer_keys")) || !q.next())
        return sqlError(q, tr("Reading the officer keys"));
    return q.value(0).toLongLong() > 0;
}

namespace {

OfficerKey fromRow(const QSqlQuery& q)
{
    return OfficerKey{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                      parseTime(q.value(3).toString())};
}

} // namespace

Result<std::optional<OfficerKey>> OfficerKeys::of(QSqlDatabase db, const QString& login)
{
    QSqlQuery q(db);
    if (!storesql::run(q,
                       QStringLiteral("SELECT login, key_id, public_key, registered_at FROM officer_keys "
                                      "WHERE login = ?"),
                       {login}))
        return sqlError(q, tr("Reading the officer key of %1").arg(login));
    if (!q.next())
        return std::optional<OfficerKey>();
    return std::optional<OfficerKey>(fromRow(q));
}

Result<QList<OfficerKey>> OfficerKeys::all(QSqlDatabase db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral(
            "SELECT login, key_id, public_key, registered_at FROM officer_keys ORDER BY login")))
        return sqlError(q, tr("Reading the officer keys"));
    QList<OfficerKey> out;
    while (q.next())
        out << fromRow(q);
    return out;
}

namespace {

// A team workspace: the server registers the key for the signed-in login and appends the audit event
// itself; Lethe then signs the head of that event with the new key.
Status registerOnServer(WorkspaceStore& store, const QString& keyId, const QString& publicLine)
{
    auto r = storesql::inTransaction<int>(store.database(), [&](QSqlDatabase db) -> Result<int> {
        QSqlQuery q(db);
        if (!storesql::run(q,
                           QStringLiteral("SELECT out_seq, out_at, out_actor, out_prev_hash, out_hash "
                                          "FROM lethe_officer_key_register(?, ?)"),
                           {keyId, publicLine}) ||
            !q.next())
            return sqlError(q, OfficerKeys::tr("Registering the officer key"));
        AuditEvent e;
        e.seq = q.value(0).toLongLong();
        e.time = parseTime(q.value(1).toString());
        e.actor = q.value(2).toString();
        e.prevHash = q.value(3).toString();
        e.hash = q.value(4).toString();
        if (Status s = store.audit().signHead(e); !s)
            return s.error();
        return 1;
    });
    if (!r)
        return r.error();
    return {};
}

} // namespace

Status OfficerKeys::registerOwn(WorkspaceStore& store, const MinisignKey& key)
{
    if (!key.hasSecret())
        return makeError(Error::Code::InvalidInput,
                         tr("An officer key is registered from its secret key in the keychain."));
    auto pub = Minisign::publicKeyFile(key);
    if (!pub)
        return pub.error();
    // The .pub file's second line: what `minisign -P` takes.
    const QString publicLine = QString::fromLatin1(pub->split('\n').value(1)).trimmed();
    const QString keyId = Minisign::keyIdHex(key.keyId);
    const QString login = store.actor();
    auto previous = store.headSigner();
    // The event that registers the key gets the first head signed with it.
    store.setHeadSigner(std::make_shared<const AuditHeadSigner>(AuditHeadSigner{login, key}));
    Status done;
    if (!store.teamPrefix().isEmpty()) {
        done = registerOnServer(store, keyId, publicLine);
    } else {
        auto r = storesql::inTransaction<int>(store.database(), [&](QSqlDatabase db) -> Result<int> {
            QSqlQuery q(db);
            if (!storesql::run(q, QStringLiteral("DELETE FROM officer_keys WHERE login = ?"), {login}) ||
                !storesql::run(q,
                               QStringLiteral("INSERT INTO officer_keys (login, key_id, public_key, "
                                              "registered_at) VALUES (?, ?, ?, ?)"),
                               {login, keyId, publicLine, isoTime(store.now())}))
                return sqlError(q, tr("Registering the officer key of %1").arg(login));
            if (auto e = store.audit().append(
                    login, QStringLiteral("officer.key.register"), QString(),
                    QJsonObject{{QStringLiteral("login"), login}, {QStringLiteral("key_id"), keyId}},
                    store.now());
                !e)
                return e.error();
            return 1;
        });
        if (!r)
            done = r.error();
    }
    if (!done)
        store.setHeadSigner(previous);
    return done;
}

std::optional<QString> OfficerKeys::registeredButNotHeld(const WorkspaceStore& store)
{
    if (store.headSigner())
        return std::nullopt;
    auto registered = of(store.database(), store.actor());
    if (!registered || !*registered)
        return std::nullopt;
    return (*registered)->keyId;
}

void OfficerKeys::fromKeychain(CredentialStore* credentials, const QString& workspaceName,
                               const QString& login, bool create,
                               std::function<void(Result<MinisignKey>)> done)
{
    const QString name = keychainName(workspaceName, login);
    auto parsed = [done](Result<QString> text) {
        if (!text)
            return done(text.error());
        done(Minisign::parseSecret(*text));
    };
    if (create) {
        WorkspaceKeys::readOrCreate(
            credentials, name,
            []() -> Result<QString> {
                auto fresh = Minisign::generate();
                if (!fresh)
                    return fresh.error();
                return Minisign::serializeSecret(*fresh);
            },
            parsed);
        return;
    }
    if (!credentials) {
        QTimer::singleShot(0, [parsed, name] {
            parsed(makeError(Error::Code::Unavailable, tr("No keychain to read %1 from.").arg(name)));
        });
        return;
    }
    credentials->read(name, [parsed](Result<QString> secret) {
        if (secret && secret->isEmpty())
            return parsed(makeError(Error::Code::NotFound, {}));
        parsed(std::move(secret));
    });
}

Result<bool> OfficerKeys::registerIfNew(WorkspaceStore& store, const MinisignKey& key)
{
    auto registered = of(store.database(), store.actor());
    if (!registered)
        return registered.error();
    if (*registered && (*registered)->keyId == Minisign::keyIdHex(key.keyId)) {
        // Already registered: the store signs with it from now on, as the opener would have made it.
        if (!store.headSigner() && key.hasSecret())
            store.setHeadSigner(std::make_shared<const AuditHeadSigner>(AuditHeadSigner{store.actor(), key}));
        return false;
    }
    if (Status s = registerOwn(store, key); !s)
        return s.error();
    return true;
}

} // namespace lethe
