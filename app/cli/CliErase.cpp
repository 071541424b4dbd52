// lethe-cli erase, users and the four-eyes setting: the erasure of a request from plan to report.

#include "Cli.h"
#include "CliHooks.h"
#include "CliIo.h"
#include "CredentialStore.h"
#include "ErasureService.h"
#include "SecretResolver.h"
#include "WorkspaceKeys.h"
#include "WorkspaceMaps.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace lethe {

using cli::err;
using cli::out;
using cli::waitFor;

namespace {

// Kept rows by reason, with the first and last date they become erasable.
struct KeptSummary
{
    KeptRows::Why why;
    QString reason;
    qint64 count = 0;
    QDate first;
    QDate last;
};

QList<KeptSummary> summarize(const QList<KeptRows>& kept)
{
    QList<KeptSummary> out;
    for (const KeptRows& k : kept) {
        KeptSummary* s = nullptr;
        for (KeptSummary& o : out)
            if (o.why == k.why && o.reason == k.reason)
                s = &o;
        if (!s) {
            out << KeptSummary{k.why, k.reason, 0, k.until, k.until};
            s = &out.last();
        }
        s->count += k.keys.size();
        if (k.until.isValid()) {
            s->first = s->first.isValid() ? std::min(s->first, k.until) : k.until;
            s->last = s->last.isValid() ? std::max(s->last, k.until) : k.until;
        }
    }
    return out;
}

QString keptLine(const KeptSummary& k)
{
    QString line = QStringLiteral("%1: %2").arg(keptWhyKey(k.why), k.reason);
    if (k.first.isValid() && k.first == k.last)
        line += QLatin1Char(' ') + Cli::tr("(erasable from %1)").arg(k.first.toString(Qt::ISODate));
    else if (k.first.isValid())
        line += QLatin1Char(' ') + Cli::tr("(erasable from %1 to %2, row by row)")
                                       .arg(k.first.toString(Qt::ISODate), k.last.toString(Qt::ISODate));
    return line;
}

} // namespace

Result<QList<ResolvedSystem>> Cli::workspaceSystems(const QString& workspaceFolder, bool processors)
{
    QStringList issues;
    auto maps = WorkspaceMaps::load(workspaceFolder, &issues);
    for (const QString& i : std::as_const(issues))
        err() << i << Qt::endl;
    if (!maps)
        return maps.error();
    const ResolvedSystems resolved = waitFor<ResolvedSystems>([&](auto done) {
        SecretResolver::resolve(m_credentials, *maps, processors ? workspaceFolder : QString(), {}, done);
    });
    for (const QString& problem : resolved.processorProblems)
        err() << "lethe-cli: " << problem << Qt::endl;
    return resolved.systems();
}

Result<QByteArray> Cli::erasureKey(const QString& workspaceName)
{
    // The workspace's key for keyed hashes, made on first use and kept in the keychain only.
    return waitFor<Result<QByteArray>>(
        [&](auto done) { WorkspaceKeys::hmacKey(m_credentials, workspaceName, done); });
}

