#pragma once

#include "Request.h"
#include "Result.h"
#include "SqlConnection.h"

#include <QCoreApplication>

#include <functional>

namespace lethe {

// The demo queue: about 40 requests over every type, regulation and status, some overdue, some extended,
// some waiting for identity, built by replaying a realistic history (creation, transitions, extensions,
// notes) through the store, so the audit log is real too. Deterministic for a given day and seed.
class DemoData
{
    Q_DECLARE_TR_FUNCTIONS(lethe::DemoData)
public:
    static constexpr int kDefaultCount = 40;

    // The requests' subjects are the demo population's known people; `productsOf(person)` names the products
    // each holds an account in (DemoProducts::productsOf), so the requests point at the demo databases.
    static Result<int> populate(const ConnectionParams& params, const QString& actor, QDate today,
                                int count = kDefaultCount,
                                const std::function<QStringList(int)>& productsOf = {},
                                quint32 seed = 20261122);
    // Plain random requests for load and benchmarks (status new, received in the last 120 days).
    static QList<NewRequest> generate(int count, QDate today, quint32 seed = 7);
};

} // namespace lethe
