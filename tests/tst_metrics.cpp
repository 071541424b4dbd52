#include "DemoData.h"
#include "Migrations.h"
#include "RequestMetrics.h"
#include "SortKeys.h"
#include "StoreSql.h"
#include "TestSupport.h"
#include "WorkspaceStore.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace lethe;

// The yearly request metrics (CCPA 11 CCR 7102(a)(1)): pure computation on hand-made requests, the closing
// day the store keeps (and back-fills from the audit log) on every engine, and a demo year counted by hand.
class TestMetrics : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void medianAndMean();
    void evenCountMedianIsMeanOfMiddleTwo();
    void receivedOneYearClosedTheNext();
    void unknownClosingDateIsNeverGuessed();
    void withdrawnIsNotAResponse();
    void regulationFilter();
    void overdueAtMonthEnd();
    void daysToRespondBuckets();
    void csvAndJsonShapes();
    void storeKeepsClosingDay_data();
    void storeKeepsClosingDay();
    void migrationBackfillsFromAuditLog_data();
    void migrationBackfillsFromAuditLog();
    void handCountedDemoYear_data();
    void handCountedDemoYear();
};

namespace {

MetricsRecord rec(RequestType type, Regulation reg, QDate received, RequestStatus status = RequestStatus::New,
                  QDate closed = {})
{
    MetricsRecord r;
    r.type = type;
    r.regulation = reg;
    r.received = received;
    r.status = status;
    r.closed = closed;
    return r;
}

const MetricsRow& row(const QList<MetricsRow>& rows, const QString& key)
{
    for (const MetricsRow& r : rows)
        if (r.key == key)
            return r;
    static const MetricsRow none;
    qWarning("no row %s", qPrintable(key));
    return none;
}

// The workspace store runs on SQLite and PostgreSQL (MariaDB holds product databases, never a workspace).
void engineRows()
{
    QTest::addColumn<int>("engine");
    QTest::newRow("sqlite") << int(ConnectionParams::Engine::Sqlite);
    QTest::newRow("postgres") << int(ConnectionParams::Engine::Postgres);
}

NewRequest newRequest(RequestType type, Regulation reg, QDate received, const QString& email)
{
    NewRequest n;
    n.type = type;
    n.regulation = reg;
    n.received = received;
    n.subjectName = QStringLiteral("Test Person");
    n.identities = {{IdentityKind::Email, email}};
    return n;
}

} // namespace

void TestMetrics::initTestCase()
{
    test::isolate();
    // Closing days are local dates of UTC time stamps; ctest runs this with TZ=UTC.
    QCOMPARE(qEnvironmentVariable("TZ"), QStringLiteral("UTC"));
}

void TestMetrics::medianAndMean()
{
    QVERIFY(!RequestMetrics::median({}).has_value());
    QVERIFY(!RequestMetrics::mean({}).has_value());
    QCOMPARE(*RequestMetrics::median({7}), 7.0);
    QCOMPARE(*RequestMetrics::median({30, 2, 9}), 9.0); // unsorted input
    QCOMPARE(*RequestMetrics::mean({30, 2, 9}), 41.0 / 3.0);
}

void TestMetrics::evenCountMedianIsMeanOfMiddleTwo()
{
    // Four requests to delete answered after 10, 20, 31 and 41 days: the median is (20 + 31) / 2 = 25.5, the
    // mean 102 / 4 = 25.5 as well by chance, so a fifth shifts the mean only: 10, 20, 31, 41 and 50 days ->
    // median 31, mean 152 / 5 = 30.4.
    QList<MetricsRecord> rs;
    const QDate r0(2026, 2, 1);
    for (int d : {41, 10, 31, 20})
        rs << rec(RequestType::Erasure, Regulation::Ccpa, r0, RequestStatus::Completed, r0.addDays(d));
    YearMetrics m = RequestMetrics::compute(rs, 2026, QDate(2026, 12, 31));
    const MetricsCounts& c = row(m.byType, QStringLiteral("erasure")).counts;
    QCOMPARE(c.responded, 4);
    QCOMPARE(*c.medianDays, 25.5);
    QCOMPARE(*c.meanDays, 25.5);
    rs << rec(RequestType::Erasure, Regulation::Ccpa, r0, RequestStatus::Denied, r0.addDays(50));
    m = RequestMetrics::compute(rs, 2026, QDate(2026, 12, 31));
    const MetricsCounts& c5 = row(m.byType, QStringLiteral("erasure")).counts;
    QCOMPARE(c5.complied, 4);
    QCOMPARE(c5.denied, 1);
    QCOMPARE(*c5.medianDays, 31.0);
    QCOMPARE(*c5.meanDays, 30.4);
    // Other types have nothing: no days, not zero days.
    QVERIFY(!row(m.byType, QStringLiteral("access")).counts.medianDays.has_value());
}