int Cli::erase(const QStringList& args)
{
    QCommandLineParser p;
    const QList<QCommandLineOption> opts = {
        {QStringLiteral("request"), tr("The erasure request."), tr("id")},
        {QStringLiteral("plan"), tr("Make the plan: what will be erased, kept and why, with its digest.")},
        {QStringLiteral("approve"),
         tr("Approve the plan with --digest (a second officer, under four eyes).")},
        {QStringLiteral("run"), tr("Run the plan with --digest, if the data has not changed since.")},
        {QStringLiteral("resume"),
         tr("Resume an erasure that was stopped or killed (--run-id, or the only one).")},
        {QStringLiteral("report"), tr("Show the request's erasure reports.")},
        {QStringLiteral("digest"), tr("The plan's digest, as --plan printed it."), tr("sha256")},
        {QStringLiteral("run-id"), tr("The erasure run to resume."), tr("n")},
        {QStringLiteral("confirm-phone-matches"),
         tr("Include rows and records found from a phone number alone (a shared line would include "
            "colleagues: check the preview first).")},
        {QStringLiteral("batch-size"),
         tr("Rows per transaction (default 1000), for --run; a resumed run keeps the layout it started "
            "with."),
         tr("n"), QStringLiteral("1000")},
    };
    if (!parse(p, args, opts))
        return p.isSet(QStringLiteral("help")) ? Ok : Usage;
    const QStringList modes{QStringLiteral("plan"), QStringLiteral("approve"), QStringLiteral("run"),
                            QStringLiteral("resume"), QStringLiteral("report")};
    QStringList chosen;
    for (const QString& m : modes)
        if (p.isSet(m))
            chosen << m;
    if (chosen.size() != 1)
        return usage(tr("erase needs exactly one of --plan, --approve, --run, --resume or --report."));
    const QString mode = chosen.first();
    bool ok = false;
    const int batchSize = p.value(QStringLiteral("batch-size")).toInt(&ok);
    if (!ok || batchSize < 1 || batchSize > 100000)
        return fail(
            makeError(Error::Code::InvalidInput, tr("--batch-size: \"%1\" must be between 1 and 100000.")
                                                     .arg(p.value(QStringLiteral("batch-size")))));
    if (mode == QLatin1String("resume") && p.isSet(QStringLiteral("batch-size")))
        return usage(
            tr("erase --resume takes no --batch-size: a run resumes with the batch layout stored when "
               "it started, so every journal line means the same rows."));
    if (mode != QLatin1String("resume") && !p.isSet(QStringLiteral("request")))
        return usage(tr("erase --%1 needs --request.").arg(mode));
    if ((mode == QLatin1String("approve") || mode == QLatin1String("run")) &&
        !p.isSet(QStringLiteral("digest")))
        return usage(
            tr("erase --%1 needs --digest: the digest --plan printed, so what runs is what was shown.")
                .arg(mode));

    auto ws = Workspaces::load(m_workspace);
    if (!ws)
        return fail(ws.error());
    auto opened = openStore();
    if (!opened)
        return fail(opened.error());
    WorkspaceStore& store = **opened;
    if (mode == QLatin1String("report"))
        return eraseReport(store, p.value(QStringLiteral("request")));
    if (mode == QLatin1String("approve")) {
        // Signed with the approver's officer key, which openStore() read from their keychain.
        std::optional<MinisignKey> key;
        if (store.headSigner())
            key = store.headSigner()->key;
        auto r = ErasureService::approve(store, p.value(QStringLiteral("request")),
                                         p.value(QStringLiteral("digest")), key);
        if (!r)
            return fail(r.error());
        if (m_json)
            emitJson(QJsonObject{{QStringLiteral("run"), r->id}, {QStringLiteral("state"), r->state}});
        else
            out() << tr("%1: plan %2 approved by %3.").arg(r->requestId, r->digest.left(16), r->approvedBy)
                  << Qt::endl;
        return Ok;
    }

    auto systems = workspaceSystems(ws->folder);
    if (!systems)
        return fail(systems.error());
    const ErasureService service(*systems);
    auto key = erasureKey(ws->name);
    if (!key)
        return fail(key.error());
    const ErasureExecutor::Options xo = erasureOptions(batchSize, *key);

    if (mode == QLatin1String("resume")) {
        auto runId = resumableRun(store, p);
        if (!runId)
            return fail(runId.error());
        auto run = ErasureService::resume(store, *runId);
        if (!run)
            return fail(run.error());
        return finishErasure(store, service, *run, xo);
    }
    const QString requestId = p.value(QStringLiteral("request"));
    const bool confirmPhone = p.isSet(QStringLiteral("confirm-phone-matches"));
    if (mode == QLatin1String("plan")) {
        auto plan = service.planAndSave(store, requestId, today(), confirmPhone);
        if (!plan)
            return fail(plan.error());
        return printErasurePlan(*plan);
    }
    // --run: the plan made again must be the plan that was shown (and approved).
    auto run = service.start(store, requestId, p.value(QStringLiteral("digest")), today(), confirmPhone);
    if (!run)
        return fail(run.error());
    return finishErasure(store, service, *run, xo);
}

