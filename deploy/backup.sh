#!/usr/bin/env bash
# Dumps the IKC Regie database to <backup dir>/ikcregie-YYYY-MM-DD_HHMMSS.sql.gz and removes
# dumps older than the retention. Run it daily, e.g. from cron as a user that may read the env file:
#   15 2 * * *  /opt/ikc-regie/backup.sh
#
# Connection settings come from the environment, or from the application's env file
# (IKC_ENV_FILE, default /etc/ikc-regie/env): QUARKUS_DATASOURCE_JDBC_URL
# (jdbc:mariadb://host[:port]/database), QUARKUS_DATASOURCE_USERNAME, QUARKUS_DATASOURCE_PASSWORD.
# IKC_BACKUP_DIR (default /var/backups/ikc-regie) and IKC_BACKUP_RETENTION_DAYS (default 30).
set -euo pipefail
umask 077

env_file=${IKC_ENV_FILE:-/etc/ikc-regie/env}
if [ -r "$env_file" ]; then
  # Read only the keys we need; the file is never executed. Variables already set win.
  while IFS='=' read -r key value; do
    case "$key" in
      QUARKUS_DATASOURCE_JDBC_URL | QUARKUS_DATASOURCE_USERNAME | QUARKUS_DATASOURCE_PASSWORD)
        case "$value" in # a matching pair of quotes around the whole value is not part of it
          \"*\" | \'*\') value=${value:1:${#value}-2} ;;
        esac
        if [ -z "${!key:-}" ]; then
          export "$key=$value"
        fi
        ;;
    esac
  done <"$env_file"
fi

url=${QUARKUS_DATASOURCE_JDBC_URL:?QUARKUS_DATASOURCE_JDBC_URL is not set}
user=${QUARKUS_DATASOURCE_USERNAME:?QUARKUS_DATASOURCE_USERNAME is not set}
password=${QUARKUS_DATASOURCE_PASSWORD:-}
backup_dir=${IKC_BACKUP_DIR:-/var/backups/ikc-regie}
retention_days=${IKC_BACKUP_RETENTION_DAYS:-30}

# jdbc:mariadb://host[:port]/database[?options]
rest=${url#jdbc:mariadb://}
if [ "$rest" = "$url" ]; then
  echo "Unsupported JDBC URL (expected jdbc:mariadb://host:port/database): $url" >&2
  exit 1
fi
hostport=${rest%%/*}
database=${rest#*/}
database=${database%%\?*}
database=${database:-ikcregie}
host=${hostport%%:*}
port=3306
if [ "$hostport" != "$host" ]; then
  port=${hostport#*:}
fi

mkdir -p "$backup_dir"
# The password goes through a private options file, never on the command line.
options=$(mktemp)
trap 'rm -f "$options" "${partial:-}"' EXIT
escaped=${password//\\/\\\\}
escaped=${escaped//\"/\\\"}
printf '[client]\nhost=%s\nport=%s\nuser=%s\npassword="%s"\n' "$host" "$port" "$user" "$escaped" >"$options"

target="$backup_dir/ikcregie-$(date +%F_%H%M%S).sql.gz"
partial="$target.partial"
mariadb-dump --defaults-extra-file="$options" --single-transaction --quick --databases "$database" \
  | gzip -9 >"$partial"
mv "$partial" "$target"
partial=""
echo "Backup written: $target"

find "$backup_dir" -maxdepth 1 -type f -name 'ikcregie-*.sql.gz' -mtime +"$retention_days" -print -delete
