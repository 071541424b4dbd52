#include "DemoData.h"

#include "DemoPopulation.h"
#include "WorkspaceStore.h"

#include <QRandomGenerator>

#include <algorithm>

namespace lethe {

namespace {

const char* kAssignees[] = {"dana.dpo", "sam.support", "alex.privacy", ""};

struct Step
{
    int day; // days after receipt
    enum Kind
    {
        Move,
        Extend,
        AddNote
    } kind;
    RequestStatus to = RequestStatus::New;
    QString text;
};

struct Plan
{
    NewRequest request;
    QList<Step> steps;
};

struct Event
{
    QDate date;
    int order;
    int plan;
    Step step;
};

// The six types the demo was made with (its requests keep their numbers and types), each turned into the
// law's own where the law lacks it: CCPA has no restriction, objection or portability, but limits, opt-outs
// and know.
const QList<RequestType>& demoTypes()
{
    static const QList<RequestType> six = Names::allTypes().mid(0, 6);
    return six;
}

RequestType forLaw(RequestType t, Regulation r)
{
    if (Names::lawHasType(r, t))
        return t;
    switch (t) {
    case RequestType::Restriction:
        return RequestType::LimitSensitive;
    case RequestType::Objection:
        return RequestType::OptOutSaleSharing;
    default:
        return RequestType::Access;
    }
}

} // namespace

QList<NewRequest> DemoData::generate(int count, QDate today, quint32 seed)
{
    QRandomGenerator rng(seed);
    const DemoPopulation people;
    const int peopleCount = people.size();
    QList<NewRequest> out;
    out.reserve(count);
    const QList<RequestType>& types = demoTypes();
    const QList<Regulation> regs = Names::allRegulations();
    for (int i = 0; i < count; ++i) {
        NewRequest r;
        r.type = types[rng.bounded(int(types.size()))];
        r.regulation = regs[rng.bounded(int(regs.size()))];
        r.type = forLaw(r.type, r.regulation); // only the law's types (a CCPA restriction is refused)
        r.received = today.addDays(-rng.bounded(120));
        r.subjectName = people.at(rng.bounded(peopleCount)).first + QLatin1Char(' ') +
                        people.at(rng.bounded(peopleCount)).last;
        r.identities << Identity{IdentityKind::Email, QStringLiteral("subject%1@example.test").arg(i + 1)};
        r.assignee = QLatin1String(kAssignees[rng.bounded(4)]);
        r.products << QStringLiteral("Product %1").arg(QLatin1Char(char('A' + rng.bounded(5))));
        out << r;
    }
    return out;
}
namespace {

// Target statuses in the proportions of a busy Monday, for `count` requests, with the youngest and oldest
// age of each.
void targetStatuses(int count, QList<RequestStatus>& statuses, QList<std::pair<int, int>>& ages)
{
    struct Target
    {
        RequestStatus status;
        int share;
        int minAge;
        int maxAge;
    };
    const Target targets[] = {
        {RequestStatus::New, 6, 0, 3},
        {RequestStatus::AwaitingIdentity, 5, 4, 21},
        {RequestStatus::Verified, 5, 2, 14},
        {RequestStatus::InProgress, 8, 8, 45},
        {RequestStatus::AwaitingApproval, 4, 12, 40},
        {RequestStatus::Completed, 7, 30, 85},
        {RequestStatus::Denied, 3, 20, 60},
        {RequestStatus::Cancelled, 2, 10, 50},
    };
    while (statuses.size() < count) {
        for (const Target& t : targets) {
            for (int k = 0; k < t.share && statuses.size() < count; ++k) {
                statuses << t.status;
                ages << std::pair{t.minAge, t.maxAge};
            }
        }
    }
}

// The steps that take a request received `age` days ago to its target status.
void stepsFor(Plan& p, RequestStatus target, int age, int i, int& extendedInProgress)
{
    auto at = [age](int day) { return std::min(day, age); };
    using S = RequestStatus;
    // A CCPA opt-out or limit request has no identity stop (11 CCR 7026(d), 7027(e)): it waits for what
    // is needed to act on it instead, and is denied only as fraudulent.
    const bool noIdentityStop = Names::needsNoVerification(p.request.regulation, p.request.type);
    switch (target) {
    case S::New:
        break;
    case S::AwaitingIdentity:
        if (noIdentityStop) {
            p.steps << Step{at(1), Step::Move, S::AwaitingClarification, {}};
            p.steps << Step{at(1), Step::AddNote, S::New,
                            QStringLiteral("Asked which of the two accounts on file the request is "
                                           "for; the form named neither.")};
            break;
        }
        p.steps << Step{at(1), Step::Move, S::AwaitingIdentity, {}};
        p.steps << Step{at(1), Step::AddNote, S::New,
                        QStringLiteral("Asked for a copy of photo ID via the "
                                       "support ticket; the email on file does "
                                       "not match the sender.")};
        break;
    case S::AwaitingClarification: // not among the targets above; kept for when it is
        p.steps << Step{at(1), Step::Move, S::Verified, {}};
        p.steps << Step{at(2), Step::Move, S::AwaitingClarification, {}};
        break;
    case S::Verified:
        if (i % 2 && !noIdentityStop) {
            p.steps << Step{at(1), Step::Move, S::AwaitingIdentity, {}};
            p.steps << Step{at(2), Step::Move, S::Verified, {}};
        } else {
            p.steps << Step{at(1), Step::Move, S::Verified, {}};
        }
        break;
    case S::InProgress:
    case S::AwaitingApproval:
    case S::Completed:
        p.steps << Step{at(1), Step::Move, S::Verified, {}};
        p.steps << Step{at(2), Step::Move, S::InProgress, {}};
        if (target == S::InProgress && age >= 24 && extendedInProgress < 2 && i % 2 == 0 &&
            p.request.regulation != Regulation::Other &&
            Deadlines::allowsExtension(p.request.regulation, p.request.type)) {
            ++extendedInProgress;
            p.steps << Step{20, Step::Extend, S::New,
                            QStringLiteral("Data held in five systems and three processors; the subject "
                                           "asked for call recordings as well.")};
        }
        if (target == S::InProgress && i % 5 == 0) {
            p.steps << Step{at(3), Step::AddNote, S::New,
                            QStringLiteral("Stripe and Resend lookups done; waiting for the product team to "
                                           "confirm the legacy CRM export.")};
        }
        if (target != S::InProgress)
            p.steps << Step{at(std::max(3, age - 4)), Step::Move, S::AwaitingApproval, {}};
        if (target == S::Completed)
            p.steps << Step{at(std::max(4, age - 2)), Step::Move, S::Completed, {}};
        break;
    case S::Denied:
        if (noIdentityStop) {
            p.steps << Step{at(15), Step::Move, S::Denied,
                            QStringLiteral("Sent in bulk for many people from one address with made-up "
                                           "names; believed fraudulent, evidence kept in the ticket.")};
            break;
        }
        p.steps << Step{at(1), Step::Move, S::AwaitingIdentity, {}};
        p.steps << Step{at(15), Step::Move, S::Denied,
                        QStringLiteral("Identity could not be verified after two reminders.")};
        break;
    case S::Cancelled:
        p.steps << Step{at(3), Step::Move, S::Cancelled, {}};
        p.steps << Step{at(3), Step::AddNote, S::New,
                        QStringLiteral("The subject withdrew the request by email.")};
        break;
    }
}

// Replay everything in date order so the audit log reads as it happened.
QList<Event> inDateOrder(const QList<Plan>& plans)
{
    QList<Event> events;
    int order = 0;
    for (int i = 0; i < plans.size(); ++i)
        events << Event{plans[i].request.received, order++, i, Step{0, Step::Move, RequestStatus::New, {}}};
    for (int i = 0; i < plans.size(); ++i) {
        for (const Step& s : plans[i].steps)
            events << Event{plans[i].request.received.addDays(s.day), order++, i, s};
    }
    std::stable_sort(events.begin(), events.end(), [](const Event& a, const Event& b) {
        return a.date != b.date ? a.date < b.date : a.order < b.order;
    });
    return events;
}

// Each event's time: its day, in office hours. The audit log must read in time order and never ahead of
// the real clock (audit verify checks both, and real work follows the demo): strictly increasing, and the
// last ones moved back before now, a second apart.
QList<QDateTime> stampsOf(const QList<Event>& events)
{
    QList<QDateTime> stamps;
    int minute = 0;
    for (const Event& e : events) {
        QDateTime at = QDateTime(e.date, QTime(9, 0), Qt::UTC).addSecs(60 * (minute++ % 480));
        if (!stamps.isEmpty() && at <= stamps.last())
            at = stamps.last().addSecs(1);
        stamps << at;
    }
    QDateTime cap = QDateTime::currentDateTimeUtc().addSecs(-1);
    for (qsizetype i = stamps.size() - 1; i >= 0; --i) {
        stamps[i] = std::min(stamps[i], cap);
        cap = stamps[i].addSecs(-1);
    }
    return stamps;
}

} // namespace

Result<int> DemoData::populate(const ConnectionParams& params, const QString& actor, QDate today, int count,
                               const std::function<QStringList(int)>& productsOf, quint32 seed)
{
    const DemoPopulation people;
    QRandomGenerator rng(seed);
    QList<RequestStatus> statuses;
    QList<std::pair<int, int>> ages;
    targetStatuses(count, statuses, ages);
    const QList<RequestType>& types = demoTypes();
    const Regulation regs[] = {Regulation::Gdpr, Regulation::UkGdpr, Regulation::Ccpa,  Regulation::Gdpr,
                               Regulation::Ccpa, Regulation::UkGdpr, Regulation::Other, Regulation::Gdpr};
    const int peopleCount = DemoPopulation::knownCount();

    QList<Plan> plans;
    int extendedInProgress = 0;
    for (int i = 0; i < count; ++i) {
        Plan p;
        const DemoPerson& who = people.at(i % peopleCount);
        const RequestStatus target = statuses[i];
        const int age = ages[i].first + rng.bounded(ages[i].second - ages[i].first + 1);
        p.request.regulation = regs[(i * 3 + 1) % 8];
        p.request.type = forLaw(types[(i * 5 + i / 6) % types.size()], p.request.regulation);
        p.request.received = today.addDays(-age);
        p.request.subjectName = who.name;
        p.request.identities << Identity{IdentityKind::Email, who.email};
        if (!who.phone.isEmpty())
            p.request.identities << Identity{IdentityKind::Phone, who.phone};
        if (productsOf)
            p.request.products = productsOf(i % peopleCount);
        p.request.assignee = target == RequestStatus::New ? QString() : QLatin1String(kAssignees[i % 3]);

        stepsFor(p, target, age, i, extendedInProgress);
        plans << p;
    }

    const QList<Event> events = inDateOrder(plans);
    const QList<QDateTime> stamps = stampsOf(events);

    QDateTime clock(today.addDays(-365), QTime(9, 0), Qt::UTC);
    auto store = WorkspaceStore::open(params, actor, [&clock] { return clock; });
    if (!store)
        return store.error();
    QList<QString> ids(plans.size());
    for (qsizetype n = 0; n < events.size(); ++n) {
        const Event& e = events[n];
        clock = stamps[n];
        const Plan& p = plans[e.plan];
        if (e.step.day == 0 && e.step.kind == Step::Move && e.step.to == RequestStatus::New) {
            auto r = (*store)->addRequest(p.request);
            if (!r)
                return r.error();
            ids[e.plan] = r->humanId;
            continue;
        }
        Result<Request> r = makeError(Error::Code::InvalidInput, {});
        switch (e.step.kind) {
        case Step::Move:
            if (e.step.to == RequestStatus::Denied) // the demo's denials: identity never verified, or fraud
                r = (*store)->transition(
                    ids[e.plan], e.step.to,
                    Outcome{e.step.text,
                            Names::needsNoVerification(p.request.regulation, p.request.type)
                                ? DenialCode::Fraudulent
                                : DenialCode::IdentityNotVerified,
                            {},
                            {},
                            {}});
            else
                r = (*store)->transition(ids[e.plan], e.step.to, e.step.text);
            break;
        case Step::Extend:
            r = (*store)->extend(ids[e.plan], e.step.text);
            break;
        case Step::AddNote:
            r = (*store)->addNote(ids[e.plan], e.step.text);
            break;
        }
        if (!r)
            return makeError(r.error().code,
                             tr("Demo step for %1 failed: %2").arg(ids[e.plan], r.error().message));
    }
    return int(plans.size());
}

} // namespace lethe
