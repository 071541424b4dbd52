#pragma once

#include "ErasureStore.h"
#include "WorkspaceStore.h"

#include <QDate>
#include <QStringList>

namespace lethe::test {

// What the workspace tests set up again and again, in one place.

// A GDPR request of `type` for `name` with one email identity, received `received` (default: today).
NewRequest newRequest(RequestType type, const QString& name, const QString& email, QDate received = {});

// Four eyes on, and each of `officers` an officer.
Status fourEyesOfficers(WorkspaceStore& store, const QStringList& officers);

// The controller and the supervisory authority an export's report names (an export is refused without).
Status setReportContacts(WorkspaceStore& store);

// A killed erasure of `requestId`: the request verified, the store's actor an officer, a plan with `digest`
// saved and its run marked running and never finished, so it is resumable.
Result<ErasureRun> interruptedRun(WorkspaceStore& store, const QString& requestId, const QString& digest);

} // namespace lethe::test
