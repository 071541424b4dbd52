// A team workspace on PostgreSQL holding a million requests (issue 18), with 20 desks at once, each signed
// in as its own login (10 officers, 10 support) on a connection of its own.
//
// - Operations through the store (WorkspaceStore: show a request, add a note, take the next one, hand one
//   on with a reason, change a status, add a request, read a page of the queue), each desk doing the same
//   seeded mix: operations per second and the 99th-percentile latency, beside the floor: the same
//   statements in the same transactions, sent by hand through QSqlQuery (libpq) by 20 threads under the
//   same logins, measured in the same run.
// - The first screen of the queue: the time from QueueLoader::start (the GUI's loader) to its first chunk,
//   the median of N runs, for the whole queue and for the filters the window sends the server (status,
//   assignee, both, open and nobody's, open, texts rare, absent, of two characters and in every row), each
//   beside the same SELECT of the first chunk sent by hand; how many rows the loader read (one page, not all
//   that match), and the next page as the view asks for it. Then the texts without the trigram indexes
//   setup-team makes, by hand: the one OR the loader sent before (SQLite's) and the union, page and count.
//
// - setup-team itself: its transaction, then the search's indexes built concurrently while a support desk
//   adds requests (how long each took), beside one of them built the old way, in a transaction, while the
//   desk writes (BENCH_SETUP_ONLY=1 stops there).
//
// The million requests are written with generate_series in SQL by the workspace's owner (not through the
// store one by one): 90% closed and assigned, spread over ten years, the rest open (in progress, one in a
// hundred of those verified: a rare status), one in two of those nobody's.
//
// Usage: bench_team_scale [requests=1000000] [operations per desk=150, 0: the first screens only] [runs=5]
// Needs LETHE_TEST_PG_HOST/PORT/USER (a login that may create databases and roles, as scripts/test's).
#include "BenchUtil.h"
#include "DueKeys.h"
#include "QueueLoader.h"
#include "QueueQuery.h"
#include "SortKeys.h"
#include "TeamSetup.h"
#include "WorkspaceStore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <QUuid>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <thread>

using namespace lethe;
using namespace lethe::bench;

namespace {

constexpr int kDesks = 20;

struct Scratch
{
    ConnectionParams admin;
    ConnectionParams params;
    QString prefix;
    QList<TeamMember> members;
    bool made = false;
    ~Scratch()
    {
        if (!made)
            return;
        SqlConnection c;
        if (!c.open(admin))
            return;
        QSqlQuery q(c.db());
        q.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(params.database));
        for (const TeamMember& m : std::as_const(members))
            q.exec(QStringLiteral("DROP ROLE IF EXISTS \"%1\"").arg(m.login));
        for (const char* g : {"officer", "support", "reviewer"})
            q.exec(QStringLiteral("DROP ROLE IF EXISTS \"%1_%2\"").arg(prefix, QLatin1String(g)));
    }
};

bool exec(QSqlQuery& q, const QString& sql)
{
    if (q.exec(sql))
        return true;
    std::fprintf(stderr, "PostgreSQL: %s\n", qPrintable(q.lastError().text()));
    return false;
}

// What one desk does at its i-th step: the same for the store and the floor.
enum class Op
{
    Show,
    Note,
    TakeNext,
    Assign,
    Transition,
    Add,
    QueuePage
};

Op pickOp(QRandomGenerator& rng)
{
    const int p = int(rng.bounded(100));
    if (p < 35)
        return Op::Show;
    if (p < 55)
        return Op::Note;
    if (p < 65)
        return Op::TakeNext;
    if (p < 75)
        return Op::Assign;
    if (p < 85)
        return Op::Transition;
    if (p < 95)
        return Op::Add;
    return Op::QueuePage;
}

// A request among the million (R-2016-0001 .. R-2025-100000), and an open one (every tenth).
QString anyRequest(QRandomGenerator& rng, int count)
{
    const int g = 1 + int(rng.bounded(count));
    return QStringLiteral("R-%1-%2")
        .arg(2016 + (g - 1) / 100000)
        .arg((g - 1) % 100000 + 1, 4, 10, QLatin1Char('0'));
}
QString openRequest(QRandomGenerator& rng, int count)
{
    const int g = 10 * (1 + int(rng.bounded(count / 10)));
    return QStringLiteral("R-%1-%2")
        .arg(2016 + (g - 1) / 100000)
        .arg((g - 1) % 100000 + 1, 4, 10, QLatin1Char('0'));
}

struct Measured
{
    QList<double> latencies; // ms, every operation of every desk
    double wallMs = 0;
    int failures = 0;
    QString firstFailure;
};

template <typename T> Status statusOf(const lethe::Result<T>& r)
{
    return r.ok() ? Status() : Status(r.error());
}

double percentile(QList<double> v, double p)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    const qsizetype i = std::min<qsizetype>(v.size() - 1, qsizetype(std::ceil(p * double(v.size())) - 1));
    return v[std::max<qsizetype>(0, i)];
}

// Runs `desk(index, latencies, failures)` on 20 threads at once; the wall time is from the start of the
// first to the end of the last.
template <typename F> Measured runDesks(F desk)
{
    Measured out;
    QList<QList<double>> lat(kDesks);
    std::atomic<int> failures{0};
    QList<QString> firstFailure(kDesks);
    QList<QThread*> threads;
    for (int d = 0; d < kDesks; ++d)
        threads << QThread::create([&, d] { desk(d, lat[d], failures, firstFailure[d]); });
    QElapsedTimer t;
    t.start();
    for (QThread* th : threads)
        th->start();
    for (QThread* th : threads) {
        th->wait();
        delete th;
    }
    out.wallMs = t.nsecsElapsed() / 1e6;
    for (const QList<double>& l : lat)
        out.latencies += l;
    out.failures = failures.load();
    for (const QString& f : firstFailure)
        if (out.firstFailure.isEmpty())
            out.firstFailure = f;
    return out;
}

