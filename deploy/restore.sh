#!/usr/bin/env bash
# Restores a dump made by backup.sh:
#   restore.sh [--force] /var/backups/ikc-regie/ikcregie-YYYY-MM-DD_HHMMSS.sql.gz
#
# Stop EVERY instance of the application first, restore, then start ONE instance: at its start the
# Liquibase migrations bring the schema of an older dump up to the running version. Start the
# other instances when that one is ready.
#
# The dump goes into the database of the same settings as backup.sh uses (QUARKUS_DATASOURCE_*,
# from the environment or the env file IKC_ENV_FILE, default /etc/ikc-regie/env), or into
# IKC_RESTORE_DATABASE (created when missing; its user needs the right to create it), for example
# to look at an old state beside the live database. MARIADB names the client program (default
# mariadb from PATH).
#
# Before it changes anything it checks the dump against its .sha256 file, that the dump is
# complete and that the server accepts its largest statement. It refuses a target database that
# holds tables or other objects unless --force is given; --force first drops everything in it.
#
# Output: one line per step on stdout, one line on stderr when it fails. Exit codes:
#   0  restored
#   1  usage or configuration: settings, client program, connection, server's max_allowed_packet
#   2  the dump is missing, damaged or incomplete, or has no checksum file; nothing was changed
#   3  the target database is not empty and --force was not given; nothing was changed
#   4  the restore failed part-way: the target database is partly restored; fix the cause and
#      run again with --force
set -euo pipefail
umask 077
script_name="ikc-regie restore"
# shellcheck source-path=SCRIPTDIR source=db-client.sh
. "$(dirname "${BASH_SOURCE[0]}")/db-client.sh"

usage="usage: restore.sh [--force] <ikcregie-YYYY-MM-DD_HHMMSS.sql.gz>"
force=false
dump=
for arg in "$@"; do
  case "$arg" in
    --force) force=true ;;
    -h | --help)
      echo "$usage"
      exit 0
      ;;
    -*) fail 1 "unknown option $arg; $usage" ;;
    *)
      [ -z "$dump" ] || fail 1 "more than one dump given; $usage"
      dump=$arg
      ;;
  esac
done
[ -n "$dump" ] || fail 1 "$usage"

read_settings
target_db=${IKC_RESTORE_DATABASE:-$database}
[[ $target_db =~ ^[A-Za-z0-9_]+$ ]] ||
  fail 1 "IKC_RESTORE_DATABASE may hold only letters, digits and _: $target_db"
client=${MARIADB:-mariadb}
require_program "$client" MARIADB

# 1. The file is the one backup.sh wrote, and complete.
[[ -f $dump && -r $dump ]] || fail 2 "cannot read the dump $dump"
[ -r "$dump.sha256" ] || fail 2 "no checksum file $dump.sha256 beside the dump, so it cannot be verified (copy the dump together with its .sha256 file)"
read -r expected _ <"$dump.sha256" || true
[[ ${expected:-} =~ ^[0-9a-f]{64}$ ]] || fail 2 "$dump.sha256 holds no sha256 checksum"
actual=$(sha256sum <"$dump")
actual=${actual%% *}
[ "$actual" = "$expected" ] ||
  fail 2 "checksum mismatch: $dump is damaged or was changed after the backup (expected $expected, found $actual)"
