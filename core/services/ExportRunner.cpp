#include "ExportRunner.h"

#include "Log.h"
#include "WorkspaceKeys.h"
#include "WorkspaceMaps.h"

#include <QDir>
#include <QFile>
#include <QPointer>
#include <QUuid>

namespace lethe {

ExportRunner::ExportRunner(CredentialStore* credentials, Workspace workspace, QObject* parent)
    : QObject(parent), m_credentials(credentials), m_workspace(std::move(workspace))
{
    qRegisterMetaType<lethe::ExportRunner::Summary>();
}

// An export under way stops at its next query or table and removes its .part; one already sending its record
// is waited for, so no work outlives its object. A bundle still held then (its record's answer lost, not
// settled here) is released to the next opening of the workspace (HeldItems).
ExportRunner::~ExportRunner()
{
    m_jobs.stop();
    m_jobs.wait();
    if (!m_exportId.isEmpty())
        HeldItems(m_workspace.folder).release(HeldItems::Kind::Export, m_exportId);
}

Status ExportRunner::mayExport(const Request& request)
{
    return BundleExporter::mayExport(request.type, request.status, request.humanId);
}

void ExportRunner::fail(const QString& message, bool cancelled)
{
    m_running = false;
    Q_EMIT failed(message, cancelled);
}

void ExportRunner::cancel()
{
    if (!m_running)
        return;
    if (m_jobs.isWorking()) {
        // The worker stops at its next query or table, removes what it wrote and says so through failed().
        m_jobs.stop();
        return;
    }
    // Still reading the keychain: nothing has been written.
    m_jobs.abandon();
    fail(tr("The export was cancelled; no file was written."), true);
}

void ExportRunner::start(const Order& order)
{
    // A new export supersedes the one under way: it is told to stop (its .part is removed), its results are
    // dropped.
    const JobContext job = m_jobs.next();
    m_running = true;
    m_unrecorded.reset(); // a new export: one held before was handed over (takeHeld) or settled
    if (Status s = mayExport(order.request); !s) {
        const QString message = s.error().message;
        job.post([this, message] { fail(message, false); });
        return;
    }
    // Every system, as lethe-cli export: a bundle that silently left out a system with a broken map would
    // tell the subject less than we hold.
    QStringList issues;
    auto maps = WorkspaceMaps::load(m_workspace.folder, &issues);
    if (!maps) {
        QString message = maps.error().message;
        if (!issues.isEmpty())
            message += QLatin1Char('\n') + issues.mid(0, 5).join(QLatin1Char('\n'));
        job.post([this, message] { fail(message, false); });
        return;
    }
    Order o = order;
    if (o.exportId.isEmpty())
        o.exportId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_exportId = o.exportId;
    QPointer<ExportRunner> self(this);
    SecretResolver::resolve(
        m_credentials, *maps, order.databasesOnly ? QString() : m_workspace.folder,
        [job] { return job.isCurrent(); },
        [self, job, o](const ResolvedSystems& resolved) { self->readKey(job, o, resolved); });
}

void ExportRunner::readKey(const JobContext& job, const Order& order, const ResolvedSystems& resolved)
{
    // The workspace's signing key, made on first use exactly as lethe-cli makes it.
    WorkspaceKeys::signingKey(
        m_credentials, m_workspace.name, [this, job, order, resolved](Result<MinisignKey> key) {
            if (!key) {
                const QString message =
                    tr("The workspace's signing key is not available: %1").arg(key.error().message);
                return job.post([this, message] { fail(message, false); });
            }
            const MinisignKey k = *key;
            job.post([this, job, order, resolved, k] { launch(job, order, resolved, k); });
        });
}

void ExportRunner::launch(const JobContext& prepared, const Order& order, const ResolvedSystems& resolved,
                          const MinisignKey& key)
{
    const Workspace ws = m_workspace;
    // `this` is used only in what is posted back to this object's thread.
    m_jobs.run(prepared, [this, order, resolved, key, ws](const JobContext& job) {
        auto fail = [this, job](const Error& e) {
            const QString message = e.message;
            const bool stopped = e.code == Error::Code::Cancelled;
            const bool lost = e.code == Error::Code::ConnectionLost;
            job.post([this, message, stopped, lost] {
                if (lost)
                    Q_EMIT connectionLost();
                this->fail(message, stopped);
            });
        };
        // This thread's own store, so the audit event is written here; a workspace that cannot be reached is
        // a lost connection.
        auto opened = ws.openExistingStore();
        if (!opened)
            return fail(opened.error());
        BundleExporter::Options options = order.bundle;
        options.generated = (ws.clock ? ws.clock() : QDateTime::currentDateTime()).toUTC();
        options.stop = job.stopToken();
        options.progress = [this, job, also = order.bundle.progress](const QString& step, double fraction) {
            if (also)
                also(step, fraction);
            job.post([this, step, fraction] { Q_EMIT progress(step, fraction); });
        };
        std::optional<Unrecorded> held;
        const Holder holder{ws.folder, ws.heldSession};
        auto summary = writeBundle(**opened, order.request, resolved.systems(), key, order.outFile, options,
                                   order.exportId, &held, &holder);
        if (!summary && held) {
            // Written, its record's answer lost: kept until the connection is back (recordHeld).
            held->summary.problems = resolved.processorProblems;
            const QString message = summary.error().message;
            return job.post([this, held, message] {
                m_unrecorded = held;
                Q_EMIT connectionLost();
                this->fail(message, false);
            });
        }
        if (!summary)
            return fail(summary.error());
        Summary s = *summary;
        s.problems = resolved.processorProblems;
        job.post([this, s] {
            m_running = false;
            Q_EMIT finished(s);
        });
    });
}

void ExportRunner::recordHeld()
{
    if (!m_unrecorded)
        return;
    const JobContext next = m_jobs.next();
    m_running = true;
    const Unrecorded held = *m_unrecorded;
    m_jobs.run(next, [this, held, ws = m_workspace](const JobContext& job) {
        auto opened = ws.openExistingStore();
        auto done = opened ? recordHeld(**opened, held) : Result<Summary>(opened.error());
        job.post([this, done] {
            if (!done && done.error().code == Error::Code::ConnectionLost) {
                Q_EMIT connectionLost(); // still held
                return fail(done.error().message, false);
            }
            m_unrecorded.reset();
            if (!done)
                return fail(done.error().message, false);
            m_running = false;
            Q_EMIT finished(*done);
        });
    });
}

Result<ChangeFate> ExportRunner::fateOf(WorkspaceStore& store, const Unrecorded& held)
{
    auto events = store.audit().events(held.requestId);
    if (!events)
        return events.error();
    ChangeFate fate;
    fate.humanId = held.requestId;
    for (const AuditEvent& e : *events)
        if (e.action == QLatin1String("export.write") &&
            e.detailsObject().value(QStringLiteral("export_id")).toString() == held.exportId)
            fate.kind = ChangeFate::Kind::Applied;
    return fate;
}

Status ExportRunner::placeHeld(const Unrecorded& held)
{
    if (!QFile::rename(held.heldFile, held.summary.file))
        return makeError(Error::Code::Storage,
                         tr("The bundle is recorded in the audit log but could not be moved from %1 to %2 (a "
                            "file of that name may be there now): move it yourself.")
                             .arg(held.heldFile, held.summary.file));
    return {};
}

Result<ExportRunner::Summary> ExportRunner::recordHeld(WorkspaceStore& store, const Unrecorded& held)
{
    auto fate = fateOf(store, held);
    if (!fate)
        return fate.error();
    Summary summary = held.summary;
    summary.alreadyRecorded = fate->kind == ChangeFate::Kind::Applied;
    if (!summary.alreadyRecorded) {
        auto e = store.record(QStringLiteral("export.write"), held.requestId, held.details);
        if (!e && e.error().code == Error::Code::ConnectionLost)
            return e.error(); // still held: its fate is read again next time
        if (!e) {
            QFile::remove(held.heldFile);
            forgetHeld(held);
            return makeError(e.error().code,
                             tr("%1 was removed: the export could not be recorded in the audit log (%2).")
                                 .arg(held.summary.file, e.error().message));
        }
    }
    // Recorded (once) now: whatever happens to the file, the record is settled.
    forgetHeld(held);
    if (Status placed = placeHeld(held); !placed)
        return placed.error();
    return summary;
}

void ExportRunner::forgetHeld(const Unrecorded& held)
{
    if (held.workspaceFolder.isEmpty())
        return;
    if (Status s = HeldItems(held.workspaceFolder).remove(HeldItems::Kind::Export, held.exportId); !s)
        log::warn(QStringLiteral("A settled export could not be forgotten: %1").arg(s.error().message));
}

ExportRunner::Unrecorded ExportRunner::unrecordedOf(const HeldItems::Item& item,
                                                    const QString& workspaceFolder)
{
    Unrecorded held;
    held.requestId = item.requestId;
    held.exportId = item.id;
    held.heldFile = item.heldFile;
    held.details = item.details;
    held.workspaceFolder = workspaceFolder;
    Summary& s = held.summary;
    s.file = item.file;
    s.rows = item.details.value(QStringLiteral("rows")).toInteger();
    s.tables = item.details.value(QStringLiteral("tables")).toInt();
    s.files = item.details.value(QStringLiteral("files")).toInt();
    s.keyId = item.details.value(QStringLiteral("signed_by")).toString();
    const QString encryption = item.details.value(QStringLiteral("encryption")).toString();
    s.passphrase = encryption == QLatin1String("passphrase");
    s.recipients = encryption == QLatin1String("passphrase") || encryption == QLatin1String("none")
                       ? 0
                       : int(encryption.split(QLatin1Char(' '), Qt::SkipEmptyParts).size());
    s.othersLeftOut = item.details.value(QStringLiteral("about_others_left_out")).toInteger();
    return held;
}

Result<ExportRunner::HeldOutcome> ExportRunner::settleHeld(WorkspaceStore& store, const HeldItems::Item& item,
                                                           const QString& workspaceFolder)
{
    const Unrecorded held = unrecordedOf(item, workspaceFolder);
    HeldOutcome out;
    out.requestId = item.requestId;
    out.file = item.file;
    out.summary = held.summary;
    out.encryption = item.details.value(QStringLiteral("encryption")).toString();
    const QString file = QDir::toNativeSeparators(item.file);
    const QString heldFile = QDir::toNativeSeparators(item.heldFile);
    const bool atHeld = QFile::exists(item.heldFile);
    const bool atName = QFile::exists(item.file);
    if (atHeld && atName) {
        // Which of the two is this export's bundle? Not guessed: nothing moved, nothing recorded.
        out.kind = HeldOutcome::Kind::Refused;
        out.text = tr("The export of %1 (export %2) held since a lost connection is not settled: both %3 and "
                      "%4 are there, and Lethe cannot tell which one is its bundle. Nothing was moved or "
                      "recorded. Keep the right one (lethe-cli bundle verify shows each), remove the other, "
                      "and open the workspace again.")
                       .arg(item.requestId, item.id, file, heldFile);
        return out;
    }
    auto fate = fateOf(store, held);
    if (!fate)
        return fate.error(); // a lost connection again: still held
    out.recorded = fate->kind == ChangeFate::Kind::Applied;
    out.summary.alreadyRecorded = out.recorded;
    if (!atHeld && !atName) {
        out.kind = HeldOutcome::Kind::Missing;
        out.text =
            out.recorded
                ? tr("The export of %1 had been recorded in the audit log before the connection was "
                     "lost, but its bundle is neither at %2 nor at %3 any more: export again if the "
                     "subject still needs it.")
                      .arg(item.requestId, file, heldFile)
                : tr("The export of %1 was not recorded in the audit log, and its bundle is neither at "
                     "%2 nor at %3 any more: nothing was recorded. Export again.")
                      .arg(item.requestId, file, heldFile);
        forgetHeld(held);
        return out;
    }
    // The bundle is at `from`: held out of place, or at its name (the program ended between writing it and
    // sending its record).
    const QString from = atHeld ? item.heldFile : item.file;
    if (!out.recorded && item.withdrawn) {
        // Its dialog was closed, and the person was told it would be removed unless it had been recorded.
        QFile::remove(from);
        out.kind = HeldOutcome::Kind::Removed;
        out.text = tr("The export of %1 was not recorded in the audit log: the connection was lost before it "
                      "was, and you had closed its dialog. Its bundle %2 was removed; export again.")
                       .arg(item.requestId, QDir::toNativeSeparators(from));
        forgetHeld(held);
        return out;
    }
    if (!out.recorded) {
        // Complete and signed, and its export was asked for: recorded now, once, with its own export id.
        auto e = store.record(QStringLiteral("export.write"), item.requestId, item.details);
        if (!e && e.error().code == Error::Code::ConnectionLost)
            return e.error();
        if (!e) {
            QFile::remove(from);
            forgetHeld(held);
            return makeError(e.error().code,
                             tr("%1 was removed: the export of %2 could not be recorded in the audit log "
                                "(%3).")
                                 .arg(QDir::toNativeSeparators(from), item.requestId, e.error().message));
        }
    }
    forgetHeld(held);
    out.kind = out.recorded ? HeldOutcome::Kind::Placed : HeldOutcome::Kind::RecordedNow;
    out.recorded = true;
    if (atHeld)
        if (Status placed = placeHeld(held); !placed)
            return placed.error();
    out.text = out.kind == HeldOutcome::Kind::Placed
                   ? tr("The export of %1 held since a lost connection had been recorded in the audit log "
                        "before the connection was lost: its bundle is at %2, recorded once.")
                         .arg(item.requestId, file)
                   : tr("The export of %1 held since a lost connection was not recorded in the audit log: it "
                        "is recorded now, once, and its bundle is at %2.")
                         .arg(item.requestId, file);
    return out;
}

QString ExportRunner::encryptionText(const Age::Encryption& encryption)
{
    // For the audit log: "passphrase", the recipients' public keys, or "none"; never the passphrase.
    return !encryption.passphrase.isEmpty()   ? QStringLiteral("passphrase")
           : !encryption.recipients.isEmpty() ? encryption.recipients.join(QLatin1Char(' '))
                                              : QStringLiteral("none");
}

Result<ExportRunner::Summary>
ExportRunner::writeBundle(WorkspaceStore& store, const Request& request, const QList<ResolvedSystem>& systems,
                          const MinisignKey& key, const QString& outFile, BundleExporter::Options options,
                          const QString& exportId, std::optional<Unrecorded>* held, const Holder* holder)
{
    QList<BundleExporter::SystemInput> inputs;
    for (const ResolvedSystem& s : systems)
        inputs << BundleExporter::SystemInput{s.map, s.map.file, s.connections, s.processors};
    // The controller, its DPO and the supervisory authority: the workspace's settings, unless given.
    if (options.contacts.controllerName.isEmpty()) {
        auto contacts = ReportContacts::load(store);
        if (!contacts)
            return contacts.error();
        options.contacts = *contacts;
    }
    if (!options.generated.isValid())
        options.generated = QDateTime::currentDateTimeUtc();
    if (options.programVersion.isEmpty())
        options.programVersion = QCoreApplication::applicationVersion();
    const QString comment = QStringLiteral("lethe bundle %1 timestamp:%2")
                                .arg(request.humanId)
                                .arg(options.generated.toSecsSinceEpoch());
    options.sign = [key, comment](const QByteArray& sums) { return Minisign::sign(key, sums, comment); };
    auto written = BundleExporter::write(request, inputs, outFile, options);
    if (!written)
        return written.error();
    Summary summary;
    summary.file = outFile;
    summary.rows = written->rows;
    summary.tables = written->tables;
    summary.files = written->files;
    summary.keyId = Minisign::keyIdHex(key.keyId);
    summary.passphrase = !options.encryption.passphrase.isEmpty();
    summary.recipients = int(options.encryption.recipients.size());
    summary.othersLeftOut =
        written->manifest[QStringLiteral("about_others")][QStringLiteral("left_out")].toInteger();
    const QJsonObject details{
        {QStringLiteral("rows"), summary.rows},
        {QStringLiteral("tables"), summary.tables},
        {QStringLiteral("files"), summary.files},
        {QStringLiteral("signed_by"), summary.keyId},
        {QStringLiteral("encryption"), encryptionText(options.encryption)},
        {QStringLiteral("about_others_left_out"),
         written->manifest[QStringLiteral("about_others")][QStringLiteral("left_out")]},
        {QStringLiteral("about_others_included"),
         written->manifest[QStringLiteral("about_others")][QStringLiteral("included")]},
        {QStringLiteral("about_others_reason"), options.includeOthers ? options.othersReason : QString()},
        // What a record whose answer was lost is recognised by (recordHeld): never recorded twice.
        {QStringLiteral("export_id"),
         exportId.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : exportId}};
    const QString id = details.value(QStringLiteral("export_id")).toString();
    const Unrecorded unrecorded{request.humanId, id,      heldName(outFile),
                                details,         summary, holder ? holder->workspaceFolder : QString()};
    if (holder) {
        // Written down before its record is sent: a program killed, or a window closed, before the record's
        // answer is known leaves it to the next opening of the workspace (settleHeld).
        HeldItems::Item item;
        item.kind = HeldItems::Kind::Export;
        item.id = id;
        item.requestId = request.humanId;
        item.actor = store.actor();
        item.pid = QCoreApplication::applicationPid();
        item.session = holder->session;
        item.file = outFile;
        item.heldFile = heldName(outFile);
        item.details = details;
        if (Status s = HeldItems(holder->workspaceFolder).add(item); !s) {
            QFile::remove(outFile);
            return makeError(s.error().code,
                             tr("%1 was removed again: what settles its record should the connection be lost "
                                "cannot be written down (%2).")
                                 .arg(outFile, s.error().message));
        }
    }
    auto e = store.record(QStringLiteral("export.write"), request.humanId, details);
    if (!e && held && e.error().code == Error::Code::ConnectionLost &&
        QFile::rename(outFile, heldName(outFile))) {
        // Whether it was recorded is not known: kept out of place, never at its name, until it is settled.
        *held = unrecorded;
        return makeError(Error::Code::ConnectionLost,
                         tr("%1 is written, and the connection to the workspace was lost as the audit log "
                            "recorded it (%2).")
                             .arg(outFile, e.error().message));
    }
    forgetHeld(unrecorded); // recorded, or removed below
    if (!e) {
        // A bundle the audit log does not know of must not go out: removed, and said.
        QFile::remove(outFile);
        return makeError(e.error().code,
                         tr("%1 was removed again: the export could not be recorded in the audit log (%2).")
                             .arg(outFile, e.error().message));
    }
    return summary;
}

} // namespace lethe
