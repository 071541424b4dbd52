// lethe-cli audit: the workspace's audit log, shown and checked link by link, its signed head exported for a
// witness; lethe-cli workspace officer-key: the keys that sign approvals and audit heads.

#include "Cli.h"
#include "CliIo.h"
#include "CliSupport.h"

#include "AuditLog.h"
#include "CredentialStore.h"
#include "OfficerKeys.h"
#include "WorkspaceStore.h"

#include <QFile>
#include <QJsonArray>
#include <QSaveFile>

namespace lethe {

using cli::err;
using cli::out;
using cli::pad;
using cli::waitFor;

// ---- audit -----------------------------------------------------------------------------------------------

int Cli::auditLog(const QStringList& args)
{
    QCommandLineParser p;
    const QList<QCommandLineOption> opts = {
        {QStringLiteral("request"), tr("Only events of this request."), tr("id")},
        {QStringLiteral("limit"), tr("At most this many events (the latest)."), tr("n")},
    };
    if (!parse(p, args, opts))
        return p.isSet(QStringLiteral("help")) ? Ok : Usage;
    int limit = -1;
    if (p.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        limit = p.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit <= 0)
            return fail(makeError(
                Error::Code::InvalidInput,
                tr("--limit: \"%1\" is not a positive number.").arg(p.value(QStringLiteral("limit")))));
    }
    auto store = openStore();
    if (!store)
        return fail(store.error());
    auto events = (*store)->audit().events(p.value(QStringLiteral("request")).trimmed().toUpper());
    if (!events)
        return fail(events.error());
    QList<AuditEvent> shown = *events;
    if (limit > 0 && shown.size() > limit)
        shown = shown.mid(shown.size() - limit);
    if (m_json) {
        QJsonArray a;
        for (const AuditEvent& e : shown) {
            a << QJsonObject{{QStringLiteral("seq"), e.seq},
                             {QStringLiteral("time"), e.time.toString(Qt::ISODateWithMs)},
                             {QStringLiteral("actor"), e.actor},
                             {QStringLiteral("action"), e.action},
                             {QStringLiteral("request"), e.requestId},
                             {QStringLiteral("details"), e.detailsObject()},
                             {QStringLiteral("prev_hash"), e.prevHash},
                             {QStringLiteral("hash"), e.hash}};
        }
        emitJson(a);
        return Ok;
    }
    for (const AuditEvent& e : shown) {
        out() << pad(QString::number(e.seq), 6) << ' ' << e.time.toString(Qt::ISODate) << ' '
              << pad(e.actor, 12) << ' ' << pad(e.action, 20) << ' ' << pad(e.requestId, 12) << ' '
              << e.details << Qt::endl;
    }
    return Ok;
}

int Cli::auditVerify(const QStringList& args)
{
    QCommandLineParser p;
    const QList<QCommandLineOption> opts = {
        {QStringLiteral("witness"),
         tr("Also check that the log still holds this head, as audit export-head wrote it (kept outside the "
            "database)."),
         tr("file")},
    };
    if (!parse(p, args, opts))
        return p.isSet(QStringLiteral("help")) ? Ok : Usage;
    std::optional<AuditHead> witnessed;
    if (p.isSet(QStringLiteral("witness"))) {
        QFile f(p.value(QStringLiteral("witness")));
        if (!f.open(QIODevice::ReadOnly))
            return fail(makeError(Error::Code::NotFound,
                                  tr("--witness: cannot read %1: %2").arg(f.fileName(), f.errorString())));
        auto parsed = AuditHead::parseWitness(f.read(64 * 1024));
        if (!parsed)
            return fail(parsed.error());
        witnessed = *parsed;
    }
    auto store = openStore();
    if (!store)
        return fail(store.error());
    AuditVerification v = (*store)->audit().verify();
    if (v.ok && witnessed) {
        if (Status s = (*store)->audit().checkWitness(*witnessed); !s) {
            v.ok = false;
            v.firstBroken = witnessed->seq;
            v.problem = s.error().message;
        }
    }
    if (m_json) {
        QJsonObject o{{QStringLiteral("ok"), v.ok}, {QStringLiteral("checked"), v.checked}};
        if (!v.ok) {
            o[QStringLiteral("first_broken")] = v.firstBroken;
            o[QStringLiteral("problem")] = v.problem;
        } else if (v.signedSeq > 0) {
            o[QStringLiteral("signed_seq")] = v.signedSeq;
            o[QStringLiteral("signed_by")] = v.signedBy;
        }
        if (witnessed)
            o[QStringLiteral("witness_seq")] = witnessed->seq;
        emitJson(o);
    } else if (v.ok) {
        out() << tr("Audit log intact: %n event(s) verified.", nullptr, int(v.checked)) << Qt::endl;
        if (v.signedSeq > 0)
            out() << tr("The head at event %1 is signed by %2 with their registered officer key.")
                         .arg(v.signedSeq)
                         .arg(v.signedBy)
                  << Qt::endl;
        if (witnessed)
            out() << tr("The log still holds the witnessed head at event %1.").arg(witnessed->seq)
                  << Qt::endl;
    } else {
        out() << tr("Audit log BROKEN at event %1: %2").arg(v.firstBroken).arg(v.problem) << Qt::endl;
    }
    return v.ok ? Ok : Tampered;
}

