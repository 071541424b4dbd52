// lethe-cli: the command table and the help, and what every command shares (options, errors and exit codes,
// the workspace store, the keychain). Preview is in CliPreview.cpp.

#include "Cli.h"
#include "CliIo.h"

#include "CredentialStore.h"
#include "ExportRunner.h"
#include "HeldItems.h"
#include "Log.h"
#include "Validation.h"
#include "Workspace.h"
#include "WorkspaceOpener.h"

#include <QJsonDocument>
#include <QTextStream>

#include <cstdio>

namespace lethe {

namespace cli {

namespace {

QTextStream*& currentOut()
{
    static QTextStream s(stdout);
    static QTextStream* current = &s;
    return current;
}

} // namespace

QTextStream& out()
{
    return *currentOut();
}

OutCapture::OutCapture(QString* into) : m_stream(into), m_previous(currentOut())
{
    m_previous->flush();
    currentOut() = &m_stream;
}

OutCapture::~OutCapture()
{
    m_stream.flush();
    currentOut() = m_previous;
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
    case Error::Code::ConnectionLost:
        return QStringLiteral("connection-lost");
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
    QString description = tr("Lethe command line: %1").arg(m_command);
    if (positional.isEmpty() && !positionalHelp.isEmpty()) // a command's own help, when it takes no arguments
        description += QStringLiteral("\n\n") + positionalHelp;
    p.setApplicationDescription(description);
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
    auto store = waitFor<Result<std::unique_ptr<WorkspaceStore>>>(
        [&](auto done) { WorkspaceOpener::open(*ws, m_credentials, WorkspaceOpener::currentActor(), done); });
    if (store) {
        warnUnsignedOfficer(**store);
        settleHeldExports(**store, ws->folder);
    }
    return store;
}

void Cli::settleHeldExports(WorkspaceStore& store, const QString& workspaceFolder)
{
    HeldItems ledger(workspaceFolder);
    auto items = ledger.orphaned();
    if (!items) {
        err() << "lethe-cli: " << items.error().message << Qt::endl;
        return;
    }
    // Approvals and officer keys held by a window are told there, where they were made.
    for (const HeldItems::Item& item : *items) {
        if (item.kind != HeldItems::Kind::Export)
            continue;
        auto settled = ExportRunner::settleHeld(store, item, workspaceFolder);
        if (!settled) {
            err() << "lethe-cli: "
                  << (settled.error().code == Error::Code::ConnectionLost
                          ? tr("The export of %1 held since a lost connection is still held (%2): whether it "
                               "was recorded is read when the workspace is next opened.")
                                .arg(item.requestId, settled.error().message)
                          : settled.error().message)
                  << Qt::endl;
            continue;
        }
        err() << "lethe-cli: " << settled->text << Qt::endl;
        m_settledHeld << *settled;
    }
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
                "  requests take-next\n"
                "  requests assign ID --to NAME --reason TEXT [--escalate]\n"
                "  audit log [--request ID] [--limit N]\n"
                "  audit verify [--witness FILE]\n"
                "  audit export-head [--out FILE]\n"
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
                "  workspace due-keys [--store]\n"
                "  workspace sort-keys [--store]\n"
                "  workspace setup-team [--officer LOGIN]... [--support LOGIN]... [--reviewer LOGIN]... "
                "[--prefix P] [--apply]\n"
                "  workspace officer-key [--create]\n"
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
    out() << tr("batch FILE [--json] runs the commands in FILE (- for standard input), one a line, in one "
                "process; with --json it prints one line of JSON per command with its exit code and output. "
                "--workspace applies to every line that names none. Exit code 8 if any command failed.")
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
        {"requests", "take-next", &Cli::requestsTakeNext},
        {"requests", "assign", &Cli::requestsAssign},
        {"requests", "fee", &Cli::requestsFee},
        {"audit", "log", &Cli::auditLog},
        {"audit", "verify", &Cli::auditVerify},
        {"audit", "export-head", &Cli::auditExportHead},
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
        {"workspace", "setup-team", &Cli::workspaceSetupTeam},
        {"workspace", "due-keys", &Cli::workspaceDueKeys},
        {"workspace", "sort-keys", &Cli::workspaceSortKeys},
        {"workspace", "officer-key", &Cli::workspaceOfficerKey},
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
        {"batch", &Cli::batch},
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

} // namespace lethe
