#pragma once

#include "BundleReader.h"
#include "DataMap.h"
#include "ErasureService.h"
#include "ExportRunner.h"
#include "HeldItems.h"
#include "Minisign.h"
#include "ProcessorSearch.h"
#include "Request.h"
#include "Result.h"
#include "SecretResolver.h"
#include "Traversal.h"
#include "WorkspaceStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonObject>

#include "Workspace.h"

#include <functional>
#include <memory>

namespace lethe {

class CredentialStore;

// lethe-cli: every command of the GUI on top of core, with --json output. Exit codes:
//   0 success, 1 usage (unknown command or option), 2 invalid input (the message names field and value),
//   3 not found, 4 refused (illegal transition, second extension, ...), 5 storage or keychain failure,
//   6 audit chain broken, 7 workspace written by a newer Lethe.
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(lethe::Cli)
public:
    enum Exit
    {
        Ok = 0,
        Usage = 1,
        BadInput = 2,
        NotFound = 3,
        Refused = 4,
        Failure = 5,
        Tampered = 6,
        TooNew = 7,
        Incomplete = 8,        // the command ran, but part of it failed (a table's query, a processor's
                               // erasure step): the output says which; an erasure resumes to retry it
        NotVerified = 9,       // the erasure ran, but checking the data found it is not all erased
        BundleTampered = 10,   // a file, SHA256SUMS or the signature does not match
        BundleUnknownKey = 11, // intact, but signed by a key not trusted here
        BundleUnsigned = 12    // intact as far as SHA256SUMS goes, but nobody signed it
    };

    explicit Cli(CredentialStore* credentials);
    int run(const QStringList& arguments);

private:
    void printHelp();
    int workspaceInit(const QStringList& args);
    int workspaceList(const QStringList& args);
    int workspaceSet(const QStringList& args);
    int requestsAdd(const QStringList& args);
    int requestsList(const QStringList& args);
    int requestsShow(const QStringList& args);
    int requestsUpdate(const QStringList& args);
    int requestsTransition(const QStringList& args);
    int requestsExtend(const QStringList& args);
    int requestsTakeNext(const QStringList& args);
    int requestsAssign(const QStringList& args);
    int requestsNote(const QStringList& args);
    int requestsFee(const QStringList& args);
    int auditLog(const QStringList& args);
    int auditVerify(const QStringList& args);
    int auditExportHead(const QStringList& args);
    int workspaceOfficerKey(const QStringList& args);
    // Says on standard error when the actor's officer key is registered but not in this keychain (the store
    // WorkspaceOpener opened then signs nothing).
    void warnUnsignedOfficer(const WorkspaceStore& store);
    int demoInit(const QStringList& args);
    int datamapValidate(const QStringList& args);
    int datamapImportFides(const QStringList& args);
    int preview(const QStringList& args);
    Result<QList<Identity>> previewIdentities(const QCommandLineParser& p);
    void showDossier(const Dossier& dossier, QJsonArray* systems, QStringList* failedTables);
    int datamapDiscover(const QStringList& args);
    int connectorsList(const QStringList& args);
    int connectorsValidate(const QStringList& args);
    int connectionsAdd(const QStringList& args);
    int connectionsList(const QStringList& args);
    int connectionsTest(const QStringList& args);
    int connectionsRemove(const QStringList& args);
    int processorsLookup(const QStringList& args);
    int demoSandbox(const QStringList& args);
    int tasksList(const QStringList& args);
    int tasksComplete(const QStringList& args);
    int erase(const QStringList& args);
    // Runs the commands of a file, one a line, in this process (CliBatch.cpp).
    int batch(const QStringList& args);
    // lethe-cli erase's parts: the reports, the run to resume, the executor's options (progress on standard
    // error, the tests' crash points), a run executed and its report printed, a plan printed.
    int eraseReport(WorkspaceStore& store, const QString& requestId);
    Result<qint64> resumableRun(WorkspaceStore& store, const QCommandLineParser& p);
    ErasureExecutor::Options erasureOptions(int batchSize, const QByteArray& key) const;
    int finishErasure(WorkspaceStore& store, const ErasureService& service, const ErasureService::Run& run,
                      const ErasureExecutor::Options& xo);
    int printErasurePlan(const ErasurePlan& plan);
    void printErasureSource(const ErasureSourcePlan& source);
    int usersAdd(const QStringList& args);
    int usersList(const QStringList& args);
    int usersRemove(const QStringList& args);
    int workspaceFourEyes(const QStringList& args);
    // A workspace setting shown without an argument and set with one (phone-region, established-in,
    // gdpr-clock): `read` gives the value for --json and the line for text.
    struct WorkspaceSetting
    {
        QString syntax;
        QString help;
        QString oneArgument; // the usage error for more than one argument
        QString jsonKey;
        std::function<Result<std::pair<QString, QString>>(WorkspaceStore&)> read;
        std::function<Status(WorkspaceStore&, const QString&)> write;
    };
    int workspaceSetting(const QStringList& args, const WorkspaceSetting& setting);
    int workspacePhoneRegion(const QStringList& args);
    int workspaceEstablishedIn(const QStringList& args);
    int workspaceGdprClock(const QStringList& args);
    int workspaceSetupTeam(const QStringList& args);
    int workspaceDueKeys(const QStringList& args);
    int workspaceSortKeys(const QStringList& args);
    int calendarsList(const QStringList& args);
    int calendarsShow(const QStringList& args);
    int reportMetrics(const QStringList& args);
    // Every system of the workspace with its passwords and (`processors`) its API processors' secrets read
    // from the keychain; what could not be read is said on standard error. A data map with problems stops it.
    Result<QList<ResolvedSystem>> workspaceSystems(const QString& workspaceFolder, bool processors = true);
    Result<QByteArray> erasureKey(const QString& workspaceName);
    int exportBundle(const QStringList& args);
    // What export prints for a bundle written (or, `settledHeld`, held since a lost connection and settled
    // as this run opened the workspace).
    int reportExport(const ExportRunner::Summary& summary, const QString& encryption, bool settledHeld);
    int keysExportPublic(const QStringList& args);
    int bundleVerify(const QStringList& args);
    int bundleRedact(const QStringList& args);
    // The workspace's minisign key from the keychain; `create`: made and stored on first use.
    Result<MinisignKey> signingKey(const QString& workspaceName, bool create);
    Result<std::optional<MinisignKey>> trustedKey(const QCommandLineParser& p);
    // The process exit status for a bundle verdict: 0 trusted, 10 tampered, 11 unknown key, 12 unsigned.
    static int verdictExit(const BundleReader::Verdict& verdict);
    Result<QString> readSecret(const QString& key);