int Cli::auditExportHead(const QStringList& args)
{
    QCommandLineParser p;
    const QList<QCommandLineOption> opts = {
        {QStringLiteral("out"), tr("Write the head to this file instead of standard output."), tr("file")},
    };
    if (!parse(p, args, opts))
        return p.isSet(QStringLiteral("help")) ? Ok : Usage;
    auto store = openStore();
    if (!store)
        return fail(store.error());
    auto head = (*store)->audit().exportHead();
    if (!head)
        return fail(head.error());
    const QByteArray text = head->witnessText();
    if (p.isSet(QStringLiteral("out"))) {
        QSaveFile f(p.value(QStringLiteral("out")));
        if (!f.open(QIODevice::WriteOnly) || f.write(text) != text.size() || !f.commit())
            return fail(makeError(Error::Code::Storage,
                                  tr("Cannot write %1: %2").arg(f.fileName(), f.errorString())));
    }
    if (m_json) {
        emitJson(QJsonObject{{QStringLiteral("seq"), head->seq},
                             {QStringLiteral("hash"), head->hash},
                             {QStringLiteral("at"), head->at},
                             {QStringLiteral("signer"), head->signer},
                             {QStringLiteral("key_id"), head->keyId},
                             {QStringLiteral("signature"), QString::fromLatin1(head->signature.toBase64())}});
    } else if (!p.isSet(QStringLiteral("out"))) {
        out() << QString::fromUtf8(text);
    } else if (head->signer.isEmpty()) {
        out() << tr("Audit head at event %1 written, unsigned: nobody has an officer key in this workspace.")
                     .arg(head->seq)
              << Qt::endl;
    } else {
        out() << tr("Audit head at event %1, signed by %2, written.").arg(head->seq).arg(head->signer)
              << Qt::endl;
    }
    return Ok;
}

// ---- officer keys ----------------------------------------------------------------------------------------

void Cli::warnUnsignedOfficer(const WorkspaceStore& store)
{
    if (const auto keyId = OfficerKeys::registeredButNotHeld(store))
        err() << tr("Warning: the officer key of %1 (%2) is registered in this workspace but not in this "
                    "keychain: what you do now is not signed, and approving needs it.")
                     .arg(store.actor(), *keyId)
              << Qt::endl;
}

int Cli::workspaceOfficerKey(const QStringList& args)
{
    QCommandLineParser p;
    const QList<QCommandLineOption> opts = {
        {QStringLiteral("create"),
         tr("Make your officer key in your keychain if it has none, and register its public key in the "
            "workspace (replacing one registered before).")},
    };
    if (!parse(p, args, opts))
        return p.isSet(QStringLiteral("help")) ? Ok : Usage;
    auto ws = Workspaces::load(m_workspace);
    if (!ws)
        return fail(ws.error());
    auto store = openStore();
    if (!store)
        return fail(store.error());
    const QString login = (*store)->actor();
    if (p.isSet(QStringLiteral("create"))) {
        // The same core path as the window's Officer Key dialog: made in the keychain on first use, then
        // registered unless it already is.
        auto key = waitFor<Result<MinisignKey>>(
            [&](auto done) { OfficerKeys::fromKeychain(m_credentials, ws->name, login, true, done); });
        if (!key)
            return fail(key.error());
        if (auto registered = OfficerKeys::registerIfNew(**store, *key); !registered)
            return fail(registered.error());
    }
    auto keys = OfficerKeys::all((*store)->database());
    if (!keys)
        return fail(keys.error());
    QJsonArray all;
    for (const OfficerKey& k : *keys) {
        all << QJsonObject{{QStringLiteral("login"), k.login},
                           {QStringLiteral("key_id"), k.keyId},
                           {QStringLiteral("public_key"), k.publicKey},
                           {QStringLiteral("registered_at"), k.registeredAt.toString(Qt::ISODateWithMs)}};
        if (!m_json)
            out() << pad(k.login, 16) << ' ' << pad(k.keyId, 17) << ' '
                  << k.registeredAt.toString(Qt::ISODate) << ' ' << k.publicKey << Qt::endl;
    }
    if (m_json)
        emitJson(QJsonObject{{QStringLiteral("login"), login}, {QStringLiteral("keys"), all}});
    else if (keys->isEmpty())
        out() << tr("No officer keys are registered; lethe-cli workspace officer-key --create makes yours.")
              << Qt::endl;
    return Ok;
}
} // namespace lethe
