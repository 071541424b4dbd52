#include "Types.h"

#include <QStringList>

namespace lethe {

namespace {
template <typename E, typename F> std::optional<E> parseKey(const QList<E>& all, const QString& key, F keyOf)
{
    const QString k = key.trimmed().toLower();
    for (E e : all) {
        if (keyOf(e) == k)
            return e;
    }
    return std::nullopt;
}

template <typename E> QString joinKeys(const QList<E>& all)
{
    QStringList out;
    for (E e : all)
        out << Names::key(e);
    return out.join(QStringLiteral(", "));
}
} // namespace

QString Names::key(RequestType t)
{
    switch (t) {
    case RequestType::Access:
        return QStringLiteral("access");
    case RequestType::Portability:
        return QStringLiteral("portability");
    case RequestType::Erasure:
        return QStringLiteral("erasure");
    case RequestType::Rectification:
        return QStringLiteral("rectification");
    case RequestType::Restriction:
        return QStringLiteral("restriction");
    case RequestType::Objection:
        return QStringLiteral("objection");
    }
    return {};
}

QString Names::key(Regulation r)
{
    switch (r) {
    case Regulation::Gdpr:
        return QStringLiteral("gdpr");
    case Regulation::UkGdpr:
        return QStringLiteral("uk-gdpr");
    case Regulation::Ccpa:
        return QStringLiteral("ccpa");
    case Regulation::Other:
        return QStringLiteral("other");
    }
    return {};
}

QString Names::key(RequestStatus s)
{
    switch (s) {
    case RequestStatus::New:
        return QStringLiteral("new");
    case RequestStatus::AwaitingIdentity:
        return QStringLiteral("awaiting-identity");
    case RequestStatus::Verified:
        return QStringLiteral("verified");
    case RequestStatus::InProgress:
        return QStringLiteral("in-progress");
    case RequestStatus::AwaitingApproval:
        return QStringLiteral("awaiting-approval");
    case RequestStatus::Completed:
        return QStringLiteral("completed");
    case RequestStatus::Denied:
        return QStringLiteral("denied");
    case RequestStatus::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

QString Names::key(IdentityKind k)
{
    switch (k) {
    case IdentityKind::Email:
        return QStringLiteral("email");
    case IdentityKind::Phone:
        return QStringLiteral("phone");
    case IdentityKind::UserId:
        return QStringLiteral("user-id");
    }
    return {};
}

QString Names::display(RequestType t)
{
    switch (t) {
    case RequestType::Access:
        return tr("Access");
    case RequestType::Portability:
        return tr("Portability");
    case RequestType::Erasure:
        return tr("Erasure");
    case RequestType::Rectification:
        return tr("Rectification");
    case RequestType::Restriction:
        return tr("Restriction");
    case RequestType::Objection:
        return tr("Objection");
    }
    return {};
}

QString Names::display(Regulation r)
{
    switch (r) {
    case Regulation::Gdpr:
        return tr("GDPR");
    case Regulation::UkGdpr:
        return tr("UK GDPR");
    case Regulation::Ccpa:
        return tr("CCPA/CPRA");
    case Regulation::Other:
        return tr("Other");
    }
    return {};
}

QString Names::display(RequestStatus s)
{
    switch (s) {
    case RequestStatus::New:
        return tr("New");
    case RequestStatus::AwaitingIdentity:
        return tr("Awaiting identity");
    case RequestStatus::Verified:
        return tr("Verified");
    case RequestStatus::InProgress:
        return tr("In progress");
    case RequestStatus::AwaitingApproval:
        return tr("Awaiting approval");
    case RequestStatus::Completed:
        return tr("Completed");
    case RequestStatus::Denied:
        return tr("Denied");
    case RequestStatus::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

QString Names::display(IdentityKind k)
{
    switch (k) {
    case IdentityKind::Email:
        return tr("Email");
    case IdentityKind::Phone:
        return tr("Phone");
    case IdentityKind::UserId:
        return tr("User ID");
    }
    return {};
}

QList<RequestType> Names::allTypes()
{
    return {RequestType::Access,        RequestType::Portability, RequestType::Erasure,
            RequestType::Rectification, RequestType::Restriction, RequestType::Objection};
}
QList<Regulation> Names::allRegulations()
{
    return {Regulation::Gdpr, Regulation::UkGdpr, Regulation::Ccpa, Regulation::Other};
}
QList<RequestStatus> Names::allStatuses()
{
    return {RequestStatus::New,        RequestStatus::AwaitingIdentity, RequestStatus::Verified,
            RequestStatus::InProgress, RequestStatus::AwaitingApproval, RequestStatus::Completed,
            RequestStatus::Denied,     RequestStatus::Cancelled};
}
QList<IdentityKind> Names::allIdentityKinds()
{
    return {IdentityKind::Email, IdentityKind::Phone, IdentityKind::UserId};
}

std::optional<RequestType> Names::parseType(const QString& k)
{
    return parseKey(allTypes(), k, [](RequestType e) { return key(e); });
}
std::optional<Regulation> Names::parseRegulation(const QString& k)
{
    // Accept the common spellings people type.
    const QString n = k.trimmed().toLower();
    if (n == QLatin1String("uk") || n == QLatin1String("ukgdpr") || n == QLatin1String("uk_gdpr"))
        return Regulation::UkGdpr;
    if (n == QLatin1String("cpra") || n == QLatin1String("ccpa/cpra"))
        return Regulation::Ccpa;
    return parseKey(allRegulations(), k, [](Regulation e) { return key(e); });
}
std::optional<RequestStatus> Names::parseStatus(const QString& k)
{
    QString n = k;
    n.replace(QLatin1Char('_'), QLatin1Char('-'));
    return parseKey(allStatuses(), n, [](RequestStatus e) { return key(e); });
}
std::optional<IdentityKind> Names::parseIdentityKind(const QString& k)
{
    QString n = k;
    n.replace(QLatin1Char('_'), QLatin1Char('-'));
    return parseKey(allIdentityKinds(), n, [](IdentityKind e) { return key(e); });
}

QString Names::typeKeys()
{
    return joinKeys(allTypes());
}
QString Names::regulationKeys()
{
    return joinKeys(allRegulations());
}
QString Names::statusKeys()
{
    return joinKeys(allStatuses());
}
QString Names::identityKindKeys()
{
    return joinKeys(allIdentityKinds());
}

} // namespace lethe
