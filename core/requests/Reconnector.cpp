#include "Reconnector.h"

#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>

namespace lethe {

Reconnector::Reconnector(QObject* parent)
    : QObject(parent), m_schedule(defaultSchedule()), m_probe(&Reconnector::probe), m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &Reconnector::attemptNow);
}

Reconnector::~Reconnector() = default;

Reconnector::Schedule Reconnector::defaultSchedule()
{
    using namespace std::chrono_literals;
    return {1s, 2s, 4s, 8s, 16s};
}

void Reconnector::setSchedule(Schedule schedule)
{
    if (!schedule.isEmpty())
        m_schedule = std::move(schedule);
}

void Reconnector::setProbe(Probe probe)
{
    m_probe = probe ? std::move(probe) : Probe(&Reconnector::probe);
}

Status Reconnector::probe(const ConnectionParams& params)
{
    if (params.engine == ConnectionParams::Engine::Sqlite && !QFileInfo::exists(params.path))
        return makeError(Error::Code::ConnectionLost,
                         tr("the workspace file %1 cannot be found").arg(params.path));
    SqlConnection conn;
    if (Status s = conn.open(params); !s)
        return s;
    QSqlQuery q(conn.db());
    if (!q.exec(QStringLiteral("SELECT 1")))
        return makeError(Error::Code::ConnectionLost, q.lastError().text());
    return {};
}

void Reconnector::start(const ConnectionParams& params, std::function<Status()> reopen)
{
    if (m_active)
        return;
    m_params = params;
    m_reopen = std::move(reopen);
    m_active = true;
    m_attempt = 0;
    m_lastError.clear();
    next();
}

void Reconnector::retryNow()
{
    if (m_probing)
        return;
    if (!m_active) {
        if (!m_reopen)
            return;
        m_active = true;
        m_attempt = 1;
    }
    m_timer->stop();
    attemptNow();
}

void Reconnector::stop()
{
    m_timer->stop();
    m_job.abandon();
    m_active = false;
    m_probing = false;
    m_reopen = nullptr;
}

void Reconnector::next()
{
    if (m_attempt >= attempts()) {
        m_active = false;
        Q_EMIT failed(m_lastError);
        return;
    }
    ++m_attempt;
    m_timer->start(m_schedule.at(m_attempt - 1));
    Q_EMIT waiting(m_attempt, attempts());
}

void Reconnector::attemptNow()
{
    if (!m_active || m_probing)
        return;
    m_probing = true;
    Q_EMIT attempting(m_attempt, attempts());
    m_job.start([probe = m_probe, params = m_params](const JobContext&) { return probe(params); },
                [this](const Status& probed) {
                    m_probing = false;
                    Status s = probed;
                    if (s && m_reopen)
                        s = m_reopen();
                    if (s) {
                        m_active = false;
                        Q_EMIT reconnected();
                        return;
                    }
                    m_lastError = s.error().message;
                    next();
                });
}

} // namespace lethe
