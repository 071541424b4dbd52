#include "ProcessorErasure.h"

#include "NetworkThread.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QRegularExpression>
#include <QTimer>
#include <QUuid>

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

namespace {

std::optional<ErasureOutcome::State> stateOf(const QString& key)
{
    for (ErasureOutcome::State s :
         {ErasureOutcome::State::Done, ErasureOutcome::State::AlreadyGone, ErasureOutcome::State::JobStarted,
          ErasureOutcome::State::JobDone, ErasureOutcome::State::JobFailed, ErasureOutcome::State::HandedOver,
          ErasureOutcome::State::Failed})
        if (erasureStateKey(s) == key)
            return s;
    return std::nullopt;
}

const QString kPending = QStringLiteral("pending");
const QString kSending = QStringLiteral("sending");

} // namespace

QJsonObject ProcessorErasure::state() const
{
    QJsonArray entries;
    for (const Entry& e : m_entries) {
        QJsonObject o{{QStringLiteral("step"), e.step},
                      {QStringLiteral("key"), e.key},
                      {QStringLiteral("label"), e.label},
                      {QStringLiteral("state"), e.state}};
        if (!e.job.isEmpty())
            o[QStringLiteral("job")] = e.job;
        if (e.status)
            o[QStringLiteral("status")] = e.status;
        if (!e.message.isEmpty())
            o[QStringLiteral("message")] = e.message;
        if (e.attempt)
            o[QStringLiteral("attempt")] = e.attempt;
        if (!e.parent.isEmpty())
            o[QStringLiteral("parent")] = e.parent;
        entries << o;
    }
    return QJsonObject{{QStringLiteral("format"), 1},
                       {QStringLiteral("seed"), m_seed},
                       {QStringLiteral("entries"), entries}};
}

void ProcessorErasure::start(const ProcessorResult& found, const QList<Identity>& identities,
                             const QJsonObject& state)
{
    m_clock.start();
    m_found = found;
    m_identities = identities;
    m_seed = state.value(QStringLiteral("seed")).toString();
    if (m_seed.isEmpty())
        m_seed = m_options.idempotencySeed;
    if (m_seed.isEmpty())
        m_seed = QUuid::createUuid().toString(QUuid::WithoutBraces);
    for (const QJsonValue& v : state.value(QStringLiteral("entries")).toArray()) {
        const QJsonObject o = v.toObject();
        Entry e;
        e.step = o.value(QStringLiteral("step")).toString();
        e.key = o.value(QStringLiteral("key")).toString();
        e.label = o.value(QStringLiteral("label")).toString();
        e.state = o.value(QStringLiteral("state")).toString(kPending);
        e.job = o.value(QStringLiteral("job")).toString();
        e.status = o.value(QStringLiteral("status")).toInt();
        e.message = o.value(QStringLiteral("message")).toString();
        e.attempt = o.value(QStringLiteral("attempt")).toInt();
        e.parent = o.value(QStringLiteral("parent")).toString();
        m_entries << e;
    }
    if (!m_client->problem().isEmpty()) {
        m_result.errors << m_client->problem();
        QTimer::singleShot(0, this, [this] { finish(); });
        return;
    }
    QTimer::singleShot(0, this, [this] { runStep(0); });
}

int ProcessorErasure::entryFor(const QString& step, const QString& key, const QString& label)
{
    for (int i = 0; i < m_entries.size(); ++i)
        if (m_entries[i].step == step && m_entries[i].key == key)
            return i;
    Entry e;
    e.step = step;
    e.key = key;
    e.label = label;
    m_entries << e;
    return int(m_entries.size()) - 1;
}

void ProcessorErasure::checkpoint()
{
    if (!m_dead && m_options.checkpoint)
        m_options.checkpoint(state());
}

bool ProcessorErasure::crash(const QString& step, bool answered, int n)
{
    if (m_dead)
        return true;
    if (!m_options.crashPoint || !m_options.crashPoint(step, n, answered))
        return false;
    m_dead = true;
    m_result.stoppedDead = true;
    m_client->abortAll();
    QTimer::singleShot(0, this, [this] { finish(); });
    return true;
}

