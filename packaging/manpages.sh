#!/usr/bin/env bash
# Writes the manual pages lethe.1.gz and lethe-cli.1.gz from the programs' own --help, so they cannot drift
# from what the programs say. lethe's page comes from help2man (its --help is QCommandLineParser's option
# list); lethe-cli's --help is a list of commands, which help2man would run together into one paragraph, so
# its page is assembled here: the usage lines as a no-fill block, the exit codes as their own section.
# Called by the build (packaging/CPackConfig.cmake); runs the programs in English, offscreen, with a
# throwaway home so nothing is written outside OUTDIR. The pages are dated by SOURCE_DATE_EPOCH when set,
# else by the newest entry of CHANGELOG (so the same sources make the same pages), else today.
#
# Usage: packaging/manpages.sh LETHE LETHE_CLI VERSION OUTDIR [CHANGELOG]
# Needs (Debian): help2man
set -euo pipefail

lethe=$1 cli=$2 version=$3 out=$4 changelog=${5:-}
mkdir -p "$out"
tmp=$(mktemp -d "${TMPDIR:-/tmp}/lethe-man.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
export HOME="$tmp/home" XDG_DATA_HOME="$tmp/home/data" XDG_CONFIG_HOME="$tmp/home/config"
export XDG_CACHE_HOME="$tmp/home/cache" XDG_RUNTIME_DIR="$tmp/run" QT_QPA_PLATFORM=offscreen
export LANG=C.UTF-8 LC_ALL=C.UTF-8 LANGUAGE=
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
if [ -z "${SOURCE_DATE_EPOCH:-}" ] && [ -n "$changelog" ]; then
  SOURCE_DATE_EPOCH=$(date -u -d "$(sed -n 's/^ -- .*>  //p' "$changelog" | head -1)" +%s)
fi
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-$(date +%s)} # help2man reads it too
date=$(date -u -d "@$SOURCE_DATE_EPOCH" '+%B %Y')

# Both programs are run by name from a folder of their own, so the usage line says "lethe", not a build path.
mkdir -p "$tmp/bin"
ln -s "$(realpath "$lethe")" "$tmp/bin/lethe"
ln -s "$(realpath "$cli")" "$tmp/bin/lethe-cli"
export PATH="$tmp/bin:$PATH"

# --- lethe ---------------------------------------------------------------------------------------
cat >"$tmp/lethe.h2m" <<'EOF'
[DESCRIPTION]
.B lethe
is the desktop console for the people who answer data-subject requests under the GDPR, the UK GDPR and
the CCPA: the request queue with every legal deadline in view, a preview of the personal data held about a
subject across product databases and processors, signed export bundles, erasure with confirmation and
retention rules, and a hash-chained audit log.
.PP
Given a bundle file, it opens only the bundle viewer, with no workspace; this is how the desktop file opens
.I *.lethe.zip
and
.I *.lethe.zip.age
files.
[ENVIRONMENT]
.TP
.B QT_QPA_PLATFORM
The Qt platform plugin, for example
.B offscreen
to run without a display.
[FILES]
.TP
.I ~/.local/share/lethe/
Workspaces and logs (under
.B XDG_DATA_HOME
when set). Passwords and signing keys are kept in the desktop keychain (Secret Service or KWallet).
[SEE ALSO]
.BR lethe-cli (1)
EOF
help2man --no-info --no-discard-stderr --version-string="$version" \
  --name="privacy request console for data-subject requests" --include="$tmp/lethe.h2m" \
  --output="$tmp/lethe.1" lethe
grep -q "$tmp" "$tmp/lethe.1" && { echo "manpages.sh: lethe.1 names the build folder" >&2; exit 1; }

# --- lethe-cli -----------------------------------------------------------------------------------
help=$(lethe-cli --help)
# roff escapes: backslashes first, then hyphens (so they print as ASCII minus), then a leading dot or quote.
roff() { sed -e 's/\\/\\e/g' -e 's/-/\\-/g' -e "s/^\\([.']\\)/\\\\\\&\\1/"; }
usage=$(sed -n 's/^Usage: lethe-cli //p' <<<"$help")
commands=$(sed -n '/^Commands:/,/^$/{/^Commands:/d;/^$/d;p}' <<<"$help" | sed 's/^  //')
notes=$(sed -n '/^Commands:/,$p' <<<"$help" | sed '1,/^$/d')
[ -n "$usage" ] && [ -n "$commands" ] && [ -n "$notes" ] ||
  { echo "manpages.sh: lethe-cli --help no longer has the Usage/Commands/notes layout" >&2; exit 1; }
{
  echo ".TH LETHE-CLI 1 \"$date\" \"lethe-cli $version\" \"User Commands\""
  echo ".SH NAME"
  echo "lethe-cli \\- command-line tool for data-subject requests"
  echo ".SH SYNOPSIS"
  echo ".B lethe-cli"
  roff <<<"$usage"
  echo ".SH DESCRIPTION"
  echo ".B lethe-cli"
  echo "works on the same workspaces as"
  echo ".BR lethe (1):"
  echo "requests and their deadlines, the audit log, data maps and processor connections, previews, export"
  echo "bundles, erasure, and the demo workspace. Every command takes"
  echo ".B \\-\\-help"
  echo "and most take"
  echo ".B \\-\\-json"
  echo "for machine-readable output. The workspace is the one named by"
  echo ".B \\-\\-workspace"
  echo "or"
  echo ".BR LETHE_WORKSPACE ."
  echo ".SH COMMANDS"
  echo ".nf"
  roff <<<"$commands"
  echo ".fi"
  echo ".SH NOTES"
  while IFS= read -r line; do
    [ -n "$line" ] || continue
    echo ".PP"
    roff <<<"$line"
  done <<<"$notes"
  echo ".SH SEE ALSO"
  echo ".BR lethe (1)"
} >"$tmp/lethe-cli.1"

for page in lethe lethe-cli; do
  gzip -9n <"$tmp/$page.1" >"$out/$page.1.gz"
done
