#!/usr/bin/env bash
# Validates the Linux desktop-integration files offline: the .desktop entry, the AppStream
# metainfo, the shared-mime-info package and the scalable icon, and checks that they agree
# with each other (ids, icon name, MIME type). Prints one line per file; exits non-zero on
# the first failure, with the tool's full output.
#
# Usage: packaging/validate.sh [REPO_ROOT]   (default: the directory above packaging/)
# Needs (Debian): desktop-file-utils appstream libxml2-utils shared-mime-info
set -euo pipefail

root=${1:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)}
root=$(cd "$root" && pwd)
app_id=org.lethe.Lethe
desktop=packaging/linux/$app_id.desktop
metainfo=packaging/linux/$app_id.metainfo.xml
mimexml=packaging/linux/$app_id.mime.xml
icon=resources/icons/$app_id.svg

fail() {
  echo "FAIL $*" >&2
  exit 1
}

# Fails with the tool's output if the command fails.
run_or_fail() {
  local what=$1
  shift
  local out
  if ! out=$("$@" 2>&1); then
    printf '%s\n' "$out" >&2
    fail "$what"
  fi
  printf '%s' "$out"
}

need() {
  command -v "$1" >/dev/null 2>&1 ||
    fail "validate.sh needs '$1', which is not installed: apt-get install -y --no-install-recommends $2"
}
need desktop-file-validate desktop-file-utils
need appstreamcli appstream
need xmllint libxml2-utils
need update-mime-database shared-mime-info

cd "$root"
for f in "$desktop" "$metainfo" "$mimexml" "$icon"; do
  [ -f "$f" ] || fail "$f: file is missing (repo root: $root)"
done

tmp=$(mktemp -d "${TMPDIR:-/tmp}/lethe-pkgcheck.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

# Value of KEY in the [Desktop Entry] group (untranslated).
desktop_key() {
  sed -n '/^\[Desktop Entry\]/,/^\[/{s/^'"$1"'=//p}' "$desktop" | head -1
}

# --- .desktop ---------------------------------------------------------------------------------
# desktop-file-validate exits 0 on warnings, so any "error:" or "warning:" line fails; hints pass.
out=$(run_or_fail "$desktop: desktop-file-validate" desktop-file-validate "$desktop")
if grep -qE ': (error|warning):' <<<"$out"; then
  printf '%s\n' "$out" >&2
  fail "$desktop: desktop-file-validate reported errors or warnings"
fi
[ "$(desktop_key Icon)" = "$app_id" ] || fail "$desktop: Icon= must be $app_id (the icon file's name)"
mime_type=$(desktop_key MimeType)
mime_type=${mime_type%;}
[ -n "$mime_type" ] || fail "$desktop: no MimeType="
echo "ok   $desktop (desktop-file-validate)"

# --- AppStream metainfo -----------------------------------------------------------------------
# Errors and warnings fail (exit code); infos and pedantic hints do not.
run_or_fail "$metainfo: appstreamcli validate --no-net" appstreamcli validate --no-net "$metainfo" >/dev/null
# Installed layout: the launchable desktop-id must resolve to the .desktop file next to it.
mkdir -p "$tmp/tree/usr/share/applications" "$tmp/tree/usr/share/metainfo"
cp "$desktop" "$tmp/tree/usr/share/applications/"
cp "$metainfo" "$tmp/tree/usr/share/metainfo/"
run_or_fail "$metainfo: appstreamcli validate-tree --no-net" \
  appstreamcli validate-tree --no-net "$tmp/tree" >/dev/null
[ "$(xmllint --xpath 'string(/component/id)' "$metainfo")" = "$app_id" ] ||
  fail "$metainfo: <id> must be $app_id"
echo "ok   $metainfo (appstreamcli validate --no-net, validate-tree)"

# --- shared-mime-info package -----------------------------------------------------------------
run_or_fail "$mimexml: xmllint" xmllint --noout "$mimexml" >/dev/null
# Compile it into a private database: update-mime-database exits 0 even on errors, so any
# output at all is a failure. XDG_DATA_DIRS points at the private tree to silence its
# "not in the search path" note.
mkdir -p "$tmp/data/mime/packages"
cp "$mimexml" "$tmp/data/mime/packages/$app_id.xml"
out=$(run_or_fail "$mimexml: update-mime-database" \
  env XDG_DATA_DIRS="$tmp/data" XDG_DATA_HOME="$tmp/data" update-mime-database "$tmp/data/mime")
if [ -n "$out" ]; then
  printf '%s\n' "$out" >&2
  fail "$mimexml: update-mime-database reported problems"
fi
for glob in '*.lethe.zip' '*.lethe.zip.age'; do
  grep -qxF "60:$mime_type:$glob" "$tmp/data/mime/globs2" ||
    fail "$mimexml: compiled database lacks '$glob' -> $mime_type with weight 60 (see $desktop MimeType=)"
done
echo "ok   $mimexml (xmllint, update-mime-database)"

# --- icon -------------------------------------------------------------------------------------
run_or_fail "$icon: xmllint" xmllint --noout "$icon" >/dev/null
[ "$(xmllint --xpath 'string(/*[local-name()="svg"]/@viewBox)' "$icon")" = "0 0 128 128" ] ||
  fail "$icon: viewBox must be '0 0 128 128'"
if grep -qE '(xlink:)?href="[^#]' "$icon"; then
  fail "$icon: must not reference external files or URLs"
fi
echo "ok   $icon (xmllint, self-contained)"
