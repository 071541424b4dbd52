#pragma once

#include "BundleExporter.h"
#include "HeldItems.h"
#include "Job.h"
#include "Minisign.h"
#include "Request.h"
#include "RunnerWorkspace.h"
#include "SecretResolver.h"
#include "WorkspaceStore.h"

#include <QObject>
#include <QStringList>

#include <optional>

namespace lethe {

class CredentialStore;

// The export bundle of one access or portability request for the GUI, never blocking its thread: the data
// maps are loaded (all of them, as lethe-cli export does), source passwords and processor secrets are read
// from the keychain (SecretResolver), then the workspace's signing key (made on first use, WorkspaceKeys),
// and BundleExporter::write runs on a worker thread with its own workspace store, which records
// `export.write`. cancel() stops the search at its next query and the writing at its next table or block of
// rows; a cancelled export leaves neither the file nor its .part.
class ExportRunner : public QObject
{
    Q_OBJECT
public:
    using Workspace = RunnerWorkspace;
    struct Order
    {
        Request request;
        QString outFile;            // absolute; must not exist yet
        bool databasesOnly = false; // the processors' APIs are not asked
        // The bundle's own choices (rows shown in the report, what later options add). The runner sets
        // generated, programVersion, cancel and sign; a progress function given here is called too, on the
        // worker thread, before the runner reports the step.
        BundleExporter::Options bundle;
        // Recorded with `export.write` (as `export_id`) so that a record whose COMMIT's answer was lost is
        // recognised once the connection is back and never recorded twice; start() makes one when empty.
        QString exportId;
    };
    struct Summary
    {
        QString file;
        qint64 rows = 0;
        int tables = 0;
        int files = 0;
        QString keyId;            // the signing key's id, as minisign prints it
        QStringList problems;     // processors that could not be asked (no connection, no secret)
        bool passphrase = false;  // encrypted with age to a passphrase (never kept here)
        int recipients = 0;       // encrypted with age to this many public keys
        qint64 othersLeftOut = 0; // rows held in the subject's account about other people, not in the bundle
        bool alreadyRecorded = false; // its export.write had been saved before the connection was lost
    };
    // A bundle written whose `export.write` met a lost connection (docs/team.md, "A lost connection"): kept
    // out of place as `heldFile` (never at its name while the audit log may not know of it) until its record
    // is settled: found saved (by its export id) or written once, and the bundle then moved to its name.
    struct Unrecorded
    {
        QString requestId;
        QString exportId;
        QString heldFile;    // the complete, signed bundle
        QJsonObject details; // export.write's, export_id included
        Summary summary;
        // Where it is written down (HeldItems) until settled: the workspace's folder; empty: nowhere.
        QString workspaceFolder;
    };
    // Who writes down a bundle whose record may be lost (HeldItems): the workspace's folder and the window's
    // (or the lethe-cli run's) session.
    struct Holder
    {
        QString workspaceFolder;
        QString session;
    };
    // What settling a held export found and did (settleHeld), in words for the person.
    struct HeldOutcome
    {
        enum class Kind
        {
            Placed,      // recorded before the connection was lost: moved to its name
            RecordedNow, // not recorded: recorded now, once, and moved to its name
            Removed,     // not recorded, its dialog closed: its bundle removed
            Missing,     // its bundle is gone (recorded or not, as `recorded` says)
            Refused,     // Lethe cannot tell which file is the bundle: nothing done, still held
        };
        Kind kind = Kind::Placed;
        bool recorded = false; // the audit log records it now (once)
        QString requestId;
        QString file;
        QString text;
        Summary summary;
        QString encryption; // as export.write recorded it (encryptionText)
    };
    static QString heldName(const QString& outFile) { return outFile + QStringLiteral(".unrecorded"); }

    ExportRunner(CredentialStore* credentials, Workspace workspace, QObject* parent = nullptr);
    ~ExportRunner() override;

    // Bundles are made for access and portability requests only; the refusal says so.
    static Status mayExport(const Request& request);

