// lethe-cli requests and report: a request's intake, listing, details, changes and life cycle (transition,
// extension, fee, notes), and the year's metrics over all requests.

#include "Cli.h"
#include "CliIo.h"
#include "CliSupport.h"

#include "QueueQuery.h"
#include "RequestMetrics.h"
#include "StateMachine.h"
#include "Validation.h"
#include "WorkspaceStore.h"

#include <QJsonArray>

namespace lethe {

using cli::enumOption;
using cli::err;
using cli::out;
using cli::pad;

namespace {

// --if-version N: the change is made only if the request is still at version N, as `requests show` printed
// it; another desk's change since then is a conflict and nothing is written. Without it the command changes
// the version it reads itself.
QCommandLineOption ifVersionOption()
{
    return {QStringLiteral("if-version"),
            Cli::tr("Change the request only if it is still at this version (from requests show); another "
                    "desk's change since then refuses it."),
            Cli::tr("n")};
}

Result<qint64> ifVersion(const QCommandLineParser& p)
{
    if (!p.isSet(QStringLiteral("if-version")))
        return qint64(0);
    bool ok = false;
    const qint64 v = p.value(QStringLiteral("if-version")).toLongLong(&ok);
    if (!ok || v < 1)
        return makeError(Error::Code::InvalidInput,
                         Cli::tr("--if-version: \"%1\" is not a version (a whole number from 1).")
                             .arg(p.value(QStringLiteral("if-version"))));
    return v;
}

} // namespace

// ---- requests --------------------------------------------------------------------------------------------

QJsonObject Cli::requestJson(const Request& r) const
{
    const Deadline d = r.deadline(today());
    QJsonArray ids;
    for (const Identity& i : r.identities)
        ids << QJsonObject{{QStringLiteral("kind"), Names::key(i.kind)}, {QStringLiteral("value"), i.value}};
    QJsonArray notes;
    for (const Note& n : r.notes) {
        notes << QJsonObject{{QStringLiteral("id"), n.id},
                             {QStringLiteral("created"), n.created.toString(Qt::ISODateWithMs)},
                             {QStringLiteral("author"), n.author},
                             {QStringLiteral("body"), n.body}};
    }
    QJsonObject o{{QStringLiteral("id"), r.humanId},
                  {QStringLiteral("type"), Names::key(r.type)},
                  {QStringLiteral("type_in_law"), Names::lawKey(r.type, r.regulation)},
                  {QStringLiteral("regulation"), Names::key(r.regulation)},
                  {QStringLiteral("received"), r.received.toString(Qt::ISODate)},
                  {QStringLiteral("due"), d.due.toString(Qt::ISODate)},
                  {QStringLiteral("days_left"), Deadlines::daysLeft(d.due, today())},
                  {QStringLiteral("overdue"), !StateMachine::isFinal(r.status) && !d.clockStopped &&
                                                  Deadlines::daysLeft(d.due, today()) < 0},
                  {QStringLiteral("status"), Names::key(r.status)},
                  {QStringLiteral("extended"), r.extended},
                  {QStringLiteral("clock_stopped"), d.clockStopped},
                  {QStringLiteral("paused_days"), d.pausedDays},
                  {QStringLiteral("assignee"), r.assignee},
                  {QStringLiteral("subject"),
                   QJsonObject{{QStringLiteral("name"), r.subjectName}, {QStringLiteral("identities"), ids}}},
                  {QStringLiteral("products"), QJsonArray::fromStringList(r.products)},
                  {QStringLiteral("notes"), notes},
                  {QStringLiteral("created"), r.createdAt.toString(Qt::ISODateWithMs)},
                  {QStringLiteral("updated"), r.updatedAt.toString(Qt::ISODateWithMs)},
                  {QStringLiteral("version"), r.version}};
    if (d.acknowledgeBy.isValid())
        o[QStringLiteral("acknowledge_by")] = d.acknowledgeBy.toString(Qt::ISODate);
    o[QStringLiteral("established_in")] = r.establishedIn;
    if (d.periodEnd.isValid()) {
        // GDPR, UK GDPR: the calendar used, the end of the period and the days moved over to reach `due`.
        QJsonArray moved;
        for (const MovedOver& m : d.movedOver)
            moved << QJsonObject{{QStringLiteral("date"), m.date.toString(Qt::ISODate)},
                                 {QStringLiteral("holiday"), m.name}};
        o[QStringLiteral("calendar")] = d.calendarId;
        o[QStringLiteral("period_end")] = d.periodEnd.toString(Qt::ISODate);
        o[QStringLiteral("moved_over")] = moved;
    }
    if (r.status == RequestStatus::Denied) {
        o[QStringLiteral("denial_reason")] = r.denialReason;
        // Denials recorded before reason codes existed have none: null.
        o[QStringLiteral("denial_code")] =
            r.denialCode ? QJsonValue(Names::key(*r.denialCode)) : QJsonValue();
        if (!r.exemption.isEmpty())
            o[QStringLiteral("exemption")] = r.exemption;
    }
    if (r.status == RequestStatus::Completed) {
        o[QStringLiteral("completed_in_part")] = r.completedInPart();
        if (r.completedInPart()) {
            o[QStringLiteral("withheld")] = r.withheld;
            o[QStringLiteral("withheld_reason")] = r.withheldReason;
        }
    }
    if (r.resumeStatus)
        o[QStringLiteral("resumes_to")] = Names::key(*r.resumeStatus);
    if (r.fee.charged())
        o[QStringLiteral("fee")] = QJsonObject{{QStringLiteral("amount"), r.fee.amount},
                                               {QStringLiteral("currency"), r.fee.currency},
                                               {QStringLiteral("reason"), Names::key(r.fee.reason)}};
    if (r.extended)
        o[QStringLiteral("extension_reason")] = r.extensionReason;
    return o;
}

void Cli::printRequest(const Request& r)
{
    if (m_json) {
        emitJson(requestJson(r));
        return;
    }
    const Deadline d = r.deadline(today());
    QTextStream& o = out();
    o << r.humanId << "  " << Names::display(r.type, r.regulation) << " · " << Names::display(r.regulation)
      << " · " << Names::display(r.status) << Qt::endl;
    o << tr("Subject:   %1").arg(r.subjectName.isEmpty() ? tr("(no name)") : r.subjectName) << Qt::endl;
    for (const Identity& i : r.identities)
        o << "           " << Names::display(i.kind) << ": " << i.value << Qt::endl;
    o << tr("Received:  %1").arg(r.received.toString(Qt::ISODate)) << Qt::endl;
    const int left = Deadlines::daysLeft(d.due, today());
    const QString when =
        left < 0 ? tr("%n day(s) overdue", nullptr, -left) : tr("%n day(s) left", nullptr, left);
    o << tr("Due:       %1 (%2)").arg(d.due.toString(Qt::ISODate), when) << Qt::endl;
    if (const QString moved = Deadlines::rollExplanation(d); !moved.isEmpty())
        o << "           " << moved << Qt::endl;
    if (d.periodEnd.isValid())
        o << tr("Calendar:  %1")
                 .arg(d.calendarId.isEmpty()      ? tr("weekends only (no \"established in\" set)")
                      : r.establishedIn.isEmpty() ? d.calendarId
                                                  : tr("%1 (this request's)").arg(d.calendarId))
          << Qt::endl;
    if (r.extended)
        o << tr("Extended:  %1").arg(r.extensionReason) << Qt::endl;
    if (d.acknowledgeBy.isValid())
        o << tr("Acknowledge receipt by %1").arg(d.acknowledgeBy.toString(Qt::ISODate)) << Qt::endl;
    if (d.restartedFrom.isValid() && !d.clockStopped)
        o << (r.regulation == Regulation::UkGdpr
                  ? tr("Clock:     running again from %1, when the answer arrived (UK GDPR Art. 12A)")
                  : tr("Clock:     running again from %1, when the answer arrived (workspace rule: restart)"))
                 .arg(d.restartedFrom.toString(Qt::ISODate))
          << Qt::endl;
    else if (d.clockStopped || d.pausedDays > 0)
        o << tr("Clock:     %1, stopped for %n day(s) in total", nullptr, d.pausedDays)
                 .arg(d.clockStopped ? tr("stopped") : tr("running"))
          << Qt::endl;
    if (r.status == RequestStatus::Denied) {
        o << tr("Denied:    %1 (%2)")
                 .arg(r.denialReason,
                      r.denialCode ? Names::display(*r.denialCode) : tr("no reason code recorded"))
          << Qt::endl;
        if (!r.exemption.isEmpty())
            o << tr("Exemption: %1").arg(r.exemption) << Qt::endl;
    }
    if (r.completedInPart())
        o << tr("In part:   withheld %1, because %2").arg(r.withheld, r.withheldReason) << Qt::endl;
    if (r.resumeStatus)
        o << tr("Waiting:   for the subject's clarification; then back to %1")
                 .arg(Names::display(*r.resumeStatus))
          << Qt::endl;
    if (r.fee.charged())
        o << tr("Fee:       %1 %2 (%3)").arg(r.fee.amount, r.fee.currency, Names::display(r.fee.reason))
          << Qt::endl;
    o << tr("Assignee:  %1").arg(r.assignee.isEmpty() ? tr("(unassigned)") : r.assignee) << Qt::endl;
    o << tr("Products:  %1").arg(r.products.join(QStringLiteral(", "))) << Qt::endl;
    o << tr("Version:   %1").arg(r.version) << Qt::endl;
    for (const Note& n : r.notes)
        o << tr("Note %1 by %2 at %3: %4").arg(n.id).arg(n.author, n.created.toString(Qt::ISODate), n.body)
          << Qt::endl;
    o.flush();
}

int Cli::requestsAdd(const QStringList& args)
{
    QCommandLineParser p;
    const QList<QCommandLineOption> opts = {
        {QStringLiteral("type"),
         tr("The law's type. GDPR and UK GDPR: %1. CCPA: %2.")
             .arg(Names::typeKeysFor(Regulation::Gdpr), Names::typeKeysFor(Regulation::Ccpa)),
         tr("type")},
        {QStringLiteral("regulation"), tr("One of: %1.").arg(Names::regulationKeys()), tr("regulation")},
        {QStringLiteral("received"), tr("Date received (YYYY-MM-DD); default today."), tr("date")},
        {QStringLiteral("email"), tr("Subject's email (repeatable)."), tr("email")},
        {QStringLiteral("phone"), tr("Subject's phone in international format (repeatable)."), tr("phone")},
        {QStringLiteral("user-id"), tr("Subject's user id in a product (repeatable)."), tr("id")},
        {QStringLiteral("name"), tr("Subject's name."), tr("name")},
        {QStringLiteral("product"), tr("Product in scope (repeatable)."), tr("product")},
        {QStringLiteral("assignee"), tr("Who works on it."), tr("user")},
        {QStringLiteral("established-in"),
         tr("The holiday calendar of where the controller is established for this request (GDPR, UK GDPR), "
            "overriding the workspace's; see calendars list."),
         tr("calendar")},
    };
    if (!parse(p, args, opts))
        return p.isSet(QStringLiteral("help")) ? Ok : Usage;
    NewRequest r;
    r.establishedIn = p.value(QStringLiteral("established-in")).trimmed();
    const auto type = enumOption(p, QStringLiteral("type"), Names::parseType, Names::typeKeys());
    if (!type)
        return fail(type.error());
    const auto reg =
        enumOption(p, QStringLiteral("regulation"), Names::parseRegulation, Names::regulationKeys());
    if (!reg)
        return fail(reg.error());
    if (!type->has_value())
        return fail(
            makeError(Error::Code::InvalidInput, tr("--type: required (one of %1).").arg(Names::typeKeys())));
    if (!reg->has_value()) {
        return fail(makeError(Error::Code::InvalidInput,
                              tr("--regulation: required (one of %1).").arg(Names::regulationKeys())));
    }
    r.type = **type;
    r.regulation = **reg;
    r.received = today();
    if (p.isSet(QStringLiteral("received"))) {
        auto d = Validation::parseDate(QStringLiteral("--received"), p.value(QStringLiteral("received")));
        if (!d)
            return fail(d.error());
        r.received = *d;
    }
    for (const QString& v : p.values(QStringLiteral("email")))
        r.identities << Identity{IdentityKind::Email, v};
    for (const QString& v : p.values(QStringLiteral("phone")))
        r.identities << Identity{IdentityKind::Phone, v};
    for (const QString& v : p.values(QStringLiteral("user-id")))
        r.identities << Identity{IdentityKind::UserId, v};
    r.subjectName = p.value(QStringLiteral("name"));
    r.products = p.values(QStringLiteral("product"));
    r.assignee = p.value(QStringLiteral("assignee"));
    // Validated (with the workspace's phone region, for national numbers) before anything changes.
    auto region = phoneRegion(r.identities);
    if (!region)
        return fail(region.error());
    if (Status s = Validation::checkNewRequest(r, today(), *region); !s)
        return fail(s.error());
    auto store = openStore();
    if (!store)
        return fail(store.error());
    auto created = (*store)->addRequest(r);
    if (!created)
        return fail(created.error());
    if (m_json)
        emitJson(requestJson(*created));
    else
        out() << tr("Created %1, due %2.")
                     .arg(created->humanId, created->deadline(today()).due.toString(Qt::ISODate))
              << Qt::endl;
    return Ok;
}

int Cli::requestsList(const QStringList& args)
{
    QCommandLineParser p;
    const QList<QCommandLineOption> opts = {
        {QStringLiteral("status"), tr("Only this status."), tr("status")},
        {QStringLiteral("type"), tr("Only this type."), tr("type")},
        {QStringLiteral("regulation"), tr("Only this regulation."), tr("regulation")},
        {QStringLiteral("assignee"), tr("Only this assignee (empty: unassigned)."), tr("user")},
        {QStringLiteral("search"), tr("Text in id, subject, identity or assignee."), tr("text")},
        {QStringLiteral("open"), tr("Only open requests.")},
        {QStringLiteral("overdue"), tr("Only overdue requests.")},
    };
    if (!parse(p, args, opts))
        return p.isSet(QStringLiteral("help")) ? Ok : Usage;
    QueueFilter f;
    const auto status = enumOption(p, QStringLiteral("status"), Names::parseStatus, Names::statusKeys());
    const auto type = enumOption(p, QStringLiteral("type"), Names::parseType, Names::typeKeys());
    const auto reg =
        enumOption(p, QStringLiteral("regulation"), Names::parseRegulation, Names::regulationKeys());
    for (const Error* e :
         {status ? nullptr : &status.error(), type ? nullptr : &type.error(), reg ? nullptr : &reg.error()}) {
        if (e)
            return fail(*e);
    }
    f.status = *status;
    f.type = *type;
    f.regulation = *reg;
    if (p.isSet(QStringLiteral("assignee")))
        f.assignee = p.value(QStringLiteral("assignee"));
    f.text = p.value(QStringLiteral("search"));
    f.openOnly = p.isSet(QStringLiteral("open"));
    const bool overdueOnly = p.isSet(QStringLiteral("overdue"));

    auto store = openStore();
    if (!store)
        return fail(store.error());
    // Filtered in the server, as the window's queue is (QueueQuery); overdue needs the computed deadline.
    auto rows = QueueQuery::read((*store)->database(), today(), f, QueueQuery::Order::Id, std::nullopt, -1);
    if (!rows)
        return fail(rows.error());
    QList<RequestSummary> shown;
    for (const RequestSummary& r : std::as_const(rows->rows)) {
        const bool overdue = !StateMachine::isFinal(r.status) && !r.clockStopped && r.due < today();
        if (overdueOnly && !overdue)
            continue;
        shown << r;
    }
    if (m_json) {
        QJsonArray a;
        for (const RequestSummary& r : shown) {
            const bool open = !StateMachine::isFinal(r.status);
            QJsonObject o{{QStringLiteral("id"), r.humanId},
                          {QStringLiteral("type"), Names::key(r.type)},
                          {QStringLiteral("type_in_law"), Names::lawKey(r.type, r.regulation)},
                          {QStringLiteral("regulation"), Names::key(r.regulation)},
                          {QStringLiteral("status"), Names::key(r.status)},
                          {QStringLiteral("received"), r.received.toString(Qt::ISODate)},
                          {QStringLiteral("due"), r.due.toString(Qt::ISODate)},
                          {QStringLiteral("days_left"), Deadlines::daysLeft(r.due, today())},
                          {QStringLiteral("overdue"), open && !r.clockStopped && r.due < today()},
                          {QStringLiteral("extended"), r.extended},
                          {QStringLiteral("clock_stopped"), r.clockStopped},
                          {QStringLiteral("assignee"), r.assignee},
                          {QStringLiteral("subject"), r.subjectName},
                          {QStringLiteral("identity"), r.primaryIdentity}};
            if (r.acknowledgeBy.isValid())
                o[QStringLiteral("acknowledge_by")] = r.acknowledgeBy.toString(Qt::ISODate);
            a << o;
        }
        emitJson(a);
        return Ok;
    }
    QTextStream& o = out();
    o << pad(tr("ID"), 12) << ' ' << pad(tr("Type"), 20) << ' ' << pad(tr("Regulation"), 10) << ' '
      << pad(tr("Status"), 20) << ' ' << pad(tr("Due"), 10) << ' ' << pad(tr("Left"), 12) << ' '
      << pad(tr("Assignee"), 13) << ' ' << tr("Subject") << Qt::endl;
    for (const RequestSummary& r : shown) {
        const int left = Deadlines::daysLeft(r.due, today());
        QString leftText = QString::number(left);
        if (StateMachine::isFinal(r.status))
            leftText = QStringLiteral("-");
        else if (r.clockStopped)
            leftText = tr("paused");
        else if (left < 0)
            leftText = tr("OVERDUE %1").arg(-left);
        o << pad(r.humanId, 12) << ' ' << pad(Names::display(r.type, r.regulation), 20) << ' '
          << pad(Names::display(r.regulation), 10) << ' ' << pad(Names::display(r.status), 20) << ' '
          << pad(r.due.toString(Qt::ISODate), 10) << ' ' << pad(leftText, 12) << ' ' << pad(r.assignee, 13)
          << ' ' << (r.subjectName.isEmpty() ? r.primaryIdentity : r.subjectName) << Qt::endl;
    }
    o << tr("%n request(s)", nullptr, int(shown.size())) << Qt::endl;
    return Ok;
}

int Cli::requestsShow(const QStringList& args)
{
    QCommandLineParser p;
    if (!parse(p, args, {}, QStringLiteral("id"), tr("Request id, e.g. R-2026-0001.")))
        return p.isSet(QStringLiteral("help")) ? Ok : Usage;
    if (p.positionalArguments().size() != 1)
        return usage(tr("requests show needs exactly one request id."));
    auto store = openStore();
    if (!store)
        return fail(store.error());
    auto r = (*store)->request(p.positionalArguments().first());
    if (!r)
        return fail(r.error());
    printRequest(*r);
    return Ok;
}

int Cli::requestsUpdate(const QStringList& args)
{
    QCommandLineParser p;
    const QList<QCommandLineOption> opts = {
        {QStringLiteral("type"), tr("New type."), tr("type")},
        {QStringLiteral("regulation"), tr("New regulation."), tr("regulation")},
        {QStringLiteral("received"), tr("Corrected date received."), tr("date")},
        {QStringLiteral("assignee"), tr("New assignee (empty to unassign)."), tr("user")},
        {QStringLiteral("name"), tr("Subject's name."), tr("name")},
        {QStringLiteral("product"), tr("Products in scope (repeatable; replaces the list)."), tr("product")},
        {QStringLiteral("add-identity"), tr("KIND:VALUE to add (repeatable)."), tr("identity")},
        {QStringLiteral("remove-identity"), tr("KIND:VALUE to remove (repeatable)."), tr("identity")},
        {QStringLiteral("established-in"),
         tr("This request's holiday calendar (see calendars list); none: the workspace's."), tr("calendar")},
        ifVersionOption(),
    };
    if (!parse(p, args, opts, QStringLiteral("id"), tr("Request id.")))
        return p.isSet(QStringLiteral("help")) ? Ok : Usage;
    if (p.positionalArguments().size() != 1)
        return usage(tr("requests update needs exactly one request id."));
    RequestUpdate u;
    const auto type = enumOption(p, QStringLiteral("type"), Names::parseType, Names::typeKeys());
    if (!type)
        return fail(type.error());
    const auto reg =
        enumOption(p, QStringLiteral("regulation"), Names::parseRegulation, Names::regulationKeys());
    if (!reg)
        return fail(reg.error());
    u.type = *type;
    u.regulation = *reg;
    if (p.isSet(QStringLiteral("received"))) {
        auto d = Validation::parseDate(QStringLiteral("--received"), p.value(QStringLiteral("received")));
        if (!d)
            return fail(d.error());
        u.received = *d;
    }
    if (p.isSet(QStringLiteral("assignee")))
        u.assignee = p.value(QStringLiteral("assignee"));
    if (p.isSet(QStringLiteral("name")))
        u.subjectName = p.value(QStringLiteral("name"));
    if (p.isSet(QStringLiteral("product")))
        u.products = p.values(QStringLiteral("product"));
    if (p.isSet(QStringLiteral("established-in"))) {
        const QString e = p.value(QStringLiteral("established-in")).trimmed();
        u.establishedIn = e == QLatin1String("none") ? QString() : e;
    }
    auto store = openStore();
    if (!store)
        return fail(store.error());
    auto region = (*store)->phoneRegion(); // for a phone written without its country code
    if (!region)
        return fail(region.error());
    for (const QString& v : p.values(QStringLiteral("add-identity"))) {
        auto i = Validation::parseIdentity(v, *region);
        if (!i)
            return fail(i.error());
        u.addIdentities << *i;
    }
    for (const QString& v : p.values(QStringLiteral("remove-identity"))) {
        auto i = Validation::parseIdentity(v, *region);
        const auto kind = Names::parseIdentityKind(v.section(QLatin1Char(':'), 0, 0));
        if (!i && kind) { // perhaps stored by an earlier version that accepted it: the store decides
            u.removeIdentities << Identity{*kind, v.section(QLatin1Char(':'), 1)};
            continue;
        }
        if (!i)
            return fail(i.error());
        u.removeIdentities << *i;
    }
    const auto version = ifVersion(p);
    if (!version)
        return fail(version.error());
    auto r = (*store)->update(p.positionalArguments().first(), u, *version);
    if (!r)
        return fail(r.error());
    printRequest(*r);
    return Ok;
}

int Cli::requestsTransition(const QStringList& args)
{
    QCommandLineParser p;
    const QList<QCommandLineOption> opts = {
        {QStringLiteral("reason"), tr("Reason (required to deny)."), tr("text")},
        {QStringLiteral("code"),
         tr("Reason code, required to deny: %1. %2 is for CCPA opt-out and limit-sensitive requests only, "
            "which "
            "cannot be denied as %3.")
             .arg(Names::denialCodeKeys(), Names::key(DenialCode::Fraudulent),
                  Names::key(DenialCode::IdentityNotVerified)),
         tr("code")},
        {QStringLiteral("exemption"), tr("The exemption relied on (with --code exemption)."), tr("text")},
        {QStringLiteral("withheld"), tr("Completed in part: what was withheld."), tr("text")},
        {QStringLiteral("withheld-reason"), tr("Completed in part: why it was withheld."), tr("text")},
        ifVersionOption(),
    };
    if (!parse(p, args, opts, QStringLiteral("id status"),
               tr("Request id and the new status (%1).").arg(Names::statusKeys())))
        return p.isSet(QStringLiteral("help")) ? Ok : Usage;
    if (p.positionalArguments().size() != 2)
        return usage(tr("requests transition needs a request id and a status."));
    const auto to = Names::parseStatus(p.positionalArguments().at(1));
    if (!to) {
        return fail(makeError(
            Error::Code::InvalidInput,
            tr("status: \"%1\" is not one of %2.").arg(p.positionalArguments().at(1), Names::statusKeys())));
    }
    auto store = openStore();
    if (!store)
        return fail(store.error());
    const auto code = enumOption(p, QStringLiteral("code"), Names::parseDenialCode, Names::denialCodeKeys());
    if (!code)
        return fail(code.error());
    const Outcome outcome{p.value(QStringLiteral("reason")), *code, p.value(QStringLiteral("exemption")),
                          p.value(QStringLiteral("withheld")), p.value(QStringLiteral("withheld-reason"))};
    const auto version = ifVersion(p);
    if (!version)
        return fail(version.error());
    auto r = (*store)->transition(p.positionalArguments().first(), *to, outcome, *version);
    if (!r)
        return fail(r.error());
    printRequest(*r);
    return Ok;
}

int Cli::requestsExtend(const QStringList& args)
{
    QCommandLineParser p;
    const QList<QCommandLineOption> opts = {
        {QStringLiteral("reason"), tr("Why more time is needed (told to the subject)."), tr("text")},
        ifVersionOption(),
    };
    if (!parse(p, args, opts, QStringLiteral("id"), tr("Request id.")))
        return p.isSet(QStringLiteral("help")) ? Ok : Usage;
    if (p.positionalArguments().size() != 1)
        return usage(tr("requests extend needs exactly one request id."));
    const auto version = ifVersion(p);
    if (!version)
        return fail(version.error());
    auto store = openStore();
    if (!store)
        return fail(store.error());
    auto r = (*store)->extend(p.positionalArguments().first(), p.value(QStringLiteral("reason")), *version);
    if (!r)
        return fail(r.error());
    printRequest(*r);
    return Ok;
}

int Cli::requestsFee(const QStringList& args)
{
    QCommandLineParser p;
    const QList<QCommandLineOption> opts = {
        {QStringLiteral("amount"), tr("The amount charged, such as 25 or 12.50."), tr("amount")},
        {QStringLiteral("currency"), tr("ISO 4217 currency code, such as EUR."), tr("code")},
        {QStringLiteral("reason"), tr("Why: %1.").arg(Names::feeReasonKeys()), tr("reason")},
        ifVersionOption(),
    };
    if (!parse(p, args, opts, QStringLiteral("id"), tr("Request id.")))
        return p.isSet(QStringLiteral("help")) ? Ok : Usage;
    if (p.positionalArguments().size() != 1)
        return usage(tr("requests fee needs exactly one request id."));
    const auto reason =
        enumOption(p, QStringLiteral("reason"), Names::parseFeeReason, Names::feeReasonKeys());
    if (!reason)
        return fail(reason.error());
    if (!reason->has_value())
        return fail(makeError(Error::Code::InvalidInput,
                              tr("--reason: required (one of %1).").arg(Names::feeReasonKeys())));
    const Fee fee{p.value(QStringLiteral("amount")), p.value(QStringLiteral("currency")), **reason};
    auto store = openStore();
    if (!store)
        return fail(store.error());
    const auto version = ifVersion(p);
    if (!version)
        return fail(version.error());
    auto r = (*store)->setFee(p.positionalArguments().first(), fee, *version);
    if (!r)
        return fail(r.error());
    printRequest(*r);
    return Ok;
}

int Cli::requestsNote(const QStringList& args)
{
    QCommandLineParser p;
    if (!parse(p, args, {}, QStringLiteral("id text"), tr("Request id and the note.")))
        return p.isSet(QStringLiteral("help")) ? Ok : Usage;
    if (p.positionalArguments().size() < 2)
        return usage(tr("requests note needs a request id and the note text."));
    auto store = openStore();
    if (!store)
        return fail(store.error());
    auto r = (*store)->addNote(p.positionalArguments().first(),
                               p.positionalArguments().mid(1).join(QLatin1Char(' ')));
    if (!r)
        return fail(r.error());
    printRequest(*r);
    return Ok;
}

int Cli::requestsTakeNext(const QStringList& args)
{
    QCommandLineParser p;
    if (!parse(p, args, {}))
        return p.isSet(QStringLiteral("help")) ? Ok : Usage;
    if (!p.positionalArguments().isEmpty())
        return usage(tr("requests take-next takes no arguments."));
    auto store = openStore();
    if (!store)
        return fail(store.error());
    auto r = (*store)->takeNext();
    if (!r)
        return fail(r.error());
    if (!*r) {
        if (m_json)
            emitJson(QJsonObject{{QStringLiteral("taken"), QJsonValue()}});
        else
            out() << tr("No open request is waiting for someone to take it.") << Qt::endl;
        return Ok;
    }
    printRequest(**r);
    return Ok;
}

int Cli::requestsAssign(const QStringList& args)
{
    QCommandLineParser p;
    const QList<QCommandLineOption> opts = {
        {QStringLiteral("to"), tr("Who takes the request over (a workspace user or database login)."),
         tr("name")},
        {QStringLiteral("reason"), tr("Why; kept as a note on the request."), tr("text")},
        {QStringLiteral("escalate"), tr("Record it as an escalation (support lead to officer).")},
        ifVersionOption(),
    };
    if (!parse(p, args, opts, QStringLiteral("id"), tr("Request id.")))
        return p.isSet(QStringLiteral("help")) ? Ok : Usage;
    if (p.positionalArguments().size() != 1)
        return usage(tr("requests assign needs one request id."));
    const auto version = ifVersion(p);
    if (!version)
        return fail(version.error());
    auto store = openStore();
    if (!store)
        return fail(store.error());
    auto r =
        (*store)->assign(p.positionalArguments().first(), p.value(QStringLiteral("to")),
                         p.value(QStringLiteral("reason")), p.isSet(QStringLiteral("escalate")), *version);
    if (!r)
        return fail(r.error());
    printRequest(*r);
    return Ok;
}

// ---- report ----------------------------------------------------------------------------------------------

int Cli::reportMetrics(const QStringList& args)
{
    QCommandLineParser p;
    const QList<QCommandLineOption> opts = {
        {QStringLiteral("year"), tr("Calendar year (default: this year)."), tr("year")},
        {QStringLiteral("regulation"),
         tr("Only requests under this regulation (CCPA 7102 allows all requests or Californians' only)."),
         tr("regulation")},
        {QStringLiteral("csv"), tr("Print CSV (RFC 4180): the 7102 table, the months, the days to respond.")},
    };
    if (!parse(p, args, opts))
        return p.isSet(QStringLiteral("help")) ? Ok : Usage;
    if (!p.positionalArguments().isEmpty())
        return usage(tr("report metrics takes no arguments, only options."));
    if (m_json && p.isSet(QStringLiteral("csv")))
        return usage(tr("--json and --csv: choose one."));
    int year = QDate::currentDate().year();
    if (p.isSet(QStringLiteral("year"))) {
        bool ok = false;
        year = p.value(QStringLiteral("year")).toInt(&ok);
        if (!ok || year < 1970 || year > 9999)
            return fail(makeError(Error::Code::InvalidInput, tr("--year: \"%1\" is not a year such as %2.")
                                                                 .arg(p.value(QStringLiteral("year")))
                                                                 .arg(QDate::currentDate().year())));
    }
    const auto reg =
        enumOption(p, QStringLiteral("regulation"), Names::parseRegulation, Names::regulationKeys());
    if (!reg)
        return fail(reg.error());
    auto store = openStore();
    if (!store)
        return fail(store.error());
    int skipped = 0;
    auto records = RequestMetrics::load((*store)->database(), &skipped);
    if (!records)
        return fail(records.error());
    if (skipped > 0)
        err()
            << tr("%n request(s) with a type, regulation or status this version does not know are left out.",
                  nullptr, skipped)
            << Qt::endl;
    const YearMetrics m = RequestMetrics::compute(*records, year, QDate::currentDate(), *reg);
    if (m_json) {
        emitJson(RequestMetrics::toJson(m));
        return Ok;
    }
    out() << (p.isSet(QStringLiteral("csv")) ? RequestMetrics::toCsv(m) : RequestMetrics::toText(m));
    out().flush();
    return Ok;
}
} // namespace lethe
