#include "StateMachine.h"

#include <QStringList>

namespace lethe {

QList<RequestStatus> StateMachine::allowedFrom(RequestStatus from, std::optional<RequestStatus> resumeStatus)
{
    using S = RequestStatus;
    switch (from) {
    case S::New:
        return {S::AwaitingIdentity, S::AwaitingClarification, S::Verified, S::Denied, S::Cancelled};
    case S::AwaitingIdentity:
        return {S::Verified, S::Denied, S::Cancelled};
    case S::AwaitingClarification:
        if (resumeStatus &&
            (*resumeStatus == S::New || *resumeStatus == S::Verified || *resumeStatus == S::InProgress))
            return {*resumeStatus, S::Denied, S::Cancelled};
        return {S::New, S::Verified, S::InProgress, S::Denied, S::Cancelled};
    case S::Verified:
        return {S::InProgress, S::AwaitingClarification, S::Denied, S::Cancelled};
    case S::InProgress:
        return {S::AwaitingApproval, S::AwaitingIdentity, S::AwaitingClarification, S::Denied, S::Cancelled};
    case S::AwaitingApproval:
        return {S::Completed, S::InProgress, S::Denied, S::Cancelled};
    case S::Completed:
    case S::Denied:
    case S::Cancelled:
        return {};
    }
    return {};
}

QList<RequestStatus> StateMachine::allowedFor(const Request& request)
{
    QList<RequestStatus> out = allowedFrom(request.status, request.resumeStatus);
    if (Names::needsNoVerification(request.regulation, request.type))
        out.removeAll(RequestStatus::AwaitingIdentity);
    return out;
}

namespace {
// The rule a CCPA opt-out or limit-sensitive request falls under: no verifiable request (first), a denial
// only for fraud (second). Citations are not translated.
std::pair<QString, QString> noVerificationRule(RequestType t)
{
    if (t == RequestType::LimitSensitive)
        return {QStringLiteral("7027(e)"), QStringLiteral("7027(f)")};
    return {QStringLiteral("7026(d)"), QStringLiteral("7026(e)")};
}
} // namespace

Status StateMachine::check(const Request& request, RequestStatus to, const Outcome& outcome)
{
    return checkMove(request.humanId, request.status, to, outcome, request.resumeStatus, request.regulation,
                     request.type);
}

Status StateMachine::check(const QString& id, RequestStatus from, RequestStatus to, const Outcome& outcome,
                           std::optional<RequestStatus> resumeStatus)
{
    return checkMove(id, from, to, outcome, resumeStatus, Regulation::Other, RequestType::Access);
}

bool StateMachine::isFinal(RequestStatus s)
{
    return s == RequestStatus::Completed || s == RequestStatus::Denied || s == RequestStatus::Cancelled;
}

Status StateMachine::checkMove(const QString& id, RequestStatus from, RequestStatus to,
                               const Outcome& outcome, std::optional<RequestStatus> resumeStatus,
                               Regulation law, RequestType type)
{
    const bool unverified = Names::needsNoVerification(law, type);
    const QString f = Names::display(from), t = Names::display(to);
    if (from == to)
        return makeError(Error::Code::IllegalState, tr("%1 is already %2.").arg(id, f));
    if (isFinal(from)) {
        return makeError(
            Error::Code::IllegalState,
            tr("Cannot move %1 from %2 to %3: %2 is final. Open a new request instead.").arg(id, f, t));
    }
    QList<RequestStatus> allowed = allowedFrom(from, resumeStatus);
    if (unverified)
        allowed.removeAll(RequestStatus::AwaitingIdentity);
    if (!allowed.contains(to)) {
        QString why;
        if (to == RequestStatus::AwaitingIdentity && unverified)
            why =
                tr("a %1 %2 request need not be verified (11 CCR %3), so it has no identity stop; to ask "
                   "only "
                   "for what is needed to act on it (such as which account), use %4, which does not stop the "
                   "clock")
                    .arg(Names::display(law), Names::key(type), noVerificationRule(type).first,
                         Names::display(RequestStatus::AwaitingClarification));
        else if (from == RequestStatus::AwaitingClarification && resumeStatus)
            why = tr("the request goes back to %1, where it was when the subject was asked")
                      .arg(Names::display(*resumeStatus));
        else if ((to == RequestStatus::InProgress || to == RequestStatus::AwaitingApproval) && unverified)
            why = tr("it must be moved to %1 first").arg(Names::display(RequestStatus::Verified));
        else if (to == RequestStatus::InProgress || to == RequestStatus::AwaitingApproval)
            why = tr("the subject's identity must be verified first");
        else if (to == RequestStatus::Completed)
            why = tr("the answer must be approved first (move it to %1)")
                      .arg(Names::display(RequestStatus::AwaitingApproval));
        else
            why = tr("that step does not follow %1").arg(f);
        QStringList names;
        for (RequestStatus s : allowed)
            names << Names::display(s);
        return makeError(Error::Code::IllegalState,
                         tr("Cannot move %1 from %2 to %3: %4. Allowed from %2: %5.")
                             .arg(id, f, t, why, names.join(QStringLiteral(", "))));
    }
    constexpr int kMaxText = 2000;
    for (const QString* text :
         {&outcome.reason, &outcome.exemption, &outcome.withheld, &outcome.withheldReason}) {
        if (text->trimmed().size() > kMaxText)
            return makeError(
                Error::Code::InvalidInput,
                tr("%1: a reason or description is longer than %2 characters.").arg(id).arg(kMaxText));
    }
    if (to == RequestStatus::Denied) {
        if (outcome.reason.trimmed().isEmpty())
            return makeError(Error::Code::InvalidInput,
                             tr("Denying %1 needs a reason: the subject must be told why.").arg(id));
        if (!outcome.denialCode)
            return makeError(Error::Code::InvalidInput, tr("Denying %1 needs a reason code: one of %2.")
                                                            .arg(id, Names::denialCodeKeysFor(law, type)));
        if (*outcome.denialCode == DenialCode::IdentityNotVerified && unverified) {
            const auto [verifiable, fraud] = noVerificationRule(type);
            return makeError(
                Error::Code::InvalidInput,
                tr("%1: a %2 %3 request need not be a verifiable request (11 CCR %4), so it cannot "
                   "be denied as %5. If you have a good-faith, reasonable and documented belief "
                   "that it is fraudulent, deny it with the code %6 and tell the requester why (11 "
                   "CCR %7).")
                    .arg(id, Names::display(law), Names::key(type), verifiable,
                         Names::key(DenialCode::IdentityNotVerified), Names::key(DenialCode::Fraudulent),
                         fraud));
        }
        if (!Names::denialCodesFor(law, type).contains(*outcome.denialCode))
            return makeError(
                Error::Code::InvalidInput,
                tr("%1: the reason code %2 is for %3 opt-out and limit-sensitive requests only (11 "
                   "CCR 7026(e), 7027(f)); for this request use one of %4.")
                    .arg(id, Names::key(*outcome.denialCode), Names::display(Regulation::Ccpa),
                         Names::denialCodeKeysFor(law, type)));
        if (*outcome.denialCode == DenialCode::Exemption && outcome.exemption.trimmed().isEmpty())
            return makeError(
                Error::Code::InvalidInput,
                tr("Denying %1 under an exemption needs the exemption's name (such as \"GDPR Art. "
                   "17(3)(b)\" or \"Civ. Code 1798.105(d)(8)\").")
                    .arg(id));
    } else if (outcome.denialCode) {
        return makeError(
            Error::Code::InvalidInput,
            tr("%1: a reason code goes with %2 only.").arg(id, Names::display(RequestStatus::Denied)));
    }
    if (to == RequestStatus::Denied && outcome.denialCode != DenialCode::Exemption &&
        !outcome.exemption.trimmed().isEmpty())
        return makeError(Error::Code::InvalidInput,
                         tr("%1: an exemption is named only with the reason code %2.")
                             .arg(id, Names::key(DenialCode::Exemption)));
    if (to != RequestStatus::Denied && !outcome.exemption.trimmed().isEmpty())
        return makeError(Error::Code::InvalidInput,
                         tr("%1: an exemption is named only when denying; for an answer in part, say why in "
                            "the reason for what was withheld.")
                             .arg(id));
    const bool withheld = !outcome.withheld.trimmed().isEmpty();
    const bool withheldWhy = !outcome.withheldReason.trimmed().isEmpty();
    if ((withheld || withheldWhy) && to != RequestStatus::Completed)
        return makeError(Error::Code::InvalidInput,
                         tr("%1: what was withheld is recorded when completing in part only.").arg(id));
    if (withheld != withheldWhy)
        return makeError(Error::Code::InvalidInput,
                         withheld
                             ? tr("Completing %1 in part needs the reason the rest was withheld.").arg(id)
                             : tr("Completing %1 in part needs what was withheld.").arg(id));
    return Status::success();
}

} // namespace lethe
