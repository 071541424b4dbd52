#pragma once

#include "Result.h"
#include "Types.h"

#include <QCoreApplication>
#include <QList>

namespace lethe {

// The request life cycle. Every status change in the program goes through `check`.
//
//   new ──> awaiting-identity ──> verified ──> in-progress ──> awaiting-approval ──> completed
//    │            │                 ▲  │            ▲                 │
//    └────────────┼─────────────────┘  │            └─────────────────┘ (sent back)
//                 └── any open status ──> denied (with a reason) | cancelled
class StateMachine
{
    Q_DECLARE_TR_FUNCTIONS(lethe::StateMachine)
public:
    static QList<RequestStatus> allowedFrom(RequestStatus from);
    static bool isFinal(RequestStatus s);
    // Refuses an illegal move with a message that says why and what is allowed instead.
    // `reason` is required for `denied`.
    static Status check(const QString& requestId, RequestStatus from, RequestStatus to,
                        const QString& reason);
};

} // namespace lethe
