#include "ExportRunner.h"

#include "CurrentRun.h"
#include "WorkspaceKeys.h"

#include <QFile>
#include <QPointer>
#include <QThread>

namespace lethe {

ExportRunner::ExportRunner(CredentialStore* credentials, Workspace workspace, QObject* parent)
    : QObject(parent), m_credentials(credentials), m_workspace(std::move(workspace))
{
    qRegisterMetaType<lethe::ExportRunner::Summary>();
}

ExportRunner::~ExportRunner()
{
    // An export under way stops at its next query or table and removes its .part; wait for it, so no thread
    // outlives its object.
    ++m_generation;
    if (m_cancel)
        m_cancel->store(true);
    m_retired.waitForAll(m_thread);
}

Status ExportRunner::mayExport(const Request& request)
{
    return BundleExporter::mayExport(request.type, request.status, request.humanId);
}

void ExportRunner::retire()
{
    m_retired.retire(this, m_thread);
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
    if (m_thread && m_cancel) {
        // The worker stops at its next query or table, removes what it wrote and says so through failed().
        m_cancel->store(true);
        return;
    }
    // Still reading the keychain: nothing has been written.
    ++m_generation;
    fail(tr("The export was cancelled; no file was written."), true);
}

void ExportRunner::start(const Order& order)
{
    // A new export supersedes the one under way: it is told to stop (its .part is removed), its results are
    // dropped.
    ++m_generation;
    if (m_cancel)
        m_cancel->store(true);
    m_cancel.reset();
    retire();
    m_running = true;
    const auto post = currentRunPoster(this, &ExportRunner::m_generation);
    if (Status s = mayExport(order.request); !s) {
        const QString message = s.error().message;
        post([message](ExportRunner* self) { self->fail(message, false); });
        return;
    }
    // Every system, as lethe-cli export: a bundle that silently left out a system with a broken map would
    // tell the subject less than we hold.
    QStringList issues;
    auto maps = SecretResolver::allWorkspaceMaps(m_workspace.folder, &issues);
    if (!maps) {
        QString message = maps.error().message;
        if (!issues.isEmpty())
            message += QLatin1Char('\n') + issues.mid(0, 5).join(QLatin1Char('\n'));
        post([message](ExportRunner* self) { self->fail(message, false); });
        return;
    }
    QPointer<ExportRunner> self(this);
    const quint64 run = m_generation;
    SecretResolver::resolve(
        m_credentials, *maps, order.databasesOnly ? QString() : m_workspace.folder,
        [self, run] { return self && self->m_generation == run; },
        [self, order](const ResolvedSystems& resolved) { self->readKey(order, resolved); });
}

void ExportRunner::readKey(const Order& order, const ResolvedSystems& resolved)
{
    // The workspace's signing key, made on first use exactly as lethe-cli makes it.
    const auto post = currentRunPoster(this, &ExportRunner::m_generation);
    WorkspaceKeys::signingKey(
        m_credentials, m_workspace.name, [post, order, resolved](Result<MinisignKey> key) {
            if (!key) {
                const QString message =
                    tr("The workspace's signing key is not available: %1").arg(key.error().message);
                return post([message](ExportRunner* self) { self->fail(message, false); });
            }
            const MinisignKey k = *key;
            post([order, resolved, k](ExportRunner* self) { self->launch(order, resolved, k); });
        });
}

void ExportRunner::launch(const Order& order, const ResolvedSystems& resolved, const MinisignKey& key)
{
    auto cancelled = std::make_shared<std::atomic<bool>>(false);
    m_cancel = cancelled;
    const auto post = currentRunPoster(this, &ExportRunner::m_generation);
    const Workspace ws = m_workspace;
    m_thread = QThread::create([order, resolved, key, ws, cancelled, post] {
        auto fail = [post](const Error& e) {
            const QString message = e.message;
            const bool stopped = e.code == Error::Code::Cancelled;
            post([message, stopped](ExportRunner* self) { self->fail(message, stopped); });
        };
        // This thread's own store, so the audit event is written here.
        auto opened = WorkspaceStore::open(ws.store, ws.actor, ws.clock);
        if (!opened)
            return fail(opened.error());
        BundleExporter::Options options = order.bundle;
        options.generated = (ws.clock ? ws.clock() : QDateTime::currentDateTime()).toUTC();
        options.cancel = cancelled.get();
        options.progress = [post, also = order.bundle.progress](const QString& step, double fraction) {
            if (also)
                also(step, fraction);
            post([step, fraction](ExportRunner* self) { Q_EMIT self->progress(step, fraction); });
        };
        auto summary = writeBundle(**opened, order.request, resolved.systems(), key, order.outFile, options);
        if (!summary)
            return fail(summary.error());
        Summary s = *summary;
        s.problems = resolved.processorProblems;
        post([s](ExportRunner* self) {
            self->m_running = false;
            Q_EMIT self->finished(s);
        });
    });
    m_thread->setObjectName(QStringLiteral("export"));
    m_thread->start();
}

QString ExportRunner::encryptionText(const Age::Encryption& encryption)
{
    // For the audit log: "passphrase", the recipients' public keys, or "none"; never the passphrase.
    return !encryption.passphrase.isEmpty()   ? QStringLiteral("passphrase")
           : !encryption.recipients.isEmpty() ? encryption.recipients.join(QLatin1Char(' '))
                                              : QStringLiteral("none");
}

Result<ExportRunner::Summary> ExportRunner::writeBundle(WorkspaceStore& store, const Request& request,
                                                        const QList<ResolvedSystem>& systems,
                                                        const MinisignKey& key, const QString& outFile,
                                                        BundleExporter::Options options)
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
    auto e = store.record(
        QStringLiteral("export.write"), request.humanId,
        {{QStringLiteral("rows"), summary.rows},
         {QStringLiteral("tables"), summary.tables},
         {QStringLiteral("files"), summary.files},
         {QStringLiteral("signed_by"), summary.keyId},
         {QStringLiteral("encryption"), encryptionText(options.encryption)},
         {QStringLiteral("about_others_left_out"),
          written->manifest[QStringLiteral("about_others")][QStringLiteral("left_out")]},
         {QStringLiteral("about_others_included"),
          written->manifest[QStringLiteral("about_others")][QStringLiteral("included")]},
         {QStringLiteral("about_others_reason"), options.includeOthers ? options.othersReason : QString()}});
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
