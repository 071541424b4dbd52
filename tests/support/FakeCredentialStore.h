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
    // Calls not answered yet (each is answered from the event loop, in order).
    int pending() const { return m_pending; }

private:
    QHash<QString, QString> m_secrets;
    bool m_unavailable = false;
    int m_pending = 0;
};

} // namespace lethe
