#!/usr/bin/env bash
# Installs the Debian packages the project needs (idempotent; as root via apt) and builds pgvector from
# Debian's own source package, because bookworm has no binary pgvector for PostgreSQL 15.
set -euo pipefail

PG_BIN=/usr/lib/postgresql/15/bin
PG_CONFIG="$PG_BIN/pg_config"
PGVECTOR_VERSION_WANTED="${PGVECTOR_VERSION_WANTED:-0.8}"
SUDO=""
if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi

log() { echo "[install] $*" >&2; }

have_pkg() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"; }

need=()
# pocketsphinx + pocketsphinx-en-us: offline voice notes; espeak-ng + flite: synthetic voice notes for tests and
# bench (flite is the second engine of the held-out voice set, scripts/bench/voice-heldout-set.ts).
for pkg in postgresql-15 redis-server ffmpeg chromium fonts-dejavu-core pocketsphinx pocketsphinx-en-us espeak-ng flite; do
  have_pkg "$pkg" || need+=("$pkg")
done
# PostgreSQL may be present as bare binaries without the Debian package: that is enough.
if [ -x "$PG_BIN/postgres" ]; then
  need=("${need[@]/postgresql-15}")
fi
apt_updated=0
apt_install() {
  if [ "$apt_updated" = 0 ]; then
    log "apt-get update"
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get update -qq >&2
    apt_updated=1
  fi
  log "apt-get install $*"
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "$@" >&2
}
trimmed=()
for p in "${need[@]}"; do [ -n "$p" ] && trimmed+=("$p"); done
if [ "${#trimmed[@]}" -gt 0 ]; then apt_install "${trimmed[@]}"; fi

ext_dir="$("$PG_CONFIG" --sharedir)/extension"
lib_dir="$("$PG_CONFIG" --pkglibdir)"
if [ -f "$lib_dir/vector.so" ] && grep -q "default_version = '$PGVECTOR_VERSION_WANTED" "$ext_dir/vector.control" 2>/dev/null; then
  exit 0
fi

log "building pgvector from Debian's source package"
for p in postgresql-server-dev-15 make gcc dpkg-dev; do
  have_pkg "$p" || apt_install "$p"
done
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/lists/partial" "$work/src"
cat >"$work/trixie-src.sources" <<SRC
Types: deb-src
URIs: http://deb.debian.org/debian
Suites: trixie
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SRC
apt_opts=(-o "Dir::Etc::SourceList=$work/trixie-src.sources" -o "Dir::Etc::SourceParts=/dev/null" -o "Dir::State::Lists=$work/lists")
$SUDO apt-get "${apt_opts[@]}" update -qq >&2
(cd "$work/src" && apt-get "${apt_opts[@]}" source --download-only pgvector >&2)
tarball="$(ls "$work"/src/pgvector_*.orig.tar.* | head -1)"
tar -xf "$tarball" -C "$work/src"
srcdir="$(find "$work/src" -maxdepth 1 -type d -name 'pgvector-*' | head -1)"
make -s -C "$srcdir" PG_CONFIG="$PG_CONFIG" OPTFLAGS="" >&2
$SUDO make -s -C "$srcdir" install PG_CONFIG="$PG_CONFIG" >&2
log "pgvector installed"
