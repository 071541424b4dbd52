// lethe-cli: the command table and the help, what every command shares (options, errors and exit codes,
// the workspace store, the keychain), and preview.

#include "Cli.h"
#include "CliIo.h"

#include "CredentialStore.h"
#include "DataMapLoader.h"
#include "Log.h"
#include "ProcessorConnections.h"
#include "StoredValue.h"
#include "Traversal.h"
#include "Validation.h"
#include "Workspace.h"
#include "WorkspaceOpener.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

#include <cstdio>

namespace lethe {

namespace cli {

QTextStream& out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream& err()
{
    static QTextStream s(stderr);
    return s;
}

} // namespace cli

using cli::err;
using cli::out;
using cli::waitFor;

namespace {

QString errorCodeKey(Error::Code c)
{
    switch (c) {
    case Error::Code::InvalidInput:
        return QStringLiteral("invalid-input");
    case Error::Code::NotFound:
        return QStringLiteral("not-found");
    case Error::Code::IllegalState:
        return QStringLiteral("illegal-state");
    case Error::Code::Conflict:
        return QStringLiteral("conflict");
    case Error::Code::Storage:
        return QStringLiteral("storage");
    case Error::Code::Unsupported:
        return QStringLiteral("unsupported");
    case Error::Code::Tampered:
        return QStringLiteral("tampered");
    case Error::Code::Unavailable:
        return QStringLiteral("unavailable");
    case Error::Code::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

} // namespace

Cli::Cli(CredentialStore* credentials) : m_credentials(credentials) {}

QDate Cli::today() const
{
    return m_today.isValid() ? m_today : QDate::currentDate();
}

bool Cli::showsDeadlinesOnly(const QString& command)
{
    // The read-only views that show deadlines. Everything else either writes (and so must follow the real
    // date: plans, retention and audit timestamps use the system clock) or shows no deadline.
    return command == QLatin1String("requests list") || command == QLatin1String("requests show");
}

void Cli::emitJson(const QJsonValue& v)
{
    const QJsonDocument doc = v.isArray() ? QJsonDocument(v.toArray()) : QJsonDocument(v.toObject());
    out() << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
    out().flush();
}

int Cli::fail(const Error& e)
{
    log::warn(QStringLiteral("lethe-cli %1: %2").arg(m_command.trimmed(), e.message)); // redacted by the log
    if (m_json) {
        emitJson(
            QJsonObject{{QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), errorCodeKey(e.code)},
                                                              {QStringLiteral("message"), e.message}}}});
    }
    err() << "lethe-cli: " << e.message << Qt::endl;
    switch (e.code) {
    case Error::Code::InvalidInput:
        return BadInput;
    case Error::Code::NotFound:
        return NotFound;
    case Error::Code::IllegalState:
    case Error::Code::Conflict:
        return Refused;
    case Error::Code::Tampered:
        return Tampered;
    case Error::Code::Unsupported:
        return TooNew;
    default:
        return Failure;
    }
}

int Cli::usage(const QString& message)
{
    if (m_json) {
        emitJson(QJsonObject{
            {QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), QStringLiteral("usage")},
                                                  {QStringLiteral("message"), message}}}});
    }
    err() << "lethe-cli: " << message << Qt::endl
          << tr("Run `lethe-cli --help` for the commands.") << Qt::endl;
    return Usage;
}

