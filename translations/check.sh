#!/usr/bin/env bash
# Fails when a user-visible string has no German translation, or when the committed .ts files are out of
# date with the sources (a new or changed tr() string). Works on copies; never edits the repository.
set -euo pipefail
root=${1:?repository root}
lupdate=${2:-lupdate}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp "$root/translations/lethe_de.ts" "$root/translations/lethe_en.ts" "$tmp/"
mapfile -t sources < <(find "$root/core" "$root/demo" "$root/ui" "$root/app" -path '*/guard' -prune -o \( -name '*.cpp' -o -name '*.h' \) -print | sort)
# The core modules include each other's headers by name: lupdate needs their folders to resolve the classes.
mapfile -t includes < <(find "$root/core" "$root/demo" "$root/ui" -type d ! -path '*/guard*' -printf '-I%p\n' | sort)
"$lupdate" -silent "${includes[@]}" -locations none -no-obsolete "${sources[@]}" -ts "$tmp/lethe_de.ts" "$tmp/lethe_en.ts"
status=0
if ! cmp -s "$root/translations/lethe_de.ts" "$tmp/lethe_de.ts"; then
  echo "translations/lethe_de.ts is out of date with the sources: run scripts/update-translations" >&2
  diff -u "$root/translations/lethe_de.ts" "$tmp/lethe_de.ts" | head -40 >&2 || true
  status=1
fi
unfinished=$(grep -c 'type="unfinished"' "$tmp/lethe_de.ts" || true)
if [ "$unfinished" != 0 ]; then
  echo "translations/lethe_de.ts: $unfinished messages have no German translation:" >&2
  grep -B3 'type="unfinished"' "$tmp/lethe_de.ts" | grep '<source>' | head -20 >&2
  status=1
fi
# English: every plural (numerus) message needs its singular and plural forms.
numerus_unfinished=$(awk '/<message numerus="yes">/{m=1} m && /type="unfinished"/{c++} /<\/message>/{m=0} END{print c+0}' "$tmp/lethe_en.ts")
if [ "$numerus_unfinished" != 0 ]; then
  echo "translations/lethe_en.ts: $numerus_unfinished plural messages lack their English forms" >&2
  status=1
fi
total=$(grep -c '<message' "$tmp/lethe_de.ts" || true)
echo "translations: $total messages, German complete: $([ $status = 0 ] && echo yes || echo no)"
exit $status
