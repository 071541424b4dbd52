#include "NetworkThread.h"
#include "ProcessorSearch.h"

#include <QNetworkAccessManager>

// ProcessorHub: several connections searched at once on the network thread, waited for (the CLI and worker
// threads) on a condition variable.

namespace lethe {

struct ProcessorHub::Searches::Run
{
    std::shared_ptr<NetworkWait> wait = std::make_shared<NetworkWait>();
    // The network thread only.
    QList<ProcessorSearch*> searches;
    bool over = false;
    // Written on the network thread before the wait is finished, read after it.
    QList<ProcessorResult> out;

    void cancelAll()
    {
        if (over)
            return;
        for (ProcessorSearch* s : std::as_const(searches))
            s->cancel();
    }
};

class ProcessorHub::Searches::Cancel : public NetworkCancel
{
public:
    using NetworkCancel::NetworkCancel;
};

ProcessorHub::Searches::Searches(std::shared_ptr<Run> run, std::stop_token stop)
    : m_run(std::move(run)),
      m_cancel(std::make_unique<Cancel>(std::move(stop), [r = m_run] { r->cancelAll(); }))
{}

ProcessorHub::Searches::Searches(Searches&& other) noexcept
    : m_run(std::move(other.m_run)), m_cancel(std::move(other.m_cancel)), m_waited(other.m_waited)
{}

ProcessorHub::Searches::~Searches()
{
    if (!m_run || m_waited)
        return;
    cancel();
    m_run->wait->wait();
}

const QList<ProcessorResult>& ProcessorHub::Searches::results()
{
    if (!m_waited) {
        m_run->wait->wait();
        m_waited = true;
        m_cancel.reset();
    }
    return m_run->out;
}

void ProcessorHub::Searches::cancel()
{
    if (!m_waited)
        NetworkThread::post([r = m_run] { r->cancelAll(); });
}

ProcessorHub::Searches ProcessorHub::start(const QList<Job>& jobs, const QList<Identity>& identities,
                                           std::stop_token stop)
{
    auto run = std::make_shared<Searches::Run>();
    if (jobs.isEmpty()) {
        Searches none(run, {});
        none.m_waited = true; // nothing to wait for or cancel; the network thread is not started for it
        return none;
    }
    NetworkThread::post([run, jobs, identities] {
        QObject* host = NetworkThread::host(run->wait);
        QObject::connect(host, &QObject::destroyed, [run] {
            run->over =
                true; // before the searches go (the thread stopped under them, or they were collected)
            run->searches.clear();
        });
        auto* searches = new QObject(host); // made first, so deleted before the network managers
        auto* networks = new QObject(host);
        auto running = std::make_shared<int>(0);
        for (const Job& job : jobs) {
            // One network manager per connection: each gets its own pool of connections (Qt opens at most
            // six per host and manager), so two accounts at the same processor do not queue behind each
            // other.
            auto* network = new QNetworkAccessManager(networks);
            auto* s = new ProcessorSearch(job.definition, job.connection, job.secret, network, searches);
            run->searches << s;
            ++*running;
            QObject::connect(s, &ProcessorSearch::finished, host, [run, host, running] {
                if (--*running > 0)
                    return;
                // Collected once the current event is over: a cancel goes on to the other searches first.
                QMetaObject::invokeMethod(
                    host,
                    [run, host] {
                        run->over = true;
                        for (ProcessorSearch* done : std::as_const(run->searches))
                            run->out << done->result();
                        run->searches.clear();
                        host->deleteLater(); // wakes the caller
                    },
                    Qt::QueuedConnection);
            });
        }
        for (ProcessorSearch* s : std::as_const(run->searches))
            s->start(identities);
    });
    return Searches(run, std::move(stop));
}

QList<ProcessorResult> ProcessorHub::search(const QList<Job>& jobs, const QList<Identity>& identities,
                                            std::stop_token stop)
{
    return start(jobs, identities, std::move(stop)).results();
}

} // namespace lethe