bool Cli::parse(QCommandLineParser& p, const QStringList& args, const QList<QCommandLineOption>& extra,
                const QString& positional, const QString& positionalHelp)
{
    p.setApplicationDescription(tr("Lethe command line: %1").arg(m_command));
    p.addOption({QStringLiteral("workspace"),
                 tr("Workspace name (under the data folder) or folder path. Default: $LETHE_WORKSPACE or "
                    "\"default\"."),
                 tr("name-or-path")});
    p.addOption({QStringLiteral("json"), tr("Print machine-readable JSON.")});
    p.addOption({QStringLiteral("today"),
                 tr("Show deadlines as of this date (YYYY-MM-DD). Only for requests list and requests show: "
                    "plans, retention and the audit log always use the system clock."),
                 tr("date")});
    p.addOption({{QStringLiteral("h"), QStringLiteral("help")}, tr("Show help for this command.")});
    p.addOptions(extra);
    if (!positional.isEmpty())
        p.addPositionalArgument(positional, positionalHelp);
    if (!p.parse(args)) {
        usage(p.errorText());
        return false;
    }
    m_json = p.isSet(QStringLiteral("json"));
    m_workspace = p.value(QStringLiteral("workspace"));
    if (m_workspace.isEmpty())
        m_workspace = qEnvironmentVariable("LETHE_WORKSPACE", QStringLiteral("default"));
    if (p.isSet(QStringLiteral("help"))) {
        out() << p.helpText();
        out().flush();
        return false;
    }
    if (p.isSet(QStringLiteral("today")) && !showsDeadlinesOnly(m_command.trimmed())) {
        usage(tr("--today only changes how deadlines are shown (requests list, requests show); \"%1\" "
                 "uses the system clock, because its plans, retention dates and audit events must follow "
                 "the real date. Run it without --today.")
                  .arg(m_command.trimmed()));
        return false;
    }
    if (p.isSet(QStringLiteral("today"))) {
        auto d = Validation::parseDate(QStringLiteral("--today"), p.value(QStringLiteral("today")));
        if (!d) {
            fail(d.error());
            return false;
        }
        m_today = *d;
    }
    return true;
}

Result<std::unique_ptr<WorkspaceStore>> Cli::openStore()
{
    auto ws = Workspaces::load(m_workspace);
    if (!ws)
        return ws.error();
    // The system clock, always: --today only changes how deadlines are shown, never when things happen.
    return waitFor<Result<std::unique_ptr<WorkspaceStore>>>(
        [&](auto done) { WorkspaceOpener::open(*ws, m_credentials, WorkspaceOpener::currentActor(), done); });
}

Result<QString> Cli::phoneRegion(const QList<Identity>& identities)
{
    bool national = false;
    for (const Identity& i : identities) {
        const QString v = i.value.trimmed();
        national = national || (i.kind == IdentityKind::Phone && !v.startsWith(QLatin1Char('+')) &&
                                !v.startsWith(QLatin1String("00")));
    }
    if (!national || !Workspaces::load(m_workspace))
        return QString();
    auto store = openStore();
    if (!store)
        return store.error();
    return (*store)->phoneRegion();
}

Result<ConnectionParams> Cli::resolveConnection(const ConnectionParams& params)
{
    return waitFor<Result<ConnectionParams>>(
        [&](auto done) { WorkspaceOpener::resolveConnection(params, m_credentials, done); });
}

Result<ConnectionParams> Cli::resolveParams(const WorkspaceInfo& ws)
{
    return waitFor<Result<ConnectionParams>>(
        [&](auto done) { WorkspaceOpener::resolve(ws, m_credentials, done); });
}

