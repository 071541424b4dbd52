#pragma once

#include "ErasureStore.h"
#include "SqlConnection.h"
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

namespace lethe::test {

// A PostgreSQL table locked against writing by a session of its own, in a transaction held until release(),
// endWaiters() or its end: a statement of the window's that writes the table waits for it.
class TableLock
{
public:
    TableLock(const ConnectionParams& server, const QString& table);
    ~TableLock();
    TableLock(const TableLock&) = delete;
    TableLock& operator=(const TableLock&) = delete;
    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    // True once a session waits for a lock (seen from another connection: the server's activity is read
    // once per transaction).
    bool waitForWaiter(int timeoutMs = 20000) const;
    // Ends the sessions waiting for a lock (an administrator, a restart), then releases the lock; how many.
    int endWaiters();
    void release();
    QSqlDatabase db() const { return m_admin.db(); }

private:
    ConnectionParams m_server;
    SqlConnection m_admin;
    QString m_error;
    bool m_held = false;
};

} // namespace lethe::test
