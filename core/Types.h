#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace lethe {

enum class RequestType
{
    Access,
    Portability,
    Erasure,
    Rectification,
    Restriction,
    Objection
};
enum class Regulation
{
    Gdpr,
    UkGdpr,
    Ccpa,
    Other
};
enum class RequestStatus
{
    New,
    AwaitingIdentity,
    Verified,
    InProgress,
    AwaitingApproval,
    Completed,
    Denied,
    Cancelled
};
enum class IdentityKind
{
    Email,
    Phone,
    UserId
};

// Stable machine names (stored in the database, used on the command line and in JSON)
// and translated display names. The machine names never change once released.
class Names
{
    Q_DECLARE_TR_FUNCTIONS(lethe::Names)
public:
    static QString key(RequestType t);
    static QString key(Regulation r);
    static QString key(RequestStatus s);
    static QString key(IdentityKind k);

    static QString display(RequestType t);
    static QString display(Regulation r);
    static QString display(RequestStatus s);
    static QString display(IdentityKind k);

    static std::optional<RequestType> parseType(const QString& key);
    static std::optional<Regulation> parseRegulation(const QString& key);
    static std::optional<RequestStatus> parseStatus(const QString& key);
    static std::optional<IdentityKind> parseIdentityKind(const QString& key);

    static QList<RequestType> allTypes();
    static QList<Regulation> allRegulations();
    static QList<RequestStatus> allStatuses();
    static QList<IdentityKind> allIdentityKinds();

    // "access, portability, ..." for error messages that list what is allowed.
    static QString typeKeys();
    static QString regulationKeys();
    static QString statusKeys();
    static QString identityKindKeys();
};

} // namespace lethe