void print(const char* name, const Measured& r)
{
    std::fprintf(stdout, "  %-28s %6lld ops in %7.1f s: %7.1f ops/s, median %6.2f ms, p99 %7.2f ms%s\n", name,
                 qint64(r.latencies.size()), r.wallMs / 1000, r.latencies.size() / (r.wallMs / 1000),
                 median(r.latencies), percentile(r.latencies, 0.99),
                 r.failures ? qPrintable(QStringLiteral(" (%1 refused or conflicting, as expected with 20 "
                                                        "desks; first: %2)")
                                             .arg(r.failures)
                                             .arg(r.firstFailure.left(120)))
                            : "");
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const int count = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 1000000;
    const int perDesk = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 150;
    const int runs = argc > 3 ? QString::fromLocal8Bit(argv[3]).toInt() : 5;
    if (count < 100000 || count % 100000 != 0) {
        std::fprintf(stderr, "requests: a multiple of 100,000\n");
        return 1;
    }
    if (qEnvironmentVariableIsEmpty("LETHE_TEST_PG_PORT")) {
        std::fprintf(stdout, "team scale: not measured (LETHE_TEST_PG_PORT is not set)\n");
        return 0;
    }
    Scratch pg;
    pg.admin.engine = ConnectionParams::Engine::Postgres;
    pg.admin.host = qEnvironmentVariable("LETHE_TEST_PG_HOST", QStringLiteral("127.0.0.1"));
    pg.admin.port = qEnvironmentVariableIntValue("LETHE_TEST_PG_PORT");
    pg.admin.user = qEnvironmentVariable("LETHE_TEST_PG_USER", QStringLiteral("postgres"));
    pg.admin.password = qEnvironmentVariable("LETHE_TEST_PG_PASSWORD");
    pg.admin.database = QStringLiteral("postgres");
    const QString tag = QUuid::createUuid().toString(QUuid::Id128).left(10);
    pg.params = pg.admin;
    pg.params.database = QStringLiteral("lethe_bench_team_%1").arg(tag);
    pg.prefix = QStringLiteral("lb%1").arg(tag);
    for (int d = 0; d < kDesks; ++d)
        pg.members << TeamMember{QStringLiteral("%1_desk%2").arg(pg.prefix).arg(d),
                                 d % 2 ? QStringLiteral("support") : QStringLiteral("officer")};
    {
        SqlConnection c;
        if (Status s = c.open(pg.admin); !s) {
            std::fprintf(stderr, "PostgreSQL: %s\n", qPrintable(s.error().message));
            return 1;
        }
        QSqlQuery q(c.db());
        if (!exec(q, QStringLiteral("CREATE DATABASE %1").arg(pg.params.database)))
            return 1;
        pg.made = true;
    }

    // The workspace, its million requests (owner, in SQL), and the team.
    QElapsedTimer made;
    made.start();
    {
        auto owner = WorkspaceStore::open(pg.params, QStringLiteral("dba"));
        if (!owner) {
            std::fprintf(stderr, "%s\n", qPrintable(owner.error().message));
            return 1;
        }
        QSqlQuery q((*owner)->database());
        const QString n = QString::number(count);
        const QStringList bulk = {
            QStringLiteral("INSERT INTO subjects (id, display_name) SELECT g, 'Subject ' || g FROM "
                           "generate_series(1, %1) g")
                .arg(n),
            QStringLiteral(
                "INSERT INTO identities (subject_id, kind, value) SELECT g, 'email', 'subject' || g "
                "|| '@example.test' FROM generate_series(1, %1) g")
                .arg(n),
            // Year 2016 + (g-1)/100000, number (g-1)%100000+1; every tenth open (one in a hundred of those
            // verified), one in two of those nobody's.
            QStringLiteral(
                "INSERT INTO requests (id, human_id, year, seq, type, regulation, received_date, status, "
                "assignee, subject_id, created_at, updated_at, closed_at) SELECT g, 'R-' || y || '-' || "
                "lpad(s::text, greatest(4, length(s::text)), '0'), y, s, CASE WHEN g % 3 = 0 THEN 'erasure' "
                "ELSE 'access' END, 'gdpr', to_char(make_date(y, 1, 1) + (s * 364 / 100000), 'YYYY-MM-DD'), "
                "CASE WHEN g % 1000 = 500 THEN 'verified' WHEN g % 10 = 0 THEN 'in-progress' ELSE "
                "'completed' "
                "END, CASE WHEN g % 20 = 0 THEN '' "
                "ELSE 'desk' || (g % %2) END, g, '2020-01-01T00:00:00.000Z', '2020-01-01T00:00:00.000Z', "
                "CASE WHEN g % 10 = 0 THEN NULL ELSE '2020-02-01T00:00:00.000Z' END FROM (SELECT g, 2016 + "
                "(g - 1) / 100000 AS y, (g - 1) % 100000 + 1 AS s FROM generate_series(1, %1) g) x")
                .arg(n)
                .arg(kDesks),
            QStringLiteral("SELECT setval(pg_get_serial_sequence('subjects', 'id'), %1)").arg(n),
            QStringLiteral("SELECT setval(pg_get_serial_sequence('requests', 'id'), %1)").arg(n),
            QStringLiteral("ANALYZE"),
        };
        for (const QString& sql : bulk)
            if (!exec(q, sql))
                return 1;
        auto statements = TeamSetup::statements(pg.prefix, pg.members);
        QElapsedTimer setup;
        setup.start();
        if (!statements || !TeamSetup::apply((*owner)->database(), *statements)) {
            std::fprintf(stderr, "team setup failed\n");
            return 1;
        }
        const double transaction = setup.elapsed() / 1000.0;
        // A support desk adds requests while the indexes are built: how long each of its writes takes.
        std::atomic<bool> stop{false};
        const auto writing = [&](QList<double>& lat, QString& failed) {
            ConnectionParams desk = pg.params;
            desk.user = pg.members.at(1).login;
            desk.password.clear();
            auto ws = WorkspaceStore::open(desk, QStringLiteral("bench"));
            if (!ws) {
                failed = ws.error().message;
                return;
            }
            for (int i = 0; !stop; ++i) {
                NewRequest r;
                r.type = RequestType::Access;
                r.regulation = Regulation::Gdpr;
                r.received = (*ws)->today();
                r.subjectName = QStringLiteral("During setup %1").arg(i);
                r.identities = {{IdentityKind::Email, QStringLiteral("during%1@example.test").arg(i)}};
                QElapsedTimer t;
                t.start();
                if (auto added = (*ws)->addRequest(r); !added) {
                    failed = added.error().message;
                    return;
                }
                lat << t.nsecsElapsed() / 1e6;
            }
        };
        const auto reportWrites = [](const char* during, const QList<double>& lat, const QString& failed) {
            if (!failed.isEmpty())
                std::fprintf(stdout, "  writes during %s failed: %s\n", during, qPrintable(failed));
            else if (!lat.isEmpty())
                std::fprintf(
                    stdout, "  %lld requests added during %s: median %.1f ms, p99 %.1f ms, longest %.1f ms\n",
                    qlonglong(lat.size()), during, median(lat), percentile(lat, 0.99),
                    *std::max_element(lat.begin(), lat.end()));
        };
        QList<double> duringBuild;
        QString buildWriteFailed;
        std::thread writer([&] { writing(duringBuild, buildWriteFailed); });
        setup.restart();
        const Status built = TeamSetup::buildIndexes((*owner)->database(), *statements);
        const double buildSeconds = setup.elapsed() / 1000.0;
        stop = true;
        writer.join();
        if (!built) {
            std::fprintf(stderr, "building the search's indexes failed: %s\n",
                         qPrintable(built.error().message));
            return 1;
        }
        std::fprintf(stdout,
                     "setup-team applied in %.2f s (its transaction, writes wait), then built the search's "
                     "trigram and short-text indexes concurrently in %.1f s (writes go on)\n",
                     transaction, buildSeconds);
        reportWrites("the concurrent build", duringBuild, buildWriteFailed);
        // The floor of the old way, for comparison: the identities' short index built again as setup-team
        // did before, in a transaction (CREATE INDEX without CONCURRENTLY), while the desk writes.
        if (!exec(q, QStringLiteral("DROP INDEX lethe_search_short_identity")))
            return 1;
        QList<double> duringOld;
        QString oldWriteFailed;
        stop = false;
        std::thread oldWriter([&] { writing(duringOld, oldWriteFailed); });
        QThread::msleep(500);
        setup.restart();
        const bool oldBuilt =
            exec(q, QStringLiteral("CREATE INDEX lethe_search_short_identity ON identities USING "
                                   "gin (lethe_search_grams(lower(value)))"));
        const double oldSeconds = setup.elapsed() / 1000.0;
        QThread::msleep(500);
        stop = true;
        oldWriter.join();
        if (!oldBuilt)
            return 1;
        std::fprintf(stdout, "one short index built the old way (writes wait) in %.1f s\n", oldSeconds);
        reportWrites("the old way's build", duringOld, oldWriteFailed);
        if (qEnvironmentVariableIsSet("BENCH_SETUP_ONLY"))
            return 0;
    }
    std::fprintf(stdout,
                 "team scale benchmark: %d requests on PostgreSQL (written in SQL in %.1f s), %d desks, %d "
                 "operations each, %d runs of the first screen\n",
                 count, made.elapsed() / 1000.0, kDesks, perDesk, runs);
    const auto as = [&](int desk) {
        ConnectionParams p = pg.params;
        p.user = pg.members.at(desk).login;
        p.password.clear();
        return p;
    };
    const QDate today = QDate::currentDate();

    // The requests were written in SQL, without their place in the urgency order: a support desk stores them
    // (DueKeys::recompute, what the window does when it finds them stale), so the queue sorted by days left
    // is read a page at a time.
    {
        SqlConnection c;
        if (!c.open(as(1)))
            return 1;
        QElapsedTimer t;
        t.start();
        auto n = DueKeys::recompute(c.db(), today);
        if (!n) {
            std::fprintf(stderr, "due keys: %s\n", qPrintable(n.error().message));
            return 1;
        }
        std::fprintf(stdout, "due dates of %lld requests computed and stored by a support desk in %.1f s\n",
                     *n, t.elapsed() / 1000.0);
        // Checked as the loader does before each read, right after (the old entries of a million keys
        // still in the index), then after the VACUUM autovacuum does after so many updates.
        QElapsedTimer check;
        check.start();
        auto current = DueKeys::isCurrent(c.db());
        const double before = check.nsecsElapsed() / 1e6;
        SqlConnection o;
        if (!o.open(pg.params))
            return 1;
        QSqlQuery q(o.db());
        if (!exec(q, QStringLiteral("VACUUM ANALYZE requests")))
            return 1;
        check.start();
        auto after = DueKeys::isCurrent(c.db());
        if (!current || !*current || !after || !*after) {
            std::fprintf(stderr, "due keys: not current after recompute\n");
            return 1;
        }
        std::fprintf(stdout, "  (are they current: %.1f ms right after, %.2f ms after VACUUM)\n", before,
                     check.nsecsElapsed() / 1e6);
    }

    // Nor their place by subject and assignee: the same desk stores it (SortKeys::fill, what the window does
    // when it is sorted by either column and finds keys missing).
    {
        SqlConnection c;
        if (!c.open(as(1)))
            return 1;
        QElapsedTimer t;
        t.start();
        auto n = SortKeys::fill(c.db());
        if (!n) {
            std::fprintf(stderr, "sort keys: %s\n", qPrintable(n.error().message));
            return 1;
        }
        std::fprintf(stdout,
                     "subject and assignee keys of %lld requests stored by a support desk in %.1f s\n", *n,
                     t.elapsed() / 1000.0);
        SqlConnection o;
        if (!o.open(pg.params))
            return 1;
        QSqlQuery q(o.db());
        if (!exec(q, QStringLiteral("VACUUM ANALYZE requests")))
            return 1;
    }

    // The first screen: QueueLoader's first chunk, as the GUI shows it, at a support desk, for the whole
    // queue and for the filters the window sends the server (QueueQuery), beside the same statement of the
    // first chunk sent by hand (the floor). Then the time until the counts (matching, total, assignees).
    struct Screen
    {
        QString name;
        QueueFilter filter;
        QueueQuery::Order order = QueueQuery::Order::Received;
    };
    QList<Screen> screens;
    screens << Screen{QStringLiteral("whole queue"), {}};
    // The window's default sort, days left, which the server pages by its stored due keys (DueKeys).
    screens << Screen{QStringLiteral("whole queue, days left"), {}, QueueQuery::Order::Urgency};
    screens << Screen{
        QStringLiteral("whole queue, days left descending"), {}, QueueQuery::Order::UrgencyDescending};
    // By number (year, then number), either way: the table's unique index on (year, seq).
    screens << Screen{QStringLiteral("whole queue, by number"), {}, QueueQuery::Order::Number};
    screens << Screen{
        QStringLiteral("whole queue, by number descending"), {}, QueueQuery::Order::NumberDescending};
    // By status, type or law (their enums' order): no index holds it; the server sorts the matches per page.
    screens << Screen{QStringLiteral("whole queue, by status"), {}, QueueQuery::Order::Status};
    screens << Screen{
        QStringLiteral("whole queue, by status descending"), {}, QueueQuery::Order::StatusDescending};
    screens << Screen{QStringLiteral("whole queue, by type"), {}, QueueQuery::Order::Type};
    screens << Screen{QStringLiteral("whole queue, by law"), {}, QueueQuery::Order::Regulation};
    screens << Screen{QStringLiteral("whole queue, by subject"), {}, QueueQuery::Order::Subject};
    screens << Screen{
        QStringLiteral("whole queue, by subject descending"), {}, QueueQuery::Order::SubjectDescending};
    screens << Screen{QStringLiteral("whole queue, by assignee"), {}, QueueQuery::Order::Assignee};
    screens << Screen{
        QStringLiteral("whole queue, by assignee descending"), {}, QueueQuery::Order::AssigneeDescending};
    {
        QueueFilter open;
        open.openOnly = true;
        screens << Screen{QStringLiteral("open (10%), days left"), open, QueueQuery::Order::Urgency};
        QueueFilter status;
        status.status = RequestStatus::InProgress;
        screens << Screen{QStringLiteral("status: in progress (10%), days left"), status,
                          QueueQuery::Order::Urgency};
        // A rare status and one person's requests by days left, both ways: a page through the index of the
        // filter's columns and the due key (migration 14), not the due-key index read until 5,000 match.
        status.status = RequestStatus::Verified;
        screens << Screen{QStringLiteral("status: verified (0.1%), days left"), status,
                          QueueQuery::Order::Urgency};
        screens << Screen{QStringLiteral("status: verified (0.1%), days left descending"), status,
                          QueueQuery::Order::UrgencyDescending};
        QueueFilter mine;
        mine.assignee = QStringLiteral("desk7");
        screens << Screen{QStringLiteral("assignee: desk7 (5%), days left"), mine,
                          QueueQuery::Order::Urgency};
        screens << Screen{QStringLiteral("assignee: desk7 (5%), days left descending"), mine,
                          QueueQuery::Order::UrgencyDescending};
        mine.assignee = QStringLiteral("desk10");
        mine.status = RequestStatus::InProgress;
        screens << Screen{QStringLiteral("status + assignee (5%), days left"), mine,
                          QueueQuery::Order::Urgency};
        // The other server orders under a filter: the order's index read and the filter tested on each row,
        // or the filter's index read and its matches sorted, as the server estimates.
        screens << Screen{QStringLiteral("status: verified (0.1%), sorted by subject"), status,
                          QueueQuery::Order::Subject};
        screens << Screen{QStringLiteral("status: in progress (10%), sorted by assignee"), QueueFilter{},
                          QueueQuery::Order::Assignee};
        screens.last().filter.status = RequestStatus::InProgress;
        mine = {};
        mine.assignee = QStringLiteral("desk7");
        screens << Screen{QStringLiteral("assignee: desk7 (5%), sorted by law"), mine,
                          QueueQuery::Order::Regulation};
        screens << Screen{QStringLiteral("open (10%), sorted by status"), open, QueueQuery::Order::Status};
        QueueFilter rare;
        rare.text = QStringLiteral("subject 12345");
        screens << Screen{QStringLiteral("text: 'subject 12345' (11 rows), sorted by subject"), rare,
                          QueueQuery::Order::Subject};
    }
    {
        QueueFilter f;
        f.status = RequestStatus::InProgress;
        screens << Screen{QStringLiteral("status: in progress (10%)"), f};
        f = {};
        f.assignee = QStringLiteral("desk7");
        screens << Screen{QStringLiteral("assignee: desk7 (5%)"), f};
        f.assignee = QStringLiteral("desk10");
        f.status = RequestStatus::InProgress;
        screens << Screen{QStringLiteral("status + assignee (5%)"), f};
        f = {};
        f.assignee = QString();
        f.openOnly = true;
        screens << Screen{QStringLiteral("open and nobody's (5%)"), f};
        f = {};
        f.openOnly = true;
        screens << Screen{QStringLiteral("open (10%, broad)"), f};
        // Free text: rare, none, two characters, one in most rows.
        for (const auto& [text, what] :
             {std::pair{"subject 12345", "11 rows"}, std::pair{"12345", "20 rows"},
              std::pair{"50%", "no row"}, std::pair{"xyz", "no row"}, std::pair{"desk7", "5%"},
              std::pair{"de", "2 chars, 95%"}, std::pair{"zq", "2 chars, no row"},
              std::pair{"example", "every row"}}) {
            f = {};
            f.text = QString::fromUtf8(text);
            screens << Screen{QStringLiteral("text: '%1' (%2)").arg(f.text, QString::fromUtf8(what)), f};
        }
    }
    std::fprintf(stdout, "first screen of the queue, median of %d (QueueLoader's first chunk of 5,000):\n",
                 runs);
    const QString only = qEnvironmentVariable("BENCH_SCREEN"); // one of them, by a part of its name
    // A statement sent by hand on a new connection at a support desk, the median of `runs`; a negative time
    // when the server gave up after `timeoutMs` (statement_timeout).
    const auto byHand = [&](const QueueQuery::Statement& st, int timeoutMs) {
        bool timedOut = false;
        const double ms = timeMs(runs, [&] {
            SqlConnection c;
            if (!c.open(as(1)))
                return;
            QSqlQuery q(c.db());
            if (timeoutMs > 0)
                q.exec(QStringLiteral("SET statement_timeout = %1").arg(timeoutMs));
            q.setForwardOnly(true);
            q.prepare(st.sql);
            for (const QVariant& v : st.values)
                q.addBindValue(v);
            if (!q.exec())
                timedOut = true;
            int n = 0;
            while (q.next())
                n += int(q.value(0).toString().size());
            Q_UNUSED(n);
        });
        return timedOut ? -1.0 : ms;
    };
    {
        SqlConnection c;
        if (!c.open(as(1)))
            return 1;
        std::fprintf(stdout, "  (the free-text search's trigram indexes: %s; short-text indexes: %s)\n",
                     QueueQuery::hasSearchIndexes(c.db()) ? "made by setup-team" : "MISSING",
                     QueueQuery::hasShortSearchIndexes(c.db()) ? "made by setup-team" : "MISSING");
        QSqlQuery q(c.db());
        if (q.exec(QStringLiteral("SELECT relname, pg_relation_size(oid) FROM pg_class WHERE relname LIKE "
                                  "'lethe\\_search\\_%' ORDER BY relname")))
            while (q.next())
                std::fprintf(stdout, "    %s: %.1f MB\n", qPrintable(q.value(0).toString()),
                             q.value(1).toDouble() / 1e6);
    }
    for (const Screen& screen : screens) {
        if (!only.isEmpty() && !screen.name.contains(only))
            continue;
        QList<double> first, counted, second;
        int firstRows = 0;
        qint64 matching = -1, fetched = -1;
        for (int i = 0; i < runs; ++i) {
            QueueLoader loader;
            QEventLoop loop;
            QElapsedTimer t;
            bool failed = false;
            bool firstDone = false;
            QObject::connect(&loader, &QueueLoader::chunkLoaded, &loop,
                             [&](const QList<RequestSummary>& rows) {
                                 if (first.size() == i) {
                                     first << t.nsecsElapsed() / 1e6;
                                     firstRows = int(rows.size());
                                 }
                             });
            QObject::connect(&loader, &QueueLoader::counted, &loop, [&](const QueueQuery::Counts& c) {
                counted << t.nsecsElapsed() / 1e6;
                matching = c.matching;
            });
            // After the first page (and its counts): what the loader read, then the next page as the view
            // asks for it when scrolled to the end.
            QObject::connect(&loader, &QueueLoader::finished, &loop, [&](qint64 rows, qint64) {
                if (!std::exchange(firstDone, true)) {
                    fetched = rows;
                    t.start();
                    if (loader.fetchMore())
                        return;
                } else {
                    second << t.nsecsElapsed() / 1e6;
                }
                loop.quit();
            });
            QObject::connect(&loader, &QueueLoader::failed, &loop, [&](const QString& m) {
                std::fprintf(stderr, "queue: %s\n", qPrintable(m));
                failed = true;
                loop.quit();
            });
            t.start();
            loader.start(as(1), today, screen.filter, 5000, screen.order);
            loop.exec();
            if (failed)
                return 1;
            if (loader.order() != screen.order) {
                std::fprintf(stderr, "queue: %s read in another order (stored due dates stale)\n",
                             qPrintable(screen.name));
                return 1;
            }
        }
        // The floor: the loader's own first statement (searched as the loader does), sent by hand.
        QueueQuery::Search search = QueueQuery::Search::Or;
        {
            SqlConnection c;
            if (!c.open(as(1)))
                return 1;
            search = QueueQuery::searchOf(c.db(), screen.filter);
        }
        const double floorMs =
            byHand(QueueQuery::page(screen.filter, screen.order, std::nullopt, 5000, search), 0);
        report(QStringLiteral("  %1").arg(screen.name), median(first), floorMs,
               QStringLiteral("the page's SELECT by hand"), 1000);
        if (!screen.filter.text.isEmpty() || QueueQuery::isUrgency(screen.order)) {
            // Which of the search's (or the due keys') indexes the planner reads for this page, at this size.
            const auto st = QueueQuery::page(screen.filter, screen.order, std::nullopt, 5000, search);
            SqlConnection c;
            if (!c.open(as(1)))
                return 1;
            QString sql = st.sql;
            for (const QVariant& v : st.values) {
                QSqlField field(QString(), v.metaType());
                field.setValue(v);
                sql.replace(sql.indexOf(QLatin1Char('?')), 1, c.db().driver()->formatValue(field));
            }
            QSqlQuery e(c.db());
            QStringList used;
            if (e.exec(QStringLiteral("EXPLAIN ") + sql)) {
                // The indexes read, a sequential scan, and a sort of the rows they gave (not read in order).
                static const QRegularExpression index(
                    QStringLiteral("(lethe_search_\\w+|requests_\\w+|Seq Scan on \\w+|Sort(?= ))"));
                while (e.next()) {
                    const QString line = e.value(0).toString();
                    if (line.contains(QLatin1String("SubPlan")))
                        break; // the page's own plan only: the subject's name and first identity by id after
                    for (auto it = index.globalMatch(line); it.hasNext();)
                        if (const QString m = it.next().captured(1); !used.contains(m))
                            used << m;
                }
            }
            std::fprintf(stdout, "    (plan: %s)\n", qPrintable(used.join(QLatin1String(", "))));
        }
        std::fprintf(stdout,
                     "    (%d rows on the first screen; %lld match, %lld read from the server; counts after "
                     "%.1f ms; the next page %s)\n",
                     firstRows, matching, fetched, median(counted),
                     second.isEmpty() ? "none"
                                      : qPrintable(QStringLiteral("%1 ms").arg(median(second), 0, 'f', 1)));
    }
    // Before: the text as one OR over every request (the statement the loader sent before the union, still
    // SQLite's), and the union without pg_trgm's indexes (a PostgreSQL workspace not set up by a DBA); both
    // by hand, without the indexes, each given 60 s.
    QList<Screen> texts;
    for (const Screen& screen : std::as_const(screens))
        if (!screen.filter.text.isEmpty() && (only.isEmpty() || screen.name.contains(only)))
            texts << screen;
    if (!texts.isEmpty()) {
        // A text of one or two characters before its own indexes: the union through the trigram indexes,
        // which have nothing to look up in it.
        for (const Screen& screen : std::as_const(texts)) {
            if (QueueQuery::shortGram(screen.filter.text).isEmpty())
                continue;
            const double pageMs = byHand(QueueQuery::page(screen.filter, QueueQuery::Order::Received,
                                                          std::nullopt, 5000, QueueQuery::Search::Union),
                                         60000);
            const double countMs =
                byHand(QueueQuery::countStatement(screen.filter, QueueQuery::Search::Union), 60000);
            std::fprintf(stdout,
                         "  %-34s without the short-text indexes (by hand, median of %d): page %.1f ms, "
                         "count %.1f ms\n",
                         qPrintable(screen.name), runs, pageMs, countMs);
            std::fflush(stdout);
        }
        {
            SqlConnection c;
            if (!c.open(pg.params))
                return 1;
            QSqlQuery q(c.db());
            if (!exec(q, QStringLiteral("DROP INDEX lethe_search_request_id, lethe_search_assignee, "
                                        "lethe_search_subject_name, lethe_search_identity")))
                return 1;
        }
        std::fprintf(stdout,
                     "the same texts without the trigram indexes, by hand, median of %d (the page; then "
                     "the count):\n",
                     runs);
        const auto ms = [](double v) {
            return v < 0 ? QStringLiteral("> 60 s") : QStringLiteral("%1 ms").arg(v, 0, 'f', 1);
        };
        for (const Screen& screen : std::as_const(texts)) {
            const auto page = [&](QueueQuery::Search how) {
                return byHand(
                    QueueQuery::page(screen.filter, QueueQuery::Order::Received, std::nullopt, 5000, how),
                    60000);
            };
            const auto counting = [&](QueueQuery::Search how) {
                return byHand(QueueQuery::countStatement(screen.filter, how), 60000);
            };
            std::fprintf(stdout, "  %-34s one OR (before): %s, count %s; union: %s, count %s\n",
                         qPrintable(screen.name), qPrintable(ms(page(QueueQuery::Search::Or))),
                         qPrintable(ms(counting(QueueQuery::Search::Or))),
                         qPrintable(ms(page(QueueQuery::Search::Union))),
                         qPrintable(ms(counting(QueueQuery::Search::Union))));
            std::fflush(stdout);
        }
        // Back as setup-team leaves them, for the desks below.
        SqlConnection c;
        if (!c.open(pg.params))
            return 1;
        QSqlQuery q(c.db());
        for (const TeamStatement& st : TeamSetup::searchIndexes())
            if (Status built = TeamSetup::run(c.db(), st); !built) {
                std::fprintf(stderr, "%s\n", qPrintable(built.error().message));
                return 1;
            }
    }
    if (perDesk <= 0)
        return 0;
    // A page of the queue in id order (lethe-cli's list, the store's summaries), as the floor sends it.
    const QString firstSql = QStringLiteral(
        "SELECT r.id, r.human_id, r.type, r.regulation, r.status, r.received_date, r.extended, r.assignee, "
        "s.display_name, (SELECT i.value FROM identities i WHERE i.subject_id = r.subject_id ORDER BY i.id "
        "LIMIT 1), r.established_in FROM requests r JOIN subjects s ON s.id = r.subject_id WHERE r.id > 0 "
        "ORDER BY r.id LIMIT 5000");

    // 20 desks through the store.
    const Measured store = runDesks([&](int d, QList<double>& lat, std::atomic<int>& failures,
                                        QString& first) {
        auto s = WorkspaceStore::open(as(d), QStringLiteral("bench"));
        if (!s) {
            ++failures;
            first = s.error().message;
            return;
        }
        WorkspaceStore& ws = **s;
        QRandomGenerator rng(quint32(77 + d));
        for (int i = 0; i < perDesk; ++i) {
            const Op op = pickOp(rng);
            const QString any = anyRequest(rng, count), open = openRequest(rng, count);
            const QString other = pg.members.at(int(rng.bounded(kDesks))).login;
            QElapsedTimer t;
            t.start();
            Status st;
            switch (op) {
            case Op::Show:
                st = statusOf(ws.request(any));
                break;
            case Op::Note:
                st = statusOf(ws.addNote(any, QStringLiteral("note %1-%2").arg(d).arg(i)));
                break;
            case Op::TakeNext:
                st = statusOf(ws.takeNext());
                break;
            case Op::Assign:
                st = statusOf(ws.assign(open, other, QStringLiteral("reason %1-%2").arg(d).arg(i), false));
                break;
            case Op::Transition:
                st = statusOf(ws.transition(open, rng.bounded(2) ? RequestStatus::AwaitingApproval
                                                                 : RequestStatus::InProgress));
                break;
            case Op::Add: {
                NewRequest r;
                r.type = RequestType::Access;
                r.regulation = Regulation::Gdpr;
                r.received = ws.today();
                r.subjectName = QStringLiteral("New %1-%2").arg(d).arg(i);
                r.identities = {{IdentityKind::Email, QStringLiteral("new%1-%2@example.test").arg(d).arg(i)}};
                st = statusOf(ws.addRequest(r));
                break;
            }
            case Op::QueuePage:
                st = statusOf(WorkspaceStore::loadSummaries(ws.database(), today, rng.bounded(count), 50));
                break;
            }
            lat << t.nsecsElapsed() / 1e6;
            if (!st) {
                ++failures;
                if (first.isEmpty())
                    first = st.error().message;
            }
        }
    });

    // The floor: the same statements in the same transactions, by hand.
    const Measured floor = runDesks([&](int d, QList<double>& lat, std::atomic<int>& failures,
                                        QString& first) {
        SqlConnection c;
        if (Status s = c.open(as(d)); !s) {
            ++failures;
            first = s.error().message;
            return;
        }
        QSqlDatabase db = c.db();
        const QString me = as(d).user;
        QRandomGenerator rng(quint32(77 + d));
        for (int i = 0; i < perDesk; ++i) {
            const Op op = pickOp(rng);
            const QString any = anyRequest(rng, count), open = openRequest(rng, count);
            const QString other = pg.members.at(int(rng.bounded(kDesks))).login;
            const auto bound = [&](QSqlQuery& q, const QString& sql, const QVariantList& values) {
                q.prepare(sql);
                for (const QVariant& v : values)
                    q.addBindValue(v);
                if (q.exec())
                    return true;
                if (first.isEmpty())
                    first = q.lastError().text();
                return false;
            };
            const auto audit = [&](QSqlQuery& q, const QString& action, const QString& request,
                                   const QJsonObject& details) {
                return bound(q, QStringLiteral("SELECT out_seq FROM lethe_audit_append(?, ?, ?)"),
                             {action, request,
                              QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact))});
            };
            const auto load = [&](QSqlQuery& q, const QString& id) {
                bool ok =
                    bound(q,
                          QStringLiteral("SELECT r.id, r.subject_id, r.status, r.assignee FROM requests r "
                                         "JOIN subjects s ON s.id = r.subject_id WHERE r.human_id = ?"),
                          {id}) &&
                    q.next();
                if (!ok)
                    return qint64(0);
                const qint64 rid = q.value(0).toLongLong(), sid = q.value(1).toLongLong();
                ok = bound(q,
                           QStringLiteral(
                               "SELECT kind, value FROM identities WHERE subject_id = ? ORDER BY id"),
                           {sid}) &&
                     bound(q, QStringLiteral("SELECT product FROM request_products WHERE request_id = ?"),
                           {rid}) &&
                     bound(q,
                           QStringLiteral(
                               "SELECT stopped_on, restarted_on FROM clock_stops WHERE request_id = ?"),
                           {rid}) &&
                     bound(q, QStringLiteral("SELECT id, body FROM notes WHERE request_id = ? ORDER BY id"),
                           {rid});
                return ok ? rid : qint64(0);
            };
            QElapsedTimer t;
            t.start();
            bool ok = true;
            QSqlQuery q(db);
            const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
            switch (op) {
            case Op::Show:
                ok = load(q, any) != 0;
                break;
            case Op::Note: {
                const qint64 rid = load(q, any);
                ok =
                    rid && db.transaction() &&
                    bound(q,
                          QStringLiteral(
                              "INSERT INTO notes (request_id, body, created_at, author) VALUES (?, ?, "
                              "?, ?) RETURNING id"),
                          {rid, QStringLiteral("note %1-%2").arg(d).arg(i), now, me}) &&
                    bound(q, QStringLiteral("UPDATE requests SET updated_at = ? WHERE id = ?"), {now, rid}) &&
                    audit(q, QStringLiteral("request.note"), any, {{QStringLiteral("length"), 10}}) &&
                    db.commit();
                ok = ok && load(q, any);
                break;
            }
            case Op::TakeNext: {
                ok = db.transaction() &&
                     bound(
                         q,
                         QStringLiteral("SELECT id, human_id FROM requests WHERE assignee = '' AND status IN "
                                        "('new', 'awaiting-identity', 'awaiting-clarification', 'verified', "
                                        "'in-progress', 'awaiting-approval') ORDER BY received_date, id "
                                        "LIMIT 1 FOR UPDATE SKIP LOCKED"),
                         {});
                if (ok && q.next()) {
                    const qint64 rid = q.value(0).toLongLong();
                    const QString hid = q.value(1).toString();
                    ok = bound(q,
                               QStringLiteral("UPDATE requests SET assignee = ?, updated_at = ? WHERE id = ? "
                                              "AND assignee = ''"),
                               {me, now, rid}) &&
                         audit(q, QStringLiteral("request.claim"), hid, {{QStringLiteral("assignee"), me}}) &&
                         db.commit() && load(q, hid);
                } else {
                    db.commit();
                }
                break;
            }
            case Op::Assign: {
                const qint64 rid = load(q, open);
                ok = rid && bound(q, QStringLiteral("SELECT assignee FROM requests WHERE id = ?"), {rid}) &&
                     q.next();
                const QString from = ok ? q.value(0).toString() : QString();
                ok = ok && db.transaction() &&
                     bound(q,
                           QStringLiteral("UPDATE requests SET assignee = ?, updated_at = ? WHERE id = ? AND "
                                          "assignee = ?"),
                           {other, now, rid, from}) &&
                     bound(q,
                           QStringLiteral(
                               "INSERT INTO notes (request_id, body, created_at, author) VALUES (?, ?, "
                               "?, ?) RETURNING id"),
                           {rid, QStringLiteral("reason %1-%2").arg(d).arg(i), now, me}) &&
                     audit(q, QStringLiteral("request.assign"), open,
                           {{QStringLiteral("from"), from}, {QStringLiteral("to"), other}}) &&
                     db.commit() && load(q, open);
                break;
            }
            case Op::Transition: {
                const QString to =
                    rng.bounded(2) ? QStringLiteral("awaiting-approval") : QStringLiteral("in-progress");
                const qint64 rid = load(q, open);
                ok = rid && db.transaction() &&
                     bound(q, QStringLiteral("UPDATE requests SET status = ?, updated_at = ? WHERE id = ?"),
                           {to, now, rid}) &&
                     audit(q, QStringLiteral("request.transition"), open, {{QStringLiteral("to"), to}}) &&
                     db.commit() && load(q, open);
                break;
            }
            case Op::Add: {
                const int year = QDate::currentDate().year();
                ok = db.transaction() &&
                     bound(q, QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(0x4c45544845LL), {}) &&
                     bound(q, QStringLiteral("SELECT COALESCE(MAX(seq), 0) + 1 FROM requests WHERE year = ?"),
                           {year}) &&
                     q.next();
                const int seq = ok ? q.value(0).toInt() : 0;
                const QString hid = QStringLiteral("R-%1-%2").arg(year).arg(seq, 4, 10, QLatin1Char('0'));
                ok = ok &&
                     bound(q, QStringLiteral("INSERT INTO subjects (display_name) VALUES (?) RETURNING id"),
                           {QStringLiteral("New")}) &&
                     q.next();
                const qint64 sid = ok ? q.value(0).toLongLong() : 0;
                ok =
                    ok &&
                    bound(q,
                          QStringLiteral("INSERT INTO identities (subject_id, kind, value) VALUES (?, ?, ?)"),
                          {sid, QStringLiteral("email"),
                           QStringLiteral("new%1-%2@example.test").arg(d).arg(i)}) &&
                    bound(q,
                          QStringLiteral(
                              "INSERT INTO requests (human_id, year, seq, type, regulation, "
                              "received_date, status, subject_id, created_at, updated_at) VALUES (?, "
                              "?, ?, 'access', 'gdpr', ?, 'new', ?, ?, ?) RETURNING id"),
                          {hid, year, seq, QDate::currentDate().toString(Qt::ISODate), sid, now, now}) &&
                    audit(q, QStringLiteral("request.create"), hid, {{QStringLiteral("type"), 1}}) &&
                    db.commit() && load(q, hid);
                break;
            }
            case Op::QueuePage: {
                const int after = int(rng.bounded(count));
                ok = bound(q,
                           firstSql.left(firstSql.indexOf(QLatin1String("WHERE r.id > 0"))) +
                               QStringLiteral("WHERE r.id > ? ORDER BY r.id LIMIT 50"),
                           {after});
                while (ok && q.next()) {
                }
                ok = ok &&
                     bound(q,
                           QStringLiteral("SELECT request_id, stopped_on, restarted_on FROM clock_stops "
                                          "WHERE request_id >= ? AND request_id <= ? ORDER BY id"),
                           {after + 1, after + 50}) &&
                     bound(q, QStringLiteral("SELECT key, value FROM settings WHERE key LIKE 'deadline%'"),
                           {});
                break;
            }
            }
            if (!ok) {
                db.rollback();
                ++failures;
            }
            lat << t.nsecsElapsed() / 1e6;
        }
    });
    std::fprintf(stdout,
                 "20 desks, a mix of show 35%%, note 20%%, take next 10%%, hand on 10%%, status 10%%, "
                 "add 10%%, queue page 5%%:\n");
    print("through the store", store);
    print("floor: same SQL by hand", floor);
    const double opsStore = store.latencies.size() / (store.wallMs / 1000);
    const double opsFloor = floor.latencies.size() / (floor.wallMs / 1000);
    std::fprintf(stdout, "  ratio: %.2fx the floor's operations per second, p99 %.2fx the floor's\n",
                 opsFloor > 0 ? opsStore / opsFloor : 0,
                 percentile(floor.latencies, 0.99) > 0
                     ? percentile(store.latencies, 0.99) / percentile(floor.latencies, 0.99)
                     : 0);
    return 0;
}