int Cli::eraseReport(WorkspaceStore& store, const QString& requestId)
{
    auto runs = ErasureStore(store).runs(requestId);
    if (!runs)
        return fail(runs.error());
    QJsonArray all;
    for (const ErasureRun& r : *runs) {
        all << QJsonObject{{QStringLiteral("run"), r.id},
                           {QStringLiteral("state"), r.state},
                           {QStringLiteral("digest"), r.digest},
                           {QStringLiteral("planned_by"), r.plannedBy},
                           {QStringLiteral("approved_by"), r.approvedBy},
                           {QStringLiteral("started_by"), r.startedBy},
                           {QStringLiteral("summary"), r.summary},
                           {QStringLiteral("report"), r.report}};
        if (!m_json) {
            out() << tr("run %1: %2, plan %3 by %4").arg(r.id).arg(r.state, r.digest.left(16), r.plannedBy)
                  << Qt::endl;
            if (!r.report.isEmpty())
                out() << QJsonDocument(r.report).toJson(QJsonDocument::Indented);
        }
    }
    if (m_json)
        emitJson(QJsonObject{{QStringLiteral("runs"), all}});
    return Ok;
}

Result<qint64> Cli::resumableRun(WorkspaceStore& store, const QCommandLineParser& p)
{
    auto pending = ErasureStore(store).resumable();
    if (!pending)
        return pending.error();
    QList<ErasureRun> candidates;
    for (const ErasureRun& r : *pending)
        if ((!p.isSet(QStringLiteral("run-id")) ||
             QString::number(r.id) == p.value(QStringLiteral("run-id"))) &&
            (!p.isSet(QStringLiteral("request")) ||
             r.requestId == p.value(QStringLiteral("request")).trimmed().toUpper()))
            candidates << r;
    if (candidates.isEmpty())
        return makeError(Error::Code::NotFound, tr("No erasure is waiting to be resumed."));
    if (candidates.size() > 1)
        return makeError(Error::Code::InvalidInput, tr("%n erasures are waiting; choose one with --run-id.",
                                                       nullptr, int(candidates.size())));
    return candidates.first().id;
}

ErasureExecutor::Options Cli::erasureOptions(int batchSize, const QByteArray& key) const
{
    ErasureExecutor::Options xo;
    xo.batchSize = batchSize;
    xo.hmacKey = key;
    if (clihooks::erasureOptions) // none in lethe-cli; the crash tests' build kills itself (CliHooks.h)
        clihooks::erasureOptions(xo);
    if (!m_json)
        xo.progress = [](qint64 done, qint64 total, const QString& step) {
            err() << QStringLiteral("\r%1/%2 %3").arg(done).arg(total).arg(step.left(60), -60) << Qt::flush;
        };
    return xo;
}

int Cli::finishErasure(WorkspaceStore& store, const ErasureService& service, const ErasureService::Run& run,
                       const ErasureExecutor::Options& xo)
{
    auto report = service.execute(store, run, xo);
    if (!m_json)
        err() << Qt::endl;
    if (!report)
        return fail(report.error());
    if (m_json) {
        emitJson(*report);
    } else {
        const QJsonObject c = report->value(QStringLiteral("counts")).toObject();
        out() << tr("%1: erased. %2 rows deleted, %3 updated, %4 kept; processors: %5 done, %6 failed.")
                     .arg(run.plan.requestId)
                     .arg(c.value(QStringLiteral("deleted")).toInteger())
                     .arg(c.value(QStringLiteral("updated")).toInteger())
                     .arg(c.value(QStringLiteral("kept")).toInteger())
                     .arg(c.value(QStringLiteral("processor_done")).toInteger())
                     .arg(c.value(QStringLiteral("processor_failed")).toInteger())
              << Qt::endl;
        if (report->value(QStringLiteral("verified")).toBool()) {
            out() << tr("Verified: every planned row is gone or holds its erased values, every table "
                        "affected exactly the planned rows, and a new search finds nothing but the rows "
                        "the plan keeps.")
                  << Qt::endl;
        } else {
            out() << tr("NOT verified:") << Qt::endl;
            for (const QJsonValue& problem : report->value(QStringLiteral("problems")).toArray())
                out() << "  " << problem.toString() << Qt::endl;
        }
    }
    if (!report->value(QStringLiteral("verified")).toBool())
        return NotVerified;
    return report->value(QStringLiteral("counts"))
                       .toObject()
                       .value(QStringLiteral("processor_failed"))
                       .toInteger() == 0
               ? Ok
               : Incomplete;
}

