#include "PreviewRunner.h"

#include "CurrentRun.h"
#include "PreviewService.h"

#include <QPointer>
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
    m_retired.waitForAll(m_thread);
}

void PreviewRunner::retire()
{
    m_retired.retire(this, m_thread);
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
    const QList<Identity> identities = m_identities;
    const int rows = m_previewRows;
    m_thread = QThread::create([resolved, identities, rows, cancelled, post] {
        auto total = PreviewService::search(resolved, identities, rows, cancelled.get(),
                                            [post](const Dossier& dossier, int done, int all) {
                                                post([dossier, done, all](PreviewRunner* r) {
                                                    Q_EMIT r->systemDone(dossier);
                                                    Q_EMIT r->progress(done, all);
                                                });
                                            });
        if (!total) {
            const QString message = total.error().message;
            return post([message](PreviewRunner* r) {
                r->m_running = false;
                Q_EMIT r->failed(message);
            });
        }
        const qint64 found = *total;
        post([found](PreviewRunner* r) {
            r->m_running = false;
            Q_EMIT r->finished(found);
        });
    });
    m_thread->setObjectName(QStringLiteral("preview"));
    m_thread->start();
}

} // namespace lethe
