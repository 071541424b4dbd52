#include "RequestQueueModel.h"
#include "TestSupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace lethe;

class TestQueueModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { test::isolate(); }
    void init();
    void passesModelTester();
    void daysLeftAndUrgency();
    void filters();
    void sortsByDeadlineWithClosedLast();
    void sortKeepsSelection();
    void chunksArriveWhileFiltered();
    void upsertReplaces();
    void laterPageKeepsTheNewerOfARowShownTwice();
    void fetchMoreAsksOnceUntilMoreIsAvailableAgain();

private:
    static RequestSummary row(qint64 id, RequestStatus s, QDate due, const QString& assignee = {},
                              RequestType t = RequestType::Access);
    std::unique_ptr<RequestQueueModel> m_model;
    const QDate m_today{2026, 11, 22};
};

RequestSummary TestQueueModel::row(qint64 id, RequestStatus s, QDate due, const QString& assignee,
                                   RequestType t)
{
    RequestSummary r;
    r.id = id;
    r.humanId = QStringLiteral("R-2026-%1").arg(id, 4, 10, QLatin1Char('0'));
    r.status = s;
    r.type = t;
    r.received = due.addMonths(-1);
    r.due = due;
    r.assignee = assignee;
    r.subjectName = QStringLiteral("Person %1").arg(id);
    r.primaryIdentity = QStringLiteral("person%1@example.com").arg(id);
    return r;
}

void TestQueueModel::init()
{
    m_model = std::make_unique<RequestQueueModel>();
    m_model->setToday(m_today);
    m_model->clear();
    m_model->appendRows({
        row(1, RequestStatus::InProgress, m_today.addDays(-3), QStringLiteral("dana")),
        row(2, RequestStatus::New, m_today.addDays(20), {}, RequestType::Erasure),
        row(3, RequestStatus::Completed, m_today.addDays(-30), QStringLiteral("sam")),
        row(4, RequestStatus::Verified, m_today.addDays(7), QStringLiteral("dana"), RequestType::Erasure),
        row(5, RequestStatus::AwaitingApproval, m_today.addDays(2), QStringLiteral("sam")),
    });
    m_model->finishLoading();
}

void TestQueueModel::passesModelTester()
{
    QAbstractItemModelTester tester(m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_model->sort(RequestQueueModel::DueColumn);
    QueueFilter f;
    f.text = QStringLiteral("person");
    m_model->setFilter(f);
    m_model->appendRows({row(6, RequestStatus::New, m_today.addDays(30))});
    m_model->upsert(row(2, RequestStatus::Cancelled, m_today));
    m_model->sort(RequestQueueModel::AssigneeColumn, Qt::DescendingOrder);
    m_model->clear();
    QCOMPARE(m_model->rowCount(), 0);
}

void TestQueueModel::daysLeftAndUrgency()
{
    const int overdue = m_model->rowOfHumanId(QStringLiteral("R-2026-0001"));
    const auto idx = [&](int r, int c) { return m_model->index(r, c); };
    const QString overdueText = idx(overdue, RequestQueueModel::DaysLeftColumn).data().toString();
    QVERIFY2(overdueText.startsWith(QLatin1String("3 day")) && overdueText.endsWith(QLatin1String("overdue")),
             qPrintable(overdueText));
    QCOMPARE(idx(overdue, 0).data(RequestQueueModel::DaysLeftRole).toInt(), -3);
    QCOMPARE(idx(overdue, 0).data(RequestQueueModel::UrgencyRole).toInt(), int(Urgency::Overdue));
    const int soon = m_model->rowOfHumanId(QStringLiteral("R-2026-0004"));
    QCOMPARE(idx(soon, RequestQueueModel::DaysLeftColumn).data().toInt(), 7);
    QCOMPARE(idx(soon, 0).data(RequestQueueModel::UrgencyRole).toInt(), int(Urgency::Soon));
    const int urgent = m_model->rowOfHumanId(QStringLiteral("R-2026-0005"));
    QCOMPARE(idx(urgent, 0).data(RequestQueueModel::UrgencyRole).toInt(), int(Urgency::Urgent));
    const int closed = m_model->rowOfHumanId(QStringLiteral("R-2026-0003"));
    QCOMPARE(idx(closed, 0).data(RequestQueueModel::UrgencyRole).toInt(), int(Urgency::Closed));
    QCOMPARE(m_model->overdueCount(), 1);
}

void TestQueueModel::filters()
{
    QueueFilter f;
    f.assignee = QStringLiteral("dana");
    m_model->setFilter(f);
    QCOMPARE(m_model->rowCount(), 2);
    f.type = RequestType::Erasure;
    m_model->setFilter(f);
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(m_model->summaryAt(0)->humanId, QStringLiteral("R-2026-0004"));
    m_model->setFilter(QueueFilter{});
    QCOMPARE(m_model->rowCount(), 5);
    QueueFilter unassigned;
    unassigned.assignee = QString();
    m_model->setFilter(unassigned);
    QCOMPARE(m_model->rowCount(), 1);
    QueueFilter text;
    text.text = QStringLiteral("PERSON5@");
    m_model->setFilter(text);
    QCOMPARE(m_model->rowCount(), 1);
    QueueFilter open;
    open.openOnly = true;
    m_model->setFilter(open);
    QCOMPARE(m_model->rowCount(), 4);
    QueueFilter status;
    status.status = RequestStatus::AwaitingApproval;
    m_model->setFilter(status);
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(m_model->assignees(), QStringList({QStringLiteral("dana"), QStringLiteral("sam")}));
}

void TestQueueModel::sortsByDeadlineWithClosedLast()
{
    m_model->sort(RequestQueueModel::DaysLeftColumn, Qt::AscendingOrder);
    QStringList order;
    for (int r = 0; r < m_model->rowCount(); ++r)
        order << m_model->summaryAt(r)->humanId;
    QCOMPARE(order, QStringList({QStringLiteral("R-2026-0001"), QStringLiteral("R-2026-0005"),
                                 QStringLiteral("R-2026-0004"), QStringLiteral("R-2026-0002"),
                                 QStringLiteral("R-2026-0003")}));
}

void TestQueueModel::sortKeepsSelection()
{
    QPersistentModelIndex p(m_model->index(m_model->rowOfHumanId(QStringLiteral("R-2026-0004")), 2));
    m_model->sort(RequestQueueModel::IdColumn, Qt::DescendingOrder);
    QVERIFY(p.isValid());
    QCOMPARE(p.column(), 2);
    QCOMPARE(p.data(RequestQueueModel::HumanIdRole).toString(), QStringLiteral("R-2026-0004"));
    QCOMPARE(p.row(), 1);
}

void TestQueueModel::chunksArriveWhileFiltered()
{
    QueueFilter f;
    f.status = RequestStatus::New;
    m_model->setFilter(f);
    m_model->sort(RequestQueueModel::DueColumn, Qt::DescendingOrder);
    m_model->clear();
    QVERIFY(m_model->isLoading());
    m_model->appendRows(
        {row(10, RequestStatus::New, m_today.addDays(5)), row(11, RequestStatus::Verified, m_today)});
    QCOMPARE(m_model->rowCount(), 1);
    m_model->appendRows({row(12, RequestStatus::New, m_today.addDays(9))});
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->summaryAt(0)->id, 10); // arrival order while loading
    m_model->finishLoading();
    QCOMPARE(m_model->summaryAt(0)->id, 12); // then the chosen sort
    QCOMPARE(m_model->totalCount(), 3);
}