int Cli::printErasurePlan(const ErasurePlan& plan)
{
    if (m_json) {
        // Beside the plan, not in it (the saved plan and its digest stay as they were).
        QJsonObject shown = plan.toJson(false);
        shown[QStringLiteral("warnings")] = QJsonArray::fromStringList(plan.keptForNoStrategy());
        emitJson(shown);
        return Ok;
    }
    const ErasurePlan::Counts c = plan.counts();
    out() << tr("Erasure plan for %1 (%2)").arg(plan.requestId, plan.subjectName) << Qt::endl;
    for (const ErasureSystemPlan& s : plan.systems) {
        out() << QStringLiteral("%1 (%2)").arg(s.name, s.key) << Qt::endl;
        for (const ErasureSourcePlan& src : s.sources)
            printErasureSource(src);
        for (const ErasureProcessorPlan& pp : s.processors) {
            out() << "  "
                  << tr("%1: %n record(s) (%2)", nullptr, int(pp.targets()))
                         .arg(pp.processorName, pp.steps.join(QStringLiteral(", ")))
                  << Qt::endl;
            if (pp.phoneOnlyLeft > 0)
                out() << "      "
                      << tr("left alone: %n record(s) found from a phone number alone", nullptr,
                            int(pp.phoneOnlyLeft))
                      << Qt::endl;
            for (const QString& k : pp.keeps)
                out() << "      " << tr("the processor keeps: %1").arg(k) << Qt::endl;
        }
        for (const Recipient& r : s.manualTasks)
            out() << "  " << tr("manual task: %1: %2").arg(r.name, r.manual) << Qt::endl;
    }
    out() << tr("Totals: delete %1 rows, update %2, keep %3, %4 processor records, %5 manual tasks.")
                 .arg(c.deleteRows)
                 .arg(c.updateRows)
                 .arg(c.kept)
                 .arg(c.processorRecords)
                 .arg(c.manualTasks)
          << Qt::endl;
    if (c.phoneOnlyLeft > 0)
        out() << tr("%n row(s) or record(s) were found from a phone number alone and are left alone; "
                    "check them in the preview, then plan with --confirm-phone-matches to include them.",
                    nullptr, int(c.phoneOnlyLeft))
              << Qt::endl;
    // Loud: a map imported or drafted without erasure strategies keeps whole tables of personal data.
    const QStringList erasesNothing = plan.keptForNoStrategy();
    for (const QString& line : erasesNothing)
        out() << tr("WARNING: %1").arg(line) << Qt::endl;
    if (!erasesNothing.isEmpty())
        out() << tr("WARNING: %n table(s) keep the subject's rows because the data map gives them no "
                    "erasure strategy; set one (erasure: on fields, or erase: rows) and plan again.",
                    nullptr, int(erasesNothing.size()))
              << Qt::endl;
    for (const QString& problem : plan.problems)
        out() << tr("PROBLEM: %1").arg(problem) << Qt::endl;
    out() << tr("Digest: %1").arg(plan.digest) << Qt::endl;
    return plan.problems.isEmpty() ? Ok : Refused;
}

void Cli::printErasureSource(const ErasureSourcePlan& src)
{
    for (const ErasureNulling& n : src.nullFirst)
        out() << "  "
              << tr("first null %1.%2.%3 in %n row(s) (breaks a cycle)", nullptr, int(n.keys.size()))
                     .arg(src.source, n.table, n.column)
              << Qt::endl;
    for (const ErasureTablePlan& t : src.tables) {
        if (t.found == 0)
            continue;
        QString what;
        if (t.action == ErasureTablePlan::Action::DeleteRows)
            what = tr("delete %n row(s)", nullptr, int(t.keys.size()));
        else if (t.action == ErasureTablePlan::Action::UpdateFields) {
            QStringList fields;
            for (const ErasureFieldChange& ch : t.changes)
                fields << QStringLiteral("%1→%2").arg(
                    ch.field, ch.strategy == ErasureStrategy::Null ? QStringLiteral("null")
                              : ch.strategy == ErasureStrategy::Hmac
                                  ? QStringLiteral("hmac")
                                  : QStringLiteral("\"%1\"").arg(ch.fixedValue));
            what = tr("update %n row(s): %1", nullptr, int(t.keys.size()))
                       .arg(fields.join(QStringLiteral(", ")));
        } else {
            what = tr("nothing to erase");
        }
        if (t.related > 0)
            what += QStringLiteral(" (") +
                    tr("%n related: rows the subject's rows point at that nothing staying points at", nullptr,
                       int(t.related)) +
                    QLatin1Char(')');
        out() << QStringLiteral("  %1.%2: ").arg(src.source, t.table) << what << Qt::endl;
        for (const KeptSummary& k : summarize(t.kept))
            out() << "      " << tr("keep %n row(s): ", nullptr, int(k.count)) << keptLine(k) << Qt::endl;
    }
}

