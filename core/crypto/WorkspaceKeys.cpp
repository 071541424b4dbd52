#include "WorkspaceKeys.h"

#include "CredentialStore.h"

#include <QRandomGenerator>
#include <QTimer>

namespace lethe {

QString WorkspaceKeys::signingKeyName(const QString& workspaceName)
{
    return QStringLiteral("lethe/signing-key/%1").arg(workspaceName);
}

QString WorkspaceKeys::hmacKeyName(const QString& workspaceName)
{
    return QStringLiteral("lethe/erasure-hmac/%1").arg(workspaceName);
}

void WorkspaceKeys::readOrCreate(CredentialStore* credentials, const QString& name,
                                 std::function<Result<QString>()> make,
                                 std::function<void(Result<QString>)> done)
{
    if (!credentials) {
        QTimer::singleShot(0, [done, name] {
            done(makeError(Error::Code::Unavailable, tr("No keychain to read %1 from.").arg(name)));
        });
        return;
    }
    credentials->read(name, [credentials, name, make, done](Result<QString> existing) {
        if (existing && !existing->isEmpty())
            return done(existing);
        if (!existing && existing.error().code != Error::Code::NotFound)
            return done(makeError(
                existing.error().code,
                tr("%1 could not be read from the keychain: %2").arg(name, existing.error().message)));
        auto fresh = make();
        if (!fresh)
            return done(fresh);
        const QString secret = *fresh;
        credentials->write(name, secret, [name, secret, done](Status written) {
            if (!written)
                return done(makeError(
                    written.error().code,
                    tr("%1 could not be stored in the keychain: %2").arg(name, written.error().message)));
            done(secret);
        });
    });
}

void WorkspaceKeys::signingKey(CredentialStore* credentials, const QString& workspaceName,
                               std::function<void(Result<MinisignKey>)> done)
{
    readOrCreate(
        credentials, signingKeyName(workspaceName),
        []() -> Result<QString> {
            auto fresh = Minisign::generate();
            if (!fresh)
                return fresh.error();
            return Minisign::serializeSecret(*fresh);
        },
        [done](Result<QString> text) {
            if (!text)
                return done(text.error());
            done(Minisign::parseSecret(*text));
        });
}

void WorkspaceKeys::hmacKey(CredentialStore* credentials, const QString& workspaceName,
                            std::function<void(Result<QByteArray>)> done)
{
    readOrCreate(
        credentials, hmacKeyName(workspaceName),
        []() -> Result<QString> {
            QByteArray fresh(32, Qt::Uninitialized);
            QRandomGenerator::system()->generate(fresh.begin(), fresh.end());
            return QString::fromLatin1(fresh.toHex());
        },
        [done, workspaceName](Result<QString> text) {
            if (!text)
                return done(text.error());
            const QByteArray key = QByteArray::fromHex(text->toLatin1());
            if (key.size() != 32) // a damaged entry would hash differently from every earlier erasure
                return done(makeError(Error::Code::InvalidInput,
                                      tr("The keychain entry %1 is damaged: it is not a 32-byte key in hex.")
                                          .arg(hmacKeyName(workspaceName))));
            done(key);
        });
}

} // namespace lethe
