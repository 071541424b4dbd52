#!/usr/bin/env bash
# The ctest test fuzz_bundle_reader: configures and builds tests/fuzz with clang in its own folder, writes the
# seed corpus, and runs each fuzz target (fuzz_bundle_reader, fuzz_bundle_differential) for its share of a
# fixed time. Fails on any crash, sanitizer report, leak, hang (an input that takes over 10 s), a difference
# between the readers, or over 1 GB of memory (-rss_limit_mb, with AddressSanitizer's overhead counted), and
# fails (never skips) when clang or libFuzzer is missing.
# Usage: run.sh SOURCE_DIR BUILD_DIR [seconds=30]
set -euo pipefail
src=$(cd "${1:?source dir}" && pwd)
out=${2:?build dir for the fuzzer}
mkdir -p "$out"
out=$(cd "$out" && pwd)
seconds=${3:-30}
cxx=${LETHE_FUZZ_CXX:-clang++}

missing() {
  echo "fuzz: $1. Install clang and libclang-rt-14-dev (scripts/setup does, as root)." >&2
  exit 1
}
command -v "$cxx" >/dev/null 2>&1 || missing "$cxx (clang) is not installed"
echo 'extern "C" int LLVMFuzzerTestOneInput(const unsigned char*, unsigned long) { return 0; }' >"$out/probe.cpp"
"$cxx" -fsanitize=fuzzer,address,undefined "$out/probe.cpp" -o "$out/probe" >"$out/probe.log" 2>&1 ||
  { cat "$out/probe.log" >&2; missing "$cxx cannot link a libFuzzer target (libFuzzer or the sanitizer runtimes are missing)"; }

cmake -S "$src/tests/fuzz" -B "$out" -G Ninja -DCMAKE_CXX_COMPILER="$cxx" -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$out" -j 2

rm -rf "$out/seeds" "$out/corpus" "$out"/corpus-* "$out"/crash-* "$out"/timeout-* "$out"/oom-* "$out"/leak-*
"$out/make_fuzz_seeds" "$out/seeds"
# New inputs go to corpus-TARGET/ (first folder), the seeds are read from seeds/. Artifacts (crash-*,
# timeout-*, oom-*) are kept in the build folder for replay: "$out/TARGET" "$out/crash-...".
cd "$out"
targets=(fuzz_bundle_reader fuzz_bundle_differential)
share=$(( (seconds + ${#targets[@]} - 1) / ${#targets[@]} ))
for target in "${targets[@]}"; do
  mkdir -p "corpus-$target"
  echo "fuzz: $target for ${share} s"
  "./$target" -max_total_time="$share" -timeout=10 -rss_limit_mb=1024 -max_len=65536 \
    -dict="$src/tests/fuzz/bundle.dict" -artifact_prefix="$out/" -print_final_stats=1 "corpus-$target" seeds
done
