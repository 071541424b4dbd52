#pragma once

#include "Job.h"
#include "Result.h"
#include "SqlConnection.h"

#include <QCoreApplication>
#include <QObject>

#include <chrono>
#include <functional>

class QTimer;

namespace lethe {

// Bounded retries after the connection to a workspace was lost (docs/team.md, "A lost connection"). Each
// attempt waits its delay from the schedule (by default 1, 2, 4, 8 and 16 s, five attempts), then probes on
// the job pool (a connection of its own, opened and asked `SELECT 1`, so a server that does not answer never
// holds the owner's thread) and, when the probe got through, runs `reopen` on the owner's thread: the
// owner's own connection, which only its thread may open. After the last failed attempt it waits for
// retryNow(). The schedule and the probe can be replaced (tests: no waiting on the wall clock).
class Reconnector : public QObject
{
    Q_OBJECT
public:
    using Schedule = QList<std::chrono::milliseconds>;
    using Probe = std::function<Status(const ConnectionParams&)>;

    explicit Reconnector(QObject* parent = nullptr);
    ~Reconnector() override;

    static Schedule defaultSchedule();
    void setSchedule(Schedule schedule);
    Schedule schedule() const { return m_schedule; }
    void setProbe(Probe probe);
    // The default probe: the workspace's file is there (SQLite; never created anew), and a new connection
    // opens and answers `SELECT 1`.
    static Status probe(const ConnectionParams& params);

    // Starts a round of attempts, unless one runs. `reopen`'s failure counts as its attempt's.
    void start(const ConnectionParams& params, std::function<Status()> reopen);
    // The next attempt at once, not after its delay; after the last attempt failed, a new round.
    void retryNow();
    // No more attempts (another workspace was opened).
    void stop();

    bool isActive() const { return m_active; }
    bool isProbing() const { return m_probing; }
    int attempt() const { return m_attempt; }
    int attempts() const { return int(m_schedule.size()); }
    QString lastError() const { return m_lastError; }

Q_SIGNALS:
    // Attempt `attempt` of `attempts` waits for its delay.
    void waiting(int attempt, int attempts);
    // Attempt `attempt` of `attempts` probes now.
    void attempting(int attempt, int attempts);
    void reconnected();
    // The last attempt failed, for `reason`: no more until retryNow().
    void failed(const QString& reason);

private:
    void next();
    void attemptNow();

    Schedule m_schedule;
    Probe m_probe;
    ConnectionParams m_params;
    std::function<Status()> m_reopen;
    QTimer* m_timer;
    bool m_active = false;
    bool m_probing = false;
    int m_attempt = 0;
    QString m_lastError;
    // Last: a probe that waits on the network is left to finish on the pool, its answer dropped.
    JobSlot m_job{this, JobSlot::AtDestruction::Leave};
};

} // namespace lethe
