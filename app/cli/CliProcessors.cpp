// lethe-cli: connector definitions, processor connections and lookups at the processors.
#include "Cli.h"
#include "CliIo.h"

#include "CredentialStore.h"
#include "Evidence.h"
#include "ProcessorConnections.h"
#include "Validation.h"
#include "Workspace.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QTextStream>

#include <cstdio>

namespace lethe {

using cli::err;
using cli::out;
using cli::waitFor;

namespace {

QJsonObject connectionJson(const ProcessorConnection& c)
{
    QJsonObject params;
    for (auto it = c.parameters.begin(); it != c.parameters.end(); ++it)
        params.insert(it.key(), it.value());
    return QJsonObject{{QStringLiteral("key"), c.key},
                       {QStringLiteral("connector"), c.connector},
                       {QStringLiteral("base_url"), c.baseUrl},
                       {QStringLiteral("parameters"), params},
                       {QStringLiteral("secret_key"), c.secretKey}};
}

// A workspace's folder and its processor connections (connections.json), which every connections command
// and the lookup start from.
struct Connections
{
    QString folder;
    QList<ProcessorConnection> list;
};

Result<Connections> loadConnections(const QString& workspace)
{
    auto ws = Workspaces::load(workspace);
    if (!ws)
        return ws.error();
    auto list = ProcessorConnections::load(ws->folder);
    if (!list)
        return list.error();
    return Connections{ws->folder, *list};
}

} // namespace

Result<QString> Cli::readSecret(const QString& key)
{
    return waitFor<Result<QString>>([&](auto done) { m_credentials->read(key, done); });
}

int Cli::connectorsList(const QStringList& args)
{
    QCommandLineParser p;
    if (!parse(p, args, {}))
        return p.isSet(QStringLiteral("help")) ? Ok : Usage;
    auto ws = Workspaces::load(m_workspace);
    QStringList problems;
    const QList<ConnectorDefinition> defs =
        ProcessorConnections::definitions(ws ? ws->folder : QString(), &problems);
    for (const QString& problem : std::as_const(problems))
        err() << problem << Qt::endl;
    QJsonArray list;
    for (const ConnectorDefinition& d : defs) {
        QJsonArray params;
        for (const ConnectorParameter& par : d.parameters)
            params << QJsonObject{{QStringLiteral("name"), par.name},
                                  {QStringLiteral("description"), par.description},
                                  {QStringLiteral("default"), par.defaultValue}};
        QJsonArray lookups;
        for (const Lookup& l : d.lookups)
            if (l.into.isEmpty())
                lookups << l.name;
        QJsonArray steps;
        for (const ErasureStep& e : d.erasure)
            steps << QJsonObject{{QStringLiteral("name"), e.name},
                                 {QStringLiteral("effect"), erasureEffectKey(e.effect)}};
        list << QJsonObject{{QStringLiteral("key"), d.key},
                            {QStringLiteral("name"), d.name},
                            {QStringLiteral("file"), d.file},
                            {QStringLiteral("base_url"), d.baseUrl},
                            {QStringLiteral("parameters"), params},
                            {QStringLiteral("lookups"), lookups},
                            {QStringLiteral("erasure"), steps},
                            {QStringLiteral("keeps"), QJsonArray::fromStringList(d.keeps)}};
        if (!m_json)
            out() << QStringLiteral("%1  %2  (%3 lookup(s), %4 erasure step(s))")
                         .arg(d.key.leftJustified(14), d.name)
                         .arg(lookups.size())
                         .arg(steps.size())
                  << Qt::endl;
    }
    if (m_json)
        emitJson(QJsonObject{{QStringLiteral("connectors"), list},
                             {QStringLiteral("problems"), QJsonArray::fromStringList(problems)}});
    return problems.isEmpty() ? Ok : BadInput;
}

int Cli::connectorsValidate(const QStringList& args)
{
    QCommandLineParser p;
    if (!parse(p, args, {}, QStringLiteral("file"), tr("A connector definition (YAML).")))
        return p.isSet(QStringLiteral("help")) ? Ok : Usage;
    if (p.positionalArguments().size() != 1)
        return usage(tr("connectors validate needs exactly one FILE."));
    const QString file = p.positionalArguments().first();
    const ConnectorLoad load = ConnectorLoader::load(file);
    QJsonArray issues;
    for (const DataMapIssue& i : load.issues) {
        issues << i.toString();
        if (!m_json)
            err() << i.toString() << Qt::endl;
    }
    if (m_json)
        emitJson(QJsonObject{{QStringLiteral("file"), file},
                             {QStringLiteral("ok"), load.ok()},
                             {QStringLiteral("issues"), issues}});
    else if (load.ok())
        out() << tr("%1: a valid connector for %2.").arg(file, load.definition->name) << Qt::endl;
    return load.ok() ? Ok : BadInput;
}

int Cli::connectionsAdd(const QStringList& args)
{
    QCommandLineParser p;
    const QList<QCommandLineOption> opts = {
        {QStringLiteral("connector"), tr("The connector definition's key (connectors list)."), tr("key")},
        {QStringLiteral("base-url"), tr("Another base URL than the definition's (a region, the sandbox)."),
         tr("url")},
        {QStringLiteral("param"), tr("A connection parameter (repeatable)."), tr("name=value")},
        {QStringLiteral("secret-stdin"), tr("Read the secret (API key or token) from standard input.")},
        {QStringLiteral("secret-env"), tr("Read the secret from this environment variable."), tr("var")},
        {QStringLiteral("replace"), tr("Replace a connection with the same key.")},
    };
    if (!parse(p, args, opts, QStringLiteral("key"), tr("The connection's key, e.g. leadsgen-stripe.")))
        return p.isSet(QStringLiteral("help")) ? Ok : Usage;
    if (p.positionalArguments().size() != 1)
        return usage(tr("connections add needs exactly one KEY."));
    auto ws = Workspaces::load(m_workspace);
    if (!ws)
        return fail(ws.error());
    ProcessorConnection c;
    c.key = p.positionalArguments().first();
    c.connector = p.value(QStringLiteral("connector"));
    c.baseUrl = p.value(QStringLiteral("base-url"));
    c.secretKey = ProcessorConnections::secretKeyFor(c.key);
    for (const QString& kv : p.values(QStringLiteral("param"))) {
        const qsizetype eq = kv.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return fail(makeError(Error::Code::InvalidInput,
                                  tr("--param: \"%1\" must be NAME=VALUE.").arg(kv.left(40))));
        c.parameters.insert(kv.left(eq), kv.mid(eq + 1));
    }
    QString secret;
    if (p.isSet(QStringLiteral("secret-stdin"))) {
        QTextStream in(stdin);
        secret = in.readLine().trimmed();
    } else if (p.isSet(QStringLiteral("secret-env"))) {
        secret =
            qEnvironmentVariable(p.value(QStringLiteral("secret-env")).toLocal8Bit().constData()).trimmed();
    } else {
        return fail(
            makeError(Error::Code::InvalidInput,
                      tr("the secret: give --secret-stdin or --secret-env VAR (never on the command line, "
                         "where other users can see it).")));
    }
    if (secret.isEmpty())
        return fail(makeError(Error::Code::InvalidInput, tr("the secret is empty.")));
    QStringList problems;
    const QList<ConnectorDefinition> defs = ProcessorConnections::definitions(ws->folder, &problems);
    if (Status st = ProcessorConnections::check(c, defs); !st)
        return fail(st.error());
    auto existing = ProcessorConnections::load(ws->folder);
    if (!existing)
        return fail(existing.error());
    QList<ProcessorConnection> list = *existing;
    for (int i = 0; i < list.size(); ++i) {
        if (list[i].key == c.key) {
            if (!p.isSet(QStringLiteral("replace")))
                return fail(
                    makeError(Error::Code::Conflict,
                              tr("The connection \"%1\" exists; give --replace to replace it.").arg(c.key)));
            list.removeAt(i--);
        }
    }
    const Status written =
        waitFor<Status>([&](auto done) { m_credentials->write(c.secretKey, secret, done); });
    if (!written)
        return fail(written.error());
    list << c;
    if (Status st = ProcessorConnections::save(ws->folder, list); !st)
        return fail(st.error());
    if (m_json)
        emitJson(connectionJson(c));
    else
        out() << tr("Connection %1 (%2) added; its secret is in the keychain as %3.")
                     .arg(c.key, c.connector, c.secretKey)
              << Qt::endl;
    return Ok;
}

int Cli::connectionsList(const QStringList& args)
{
    QCommandLineParser p;
    if (!parse(p, args, {}))
        return p.isSet(QStringLiteral("help")) ? Ok : Usage;
    auto ws = loadConnections(m_workspace);
    if (!ws)
        return fail(ws.error());
    const QList<ProcessorConnection>& list = ws->list;
    QJsonArray arr;
    for (const ProcessorConnection& c : list) {
        arr << connectionJson(c);
        if (!m_json)
            out() << QStringLiteral("%1  %2  %3")
                         .arg(c.key.leftJustified(24), c.connector.leftJustified(14), c.baseUrl)
                  << Qt::endl;
    }
    if (m_json)
        emitJson(QJsonObject{{QStringLiteral("connections"), arr}});
    else if (list.isEmpty())
        out()
            << tr("No connections. Add one with: lethe-cli connections add KEY --connector C --secret-stdin")
            << Qt::endl;
    return Ok;
}

int Cli::connectionsTest(const QStringList& args)
{
    QCommandLineParser p;
    if (!parse(p, args, {}, QStringLiteral("key"), tr("The connection to test.")))
        return p.isSet(QStringLiteral("help")) ? Ok : Usage;
    if (p.positionalArguments().size() != 1)
        return usage(tr("connections test needs exactly one KEY."));
    auto ws = loadConnections(m_workspace);
    if (!ws)
        return fail(ws.error());
    const QList<ProcessorConnection>& list = ws->list;
    const QString key = p.positionalArguments().first();
    const ProcessorConnection* c = nullptr;
    for (const ProcessorConnection& x : list)
        if (x.key == key)
            c = &x;
    if (!c)
        return fail(makeError(Error::Code::NotFound, tr("No connection \"%1\" in this workspace.").arg(key)));
    QStringList problems;
    const QList<ConnectorDefinition> defs = ProcessorConnections::definitions(ws->folder, &problems);
    const ConnectorDefinition* def = ConnectorLoader::find(defs, c->connector);
    if (!def)
        return fail(
            makeError(Error::Code::NotFound, tr("The connector \"%1\" is not installed.").arg(c->connector)));
    auto secret = readSecret(c->secretKey);
    if (!secret)
        return fail(makeError(Error::Code::Unavailable,
                              tr("The secret of \"%1\" could not be read from the keychain: %2")
                                  .arg(key, secret.error().message)));
    const ProcessorConnections::TestResult r = ProcessorConnections::test(*def, *c, *secret);
    if (m_json)
        emitJson(QJsonObject{{QStringLiteral("connection"), key},
                             {QStringLiteral("verdict"), ProcessorConnections::verdictKey(r.verdict)},
                             {QStringLiteral("status"), r.status},
                             {QStringLiteral("message"), r.message}});
    else
        out() << key << ": " << r.message << Qt::endl;
    switch (r.verdict) {
    case ProcessorConnections::Verdict::Reachable:
    case ProcessorConnections::Verdict::NotTestable:
        return Ok;
    case ProcessorConnections::Verdict::AuthRefused:
        return Refused;
    case ProcessorConnections::Verdict::WrongUrl:
        return NotFound;
    default:
        return Failure;
    }
}

int Cli::connectionsRemove(const QStringList& args)
{
    QCommandLineParser p;
    if (!parse(p, args, {}, QStringLiteral("key"), tr("The connection to remove, with its secret.")))
        return p.isSet(QStringLiteral("help")) ? Ok : Usage;
    if (p.positionalArguments().size() != 1)
        return usage(tr("connections remove needs exactly one KEY."));
    auto ws = loadConnections(m_workspace);
    if (!ws)
        return fail(ws.error());
    const QList<ProcessorConnection>& list = ws->list;
    const QString key = p.positionalArguments().first();
    QList<ProcessorConnection> kept;
    QString secretKey;
    for (const ProcessorConnection& c : list) {
        if (c.key == key)
            secretKey = c.secretKey;
        else
            kept << c;
    }
    if (secretKey.isEmpty())
        return fail(makeError(Error::Code::NotFound, tr("No connection \"%1\" in this workspace.").arg(key)));
    if (Status st = ProcessorConnections::save(ws->folder, kept); !st)
        return fail(st.error());
    const Status removed = waitFor<Status>([&](auto done) { m_credentials->remove(secretKey, done); });
    if (!removed)
        err() << tr("lethe-cli: the connection is gone, but its secret could not be removed from the "
                    "keychain: %1")
                     .arg(removed.error().message)
              << Qt::endl;
    if (m_json)
        emitJson(QJsonObject{{QStringLiteral("removed"), key}});
    else
        out() << tr("Connection %1 removed, with its secret.").arg(key) << Qt::endl;
    return Ok;
}

int Cli::processorsLookup(const QStringList& args)
{
    QCommandLineParser p;
    const QList<QCommandLineOption> opts = {
        {QStringLiteral("email"), tr("An email to look up (repeatable)."), tr("email")},
        {QStringLiteral("phone"), tr("A phone number to look up (repeatable)."), tr("phone")},
        {QStringLiteral("user-id"), tr("A user id to look up (repeatable)."), tr("id")},
        {QStringLiteral("rows"), tr("Records to show per lookup (default 20); counts are always complete."),
         tr("n"), QStringLiteral("20")},
    };
    if (!parse(p, args, opts, QStringLiteral("key"), tr("Connections to look up at (default: all).")))
        return p.isSet(QStringLiteral("help")) ? Ok : Usage;
    auto ws = loadConnections(m_workspace);
    if (!ws)
        return fail(ws.error());
    const QList<ProcessorConnection>& list = ws->list;
    QList<Identity> identities;
    for (const QString& v : p.values(QStringLiteral("email")))
        identities << Identity{IdentityKind::Email, v};
    for (const QString& v : p.values(QStringLiteral("phone")))
        identities << Identity{IdentityKind::Phone, v};
    for (const QString& v : p.values(QStringLiteral("user-id")))
        identities << Identity{IdentityKind::UserId, v};
    auto region = phoneRegion(identities);
    if (!region)
        return fail(region.error());
    for (Identity& i : identities) {
        auto n = Validation::normalizeIdentity(i, *region);
        if (!n)
            return fail(n.error());
        i = *n;
    }
    if (identities.isEmpty())
        return fail(makeError(Error::Code::InvalidInput,
                              tr("identities: give at least one --email, --phone or --user-id.")));
    const int rows = std::clamp(p.value(QStringLiteral("rows")).toInt(), 0, 100000);
    QStringList problems;
    const QList<ConnectorDefinition> defs = ProcessorConnections::definitions(ws->folder, &problems);
    const QStringList wanted = p.positionalArguments();
    QList<ProcessorHub::Job> jobs;
    for (const ProcessorConnection& c : list) {
        if (!wanted.isEmpty() && !wanted.contains(c.key))
            continue;
        const ConnectorDefinition* def = ConnectorLoader::find(defs, c.connector);
        if (!def) {
            problems << tr("The connection \"%1\" uses the connector \"%2\", which is not installed.")
                            .arg(c.key, c.connector);
            continue;
        }
        auto secret = readSecret(c.secretKey);
        if (!secret) {
            problems << tr("The secret of \"%1\" could not be read from the keychain: %2")
                            .arg(c.key, secret.error().message);
            continue;
        }
        jobs << ProcessorHub::Job{*def, c, *secret};
    }
    for (const QString& w : wanted) {
        bool found = false;
        for (const ProcessorConnection& c : list)
            found = found || c.key == w;
        if (!found)
            return fail(
                makeError(Error::Code::NotFound, tr("No connection \"%1\" in this workspace.").arg(w)));
    }
    const QList<ProcessorResult> results = ProcessorHub::search(jobs, identities);
    QJsonArray arr;
    bool anyError = !problems.isEmpty();
    for (const ProcessorResult& r : results) {
        anyError = anyError || !r.errors.isEmpty();
        QJsonArray sets;
        for (const ProcessorRecordSet& s : r.sets) {
            QJsonArray records;
            for (int i = 0; i < s.records.size() && i < rows; ++i)
                records << QJsonObject{{QStringLiteral("via"), s.via.value(i)},
                                       {QStringLiteral("record"), s.records[i]}};
            QJsonArray near;
            for (int i = 0; i < s.nearMatches.size() && i < rows; ++i)
                near << QJsonObject{{QStringLiteral("via"), s.nearVia.value(i)},
                                    {QStringLiteral("record"), s.nearMatches[i]}};
            sets << QJsonObject{{QStringLiteral("lookup"), s.lookup},
                                {QStringLiteral("name"), s.name},
                                {QStringLiteral("count"), s.records.size()},
                                {QStringLiteral("records"), records},
                                {QStringLiteral("near_match_count"), s.nearMatches.size()},
                                {QStringLiteral("near_matches"), near}};
        }
        arr << QJsonObject{{QStringLiteral("connection"), r.connection},
                           {QStringLiteral("processor"), r.processor},
                           {QStringLiteral("sets"), sets},
                           {QStringLiteral("errors"), QJsonArray::fromStringList(r.errors)},
                           {QStringLiteral("auth_refused"), r.authRefused},
                           {QStringLiteral("calls"), r.calls},
                           {QStringLiteral("retries"), r.retries},
                           {QStringLiteral("elapsed_ms"), r.elapsedMs},
                           {QStringLiteral("keeps"), QJsonArray::fromStringList(r.keeps)}};
        if (!m_json) {
            out() << tr("%1 (%2): %n record(s), %3 call(s) in %4 ms", nullptr, int(r.totalRecords()))
                         .arg(r.processorName, r.connection)
                         .arg(r.calls)
                         .arg(r.elapsedMs)
                  << Qt::endl;
            for (const ProcessorRecordSet& s : r.sets) {
                out() << "  " << s.name << ": " << s.records.size() << Qt::endl;
                if (!s.nearMatches.isEmpty())
                    out() << "  "
                          << tr("%1: %n near match(es), not the subject's (not erased)", nullptr,
                                int(s.nearMatches.size()))
                                 .arg(s.name)
                          << Qt::endl;
            }
            for (const QString& e : r.errors)
                out() << "  " << tr("ERROR: %1").arg(e) << Qt::endl;
        }
    }
    for (const QString& problem : std::as_const(problems))
        err() << "lethe-cli: " << problem << Qt::endl;
    if (m_json)
        emitJson(QJsonObject{{QStringLiteral("processors"), arr},
                             {QStringLiteral("problems"), QJsonArray::fromStringList(problems)}});
    return anyError ? Failure : Ok;
}

namespace {

QJsonObject taskJson(const ManualTask& t)
{
    QJsonObject o{{QStringLiteral("id"), t.id},
                  {QStringLiteral("system"), t.system},
                  {QStringLiteral("processor"), t.processor},
                  {QStringLiteral("instructions"), t.instructions},
                  {QStringLiteral("created"), t.created.toString(Qt::ISODate)},
                  {QStringLiteral("done"), t.isDone()}};
    if (t.isDone()) {
        o.insert(QStringLiteral("done_at"), t.done.toString(Qt::ISODate));
        o.insert(QStringLiteral("done_by"), t.doneBy);
        o.insert(QStringLiteral("note"), t.note);
        o.insert(QStringLiteral("evidence"), t.evidenceName);
        o.insert(QStringLiteral("evidence_sha256"), t.evidenceSha256);
    }
    return o;
}

} // namespace

int Cli::tasksList(const QStringList& args)
{
    QCommandLineParser p;
    const QList<QCommandLineOption> opts = {{QStringLiteral("request"), tr("The request."), tr("id")}};
    if (!parse(p, args, opts))
        return p.isSet(QStringLiteral("help")) ? Ok : Usage;
    if (!p.isSet(QStringLiteral("request")))
        return usage(tr("tasks list needs --request ID."));
    auto store = openStore();
    if (!store)
        return fail(store.error());
    auto tasks = (*store)->tasks(p.value(QStringLiteral("request")));
    if (!tasks)
        return fail(tasks.error());
    QJsonArray arr;
    for (const ManualTask& t : *tasks) {
        arr << taskJson(t);
        if (!m_json) {
            out() << QStringLiteral("%1  [%2]  %3 (%4)")
                         .arg(t.id)
                         .arg(t.isDone() ? QStringLiteral("x") : QStringLiteral(" "), t.processor, t.system)
                  << Qt::endl
                  << "      " << t.instructions << Qt::endl;
            if (t.isDone())
                out() << "      "
                      << tr("done by %1 on %2: %3")
                             .arg(t.doneBy, t.done.toLocalTime().toString(Qt::ISODate), t.note)
                      << (t.evidenceName.isEmpty() ? QString() : QStringLiteral(" [%1]").arg(t.evidenceName))
                      << Qt::endl;
        }
    }
    if (m_json)
        emitJson(QJsonObject{{QStringLiteral("tasks"), arr}});
    else if (tasks->isEmpty())
        out() << tr("No manual tasks. A preview of the request adds those its data maps name.") << Qt::endl;
    return Ok;
}

int Cli::tasksComplete(const QStringList& args)
{
    QCommandLineParser p;
    const QList<QCommandLineOption> opts = {
        {QStringLiteral("request"), tr("The request."), tr("id")},
        {QStringLiteral("note"), tr("What was done, and the answer received."), tr("text")},
        {QStringLiteral("evidence"),
         tr("A file that proves it (copied into the workspace, with its SHA-256)."), tr("file")},
    };
    if (!parse(p, args, opts, QStringLiteral("task"), tr("The task's number (tasks list).")))
        return p.isSet(QStringLiteral("help")) ? Ok : Usage;
    if (p.positionalArguments().size() != 1 || !p.isSet(QStringLiteral("request")))
        return usage(tr("tasks complete needs a TASK number and --request ID."));
    bool ok = false;
    const qint64 id = p.positionalArguments().first().toLongLong(&ok);
    if (!ok)
        return fail(makeError(Error::Code::InvalidInput,
                              tr("TASK: \"%1\" is not a task number.").arg(p.positionalArguments().first())));
    auto ws = Workspaces::load(m_workspace);
    if (!ws)
        return fail(ws.error());
    auto store = openStore();
    if (!store)
        return fail(store.error());
    const QString requestId = p.value(QStringLiteral("request")).trimmed().toUpper();
    Evidence::Stored stored;
    if (p.isSet(QStringLiteral("evidence"))) {
        auto e = Evidence::attach(ws->folder, requestId, p.value(QStringLiteral("evidence")));
        if (!e)
            return fail(e.error());
        stored = *e;
    }
    auto done =
        (*store)->completeTask(requestId, id, p.value(QStringLiteral("note")), stored.name, stored.sha256);
    if (!done)
        return fail(done.error());
    if (m_json)
        emitJson(taskJson(*done));
    else
        out() << tr("Task %1 (%2) done.").arg(id).arg(done->processor) << Qt::endl;
    return Ok;
}

} // namespace lethe
