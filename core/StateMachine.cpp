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

bool StateMachine::isFinal(RequestStatus s)
{
    return s == RequestStatus::Completed || s == RequestStatus::Denied || s == RequestStatus::Cancelled;
}

Status StateMachine::check(const QString& id, RequestStatus from, RequestStatus to, const Outcome& outcome,
                           std::optional<RequestStatus> resumeStatus)
{
    const QString f = Names::display(from), t = Names::display(to);
    if (from == to)
        return makeError(Error::Code::IllegalState, tr("%1 is already %2.").arg(id, f));
    if (isFinal(from)) {
        return makeError(
            Error::Code::IllegalState,
            tr("Cannot move %1 from %2 to %3: %2 is final. Open a new request instead.").arg(id, f, t));
    }
    const QList<RequestStatus> allowed = allowedFrom(from, resumeStatus);
    if (!allowed.contains(to)) {
        QString why;
        if (from == RequestStatus::AwaitingClarification && resumeStatus)
            why = tr("the request goes back to %1, where it was when the subject was asked")
                      .arg(Names::display(*resumeStatus));
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
            return makeError(
                Error::Code::InvalidInput,
                tr("Denying %1 needs a reason code: one of %2.").arg(id, Names::denialCodeKeys()));
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
