#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for tests, CI and trying the app at scale on one machine:
# Debian's PostgreSQL (./scripts/setup.sh --postgres installs it) run from DIR, listening on
# 127.0.0.1:PORT only, trust auth for the superuser "postgres", no fsync (a crash loses it: tests
# only), max_connections 300 (web and worker processes, pg-boss and parallel test files).
# Safe to run again: an initialised cluster is reused, a running one left alone.
# Prints the server URL on stdout, e.g. postgres://postgres@127.0.0.1:55432/postgres
# Usage: scripts/postgres/start.sh [DIR (default /tmp/sshub-postgres)] [PORT (default 55432)]
# Stop: pg_ctl -D DIR/data stop (as the postgres user when run as root).
set -euo pipefail
dir="${1:-/tmp/sshub-postgres}"
port="${2:-55432}"
url="postgres://postgres@127.0.0.1:${port}/postgres"

bin="$(pg_config --bindir 2>/dev/null || true)"
if [[ ! -x "$bin/initdb" ]]; then
  bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
fi
if [[ ! -x "$bin/initdb" ]]; then
  echo "postgres/start: no PostgreSQL server binaries (initdb); run ./scripts/setup.sh --postgres" >&2
  exit 3
fi

# The server refuses to run as root: as root, run it as the postgres OS user (the apt package makes it).
as_owner() {
  if [[ "$(id -u)" == 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}
mkdir -p "$dir"
if [[ "$(id -u)" == 0 ]]; then chown postgres:postgres "$dir"; fi

if [[ ! -f "$dir/data/PG_VERSION" ]]; then
  as_owner "$bin/initdb" -D "$dir/data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log"
  cat >>"$dir/data/postgresql.conf" <<EOF
# scripts/postgres/start.sh
listen_addresses = '127.0.0.1'
port = ${port}
unix_socket_directories = '${dir}'
max_connections = 300
fsync = off
synchronous_commit = off
full_page_writes = off
timezone = 'UTC'
EOF
fi

if as_owner "$bin/pg_ctl" -D "$dir/data" status >/dev/null 2>&1; then
  echo "postgres/start: already running ($dir)" >&2
else
  as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -o "-p ${port}" -w -t 60 start >&2 || {
    echo "postgres/start: the server did not start; its log:" >&2
    tail -n 20 "$dir/server.log" >&2
    exit 1
  }
fi
echo "$url"
