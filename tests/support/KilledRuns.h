#pragma once

#include "SqlConnection.h"
#include "TestSupport.h"

#include <functional>

namespace lethe::test {

// Runs `program args` (as runCli does: HOME and the XDG folders under `home`, `env` added) until a run ends
// by itself. Each run is killed with SIGKILL once it has said on stderr that a batch is stored (a line ending
// " stored"): the first at once, every later one after a random delay of up to twice as long as that run took
// to its first such line, so the kill lands anywhere in a later batch, inside its transaction or between two.
// After each kill, `check` says what the killed run left wrong (empty: nothing).
struct KilledRuns
{
    int kills = 0;
    CliRun last;   // the run that ended by itself
    QString error; // a failed check, or a run that ended otherwise than by the kill or with code 0
};
KilledRuns runKilledUntilDone(const QString& program, const QString& home, const QStringList& args,
                              const QHash<QString, QString>& env, const std::function<QString()>& check);

// The stores of `workspace sort-keys --store` and `workspace due-keys --store` by `crashtestCli` in batches
// of 200, each killed at random points (runKilledUntilDone) on `workspace`, whose folder is `folder`: 2,000
// requests whose subject, assignee and
// due keys are first stored by Lethe as it adds them, then removed or made stale (a due key another Lethe
// computed), then stored again by the killed runs. After every kill each request holds either no key or
// exactly the key Lethe stored when it added it (never another, a half-written one, or a due key beside a
// digest it does not belong to), every batch a killed run said it stored is kept, and at the end each holds
// its own and both commands of `cli` (the shipped lethe-cli) say so. Returns what
// went wrong (empty: nothing) and the kills made in `kills`.
QString keyStoresSurviveKills(const ConnectionParams& workspace, const QString& folder, const QString& home,
                              const QString& crashtestCli, const QString& cli, int* kills);

} // namespace lethe::test
