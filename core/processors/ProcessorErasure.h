#pragma once

#include "ProcessorSearch.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>

#include <functional>

namespace lethe {

// What one erasure request did to one target (a record found by a lookup, an identity, or a job).
struct ErasureOutcome
{
    enum class State
    {
        Done,        // the processor confirmed it (deleted, archived, masked, ... as `effect` says)
        AlreadyGone, // the processor says it is not there (a repeat, or removed meanwhile): counts as done
        JobStarted,  // an asynchronous job was started and is not polled (the processor offers no status)
        JobDone,     // a polled job finished
        JobFailed,   // a polled job ended in a failure status
        HandedOver,  // a polled job took longer than the definition allows: a manual task with the job id
        Failed,      // the request failed: the message says why
    };
    QString step;
    QString stepName;
    ErasureEffect effect = ErasureEffect::Deleted;
    QString target; // the record's id at the processor, or the identity kind; never an email or a number
    State state = State::Failed;
    QString jobId;
    int status = 0;
    QString message;
    QString keeps;
    bool finished() const { return state != State::Failed && state != State::JobFailed; }
};

struct ProcessorErasureResult
{
    bool stoppedDead = false; // tests: the crash point stopped it, as if the process had been killed
    QString connection;
    QString processor;
    QString processorName;
    QList<ErasureOutcome> outcomes;
    QStringList keeps; // the definition's and each step's: what the processor keeps anyway
    QStringList errors;
    int calls = 0;
    int retries = 0;
    qint64 elapsedMs = 0;
    bool complete() const; // every outcome finished and no error
};

QString erasureStateKey(ErasureOutcome::State state);

struct ProcessorErasureOptions
{
    int pollEveryMs = -1; // >= 0 overrides the definitions' poll interval (tests)
    int giveUpMs = -1;    // >= 0 overrides the definitions' give-up time
    // Where idempotency keys come from (the run: its plan digest and number); empty: a random one, kept in
    // the state so a resumed erasure sends the same keys.
    QString idempotencySeed;
    // The erasure's progress as a serialisable state (ProcessorErasure::state()), called before every call
    // (the call marked "sending") and after every answer (its outcome, any job id), so a journal always knows
    // which calls may have reached the processor. Through run(): on the thread that called run(), while the
    // network thread waits for it (the journal's database connection belongs to that thread).
    std::function<void(const QJsonObject& state)> checkpoint;
    // Tests only: called before the n-th call (from 1) of a step ("STEP", or "STEP/poll" for its job's polls)
    // is sent and after its answer is checkpointed. Returning true stops the erasure dead: nothing more is
    // sent, checkpointed or counted (lethe-cli-crashtest kills itself there for real; lethe-cli never sets
    // it).
    std::function<bool(const QString& step, int n, bool answered)> crashPoint;
};

// Runs a definition's erasure steps for what a search found: each step in order, its targets concurrently
// (within the processor's limit); "already gone" statuses count as done, so a repeat is harmless; jobs are
// polled until done, failed, or the definition's give-up time, after which they are handed to a person with
// the job id. A 401 or 403 stops the processor's remaining steps.
class ProcessorErasure : public QObject
{
    Q_OBJECT
public:
    using Options = ProcessorErasureOptions;
    ProcessorErasure(const ConnectorDefinition& definition, const ProcessorConnection& connection,
                     QString secret, QNetworkAccessManager* network, Options options,
                     QObject* parent = nullptr);
    // `state`: one an earlier run of the same records checkpointed (or empty to start afresh). Targets it
    // has finished are skipped; jobs it started are polled and run, never started again; calls it sent
    // without an answer are sent again with the same idempotency key; failed calls are retried.
    void start(const ProcessorResult& found, const QList<Identity>& identities,
               const QJsonObject& state = {});
    const ProcessorErasureResult& result() const { return m_result; }
    QJsonObject state() const;

    // Runs several processors' erasures at once on the network thread (NetworkThread) and waits for them
    // without an event loop, running the options' hooks on this thread (CLI, tests, worker threads; never the
    // GUI thread, never the network thread). The results come in the order of the jobs.
    struct Job
    {
        ProcessorHub::Job processor;
        ProcessorResult found;
        QJsonObject state; // from a checkpoint: continue there
    };
    static QList<ProcessorErasureResult> run(const QList<Job>& jobs, const QList<Identity>& identities,
                                             Options options = {});

    // What the erasure steps (and their polls) read of each lookup's records: lookup key -> field paths,
    // the lookup's id always among them. A stored plan keeps only these of each record.
    static QHash<QString, QStringList> fieldsRead(const ConnectorDefinition& definition);
    // The record with only these fields (dotted paths), nested as they were.
    static QJsonObject project(const QJsonObject& record, const QStringList& paths);

Q_SIGNALS:
    void finished();

private:
    // One call of one step for one target, as the state records it.
    struct Entry
    {
        QString step;
        QString key;   // the target: "customers:cus_1", "identity:email:1", "redaction_job:prj_1"
        QString label; // shown: the record's id at the processor, the identity kind, or the job id
        QString state = QStringLiteral("pending"); // pending, sending, or an erasureStateKey
        QString job;
        int status = 0;
        QString message;
        int attempt = 0; // raised when a call is made again after a definite refusal: a new idempotency key
        QString parent;  // after-step targets: the key of the target whose job this is
    };
    struct Target
    {
        TemplateContext ctx;
        QString label;
        QString key;
    };
    void runStep(int index);
    void runTarget(const ErasureStep& step, const Target& target, int stepIndex, int entry);
    void sendTarget(const ErasureStep& step, const Target& target, int stepIndex, int entry,
                    const ProcessorClient::Call& call);
    void poll(const ErasureStep& step, const Target& target, int entry, qint64 startedMs, int stepIndex);
    void targetDone(int stepIndex);
    void finish();
    int entryFor(const QString& step, const QString& key, const QString& label);
    void checkpoint();
    bool crash(const QString& step, bool answered, int n);
    QString idempotencyKey(const Entry& e) const;

    ProcessorClient* m_client;
    Options m_options;
    ProcessorResult m_found;
    QList<Identity> m_identities;
    ProcessorErasureResult m_result;
    QList<Entry> m_entries;
    QString m_seed;
    QHash<QString, QList<Target>> m_jobsOf; // step key -> targets carrying the job ids it started
    QHash<QString, int> m_callsOf;          // step key (or "STEP/poll") -> calls made, for crash points
    int m_pending = 0;
    bool m_stopped = false;
    bool m_dead = false;
    bool m_batching = false; // runStep is queueing a step's calls: one checkpoint for all of them
    QList<std::function<void()>> m_batch; // their sends, made after that checkpoint
    bool m_done = false;
    QElapsedTimer m_clock;
};

} // namespace lethe