void TestMetrics::receivedOneYearClosedTheNext()
{
    // 7102(a)(1) asks for the requests the business received, complied with and denied in the calendar year:
    // each is an event of its own year. Received 2025-12-20 and completed 2026-01-10 (21 days): received in
    // 2025, complied with in 2026, and its 21 days count in 2026, the year of the response.
    const QList<MetricsRecord> rs{rec(RequestType::Access, Regulation::Ccpa, QDate(2025, 12, 20),
                                      RequestStatus::Completed, QDate(2026, 1, 10))};
    const YearMetrics y25 = RequestMetrics::compute(rs, 2025, QDate(2026, 6, 1));
    QCOMPARE(y25.total.counts.received, 1);
    QCOMPARE(y25.total.counts.complied, 0);
    QCOMPARE(y25.total.counts.responded, 0);
    QCOMPARE(y25.months[11].received, 1);
    const YearMetrics y26 = RequestMetrics::compute(rs, 2026, QDate(2026, 6, 1));
    QCOMPARE(y26.total.counts.received, 0);
    QCOMPARE(y26.total.counts.complied, 1);
    QCOMPARE(*y26.total.counts.medianDays, 21.0);
    QCOMPARE(y26.daysToClose[2].from, 15); // 15-30
    QCOMPARE(y26.daysToClose[2].count, 1);
    QCOMPARE(RequestMetrics::years(rs, 2030), (QList<int>{2025, 2026}));
}

void TestMetrics::unknownClosingDateIsNeverGuessed()
{
    // Completed before Lethe kept the closing day, and no audit event says when: received counts, the
    // response does not (its year and its days are unknown), and it is not counted as open and overdue.
    const QList<MetricsRecord> rs{
        rec(RequestType::Access, Regulation::Gdpr, QDate(2026, 3, 2), RequestStatus::Completed),
        rec(RequestType::Access, Regulation::Gdpr, QDate(2026, 3, 2), RequestStatus::Cancelled),
        rec(RequestType::Access, Regulation::Gdpr, QDate(2026, 3, 2), RequestStatus::Denied,
            QDate(2026, 3, 12))};
    const YearMetrics m = RequestMetrics::compute(rs, 2026, QDate(2026, 12, 31));
    const MetricsCounts& c = row(m.byType, QStringLiteral("access")).counts;
    QCOMPARE(c.received, 3);
    QCOMPARE(c.complied, 0);
    QCOMPARE(c.denied, 1);
    QCOMPARE(c.withdrawn, 0);
    QCOMPARE(c.closedDateUnknown, 1); // the withdrawn one is no response to count
    QCOMPARE(c.responded, 1);
    QCOMPARE(*c.medianDays, 10.0);
    QCOMPARE(m.unknownClosed, 2);
    for (const MetricsMonth& mm : m.months)
        QCOMPARE(mm.overdueAtEnd.value_or(-1), 0);
    QVERIFY(RequestMetrics::toText(m).contains(QLatin1String("have no recorded closing date")));
}

void TestMetrics::withdrawnIsNotAResponse()
{
    const QList<MetricsRecord> rs{rec(RequestType::Objection, Regulation::UkGdpr, QDate(2026, 5, 1),
                                      RequestStatus::Cancelled, QDate(2026, 5, 4))};
    const YearMetrics m = RequestMetrics::compute(rs, 2026, QDate(2026, 12, 31));
    const MetricsCounts& c = row(m.byType, QStringLiteral("objection")).counts;
    QCOMPARE(c.received, 1);
    QCOMPARE(c.withdrawn, 1);
    QCOMPARE(c.responded, 0);
    QVERIFY(!c.medianDays.has_value());
}

