#pragma once

#include "DataMap.h"
#include "ProcessorSearch.h"
#include "RetiredThreads.h"
#include "SecretResolver.h"
#include "Traversal.h"

#include <QList>
#include <QObject>

#include <atomic>
#include <memory>

class QThread;

namespace lethe {

class CredentialStore;

// Runs the traversal for one subject over several systems on a worker thread: passwords are read from the
// keychain first (asynchronously), then each system is searched with its own connections. Reports each
// system's dossier as it completes; cancel() stops between queries. The GUI's preview and the bench use it.
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

    // The data maps of a workspace: every *.yaml in <workspace folder>/datamaps, with the problems of those
    // that do not load (they are skipped, and said so).
    static QList<DataMap> workspaceMaps(const QString& workspaceFolder, QStringList* problems);

Q_SIGNALS:
    void progress(int systemsDone, int systemsTotal);
    void systemDone(const lethe::Dossier& dossier);
    void finished(qint64 totalRows);
    void failed(const QString& message);

private:
    void launch(const ResolvedSystems& resolved);
    void retire();

    CredentialStore* m_credentials;
    QList<Identity> m_identities;
    int m_previewRows = 200;
    quint64 m_generation = 0;
    bool m_running = false;
    QThread* m_thread = nullptr;
    RetiredThreads m_retired; // superseded runs still finishing their current query or batch
    std::shared_ptr<std::atomic<bool>> m_cancel;
};

} // namespace lethe

Q_DECLARE_METATYPE(lethe::Dossier)
