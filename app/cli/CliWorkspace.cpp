// lethe-cli workspace and calendars: creating and listing workspaces, the report contacts, the deadline
// settings (phone region, where the controller is established, the EU GDPR clock) and the holiday calendars.

#include "Cli.h"
#include "CliHooks.h"
#include "CliIo.h"
#include "CliSupport.h"

#include "DueKeys.h"
#include "HolidayCalendar.h"
#include "QueueQuery.h"
#include "ReportText.h"
#include "SortKeys.h"
#include "TeamSetup.h"
#include "Workspace.h"
#include "WorkspaceStore.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <climits>
#include <csignal>
#include <mutex>
#include <stop_token>
#include <thread>

namespace lethe {

using cli::out;
using cli::pad;

namespace {

// The deadline settings changed, so every stored due date is stale (DueKeys): stored again here when this
// login may (a team's reviewer may not; the next desk that may does it when it opens the workspace).
Status storeDueKeysAgain(WorkspaceStore& store)
{
    auto may = DueKeys::mayRecompute(store.database());
    if (!may)
        return may.error();
    if (!*may)
        return {};
    auto n = DueKeys::recompute(store.database(), store.today());
    if (!n)
        return n.error();
    return {};
}

} // namespace

// ---- workspace -------------------------------------------------------------------------------------------

int Cli::workspaceInit(const QStringList& args)
{
    QCommandLineParser p;
    const QList<QCommandLineOption> opts = {
        {QStringLiteral("engine"), tr("sqlite (default) or postgres."), tr("engine"),
         QStringLiteral("sqlite")},
        {QStringLiteral("host"), tr("PostgreSQL host."), tr("host")},
        {QStringLiteral("port"), tr("PostgreSQL port."), tr("port"), QStringLiteral("5432")},
        {QStringLiteral("database"), tr("PostgreSQL database."), tr("name")},
        {QStringLiteral("user"), tr("PostgreSQL user."), tr("user")},
        {QStringLiteral("password-key"), tr("Keychain key that holds the PostgreSQL password."), tr("key")},
    };
    if (!parse(p, args, opts, QStringLiteral("name"), tr("Workspace name or folder path.")))
        return p.isSet(QStringLiteral("help")) ? Ok : Usage;
    const QString name = p.positionalArguments().value(0, m_workspace);
    std::optional<ConnectionParams> server;
    const auto engine = ConnectionParams::parseEngine(p.value(QStringLiteral("engine")));
    if (!engine || *engine == ConnectionParams::Engine::MariaDb) {
        return fail(
            makeError(Error::Code::InvalidInput, tr("--engine: \"%1\" is not supported (expected sqlite or "
                                                    "postgres).")
                                                     .arg(p.value(QStringLiteral("engine")))));
    }
    if (*engine == ConnectionParams::Engine::Postgres) {
        ConnectionParams c;
        c.engine = *engine;
        c.host = p.value(QStringLiteral("host"));
        bool ok = false;
        c.port = p.value(QStringLiteral("port")).toInt(&ok);
        if (!ok || c.port <= 0 || c.port > 65535)
            return fail(
                makeError(Error::Code::InvalidInput,
                          tr("--port: \"%1\" is not a port number.").arg(p.value(QStringLiteral("port")))));
        c.database = p.value(QStringLiteral("database"));
        c.user = p.value(QStringLiteral("user"));
        c.passwordKey = p.value(QStringLiteral("password-key"));
        for (const char* f : {"host", "database", "user"}) {
            if (p.value(QLatin1String(f)).isEmpty())
                return fail(
                    makeError(Error::Code::InvalidInput,
                              tr("--%1: required for a PostgreSQL workspace.").arg(QLatin1String(f))));
        }
        server = c;
    }
    auto ws = Workspaces::create(name, server);
    if (!ws)
        return fail(ws.error());
    m_workspace = ws->folder;
    auto store = openStore();
    if (!store) {
        return fail(store.error());
    }
    if (m_json) {
        emitJson(QJsonObject{{QStringLiteral("name"), ws->name},
                             {QStringLiteral("folder"), ws->folder},
                             {QStringLiteral("store"), ws->store.describe()},
                             {QStringLiteral("schema_version"), (*store)->schemaVersion()}});
    } else {
        out() << tr("Created workspace %1 in %2 (%3).").arg(ws->name, ws->folder, ws->store.describe())
              << Qt::endl;
    }
    return Ok;
}

int Cli::workspaceList(const QStringList& args)
{
    QCommandLineParser p;
    if (!parse(p, args, {}))
        return p.isSet(QStringLiteral("help")) ? Ok : Usage;
    const QList<WorkspaceInfo> all = Workspaces::list();
    if (m_json) {
        QJsonArray a;
        for (const WorkspaceInfo& w : all) {
            a << QJsonObject{{QStringLiteral("name"), w.name},
                             {QStringLiteral("folder"), w.folder},
                             {QStringLiteral("engine"), ConnectionParams::engineKey(w.store.engine)}};
        }
        emitJson(a);
        return Ok;
    }
    if (all.isEmpty())
        out() << tr("No workspaces in %1.").arg(Workspaces::defaultRoot()) << Qt::endl;
    for (const WorkspaceInfo& w : all)
        out() << pad(w.name, 24) << ' ' << pad(ConnectionParams::engineKey(w.store.engine), 9) << ' '
              << w.folder << Qt::endl;
    return Ok;
}

int Cli::workspaceSet(const QStringList& args)
{
    // Who answers a request and where the subject may complain, as every report says it: the controller,
    // its data protection officer and, for the GDPR, the supervisory authority (the ICO is fixed for the UK
    // GDPR). An empty value clears a setting; without options the current ones are shown.
    QCommandLineParser p;
    const QList<QCommandLineOption> opts = {
        {QStringLiteral("controller-name"), tr("The controller's (the company's) legal name."), tr("name")},
        {QStringLiteral("controller-contact"),
         tr("How the subject reaches the controller: postal address, email address."), tr("text")},
        {QStringLiteral("dpo-contact"), tr("How to reach the data protection officer, if there is one."),
         tr("text")},
        {QStringLiteral("authority-name"),
         tr("The GDPR supervisory authority named in reports (the ICO is named for the UK GDPR)."),
         tr("name")},
        {QStringLiteral("authority-url"), tr("Where the subject complains to that authority."), tr("url")},
    };
    if (!parse(p, args, opts))
        return p.isSet(QStringLiteral("help")) ? Ok : Usage;
    auto store = openStore();
    if (!store)
        return fail(store.error());
    const QStringList& keys = ReportContacts::settingKeys();
    const QStringList& options = ReportContacts::optionNames();
    for (int i = 0; i < keys.size(); ++i) {
        if (!p.isSet(options[i]))
            continue;
        const QString value = p.value(options[i]).trimmed();
        if (value.size() > 1000 || std::any_of(value.cbegin(), value.cend(),
                                               [](QChar c) { return c.category() == QChar::Other_Control; }))
            return fail(
                makeError(Error::Code::InvalidInput,
                          tr("--%1: at most 1000 characters, without control characters.").arg(options[i])));
        if (Status s = (*store)->setSetting(keys[i], value); !s)
            return fail(s.error());
    }
    auto contacts = ReportContacts::load(**store);
    if (!contacts)
        return fail(contacts.error());
    if (m_json) {
        QJsonObject o;
        for (int i = 0; i < keys.size(); ++i)
            o[keys[i]] = contacts->value(i);
        emitJson(o);
    } else {
        for (int i = 0; i < keys.size(); ++i)
            out() << keys[i] << ": " << (contacts->value(i).isEmpty() ? tr("(not set)") : contacts->value(i))
                  << Qt::endl;
    }
    return Ok;
}

int Cli::workspaceSetting(const QStringList& args, const WorkspaceSetting& setting)
{
    QCommandLineParser p;
    if (!parse(p, args, {}, setting.syntax, setting.help))
        return p.isSet(QStringLiteral("help")) ? Ok : Usage;
    if (p.positionalArguments().size() > 1)
        return usage(setting.oneArgument);
    auto store = openStore();
    if (!store)
        return fail(store.error());
    if (p.positionalArguments().isEmpty()) {
        auto shown = setting.read(**store);
        if (!shown)
            return fail(shown.error());
        if (m_json)
            emitJson(QJsonObject{{setting.jsonKey, shown->first}});
        else
            out() << shown->second << Qt::endl;
        return Ok;
    }
    if (Status s = setting.write(**store, p.positionalArguments().first()); !s)
        return fail(s.error());
    return Ok;
}

int Cli::workspacePhoneRegion(const QStringList& args)
{
    return workspaceSetting(
        args,
        {QStringLiteral("[REGION|none]"),
         tr("The country a phone number typed without its country code belongs to (ISO 3166, such as DE, "
            "GB or US); none: only international numbers (+44 ...) are accepted. Without an argument: "
            "shows it."),
         tr("workspace phone-region takes one region, or none."), QStringLiteral("phone_region"),
         [](WorkspaceStore& store) -> Result<std::pair<QString, QString>> {
             auto region = store.phoneRegion();
             if (!region)
                 return region.error();
             return std::pair{*region, region->isEmpty() ? tr("none (international numbers only)") : *region};
         },
         [](WorkspaceStore& store, const QString& v) {
             return store.setPhoneRegion(v == QLatin1String("none") ? QString() : v);
         }});
}

int Cli::workspaceEstablishedIn(const QStringList& args)
{
    return workspaceSetting(
        args,
        {QStringLiteral("[CALENDAR|none]"),
         tr("Where the controller is established: the holiday calendar GDPR and UK GDPR deadlines roll "
            "over "
            "(calendars list shows the ids, such as DE-BY or GB-SCT); none: GDPR weekends only, UK GDPR "
            "England and Wales. CCPA always counts California's business days. Without an argument: "
            "shows it."),
         tr("workspace established-in takes one calendar, or none."), QStringLiteral("established_in"),
         [](WorkspaceStore& store) -> Result<std::pair<QString, QString>> {
             auto s = store.deadlineSettings();
             if (!s)
                 return s.error();
             if (s->establishedIn.isEmpty())
                 return std::pair{
                     s->establishedIn,
                     tr("none (GDPR: weekends only; UK GDPR: England and Wales; CCPA: California)")};
             return std::pair{s->establishedIn,
                              s->establishedIn + QLatin1String("  ") +
                                  HolidayCalendars::shipped().find(s->establishedIn)->name()};
         },
         [](WorkspaceStore& store, const QString& v) -> Status {
             if (Status s = store.setEstablishedIn(v == QLatin1String("none") ? QString() : v); !s)
                 return s;
             return storeDueKeysAgain(store);
         }});
}

int Cli::workspaceGdprClock(const QStringList& args)
{
    return workspaceSetting(
        args,
        {QStringLiteral("[pause|restart]"),
         tr("What asking an EU GDPR subject for identity or clarification does to the month: pause (the "
            "days waited are added; the default) or restart (the month begins when the answer arrives, as "
            "UK GDPR Art. 12A). UK GDPR always restarts; CCPA never stops. Without an argument: shows "
            "it."),
         tr("workspace gdpr-clock takes pause or restart."), QStringLiteral("gdpr_clock"),
         [](WorkspaceStore& store) -> Result<std::pair<QString, QString>> {
             auto s = store.deadlineSettings();
             if (!s)
                 return s.error();
             const QString key = WorkspaceStore::gdprClockKey(s->gdprClock);
             return std::pair{key, key};
         },
         [](WorkspaceStore& store, const QString& v) -> Status {
             const auto rule = WorkspaceStore::parseGdprClock(v);
             if (!rule)
                 return makeError(Error::Code::InvalidInput,
                                  tr("gdpr-clock: \"%1\" is not pause or restart.").arg(v));
             if (Status s = store.setGdprClockRule(*rule); !s)
                 return s;
             return storeDueKeysAgain(store);
         }});
}

namespace {

volatile std::sig_atomic_t interrupted = 0;

extern "C" void onInterrupt(int)
{
    interrupted = 1;
}

// Runs a store of `total` rows in batches (`store(stop, progress)`), each batch's progress on standard error
// unless `quiet`; Ctrl+C stops it after the batch being stored. `stopped` says whether it was asked to.
template <typename Store>
Result<qint64> storeInBatches(qint64 total, bool quiet, bool& stopped, Store&& store)
{
    std::stop_source stop;
    interrupted = 0;
    const auto previous = std::signal(SIGINT, onInterrupt);
    auto n = store(stop.get_token(), [&](qint64 done) {
        if (!quiet)
            cli::err() << QCoreApplication::translate("lethe::Cli", "%1 of %2 stored").arg(done).arg(total)
                       << Qt::endl;
        if (interrupted)
            stop.request_stop();
    });
    std::signal(SIGINT, previous);
    stopped = stop.stop_requested();
    return n;
}

} // namespace

int Cli::workspaceDueKeys(const QStringList& args)
{
    QCommandLineParser p;
    const QList<QCommandLineOption> opts = {
        {QStringLiteral("store"),
         tr("Store every out-of-date place again, a batch of 5,000 requests at a time, each its own "
            "transaction; Ctrl+C stops after the batch being stored and keeps what is stored.")},
    };
    if (!parse(p, args, opts, QString(),
               tr("The requests' places in the urgency order stored for the queue (days left, due date): how "
                  "many are out of date (computed with other calendars or deadline settings, by another "
                  "Lethe, or never), and with --store stores them again. Until every one is current, the "
                  "queue sorted by urgency is read whole rather than a page at a time.")))
        return p.isSet(QStringLiteral("help")) ? Ok : Usage;
    if (!p.positionalArguments().isEmpty())
        return usage(tr("workspace due-keys takes no arguments."));
    auto store = openStore();
    if (!store)
        return fail(store.error());
    QSqlDatabase db = (*store)->database();
    auto digest = DueKeys::digest(db);
    if (!digest)
        return fail(digest.error());
    auto may = DueKeys::mayRecompute(db);
    if (!may)
        return fail(may.error());
    auto before = DueKeys::staleness(db, *digest);
    if (!before)
        return fail(before.error());
    qint64 stored = 0;
    bool stopped = false;
    if (p.isSet(QStringLiteral("store")) && before->stale > 0) {
        if (!*may)
            return fail(makeError(Error::Code::IllegalState,
                                  tr("This login may not store the requests' deadlines (it needs UPDATE on "
                                     "requests.due_key and requests.due_digest: an officer or support "
                                     "login, workspace setup-team).")));
        auto n = storeInBatches(before->stale, m_json, stopped, [&](std::stop_token stop, auto progress) {
            return DueKeys::recompute(db, (*store)->today(), clihooks::storeBatch, stop, progress);
        });
        if (!n)
            return fail(n.error());
        stored = *n;
    }
    auto after = stored > 0 ? DueKeys::staleness(db, *digest) : before;
    if (!after)
        return fail(after.error());
    // Stopped with some left: said, and refused. (Ctrl+C during the last batch stopped nothing.)
    if (stopped && after->stale > 0)
        return fail(makeError(
            Error::Code::Cancelled,
            tr("Stopped after %1 were stored; the rest are stored when this is run again.").arg(stored)));
    if (m_json) {
        emitJson(QJsonObject{{QStringLiteral("current"), after->stale == 0},
                             {QStringLiteral("stale"), after->stale},
                             {QStringLiteral("requests"), after->requests},
                             {QStringLiteral("stored"), stored},
                             {QStringLiteral("may_store"), *may}});
    } else if (after->stale == 0) {
        out() << tr("All %n request(s) hold their current place in the urgency order.", "",
                    int(std::min<qint64>(after->requests, INT_MAX)))
              << Qt::endl;
    } else {
        out() << tr("%1 of %2 requests hold an out-of-date place in the urgency order: the queue sorted by "
                    "urgency is read whole until they are stored again (%3).")
                     .arg(after->stale)
                     .arg(after->requests)
                     .arg(*may ? tr("workspace due-keys --store")
                               : tr("by an officer or support login; this one may not"))
              << Qt::endl;
    }
    return Ok;
}

int Cli::workspaceSortKeys(const QStringList& args)
{
    QCommandLineParser p;
    const QList<QCommandLineOption> opts = {
        {QStringLiteral("store"),
         tr("Store every missing place, a batch of 5,000 requests at a time, each its own transaction; "
            "Ctrl+C stops after the batch being stored and keeps what is stored.")},
    };
    if (!parse(p, args, opts, QString(),
               tr("The requests' places by subject and by assignee stored for the queue: how many requests "
                  "lack them (written before this Lethe stored them, or by SQL), and with --store stores "
                  "them. Until every request has them, the queue sorted by subject or assignee is read whole "
                  "rather than a page at a time.")))
        return p.isSet(QStringLiteral("help")) ? Ok : Usage;
    if (!p.positionalArguments().isEmpty())
        return usage(tr("workspace sort-keys takes no arguments."));
    auto store = openStore();
    if (!store)
        return fail(store.error());
    QSqlDatabase db = (*store)->database();
    auto may = SortKeys::mayFill(db);
    if (!may)
        return fail(may.error());
    auto before = SortKeys::missing(db);
    if (!before)
        return fail(before.error());
    qint64 stored = 0;
    bool stopped = false;
    if (p.isSet(QStringLiteral("store")) && *before > 0) {
        if (!*may)
            return fail(makeError(Error::Code::IllegalState,
                                  tr("This login may not store the requests' places by subject and assignee "
                                     "(it needs UPDATE on requests.subject_key and requests.assignee_key: an "
                                     "officer or support login, workspace setup-team).")));
        auto n = storeInBatches(*before, m_json, stopped, [&](std::stop_token stop, auto progress) {
            return SortKeys::fill(db, clihooks::storeBatch, stop, progress);
        });
        if (!n)
            return fail(n.error());
        stored = *n;
    }
    auto after = stored > 0 ? SortKeys::missing(db) : before;
    if (!after)
        return fail(after.error());
    if (stopped && *after > 0)
        return fail(makeError(
            Error::Code::Cancelled,
            tr("Stopped after %1 were stored; the rest are stored when this is run again.").arg(stored)));
    if (m_json) {
        emitJson(QJsonObject{{QStringLiteral("complete"), *after == 0},
                             {QStringLiteral("missing"), *after},
                             {QStringLiteral("stored"), stored},
                             {QStringLiteral("may_store"), *may}});
    } else if (*after == 0) {
        out() << tr("Every request holds its place by subject and assignee.") << Qt::endl;
    } else {
        out()
            << tr("%1 requests lack their place by subject and assignee: the queue sorted by either is read "
                  "whole until they are stored (%2).")
                   .arg(*after)
                   .arg(*may ? tr("workspace sort-keys --store")
                             : tr("by an officer or support login; this one may not"))
            << Qt::endl;
    }
    return Ok;
}

int Cli::workspaceSetupTeam(const QStringList& args)
{
    QCommandLineParser p;
    const QList<QCommandLineOption> opts = {
        {QStringLiteral("prefix"),
         tr("Prefix of the three group roles (PREFIX_officer, PREFIX_support, PREFIX_reviewer); default "
            "lethe."),
         tr("prefix"), QString::fromLatin1(TeamSetup::kDefaultPrefix)},
        {QStringLiteral("officer"), tr("A database login that works as an officer (repeatable)."),
         tr("login")},
        {QStringLiteral("support"), tr("A database login that works as support (repeatable)."), tr("login")},
        {QStringLiteral("reviewer"), tr("A database login that works as a reviewer (repeatable)."),
         tr("login")},
        {QStringLiteral("apply"), tr("Apply the statements on the workspace's PostgreSQL database as its "
                                     "configured login (the owner of "
                                     "its tables, allowed to create roles), in one transaction, then "
                                     "build the search's indexes without blocking writes. Without it "
                                     "they are printed for psql.")},
    };
    if (!parse(p, args, opts))
        return p.isSet(QStringLiteral("help")) ? Ok : Usage;
    if (!p.positionalArguments().isEmpty())
        return usage(tr("workspace setup-team takes no arguments."));
    QList<TeamMember> members;
    QStringList seen;
    for (const char* role : {"officer", "support", "reviewer"}) {
        for (const QString& login : p.values(QString::fromLatin1(role))) {
            if (seen.contains(login))
                return fail(makeError(Error::Code::InvalidInput,
                                      tr("Login %1 is given twice; each person has one role.").arg(login)));
            seen << login;
            members << TeamMember{login, QString::fromLatin1(role)};
        }
    }
    auto statements = TeamSetup::statements(p.value(QStringLiteral("prefix")), members);
    if (!statements)
        return fail(statements.error());
    if (!p.isSet(QStringLiteral("apply"))) {
        if (m_json) {
            QJsonArray a;
            for (const TeamStatement& s : *statements)
                a << QJsonObject{{QStringLiteral("why"), s.why}, {QStringLiteral("sql"), s.sql}};
            emitJson(QJsonObject{{QStringLiteral("statements"), a}});
        } else {
            out() << TeamSetup::script(*statements);
        }
        return Ok;
    }
    auto store = openStore();
    if (!store)
        return fail(store.error());
    const int inTransaction = TeamSetup::inTransaction(*statements);
    if (!m_json)
        cli::err() << tr("Applying %n statement(s) in one transaction; Ctrl+C rolls them all back.", nullptr,
                         inTransaction)
                   << Qt::endl;
    if (Status s = TeamSetup::apply((*store)->database(), *statements); !s)
        return fail(s.error());
    // Reopened so that the event below is the first one the server stamps.
    store = openStore();
    if (!store)
        return fail(store.error());
    QJsonObject roles;
    for (const TeamMember& m : members)
        roles.insert(m.login, m.role);
    if (auto e = (*store)->record(QStringLiteral("team.setup"), {},
                                  {{QStringLiteral("prefix"), p.value(QStringLiteral("prefix"))},
                                   {QStringLiteral("members"), roles}});
        !e)
        return fail(e.error());
    if (!m_json)
        cli::err()
            << tr("This is a team workspace now. Building the search's indexes next, without making "
                  "anyone's writes wait: on a large workspace this takes minutes (several at a million "
                  "requests). Ctrl+C stops it; the team setup stays, and setup-team --apply again "
                  "builds what is missing.")
            << Qt::endl;
    // A build CONCURRENTLY waits for the transactions open when it began; the administrator is told which
    // (by a second connection, every second), once each, rather than watching a step that seems stuck.
    std::mutex saying;
    std::atomic<bool> finished{false};
    int builderPid = 0;
    if (QSqlQuery pid((*store)->database());
        pid.exec(QStringLiteral("SELECT pg_backend_pid()")) && pid.next())
        builderPid = pid.value(0).toInt();
    std::thread watcher;
    if (!m_json && builderPid > 0)
        watcher = std::thread([&, params = (*store)->params()] {
            SqlConnection c;
            if (!c.openExisting(params))
                return;
            QSet<int> said;
            while (!finished) {
                for (int i = 0; i < 10 && !finished; ++i)
                    QThread::msleep(100);
                if (finished)
                    return;
                const auto blockers = TeamSetup::blockersOf(c.db(), builderPid);
                if (!blockers)
                    return;
                for (const TeamBlocker& b : *blockers) {
                    if (said.contains(b.pid))
                        continue;
                    said << b.pid;
                    const QString who =
                        b.application.isEmpty() ? b.login : tr("%1, %2").arg(b.login, b.application);
                    const std::lock_guard lock(saying);
                    cli::err()
                        << (b.since.isEmpty()
                                ? tr("The index build waits for the open transaction of session %1 (%2) "
                                     "to end; nobody's writes wait meanwhile.")
                                      .arg(b.pid)
                                      .arg(who)
                                : tr("The index build waits for the transaction session %1 (%2) has had "
                                     "open since %3 UTC to end; nobody's writes wait meanwhile.")
                                      .arg(b.pid)
                                      .arg(who, b.since))
                        << Qt::endl;
                }
            }
        });
    const Status built = TeamSetup::buildIndexes(
        (*store)->database(), *statements, [&](int done, int of, const TeamStatement& s) {
            if (m_json)
                return;
            const std::lock_guard lock(saying);
            static const QRegularExpression index(QStringLiteral("CONCURRENTLY IF NOT EXISTS (\\w+)"));
            const QRegularExpressionMatch m = index.match(s.sql);
            cli::err()
                << (s.run == TeamStatement::Run::Alone && m.hasMatch()
                        ? tr("Search index step %1 of %2: %3…").arg(done + 1).arg(of).arg(m.captured(1))
                        : tr("Search index step %1 of %2…").arg(done + 1).arg(of))
                << Qt::endl;
        });
    finished = true;
    if (watcher.joinable())
        watcher.join();
    if (!built)
        return fail(built.error());
    // The search's indexes are made only where the server has pg_trgm and this login may create it.
    const bool searchIndexed = QueueQuery::hasSearchIndexes((*store)->database());
    const bool shortSearchIndexed = QueueQuery::hasShortSearchIndexes((*store)->database());
    if (m_json) {
        emitJson(QJsonObject{{QStringLiteral("applied"), inTransaction},
                             {QStringLiteral("index_steps"), int(statements->size()) - inTransaction},
                             {QStringLiteral("prefix"), p.value(QStringLiteral("prefix"))},
                             {QStringLiteral("search_indexed"), searchIndexed},
                             {QStringLiteral("short_search_indexed"), shortSearchIndexed}});
    } else {
        out() << tr("Applied %n statement(s) and built the search's indexes: this is a team workspace now.",
                    nullptr, inTransaction)
              << Qt::endl;
        if (!searchIndexed)
            out()
                << tr("The queue's free-text search has no index: the extension pg_trgm is not installed on "
                      "the server or this login may not create it. Search works, more slowly; a "
                      "superuser can run \"CREATE EXTENSION pg_trgm\" in the workspace's database and "
                      "setup-team again.")
                << Qt::endl;
    }
    return Ok;
}

// ---- calendars -------------------------------------------------------------------------------------------

int Cli::calendarsList(const QStringList& args)
{
    QCommandLineParser p;
    if (!parse(p, args, {}))
        return p.isSet(QStringLiteral("help")) ? Ok : Usage;
    const HolidayCalendars& all = HolidayCalendars::shipped();
    if (m_json) {
        QJsonArray a;
        for (const QString& id : all.ids()) {
            const HolidayCalendar* c = all.find(id);
            a << QJsonObject{{QStringLiteral("id"), id},
                             {QStringLiteral("name"), c->name()},
                             {QStringLiteral("extends"), c->parent()},
                             {QStringLiteral("sources"), QJsonArray::fromStringList(c->sources())}};
        }
        emitJson(a);
        return Ok;
    }
    for (const QString& id : all.ids())
        out() << pad(id, 8) << ' ' << all.find(id)->name() << Qt::endl;
    return Ok;
}

int Cli::calendarsShow(const QStringList& args)
{
    QCommandLineParser p;
    const QList<QCommandLineOption> opts = {
        {QStringLiteral("year"), tr("The year to list (default: this year)."), tr("year")},
    };
    if (!parse(p, args, opts, QStringLiteral("calendar"), tr("A calendar id, e.g. DE-BY.")))
        return p.isSet(QStringLiteral("help")) ? Ok : Usage;
    if (p.positionalArguments().size() != 1)
        return usage(tr("calendars show needs exactly one calendar id."));
    const HolidayCalendar* c = HolidayCalendars::shipped().find(p.positionalArguments().first());
    if (!c)
        return fail(
            makeError(Error::Code::NotFound, tr("There is no calendar \"%1\"; calendars list shows them.")
                                                 .arg(p.positionalArguments().first())));
    int year = today().year();
    if (p.isSet(QStringLiteral("year"))) {
        bool ok = false;
        year = p.value(QStringLiteral("year")).toInt(&ok);
        if (!ok || year < 1900 || year > 2200)
            return fail(makeError(Error::Code::InvalidInput, tr("--year: a year from 1900 to 2200.")));
    }
    const QList<Holiday> days = c->holidays(year);
    if (m_json) {
        QJsonArray a;
        for (const Holiday& h : days)
            a << QJsonObject{{QStringLiteral("date"), h.date.toString(Qt::ISODate)},
                             {QStringLiteral("name"), h.name}};
        emitJson(QJsonObject{{QStringLiteral("id"), c->id()},
                             {QStringLiteral("name"), c->name()},
                             {QStringLiteral("year"), year},
                             {QStringLiteral("sources"), QJsonArray::fromStringList(c->sources())},
                             {QStringLiteral("notes"), c->notes()},
                             {QStringLiteral("holidays"), a}});
        return Ok;
    }
    out() << c->id() << "  " << c->name() << "  " << year << Qt::endl;
    for (const Holiday& h : days)
        out() << h.date.toString(Qt::ISODate) << ' ' << h.date.toString(QStringLiteral("ddd")) << "  "
              << h.name << Qt::endl;
    out() << tr("Sources: %1").arg(c->sources().join(QStringLiteral("; "))) << Qt::endl;
    if (!c->notes().isEmpty())
        out() << c->notes() << Qt::endl;
    return Ok;
}

} // namespace lethe
