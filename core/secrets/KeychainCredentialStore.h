#pragma once

#include "CredentialStore.h"

namespace lethe {

// The OS keychain (Secret Service on Linux, Keychain on macOS, Credential Manager on Windows).
// The insecure plain-text fallback of QtKeychain is never enabled.
class KeychainCredentialStore : public CredentialStore
{
    Q_OBJECT
public:
    explicit KeychainCredentialStore(QString service = QStringLiteral("lethe"), QObject* parent = nullptr);

    void read(const QString& key, ReadCallback done) override;
    void write(const QString& key, const QString& secret, DoneCallback done) override;
    void remove(const QString& key, DoneCallback done) override;

private:
    QString m_service;
};

} // namespace lethe
