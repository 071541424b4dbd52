#pragma once

#include "DataMap.h"
#include "ProcessorSearch.h"
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
    void resolveNext();
    void launch();
    void retire();

    CredentialStore* m_credentials;
    QList<DataMap> m_maps;
    QList<QList<ConnectionParams>> m_connections;
    QList<QHash<QString, QString>> m_problems; // per map: source key -> why it may not connect
    QList<Identity> m_identities;
    QList<ProcessorHub::Job> m_processorJobs; // unique by connection; secrets filled in by resolveNext()
    QHash<QString, QStringList> m_processorSystems; // connection key -> the systems that use it
    QHash<QString, QList<Recipient>> m_manual;      // system key -> processors a person must handle
    QStringList m_processorProblems;
    int m_resolveSecret = 0;
    int m_previewRows = 200;
    int m_resolveMap = 0;
    int m_resolveSource = 0;
    quint64 m_generation = 0;
    bool m_running = false;
    QThread* m_thread = nullptr;
    QList<QThread*> m_retired; // superseded runs still finishing their current query
    std::shared_ptr<std::atomic<bool>> m_cancel;
};

} // namespace lethe

Q_DECLARE_METATYPE(lethe::Dossier)
