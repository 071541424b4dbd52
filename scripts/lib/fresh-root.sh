# Shared by scripts/package-check and scripts/readme-check (sourced, not run): making fresh Debian 12 roots
# with mmdebstrap from this machine's apt sources, running commands inside them, and ending what they left.
# Callers define say() and skip() (skip prints the reason and exits 77) and set $work before inroot().

# Fills the array `sources` with this machine's apt source files (deb822 .sources and one-line .list), so a
# root uses the same mirror; skips when there are none or the mirror cannot be reached.
fresh_root_sources() {
  sources=()
  local f
  for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list /etc/apt/sources.list.d/*.sources; do
    [ -f "$f" ] && grep -qE '^[[:space:]]*(deb |URIs:)' "$f" && sources+=("$f")
  done
  [ ${#sources[@]} -gt 0 ] || skip "no apt sources in /etc/apt to make a Debian 12 root from"
  local mirror_host host port
  mirror_host=$(sed -nE 's%^[[:space:]]*(deb[[:space:]]+(\[[^]]*\][[:space:]]+)?|URIs:[[:space:]]*)https?://([^/[:space:]]+).*%\3%p' \
    "${sources[@]}" | head -1)
  if [ -n "$mirror_host" ]; then
    host=${mirror_host%%:*} port=80
    [[ $mirror_host == *:* ]] && port=${mirror_host##*:}
    timeout 10 bash -c "exec 3<>/dev/tcp/$host/$port" 2>/dev/null || skip "the apt mirror $mirror_host cannot be reached"
  fi
  return 0
}

# Skips unless this process can make the private mount namespace inroot() needs: inside a chroot whose / is no
# mount point (scripts/package-check run by scripts/test inside scripts/readme-check's root) unshare cannot
# change the propagation of /.
fresh_root_check_mounts() {
  unshare --mount --propagation private true 2>/dev/null ||
    skip "cannot make a private mount namespace here ($(mountpoint / 2>&1 || true); a chroot, such as scripts/readme-check's root)"
}

# Runs a command chrooted into $1, with a clean environment (PATH, HOME=/root, LANG=C.UTF-8 and whatever
# FRESH_ROOT_ENV holds, e.g. (TERM=dumb)), with /proc, /sys and /dev mounted in a private mount namespace (so
# the mounts are never seen outside and go when the command ends) and, when FRESH_ROOT_APT_CACHE names a
# folder, that download cache bound over the root's apt cache.
inroot() {
  local r=$1
  shift
  unshare --mount --propagation private -- bash -c '
    set -e
    r=$1 cache=$2 nenv=$3
    shift 3
    extra_env=("${@:1:$nenv}")
    shift "$nenv"
    mount -t proc proc "$r/proc"
    mount -t sysfs sysfs "$r/sys"
    mount --rbind /dev "$r/dev"
    [ -z "$cache" ] || mount --bind "$cache" "$r/var/cache/apt/archives"
    exec chroot "$r" /usr/bin/env -i PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
      HOME=/root LANG=C.UTF-8 "${extra_env[@]}" "$@"
  ' inroot "$r" "${FRESH_ROOT_APT_CACHE:-}" "${#FRESH_ROOT_ENV[@]}" "${FRESH_ROOT_ENV[@]}" "$@"
}
FRESH_ROOT_ENV=()

# Ends what is still running inside root $1 (daemons that detached: gnome-keyring-daemon, test servers), by pid.
end_in_root() {
  local r p
  r=$(realpath "$1")
  for p in /proc/[0-9]*; do
    [ "$(readlink "$p/root" 2>/dev/null)" = "$r" ] && kill -KILL "${p#/proc/}" 2>/dev/null
  done
  return 0
}
