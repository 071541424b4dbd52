#include "PreviewRunner.h"

#include "CredentialStore.h"
#include "CurrentRun.h"
#include "DataMapLoader.h"
#include "WorkspaceOpener.h"

#include <QDir>
#include <QThread>

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
    if (m_thread)
        m_retired << m_thread;
    for (QThread* t : std::as_const(m_retired)) {
        t->wait();
        delete t;
    }
}

void PreviewRunner::retire()
{
    // A superseded run is told to stop and left to finish on its own: the GUI thread never waits for a query.
    // Its results are dropped (the generation moved on); the thread deletes itself when done.
    QThread* t = m_thread;
    m_thread = nullptr;
    if (!t)
        return;
    if (t->isFinished()) {
        delete t;
        return;
    }
    m_retired << t;
    connect(t, &QThread::finished, this, [this, t] {
        m_retired.removeAll(t);
        t->deleteLater();
    });
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

void PreviewRunner::start(const QList<DataMap>& maps, const QList<Identity>& identities, int previewRows)
{
    cancel();
    retire();
    m_maps = maps;
    m_identities = identities;
    m_previewRows = previewRows;
    m_connections.clear();
    m_problems = QList<QHash<QString, QString>>(maps.size());
    for (const DataMap& m : maps) {
        QList<ConnectionParams> c;
        for (const DataSource& s : m.sources)
            c << s.connection;
        m_connections << c;
    }
    m_resolveMap = 0;
    m_resolveSource = 0;
    m_running = true;
    ++m_generation;
    resolveNext();
}

void PreviewRunner::resolveNext()
{
    // Passwords one by one from the keychain, then the search.
    while (m_resolveMap < m_connections.size() && m_resolveSource >= m_connections[m_resolveMap].size()) {
        ++m_resolveMap;
        m_resolveSource = 0;
    }
    if (m_resolveMap >= m_connections.size()) {
        launch();
        return;
    }
    const int mi = m_resolveMap, si = m_resolveSource++;
    const auto post = currentRunPoster(this, &PreviewRunner::m_generation);
    WorkspaceOpener::resolveConnection(
        m_connections[mi][si], m_credentials, [post, mi, si](Result<ConnectionParams> r) {
            post([r, mi, si](PreviewRunner* self) {
                if (r)
                    self->m_connections[mi][si] = *r;
                else
                    self->m_problems[mi][self->m_maps[mi].sources[si].key] =
                        tr("password not read from the keychain: %1").arg(r.error().message);
                // Without its password the source fails in the search and says
                // so.
                self->resolveNext();
            });
        });
}

void PreviewRunner::launch()
{
    auto cancelled = std::make_shared<std::atomic<bool>>(false);
    m_cancel = cancelled;
    const auto post = currentRunPoster(this, &PreviewRunner::m_generation);
    const QList<DataMap> maps = m_maps;
    const QList<QList<ConnectionParams>> connections = m_connections;
    const QList<QHash<QString, QString>> problems = m_problems;
    const QList<Identity> identities = m_identities;
    const int rows = m_previewRows;
    m_thread = QThread::create([maps, connections, problems, identities, rows, cancelled, post] {
        Traversal::Options o;
        o.previewRows = rows;
        o.cancel = cancelled.get();
        qint64 total = 0;
        for (int i = 0; i < maps.size(); ++i) {
            o.sourceProblems = problems.value(i);
            auto d = Traversal::run(maps[i], connections[i], identities, o);
            if (!d) {
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
