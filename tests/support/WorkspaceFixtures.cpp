#include "WorkspaceFixtures.h"

#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <utility>

namespace lethe::test {

NewRequest newRequest(RequestType type, const QString& name, const QString& email, QDate received)
{
    NewRequest r;
    r.type = type;
    r.regulation = Regulation::Gdpr;
    r.received = received.isValid() ? received : QDate::currentDate();
    r.subjectName = name;
    r.identities = {{IdentityKind::Email, email}};
    return r;
}

Status fourEyesOfficers(WorkspaceStore& store, const QStringList& officers)
{
    ErasureStore erasures(store);
    for (const QString& officer : officers)
        if (Status s = erasures.setUser(officer, Role::Officer); !s)
            return s;
    return erasures.setFourEyes(true);
}

Status setReportContacts(WorkspaceStore& store)
{
    for (const auto& [key, value] :
         {std::pair{QStringLiteral("controller.name"), QStringLiteral("Shop Ltd")},
          std::pair{QStringLiteral("controller.contact"), QStringLiteral("privacy@shop.example")},
          std::pair{QStringLiteral("authority.name"), QStringLiteral("A supervisory authority")}})
        if (Status s = store.setSetting(key, value); !s)
            return s;
    return {};
}

Result<ErasureRun> interruptedRun(WorkspaceStore& store, const QString& requestId, const QString& digest)
{
    ErasureStore erasures(store);
    if (Status s = erasures.setUser(store.actor(), Role::Officer); !s)
        return s.error();
    auto verified = store.transition(requestId, RequestStatus::Verified);
    if (!verified)
        return verified.error();
    if (auto saved = erasures.savePlan(*verified, digest, QByteArray("{}"), QJsonObject{}); !saved)
        return saved.error();
    return erasures.start(*verified, digest); // marked running, then never finished
}

} // namespace lethe::test

namespace lethe::test {

TableLock::TableLock(const ConnectionParams& server, const QString& table) : m_server(server)
{
    if (Status s = m_admin.open(server); !s) {
        m_error = s.error().message;
        return;
    }
    auto quoted = SqlConnection::quoteIdentifier(server.engine, table);
    if (!quoted) {
        m_error = quoted.error().message;
        return;
    }
    QSqlQuery q(m_admin.db());
    if (!m_admin.db().transaction() ||
        !q.exec(QStringLiteral("LOCK TABLE %1 IN EXCLUSIVE MODE").arg(*quoted))) {
        m_error = q.lastError().text();
        return;
    }
    m_held = true;
}

TableLock::~TableLock()
{
    release();
}

bool TableLock::waitForWaiter(int timeoutMs) const
{
    SqlConnection watcher;
    if (!watcher.open(m_server))
        return false;
    return QTest::qWaitFor(
        [&] {
            QSqlQuery waiting(watcher.db());
            return waiting.exec(QStringLiteral("SELECT COUNT(*) FROM pg_stat_activity WHERE datname = "
                                               "current_database() AND wait_event_type = 'Lock'")) &&
                   waiting.next() && waiting.value(0).toInt() > 0;
        },
        timeoutMs);
}

int TableLock::endWaiters()
{
    QSqlQuery q(m_admin.db());
    const int ended =
        q.exec(QStringLiteral("SELECT COUNT(pg_terminate_backend(pid)) FROM pg_stat_activity "
                              "WHERE datname = current_database() AND wait_event_type = 'Lock'")) &&
                q.next()
            ? q.value(0).toInt()
            : -1;
    release();
    return ended;
}

void TableLock::release()
{
    if (std::exchange(m_held, false))
        m_admin.db().rollback();
}

} // namespace lethe::test
