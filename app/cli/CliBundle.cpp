// lethe-cli export, keys and bundle: signed export bundles for access and portability requests.

#include "Age.h"
#include "BundleExporter.h"
#include "BundleReader.h"
#include "BundleRedactor.h"
#include "Cli.h"
#include "CliIo.h"
#include "CredentialStore.h"
#include "ExportRunner.h"
#include "HeldItems.h"
#include "Minisign.h"
#include "WorkspaceKeys.h"
#include "WorkspaceOpener.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

namespace lethe {

using cli::err;
using cli::out;
using cli::waitFor;

Result<MinisignKey> Cli::signingKey(const QString& workspaceName, bool create)
{
    // The workspace's signing key lives in the keychain only; it is made on first use.
    if (create)
        return waitFor<Result<MinisignKey>>(
            [&](auto done) { WorkspaceKeys::signingKey(m_credentials, workspaceName, done); });
    auto existing = readSecret(WorkspaceKeys::signingKeyName(workspaceName));
    if (existing && !existing->isEmpty())
        return Minisign::parseSecret(*existing);
    if (!existing && existing.error().code != Error::Code::NotFound)
        return existing.error();
    return makeError(
        Error::Code::NotFound,
        tr("Workspace %1 has no signing key yet; the first export makes one.").arg(workspaceName));
}

namespace {

// export's encryption options: a passphrase from a file (never from the command line, where ps shows it), or
// age1... recipients given one by one or in age's recipients files.
Result<Age::Encryption> encryptionOptions(const QCommandLineParser& p,
                                          const QString& passphraseOption = QStringLiteral("passphrase-file"))
{
    Age::Encryption e;
    if (p.isSet(passphraseOption)) {
        auto pass = Age::readPassphraseFile(p.value(passphraseOption));
        if (!pass)
            return pass.error();
        e.passphrase = *pass;
    }
    for (const QString& r : p.values(QStringLiteral("recipient"))) {
        if (auto k = Age::parseRecipient(r); !k)
            return makeError(Error::Code::InvalidInput, QStringLiteral("--recipient: ") + k.error().message);
        e.recipients << r;
    }
    for (const QString& file : p.values(QStringLiteral("recipients-file"))) {
        auto list = Age::readRecipientsFile(file);
        if (!list)
            return list.error();
        e.recipients << *list;
    }
    e.recipients.removeDuplicates();
    if (!e.passphrase.isEmpty() && !e.recipients.isEmpty())
        return makeError(Error::Code::InvalidInput,
                         Cli::tr("--%1 cannot be combined with --recipient or --recipients-file: "
                                 "age allows a passphrase only on its own.")
                             .arg(passphraseOption));
    return e;
}

// bundle verify, info and extract: the passphrase or the identity files of an encrypted bundle.
Result<Age::Decryption> decryptionOptions(const QCommandLineParser& p)
{
    Age::Decryption d;
    if (p.isSet(QStringLiteral("passphrase-file"))) {
        auto pass = Age::readPassphraseFile(p.value(QStringLiteral("passphrase-file")));
        if (!pass)
            return pass.error();
        d.passphrase = *pass;
    }
    for (const QString& file : p.values(QStringLiteral("identity"))) {
        auto ids = Age::readIdentityFile(file);
        if (!ids)
            return ids.error();
        d.identities << *ids;
    }
    return d;
}

// --passphrase-file (or `passphraseOption`), --recipient and --recipients-file: encrypting what is written.
QList<QCommandLineOption>
encryptingOptions(const QString& passphraseOption = QStringLiteral("passphrase-file"))
{
    return {{passphraseOption, Cli::tr("Encrypt with age, to the passphrase on the first line of this file."),
             Cli::tr("file")},
            {QStringLiteral("recipient"), Cli::tr("Encrypt with age, to this public key; repeatable."),
             Cli::tr("age1...")},
            {QStringLiteral("recipients-file"),
             Cli::tr("Encrypt with age, to the public keys in this file (one a line, # comments)."),
             Cli::tr("file")}};
}

// --key, --passphrase-file and --identity: reading a bundle someone else may have written.
QList<QCommandLineOption> readingOptions()
{
    return {{QStringLiteral("key"),
             Cli::tr("A minisign public key file to trust instead of the workspace's."), Cli::tr("file")},
            {QStringLiteral("passphrase-file"),
             Cli::tr("An encrypted (age) bundle's passphrase: the first line of this file."),
             Cli::tr("file")},
            {QStringLiteral("identity"),
             Cli::tr("An encrypted (age) bundle's identity file (age-keygen's AGE-SECRET-KEY-1... lines); "
                     "repeatable."),
             Cli::tr("file")}};
}

} // namespace

int Cli::exportBundle(const QStringList& args)
{
    QCommandLineParser p;
    const QList<QCommandLineOption> opts =
        QList<QCommandLineOption>{
            {QStringLiteral("request"), tr("The access or portability request."), tr("id")},
            {QStringLiteral("out"),
             tr("The bundle to write (a .zip, or .zip.age when encrypted; it must not exist "
                "yet)."),
             tr("file")},
            {QStringLiteral("no-processors"), tr("The databases only, not the processors' APIs.")},
            {QStringLiteral("include-others"),
             tr("Include rows held in the subject's account about other people (their leads or contacts, "
                "messages sent to them), which an access bundle leaves out (GDPR Art. 15(4)). Needs "
                "--reason.")},
            {QStringLiteral("reason"),
             tr("Why data about other people is included; kept in the bundle and "
                "the audit log."),
             tr("text")}} +
        encryptingOptions();
    if (!parse(p, args, opts))
        return p.isSet(QStringLiteral("help")) ? Ok : Usage;
    if (!p.isSet(QStringLiteral("request")) || !p.isSet(QStringLiteral("out")))
        return usage(tr("export needs --request and --out."));
    auto encryption = encryptionOptions(p);
    if (!encryption)
        return fail(encryption.error());
    if (Status s = Age::checkFileName(p.value(QStringLiteral("out")), *encryption); !s)
        return usage(s.error().message);
    auto ws = Workspaces::load(m_workspace);
    if (!ws)
        return fail(ws.error());
    const QString outFile = QFileInfo(p.value(QStringLiteral("out"))).absoluteFilePath();
    auto store = openStore(); // settles what a lost connection left held, this export's own among them
    if (!store)
        return fail(store.error());
    auto request = (*store)->request(p.value(QStringLiteral("request")));
    if (!request)
        return fail(request.error());
    if (Status s = ExportRunner::mayExport(*request); !s)
        return fail(s.error());
    // Run again after its record met a lost connection: the held bundle was settled as the workspace opened
    // (recorded once, or found recorded) and is at its name; nothing is written or recorded again.
    for (const ExportRunner::HeldOutcome& settled : std::as_const(m_settledHeld)) {
        if (settled.file != outFile || settled.kind == ExportRunner::HeldOutcome::Kind::Missing ||
            settled.kind == ExportRunner::HeldOutcome::Kind::Removed)
            continue;
        if (settled.kind == ExportRunner::HeldOutcome::Kind::Refused)
            return fail(makeError(Error::Code::IllegalState, settled.text));
        if (settled.requestId != request->humanId)
            return fail(makeError(Error::Code::IllegalState,
                                  tr("%1 is the bundle of %2, held since a lost connection and settled now; "
                                     "it is not %3's. Choose another file for %3.")
                                      .arg(outFile, settled.requestId, request->humanId)));
        return reportExport(settled.summary, settled.encryption, true);
    }
    // A held bundle of this name that was not settled: another Lethe still holds it, or nothing says which
    // export it is. Not guessed, and not written over.
    if (QFile::exists(ExportRunner::heldName(outFile))) {
        auto held = HeldItems(ws->folder).items();
        const HeldItems::Item* owner = nullptr;
        if (held)
            for (const HeldItems::Item& i : *held)
                if (i.kind == HeldItems::Kind::Export && i.heldFile == ExportRunner::heldName(outFile))
                    owner = &i;
        return fail(makeError(
            Error::Code::IllegalState,
            owner ? tr("%1 is the bundle of an export of %2 whose record met a lost connection, held by "
                       "another Lethe still running (process %3), which settles it once its connection is "
                       "back. Nothing was written.")
                        .arg(ExportRunner::heldName(outFile), owner->requestId)
                        .arg(owner->pid)
                  : tr("%1 is a bundle whose record met a lost connection, and nothing on this computer says "
                       "which export it is, so Lethe cannot tell whether the audit log recorded it. Nothing "
                       "was written. Look for its export in `lethe-cli audit log --request` (export.write), "
                       "check it with `lethe-cli bundle verify`, then remove it or move it to its name "
                       "yourself.")
                        .arg(ExportRunner::heldName(outFile))));
    }
    auto systems = workspaceSystems(ws->folder, !p.isSet(QStringLiteral("no-processors")));
    if (!systems)
        return fail(systems.error());
    auto key = signingKey(ws->name, true);
    if (!key)
        return fail(key.error());
    BundleExporter::Options o;
    o.encryption = *encryption;
    o.includeOthers = p.isSet(QStringLiteral("include-others"));
    o.othersReason = p.value(QStringLiteral("reason")).trimmed();
    if (o.includeOthers && o.othersReason.isEmpty())
        return usage(tr("--include-others needs --reason: why other people's data goes into this bundle."));
    if (!m_json)
        o.progress = [shown = QString()](const QString& step, double) mutable {
            if (step != shown)
                err() << step << Qt::endl;
            shown = step;
        };
    std::optional<ExportRunner::Unrecorded> held;
    const ExportRunner::Holder holder{ws->folder, m_heldSession};
    auto summary =
        ExportRunner::writeBundle(**store, *request, *systems, *key, outFile, o, {}, &held, &holder);
    if (!summary && held) {
        // Written, its record's answer lost: kept as NAME.unrecorded and written down; this run ends, so it
        // holds it no longer, and the next one that opens the workspace settles it.
        HeldItems(ws->folder).release(m_heldSession);
        return fail(makeError(
            Error::Code::ConnectionLost,
            tr("%1 Whether the audit log recorded it is not known, so the bundle is kept as %2, not at its "
               "name. Run the same command again once the connection is back: it is then recorded once (or "
               "found recorded) and moved to %3, never recorded twice.")
                .arg(summary.error().message, held->heldFile, outFile)));
    }
    if (!summary)
        return fail(summary.error());
    return reportExport(*summary, ExportRunner::encryptionText(o.encryption), false);
}

int Cli::reportExport(const ExportRunner::Summary& summary, const QString& encryption, bool settledHeld)
{
    const QString outFile = summary.file;
    if (m_json)
        emitJson(QJsonObject{{QStringLiteral("file"), outFile},
                             {QStringLiteral("rows"), summary.rows},
                             {QStringLiteral("tables"), summary.tables},
                             {QStringLiteral("files"), summary.files},
                             {QStringLiteral("signed_by"), summary.keyId},
                             {QStringLiteral("encryption"), encryption},
                             {QStringLiteral("about_others_left_out"), summary.othersLeftOut},
                             {QStringLiteral("settled_held"), settledHeld},
                             {QStringLiteral("already_recorded"), summary.alreadyRecorded}});
    else
        out() << tr("%1: %2 rows in %3 tables, signed by key %4.")
                     .arg(outFile)
                     .arg(summary.rows)
                     .arg(summary.tables)
                     .arg(summary.keyId)
              << Qt::endl
              << (summary.passphrase ? tr("Encrypted with age to the passphrase.")
                  : summary.recipients > 0
                      ? tr("Encrypted with age to %n recipient(s).", nullptr, summary.recipients)
                      : tr("Not encrypted."))
              << Qt::endl;
    if (!m_json && summary.othersLeftOut > 0)
        out() << tr("%n row(s) held in the subject's account about other people were left out (GDPR Art. "
                    "15(4)); --include-others --reason \"...\" includes them.",
                    nullptr, int(summary.othersLeftOut))
              << Qt::endl;
    return Ok;
}

int Cli::keysExportPublic(const QStringList& args)
{
    QCommandLineParser p;
    if (!parse(p, args, {}))
        return p.isSet(QStringLiteral("help")) ? Ok : Usage;
    auto ws = Workspaces::load(m_workspace);
    if (!ws)
        return fail(ws.error());
    auto key = signingKey(ws->name, true);
    if (!key)
        return fail(key.error());
    auto pub = Minisign::publicKeyFile(
        *key, tr("Lethe workspace %1 public key %2").arg(ws->name, Minisign::keyIdHex(key->keyId)));
    if (!pub)
        return fail(pub.error());
    if (m_json)
        emitJson(QJsonObject{{QStringLiteral("key_id"), Minisign::keyIdHex(key->keyId)},
                             {QStringLiteral("public_key"), QString::fromUtf8(*pub)}});
    else
        out() << QString::fromUtf8(*pub) << Qt::flush;
    return Ok;
}

Result<std::optional<MinisignKey>> Cli::trustedKey(const QCommandLineParser& p)
{
    // The key given with --key, else the workspace's own (none when it has not signed anything yet).
    if (p.isSet(QStringLiteral("key"))) {
        QFile f(p.value(QStringLiteral("key")));
        if (!f.open(QIODevice::ReadOnly))
            return makeError(Error::Code::NotFound, tr("--key: cannot read %1.").arg(f.fileName()));
        auto k = Minisign::parsePublicKey(f.readAll());
        if (!k)
            return k.error();
        return std::optional<MinisignKey>(*k);
    }
    if (auto ws = Workspaces::load(m_workspace); ws) {
        auto k = signingKey(ws->name, false);
        if (k)
            return std::optional<MinisignKey>(*k);
        // No key yet is "unknown key"; a keychain that cannot be read is a failure to say, not a verdict.
        if (k.error().code != Error::Code::NotFound)
            return makeError(k.error().code,
                             tr("The workspace's public key could not be read, so no verdict can say "
                                "\"trusted\": %1")
                                 .arg(k.error().message));
    }
    return std::optional<MinisignKey>();
}

int Cli::verdictExit(const BundleReader::Verdict& v)
{
    if (v.ok())
        return Ok;
    if (!v.checksumsOk || v.signature == BundleReader::Verdict::Signature::Invalid)
        return BundleTampered;
    return v.signature == BundleReader::Verdict::Signature::UnknownKey ? BundleUnknownKey : BundleUnsigned;
}

int Cli::bundleVerify(const QStringList& args)
{
    QCommandLineParser p;
    const QString mode = m_command.section(QLatin1Char(' '), 1); // verify, info or extract
    QList<QCommandLineOption> opts = readingOptions();
    if (mode == QLatin1String("extract"))
        opts << QCommandLineOption{QStringLiteral("to"), tr("The folder to extract into (new or empty)."),
                                   tr("folder")}
             << QCommandLineOption{QStringLiteral("force"),
                                   tr("Extract even a bundle that is not trusted (unknown key, unsigned, or "
                                      "tampered), to look at it.")};
    if (!parse(p, args, opts, QStringLiteral("bundle"), tr("The bundle.")))
        return p.isSet(QStringLiteral("help")) ? Ok : Usage;
    if (p.positionalArguments().size() != 1)
        return usage(tr("bundle %1 needs exactly one bundle.").arg(mode));
    if (mode == QLatin1String("extract") && !p.isSet(QStringLiteral("to")))
        return usage(tr("bundle extract needs --to FOLDER."));
    auto trusted = trustedKey(p);
    if (!trusted)
        return fail(trusted.error());
    auto decryption = decryptionOptions(p);
    if (!decryption)
        return fail(decryption.error());
    const QString file = p.positionalArguments().first();
    const MinisignKey* key = *trusted ? &**trusted : nullptr;
    Result<BundleReader::Verdict> v = makeError(Error::Code::Storage, QString());
    if (mode == QLatin1String("extract")) {
        // All or nothing includes the verdict: the files are unpacked into a private folder beside the target
        // and moved into place only when the bundle is trusted (or --force says to look anyway).
        const QFileInfo target(p.value(QStringLiteral("to")));
        if (target.exists() && !(target.isDir() && QDir(target.filePath()).isEmpty()))
            return fail(makeError(Error::Code::Conflict,
                                  tr("--to: %1 exists and is not an empty folder.").arg(target.filePath())));
        QTemporaryDir staging(target.absolutePath() + QStringLiteral("/.lethe-extract-XXXXXX"));
        if (!staging.isValid())
            return fail(makeError(Error::Code::Storage,
                                  tr("--to: cannot make a folder in %1.").arg(target.absolutePath())));
        const QString inside = staging.filePath(QStringLiteral("bundle"));
        v = BundleReader::extract(file, inside, key, {}, *decryption);
        if (!v)
            return fail(v.error());
        if (v->ok() || p.isSet(QStringLiteral("force"))) {
            QDir().rmdir(target.absoluteFilePath());
            if (!QDir().rename(inside, target.absoluteFilePath()))
                return fail(makeError(Error::Code::Storage,
                                      tr("--to: cannot move the files into %1.").arg(target.filePath())));
        } else {
            err() << tr("Nothing was extracted: %1 Give --force to extract it anyway.").arg(v->summary())
                  << Qt::endl;
        }
    } else {
        v = BundleReader::verify(file, key, {}, *decryption);
        if (!v)
            return fail(v.error());
    }
    if (mode == QLatin1String("info")) {
        const QJsonObject m = QJsonDocument::fromJson(v->manifest).object();
        if (m_json) {
            emitJson(QJsonObject{{QStringLiteral("manifest"), m}, {QStringLiteral("summary"), v->summary()}});
        } else {
            out() << tr("Request %1 (%2, %3), made %4 by %5: %6 rows in %7 tables.")
                         .arg(m.value(QStringLiteral("request")).toString(),
                              m.value(QStringLiteral("type")).toString(),
                              m.value(QStringLiteral("regulation")).toString(),
                              m.value(QStringLiteral("generated")).toString(),
                              m.value(QStringLiteral("program")).toString())
                         .arg(m.value(QStringLiteral("rows")).toInteger())
                         .arg(m.value(QStringLiteral("tables")).toArray().size())
                  << Qt::endl
                  << v->summary() << Qt::endl;
        }
        return verdictExit(*v);
    }
    if (m_json)
        emitJson(QJsonObject{
            {QStringLiteral("ok"), v->ok()},
            {QStringLiteral("checksums_ok"), v->checksumsOk},
            {QStringLiteral("signature"),
             v->signature == BundleReader::Verdict::Signature::Trusted      ? QStringLiteral("trusted")
             : v->signature == BundleReader::Verdict::Signature::UnknownKey ? QStringLiteral("unknown-key")
             : v->signature == BundleReader::Verdict::Signature::Unsigned   ? QStringLiteral("unsigned")
                                                                            : QStringLiteral("invalid")},
            {QStringLiteral("signed_by"), v->signedBy},
            {QStringLiteral("problems"), QJsonArray::fromStringList(v->problems)},
            {QStringLiteral("summary"), v->summary()}});
    else
        out() << v->summary() << Qt::endl;
    return verdictExit(*v);
}

int Cli::bundleRedact(const QStringList& args)
{
    QCommandLineParser p;
    const QList<QCommandLineOption> opts =
        QList<QCommandLineOption>{
            {QStringLiteral("redactions"),
             tr("A JSON file listing what to withhold: objects with scope (row, cell, "
                "text, anywhere), file, row "
                "(from 1), column, text and reason."),
             tr("file")},
            {QStringLiteral("out"),
             tr("The new bundle (it must not exist yet); the original is not changed."), tr("file")},
            {QStringLiteral("accept-untrusted"),
             tr("Re-seal a bundle not signed by a trusted key (unknown key or unsigned); "
                "the new bundle says what the original's verdict was.")},
            {QStringLiteral("decrypt"),
             tr("Write an encrypted original's new bundle unencrypted (by default it stays "
                "encrypted, to the same passphrase or keys).")}} +
        readingOptions() + encryptingOptions(QStringLiteral("encrypt-passphrase-file"));
    if (!parse(p, args, opts, QStringLiteral("bundle"), tr("The bundle.")))
        return p.isSet(QStringLiteral("help")) ? Ok : Usage;
    if (p.positionalArguments().size() != 1 || !p.isSet(QStringLiteral("redactions")) ||
        !p.isSet(QStringLiteral("out")))
        return usage(tr("bundle redact needs one bundle, --redactions FILE and --out FILE."));
    QFile rf(p.value(QStringLiteral("redactions")));
    if (!rf.open(QIODevice::ReadOnly))
        return fail(makeError(Error::Code::NotFound, tr("--redactions: cannot read %1.").arg(rf.fileName())));
    auto redactions = BundleRedactor::parse(rf.readAll(), rf.fileName());
    if (!redactions)
        return fail(redactions.error());
    auto decryption = decryptionOptions(p);
    if (!decryption)
        return fail(decryption.error());
    auto encryption = encryptionOptions(p, QStringLiteral("encrypt-passphrase-file"));
    if (!encryption)
        return fail(encryption.error());
    if (p.isSet(QStringLiteral("decrypt")) && encryption->isSet())
        return usage(
            tr("--decrypt writes the new bundle unencrypted; it cannot be combined with an encryption."));
    auto trusted = trustedKey(p);
    if (!trusted)
        return fail(trusted.error());
    // The new bundle is signed with the workspace's key: the re-sealed file is the workspace's word.
    auto ws = Workspaces::load(m_workspace);
    if (!ws)
        return fail(ws.error());
    auto key = signingKey(ws->name, true);
    if (!key)
        return fail(key.error());
    BundleRedactor::Options o;
    o.actor = WorkspaceOpener::currentActor();
    o.at = QDateTime::currentDateTimeUtc();
    o.programVersion = QCoreApplication::applicationVersion();
    o.trusted = *trusted ? &**trusted : nullptr;
    o.decryption = *decryption;
    o.encryption = *encryption;
    o.decrypt = p.isSet(QStringLiteral("decrypt"));
    o.acceptUntrusted = p.isSet(QStringLiteral("accept-untrusted"));
    const QString file = p.positionalArguments().first();
    if (Status s = Age::checkFileName(p.value(QStringLiteral("out")), BundleRedactor::encryptionFor(file, o));
        !s)
        return fail(
            makeError(Error::Code::InvalidInput,
                      Age::looksEncrypted(file) && !o.decrypt
                          ? tr("%1 The original is encrypted, so the new bundle stays encrypted; give "
                               "--decrypt to write it unencrypted.")
                                .arg(s.error().message)
                          : s.error().message));
    o.sign = [&](const QByteArray& sums) {
        return Minisign::sign(*key, sums,
                              QStringLiteral("lethe bundle %1 redacted timestamp:%2")
                                  .arg(QFileInfo(file).completeBaseName())
                                  .arg(o.at.toSecsSinceEpoch()));
    };
    if (!m_json)
        o.progress = [](const QString& step) { err() << step << Qt::endl; };
    const QString outFile = QFileInfo(p.value(QStringLiteral("out"))).absoluteFilePath();
    auto summary = BundleRedactor::reseal(file, *redactions, outFile, o);
    if (!summary)
        return fail(summary.error());
    if (m_json)
        emitJson(QJsonObject{{QStringLiteral("file"), outFile},
                             {QStringLiteral("redactions"), summary->redactions},
                             {QStringLiteral("cells"), summary->cells},
                             {QStringLiteral("signed_by"), Minisign::keyIdHex(key->keyId)}});
    else
        out() << tr("%1: %2 redactions applied (%3 cells), signed by key %4. The original is unchanged.")
                     .arg(outFile)
                     .arg(summary->redactions)
                     .arg(summary->cells)
                     .arg(Minisign::keyIdHex(key->keyId))
              << Qt::endl;
    return Ok;
}

} // namespace lethe
