#include "WorkspaceFixtures.h"

#include <QJsonObject>

namespace lethe::test {

NewRequest newRequest(RequestType type, const QString& name, const QString& email, QDate received)
{
    NewRequest r;
    r.type = type;
    r.regulation = Regulation::Gdpr;
    r.received = received.isValid() ? received : QDate::currentDate();
    r.subjectName = name;
    r.identities = {{IdentityKind::Email, email}};
    return r;
}

Status fourEyesOfficers(WorkspaceStore& store, const QStringList& officers)
{
    ErasureStore erasures(store);
    for (const QString& officer : officers)
        if (Status s = erasures.setUser(officer, Role::Officer); !s)
            return s;
    return erasures.setFourEyes(true);
}

Status setReportContacts(WorkspaceStore& store)
{
    for (const auto& [key, value] :
         {std::pair{QStringLiteral("controller.name"), QStringLiteral("Shop Ltd")},
          std::pair{QStringLiteral("controller.contact"), QStringLiteral("privacy@shop.example")},
          std::pair{QStringLiteral("authority.name"), QStringLiteral("A supervisory authority")}})
        if (Status s = store.setSetting(key, value); !s)
            return s;
    return {};
}

Result<ErasureRun> interruptedRun(WorkspaceStore& store, const QString& requestId, const QString& digest)
{
    ErasureStore erasures(store);
    if (Status s = erasures.setUser(store.actor(), Role::Officer); !s)
        return s.error();
    auto verified = store.transition(requestId, RequestStatus::Verified);
    if (!verified)
        return verified.error();
    if (auto saved = erasures.savePlan(*verified, digest, QByteArray("{}"), QJsonObject{}); !saved)
        return saved.error();
    return erasures.start(*verified, digest); // marked running, then never finished
}

} // namespace lethe::test