// The top-level help: every command with its options, then the exit codes.
void Cli::printHelp()
{
    out() << tr("Usage: lethe-cli COMMAND [SUBCOMMAND] [options] [--json] [--workspace NAME|PATH]\n\n"
                "Commands:\n"
                "  workspace init NAME [--engine postgres --host H --port P --database D --user U "
                "--password-key K]\n"
                "  workspace list\n"
                "  workspace set [--controller-name N] [--controller-contact C] [--dpo-contact C] "
                "[--authority-name N] [--authority-url URL]\n"
                "  requests add --type T --regulation R --received YYYY-MM-DD --email E [--phone P] "
                "[--user-id U] [--name N] [--product P] [--assignee A] [--established-in CALENDAR]\n"
                "  requests list [--status S] [--type T] [--regulation R] [--assignee A] [--search TEXT] "
                "[--open] [--overdue]\n"
                "  requests show ID\n"
                "  requests update ID [--type T] [--regulation R] [--received D] [--assignee A] [--name N] "
                "[--product P ...] [--add-identity KIND:VALUE] [--remove-identity KIND:VALUE] "
                "[--established-in CALENDAR|none]\n"
                "  requests transition ID STATUS [--reason TEXT] [--code C [--exemption TEXT]] "
                "[--withheld TEXT --withheld-reason TEXT]\n"
                "  requests fee ID --amount A --currency C --reason unfounded-or-excessive|further-copies\n"
                "  requests extend ID --reason TEXT\n"
                "  requests note ID TEXT\n"
                "  audit log [--request ID] [--limit N]\n"
                "  audit verify\n"
                "  report metrics [--year YYYY] [--regulation R] [--json | --csv]\n"
                "  demo init [--count N] [--scale N] [--engine sqlite|postgres|mariadb --connection URL "
                "[--password-key K] [--replace]]\n"
                "  demo sandbox --ports-file FILE\n"
                "  datamap validate FILE [--live]\n"
                "  datamap import-fides FILE... --out MAP [--system-key K] [--name N] [--purpose P ...] "
                "[--force]\n"
                "  datamap discover --connection URL --out MAP [--password-key K] [--sample N] "
                "[--system-key K] [--force]\n"
                "  preview [--map MAP ...] (--request ID | --email E | --phone P | --user-id U) "
                "[--rows N] [--no-processors]\n"
                "  connectors list\n"
                "  connectors validate FILE\n"
                "  connections add KEY --connector C [--base-url URL] [--param NAME=VALUE ...] "
                "(--secret-stdin | --secret-env VAR)\n"
                "  connections list\n"
                "  connections test KEY\n"
                "  connections remove KEY\n"
                "  processors lookup KEY... (--email E | --phone P | --user-id U)\n"
                "  tasks list --request ID\n"
                "  tasks complete TASK --request ID (--note TEXT | --evidence FILE)...\n"
                "  erase --request ID --plan [--confirm-phone-matches]\n"
                "  erase --request ID --approve --digest SHA256\n"
                "  erase --request ID --run --digest SHA256 [--confirm-phone-matches] [--batch-size N]\n"
                "  erase --resume [--run-id N] | erase --request ID --report\n"
                "  users add NAME --role officer|support|reviewer | users list | users remove NAME\n"
                "  workspace four-eyes on|off\n"
                "  workspace phone-region [REGION|none]\n"
                "  workspace established-in [CALENDAR|none]\n"
                "  workspace gdpr-clock [pause|restart]\n"
                "  calendars list | calendars show CALENDAR [--year YYYY]\n"
                "  export --request ID --out FILE.zip [--no-processors]\n"
                "  export --request ID --out FILE.zip.age [--no-processors] (--passphrase-file F | "
                "(--recipient age1... | --recipients-file F)...)\n"
                "  keys export-public\n"
                "  bundle verify|info FILE [--key PUBLIC_KEY] [--passphrase-file F | --identity FILE...]\n"
                "  bundle extract FILE --to FOLDER [--key PUBLIC_KEY] [--passphrase-file F | --identity "
                "FILE...]\n"
                "  bundle redact FILE --redactions FILE.json --out NEW.zip[.age] [--key PUBLIC_KEY]\n"
                "      [--passphrase-file F | --identity FILE...]\n"
                "      [--encrypt-passphrase-file F | (--recipient age1... | --recipients-file F)...]\n\n"
                "Each command takes --help. Exit codes: 0 success, 1 usage, 2 invalid input, 3 not found, "
                "4 refused, 5 storage or keychain failure, 6 audit chain broken, 7 workspace too new.\n");
    out() << tr("Exit code 8: incomplete; the command ran, but part of it failed (preview: the search in a "
                "table), and the output says which.")
          << Qt::endl;
    out() << tr("--today DATE shows deadlines as of DATE in requests list and requests show only; every "
                "other command refuses it (exit 1).")
          << Qt::endl;
    out().flush();
}

