#pragma once

#include "Request.h"

#include <optional>

namespace lethe {

struct QueueFilter
{
    std::optional<RequestStatus> status;
    std::optional<RequestType> type;
    std::optional<Regulation> regulation;
    std::optional<QString> assignee; // exact; an empty string means unassigned
    QString text;                    // case-insensitive: id, subject, first identity, assignee
    bool openOnly = false;

    bool accepts(const RequestSummary& r) const;
    bool isEmpty() const
    {
        return !status && !type && !regulation && !assignee && text.isEmpty() && !openOnly;
    }
};

} // namespace lethe
