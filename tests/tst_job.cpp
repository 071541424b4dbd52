#include "Job.h"
#include "TestSupport.h"

#include <QSemaphore>
#include <QTest>
#include <QThread>
#include <QThreadPool>

#include <atomic>
#include <stop_token>

using namespace lethe;

// The one way Lethe runs long work (Job.h): progress and results on the owner's thread and in order, a stop
// seen between batches, a superseded or abandoned job's results never delivered, and an owner destroyed while
// its work runs. Every step waits on a semaphore or a condition, never on a clock.
class TestJob : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { test::isolate(); }
    void progressAndResultOnTheOwnersThreadInOrder();
    void stopIsSeenBetweenBatchesAndStillReports();
    void supersededJobDeliversNothing();
    void abandonedJobDeliversNothing();
    void preparationSeesSupersession();
    void destructionStopsAndWaits();
    void destructionCanLeaveWorkToThePool();
    void runAllRunsInParallel();
    void everyStopRequestsTheJobsStopAtOnce();
};

void TestJob::progressAndResultOnTheOwnersThreadInOrder()
{
    QObject owner;
    JobSlot slot(&owner);
    QList<int> seen;
    bool onOwnersThread = true;
    QThread* worker = nullptr;
    int result = 0;
    qsizetype seenBeforeResult = -1;
    bool workingInDone = true;
    slot.start(
        [&seen, &onOwnersThread](const JobContext& job) {
            for (int i = 1; i <= 50; ++i)
                job.post([i, &seen, &onOwnersThread] {
                    onOwnersThread = onOwnersThread && QThread::currentThread() == qApp->thread();
                    seen << i;
                });
            return std::make_pair(42, QThread::currentThread());
        },
        [&](std::pair<int, QThread*> r) {
            onOwnersThread = onOwnersThread && QThread::currentThread() == qApp->thread();
            result = r.first;
            worker = r.second;
            seenBeforeResult = seen.size();
            workingInDone = slot.isWorking();
        });
    QVERIFY(slot.isWorking());
    QTRY_COMPARE(result, 42);
    QVERIFY(!slot.isWorking());
    QVERIFY(!workingInDone);
    QVERIFY(worker && worker != qApp->thread());
    // Every progress step arrived before the result, in the order posted, on the owner's thread.
    QCOMPARE(seenBeforeResult, 50);
    for (int i = 0; i < seen.size(); ++i)
        QCOMPARE(seen[i], i + 1);
    QVERIFY(onOwnersThread);
}

void TestJob::stopIsSeenBetweenBatchesAndStillReports()
{
    QObject owner;
    JobSlot slot(&owner);
    QSemaphore firstBatchDone, mayGoOn;
    int batches = -1;
    bool reportedCancelled = false;
    slot.start(
        [&firstBatchDone, &mayGoOn](const JobContext& job) {
            int done = 0;
            for (int batch = 0; batch < 10; ++batch) {
                if (job.isCancelled())
                    break;
                ++done;
                if (batch == 0) {
                    firstBatchDone.release();
                    mayGoOn.acquire();
                }
            }
            return std::make_pair(done, job.isCancelled());
        },
        [&](std::pair<int, bool> r) {
            batches = r.first;
            reportedCancelled = r.second;
        });
    firstBatchDone.acquire();
    slot.stop();
    mayGoOn.release();
    QTRY_VERIFY(!slot.isWorking());
    // The stop was seen before the second batch, and the job's answer still arrived.
    QCOMPARE(batches, 1);
    QVERIFY(reportedCancelled);
}

void TestJob::supersededJobDeliversNothing()
{
    QObject owner;
    JobSlot slot(&owner);
    QSemaphore firstRunning, firstMayEnd;
    bool firstSawCancel = false, firstDone = false, firstProgress = false;
    int secondResult = 0;
    slot.start(
        [&](const JobContext& job) {
            firstRunning.release();
            firstMayEnd.acquire();
            firstSawCancel = job.isCancelled();
            job.post([&firstProgress] { firstProgress = true; });
            return 1;
        },
        [&firstDone](int) { firstDone = true; });
    firstRunning.acquire();
    slot.start([](const JobContext&) { return 2; }, [&secondResult](int r) { secondResult = r; });
    QTRY_COMPARE(secondResult, 2);
    firstMayEnd.release();
    slot.wait(); // the first job's work has returned: all it posted is queued
    QCoreApplication::sendPostedEvents();
    QVERIFY(firstSawCancel);
    QVERIFY(!firstProgress);
    QVERIFY(!firstDone);
    QVERIFY(!slot.isWorking());
}

void TestJob::abandonedJobDeliversNothing()
{
    QObject owner;
    JobSlot slot(&owner);
    QSemaphore running, mayEnd;
    bool done = false, sawCancel = false;
    slot.start(
        [&](const JobContext& job) {
            running.release();
            mayEnd.acquire();
            sawCancel = job.isCancelled();
            return 0;
        },
        [&done](int) { done = true; });
    running.acquire();
    QVERIFY(slot.isWorking());
    slot.abandon();
    QVERIFY(!slot.isWorking());
    mayEnd.release();
    slot.wait();
    QCoreApplication::sendPostedEvents();
    QVERIFY(sawCancel);
    QVERIFY(!done);
}

