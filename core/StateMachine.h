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
class StateMachine
{
    Q_DECLARE_TR_FUNCTIONS(lethe::StateMachine)
public:
    // `resumeStatus`: for awaiting-clarification, the status it left (then only that one is offered to return
    // to).
    static QList<RequestStatus> allowedFrom(RequestStatus from,
                                            std::optional<RequestStatus> resumeStatus = {});
    static bool isFinal(RequestStatus s);
    static bool stopsClock(RequestStatus s)
    {
        return s == RequestStatus::AwaitingIdentity || s == RequestStatus::AwaitingClarification;
    }
    // Refuses an illegal move with a message that says why and what is allowed instead. Denying needs a
    // reason and a reason code (an exemption also its name); what was withheld (completed in part) needs why,
    // and only goes with completed.
    static Status check(const QString& requestId, RequestStatus from, RequestStatus to,
                        const Outcome& outcome, std::optional<RequestStatus> resumeStatus = {});
    static Status check(const QString& requestId, RequestStatus from, RequestStatus to, const QString& reason)
    {
        return check(requestId, from, to, Outcome{reason, {}, {}, {}, {}});
    }
};

} // namespace lethe
