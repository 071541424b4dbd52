#include "PreviewRunner.h"

#include "PreviewService.h"

#include <QPointer>

namespace lethe {

PreviewRunner::PreviewRunner(CredentialStore* credentials, QObject* parent)
    : QObject(parent), m_credentials(credentials)
{
    qRegisterMetaType<lethe::Dossier>();
}

PreviewRunner::~PreviewRunner() = default; // m_jobs stops the run and waits for it

void PreviewRunner::cancel()
{
    m_jobs.abandon();
    m_running = false;
}

void PreviewRunner::start(const QList<DataMap>& maps, const QList<Identity>& identities, int previewRows,
                          const QString& workspaceFolder)
{
    // A new preview supersedes the one under way: it stops at its next query and its results are dropped.
    cancel();
    m_identities = identities;
    m_previewRows = previewRows;
    m_running = true;
    const JobContext job = m_jobs.next();
    // Passwords and processor secrets from the keychain first, then the search.
    QPointer<PreviewRunner> self(this);
    SecretResolver::resolve(
        m_credentials, maps, workspaceFolder, [job] { return job.isCurrent(); },
        [self, job](const ResolvedSystems& resolved) { self->launch(job, resolved); });
}

void PreviewRunner::launch(const JobContext& prepared, const ResolvedSystems& resolved)
{
    const QList<Identity> identities = m_identities;
    const int rows = m_previewRows;
    m_jobs.run(prepared, [this, resolved, identities, rows](const JobContext& job) {
        // (`this` is used on this object's thread only, in what is posted there.)
        auto total = PreviewService::search(resolved, identities, rows, job.stopToken(),
                                            [this, job](const Dossier& dossier, int done, int all) {
                                                job.post([this, dossier, done, all] {
                                                    Q_EMIT systemDone(dossier);
                                                    Q_EMIT progress(done, all);
                                                });
                                            });
        if (!total) {
            const QString message = total.error().message;
            return job.post([this, message] {
                m_running = false;
                Q_EMIT failed(message);
            });
        }
        const qint64 found = *total;
        job.post([this, found] {
            m_running = false;
            Q_EMIT finished(found);
        });
    });
}

} // namespace lethe