QString ProcessorErasure::idempotencyKey(const Entry& e) const
{
    const QByteArray material = QStringLiteral("%1|%2|%3|%4|%5")
                                    .arg(m_seed, m_client->connection().key, e.step, e.key)
                                    .arg(e.attempt)
                                    .toUtf8();
    return QStringLiteral("lethe-") +
           QString::fromLatin1(
               QCryptographicHash::hash(material, QCryptographicHash::Sha256).toHex().left(40));
}

void ProcessorErasure::runStep(int index)
{
    if (m_dead)
        return;
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
                Target t{base, QString(), QString()};
                const QJsonObject parents = set.parents.value(i);
                for (auto it = parents.begin(); it != parents.end(); ++it)
                    t.ctx.records.insert(it.key(), it.value().toObject());
                t.ctx.records.insert(set.lookup, set.records[i]);
                t.ctx.identity = set.identities.value(i);
                const QString id = lookup && !lookup->id.isEmpty()
                                       ? Templates::text(Templates::value(set.records[i], lookup->id))
                                       : QString();
                t.label = !id.isEmpty() ? id : tr("record %1 of %2").arg(i + 1).arg(set.name);
                t.key =
                    set.lookup + QLatin1Char(':') + (id.isEmpty() ? QStringLiteral("#%1").arg(i + 1) : id);
                targets << t;
            }
        }
    } else if (step.identity) {
        int n = 0;
        for (const Identity& id : std::as_const(m_identities)) {
            if (id.kind != *step.identity)
                continue;
            Target t{base, Names::key(id.kind),
                     QStringLiteral("identity:%1:%2").arg(Names::key(id.kind)).arg(++n)};
            t.ctx.identity = id;
            targets << t;
        }
    } else if (!step.afterStep.isEmpty()) {
        targets = m_jobsOf.value(step.afterStep);
    }
    // What an earlier run (the state) did already: finished targets are skipped, started jobs polled.
    QList<std::pair<Target, int>> toRun, toPoll;
    for (const Target& t : std::as_const(targets)) {
        const int e = entryFor(step.key, t.key, t.label);
        const Entry& en = m_entries[e];
        const auto st = stateOf(en.state);
        // A job this target started (its poll may have failed since): continued, never started again.
        const bool hasJob = !en.job.isEmpty() && st && *st != ErasureOutcome::State::JobFailed;
        if (hasJob) {
            Target next = t;
            next.ctx.jobs.insert(step.key, en.job);
            next.label = en.job;
            next.key = step.key + QLatin1Char(':') + en.job;
            m_jobsOf[step.key] << next;
        }
        if (st == ErasureOutcome::State::Done || st == ErasureOutcome::State::AlreadyGone ||
            st == ErasureOutcome::State::JobDone || st == ErasureOutcome::State::HandedOver)
            continue;
        if (st == ErasureOutcome::State::JobStarted || (hasJob && st == ErasureOutcome::State::Failed)) {
            if (step.poll)
                toPoll << std::pair{t, e};
            continue;
        }
        toRun << std::pair{t, e};
    }
    if (toRun.isEmpty() && toPoll.isEmpty()) {
        runStep(index + 1);
        return;
    }
    m_pending = int(toRun.size() + toPoll.size());
    for (const auto& [t, e] : std::as_const(toPoll)) {
        Target next = t;
        next.ctx.jobs.insert(step.key, m_entries[e].job);
        poll(step, next, e, QDateTime::currentMSecsSinceEpoch(), index);
    }
    // Every call of the step is queued at once (the client sends up to the processor's concurrency): they are
    // journalled as "sending" in one checkpoint before the first is sent, then each answer in its own.
    m_batching = true;
    for (const auto& [t, e] : std::as_const(toRun))
        runTarget(step, t, index, e);
    m_batching = false;
    const QList<std::function<void()>> batch = std::exchange(m_batch, {});
    if (!toRun.isEmpty())
        checkpoint();
    for (const std::function<void()>& send : batch)
        send();
}

void ProcessorErasure::targetDone(int stepIndex)
{
    if (m_dead)
        return;
    if (--m_pending > 0)
        return;
    runStep(stepIndex + 1);
}