int Cli::usersAdd(const QStringList& args)
{
    QCommandLineParser p;
    if (!parse(p, args, {{QStringLiteral("role"), tr("officer, support or reviewer."), tr("role")}},
               QStringLiteral("name"), tr("The user's login name.")))
        return p.isSet(QStringLiteral("help")) ? Ok : Usage;
    if (p.positionalArguments().size() != 1)
        return usage(tr("users add needs exactly one name."));
    const auto role = ErasureStore::parseRole(p.value(QStringLiteral("role")));
    if (!role)
        return fail(makeError(Error::Code::InvalidInput,
                              tr("--role: \"%1\" is not one of officer, support, reviewer.")
                                  .arg(p.value(QStringLiteral("role")))));
    auto store = openStore();
    if (!store)
        return fail(store.error());
    ErasureStore erasures(**store);
    if (Status s = erasures.setUser(p.positionalArguments().first(), *role); !s)
        return fail(s.error());
    if (!m_json)
        out() << tr("%1 now has the role \"%2\".")
                     .arg(p.positionalArguments().first(), ErasureStore::roleDisplay(*role))
              << Qt::endl;
    return Ok;
}

int Cli::usersList(const QStringList& args)
{
    QCommandLineParser p;
    if (!parse(p, args, {}))
        return p.isSet(QStringLiteral("help")) ? Ok : Usage;
    auto store = openStore();
    if (!store)
        return fail(store.error());
    ErasureStore erasures(**store);
    auto users = erasures.users();
    if (!users)
        return fail(users.error());
    auto four = erasures.fourEyes();
    if (!four)
        return fail(four.error());
    QJsonArray all;
    for (const WorkspaceUser& u : *users) {
        all << QJsonObject{{QStringLiteral("name"), u.name},
                           {QStringLiteral("role"), ErasureStore::roleKey(u.role)}};
        if (!m_json)
            out() << QStringLiteral("%1\t%2").arg(u.name, ErasureStore::roleKey(u.role)) << Qt::endl;
    }
    if (m_json)
        emitJson(QJsonObject{{QStringLiteral("users"), all}, {QStringLiteral("four_eyes"), *four}});
    else if (users->isEmpty())
        out() << tr("No users listed: whoever opens the workspace is an officer.") << Qt::endl;
    return Ok;
}

int Cli::usersRemove(const QStringList& args)
{
    QCommandLineParser p;
    if (!parse(p, args, {}, QStringLiteral("name"), tr("The user's login name.")))
        return p.isSet(QStringLiteral("help")) ? Ok : Usage;
    if (p.positionalArguments().size() != 1)
        return usage(tr("users remove needs exactly one name."));
    auto store = openStore();
    if (!store)
        return fail(store.error());
    ErasureStore erasures(**store);
    if (Status s = erasures.removeUser(p.positionalArguments().first()); !s)
        return fail(s.error());
    return Ok;
}

int Cli::workspaceFourEyes(const QStringList& args)
{
    QCommandLineParser p;
    if (!parse(p, args, {}, QStringLiteral("on|off"),
               tr("Whether a second officer must approve each erasure.")))
        return p.isSet(QStringLiteral("help")) ? Ok : Usage;
    const QString v = p.positionalArguments().value(0);
    if (p.positionalArguments().size() != 1 || (v != QLatin1String("on") && v != QLatin1String("off")))
        return usage(tr("workspace four-eyes needs on or off."));
    auto store = openStore();
    if (!store)
        return fail(store.error());
    ErasureStore erasures(**store);
    if (Status s = erasures.setFourEyes(v == QLatin1String("on")); !s)
        return fail(s.error());
    return Ok;
}

} // namespace lethe
