#include "PreviewRunner.h"

#include "CurrentRun.h"
#include "DataMapLoader.h"
#include "ProcessorConnections.h"
#include "Validation.h"

#include <QDir>
#include <QPointer>
#include <QThread>

#include <future>

namespace lethe {

PreviewRunner::PreviewRunner(CredentialStore* credentials, QObject* parent)
    : QObject(parent), m_credentials(credentials)
{
    qRegisterMetaType<lethe::Dossier>();
}

PreviewRunner::~PreviewRunner()
{
    cancel();
    // Every run still under way stops at its next query; wait for them so no thread outlives its object.
    m_retired.waitForAll(m_thread);
}

void PreviewRunner::retire()
{
    m_retired.retire(this, m_thread);
}

QList<DataMap> PreviewRunner::workspaceMaps(const QString& workspaceFolder, QStringList* problems)
{
    QList<DataMap> maps;
    const QDir dir(workspaceFolder + QStringLiteral("/datamaps"));
    for (const QString& file :
         dir.entryList({QStringLiteral("*.yaml"), QStringLiteral("*.yml")}, QDir::Files, QDir::Name)) {
        const DataMapLoad load = DataMapLoader::load(dir.absoluteFilePath(file));
        if (load.ok()) {
            maps << *load.map;
        } else if (problems) {
            for (const DataMapIssue& i : load.issues)
                *problems << i.toString();
        }
    }
    return maps;
}

void PreviewRunner::cancel()
{
    ++m_generation;
    if (m_cancel)
        m_cancel->store(true);
    m_running = false;
}

void PreviewRunner::start(const QList<DataMap>& maps, const QList<Identity>& identities, int previewRows,
                          const QString& workspaceFolder)
{
    cancel();
    retire();
    m_identities = identities;
    m_previewRows = previewRows;
    m_running = true;
    ++m_generation;
    // Passwords and processor secrets from the keychain first, then the search.
    QPointer<PreviewRunner> self(this);
    const quint64 run = m_generation;
    SecretResolver::resolve(
        m_credentials, maps, workspaceFolder, [self, run] { return self && self->m_generation == run; },
        [self](const ResolvedSystems& resolved) { self->launch(resolved); });
}

void PreviewRunner::launch(const ResolvedSystems& resolved)
{
    auto cancelled = std::make_shared<std::atomic<bool>>(false);
    m_cancel = cancelled;
    const auto post = currentRunPoster(this, &PreviewRunner::m_generation);
    const QList<DataMap> maps = resolved.maps;
    const QList<QList<ConnectionParams>> connections = resolved.connections;
    const QList<QHash<QString, QString>> problems = resolved.sourceProblems;
    const QList<Identity> identities = m_identities;
    const int rows = m_previewRows;
    QList<ProcessorHub::Job> jobs;
    QHash<QString, QList<ProcessorHub::Job>> later; // by system: they look up by user id, after its databases
    for (const ProcessorHub::Job& j : resolved.jobs) {
        if (ProcessorConnections::waitsForUserIds(j.definition)) {
            for (const QString& system : resolved.systemsOf.value(j.connection.key))
                later[system] << j;
        } else {
            jobs << j;
        }
    }
    const QHash<QString, QStringList> processorSystems = resolved.systemsOf;
    const QHash<QString, QList<Recipient>> manual = resolved.manual;
    const QStringList processorProblems = resolved.processorProblems;
    m_thread = QThread::create([maps, connections, problems, identities, rows, cancelled, post, jobs, later,
                                processorSystems, manual, processorProblems] {
        // The processors on a thread of their own, all at once, while the databases are searched here; each
        // system's dossier waits for them only when it is ready itself.
        std::promise<QList<ProcessorResult>> promise;
        std::shared_future<QList<ProcessorResult>> processors = promise.get_future().share();
        std::unique_ptr<QThread> processorThread;
        QList<Identity> normalised;
        for (const Identity& i : identities) {
            auto n = Validation::normalizeIdentity(i);
            normalised << (n ? *n : i);
        }
        if (jobs.isEmpty()) {
            promise.set_value({});
        } else {
            processorThread.reset(QThread::create([&promise, jobs, normalised, cancelled] {
                promise.set_value(ProcessorHub::search(jobs, normalised, cancelled.get()));
            }));
            processorThread->setObjectName(QStringLiteral("preview-processors"));
            processorThread->start();
        }
        struct Join
        {
            QThread* t;
            ~Join()
            {
                if (t)
                    t->wait();
            }
        } join{processorThread.get()};
        Traversal::Options o;
        o.previewRows = rows;
        o.cancel = cancelled.get();
        qint64 total = 0;
        for (int i = 0; i < maps.size(); ++i) {
            o.sourceProblems = problems.value(i);
            auto d = Traversal::run(maps[i], connections[i], identities, o);
            if (d) {
                for (const ProcessorResult& r : processors.get()) {
                    if (processorSystems.value(r.connection).contains(maps[i].key))
                        d.value().tables << ProcessorConnections::asTables(r, rows, true);
                }
                if (later.contains(maps[i].key)) {
                    // With the user ids this system's databases taught (the subject's account ids).
                    for (const ProcessorResult& r : ProcessorHub::search(
                             later.value(maps[i].key), normalised + d->learned, cancelled.get()))
                        d.value().tables << ProcessorConnections::asTables(r, rows, true);
                }
                d.value().manualTasks = manual.value(maps[i].key);
                if (i == 0)
                    d.value().processorProblems = processorProblems;
            }
            if (!d) {
                cancelled->store(true); // the processors stop too
                const QString message = d.error().message;
                post([message](PreviewRunner* r) {
                    r->m_running = false;
                    Q_EMIT r->failed(message);
                });
                return;
            }
            total += d->totalRows();
            const Dossier dossier = *d;
            const int done = i + 1, all = int(maps.size());
            post([dossier, done, all](PreviewRunner* r) {
                Q_EMIT r->systemDone(dossier);
                Q_EMIT r->progress(done, all);
            });
        }
        post([total](PreviewRunner* r) {
            r->m_running = false;
            Q_EMIT r->finished(total);
        });
    });
    m_thread->setObjectName(QStringLiteral("preview"));
    m_thread->start();
}

} // namespace lethe