void ProcessorErasure::runTarget(const ErasureStep& step, const Target& target, int stepIndex, int e)
{
    if (m_dead)
        return;
    QStringList missing;
    ProcessorClient::Call call =
        Templates::build(*m_client, step.request, target.ctx, &missing, step.headers);
    {
        Entry& en = m_entries[e];
        // Made again after a definite refusal (or a failed job): a new request, so a new idempotency key.
        // After no answer (a dropped connection, a killed run) it is the same request: the same key.
        if (en.state == erasureStateKey(ErasureOutcome::State::JobFailed) ||
            (en.state == erasureStateKey(ErasureOutcome::State::Failed) && en.status >= 300))
            ++en.attempt;
        en.job.clear();
        en.status = 0;
        en.message.clear();
        if (!missing.isEmpty()) {
            en.state = erasureStateKey(ErasureOutcome::State::Failed);
            en.message =
                tr("%1: %2 needs %3, which the record does not have.")
                    .arg(m_result.processorName, step.request.describe(), missing.join(QStringLiteral(", ")));
            checkpoint();
            QTimer::singleShot(0, this, [this, stepIndex] { targetDone(stepIndex); });
            return;
        }
        if (!m_client->definition().idempotencyHeader.isEmpty() && call.method == QLatin1String("POST"))
            call.headers << std::pair{m_client->definition().idempotencyHeader.toLatin1(),
                                      idempotencyKey(en).toLatin1()};
        en.state = kSending;
    }
    if (m_batching) {
        m_batch <<
            [this, &step, target, stepIndex, e, call] { sendTarget(step, target, stepIndex, e, call); };
        return;
    }
    checkpoint();
    sendTarget(step, target, stepIndex, e, call);
}

// Sends one target's call, already journalled as "sending".
void ProcessorErasure::sendTarget(const ErasureStep& step, const Target& target, int stepIndex, int e,
                                  const ProcessorClient::Call& call)
{
    if (m_dead)
        return;
    const int n = ++m_callsOf[step.key];
    if (crash(step.key, false, n))
        return;
    QPointer<ProcessorErasure> self(this);
    const ErasureStep* stepPtr = &step;
    m_client->send(call, [self, stepPtr, target, stepIndex, e, n](const ProcessorClient::Answer& a) {
        if (!self || self->m_dead)
            return;
        const ErasureStep& s = *stepPtr;
        const QString name = self->m_result.processorName;
        ErasureOutcome::State state = ErasureOutcome::State::Failed;
        QString message, jobId;
        if (a.status == 0) {
            message = a.tls ? tr("%1: %2: the TLS connection failed (%3); nothing was sent.")
                                  .arg(name, s.request.describe(), a.networkError)
                            : tr("%1: %2: %3.").arg(name, s.request.describe(), a.networkError);
        } else if (s.gone.contains(a.status)) {
            state = ErasureOutcome::State::AlreadyGone;
        } else if (a.status == 401 || a.status == 403) {
            message =
                tr("%1: %2 was refused (HTTP %3): the credentials are wrong or lack the permission to erase.")
                    .arg(name, s.request.describe())
                    .arg(a.status);
            self->m_result.errors << message;
            self->m_stopped = true;
        } else if (a.status >= 300) {
            const QString msg = self->m_client->processorMessage(a);
            message = tr("%1: %2 answered HTTP %3%4.")
                          .arg(name, s.request.describe())
                          .arg(a.status)
                          .arg(msg.isEmpty() ? QString() : QStringLiteral(": ") + msg);
        } else if (!s.job.isEmpty()) {
            jobId = a.jsonOk ? Templates::text(Templates::value(a.json, s.job)) : QString();
            if (jobId.isEmpty())
                message = tr("%1: %2 was accepted, but the answer has no job id at \"%3\".")
                              .arg(name, s.request.describe(), s.job);
            else
                state = ErasureOutcome::State::JobStarted;
        } else {
            state = ErasureOutcome::State::Done;
        }
        {
            Entry& en = self->m_entries[e];
            en.state = erasureStateKey(state);
            en.status = a.status;
            en.message = message;
            en.job = jobId;
        }
        self->checkpoint(); // the job id is journalled as soon as the answer carries it
        if (self->crash(s.key, true, n))
            return;
        if (state == ErasureOutcome::State::JobStarted) {
            Target next = target;
            next.ctx.jobs.insert(s.key, jobId);
            next.label = jobId;
            next.key = s.key + QLatin1Char(':') + jobId;
            self->m_jobsOf[s.key] << next;
            if (s.poll) {
                self->poll(s, next, e, QDateTime::currentMSecsSinceEpoch(), stepIndex);
                return;
            }
        }
        self->targetDone(stepIndex);
    });
}