    void start(const Order& order);
    void cancel();
    bool isRunning() const { return m_running; }
    // The last export's bundle is written and its record met a lost connection: recordHeld() settles it
    // once the connection is back (finished() or failed() follow, as for an export), takeHeld() hands it over
    // (a dialog closed meanwhile: the window settles it).
    bool hasUnrecorded() const { return m_unrecorded.has_value(); }
    void recordHeld();
    std::optional<Unrecorded> takeHeld()
    {
        m_exportId.clear(); // its new holder releases it
        return std::exchange(m_unrecorded, std::nullopt);
    }

    // The export itself, synchronous (the runner's worker thread, lethe-cli export): the bundle written and
    // signed with `key`, then `export.write` recorded in `store` with rows, tables, files, the key id and
    // the encryption.
    // `options.generated` and `options.programVersion` default to now and the application's version.
    // How a bundle was encrypted, for the audit log and --json: "passphrase", the recipients, or "none".
    static QString encryptionText(const Age::Encryption& encryption);
    // `exportId`: recorded with the event (a new one when empty). `held`: given, a record that met a lost
    // connection keeps the bundle as heldName(outFile), described there, rather than removing it.
    // `holder`: given, the export is written down (HeldItems) before its record is sent and until it is
    // settled, so that a window closed or a program killed before the connection is back leaves it to be
    // settled at the next opening (settleHeld).
    static Result<Summary> writeBundle(WorkspaceStore& store, const Request& request,
                                       const QList<ResolvedSystem>& systems, const MinisignKey& key,
                                       const QString& outFile, BundleExporter::Options options,
                                       const QString& exportId = {},
                                       std::optional<Unrecorded>* held = nullptr,
                                       const Holder* holder = nullptr);
    // An export written down as held (HeldItems) by a window or program that has gone: its fate read from
    // the audit log by its export id and settled, once: recorded before, its bundle moved to its name; not
    // recorded, recorded now and moved (or, its dialog closed, its bundle removed); its item then forgotten.
    // A lost connection again keeps it held (the error). Both the bundle and its held copy there: refused,
    // nothing done (Kind::Refused), still held.
    static Result<HeldOutcome> settleHeld(WorkspaceStore& store, const HeldItems::Item& item,
                                          const QString& workspaceFolder);
    static Unrecorded unrecordedOf(const HeldItems::Item& item, const QString& workspaceFolder);
    // Whether `held`'s export.write is in the audit log (its export id): Applied, else NotApplied.
    static Result<ChangeFate> fateOf(WorkspaceStore& store, const Unrecorded& held);
    // Settles a held bundle: its record written unless it was saved (`alreadyRecorded` in the summary), then
    // the bundle moved to its name. A lost connection again keeps it held; another failure removes it.
    static Result<Summary> recordHeld(WorkspaceStore& store, const Unrecorded& held);
    // The held bundle moved to its name (its record was saved), or removed (it was not).
    static Status placeHeld(const Unrecorded& held);
    // Its item forgotten (HeldItems) once it is settled.
    static void forgetHeld(const Unrecorded& held);

Q_SIGNALS:
    // What it is doing now; `fraction` of the bundle written (0 to 1), or -1 while searching.
    void progress(const QString& step, double fraction);
    void finished(const lethe::ExportRunner::Summary& summary);
    // `cancelled`: stopped by cancel(); nothing was written.
    void failed(const QString& message, bool cancelled);
    // The failure that follows is a lost connection to the workspace (docs/team.md, "A lost connection"):
    // the bundle was removed as after any failure, and the same export may be run again once it is back.
    void connectionLost();

private:
    void readKey(const JobContext& job, const Order& order, const ResolvedSystems& resolved);
    void launch(const JobContext& job, const Order& order, const ResolvedSystems& resolved,
                const MinisignKey& key);
    void fail(const QString& message, bool cancelled);

    CredentialStore* m_credentials;
    Workspace m_workspace;
    bool m_running = false;
    std::optional<Unrecorded> m_unrecorded;
    QString m_exportId;   // the last export's: released at the destruction if still held
    JobSlot m_jobs{this}; // last: waits for a cancelled export still finishing its current query
};

} // namespace lethe

Q_DECLARE_METATYPE(lethe::ExportRunner::Summary)
