#pragma once

#include "DataMap.h"
#include "ProcessorSearch.h"
#include "Result.h"
#include "Traversal.h"

#include <QCoreApplication>

namespace lethe {

// The processor accounts of a workspace, in <workspace>/connections.json: key, connector, base URL override,
// parameters and the keychain key of the secret. Never a secret itself: the file may be shared or committed.
class ProcessorConnections
{
    Q_DECLARE_TR_FUNCTIONS(lethe::ProcessorConnections)
public:
    static QString filePath(const QString& workspaceFolder);
    // The shipped definitions (":/connectors" when the executable embeds them, else `shippedFolder`) and the
    // workspace's own (<workspace>/connectors), the latter overriding by key.
    static QList<ConnectorDefinition> definitions(const QString& workspaceFolder, QStringList* problems);

    static Result<QList<ProcessorConnection>> load(const QString& workspaceFolder);
    static Status save(const QString& workspaceFolder, const QList<ProcessorConnection>& connections);
    // Checks a new connection against its definition: key, known connector, parameters, URL.
    static Status check(const ProcessorConnection& connection, const QList<ConnectorDefinition>& definitions);
    static QString secretKeyFor(const QString& connectionKey)
    {
        return QStringLiteral("connection/") + connectionKey;
    }

    enum class Verdict
    {
        Reachable,
        AuthRefused,
        WrongUrl,
        TlsFailed,
        Unreachable,
        ProcessorError,
        NotTestable,
    };
    struct TestResult
    {
        Verdict verdict = Verdict::Unreachable;
        int status = 0;
        QString message; // a sentence for a person
    };
    static QString verdictKey(Verdict verdict);
    // One cheap authenticated read (the definition's "test" request), a single retry at most. Blocking: a
    // ConnectionTest on the network thread (NetworkThread), waited for without an event loop; for the CLI.
    // The GUI uses ConnectionTest on its own thread.
    static TestResult test(const ConnectorDefinition& definition, const ProcessorConnection& connection,
                           const QString& secret);

    // Connections to a running lethe-sandbox from a template (resources/sandbox/demo-connections.json) and
    // the ports it reported: each with its secret, to be written to the keychain by the caller.
    struct WithSecret
    {
        ProcessorConnection connection;
        QString secret;
    };
    static Result<QList<WithSecret>> fromSandboxTemplate(const QByteArray& templateJson,
                                                         const QByteArray& portsJson);
    // Adds or replaces connections by key and saves.
    static Status merge(const QString& workspaceFolder, const QList<ProcessorConnection>& connections);

    // The processors a system's map reaches through an API (recipients with a connection) and the manual
    // ones.
    struct SystemProcessors
    {
        QList<ProcessorHub::Job> jobs; // secret still empty
        QList<Recipient> manual;
        QStringList problems; // a recipient naming a connection that does not exist, and the like
    };
    static SystemProcessors forSystem(const DataMap& map, const QList<ProcessorConnection>& connections,
                                      const QList<ConnectorDefinition>& definitions);

    // The same for several systems from a workspace's connections and definitions: each connection once (two
    // systems may share one), which systems use it, the manual recipients by system, and every problem.
    struct MapsProcessors
    {
        QList<ProcessorHub::Job> jobs;           // unique by connection; secrets still empty
        QHash<QString, QStringList> systemsOf;   // connection key -> system keys
        QHash<QString, QList<Recipient>> manual; // system key -> recipients a person must handle
        QStringList problems;
    };
    static MapsProcessors forMaps(const QString& workspaceFolder, const QList<DataMap>& maps);

    // Whether a definition looks records up by user id: such a processor waits for the system's databases,
    // so the user ids they teach (the subject's account ids) are looked up too, not only the request's
    // identities (Redis keys named by user id, for example).
    static bool waitsForUserIds(const ConnectorDefinition& definition);

    // A processor's findings as tables of the system's dossier: source = the processor's name, one table per
    // lookup, the declared fields as columns with their categories.
    // `withNearMatches`: also a table per lookup of its near matches, marked (previews only; never an
    // export).
    static QList<DossierTable> asTables(const ProcessorResult& result, int previewRows,
                                        bool withNearMatches = false);
};

// ProcessorConnections::test, asynchronous on the thread that makes it (no thread or event loop of its own):
// start() sends the test request, finished() comes once, later, with result(). abort() stops it for good:
// the request is aborted at once and finished() never comes; destroying it aborts it too.
class ConnectionTest : public QObject
{
    Q_OBJECT
public:
    ConnectionTest(const ConnectorDefinition& definition, const ProcessorConnection& connection,
                   const QString& secret, QObject* parent = nullptr);
    ~ConnectionTest() override;

    void start();
    void abort();
    bool isRunning() const { return m_state == State::Running; }
    const ProcessorConnections::TestResult& result() const { return m_result; }

Q_SIGNALS:
    void finished();

private:
    enum class State
    {
        Idle,
        Running,
        Finished,
        Aborted
    };
    void finish(const ProcessorConnections::TestResult& result);
    void finishLater(const ProcessorConnections::TestResult& result);
    ProcessorConnections::TestResult verdictOf(const ProcessorClient::Answer& answer,
                                               const QString& describe) const;

    ConnectorDefinition m_definition;
    ProcessorConnection m_connection;
    QString m_secret;
    ProcessorClient* m_client = nullptr; // children, made by start()
    State m_state = State::Idle;
    ProcessorConnections::TestResult m_result;
};

} // namespace lethe