int Cli::run(const QStringList& arguments)
{
    const QStringList args = arguments;
    const QString command = args.value(1);
    const QString sub = args.value(2);
    m_json = args.contains(QStringLiteral("--json"));

    if (command.isEmpty() || command == QLatin1String("--help") || command == QLatin1String("-h") ||
        command == QLatin1String("help")) {
        printHelp();
        return Ok;
    }
    if (command == QLatin1String("--version")) {
        out() << "lethe-cli " << QCoreApplication::applicationVersion() << Qt::endl;
        return Ok;
    }
    m_command = command + QLatin1Char(' ') + sub;
    // The parser sees the program name followed by the arguments after COMMAND SUBCOMMAND.
    QStringList rest = args.mid(3);
    rest.prepend(args.value(0));

    struct Entry
    {
        const char* command;
        const char* sub;
        int (Cli::*fn)(const QStringList&);
    };
    static const Entry table[] = {
        {"workspace", "init", &Cli::workspaceInit},
        {"workspace", "list", &Cli::workspaceList},
        {"workspace", "set", &Cli::workspaceSet},
        {"requests", "add", &Cli::requestsAdd},
        {"requests", "list", &Cli::requestsList},
        {"requests", "show", &Cli::requestsShow},
        {"requests", "update", &Cli::requestsUpdate},
        {"requests", "transition", &Cli::requestsTransition},
        {"requests", "extend", &Cli::requestsExtend},
        {"requests", "note", &Cli::requestsNote},
        {"requests", "fee", &Cli::requestsFee},
        {"audit", "log", &Cli::auditLog},
        {"audit", "verify", &Cli::auditVerify},
        {"report", "metrics", &Cli::reportMetrics},
        {"demo", "init", &Cli::demoInit},
        {"datamap", "validate", &Cli::datamapValidate},
        {"datamap", "import-fides", &Cli::datamapImportFides},
        {"datamap", "discover", &Cli::datamapDiscover},
        {"connectors", "list", &Cli::connectorsList},
        {"connectors", "validate", &Cli::connectorsValidate},
        {"connections", "add", &Cli::connectionsAdd},
        {"connections", "list", &Cli::connectionsList},
        {"connections", "test", &Cli::connectionsTest},
        {"connections", "remove", &Cli::connectionsRemove},
        {"processors", "lookup", &Cli::processorsLookup},
        {"demo", "sandbox", &Cli::demoSandbox},
        {"tasks", "list", &Cli::tasksList},
        {"tasks", "complete", &Cli::tasksComplete},
        {"users", "add", &Cli::usersAdd},
        {"users", "list", &Cli::usersList},
        {"users", "remove", &Cli::usersRemove},
        {"workspace", "four-eyes", &Cli::workspaceFourEyes},
        {"workspace", "phone-region", &Cli::workspacePhoneRegion},
        {"workspace", "established-in", &Cli::workspaceEstablishedIn},
        {"workspace", "gdpr-clock", &Cli::workspaceGdprClock},
        {"calendars", "list", &Cli::calendarsList},
        {"calendars", "show", &Cli::calendarsShow},
        {"keys", "export-public", &Cli::keysExportPublic},
        {"bundle", "verify", &Cli::bundleVerify},
        {"bundle", "info", &Cli::bundleVerify},
        {"bundle", "extract", &Cli::bundleVerify},
        {"bundle", "redact", &Cli::bundleRedact},
    };
    for (const Entry& e : table) {
        if (command == QLatin1String(e.command) && sub == QLatin1String(e.sub))
            return (this->*e.fn)(rest);
    }
    // The commands without a subcommand: their parser sees everything after COMMAND.
    struct Single
    {
        const char* command;
        int (Cli::*fn)(const QStringList&);
    };
    static const Single singles[] = {
        {"export", &Cli::exportBundle},
        {"erase", &Cli::erase},
        {"preview", &Cli::preview},
    };
    for (const Single& e : singles) {
        if (command == QLatin1String(e.command)) {
            m_command = command;
            QStringList afterCommand = args.mid(2);
            afterCommand.prepend(args.value(0));
            return (this->*e.fn)(afterCommand);
        }
    }
    if (sub.isEmpty() || sub.startsWith(QLatin1Char('-')))
        return usage(tr("\"%1\" needs a subcommand.").arg(command));
    return usage(tr("Unknown command \"%1 %2\".").arg(command, sub));
}

