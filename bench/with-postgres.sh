#!/usr/bin/env bash
# Run a command against a throw-away PostgreSQL cluster (trust auth, own port), then remove it.
#   bash bench/with-postgres.sh npm run bench:teachers
set -euo pipefail
PGBIN=$(pg_config --bindir); PGPORT=${PGPORT:-54332}
PGTMP=$(mktemp -d "${TMPDIR:-/tmp}/pgbench.XXXXXX"); chown postgres "$PGTMP"
runuser -u postgres -- "$PGBIN/initdb" -D "$PGTMP/data" -A trust -U postgres --no-sync >/dev/null
runuser -u postgres -- "$PGBIN/pg_ctl" -D "$PGTMP/data" -l "$PGTMP/log" -w start \
  -o "-p $PGPORT -k $PGTMP -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c shared_buffers=512MB -c work_mem=32MB" >/dev/null
trap 'runuser -u postgres -- "$PGBIN/pg_ctl" -D "$PGTMP/data" -m fast stop >/dev/null 2>&1 || true; rm -rf "$PGTMP"' EXIT
runuser -u postgres -- "$PGBIN/createdb" -h 127.0.0.1 -p "$PGPORT" bench
DATABASE_URL="postgres://postgres:postgres@127.0.0.1:$PGPORT/bench" "$@"
