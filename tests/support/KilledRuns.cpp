#include "KilledRuns.h"

#include "WorkspaceStore.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>

namespace lethe::test {

KilledRuns runKilledUntilDone(const QString& program, const QString& home, const QStringList& args,
                              const QHash<QString, QString>& extraEnv, const std::function<QString()>& check)
{
    KilledRuns result;
    // A seed of its own, said, so that a failure names the delays it drew.
    const quint32 seed = QRandomGenerator::global()->generate();
    QRandomGenerator random(seed);
    qInfo("runKilledUntilDone: seed %u", seed);
    for (;;) {
        QProcess p;
        p.setProcessEnvironment(cliEnvironment(home, extraEnv));
        p.setReadChannel(QProcess::StandardError);
        QElapsedTimer started;
        started.start();
        p.start(program, args);
        if (!p.waitForStarted(-1)) {
            result.error = QStringLiteral("%1 did not start: %2").arg(program, p.errorString());
            return result;
        }
        QByteArray err;
        while (!err.contains(" stored\n") && p.state() == QProcess::Running) {
            p.waitForReadyRead(-1);
            err += p.readAllStandardError();
        }
        if (p.state() == QProcess::Running) {
            // The kill lands at once in the first run; later anywhere within up to twice the first batch's
            // time (a random point of the program, not a bound on it).
            const qint64 firstBatch = started.elapsed();
            const int delay = result.kills == 0 ? 0 : int(random.bounded(quint32(2 * firstBatch + 1)));
            p.waitForFinished(delay); // ends early only if the run ends by itself
        }
        if (p.state() == QProcess::Running) {
            p.kill(); // SIGKILL
            p.waitForFinished(-1);
            ++result.kills;
            if (const QString wrong = check(); !wrong.isEmpty()) {
                result.error = QStringLiteral("after kill %1: %2").arg(result.kills).arg(wrong);
                return result;
            }
            continue;
        }
        p.waitForFinished(-1);
        result.last.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        result.last.out = p.readAllStandardOutput();
        result.last.err = err + p.readAllStandardError();
        if (result.last.code != 0)
            result.error = QStringLiteral("%1 %2 ended with %3: %4")
                               .arg(program, args.join(QLatin1Char(' ')))
                               .arg(result.last.code)
                               .arg(QString::fromUtf8(result.last.err));
        return result;
    }
}

namespace {

struct Keys
{
    QVariant subject, assignee, due, digest;
};

Result<QHash<qint64, Keys>> readKeys(const ConnectionParams& workspace)
{
    // A connection of its own each time, as a Lethe started after the kill opens one.
    SqlConnection c;
    if (Status s = c.open(workspace); !s)
        return s.error();
    QSqlQuery q(c.db());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, subject_key, assignee_key, due_key, due_digest FROM requests")))
        return makeError(Error::Code::Storage, q.lastError().text());
    QHash<qint64, Keys> keys;
    while (q.next())
        keys.insert(q.value(0).toLongLong(), {q.value(1), q.value(2), q.value(3), q.value(4)});
    return keys;
}

bool sameBytes(const QVariant& a, const QVariant& b)
{
    return a.isNull() == b.isNull() && a.toByteArray() == b.toByteArray();
}

const char* const kOtherDigest = "another lethe";

// What is wrong in `now` against `stored` (the keys Lethe stored as it added the requests): a key that is
// neither missing nor the stored one, a due key that does not belong to its digest, or, when `done`, any key
// missing or stale. `missing` counts the requests without subject and assignee keys, `stale` those whose due
// key is another Lethe's.
QString wrongKeys(const QHash<qint64, Keys>& stored, const QHash<qint64, Keys>& now, bool done, int* missing,
                  int* stale)
{
    if (now.size() != stored.size())
        return QStringLiteral("%1 requests, not %2").arg(now.size()).arg(stored.size());
    *missing = 0;
    *stale = 0;
    for (auto it = stored.cbegin(); it != stored.cend(); ++it) {
        if (!now.contains(it.key()))
            return QStringLiteral("request %1 is gone").arg(it.key());
        const Keys& k = now[it.key()];
        const Keys& want = it.value();
        for (const auto& [name, have, own] : {std::tuple{"subject", k.subject, want.subject},
                                              std::tuple{"assignee", k.assignee, want.assignee}}) {
            if (have.isNull() && !done)
                continue;
            if (!sameBytes(have, own))
                return QStringLiteral("request %1 holds a %2 key that is not its own (%3, not %4)")
                    .arg(it.key())
                    .arg(QLatin1String(name), QString::fromLatin1(have.toByteArray().toHex()),
                         QString::fromLatin1(own.toByteArray().toHex()));
        }
        if (k.subject.isNull() || k.assignee.isNull())
            ++*missing;
        const bool current = k.digest == want.digest && k.due == want.due;
        const bool other = k.digest.toString() == QLatin1String(kOtherDigest) && k.due.toLongLong() == -1;
        if (!current && !(other && !done))
            return QStringLiteral("request %1 holds due key %2 with digest %3 (its own: %4 with %5)")
                .arg(it.key())
                .arg(k.due.toString(), k.digest.toString(), want.due.toString(), want.digest.toString());
        if (other)
            ++*stale;
    }
    return {};
}

} // namespace

QString keyStoresSurviveKills(const ConnectionParams& workspace, const QString& folder, const QString& home,
                              const QString& crashtestCli, const QString& cli, int* kills)
{
    constexpr int kRequests = 2000; // ten batches of 200 for each command (LETHE_TEST_STORE_BATCH)
    *kills = 0;
    {
        auto store = WorkspaceStore::open(workspace, QStringLiteral("cli-tester"));
        if (!store)
            return store.error().message;
        QList<NewRequest> batch;
        // Names and assignees that fold (Müller, ÅSA, σ) and nobody's requests, so the keys differ.
        const QStringList names{QStringLiteral("Zoë Müller"), QStringLiteral("ÅSA Berg"),
                                QStringLiteral("émile"), QStringLiteral("ΣΟΦΙΑ ς")};
        for (int i = 0; i < kRequests; ++i) {
            NewRequest r;
            r.type = i % 3 ? RequestType::Access : RequestType::Erasure;
            r.regulation = i % 2 ? Regulation::Gdpr : Regulation::Ccpa;
            r.received = QDate(2026, 10, 1).addDays(i % 60);
            r.subjectName = QStringLiteral("%1 %2").arg(names[i % names.size()]).arg(i);
            if (i % 4)
                r.assignee = QStringLiteral("Desk%1").arg(i % 7);
            r.identities = {{IdentityKind::Email, QStringLiteral("k%1@example.test").arg(i)}};
            batch << r;
        }
        if (auto added = (*store)->addRequests(batch); !added)
            return added.error().message;
    }
    auto stored = readKeys(workspace);
    if (!stored)
        return stored.error().message;
    for (const Keys& k : std::as_const(*stored))
        if (k.subject.isNull() || k.assignee.isNull() || k.due.isNull() || k.digest.isNull())
            return QStringLiteral("Lethe did not store a request's keys as it added it");
    {
        SqlConnection c;
        if (Status s = c.open(workspace); !s)
            return s.error().message;
        QSqlQuery q(c.db());
        // As a workspace from before migration 15, and as one whose due keys another Lethe computed.
        if (!q.exec(
                QStringLiteral("UPDATE requests SET subject_key = NULL, assignee_key = NULL, due_key = -1, "
                               "due_digest = '%1'")
                    .arg(QLatin1String(kOtherDigest))))
            return q.lastError().text();
    }
    const QStringList w{QStringLiteral("--workspace"), folder};
    int missing = kRequests;
    int stale = kRequests;
    // Each killed run stored at least its first batch (it was killed after saying so), and lost no more than
    // the batch it was in.
    const auto progressed = [&](bool sortKeys) {
        return [&, sortKeys]() -> QString {
            auto now = readKeys(workspace);
            if (!now)
                return now.error().message;
            int m = 0;
            int s = 0;
            if (QString wrong = wrongKeys(*stored, *now, false, &m, &s); !wrong.isEmpty())
                return wrong;
            const int before = sortKeys ? missing : stale;
            const int after = sortKeys ? m : s;
            if (after >= before)
                return QStringLiteral(
                           "%1 keys left to store after a kill, %2 before it: a stored batch was lost")
                    .arg(after)
                    .arg(before);
            missing = m;
            stale = s;
            return {};
        };
    };
    for (const bool sortKeys : {true, false}) {
        const QStringList command{QStringLiteral("workspace"),
                                  sortKeys ? QStringLiteral("sort-keys") : QStringLiteral("due-keys"),
                                  QStringLiteral("--store")};
        KilledRuns runs = runKilledUntilDone(
            crashtestCli, home, command + w,
            {{QStringLiteral("LETHE_TEST_STORE_BATCH"), QStringLiteral("200")}}, progressed(sortKeys));
        *kills += runs.kills;
        if (!runs.error.isEmpty())
            return runs.error;
        if (runs.kills == 0)
            return QStringLiteral("%1 was never killed").arg(command.join(QLatin1Char(' ')));
    }
    auto now = readKeys(workspace);
    if (!now)
        return now.error().message;
    if (QString wrong = wrongKeys(*stored, *now, true, &missing, &stale); !wrong.isEmpty())
        return wrong;
    const CliRun sorted =
        runCli(cli, home, QStringList{QStringLiteral("workspace"), QStringLiteral("sort-keys")} + w);
    if (sorted.code != 0 || sorted.json().object().value(QStringLiteral("missing")).toInt(-1) != 0)
        return QStringLiteral("sort-keys says: %1").arg(QString::fromUtf8(sorted.out + sorted.err));
    const CliRun due =
        runCli(cli, home, QStringList{QStringLiteral("workspace"), QStringLiteral("due-keys")} + w);
    if (due.code != 0 || due.json().object().value(QStringLiteral("stale")).toInt(-1) != 0)
        return QStringLiteral("due-keys says: %1").arg(QString::fromUtf8(due.out + due.err));
    return {};
}

} // namespace lethe::test
