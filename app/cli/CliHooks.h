#pragma once

#include "ErasureExecutor.h"

namespace lethe::clihooks {

// A program built from the CLI's sources may adjust the options of every erasure the CLI runs, after the CLI
// has made them and before the run starts. lethe-cli sets no hook. lethe-cli-crashtest, which the tests
// build from the same sources, adds tests/support/CliCrashHook.cpp: its static initialiser installs a hook
// that kills the process at a chosen batch or processor call (ErasureExecutor::Options::crashPoint,
// ProcessorErasureOptions::crashPoint), so the crash tests prove resume on the real CLI.
using ErasureOptionsHook = void (*)(ErasureExecutor::Options& options);
// Constant-initialised (before any static initialiser runs), so installing it from one is safe.
inline ErasureOptionsHook erasureOptions = nullptr;

// The requests `workspace due-keys --store` and `sort-keys --store` store per transaction. lethe-cli keeps
// 5,000; lethe-cli-crashtest reads LETHE_TEST_STORE_BATCH, so a crash test kills many batches of a small
// workspace.
inline int storeBatch = 5000;

} // namespace lethe::clihooks