void TestMetrics::regulationFilter()
{
    const QDate d(2026, 4, 1);
    const QList<MetricsRecord> rs{
        rec(RequestType::Access, Regulation::Ccpa, d, RequestStatus::Completed, d.addDays(5)),
        rec(RequestType::Access, Regulation::Gdpr, d, RequestStatus::Completed, d.addDays(9)),
        rec(RequestType::Erasure, Regulation::Ccpa, d)};
    const YearMetrics all = RequestMetrics::compute(rs, 2026, QDate(2026, 12, 31));
    QCOMPARE(all.total.counts.received, 3);
    QCOMPARE(all.byRegulation.size(), Names::allRegulations().size());
    QCOMPARE(row(all.byRegulation, QStringLiteral("ccpa")).counts.received, 2);
    QCOMPARE(*all.total.counts.medianDays, 7.0);
    const YearMetrics ccpa = RequestMetrics::compute(rs, 2026, QDate(2026, 12, 31), Regulation::Ccpa);
    QCOMPARE(ccpa.total.counts.received, 2);
    QCOMPARE(ccpa.total.counts.complied, 1);
    QCOMPARE(*ccpa.total.counts.medianDays, 5.0);
    QCOMPARE(ccpa.byRegulation.size(), 1);
    QCOMPARE(ccpa.months[3].receivedByType[Names::allTypes().indexOf(RequestType::Erasure)], 1);
}

void TestMetrics::overdueAtMonthEnd()
{
    // GDPR, received 2026-01-05: due 2026-02-05 (Art. 12(3), a Thursday). Open at 31 Jan (not yet due),
    // overdue at 28 Feb, completed 2026-03-10, so closed at 31 March.
    MetricsRecord gdpr = rec(RequestType::Access, Regulation::Gdpr, QDate(2026, 1, 5),
                             RequestStatus::Completed, QDate(2026, 3, 10));
    // Other (30 days), received 2026-02-02, the clock stopped 02-10 and still stopped: never overdue while
    // stopped. Due without the stop 2026-03-04.
    MetricsRecord stopped =
        rec(RequestType::Erasure, Regulation::Other, QDate(2026, 2, 2), RequestStatus::AwaitingIdentity);
    stopped.stops << ClockStop{QDate(2026, 2, 10), QDate()};
    // Other, received 2026-02-02, stopped 02-10 and restarted 04-20 (69 days): due 2026-03-04 + 69 =
    // 2026-05-12. At 31 March the clock was stopped (the restart lies after it): not overdue; at 31 May it
    // is.
    MetricsRecord restarted = stopped;
    restarted.stops = {ClockStop{QDate(2026, 2, 10), QDate(2026, 4, 20)}};
    restarted.status = RequestStatus::InProgress;
    QVERIFY(!RequestMetrics::overdueOn(gdpr, QDate(2026, 1, 31)));
    QVERIFY(RequestMetrics::overdueOn(gdpr, QDate(2026, 2, 28)));
    QVERIFY(RequestMetrics::overdueOn(gdpr, QDate(2026, 3, 9)));
    QVERIFY(!RequestMetrics::overdueOn(gdpr, QDate(2026, 3, 10)));
    QVERIFY(!RequestMetrics::overdueOn(stopped, QDate(2026, 6, 30)));
    QVERIFY(!RequestMetrics::overdueOn(restarted, QDate(2026, 3, 31)));
    QVERIFY(!RequestMetrics::overdueOn(restarted, QDate(2026, 5, 12)));
    QVERIFY(RequestMetrics::overdueOn(restarted, QDate(2026, 5, 13)));

    // As of 2026-05-20: January..April have their month ends, May is counted as of the 20th, June on
    // not at all.
    const YearMetrics m = RequestMetrics::compute({gdpr, stopped, restarted}, 2026, QDate(2026, 5, 20));
    const QList<int> expected{0, 1, 0, 0, 1};
    for (int i = 0; i < 12; ++i) {
        if (i < expected.size())
            QCOMPARE(m.months[i].overdueAtEnd.value_or(-1), expected[i]);
        else
            QVERIFY2(!m.months[i].overdueAtEnd.has_value(), qPrintable(QString::number(i + 1)));
    }
}

