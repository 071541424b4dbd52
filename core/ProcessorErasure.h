#pragma once

#include "ProcessorSearch.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QObject>

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
    void start(const ProcessorResult& found, const QList<Identity>& identities);
    const ProcessorErasureResult& result() const { return m_result; }

    // Runs several processors' erasures at once and waits (CLI, tests, worker threads; never the GUI thread).
    struct Job
    {
        ProcessorHub::Job processor;
        ProcessorResult found;
    };
    static QList<ProcessorErasureResult> run(const QList<Job>& jobs, const QList<Identity>& identities,
                                             Options options = {});

Q_SIGNALS:
    void finished();

private:
    struct Target
    {
        TemplateContext ctx;
        QString label;
    };
    void runStep(int index);
    void runTarget(const ErasureStep& step, const Target& target, int stepIndex);
    void poll(const ErasureStep& step, const Target& target, int outcomeIndex, qint64 startedMs,
              int stepIndex);
    void targetDone(int stepIndex);
    void finish();

    ProcessorClient* m_client;
    Options m_options;
    ProcessorResult m_found;
    QList<Identity> m_identities;
    ProcessorErasureResult m_result;
    QHash<QString, QList<Target>> m_jobsOf; // step key -> targets carrying the job ids it started
    int m_pending = 0;
    bool m_stopped = false;
    bool m_done = false;
    QElapsedTimer m_clock;
};

} // namespace lethe
