// lethe-cli audit: the workspace's audit log, shown and checked link by link.

#include "Cli.h"
#include "CliIo.h"
#include "CliSupport.h"

#include "AuditLog.h"
#include "WorkspaceStore.h"

#include <QJsonArray>

namespace lethe {

using cli::out;
using cli::pad;

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
    if (!parse(p, args, {}))
        return p.isSet(QStringLiteral("help")) ? Ok : Usage;
    auto store = openStore();
    if (!store)
        return fail(store.error());
    const AuditVerification v = (*store)->audit().verify();
    if (m_json) {
        QJsonObject o{{QStringLiteral("ok"), v.ok}, {QStringLiteral("checked"), v.checked}};
        if (!v.ok) {
            o[QStringLiteral("first_broken")] = v.firstBroken;
            o[QStringLiteral("problem")] = v.problem;
        }
        emitJson(o);
    } else if (v.ok) {
        out() << tr("Audit log intact: %n event(s) verified.", nullptr, int(v.checked)) << Qt::endl;
    } else {
        out() << tr("Audit log BROKEN at event %1: %2").arg(v.firstBroken).arg(v.problem) << Qt::endl;
    }
    return v.ok ? Ok : Tampered;
}
} // namespace lethe
