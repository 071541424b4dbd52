#include "StateMachine.h"

#include <QStringList>

namespace lethe {

QList<RequestStatus> StateMachine::allowedFrom(RequestStatus from)
{
    using S = RequestStatus;
    switch (from) {
    case S::New:
        return {S::AwaitingIdentity, S::Verified, S::Denied, S::Cancelled};
    case S::AwaitingIdentity:
        return {S::Verified, S::Denied, S::Cancelled};
    case S::Verified:
        return {S::InProgress, S::Denied, S::Cancelled};
    case S::InProgress:
        return {S::AwaitingApproval, S::AwaitingIdentity, S::Denied, S::Cancelled};
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

Status StateMachine::check(const QString& id, RequestStatus from, RequestStatus to, const QString& reason)
{
    const QString f = Names::display(from), t = Names::display(to);
    if (from == to)
        return makeError(Error::Code::IllegalState, tr("%1 is already %2.").arg(id, f));
    if (isFinal(from)) {
        return makeError(
            Error::Code::IllegalState,
            tr("Cannot move %1 from %2 to %3: %2 is final. Open a new request instead.").arg(id, f, t));
    }
    const QList<RequestStatus> allowed = allowedFrom(from);
    if (!allowed.contains(to)) {
        QString why;
        if (to == RequestStatus::InProgress || to == RequestStatus::AwaitingApproval)
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
    if (to == RequestStatus::Denied && reason.trimmed().isEmpty()) {
        return makeError(Error::Code::InvalidInput,
                         tr("Denying %1 needs a reason: the subject must be told why.").arg(id));
    }
    return Status::success();
}

} // namespace lethe