void TestMetrics::daysToRespondBuckets()
{
    const QDate r(2026, 1, 1);
    QList<MetricsRecord> rs;
    for (int d : {0, 7, 8, 14, 15, 30, 31, 45, 46, 60, 61, 90, 91, 200})
        rs << rec(RequestType::Access, Regulation::Ccpa, r, RequestStatus::Completed, r.addDays(d));
    const YearMetrics m = RequestMetrics::compute(rs, 2026, QDate(2026, 12, 31));
    QCOMPARE(m.daysToClose.size(), 7);
    for (const MetricsBucket& b : m.daysToClose)
        QCOMPARE(b.count, 2); // each bucket holds exactly its two edges
    QCOMPARE(m.daysToClose.last().to, -1);
}

void TestMetrics::csvAndJsonShapes()
{
    const QDate r(2026, 1, 1);
    const QList<MetricsRecord> rs{
        rec(RequestType::Access, Regulation::Ccpa, r, RequestStatus::Completed, r.addDays(3)),
        rec(RequestType::Access, Regulation::Ccpa, r, RequestStatus::Completed, r.addDays(4))};
    const YearMetrics m = RequestMetrics::compute(rs, 2026, QDate(2026, 12, 31));
    const QStringList lines = RequestMetrics::toCsv(m).split(QStringLiteral("\r\n"));
    QCOMPARE(lines[0], QStringLiteral("year,scope,key,received,complied_in_whole_or_part,denied,withdrawn,"
                                      "closing_date_unknown,responded,median_days,mean_days"));
    QCOMPARE(lines[1], QStringLiteral("2026,type,access,2,2,0,0,0,2,3.50,3.50"));
    QVERIFY(lines.contains(QStringLiteral("2026,total,total,2,2,0,0,0,2,3.50,3.50")));
    QVERIFY(lines.contains(QStringLiteral(
        "2026-01,2,0,0,0,0,0,0,0,0,2,0"))); // access, then the eight other types, the total, overdue
    QVERIFY(lines.contains(QStringLiteral("0,7,2")));
    const QJsonObject j = RequestMetrics::toJson(m);
    QCOMPARE(j[QStringLiteral("year")].toInt(), 2026);
    const QJsonObject access = j[QStringLiteral("types")].toArray()[0].toObject();
    QCOMPARE(access[QStringLiteral("key")].toString(), QStringLiteral("access"));
    QCOMPARE(access[QStringLiteral("median_days")].toDouble(), 3.5);
    QVERIFY(j[QStringLiteral("types")].toArray()[1].toObject()[QStringLiteral("median_days")].isNull());
}

void TestMetrics::storeKeepsClosingDay_data()
{
    engineRows();
}

void TestMetrics::storeKeepsClosingDay()
{
    QFETCH(int, engine);
    QTemporaryDir dir;
    const test::EngineDatabase db(ConnectionParams::Engine(engine), dir, QStringLiteral("ws.db"));
    QVERIFY2(db.ok(), qPrintable(db.error()));
    QDateTime now(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC);
    auto store = WorkspaceStore::open(db.params(), QStringLiteral("t"), [&now] { return now; });
    QVERIFY2(store.ok(), store.ok() ? "" : qPrintable(store.error().message));
    WorkspaceStore& s = **store;
    auto a = s.addRequest(newRequest(RequestType::Access, Regulation::Ccpa, QDate(2026, 3, 1),
                                     QStringLiteral("a@example.com")));
    auto b = s.addRequest(newRequest(RequestType::Erasure, Regulation::Ccpa, QDate(2026, 3, 1),
                                     QStringLiteral("b@example.com")));
    QVERIFY(a.ok() && b.ok());
    QVERIFY(!a->closedAt.isValid());
    for (RequestStatus st :
         {RequestStatus::Verified, RequestStatus::InProgress, RequestStatus::AwaitingApproval})
        QVERIFY(s.transition(a->humanId, st).ok());
    QVERIFY(!s.request(a->humanId)->closedAt.isValid());
    now = QDateTime(QDate(2026, 3, 20), QTime(16, 30), Qt::UTC);
    QVERIFY(s.transition(a->humanId, RequestStatus::Completed).ok());
    now = QDateTime(QDate(2026, 3, 25), QTime(8, 0), Qt::UTC);
    QVERIFY(
        s.transition(b->humanId, RequestStatus::Denied,
                     Outcome{QStringLiteral("Not verifiable"), DenialCode::IdentityNotVerified, {}, {}, {}})
            .ok());
    now = now.addDays(3);
    QVERIFY(s.addNote(b->humanId, QStringLiteral("Later note")).ok()); // moves updated_at, not closed_at
    QCOMPARE(s.request(a->humanId)->closedAt, QDateTime(QDate(2026, 3, 20), QTime(16, 30), Qt::UTC));
    QCOMPARE(s.request(b->humanId)->closedAt, QDateTime(QDate(2026, 3, 25), QTime(8, 0), Qt::UTC));

    auto records = RequestMetrics::load(s.database());
    QVERIFY(records.ok());
    QCOMPARE(records->size(), 2);
    const YearMetrics m = RequestMetrics::compute(*records, 2026, QDate(2026, 12, 31));
    QCOMPARE(row(m.byType, QStringLiteral("access")).counts.complied, 1);
    QCOMPARE(*row(m.byType, QStringLiteral("access")).counts.medianDays, 19.0);
    QCOMPARE(row(m.byType, QStringLiteral("erasure")).counts.denied, 1);
    QCOMPARE(*row(m.byType, QStringLiteral("erasure")).counts.medianDays, 24.0);
}

