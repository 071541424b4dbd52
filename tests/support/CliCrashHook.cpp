// Compiled into lethe-cli-crashtest only (app/CMakeLists.txt, with the tests): the shipped lethe-cli neither
// contains nor reads LETHE_TEST_CRASH_AT (tst_cli checks its binary). The crash tests (tst_cli_erase,
// tst_chaos_erase, scripts/chaos-soak) run this build and kill it where the variable says:
//   SEQ:before|after            before or after database batch SEQ commits
//   call:STEP:N:before|after    at the N-th call of a processor's erasure step STEP (or STEP/poll), before it
//                               is sent or after its answer is journalled
// Unset or empty: no hook, and the program behaves as lethe-cli.
// LETHE_TEST_STORE_BATCH, a number, is how many requests `workspace due-keys --store` and `sort-keys --store`
// store per transaction (lethe-cli: 5,000), so a crash test kills many batches of a small workspace.
// It also reads LETHE_ACTOR: who acts, in place of the OS login (WorkspaceOpener::actorOverrideForTests), so
// one test can be two officers and a support lead. The shipped lethe-cli reads neither variable.

#include "CliHooks.h"
#include "WorkspaceOpener.h"

#include <QString>

#include <csignal>

namespace {

void killWhereAsked(lethe::ErasureExecutor::Options& xo)
{
    const QString crash = qEnvironmentVariable("LETHE_TEST_CRASH_AT");
    if (crash.startsWith(QLatin1String("call:"))) {
        const QString step = crash.section(QLatin1Char(':'), 1, 1);
        const int n = crash.section(QLatin1Char(':'), 2, 2).toInt();
        const bool after = crash.section(QLatin1Char(':'), 3) == QLatin1String("after");
        xo.processorOptions.crashPoint = [step, n, after](const QString& s, int call, bool answered) {
            if (s == step && call == n && answered == after)
                std::raise(SIGKILL);
            return false;
        };
    } else if (!crash.isEmpty()) {
        const int at = crash.section(QLatin1Char(':'), 0, 0).toInt();
        const bool after = crash.section(QLatin1Char(':'), 1) == QLatin1String("after");
        xo.crashPoint = [at, after](int seq, bool committed) {
            if (seq == at && committed == after)
                std::raise(SIGKILL);
            return false;
        };
    }
}

[[maybe_unused]] const bool installed = [] {
    lethe::clihooks::erasureOptions = &killWhereAsked;
    if (const int batch = qEnvironmentVariableIntValue("LETHE_TEST_STORE_BATCH"); batch > 0)
        lethe::clihooks::storeBatch = batch;
    lethe::WorkspaceOpener::actorOverrideForTests = [] {
        const QString actor = qEnvironmentVariable("LETHE_ACTOR");
        return actor.isEmpty() ? QStringLiteral("cli-tester") : actor;
    };
    return true;
}();

} // namespace
