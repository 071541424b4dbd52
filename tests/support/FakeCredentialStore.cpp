#include "FakeCredentialStore.h"

// Test code: its messages are not translated (the real store's are, in core/KeychainCredentialStore.cpp).

#include <QTimer>

namespace lethe {

namespace {
Error unavailable()
{
    return makeError(Error::Code::Unavailable, QStringLiteral("The keychain is not available."));
}
} // namespace

void FakeCredentialStore::read(const QString& key, ReadCallback done)
{
    ++m_pending;
    QTimer::singleShot(0, this, [this, key, done = std::move(done)] {
        --m_pending;
        if (m_unavailable)
            return done(unavailable());
        if (!m_secrets.contains(key))
            return done(makeError(Error::Code::NotFound,
                                  QStringLiteral("The keychain holds no secret named \"%1\".").arg(key)));
        done(m_secrets.value(key));
    });
}

void FakeCredentialStore::write(const QString& key, const QString& secret, DoneCallback done)
{
    ++m_pending;
    QTimer::singleShot(0, this, [this, key, secret, done = std::move(done)] {
        --m_pending;
        if (m_unavailable)
            return done(unavailable());
        m_secrets.insert(key, secret);
        done(Status::success());
    });
}

void FakeCredentialStore::remove(const QString& key, DoneCallback done)
{
    ++m_pending;
    QTimer::singleShot(0, this, [this, key, done = std::move(done)] {
        --m_pending;
        if (m_unavailable)
            return done(unavailable());
        if (!m_secrets.remove(key))
            return done(makeError(Error::Code::NotFound,
                                  QStringLiteral("The keychain holds no secret named \"%1\".").arg(key)));
        done(Status::success());
    });
}

} // namespace lethe
