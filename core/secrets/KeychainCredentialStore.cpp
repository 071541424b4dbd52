#include "KeychainCredentialStore.h"

#include <qt6keychain/keychain.h>

namespace lethe {

namespace {
Error keychainError(const QKeychain::Job* job, const QString& key)
{
    switch (job->error()) {
    case QKeychain::EntryNotFound:
        return makeError(Error::Code::NotFound,
                         CredentialStore::tr("The keychain holds no secret named \"%1\".").arg(key));
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return makeError(
            Error::Code::Unavailable,
            CredentialStore::tr("The keychain refused access to \"%1\": %2").arg(key, job->errorString()));
    case QKeychain::NoBackendAvailable:
        return makeError(
            Error::Code::Unavailable,
            CredentialStore::tr("No keychain is available (is a Secret Service such as GNOME Keyring or "
                                "KWallet running?): %1")
                .arg(job->errorString()));
    default:
        return makeError(
            Error::Code::Unavailable,
            CredentialStore::tr("The keychain failed for \"%1\": %2").arg(key, job->errorString()));
    }
}
} // namespace

KeychainCredentialStore::KeychainCredentialStore(QString service, QObject* parent)
    : CredentialStore(parent), m_service(std::move(service))
{}

void KeychainCredentialStore::read(const QString& key, ReadCallback done)
{
    auto* job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setKey(key);
    job->setAutoDelete(true);
    connect(job, &QKeychain::Job::finished, this, [job, key, done = std::move(done)](QKeychain::Job*) {
        if (job->error() != QKeychain::NoError)
            done(keychainError(job, key));
        else
            done(job->textData());
    });
    job->start();
}

void KeychainCredentialStore::write(const QString& key, const QString& secret, DoneCallback done)
{
    auto* job = new QKeychain::WritePasswordJob(m_service, this);
    job->setKey(key);
    job->setTextData(secret);
    job->setAutoDelete(true);
    connect(job, &QKeychain::Job::finished, this, [job, key, done = std::move(done)](QKeychain::Job*) {
        done(job->error() != QKeychain::NoError ? Status(keychainError(job, key)) : Status::success());
    });
    job->start();
}

void KeychainCredentialStore::remove(const QString& key, DoneCallback done)
{
    auto* job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setKey(key);
    job->setAutoDelete(true);
    connect(job, &QKeychain::Job::finished, this, [job, key, done = std::move(done)](QKeychain::Job*) {
        done(job->error() != QKeychain::NoError ? Status(keychainError(job, key)) : Status::success());
    });
    job->start();
}

} // namespace lethe
