#include "DemoData.h"

#include "WorkspaceStore.h"

#include <QRandomGenerator>

#include <algorithm>

namespace lethe {

namespace {

struct Person
{
    const char* name;
    const char* email;
    const char* phone; // fictional ranges: UK drama numbers, US 555-01xx
};

// Fictional people on reserved example domains.
const Person kPeople[] = {
    {"Amelia Hart", "amelia.hart@example.com", "+44 20 7946 0101"},
    {"Jonas Weber", "jonas.weber@example.de", ""},
    {"Priya Natarajan", "priya.n@example.org", "+1 202 555 0143"},
    {"Marcus Cole", "marcus@cole-roofing.example", "+1 312 555 0187"},
    {"Sofia Lindqvist", "sofia.lindqvist@example.se", ""},
    {"Tom Okafor", "tom.okafor@example.co.uk", "+44 161 496 0732"},
    {"Hannah Becker", "h.becker@example.de", "+49 30 12345678"},
    {"Diego Ramirez", "diego@ramirez-dental.example", "+1 415 555 0112"},
    {"Chloe Martin", "chloe.martin@example.fr", ""},
    {"Liam Byrne", "liam.byrne@example.ie", "+353 1 555 0199"},
    {"Grace Kim", "grace.kim@example.com", "+1 646 555 0165"},
    {"Oliver Smith", "oliver@smith-plumbing.example", "+44 20 7946 0333"},
    {"Fatima Zahra", "fatima.zahra@example.net", ""},
    {"Lucas Rossi", "lucas.rossi@example.it", "+39 06 5550 1234"},
    {"Emma Jansen", "emma.jansen@example.nl", ""},
    {"Noah Williams", "noah.w@example.com", "+1 213 555 0177"},
    {"Isla MacLeod", "isla.macleod@example.scot", "+44 131 496 0456"},
    {"Mateo Silva", "mateo.silva@example.pt", ""},
    {"Aisha Bello", "aisha@bello-consulting.example", "+44 20 7946 0888"},
    {"Ben Carter", "ben.carter@example.com", "+1 512 555 0123"},
    {"Zoe Dubois", "zoe.dubois@example.be", ""},
    {"Ethan Clarke", "ethan.clarke@example.co.uk", "+44 117 496 0211"},
    {"Mia Schneider", "mia.schneider@example.at", ""},
    {"Ryan Patel", "ryan@patel-realty.example", "+1 408 555 0150"},
    {"Lena Novak", "lena.novak@example.cz", ""},
    {"Samuel Green", "sam.green@example.com", "+1 303 555 0199"},
    {"Ava Thompson", "ava.thompson@example.co.uk", "+44 20 7946 0555"},
    {"Daniel Fischer", "daniel.fischer@example.de", ""},
    {"Nora Hansen", "nora.hansen@example.no", ""},
    {"Kevin O'Brien", "kevin.obrien@example.ie", ""},
    {"Julia Costa", "julia.costa@example.br", "+55 11 5555 0101"},
    {"Henry Walker", "henry@walker-lawn.example", "+1 702 555 0133"},
    {"Elif Yilmaz", "elif.yilmaz@example.tr", ""},
    {"Max Müller", "max.mueller@example.de", "+49 89 12345670"},
    {"Ella Roberts", "ella.roberts@example.com", "+1 617 555 0109"},
    {"Arjun Mehta", "arjun.mehta@example.in", ""},
    {"Charlotte Evans", "charlotte.evans@example.co.uk", "+44 29 2018 0123"},
    {"Victor Petit", "victor.petit@example.fr", ""},
    {"Olivia Brown", "olivia@brown-bakery.example", "+1 206 555 0188"},
    {"William Young", "will.young@example.com", ""},
};

const char* kProducts[] = {"LeadsGen", "LeadNest AI", "Lead Machine", "AlwaysLeads", "LeadTrackEngine"};
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

} // namespace

QList<NewRequest> DemoData::generate(int count, QDate today, quint32 seed)
{
    QRandomGenerator rng(seed);
    const int peopleCount = int(sizeof(kPeople) / sizeof(kPeople[0]));
    QList<NewRequest> out;
    out.reserve(count);
    const QList<RequestType> types = Names::allTypes();
    const QList<Regulation> regs = Names::allRegulations();
    for (int i = 0; i < count; ++i) {
        NewRequest r;
        r.type = types[rng.bounded(int(types.size()))];
        r.regulation = regs[rng.bounded(int(regs.size()))];
        r.received = today.addDays(-rng.bounded(120));
        const Person& first = kPeople[rng.bounded(peopleCount)];
        const Person& last = kPeople[rng.bounded(peopleCount)];
        r.subjectName = QString::fromUtf8(first.name).section(QLatin1Char(' '), 0, 0) + QLatin1Char(' ') +
                        QString::fromUtf8(last.name).section(QLatin1Char(' '), -1);
        r.identities << Identity{IdentityKind::Email, QStringLiteral("subject%1@example.test").arg(i + 1)};
        r.assignee = QLatin1String(kAssignees[rng.bounded(4)]);
        r.products << QLatin1String(kProducts[rng.bounded(5)]);
        out << r;
    }
    return out;
}

Result<int> DemoData::populate(const ConnectionParams& params, const QString& actor, QDate today, int count,
                               quint32 seed)
{
    QRandomGenerator rng(seed);
    // Target statuses in the proportions of a busy Monday: (status, how many in 40, youngest, oldest age).
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
    QList<RequestStatus> statuses;
    QList<std::pair<int, int>> ages;
    while (statuses.size() < count) {
        for (const Target& t : targets) {
            for (int k = 0; k < t.share && statuses.size() < count; ++k) {
                statuses << t.status;
                ages << std::pair{t.minAge, t.maxAge};
            }
        }
    }
    const QList<RequestType> types = Names::allTypes();
    const Regulation regs[] = {Regulation::Gdpr, Regulation::UkGdpr, Regulation::Ccpa,  Regulation::Gdpr,
                               Regulation::Ccpa, Regulation::UkGdpr, Regulation::Other, Regulation::Gdpr};
    const int peopleCount = int(sizeof(kPeople) / sizeof(kPeople[0]));

    QList<Plan> plans;
    int extendedInProgress = 0;
    for (int i = 0; i < count; ++i) {
        Plan p;
        const Person& who = kPeople[i % peopleCount];
        const RequestStatus target = statuses[i];
        const int age = ages[i].first + rng.bounded(ages[i].second - ages[i].first + 1);
        p.request.type = types[(i * 5 + i / 6) % types.size()];
        p.request.regulation = regs[(i * 3 + 1) % 8];
        p.request.received = today.addDays(-age);
        p.request.subjectName = QString::fromUtf8(who.name);
        p.request.identities << Identity{IdentityKind::Email, QString::fromUtf8(who.email)};
        if (*who.phone)
            p.request.identities << Identity{IdentityKind::Phone, QString::fromUtf8(who.phone)};
        if (i % 4 == 1)
            p.request.identities << Identity{IdentityKind::UserId,
                                             QStringLiteral("usr_%1").arg(1000 + i * 37)};
        p.request.products << QLatin1String(kProducts[i % 5]);
        if (i % 3 == 0)
            p.request.products << QLatin1String(kProducts[(i + 2) % 5]);
        p.request.assignee = target == RequestStatus::New ? QString() : QLatin1String(kAssignees[i % 3]);

        auto at = [age](int day) { return std::min(day, age); };
        using S = RequestStatus;
        switch (target) {
        case S::New:
            break;
        case S::AwaitingIdentity:
            p.steps << Step{at(1), Step::Move, S::AwaitingIdentity, {}};
            p.steps << Step{at(1), Step::AddNote, S::New,
                            QStringLiteral("Asked for a copy of photo ID via the "
                                           "support ticket; the email on file does "
                                           "not match the sender.")};
            break;
        case S::Verified:
            if (i % 2) {
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
                p.request.regulation != Regulation::Other) {
                ++extendedInProgress;
                p.steps << Step{20, Step::Extend, S::New,
                                QStringLiteral("Data held in five systems and three processors; the subject "
                                               "asked for call recordings as well.")};
            }
            if (target == S::InProgress && i % 5 == 0) {
                p.steps << Step{
                    at(3), Step::AddNote, S::New,
                    QStringLiteral("Stripe and Resend lookups done; waiting for the product team to "
                                   "confirm the legacy CRM export.")};
            }
            if (target != S::InProgress)
                p.steps << Step{at(std::max(3, age - 4)), Step::Move, S::AwaitingApproval, {}};
            if (target == S::Completed)
                p.steps << Step{at(std::max(4, age - 2)), Step::Move, S::Completed, {}};
            break;
        case S::Denied:
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
        plans << p;
    }

    // Replay everything in date order so the audit log reads as it happened.
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

    QDateTime clock(today.addDays(-365), QTime(9, 0), Qt::UTC);
    auto store = WorkspaceStore::open(params, actor, [&clock] { return clock; });
    if (!store)
        return store.error();
    QList<QString> ids(plans.size());
    int minute = 0;
    for (const Event& e : events) {
        clock = QDateTime(e.date, QTime(9, 0), Qt::UTC).addSecs(60 * (minute++ % 480));
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
