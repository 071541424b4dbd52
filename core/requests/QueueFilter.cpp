#include "QueueFilter.h"

#include "StateMachine.h"

namespace lethe {

bool QueueFilter::accepts(const RequestSummary& r) const
{
    if (status && r.status != *status)
        return false;
    if (type && r.type != *type)
        return false;
    if (regulation && r.regulation != *regulation)
        return false;
    if (assignee && r.assignee != *assignee)
        return false;
    if (openOnly && StateMachine::isFinal(r.status))
        return false;
    if (!text.isEmpty()) {
        const QString t = text.trimmed();
        return r.humanId.contains(t, Qt::CaseInsensitive) || r.subjectName.contains(t, Qt::CaseInsensitive) ||
               r.primaryIdentity.contains(t, Qt::CaseInsensitive) ||
               r.assignee.contains(t, Qt::CaseInsensitive);
    }
    return true;
}

} // namespace lethe
