#pragma once

#include "Request.h"
#include "Result.h"
#include "Types.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace lethe {

// The request life cycle. Every status change in the program goes through `check`.
//
//   new ──> awaiting-identity ──> verified ──> in-progress ──> awaiting-approval ──> completed (in whole or
//   part)
//    │            │                 ▲  │            ▲                 │
//    └────────────┼─────────────────┘  │            └─────────────────┘ (sent back)
//                 └── any open status ──> denied (with a reason code and text) | cancelled
//
//   new, verified, in-progress ──> awaiting-clarification ──> back to the status it left
//
// Awaiting identity and awaiting clarification stop the clock where the law allows it (GDPR: paused, UK GDPR
// Art. 12A: begins again with the answer, CCPA: never; see Deadlines).
//
// The law's own rules come with the request (its regulation and type): a CCPA opt-out or limit-sensitive
// request need not be verified (11 CCR 7026(d), 7027(e)), so it has no identity stop and cannot be denied as
// identity-not-verified; it may be denied as fraudulent (7026(e), 7027(f)), which no other request may.
class StateMachine
{
    Q_DECLARE_TR_FUNCTIONS(lethe::StateMachine)
public:
    // `resumeStatus`: for awaiting-clarification, the status it left (then only that one is offered to return
    // to).
    static QList<RequestStatus> allowedFrom(RequestStatus from,
                                            std::optional<RequestStatus> resumeStatus = {});
    // allowedFrom for this request under its law: without the identity stop where the law needs no
    // verification (Names::needsNoVerification).
    static QList<RequestStatus> allowedFor(const Request& request);
    static bool isFinal(RequestStatus s);
    static bool stopsClock(RequestStatus s)
    {
        return s == RequestStatus::AwaitingIdentity || s == RequestStatus::AwaitingClarification;
    }
    // Refuses an illegal move with a message that says why and what is allowed instead. Denying needs a
    // reason and a reason code (an exemption also its name); what was withheld (completed in part) needs why,
    // and only goes with completed. The reason code must be one the request's law allows for its type
    // (Names::denialCodesFor). Every status change of a stored request goes through this one.
    static Status check(const Request& request, RequestStatus to, const Outcome& outcome);
    // The same for a request under no particular law (Regulation::Other): the law's own rules left out.
    static Status check(const QString& requestId, RequestStatus from, RequestStatus to,
                        const Outcome& outcome, std::optional<RequestStatus> resumeStatus = {});
    static Status check(const QString& requestId, RequestStatus from, RequestStatus to, const QString& reason)
    {
        return check(requestId, from, to, Outcome{reason, {}, {}, {}, {}});
    }

private:
    static Status checkMove(const QString& requestId, RequestStatus from, RequestStatus to,
                            const Outcome& outcome, std::optional<RequestStatus> resumeStatus, Regulation law,
                            RequestType type);
};

} // namespace lethe