void TestJob::preparationSeesSupersession()
{
    // The keychain is read before the work starts: a job superseded meanwhile is not started at all.
    QObject owner;
    JobSlot slot(&owner);
    const JobContext first = slot.next();
    QVERIFY(first.isCurrent());
    QVERIFY(!first.isCancelled());
    const JobContext second = slot.next();
    QVERIFY(!first.isCurrent());
    QVERIFY(first.isCancelled());
    QVERIFY(second.isCurrent());
    bool ran = false;
    slot.run(first, [&ran](const JobContext&) { ran = true; });
    QVERIFY(!slot.isWorking());
    slot.wait();
    QVERIFY(!ran);
    bool posted = false;
    second.post([&posted] { posted = true; });
    QTRY_VERIFY(posted);
}

void TestJob::destructionStopsAndWaits()
{
    auto* owner = new QObject;
    auto* slot = new JobSlot(owner);
    QSemaphore running;
    std::atomic<bool> returned = false;
    bool delivered = false;
    slot->start(
        [&running, &returned](const JobContext& job) {
            running.release();
            while (!job.isCancelled()) // a batch loop that only a stop ends
                QThread::yieldCurrentThread();
            job.post([] {});
            returned = true;
            return 0;
        },
        [&delivered](int) { delivered = true; });
    running.acquire();
    delete slot; // stops the job and waits for it
    QVERIFY(returned.load());
    delete owner;
    QCoreApplication::sendPostedEvents();
    QVERIFY(!delivered);
}

void TestJob::destructionCanLeaveWorkToThePool()
{
    auto* owner = new QObject;
    auto* slot = new JobSlot(owner, JobSlot::AtDestruction::Leave);
    QSemaphore running, mayEnd, ended;
    bool sawCancel = false, delivered = false;
    slot->start(
        [&](const JobContext& job) {
            running.release();
            mayEnd.acquire();
            sawCancel = job.isCancelled();
            job.post([&delivered] { delivered = true; });
            ended.release();
            return 0;
        },
        [&delivered](int) { delivered = true; });
    running.acquire();
    delete slot; // does not wait: the work is still held at mayEnd
    delete owner;
    mayEnd.release();
    ended.acquire();
    JobSlot::pool()->waitForDone();
    QCoreApplication::sendPostedEvents();
    QVERIFY(sawCancel);
    QVERIFY(!delivered);
}

void TestJob::runAllRunsInParallel()
{
    // Each task waits until all have started: this returns only if they run at the same time.
    constexpr int n = 6;
    std::atomic<int> started = 0;
    QList<int> done(n, 0);
    QList<std::function<void()>> tasks;
    for (int i = 0; i < n; ++i) {
        tasks << [&started, &done, i] {
            ++started;
            while (started.load() < n)
                QThread::yieldCurrentThread();
            done[i] = 1;
        };
    }
    JobSlot::runAll(tasks);
    QCOMPARE(done, QList<int>(n, 1));
}

// Every way a job is told to stop requests its stop token, within the call that tells it, on the owner's
// thread: so what the job waits for on the network (a stop callback, NetworkCancel) is aborted at once,
// with nothing polled. A bare flag could not say when it was set.
void TestJob::everyStopRequestsTheJobsStopAtOnce()
{
    QObject owner;
    auto* slot = new JobSlot(&owner);
    int requested = 0;
    const auto watch = [&requested](const JobContext& job) {
        return std::make_unique<std::stop_callback<std::function<void()>>>(
            job.stopToken(), std::function<void()>([&requested] {
                QVERIFY(QThread::currentThread() == qApp->thread());
                ++requested;
            }));
    };

    const JobContext stopped = slot->next();
    auto w1 = watch(stopped);
    slot->stop();
    QCOMPARE(requested, 1);
    QVERIFY(stopped.stopToken().stop_requested());
    QVERIFY(stopped.isCurrent()); // stopped, not dropped: what it posts still arrives

    const JobContext superseded = slot->next();
    QVERIFY(!superseded.isCancelled());
    auto w2 = watch(superseded);
    const JobContext newer = slot->next();
    QCOMPARE(requested, 2);
    QVERIFY(superseded.isCancelled());

    auto w3 = watch(newer);
    slot->abandon();
    QCOMPARE(requested, 3);
    QVERIFY(newer.isCancelled());
    QVERIFY(!newer.isCurrent());

    const JobContext last = slot->next();
    auto w4 = watch(last);
    delete slot; // the owner's end
    QCOMPARE(requested, 4);
    QVERIFY(last.isCancelled());

    // A context that no slot made has no stop to request.
    QVERIFY(!JobContext().stopToken().stop_possible());
}

QTEST_GUILESS_MAIN(TestJob)
#include "tst_job.moc"