void TestMetrics::migrationBackfillsFromAuditLog_data()
{
    engineRows();
}

void TestMetrics::migrationBackfillsFromAuditLog()
{
    // A workspace of schema 4 had no closed_at. Built here as today's schema with the column taken away again
    // and migration 7 forgotten: opening it runs the migration, which takes each closed request's day from
    // its audit event; a closed request without one (written around Lethe) keeps no date.
    QFETCH(int, engine);
    QTemporaryDir dir;
    const test::EngineDatabase db(ConnectionParams::Engine(engine), dir, QStringLiteral("ws.db"));
    QVERIFY2(db.ok(), qPrintable(db.error()));
    QDateTime now(QDate(2026, 6, 1), QTime(9, 0), Qt::UTC);
    QString done, open, cancelled;
    {
        auto store = WorkspaceStore::open(db.params(), QStringLiteral("t"), [&now] { return now; });
        QVERIFY(store.ok());
        WorkspaceStore& s = **store;
        auto ids = s.addRequests({newRequest(RequestType::Access, Regulation::Gdpr, QDate(2026, 5, 30),
                                             QStringLiteral("a@example.com")),
                                  newRequest(RequestType::Access, Regulation::Gdpr, QDate(2026, 5, 30),
                                             QStringLiteral("b@example.com")),
                                  newRequest(RequestType::Access, Regulation::Gdpr, QDate(2026, 5, 30),
                                             QStringLiteral("c@example.com"))});
        QVERIFY(ids.ok());
        done = ids->at(0);
        open = ids->at(1);
        cancelled = ids->at(2);
        now = QDateTime(QDate(2026, 6, 12), QTime(23, 59, 59), Qt::UTC);
        QVERIFY(s.transition(done, RequestStatus::Denied,
                             Outcome{QStringLiteral("Excessive"), DenialCode::Excessive, {}, {}, {}})
                    .ok());
        QVERIFY(s.transition(open, RequestStatus::Verified).ok());
        QSqlQuery q(s.database());
        // Migrations 16 (the status, type and law ranks), 15 (the subject and assignee keys), 14 (the
        // filtered urgency indexes) and 13 (the stored urgency keys) first: their indexes name the columns
        // 13 and 15 added.
        for (const char* index : {"requests_by_status_rank",
                                  "requests_by_status_rank_desc",
                                  "requests_by_type_rank",
                                  "requests_by_type_rank_desc",
                                  "requests_by_regulation_rank",
                                  "requests_by_regulation_rank_desc",
                                  "requests_by_subject",
                                  "requests_by_subject_desc",
                                  "requests_by_assignee_key",
                                  "requests_by_assignee_key_desc",
                                  "requests_subject",
                                  "requests_by_status_due",
                                  "requests_by_status_due_desc",
                                  "requests_by_assignee_due",
                                  "requests_by_assignee_due_desc",
                                  "requests_by_status_assignee_due",
                                  "requests_by_status_assignee_due_desc",
                                  "requests_by_due",
                                  "requests_by_due_desc",
                                  "requests_by_due_digest"})
            QVERIFY2(q.exec(s.database().driverName() == QLatin1String("QMYSQL")
                                ? QStringLiteral("DROP INDEX %1 ON requests").arg(QLatin1String(index))
                                : QStringLiteral("DROP INDEX %1").arg(QLatin1String(index))),
                     qPrintable(q.lastError().text()));
        QVERIFY(q.exec(QStringLiteral("ALTER TABLE requests DROP COLUMN subject_key")));
        QVERIFY(q.exec(QStringLiteral("ALTER TABLE requests DROP COLUMN assignee_key")));
        QVERIFY(q.exec(QStringLiteral("ALTER TABLE requests DROP COLUMN due_key")));
        QVERIFY(q.exec(QStringLiteral("ALTER TABLE requests DROP COLUMN due_digest")));
        QVERIFY(q.exec(QStringLiteral("ALTER TABLE requests DROP COLUMN closed_at")));
        // Back to schema 6: migration 7 (closed_at) and the ones after it, with what they made, run again on
        // opening.
        QVERIFY(q.exec(QStringLiteral("ALTER TABLE requests DROP COLUMN version")));
        QVERIFY(q.exec(QStringLiteral("DELETE FROM schema_migrations WHERE version >= 7")));
        QVERIFY(q.exec(s.database().driverName() == QLatin1String("QMYSQL")
                           ? QStringLiteral("DROP INDEX requests_waiting ON requests")
                           : QStringLiteral("DROP INDEX requests_waiting")));
        // Migration 10 (officer keys, signed heads) too.
        QVERIFY(q.exec(QStringLiteral("DROP TABLE officer_keys")));
        QVERIFY(q.exec(QStringLiteral("DROP TABLE audit_heads")));
        QVERIFY(q.exec(QStringLiteral("ALTER TABLE erasure_runs DROP COLUMN approval_signature")));
        // Migration 11 (a plan's parts) and 12 (the queue's indexes) too.
        QVERIFY(q.exec(QStringLiteral("DROP TABLE erasure_plan_parts")));
        for (const char* index :
             {"requests_by_status", "requests_by_received", "requests_by_status_assignee"})
            QVERIFY(q.exec(s.database().driverName() == QLatin1String("QMYSQL")
                               ? QStringLiteral("DROP INDEX %1 ON requests").arg(QLatin1String(index))
                               : QStringLiteral("DROP INDEX %1").arg(QLatin1String(index))));
        // Closed outside Lethe (an import, a hand edit): no audit event says when.
        QVERIFY(storesql::run(
            q, QStringLiteral("UPDATE requests SET status = 'cancelled' WHERE human_id = ?"), {cancelled}));
    }
    QCOMPARE(Migrations::latestVersion(), 16);
    auto store = WorkspaceStore::open(db.params(), QStringLiteral("t"), [&now] { return now; });
    QVERIFY2(store.ok(), store.ok() ? "" : qPrintable(store.error().message));
    QCOMPARE((*store)->schemaVersion(), 16);
    // Migration 15 stores no subject or assignee key (computed by Lethe, not SQL): the three requests lack
    // them until a desk that may stores them.
    auto missing = SortKeys::missing((*store)->database());
    QVERIFY(missing.ok());
    QCOMPARE(*missing, qint64(3));
    auto complete = SortKeys::isComplete((*store)->database(), SortKeys::Column::Assignee);
    QVERIFY(complete.ok());
    QVERIFY(!*complete);
    auto filled = SortKeys::fill((*store)->database());
    QVERIFY(filled.ok());
    QCOMPARE(*filled, qint64(3));
    complete = SortKeys::isComplete((*store)->database(), SortKeys::Column::Subject);
    QVERIFY(complete.ok());
    QVERIFY(*complete);
    QCOMPARE((*store)->request(done)->closedAt, QDateTime(QDate(2026, 6, 12), QTime(23, 59, 59), Qt::UTC));
    QVERIFY(!(*store)->request(open)->closedAt.isValid());
    QVERIFY(!(*store)->request(cancelled)->closedAt.isValid());
    auto records = RequestMetrics::load((*store)->database());
    QVERIFY(records.ok());
    const YearMetrics m = RequestMetrics::compute(*records, 2026, QDate(2026, 12, 31));
    QCOMPARE(m.total.counts.received, 3);
    QCOMPARE(m.total.counts.denied, 1);
    QCOMPARE(*m.total.counts.medianDays, 13.0);
    QCOMPARE(m.unknownClosed, 1);
}

