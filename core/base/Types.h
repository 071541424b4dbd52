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
    Objection,
    AutomatedDecision, // GDPR/UK GDPR Art. 22: not to be subject to a decision based solely on automated
                       // processing
    OptOutSaleSharing, // CCPA/CPRA: opt out of the sale or sharing of personal information
    LimitSensitive     // CCPA/CPRA: limit the use and disclosure of sensitive personal information
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
    AwaitingClarification, // the subject was asked what the request covers; a clock stop like identity's
    Verified,
    InProgress,
    AwaitingApproval,
    Completed,
    Denied,
    Cancelled
};
// Why a request was denied (GDPR Art. 12(4) and CCPA 11 CCR 7022(f), 7024(e), 7023(f): the subject is told).
enum class DenialCode
{
    ManifestlyUnfounded, // GDPR Art. 12(5)(b); CCPA Civ. Code 1798.145(h)(3)
    Excessive,           // GDPR Art. 12(5)(b), in particular repetitive; CCPA Civ. Code 1798.145(h)(3)
    IdentityNotVerified, // GDPR Art. 12(2), 12(6); CCPA 11 CCR 7060 ff.
    Exemption,           // an exemption of the law, named in the request's exemption field
    Fraudulent // CCPA opt-out and limit only: a good-faith, reasonable, documented belief that the request is
               // fraudulent (11 CCR 7026(e), 7027(f)); these requests need no verification, so
               // identity-not-verified does not apply to them
};
// Why a fee was charged.
enum class FeeReason
{
    UnfoundedOrExcessive, // GDPR Art. 12(5)(a): a reasonable fee instead of refusing; CCPA Civ. Code
                          // 1798.145(h)(3)
    FurtherCopies         // GDPR Art. 15(3): a reasonable fee for further copies
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
    static QString key(DenialCode c);
    static QString key(FeeReason f);

    static QString display(RequestType t);
    static QString display(Regulation r);
    static QString display(RequestStatus s);
    static QString display(IdentityKind k);
    static QString display(DenialCode c);
    static QString display(FeeReason f);
    // The type as the law names it: CCPA's "Know", "Delete", "Correct" for access, erasure, rectification.
    static QString display(RequestType t, Regulation r);
    // The key as the law's word: "know", "delete", "correct" for CCPA's access, erasure, rectification; else
    // key(t).
    static QString lawKey(RequestType t, Regulation r);

    static std::optional<RequestType> parseType(const QString& key);
    static std::optional<Regulation> parseRegulation(const QString& key);
    static std::optional<RequestStatus> parseStatus(const QString& key);
    static std::optional<IdentityKind> parseIdentityKind(const QString& key);
    static std::optional<DenialCode> parseDenialCode(const QString& key);
    static std::optional<FeeReason> parseFeeReason(const QString& key);

    static QList<RequestType> allTypes();
    static QList<Regulation> allRegulations();
    static QList<RequestStatus> allStatuses();
    static QList<IdentityKind> allIdentityKinds();
    static QList<DenialCode> allDenialCodes();
    static QList<FeeReason> allFeeReasons();

    // The request types a law has, in the law's order. CCPA's know, delete and correct are stored as access,
    // erasure and rectification (and parseType accepts those words); Other has every type.
    static QList<RequestType> typesFor(Regulation r);
    static bool lawHasType(Regulation r, RequestType t) { return typesFor(r).contains(t); }
    // "know (access), delete (erasure), ..." : the keys of the law's types, the CCPA words in front.
    static QString typeKeysFor(Regulation r);
    // CCPA opt-out and limit-sensitive: the business may not require a verifiable consumer request (11 CCR
    // 7026(d), 7027(e)), so there is no identity stop and no denial for an unverified identity.
    static bool needsNoVerification(Regulation r, RequestType t);
    // The reason codes a denial of this law's type may give: identity-not-verified where verification may be
    // required, fraudulent where it may not (needsNoVerification).
    static QList<DenialCode> denialCodesFor(Regulation r, RequestType t);
    static QString denialCodeKeysFor(Regulation r, RequestType t);

    // "access, portability, ..." for error messages that list what is allowed.
    static QString typeKeys();
    static QString regulationKeys();
    static QString statusKeys();
    static QString identityKindKeys();
    static QString denialCodeKeys();
    static QString feeReasonKeys();
};

} // namespace lethe
