#!/usr/bin/env bash
# Dumps the IKC Regie database to <backup dir>/ikcregie-YYYY-MM-DD_HHMMSS.sql.gz with its sha256
# checksum beside it (<dump>.sha256), then removes dumps older than the retention. Restore a dump
# with restore.sh. Run it daily: ikc-regie-backup.timer (systemd), k8s/backup-cronjob.yaml, or cron
#   15 2 * * *  /opt/ikc-regie/backup.sh
#
# Settings come from the environment; the three datasource settings also from the application's
# env file (IKC_ENV_FILE, default /etc/ikc-regie/env), where the environment wins:
#   QUARKUS_DATASOURCE_JDBC_URL    jdbc:mariadb://host[:port]/database
#   QUARKUS_DATASOURCE_USERNAME    QUARKUS_DATASOURCE_PASSWORD
#   IKC_BACKUP_DIR                 where the dumps go (default /var/backups/ikc-regie)
#   IKC_BACKUP_RETENTION_DAYS      dumps older than this are removed (default 30), only after a
#                                  successful dump and never the one just made
#   MARIADB_DUMP, MARIADB          the client programs (default mariadb-dump and mariadb from PATH)
#
# The dump is consistent without locking the application out (--single-transaction; all tables
# are InnoDB) and holds no CREATE DATABASE or USE, so it can be restored into any database.
# It is written under a hidden temporary name and renamed when complete: a dump that failed never
# looks like a backup. Files are readable by the owner only: they contain personal data.
# Events are left out only on a server whose event scheduler is DISABLED, where mariadb-dump cannot
# read them (and they cannot run); IKC Regie itself defines no events.
#
# Output: one line on stdout when it worked, one line on stderr when it did not. Exit codes:
#   0  dump and checksum written (old dumps removed)
#   1  configuration: settings missing or wrong, a client program not found, backup dir not writable
#   2  the dump failed (database unreachable, access denied, disk full); nothing new was kept
#   3  the dump was written, but removing old dumps failed
set -euo pipefail
umask 077
script_name="ikc-regie backup"
# shellcheck source-path=SCRIPTDIR source=db-client.sh
. "$(dirname "${BASH_SOURCE[0]}")/db-client.sh"

read_settings
backup_dir=${IKC_BACKUP_DIR:-/var/backups/ikc-regie}
retention_days=${IKC_BACKUP_RETENTION_DAYS:-30}
dump_program=${MARIADB_DUMP:-mariadb-dump}
client_program=${MARIADB:-mariadb}
[[ $retention_days =~ ^[1-9][0-9]*$ ]] ||
  fail 1 "IKC_BACKUP_RETENTION_DAYS must be a whole number of days, 1 or more: $retention_days"
require_program "$dump_program" MARIADB_DUMP
require_program "$client_program" MARIADB
if ! mkdir -p "$backup_dir" 2>/dev/null || [ ! -w "$backup_dir" ]; then
  fail 1 "cannot write to the backup directory $backup_dir (IKC_BACKUP_DIR)"
fi
write_client_options

file=ikcregie-$(date +%F_%H%M%S).sql.gz
target=$backup_dir/$file
partial=$backup_dir/.$file.partial
partial_sum=$backup_dir/.$file.sha256.partial
cleanup_files+=("$partial" "$partial_sum")
errors=$tmp_dir/errors

if ! scheduler=$("$client_program" --defaults-extra-file="$client_options" --batch --skip-column-names \
  -e 'SELECT @@GLOBAL.event_scheduler' "$database" 2>"$errors"); then
  fail 2 "cannot connect to database $database on $host:$port as $user: $(last_error "$errors")"
fi
events=--events
note=
if [ "$scheduler" = DISABLED ]; then
  events=--skip-events
  note="; events left out: the server's event scheduler is DISABLED"
fi

# With pipefail a failing mariadb-dump (or gzip, or a full disk under tee) fails the whole pipe;
# the checksum is taken from the same bytes as they are written.
if ! sum=$("$dump_program" --defaults-extra-file="$client_options" \
  --default-character-set=utf8mb4 --max-allowed-packet=1G \
  --single-transaction --quick --routines --triggers "$events" --hex-blob \
  "$database" 2>"$errors" | gzip -9 | tee "$partial" | sha256sum); then
  fail 2 "dump of database $database on $host:$port failed: $(last_error "$errors")"
fi
printf '%s  %s\n' "${sum%% *}" "$file" >"$partial_sum"
# The checksum first: a dump under its final name always has its checksum beside it.
mv -f "$partial_sum" "$target.sha256"
mv -f "$partial" "$target"
if [ -s "$errors" ]; then # warnings of a dump that worked, for the log
  sed "s/^/$script_name: /" "$errors" >&2
fi

removed=$tmp_dir/removed
if ! find "$backup_dir" -maxdepth 1 -type f \
  \( -name 'ikcregie-*.sql.gz' -o -name 'ikcregie-*.sql.gz.sha256' -o -name '.ikcregie-*.partial' \) \
  ! -name "$file" ! -name "$file.sha256" -mmin +"$((retention_days * 24 * 60))" \
  -print -delete >"$removed" 2>"$errors"; then
  fail 3 "dump written to $target, but removing dumps older than $retention_days days failed: $(last_error "$errors")"
fi
echo "$script_name: OK $target ($(stat -c %s "$target") bytes); $(grep -c '\.sql\.gz$' "$removed" || true) dump(s) older than $retention_days days removed$note"