# One pass over the SQL: the longest statement (mariadb-dump puts every row on a line of its own
# and ends a statement with ";"), whether it selects a database itself (dumps of an older
# backup.sh did), and the trailer of a finished dump.
if ! scan=$(gzip -dc "$dump" 2>"$tmp_dir/errors" | LC_ALL=C awk '
    { statement += length($0) + 1 }
    /;$/ { if (statement > longest) longest = statement; statement = 0 }
    /^USE / || /^CREATE DATABASE/ { selects = 1 }
    $0 != "" { last = $0 }
    END { printf "%d %d %d\n", longest, selects, (last ~ /^-- Dump completed/) }'); then
  fail 2 "$dump cannot be unpacked: $(last_error "$tmp_dir/errors")"
fi
read -r longest selects_database completed <<<"$scan"
[ "$completed" = 1 ] || fail 2 "$dump is incomplete: it does not end with mariadb-dump's \"Dump completed\" line"
[ "$selects_database" = 0 ] ||
  fail 2 "$dump selects its database itself (an older backup.sh made it with --databases): restore it by hand into an empty server, gunzip -c $dump | mariadb -h <host> -u root -p"

write_client_options
echo "$script_name: restoring $dump into database $target_db on $host:$port; every instance of the application must be stopped"

# Runs the client (SQL from -e or stdin); prints results as bare tab-separated values. The
# database name is only letters, digits and _ (checked above), so it is safe inside `` and ''.
sql() {
  "$client" --defaults-extra-file="$client_options" --default-character-set=utf8mb4 \
    --batch --skip-column-names --raw "$@" 2>"$tmp_dir/errors"
}

# 2. The server takes the dump's largest statement (hex-encoded attachments are twice their size).
server=$(sql -e 'SELECT @@GLOBAL.max_allowed_packet, @@GLOBAL.event_scheduler') ||
  fail 1 "cannot connect to $host:$port as $user: $(last_error "$tmp_dir/errors")"
read -r packet scheduler <<<"$server"
if [ $((longest + 1024)) -gt "$packet" ]; then
  fail 1 "the dump holds a statement of $longest bytes, more than the server's max_allowed_packet of $packet: set max_allowed_packet=64M (or more) in the server's configuration"
fi

# 3. The target database exists and is empty, or --force empties it.
exists=$(sql -e "SELECT COUNT(*) FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = '$target_db'") ||
  fail 1 "cannot read the databases on $host:$port: $(last_error "$tmp_dir/errors")"
if [ "$exists" = 0 ]; then
  sql -e "CREATE DATABASE \`$target_db\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci" ||
    fail 1 "cannot create database $target_db: $(last_error "$tmp_dir/errors")"
  echo "$script_name: created database $target_db"
fi
# Events only where the event scheduler is not DISABLED: there the server refuses to list them.
events_sql=
if [ "$scheduler" != DISABLED ]; then
  events_sql="UNION ALL
  SELECT CONCAT('DROP EVENT IF EXISTS \`', REPLACE(EVENT_NAME, '\`', '\`\`'), '\`;')
    FROM information_schema.EVENTS WHERE EVENT_SCHEMA = '$target_db'"
fi
drops=$(sql -e "
  SELECT CONCAT('DROP ', CASE TABLE_TYPE WHEN 'VIEW' THEN 'VIEW' WHEN 'SEQUENCE' THEN 'SEQUENCE' ELSE 'TABLE' END,
                ' IF EXISTS \`', REPLACE(TABLE_NAME, '\`', '\`\`'), '\`;')
    FROM information_schema.TABLES WHERE TABLE_SCHEMA = '$target_db'
  UNION ALL
  SELECT CONCAT('DROP ', ROUTINE_TYPE, ' IF EXISTS \`', REPLACE(ROUTINE_NAME, '\`', '\`\`'), '\`;')
    FROM information_schema.ROUTINES WHERE ROUTINE_SCHEMA = '$target_db'
  $events_sql") ||
  fail 1 "cannot list the tables of $target_db: $(last_error "$tmp_dir/errors")"
if [ -n "$drops" ]; then
  objects=$(printf '%s\n' "$drops" | wc -l)
  if [ "$force" != true ]; then
    fail 3 "database $target_db on $host:$port is not empty ($objects tables or other objects); nothing was changed. Restore into another database (IKC_RESTORE_DATABASE=...) or, with every instance of the application stopped, run again with --force to replace all of it"
  fi
  printf 'SET FOREIGN_KEY_CHECKS = 0;\n%s\n' "$drops" | sql "$target_db" ||
    fail 4 "emptying database $target_db failed: $(last_error "$tmp_dir/errors")"
  echo "$script_name: --force: dropped $objects tables and other objects from $target_db"
fi

# 4. The dump itself; the client stops at the first error. The triggers that keep the audit trail
# append-only are created by the restoring account (their DEFINER in the dump names the account that
# ran the migrations, which only an account with SET USER may name).
if ! gzip -dc "$dump" | LC_ALL=C sed -E 's#/\*!50017 DEFINER=`[^`]*`@`[^`]*`\*/ ##' |
  sql --binary-mode --max-allowed-packet=1G "$target_db"; then
  fail 4 "restore into $target_db failed, the database is partly restored: $(last_error "$tmp_dir/errors"); fix the cause and run again with --force"
fi
# A dump taken while an instance was migrating holds Liquibase's lock; nothing migrates now.
sql -e "UPDATE DATABASECHANGELOGLOCK SET LOCKED = 0, LOCKGRANTED = NULL, LOCKEDBY = NULL WHERE LOCKED <> 0" "$target_db" ||
  true
tables=$(sql -e "SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = '$target_db'") || tables="?"
echo "$script_name: OK $dump restored into database $target_db ($tables tables); now start ONE instance of the application, its migrations bring the schema up to its version"
