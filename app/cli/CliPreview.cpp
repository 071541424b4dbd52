// lethe-cli preview: everything held about a subject, system by system (PreviewService), printed.

#include "Cli.h"
#include "CliIo.h"
#include "PreviewService.h"
#include "StoredValue.h"
#include "Validation.h"
#include "WorkspaceMaps.h"

#include <QJsonArray>

namespace lethe {

using cli::err;
using cli::out;
using cli::waitFor;

namespace {

QJsonObject rowJson(const DossierTable& t, const DossierRow& r)
{
    QJsonObject values;
    for (int c = 0; c < t.columns.size(); ++c)
        values[t.columns[c]] = StoredValue::json(r.values.value(c));
    return QJsonObject{{QStringLiteral("via"), r.via}, {QStringLiteral("values"), values}};
}

QJsonObject tableJson(const DossierTable& t)
{
    QJsonArray rowsJson;
    for (const DossierRow& r : t.rows) {
        QJsonObject rj = rowJson(t, r);
        if (r.others)
            rj[QStringLiteral("about_others")] = true;
        rowsJson << rj;
    }
    QJsonObject tj{{QStringLiteral("source"), t.source},
                   {QStringLiteral("table"), t.table},
                   {QStringLiteral("count"), t.count},
                   {QStringLiteral("rows"), rowsJson}};
    if (t.relatedCount > 0) {
        QJsonArray relatedJson;
        for (const DossierRow& r : t.related) {
            QJsonObject rj = rowJson(t, r);
            if (r.sharedWith >= 0)
                rj[QStringLiteral("shared_with")] = r.sharedWith;
            relatedJson << rj;
        }
        tj[QStringLiteral("related_count")] = t.relatedCount;
        tj[QStringLiteral("related")] = relatedJson;
    }
    if (t.sharedLeftOut > 0)
        tj[QStringLiteral("shared_left_out")] = t.sharedLeftOut;
    if (t.othersCount > 0)
        tj[QStringLiteral("about_others_count")] = t.othersCount;
    if (!t.processor.isEmpty())
        tj[QStringLiteral("processor")] = t.processor;
    if (t.nearMatches)
        tj[QStringLiteral("near_matches")] = true;
    if (!t.unreachable.isEmpty())
        tj[QStringLiteral("unreachable")] = t.unreachable;
    if (!t.error.isEmpty())
        tj[QStringLiteral("error")] = t.error;
    return tj;
}

QString cellsText(const DossierTable& t, const DossierRow& r)
{
    QStringList cells;
    for (int c = 0; c < t.columns.size(); ++c)
        cells << QStringLiteral("%1=%2").arg(t.columns[c],
                                             StoredValue::display(StoredValue::json(r.values.value(c))));
    return cells.join(QStringLiteral(", "));
}

void printTable(const DossierTable& t)
{
    QString line = QStringLiteral("  %1.%2: %3").arg(t.source, t.table).arg(t.count);
    if (!t.unreachable.isEmpty())
        line = QStringLiteral("  %1.%2: ").arg(t.source, t.table) +
               Cli::tr("not reachable: %1").arg(t.unreachable);
    if (!t.error.isEmpty())
        line += QStringLiteral("  ") + Cli::tr("ERROR: %1").arg(t.error);
    if (t.othersCount > 0)
        line += QStringLiteral("  ") + Cli::tr("(%n held about other people)", nullptr, int(t.othersCount));
    out() << line << Qt::endl;
    for (const DossierRow& r : t.rows)
        out() << "      " << cellsText(t, r) << "   [" << r.via << "]" << Qt::endl;
    if (t.relatedCount > 0)
        out() << "    "
              << Cli::tr("%n related row(s): the subject's rows point at them; not the subject's own, "
                         "left as they are",
                         nullptr, int(t.relatedCount))
              << Qt::endl;
    for (const DossierRow& r : t.related) {
        out() << "      " << cellsText(t, r) << "   [" << r.via;
        if (r.sharedWith >= 0)
            out() << "; " << Cli::tr("shared with %n other row(s)", nullptr, int(r.sharedWith));
        out() << "]" << Qt::endl;
    }
    if (t.sharedLeftOut > 0)
        out() << "    "
              << Cli::tr("%n row(s) left out: reached through one of the subject's rows, but they also "
                         "point at a row that is not the subject's",
                         nullptr, int(t.sharedLeftOut))
              << Qt::endl;
}

} // namespace

// One system's dossier: printed as it comes (text) or gathered into `systems` (--json); the tables whose
// search failed into `failedTables`.
void Cli::showDossier(const Dossier& d, QJsonArray* systems, QStringList* failedTables)
{
    if (!m_json)
        out() << tr("%1 (%2): %n row(s)", nullptr, int(d.totalRows())).arg(d.systemName, d.systemKey)
              << Qt::endl;
    QJsonArray tables;
    for (const DossierTable& t : d.tables) {
        if (!t.error.isEmpty())
            *failedTables << QStringLiteral("%1.%2.%3").arg(d.systemKey, t.source, t.table);
        if (m_json)
            tables << tableJson(t);
        else
            printTable(t);
    }
    QJsonArray tasks;
    for (const Recipient& r : d.manualTasks) {
        tasks << QJsonObject{{QStringLiteral("processor"), r.name},
                             {QStringLiteral("instructions"), r.manual}};
        if (!m_json)
            out() << "  " << tr("manual task: %1: %2").arg(r.name, r.manual) << Qt::endl;
    }
    if (m_json)
        *systems << QJsonObject{{QStringLiteral("system"), d.systemKey},
                                {QStringLiteral("name"), d.systemName},
                                {QStringLiteral("rows"), d.totalRows()},
                                {QStringLiteral("tables"), tables},
                                {QStringLiteral("manual_tasks"), tasks}};
}

// The subject's identities from --email, --phone and --user-id, phones read in the workspace's region.
Result<QList<Identity>> Cli::previewIdentities(const QCommandLineParser& p)
{
    QList<Identity> identities;
    for (const QString& v : p.values(QStringLiteral("email")))
        identities << Identity{IdentityKind::Email, v};
    for (const QString& v : p.values(QStringLiteral("phone")))
        identities << Identity{IdentityKind::Phone, v};
    for (const QString& v : p.values(QStringLiteral("user-id")))
        identities << Identity{IdentityKind::UserId, v};
    auto region = phoneRegion(identities);
    if (!region)
        return region.error();
    for (Identity& i : identities) {
        auto n = Validation::normalizeIdentity(i, *region);
        if (!n)
            return n.error();
        i = *n; // searched as E.164 from here on
    }
    return identities;
}

int Cli::preview(const QStringList& args)
{
    QCommandLineParser p;
    const QList<QCommandLineOption> opts = {
        {QStringLiteral("map"),
         tr("A data map of a system to search (repeatable). Default: every map in the workspace's datamaps "
            "folder."),
         tr("file")},
        {QStringLiteral("request"),
         tr("Search for this request's subject, and record the preview in its audit log."), tr("id")},
        {QStringLiteral("email"), tr("An email to search for (repeatable)."), tr("email")},
        {QStringLiteral("phone"), tr("A phone number to search for (repeatable)."), tr("phone")},
        {QStringLiteral("user-id"), tr("A user id to search for (repeatable)."), tr("id")},
        {QStringLiteral("rows"), tr("Rows to show per table (default 20); counts are always complete."),
         tr("n"), QStringLiteral("20")},
        {QStringLiteral("no-processors"), tr("Search the databases only, not the processors' APIs.")},
    };
    if (!parse(p, args, opts))
        return p.isSet(QStringLiteral("help")) ? Ok : Usage;
    bool ok = false;
    const int rows = p.value(QStringLiteral("rows")).toInt(&ok);
    if (!ok || rows < 0 || rows > 100000)
        return fail(makeError(
            Error::Code::InvalidInput,
            tr("--rows: \"%1\" must be between 0 and 100000.").arg(p.value(QStringLiteral("rows")))));
    // The maps given, or every map of the workspace: all of them or none (WorkspaceMaps).
    const auto ws = Workspaces::load(m_workspace);
    QStringList issues;
    auto maps = p.isSet(QStringLiteral("map"))
                    ? WorkspaceMaps::loadFiles(p.values(QStringLiteral("map")), &issues)
                    : (ws ? WorkspaceMaps::load(ws->folder, &issues) : Result<QList<DataMap>>(ws.error()));
    for (const QString& i : std::as_const(issues))
        err() << i << Qt::endl;
    if (!maps)
        return fail(maps.error());

    auto parsed = previewIdentities(p);
    if (!parsed)
        return fail(parsed.error());
    QList<Identity> identities = *parsed;
    std::unique_ptr<WorkspaceStore> store;
    QString requestId;
    if (p.isSet(QStringLiteral("request"))) {
        auto opened = openStore();
        if (!opened)
            return fail(opened.error());
        store = std::move(opened).value();
        auto r = store->request(p.value(QStringLiteral("request")));
        if (!r)
            return fail(r.error());
        requestId = r->humanId;
        identities += r->identities;
    }
    if (identities.isEmpty()) {
        return fail(
            makeError(Error::Code::InvalidInput,
                      tr("identities: give --request, or at least one --email, --phone or --user-id.")));
    }

    // Passwords and (unless --no-processors) the processors' secrets from the keychain, then the search.
    const QString processorsFolder = p.isSet(QStringLiteral("no-processors")) || !ws ? QString() : ws->folder;
    const ResolvedSystems resolved = waitFor<ResolvedSystems>(
        [&](auto done) { SecretResolver::resolve(m_credentials, *maps, processorsFolder, {}, done); });
    for (const QString& problem : resolved.processorProblems)
        err() << "lethe-cli: " << problem << Qt::endl;
    QJsonArray systems;
    QStringList
        failedTables; // a query that failed (a missing table, a type mismatch): the preview is incomplete
    PreviewTally tally;
    auto total = PreviewService::search(resolved, identities, rows, {}, [&](const Dossier& d, int, int) {
        tally.add(d);
        showDossier(d, &systems, &failedTables);
    });
    if (!total)
        return fail(total.error());
    if (store) {
        auto added = PreviewService::record(*store, requestId, tally);
        if (!added)
            return fail(added.error());
        if (!m_json && *added > 0)
            out() << tr("%n manual task(s) added to %1 (lethe-cli tasks list --request %1).", nullptr, *added)
                         .arg(requestId)
                  << Qt::endl;
    }
    if (m_json)
        emitJson(QJsonObject{
            {QStringLiteral("request"), requestId},
            {QStringLiteral("rows"), *total},
            {QStringLiteral("systems"), systems},
            {QStringLiteral("processor_problems"), QJsonArray::fromStringList(resolved.processorProblems)}});
    if (!failedTables.isEmpty()) {
        err()
            << "lethe-cli: "
            << tr("the preview is incomplete: the search failed in %1 (the error is given with each table).")
                   .arg(failedTables.join(QStringLiteral(", ")))
            << Qt::endl;
        return Incomplete;
    }
    return Ok;
}

} // namespace lethe