void ProcessorErasure::poll(const ErasureStep& step, const Target& target, int e, qint64 startedMs,
                            int stepIndex)
{
    const Poll& p = *step.poll;
    const int every = m_options.pollEveryMs >= 0 ? m_options.pollEveryMs : p.everyMs;
    const int giveUp = m_options.giveUpMs >= 0 ? m_options.giveUpMs : p.giveUpMs;
    QPointer<ProcessorErasure> self(this);
    const ErasureStep* stepPtr = &step;
    QTimer::singleShot(every, this, [self, stepPtr, target, e, startedMs, stepIndex, giveUp] {
        if (!self || self->m_dead)
            return;
        if (self->m_stopped) {
            self->targetDone(stepIndex);
            return;
        }
        const ErasureStep& s = *stepPtr;
        const QString pollKey = s.key + QStringLiteral("/poll");
        QStringList missing;
        const ProcessorClient::Call call =
            Templates::build(*self->m_client, s.poll->request, target.ctx, &missing, s.headers);
        const int n = ++self->m_callsOf[pollKey];
        if (self->crash(pollKey, false, n))
            return;
        self->m_client->send(call, [self, stepPtr, target, e, startedMs, stepIndex, giveUp, pollKey,
                                    n](const ProcessorClient::Answer& a) {
            if (!self || self->m_dead)
                return;
            const ErasureStep& st = *stepPtr;
            const QString name = self->m_result.processorName;
            const QString job = self->m_entries[e].job;
            const QString status =
                a.jsonOk ? Templates::text(Templates::value(a.json, st.poll->status)) : QString();
            std::optional<ErasureOutcome::State> final;
            QString message;
            if (a.status >= 200 && a.status < 300 && st.poll->done.contains(status)) {
                final = ErasureOutcome::State::JobDone;
                message = status;
            } else if (a.status >= 200 && a.status < 300 && st.poll->failed.contains(status)) {
                final = ErasureOutcome::State::JobFailed;
                message = tr("%1: the job %2 ended as \"%3\".").arg(name, job, status);
            } else if (a.status == 401 || a.status == 403 ||
                       (a.status >= 400 && a.status != 404 && a.status < 500)) {
                final = ErasureOutcome::State::Failed;
                message = tr("%1: polling the job %2 answered HTTP %3.").arg(name, job).arg(a.status);
            } else if (QDateTime::currentMSecsSinceEpoch() - startedMs >= giveUp) {
                final = ErasureOutcome::State::HandedOver;
                message =
                    tr("%1: the job %2 is still \"%3\" after %4 s; check it at the processor and complete "
                       "the manual task.")
                        .arg(name, job, status)
                        .arg(giveUp / 1000);
            }
            if (final) {
                Entry& en = self->m_entries[e];
                en.state = erasureStateKey(*final);
                en.message = message;
                if (*final == ErasureOutcome::State::Failed)
                    en.status = 0; // polling failed, not the call that started the job: poll again later
                self->checkpoint();
            }
            if (self->crash(pollKey, true, n))
                return;
            if (final) {
                self->targetDone(stepIndex);
                return;
            }
            self->poll(st, target, e, startedMs, stepIndex);
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
    m_result.outcomes.clear();
    for (const Entry& en : std::as_const(m_entries)) {
        const auto st = stateOf(en.state);
        if (!st)
            continue; // never sent (a 401 stopped the processor first)
        const ErasureStep* step = m_client->definition().step(en.step);
        ErasureOutcome o;
        o.step = en.step;
        o.stepName = step ? step->name : en.step;
        o.effect = step ? step->effect : ErasureEffect::Deleted;
        o.target = en.label;
        o.state = *st;
        o.jobId = en.job;
        o.status = en.status;
        o.message = en.message;
        o.keeps = step ? step->keeps : QString();
        m_result.outcomes << o;
    }
    Q_EMIT finished();
}

QHash<QString, QStringList> ProcessorErasure::fieldsRead(const ConnectorDefinition& definition)
{
    QHash<QString, QStringList> out;
    for (const Lookup& l : definition.lookups)
        if (!l.id.isEmpty())
            out[l.into.isEmpty() ? l.key : l.into] << l.id;
    static const QRegularExpression re(QStringLiteral("\\{([^{}|]*)"));
    auto scan = [&](const QString& text) {
        for (auto it = re.globalMatch(text); it.hasNext();) {
            const QString name = it.next().captured(1).trimmed();
            const QString head = name.section(QLatin1Char('.'), 0, 0);
            const QString rest = name.section(QLatin1Char('.'), 1);
            if (!rest.isEmpty() && definition.lookup(head) && !out[head].contains(rest))
                out[head] << rest;
        }
    };
    auto scanRequest = [&](const RequestTemplate& r) {
        scan(r.path);
        for (const auto& [k, v] : r.query)
            scan(v);
        for (const auto& [k, v] : r.formBody)
            scan(v);
        for (const QString& v : r.headers)
            scan(v);
        if (r.jsonBody)
            scan(Templates::text(*r.jsonBody));
    };
    for (const ErasureStep& st : definition.erasure) {
        scanRequest(st.request);
        for (const QString& v : st.headers)
            scan(v);
        if (st.poll)
            scanRequest(st.poll->request);
    }
    return out;
}

QJsonObject ProcessorErasure::project(const QJsonObject& record, const QStringList& paths)
{
    QJsonObject out;
    const std::function<void(QJsonObject&, const QStringList&, const QJsonValue&)> put =
        [&put](QJsonObject& o, const QStringList& parts, const QJsonValue& v) {
            if (parts.size() == 1) {
                o.insert(parts.first(), v);
                return;
            }
            QJsonObject inner = o.value(parts.first()).toObject();
            put(inner, parts.mid(1), v);
            o.insert(parts.first(), inner);
        };
    for (const QString& path : paths) {
        const QJsonValue v = Templates::value(record, path);
        if (v.isUndefined() || path.contains(QLatin1Char('*')))
            continue;
        put(out, path.split(QLatin1Char('.')), v);
    }
    return out;
}

QList<ProcessorErasureResult> ProcessorErasure::run(const QList<Job>& jobs, const QList<Identity>& identities,
                                                    Options options)
{
    if (jobs.isEmpty())
        return {};
    struct Run
    {
        std::shared_ptr<NetworkWait> wait = std::make_shared<NetworkWait>();
        QList<ProcessorErasureResult> out; // written on the network thread before the wait is finished
    };
    auto run = std::make_shared<Run>();
    // The hooks run here, on the calling thread, while the network thread waits for them: the journal is
    // written with this thread's database connection before the call goes out, as the options promise.
    NetworkWait* wait = run->wait.get(); // outlives the erasures: `run` is held until they are deleted
    if (options.checkpoint)
        options.checkpoint = [wait, f = options.checkpoint](const QJsonObject& state) {
            wait->runOnCaller([&] { f(state); });
        };
    if (options.crashPoint)
        options.crashPoint = [wait, f = options.crashPoint](const QString& step, int n, bool answered) {
            bool stop = false;
            wait->runOnCaller([&] { stop = f(step, n, answered); });
            return stop;
        };
    NetworkThread::post([run, jobs, identities, options] {
        QObject* host = NetworkThread::host(run->wait);
        auto* erasures = new QObject(host); // made first, so deleted before the network managers
        auto* networks = new QObject(host); // one pool per connection, as in a search
        auto runs = std::make_shared<QList<ProcessorErasure*>>();
        auto running = std::make_shared<int>(0);
        for (const Job& job : jobs) {
            auto* network = new QNetworkAccessManager(networks);
            auto* e = new ProcessorErasure(job.processor.definition, job.processor.connection,
                                           job.processor.secret, network, options, erasures);
            *runs << e;
            ++*running;
            QObject::connect(e, &ProcessorErasure::finished, host, [run, host, runs, running] {
                if (--*running > 0)
                    return;
                QMetaObject::invokeMethod(
                    host,
                    [run, host, runs] {
                        for (ProcessorErasure* done : std::as_const(*runs))
                            run->out << done->result();
                        host->deleteLater(); // wakes the caller
                    },
                    Qt::QueuedConnection);
            });
        }
        for (int i = 0; i < runs->size(); ++i)
            (*runs)[i]->start(jobs[i].found, identities, jobs[i].state);
    });
    run->wait->wait();
    return run->out;
}

} // namespace lethe
