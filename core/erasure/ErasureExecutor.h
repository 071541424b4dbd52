#pragma once

#include "ErasurePlan.h"
#include "ErasureStore.h"
#include "ProcessorErasure.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <functional>
#include <stop_token>

namespace lethe {

// Runs a stored erasure plan: per source, batched transactions of at most `batchSize` rows, each written to
// the journal before ("begun", with any values computed for it, such as keyed hashes) and after ("committed")
// its transaction. A process killed at any moment resumes from the journal: committed batches are skipped, a
// begun one is redone (every statement is idempotent: deleting or nulling again changes nothing, and keyed
// hashes are written from the journal, never computed twice). Then the processors' erasure steps ("already
// gone" counts as done; jobs polled, or handed to a person as a manual task with the job id); then a
// verification re-scan that proves nothing remains but the rows the plan keeps. The report is stored with the
// run and audited. Runs on a worker thread or in the CLI; never on the GUI thread.
class ErasureExecutor
{
    Q_DECLARE_TR_FUNCTIONS(lethe::ErasureExecutor)
public:
    struct SystemInput
    {
        DataMap map;
        QList<ConnectionParams> connections; // map.sources[i].connection with its password resolved
        QList<ProcessorHub::Job> processors; // secrets filled in
    };
    struct Options
    {
        int batchSize = 1000;
        QByteArray hmacKey; // the workspace's key for `hmac` fields
        // The job's (JobContext::stopToken()): a stop request ends the run between two steps (cancelled,
        // resumable); a processor step's search for an old plan's records is aborted at once.
        std::stop_token stop;
        // done and total count rows and processor records; called from the running thread.
        std::function<void(qint64 done, qint64 total, const QString& step)> progress;
        ProcessorErasureOptions processorOptions;
        // Called after each database batch commits: its number, rows and how long its transaction was open.
        std::function<void(int seq, qint64 rows, double transactionMs)> batchDone;
        // Tests only: called with a batch's number before its transaction commits and after. Returning true
        // stops the run dead, writing nothing more anywhere, as if the process had been killed there (the
        // tests' build of the CLI, lethe-cli-crashtest, kills itself there for real; lethe-cli never sets
        // it).
        std::function<bool(int seq, bool committed)> crashPoint;
    };
    // `plan`: as stored (ErasurePlan::readJson) or fresh from the planner (then processor findings are
    // reused; otherwise each processor is searched again and only the records the plan names are erased).
    static Result<QJsonObject> run(WorkspaceStore& store, qint64 runId, const ErasurePlan& plan,
                                   const QList<SystemInput>& systems, const Options& options);

    // The keyed hash written for `hmac` fields: HMAC-SHA-256 of the stored value's text, hex.
    static QString keyedHash(const QByteArray& key, const QString& value);
};

} // namespace lethe
