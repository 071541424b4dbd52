#include "ProcessorSearch.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QTimer>

// ProcessorHub: several connections searched at once, waited for (the CLI and worker threads).

namespace lethe {

QList<ProcessorResult> ProcessorHub::search(const QList<Job>& jobs, const QList<Identity>& identities,
                                            const std::atomic<bool>* cancel)
{
    // One network manager per connection: each gets its own pool of connections (Qt opens at most six per
    // host and manager), so two accounts at the same processor do not queue behind each other.
    std::vector<std::unique_ptr<QNetworkAccessManager>> networks;
    QEventLoop loop;
    QList<ProcessorSearch*> searches;
    int running = 0;
    for (const Job& job : jobs) {
        networks.push_back(std::make_unique<QNetworkAccessManager>());
        auto* s = new ProcessorSearch(job.definition, job.connection, job.secret, networks.back().get());
        searches << s;
        ++running;
        QObject::connect(s, &ProcessorSearch::finished, &loop, [&] {
            if (--running == 0)
                loop.quit();
        });
    }
    QTimer poll;
    if (cancel) {
        QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
            if (cancel->load())
                for (ProcessorSearch* s : searches)
                    s->cancel();
        });
        poll.start(50);
    }
    for (ProcessorSearch* s : searches)
        s->start(identities);
    if (running > 0)
        loop.exec();
    QList<ProcessorResult> out;
    for (ProcessorSearch* s : searches) {
        out << s->result();
        delete s;
    }
    return out;
}

} // namespace lethe
