#pragma once

#include "DataMap.h"
#include "Job.h"
#include "ProcessorSearch.h"
#include "SecretResolver.h"
#include "Traversal.h"

#include <QList>
#include <QObject>

namespace lethe {

class CredentialStore;

// The GUI's preview: PreviewService on a worker thread. Passwords and processor secrets are
// read from the keychain first (asynchronously, SecretResolver), then PreviewService::search runs on the
// worker; each system's dossier is reported as it completes; cancel() stops between queries.
class PreviewRunner : public QObject
{
    Q_OBJECT
public:
    explicit PreviewRunner(CredentialStore* credentials, QObject* parent = nullptr);
    ~PreviewRunner() override;

    // `workspaceFolder` holds the processor connections (connections.json): the processors each map names as
    // recipients with a connection are looked up too, at the same time as the databases, and their findings
    // join that system's dossier. Empty: databases only.
    void start(const QList<DataMap>& maps, const QList<Identity>& identities, int previewRows = 200,
               const QString& workspaceFolder = {});
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void progress(int systemsDone, int systemsTotal);
    void systemDone(const lethe::Dossier& dossier);
    void finished(qint64 totalRows);
    void failed(const QString& message);

private:
    void launch(const JobContext& job, const ResolvedSystems& resolved);

    CredentialStore* m_credentials;
    QList<Identity> m_identities;
    int m_previewRows = 200;
    bool m_running = false;
    JobSlot m_jobs{this}; // last: waits for the runs still finishing their current query
};

} // namespace lethe

Q_DECLARE_METATYPE(lethe::Dossier)
