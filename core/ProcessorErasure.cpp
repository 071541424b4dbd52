#include "ProcessorErasure.h"

#include <QDateTime>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QTimer>

namespace lethe {

bool ProcessorErasureResult::complete() const
{
    if (!errors.isEmpty())
        return false;
    for (const ErasureOutcome& o : outcomes)
        if (!o.finished() || o.state == ErasureOutcome::State::HandedOver)
            return false;
    return true;
}

QString erasureStateKey(ErasureOutcome::State state)
{
    switch (state) {
    case ErasureOutcome::State::Done:
        return QStringLiteral("done");
    case ErasureOutcome::State::AlreadyGone:
        return QStringLiteral("already-gone");
    case ErasureOutcome::State::JobStarted:
        return QStringLiteral("job-started");
    case ErasureOutcome::State::JobDone:
        return QStringLiteral("job-done");
    case ErasureOutcome::State::JobFailed:
        return QStringLiteral("job-failed");
    case ErasureOutcome::State::HandedOver:
        return QStringLiteral("handed-over");
    case ErasureOutcome::State::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

ProcessorErasure::ProcessorErasure(const ConnectorDefinition& definition,
                                   const ProcessorConnection& connection, QString secret,
                                   QNetworkAccessManager* network, Options options, QObject* parent)
    : QObject(parent),
      m_client(new ProcessorClient(definition, connection, std::move(secret), network, this)),
      m_options(options)
{
    m_result.connection = connection.key;
    m_result.processor = definition.key;
    m_result.processorName = definition.name;
    m_result.keeps = definition.keeps;
    for (const ErasureStep& s : definition.erasure)
        if (!s.keeps.isEmpty())
            m_result.keeps << s.keeps;
}

void ProcessorErasure::start(const ProcessorResult& found, const QList<Identity>& identities)
{
    m_clock.start();
    m_found = found;
    m_identities = identities;
    if (!m_client->problem().isEmpty()) {
        m_result.errors << m_client->problem();
        QTimer::singleShot(0, this, [this] { finish(); });
        return;
    }
    QTimer::singleShot(0, this, [this] { runStep(0); });
}

void ProcessorErasure::runStep(int index)
{
    const QList<ErasureStep>& steps = m_client->definition().erasure;
    if (m_stopped || index >= steps.size()) {
        finish();
        return;
    }
    const ErasureStep& step = steps[index];
    QList<Target> targets;
    TemplateContext base;
    base.secret = m_client->secret();
    base.params = m_client->connection().parameters;
    if (!step.forLookup.isEmpty()) {
        for (const ProcessorRecordSet& set : std::as_const(m_found.sets)) {
            if (set.lookup != step.forLookup)
                continue;
            const Lookup* lookup = m_client->definition().lookup(set.lookup);
            for (int i = 0; i < set.records.size(); ++i) {
                Target t{base, QString()};
                const QJsonObject parents = set.parents.value(i);
                for (auto it = parents.begin(); it != parents.end(); ++it)
                    t.ctx.records.insert(it.key(), it.value().toObject());
                t.ctx.records.insert(set.lookup, set.records[i]);
                t.ctx.identity = set.identities.value(i);
                t.label = lookup && !lookup->id.isEmpty()
                              ? Templates::text(Templates::value(set.records[i], lookup->id))
                              : tr("record %1 of %2").arg(i + 1).arg(set.name);
                targets << t;
            }
        }
    } else if (step.identity) {
        for (const Identity& id : std::as_const(m_identities)) {
            if (id.kind != *step.identity)
                continue;
            Target t{base, Names::key(id.kind)};
            t.ctx.identity = id;
            targets << t;
        }
    } else if (!step.afterStep.isEmpty()) {
        targets = m_jobsOf.value(step.afterStep);
    }
    if (targets.isEmpty()) {
        runStep(index + 1);
        return;
    }
    m_pending = int(targets.size());
    for (const Target& t : std::as_const(targets))
        runTarget(step, t, index);
}

void ProcessorErasure::targetDone(int stepIndex)
{
    if (--m_pending > 0)
        return;
    runStep(stepIndex + 1);
}

void ProcessorErasure::runTarget(const ErasureStep& step, const Target& target, int stepIndex)
{
    QStringList missing;
    const ProcessorClient::Call call = Templates::build(*m_client, step.request, target.ctx, &missing);
    ErasureOutcome o;
    o.step = step.key;
    o.stepName = step.name;
    o.effect = step.effect;
    o.target = target.label;
    o.keeps = step.keeps;
    if (!missing.isEmpty()) {
        o.state = ErasureOutcome::State::Failed;
        o.message =
            tr("%1: %2 needs %3, which the record does not have.")
                .arg(m_result.processorName, step.request.describe(), missing.join(QStringLiteral(", ")));
        m_result.outcomes << o;
        QTimer::singleShot(0, this, [this, stepIndex] { targetDone(stepIndex); });
        return;
    }
    QPointer<ProcessorErasure> self(this);
    const ErasureStep* stepPtr = &step;
    m_client->send(call, [self, stepPtr, target, o, stepIndex](const ProcessorClient::Answer& a) mutable {
        if (!self)
            return;
        const ErasureStep& s = *stepPtr;
        const QString name = self->m_result.processorName;
        o.status = a.status;
        if (a.status == 0) {
            o.state = ErasureOutcome::State::Failed;
            o.message = a.tls ? tr("%1: %2: the TLS connection failed (%3); nothing was sent.")
                                    .arg(name, s.request.describe(), a.networkError)
                              : tr("%1: %2: %3.").arg(name, s.request.describe(), a.networkError);
        } else if (s.gone.contains(a.status)) {
            o.state = ErasureOutcome::State::AlreadyGone;
        } else if (a.status == 401 || a.status == 403) {
            o.state = ErasureOutcome::State::Failed;
            o.message =
                tr("%1: %2 was refused (HTTP %3): the credentials are wrong or lack the permission to erase.")
                    .arg(name, s.request.describe())
                    .arg(a.status);
            self->m_result.errors << o.message;
            self->m_stopped = true;
        } else if (a.status >= 300) {
            const QString msg = self->m_client->processorMessage(a);
            o.state = ErasureOutcome::State::Failed;
            o.message = tr("%1: %2 answered HTTP %3%4.")
                            .arg(name, s.request.describe())
                            .arg(a.status)
                            .arg(msg.isEmpty() ? QString() : QStringLiteral(": ") + msg);
        } else if (!s.job.isEmpty()) {
            o.jobId = a.jsonOk ? Templates::text(Templates::value(a.json, s.job)) : QString();
            if (o.jobId.isEmpty()) {
                o.state = ErasureOutcome::State::Failed;
                o.message = tr("%1: %2 was accepted, but the answer has no job id at \"%3\".")
                                .arg(name, s.request.describe(), s.job);
            } else {
                o.state = ErasureOutcome::State::JobStarted;
            }
        } else {
            o.state = ErasureOutcome::State::Done;
        }
        self->m_result.outcomes << o;
        const int index = int(self->m_result.outcomes.size()) - 1;
        if (o.state == ErasureOutcome::State::JobStarted) {
            Target next = target;
            next.ctx.jobs.insert(s.key, o.jobId);
            next.label = o.jobId;
            self->m_jobsOf[s.key] << next;
            if (s.poll) {
                self->poll(s, next, index, QDateTime::currentMSecsSinceEpoch(), stepIndex);
                return;
            }
        }
        self->targetDone(stepIndex);
    });
}

void ProcessorErasure::poll(const ErasureStep& step, const Target& target, int outcomeIndex, qint64 startedMs,
                            int stepIndex)
{
    const Poll& p = *step.poll;
    const int every = m_options.pollEveryMs >= 0 ? m_options.pollEveryMs : p.everyMs;
    const int giveUp = m_options.giveUpMs >= 0 ? m_options.giveUpMs : p.giveUpMs;
    QPointer<ProcessorErasure> self(this);
    const ErasureStep* stepPtr = &step;
    QTimer::singleShot(every, this, [self, stepPtr, target, outcomeIndex, startedMs, stepIndex, giveUp] {
        if (!self)
            return;
        if (self->m_stopped) {
            self->targetDone(stepIndex);
            return;
        }
        const ErasureStep& s = *stepPtr;
        QStringList missing;
        const ProcessorClient::Call call =
            Templates::build(*self->m_client, s.poll->request, target.ctx, &missing);
        self->m_client->send(call, [self, stepPtr, target, outcomeIndex, startedMs, stepIndex,
                                    giveUp](const ProcessorClient::Answer& a) {
            if (!self)
                return;
            const ErasureStep& st = *stepPtr;
            ErasureOutcome& o = self->m_result.outcomes[outcomeIndex];
            const QString status =
                a.jsonOk ? Templates::text(Templates::value(a.json, st.poll->status)) : QString();
            if (a.status >= 200 && a.status < 300 && st.poll->done.contains(status)) {
                o.state = ErasureOutcome::State::JobDone;
                o.message = status;
                self->targetDone(stepIndex);
                return;
            }
            if (a.status >= 200 && a.status < 300 && st.poll->failed.contains(status)) {
                o.state = ErasureOutcome::State::JobFailed;
                o.message =
                    tr("%1: the job %2 ended as \"%3\".").arg(self->m_result.processorName, o.jobId, status);
                self->targetDone(stepIndex);
                return;
            }
            if (a.status == 401 || a.status == 403 ||
                (a.status >= 400 && a.status != 404 && a.status < 500)) {
                o.state = ErasureOutcome::State::Failed;
                o.message = tr("%1: polling the job %2 answered HTTP %3.")
                                .arg(self->m_result.processorName, o.jobId)
                                .arg(a.status);
                self->targetDone(stepIndex);
                return;
            }
            if (QDateTime::currentMSecsSinceEpoch() - startedMs >= giveUp) {
                o.state = ErasureOutcome::State::HandedOver;
                o.message =
                    tr("%1: the job %2 is still \"%3\" after %4 s; check it at the processor and complete "
                       "the manual task.")
                        .arg(self->m_result.processorName, o.jobId, status)
                        .arg(giveUp / 1000);
                self->targetDone(stepIndex);
                return;
            }
            self->poll(st, target, outcomeIndex, startedMs, stepIndex);
        });
    });
}

void ProcessorErasure::finish()
{
    if (m_done)
        return;
    m_done = true;
    m_result.calls = m_client->calls();
    m_result.retries = m_client->retries();
    m_result.elapsedMs = m_clock.isValid() ? m_clock.elapsed() : 0;
    Q_EMIT finished();
}

QList<ProcessorErasureResult> ProcessorErasure::run(const QList<Job>& jobs, const QList<Identity>& identities,
                                                    Options options)
{
    std::vector<std::unique_ptr<QNetworkAccessManager>> networks; // one pool per connection, as in a search
    QEventLoop loop;
    QList<ProcessorErasure*> runs;
    int running = 0;
    for (const Job& job : jobs) {
        networks.push_back(std::make_unique<QNetworkAccessManager>());
        auto* e = new ProcessorErasure(job.processor.definition, job.processor.connection,
                                       job.processor.secret, networks.back().get(), options);
        runs << e;
        ++running;
        QObject::connect(e, &ProcessorErasure::finished, &loop, [&] {
            if (--running == 0)
                loop.quit();
        });
    }
    for (int i = 0; i < runs.size(); ++i)
        runs[i]->start(jobs[i].found, identities);
    if (running > 0)
        loop.exec();
    QList<ProcessorErasureResult> out;
    for (ProcessorErasure* e : runs) {
        out << e->result();
        delete e;
    }
    return out;
}

} // namespace lethe
