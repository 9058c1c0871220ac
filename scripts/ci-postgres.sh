#!/usr/bin/env bash
# Starts a throwaway PostgreSQL 15 on 127.0.0.1:5433 (if none answers there), creates database readout_test,
# and prints its URL on stdout: export TEST_DATABASE_URL=$(scripts/ci-postgres.sh)
# Idempotent. Needs root (or the postgres user) the first time, to create the data directory. Messages go to stderr.
set -euo pipefail
PORT="${PGPORT_TEST:-5433}"
DATA="${PGDATA_TEST:-/tmp/readout-pgdata}"
DB=readout_test
BIN=""
for d in /usr/lib/postgresql/*/bin; do [ -x "$d/pg_ctl" ] && BIN="$d"; done
if [ -z "$BIN" ]; then
  if command -v apt-get >/dev/null 2>&1; then
    echo "ci-postgres: installing postgresql" >&2
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql-15 || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql) >&2
    for d in /usr/lib/postgresql/*/bin; do [ -x "$d/pg_ctl" ] && BIN="$d"; done
  fi
  [ -n "$BIN" ] || { echo "ci-postgres: no PostgreSQL found (looked in /usr/lib/postgresql/*/bin)" >&2; exit 1; }
fi

as_pg() { if [ "$(id -u)" = 0 ]; then su postgres -s /bin/bash -c "$1"; else bash -c "$1"; fi; }

if ! "$BIN/pg_isready" -q -h 127.0.0.1 -p "$PORT"; then
  if [ ! -f "$DATA/PG_VERSION" ]; then
    mkdir -p "$DATA"
    [ "$(id -u)" = 0 ] && chown postgres "$DATA"
    as_pg "'$BIN/initdb' -D '$DATA' -U postgres --auth=trust >/dev/null" >&2
  fi
  as_pg "'$BIN/pg_ctl' -D '$DATA' -o '-p $PORT -k /tmp -c listen_addresses=127.0.0.1' -l '$DATA/server.log' -w start" >&2
fi
for _ in $(seq 1 30); do "$BIN/pg_isready" -q -h 127.0.0.1 -p "$PORT" && break; sleep 1; done
if ! "$BIN/psql" -h 127.0.0.1 -p "$PORT" -U postgres -tAc "select 1 from pg_database where datname='$DB'" | grep -q 1; then
  "$BIN/psql" -h 127.0.0.1 -p "$PORT" -U postgres -qc "create database $DB" >&2
fi
echo "postgres://postgres@127.0.0.1:$PORT/$DB"
