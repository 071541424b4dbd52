#pragma once

#include "CredentialStore.h"

#include <QHash>

namespace lethe {

// In-memory credential store for the tests (tests/support: linked by the tests only, never by lethe or
// lethe-cli). Like the real one it answers later, from the event loop.
// `setUnavailable(true)` makes every call fail as a locked or missing keychain would.
class FakeCredentialStore : public CredentialStore
{
    Q_OBJECT
public:
    using CredentialStore::CredentialStore;

    void read(const QString& key, ReadCallback done) override;
    void write(const QString& key, const QString& secret, DoneCallback done) override;
    void remove(const QString& key, DoneCallback done) override;

    void setUnavailable(bool unavailable) { m_unavailable = unavailable; }
    int size() const { return int(m_secrets.size()); }

private:
    QHash<QString, QString> m_secrets;
    bool m_unavailable = false;
};

} // namespace lethe