    // Sets up the global options (--workspace, --json, --today, --help), adds `extra`, parses. --today is
    // refused (usage) by every command but the read-only deadline views (showsDeadlinesOnly). Without a
    // `positional`, `positionalHelp` is the command's description in its --help.
    bool parse(QCommandLineParser& p, const QStringList& args, const QList<QCommandLineOption>& extra,
               const QString& positional = {}, const QString& positionalHelp = {});
    // Opens the workspace, then settles the exports a lost connection left held there by a lethe-cli or a
    // window that has gone (HeldItems, ExportRunner::settleHeld), each told on standard error.
    Result<std::unique_ptr<WorkspaceStore>> openStore();
    void settleHeldExports(WorkspaceStore& store, const QString& workspaceFolder);
    // The region national phone numbers among `identities` are read in: the workspace's phone region. Empty
    // when every phone is international (the workspace is then not opened) or no workspace is set up.
    Result<QString> phoneRegion(const QList<Identity>& identities);
    // The workspace's connection with its keychain password, waiting for the keychain.
    Result<ConnectionParams> resolveParams(const WorkspaceInfo& ws);
    Result<ConnectionParams> resolveConnection(const ConnectionParams& params);
    // The date deadlines are shown for: --today in the read-only views that allow it, else the system date.
    QDate today() const;
    static bool showsDeadlinesOnly(const QString& command);
    int fail(const Error& e);
    int usage(const QString& message);
    void printRequest(const Request& r);
    QJsonObject requestJson(const Request& r) const;
    void emitJson(const QJsonValue& v);

    CredentialStore* m_credentials;
    bool m_json = false;
    QString m_workspace;
    QDate m_today;
    QString m_command;
    // What this run writes down as held after a lost connection (released before it ends), and the held
    // exports it settled as it opened the workspace (export finds its own rerun among them).
    QString m_heldSession = HeldItems::newSession();
    QList<ExportRunner::HeldOutcome> m_settledHeld;
};

} // namespace lethe
