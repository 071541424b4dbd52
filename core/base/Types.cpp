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
    case RequestType::AutomatedDecision:
        return QStringLiteral("automated-decision");
    case RequestType::OptOutSaleSharing:
        return QStringLiteral("opt-out");
    case RequestType::LimitSensitive:
        return QStringLiteral("limit-sensitive");
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
    case RequestStatus::AwaitingClarification:
        return QStringLiteral("awaiting-clarification");
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

QString Names::key(DenialCode c)
{
    switch (c) {
    case DenialCode::ManifestlyUnfounded:
        return QStringLiteral("manifestly-unfounded");
    case DenialCode::Excessive:
        return QStringLiteral("excessive");
    case DenialCode::IdentityNotVerified:
        return QStringLiteral("identity-not-verified");
    case DenialCode::Exemption:
        return QStringLiteral("exemption");
    case DenialCode::Fraudulent:
        return QStringLiteral("fraudulent");
    }
    return {};
}

QString Names::key(FeeReason f)
{
    switch (f) {
    case FeeReason::UnfoundedOrExcessive:
        return QStringLiteral("unfounded-or-excessive");
    case FeeReason::FurtherCopies:
        return QStringLiteral("further-copies");
    }
    return {};
}

QString Names::display(DenialCode c)
{
    switch (c) {
    case DenialCode::ManifestlyUnfounded:
        return tr("Manifestly unfounded");
    case DenialCode::Excessive:
        return tr("Excessive");
    case DenialCode::IdentityNotVerified:
        return tr("Identity not verified");
    case DenialCode::Exemption:
        return tr("Exemption");
    case DenialCode::Fraudulent:
        return tr("Believed fraudulent");
    }
    return {};
}

QString Names::display(FeeReason f)
{
    switch (f) {
    case FeeReason::UnfoundedOrExcessive:
        return tr("Manifestly unfounded or excessive request");
    case FeeReason::FurtherCopies:
        return tr("Further copies");
    }
    return {};
}

QString Names::display(RequestType t, Regulation r)
{
    if (r == Regulation::Ccpa) {
        switch (t) {
        case RequestType::Access:
            return tr("Know");
        case RequestType::Erasure:
            return tr("Delete");
        case RequestType::Rectification:
            return tr("Correct");
        default:
            break;
        }
    }
    return display(t);
}

QString Names::lawKey(RequestType t, Regulation r)
{
    if (r == Regulation::Ccpa) {
        switch (t) {
        case RequestType::Access:
            return QStringLiteral("know");
        case RequestType::Erasure:
            return QStringLiteral("delete");
        case RequestType::Rectification:
            return QStringLiteral("correct");
        default:
            break;
        }
    }
    return key(t);
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
    case RequestType::AutomatedDecision:
        return tr("Automated decision");
    case RequestType::OptOutSaleSharing:
        return tr("Opt out of sale/sharing");
    case RequestType::LimitSensitive:
        return tr("Limit sensitive data");
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
    case RequestStatus::AwaitingClarification:
        return tr("Awaiting clarification");
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
    return {RequestType::Access,
            RequestType::Portability,
            RequestType::Erasure,
            RequestType::Rectification,
            RequestType::Restriction,
            RequestType::Objection,
            RequestType::AutomatedDecision,
            RequestType::OptOutSaleSharing,
            RequestType::LimitSensitive};
}
QList<RequestType> Names::typesFor(Regulation r)
{
    using T = RequestType;
    switch (r) {
    case Regulation::Gdpr:
    case Regulation::UkGdpr:
        // Arts. 15 to 22.
        return {T::Access,      T::Rectification, T::Erasure,          T::Restriction,
                T::Portability, T::Objection,     T::AutomatedDecision};
    case Regulation::Ccpa:
        // Civ. Code 1798.110/115 (know), 1798.105 (delete), 1798.106 (correct), 1798.120 (opt out of sale or
        // sharing), 1798.121 (limit the use of sensitive personal information).
        return {T::Access, T::Erasure, T::Rectification, T::OptOutSaleSharing, T::LimitSensitive};
    case Regulation::Other:
        break;
    }
    return allTypes();
}
QString Names::typeKeysFor(Regulation r)
{
    QStringList out;
    for (RequestType t : typesFor(r)) {
        const QString law = lawKey(t, r);
        out << (law == key(t) ? law : QStringLiteral("%1 (%2)").arg(law, key(t)));
    }
    return out.join(QStringLiteral(", "));
}
QList<DenialCode> Names::allDenialCodes()
{
    return {DenialCode::ManifestlyUnfounded, DenialCode::Excessive, DenialCode::IdentityNotVerified,
            DenialCode::Exemption, DenialCode::Fraudulent};
}
bool Names::needsNoVerification(Regulation r, RequestType t)
{
    return r == Regulation::Ccpa && (t == RequestType::OptOutSaleSharing || t == RequestType::LimitSensitive);
}
QList<DenialCode> Names::denialCodesFor(Regulation r, RequestType t)
{
    QList<DenialCode> out = allDenialCodes();
    out.removeOne(needsNoVerification(r, t) ? DenialCode::IdentityNotVerified : DenialCode::Fraudulent);
    return out;
}
QString Names::denialCodeKeysFor(Regulation r, RequestType t)
{
    return joinKeys(denialCodesFor(r, t));
}
QList<FeeReason> Names::allFeeReasons()
{
    return {FeeReason::UnfoundedOrExcessive, FeeReason::FurtherCopies};
}
std::optional<DenialCode> Names::parseDenialCode(const QString& k)
{
    QString n = k;
    n.replace(QLatin1Char('_'), QLatin1Char('-'));
    return parseKey(allDenialCodes(), n, [](DenialCode e) { return key(e); });
}
std::optional<FeeReason> Names::parseFeeReason(const QString& k)
{
    QString n = k;
    n.replace(QLatin1Char('_'), QLatin1Char('-'));
    return parseKey(allFeeReasons(), n, [](FeeReason e) { return key(e); });
}
QString Names::denialCodeKeys()
{
    return joinKeys(allDenialCodes());
}
QString Names::feeReasonKeys()
{
    return joinKeys(allFeeReasons());
}
QList<Regulation> Names::allRegulations()
{
    return {Regulation::Gdpr, Regulation::UkGdpr, Regulation::Ccpa, Regulation::Other};
}
QList<RequestStatus> Names::allStatuses()
{
    return {RequestStatus::New,       RequestStatus::AwaitingIdentity, RequestStatus::AwaitingClarification,
            RequestStatus::Verified,  RequestStatus::InProgress,       RequestStatus::AwaitingApproval,
            RequestStatus::Completed, RequestStatus::Denied,           RequestStatus::Cancelled};
}
QList<IdentityKind> Names::allIdentityKinds()
{
    return {IdentityKind::Email, IdentityKind::Phone, IdentityKind::UserId};
}

std::optional<RequestType> Names::parseType(const QString& k)
{
    // CCPA's words for the rights it shares with the GDPR are stored under the GDPR's keys.
    QString n = k.trimmed().toLower();
    n.replace(QLatin1Char('_'), QLatin1Char('-'));
    if (n == QLatin1String("know"))
        return RequestType::Access;
    if (n == QLatin1String("delete"))
        return RequestType::Erasure;
    if (n == QLatin1String("correct"))
        return RequestType::Rectification;
    if (n == QLatin1String("limit"))
        return RequestType::LimitSensitive;
    return parseKey(allTypes(), n, [](RequestType e) { return key(e); });
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