// ---- preview ----------------------------------------------------------------------------------------------

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
    QStringList mapFiles = p.values(QStringLiteral("map"));
    if (mapFiles.isEmpty()) {
        auto ws = Workspaces::load(m_workspace);
        if (!ws)
            return fail(ws.error());
        const QDir dir(QDir(ws->folder).filePath(QStringLiteral("datamaps")));
        for (const QString& f :
             dir.entryList({QStringLiteral("*.yaml"), QStringLiteral("*.yml")}, QDir::Files, QDir::Name))
            mapFiles << dir.filePath(f);
        if (mapFiles.isEmpty())
            return fail(makeError(Error::Code::InvalidInput,
                                  tr("--map: none given, and %1 holds no data maps.").arg(dir.path())));
    }

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
        i = *n; // searched as E.164 from here on
    }
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

    QList<DataMap> maps;
    for (const QString& file : mapFiles) {
        const DataMapLoad load = DataMapLoader::load(file);
        if (!load.ok()) {
            for (const DataMapIssue& i : load.issues)
                err() << i.toString() << Qt::endl;
            return fail(makeError(Error::Code::InvalidInput,
                                  tr("%1: the data map has problems; fix them first.").arg(file)));
        }
        maps << *load.map;
    }

    // The processors first: their calls run at once, all of them, while nothing else waits on them here.
    QStringList processorProblems;
    QHash<QString, QList<Recipient>> manual;
    QHash<QString, QList<DossierTable>> processorTables;
    QHash<QString, QList<ProcessorHub::Job>> laterProcessors;
    if (!p.isSet(QStringLiteral("no-processors"))) {
        auto ws = Workspaces::load(m_workspace);
        processorTables = searchProcessors(ws ? ws->folder : QString(), maps, identities, rows,
                                           &processorProblems, &manual, &laterProcessors);
        for (const QString& problem : std::as_const(processorProblems))
            err() << "lethe-cli: " << problem << Qt::endl;
    }

    QJsonArray systems;
    QJsonObject counts;
    QStringList
        failedTables; // a query that failed (a missing table, a type mismatch): the preview is incomplete
    qint64 total = 0;
    Traversal::Options o;
    o.previewRows = rows;
    for (const DataMap& map : std::as_const(maps)) {
        o.sourceProblems.clear(); // source keys are per map
        QList<ConnectionParams> connections;
        for (const DataSource& s : map.sources) {
            auto c = resolveConnection(s.connection);
            connections << (c ? *c : s.connection);
            if (!c)
                o.sourceProblems[s.key] =
                    tr("password not read from the keychain: %1").arg(c.error().message);
        }
        auto d = Traversal::run(map, connections, identities, o);
        if (!d)
            return fail(d.error());
        for (const DossierTable& t : processorTables.value(map.key))
            d.value().tables << t;
        if (laterProcessors.contains(map.key)) {
            // These look up by user id: the request's identities and the ids this system's databases taught.
            QList<Identity> ids;
            for (const Identity& i : std::as_const(identities)) {
                auto n = Validation::normalizeIdentity(i);
                ids << (n ? *n : i);
            }
            ids += d->learned;
            for (const ProcessorResult& r : ProcessorHub::search(laterProcessors.value(map.key), ids))
                d.value().tables << ProcessorConnections::asTables(r, rows, true);
        }
        total += d->totalRows();
        if (!m_json)
            out() << tr("%1 (%2): %n row(s)", nullptr, int(d->totalRows())).arg(map.name, map.key)
                  << Qt::endl;
        QJsonArray tables;
        for (const DossierTable& t : d->tables) {
            counts[QStringLiteral("%1.%2.%3").arg(map.key, t.source, t.table)] = t.count;
            if (!t.error.isEmpty())
                failedTables << QStringLiteral("%1.%2.%3").arg(map.key, t.source, t.table);
            if (m_json) {
                QJsonArray rowsJson;
                for (const DossierRow& r : t.rows) {
                    QJsonObject values;
                    for (int c = 0; c < t.columns.size(); ++c)
                        values[t.columns[c]] = StoredValue::json(r.values.value(c));
                    QJsonObject rj{{QStringLiteral("via"), r.via}, {QStringLiteral("values"), values}};
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
                        QJsonObject values;
                        for (int c = 0; c < t.columns.size(); ++c)
                            values[t.columns[c]] = StoredValue::json(r.values.value(c));
                        QJsonObject rj{{QStringLiteral("via"), r.via}, {QStringLiteral("values"), values}};
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
                tables << tj;
            } else {
                QString line = QStringLiteral("  %1.%2: %3").arg(t.source, t.table).arg(t.count);
                if (!t.unreachable.isEmpty())
                    line = QStringLiteral("  %1.%2: ").arg(t.source, t.table) +
                           tr("not reachable: %1").arg(t.unreachable);
                if (!t.error.isEmpty())
                    line += QStringLiteral("  ") + tr("ERROR: %1").arg(t.error);
                if (t.othersCount > 0)
                    line += QStringLiteral("  ") +
                            tr("(%n held about other people)", nullptr, int(t.othersCount));
                out() << line << Qt::endl;
                for (const DossierRow& r : t.rows) {
                    QStringList cells;
                    for (int c = 0; c < t.columns.size(); ++c)
                        cells << QStringLiteral("%1=%2").arg(
                            t.columns[c], StoredValue::display(StoredValue::json(r.values.value(c))));
                    out() << "      " << cells.join(QStringLiteral(", ")) << "   [" << r.via << "]"
                          << Qt::endl;
                }
                if (t.relatedCount > 0)
                    out() << "    "
                          << tr("%n related row(s): the subject's rows point at them; not the subject's own, "
                                "left as they are",
                                nullptr, int(t.relatedCount))
                          << Qt::endl;
                for (const DossierRow& r : t.related) {
                    QStringList cells;
                    for (int c = 0; c < t.columns.size(); ++c)
                        cells << QStringLiteral("%1=%2").arg(
                            t.columns[c], StoredValue::display(StoredValue::json(r.values.value(c))));
                    out() << "      " << cells.join(QStringLiteral(", ")) << "   [" << r.via;
                    if (r.sharedWith >= 0)
                        out() << "; " << tr("shared with %n other row(s)", nullptr, int(r.sharedWith));
                    out() << "]" << Qt::endl;
                }
                if (t.sharedLeftOut > 0)
                    out()
                        << "    "
                        << tr("%n row(s) left out: reached through one of the subject's rows, but they also "
                              "point at a row that is not the subject's",
                              nullptr, int(t.sharedLeftOut))
                        << Qt::endl;
            }
        }
        QJsonArray tasks;
        for (const Recipient& r : manual.value(map.key)) {
            tasks << QJsonObject{{QStringLiteral("processor"), r.name},
                                 {QStringLiteral("instructions"), r.manual}};
            if (!m_json)
                out() << "  " << tr("manual task: %1: %2").arg(r.name, r.manual) << Qt::endl;
        }
        if (m_json) {
            systems << QJsonObject{{QStringLiteral("system"), map.key},
                                   {QStringLiteral("name"), map.name},
                                   {QStringLiteral("rows"), d->totalRows()},
                                   {QStringLiteral("tables"), tables},
                                   {QStringLiteral("manual_tasks"), tasks}};
        }
    }
    if (store) {
        // Processors without an API become manual tasks on the request (once each).
        QList<WorkspaceStore::TaskSpec> specs;
        for (const DataMap& map : std::as_const(maps))
            for (const Recipient& r : manual.value(map.key))
                specs << WorkspaceStore::TaskSpec{map.key, r.name, r.manual};
        if (!specs.isEmpty()) {
            auto added = store->addTasks(requestId, specs);
            if (!added)
                return fail(added.error());
            if (!m_json && *added > 0)
                out() << tr("%n manual task(s) added to %1 (lethe-cli tasks list --request %1).", nullptr,
                            *added)
                             .arg(requestId)
                      << Qt::endl;
        }
        // What ran and how much it found; never what it showed.
        auto e = store->record(QStringLiteral("preview.run"), requestId,
                               {{QStringLiteral("systems"), int(maps.size())},
                                {QStringLiteral("rows"), total},
                                {QStringLiteral("tables"), counts}});
        if (!e)
            return fail(e.error());
    }
    if (m_json)
        emitJson(QJsonObject{
            {QStringLiteral("request"), requestId},
            {QStringLiteral("rows"), total},
            {QStringLiteral("systems"), systems},
            {QStringLiteral("processor_problems"), QJsonArray::fromStringList(processorProblems)}});
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