void TestQueueModel::upsertReplaces()
{
    QueueFilter open;
    open.openOnly = true;
    m_model->setFilter(open);
    QCOMPARE(m_model->rowCount(), 4);
    m_model->upsert(row(2, RequestStatus::Cancelled, m_today.addDays(20)));
    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(m_model->totalCount(), 5);
    m_model->upsert(row(9, RequestStatus::New, m_today.addDays(20)));
    QCOMPARE(m_model->rowCount(), 4);
}

// A request changed at another desk is shown (upsert) before its page arrives: the page does not add it a
// second time, and the newer of the two versions stays.
void TestQueueModel::laterPageKeepsTheNewerOfARowShownTwice()
{
    RequestSummary changed = row(7, RequestStatus::Verified, m_today.addDays(4));
    changed.version = 3;
    m_model->upsert(changed);
    QCOMPARE(m_model->totalCount(), 6);
    RequestSummary older = row(7, RequestStatus::New, m_today.addDays(4));
    older.version = 2;
    m_model->appendRows({older, row(8, RequestStatus::New, m_today.addDays(6))});
    m_model->finishLoading();
    QCOMPARE(m_model->totalCount(), 7);
    QCOMPARE(m_model->summaryAt(m_model->rowOfHumanId(QStringLiteral("R-2026-0007")))->status,
             RequestStatus::Verified);
    RequestSummary newer = row(7, RequestStatus::Cancelled, m_today.addDays(4));
    newer.version = 4;
    m_model->appendRows({newer});
    QCOMPARE(m_model->totalCount(), 7);
    QCOMPARE(m_model->summaryAt(m_model->rowOfHumanId(QStringLiteral("R-2026-0007")))->status,
             RequestStatus::Cancelled);
}

// The view's fetchMore() is passed on once as moreWanted(), until the window says more can be read again.
void TestQueueModel::fetchMoreAsksOnceUntilMoreIsAvailableAgain()
{
    QSignalSpy wanted(m_model.get(), &RequestQueueModel::moreWanted);
    QVERIFY(!m_model->canFetchMore({}));
    m_model->fetchMore({});
    QCOMPARE(wanted.size(), 0);
    m_model->setMoreAvailable(true);
    QVERIFY(m_model->canFetchMore({}));
    QVERIFY(!m_model->canFetchMore(m_model->index(0, 0))); // a flat table: no children to fetch
    m_model->fetchMore({});
    m_model->fetchMore({});
    QCOMPARE(wanted.size(), 1);
    QVERIFY(!m_model->canFetchMore({}));
    m_model->setMoreAvailable(true);
    m_model->fetchMore({});
    QCOMPARE(wanted.size(), 2);
}

QTEST_GUILESS_MAIN(TestQueueModel)
#include "tst_queuemodel.moc"