void TestMetrics::handCountedDemoYear_data()
{
    engineRows();
}

void TestMetrics::handCountedDemoYear()
{
    // The demo queue (DemoData::populate, 40 requests, seed 20261122) built as of 2025-12-31, counted by hand
    // from DemoData.cpp, not by running it:
    //
    // Status of request i (0-based), from the `targets` shares in order: 0-5 New, 6-10 AwaitingIdentity,
    // 11-15 Verified, 16-23 InProgress, 24-27 AwaitingApproval, 28-34 Completed, 35-37 Denied, 38-39
    // Cancelled. Age: random in the target's range, at most 85 days (Completed: 30-85), so every request was
    // received between 2025-10-07 and 2025-12-31: all in 2025, none before October.
    // Type: types[(5i + i/6) mod 6] over (access, portability, erasure, rectification, restriction,
    // objection); regulation: regs[(3i + 1) mod 8] over (gdpr, uk-gdpr, ccpa, gdpr, ccpa, uk-gdpr, other,
    // gdpr).
    //   i : type (regulation)
    //   0 access (uk)        1 objection (ccpa)      2 restriction (gdpr)   3 rectification (ccpa)
    //   4 erasure (uk)       5 portability (gdpr)    6 portability (gdpr)   7 access (other)
    //   8 objection (uk)     9 restriction (ccpa)   10 rectification (gdpr) 11 erasure (ccpa)
    //  12 erasure (uk)      13 portability (gdpr)   14 access (gdpr)       15 objection (other)
    //  16 restriction (uk)  17 rectification (ccpa) 18 rectification (gdpr) 19 erasure (ccpa)
    //  20 portability (uk)  21 access (gdpr)        22 objection (gdpr)    23 restriction (other)
    //  24 restriction (uk)  25 rectification (ccpa) 26 erasure (gdpr)      27 portability (ccpa)
    //  28 access (uk) C     29 objection (gdpr) C   30 objection (gdpr) C  31 restriction (other) C
    //  32 rectification (uk) C  33 erasure (ccpa) C 34 portability (gdpr) C
    //  35 access (ccpa) D   36 access (uk) D        37 objection (gdpr) D
    //  38 restriction (gdpr) X  39 rectification (other) X          (C completed, D denied, X cancelled)
    // The CCPA has no portability, restriction or objection request: DemoData's forLaw() makes a CCPA row
    // that drew one a request to know (access), to limit (limit-sensitive) or to opt out (opt-out): 27
    // portability -> access, 9 restriction -> limit-sensitive, 1 objection -> opt-out.
    // Received per type: access 0,7,14,21,27,28,35,36 = 8; portability 5,6,13,20,34 = 5; erasure
    // 4,11,12,19,26,33 = 6; rectification 3,10,17,18,25,32,39 = 7; restriction 2,16,23,24,31,38 = 6;
    // objection 8,15,22,29,30,37 = 6; opt-out 1 (new) = 1; limit-sensitive 9 (awaiting identity) = 1;
    // automated-decision none (40). Per regulation: 3 is odd, so 3i + 1 runs through every residue
    // mod 8 once in each 8 requests: 5 times each in 40: gdpr (3 residues) 15, uk-gdpr 10, ccpa 10, other 5.
    // Days to respond: a denial is step at(15) = min(15, age) with age >= 20: 15 days. A completion is step
    // at(max(4, age - 2)) = age - 2 with age 30..85: 28..83 days (random, so bounded here, not counted).
    // Access: completed once (28..83) and denied twice (15, 15): median 15.
    QFETCH(int, engine);
    QTemporaryDir dir;
    const test::EngineDatabase db(ConnectionParams::Engine(engine), dir, QStringLiteral("demo.db"));
    QVERIFY2(db.ok(), qPrintable(db.error()));
    const QDate today(2025, 12, 31);
    auto n = DemoData::populate(db.params(), QStringLiteral("demo"), today);
    QVERIFY2(n.ok(), n.ok() ? "" : qPrintable(n.error().message));
    QCOMPARE(*n, 40);
    auto store = WorkspaceStore::open(db.params(), QStringLiteral("t"));
    QVERIFY(store.ok());
    auto records = RequestMetrics::load((*store)->database());
    QVERIFY(records.ok());
    const YearMetrics m = RequestMetrics::compute(*records, 2025, today);

    struct Expect
    {
        const char* key;
        int received, complied, denied, withdrawn;
    };
    const Expect types[] = {
        {"access", 8, 1, 2, 0},        {"portability", 5, 1, 0, 0},     {"erasure", 6, 1, 0, 0},
        {"rectification", 7, 1, 0, 1}, {"restriction", 6, 1, 0, 1},     {"objection", 6, 2, 1, 0},
        {"opt-out", 1, 0, 0, 0},       {"limit-sensitive", 1, 0, 0, 0}, {"automated-decision", 0, 0, 0, 0}};
    const Expect regs[] = {
        {"gdpr", 15, 3, 1, 1}, {"uk-gdpr", 10, 2, 1, 0}, {"ccpa", 10, 1, 1, 0}, {"other", 5, 1, 0, 1}};
    QCOMPARE(m.byType.size(), 9); // every type, those with nothing too
    for (const Expect& e : types) {
        const MetricsCounts& c = row(m.byType, QLatin1String(e.key)).counts;
        QCOMPARE(c.received, e.received);
        QCOMPARE(c.complied, e.complied);
        QCOMPARE(c.denied, e.denied);
        QCOMPARE(c.withdrawn, e.withdrawn);
        QCOMPARE(c.closedDateUnknown, 0);
        QCOMPARE(c.responded, e.complied + e.denied);
    }
    for (const Expect& e : regs) {
        const MetricsCounts& c = row(m.byRegulation, QLatin1String(e.key)).counts;
        QVERIFY2(c.received == e.received && c.complied == e.complied && c.denied == e.denied &&
                     c.withdrawn == e.withdrawn,
                 e.key);
    }
    QCOMPARE(m.total.counts.received, 40);
    QCOMPARE(m.total.counts.complied, 7);
    QCOMPARE(m.total.counts.denied, 3);
    QCOMPARE(m.total.counts.withdrawn, 2);
    QCOMPARE(*row(m.byType, QStringLiteral("access")).counts.medianDays, 15.0);
    for (const char* key : {"portability", "erasure", "rectification", "restriction"}) {
        const double d = *row(m.byType, QLatin1String(key)).counts.medianDays;
        QVERIFY2(d >= 28 && d <= 83, key);
    }
    // The days as the store has them, request by request: the mean over all ten responses agrees.
    int sum = 0, responses = 0;
    for (const MetricsRecord& r : *records) {
        if (r.status != RequestStatus::Completed && r.status != RequestStatus::Denied)
            continue;
        auto full = (*store)->request(r.humanId);
        QVERIFY(full.ok() && full->closedAt.isValid());
        const int d = int(full->received.daysTo(full->closedAt.toUTC().date()));
        QVERIFY2(r.status == RequestStatus::Denied ? d == 15 : (d >= 28 && d <= 83), qPrintable(r.humanId));
        sum += d;
        ++responses;
    }
    QCOMPARE(responses, 10);
    QCOMPARE(*m.total.counts.meanDays, sum / 10.0);
    // Months: nothing before October; the buckets hold the ten responses, three of them the 15-day denials.
    int monthSum = 0;
    for (const MetricsMonth& mm : m.months) {
        if (mm.month < 10)
            QCOMPARE(mm.received, 0);
        monthSum += mm.received;
    }
    QCOMPARE(monthSum, 40);
    QCOMPARE(m.daysToClose[0].count + m.daysToClose[1].count, 0);
    QVERIFY(m.daysToClose[2].count >= 3);
    QCOMPARE(m.daysToClose.last().count, 0);
    int bucketSum = 0;
    for (const MetricsBucket& b : m.daysToClose)
        bucketSum += b.count;
    QCOMPARE(bucketSum, 10);
    // Overdue at the year's end: as the queue counts it (requests list --overdue) on that day.
    auto queue = WorkspaceStore::loadSummaries((*store)->database(), today, 0, -1);
    QVERIFY(queue.ok());
    int overdue = 0;
    for (const RequestSummary& s : *queue)
        overdue += (s.status != RequestStatus::Completed && s.status != RequestStatus::Denied &&
                    s.status != RequestStatus::Cancelled && !s.clockStopped && s.due < today)
                       ? 1
                       : 0;
    QCOMPARE(m.months[11].overdueAtEnd.value_or(-1), overdue);
    for (int i = 0; i < 9; ++i)
        QCOMPARE(m.months[i].overdueAtEnd.value_or(-1), 0);
}

QTEST_GUILESS_MAIN(TestMetrics)
#include "tst_metrics.moc"
