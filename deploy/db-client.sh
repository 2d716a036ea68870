# shellcheck shell=bash
# Shared by backup.sh and restore.sh (sourced, not run): reads the connection settings and writes
# them to a private options file for the MariaDB client programs, so that the password never
# appears on a command line (ps) or in the environment of the client.
#
# The caller sets script_name and has set -euo pipefail and umask 077. After read_settings:
# host, port, user, password, database (from QUARKUS_DATASOURCE_JDBC_URL). After
# write_client_options: client_options, the file to pass as --defaults-extra-file (it must be the
# first option). tmp_dir is removed at exit, with every path in cleanup_files.

# One line on stderr for cron and monitoring, then the exit code the script documents.
fail() {
  local code=$1
  shift
  printf '%s: FAILED: %s\n' "${script_name:-ikc-regie}" "$*" >&2
  exit "$code"
}

# The last non-empty line a client program wrote to stderr, for the one-line failure message.
last_error() {
  local line
  line=$(grep -v '^[[:space:]]*$' "$1" | tail -n 1 || true)
  printf '%s' "${line:-no error message}"
}

tmp_dir=$(mktemp -d)
cleanup_files=()
trap 'rm -rf -- "$tmp_dir" ${cleanup_files[@]+"${cleanup_files[@]}"}' EXIT
# A stop (systemd, Kubernetes, Ctrl-C) ends through the EXIT trap as well.
trap 'exit 129' HUP
trap 'exit 130' INT
trap 'exit 143' TERM

read_settings() {
  local env_file=${IKC_ENV_FILE:-/etc/ikc-regie/env} line key value
  if [ -r "$env_file" ]; then
    # Read only the keys we need; the file is never executed. Variables already set win.
    while IFS= read -r line || [ -n "$line" ]; do
      line=${line%$'\r'}
      key=${line%%=*}
      value=${line#*=}
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

  local url=${QUARKUS_DATASOURCE_JDBC_URL:-}
  user=${QUARKUS_DATASOURCE_USERNAME:-}
  password=${QUARKUS_DATASOURCE_PASSWORD:-}
  # The clients get the password from the options file; children need not inherit it.
  export -n QUARKUS_DATASOURCE_PASSWORD
  [ -n "$url" ] || fail 1 "QUARKUS_DATASOURCE_JDBC_URL is not set (environment or $env_file)"
  [ -n "$user" ] || fail 1 "QUARKUS_DATASOURCE_USERNAME is not set (environment or $env_file)"

  # jdbc:mariadb://host[:port]/database[?options]; with a failover mode
  # (jdbc:mariadb:sequential://host1,host2/...) the first host, as every node holds all data.
  local rest hosts first
  case "$url" in
    jdbc:mariadb:*//* | jdbc:mysql://*) rest=${url#*//} ;;
    *) fail 1 "unsupported JDBC URL (expected jdbc:mariadb://host:port/database): $url" ;;
  esac
  hosts=${rest%%/*}
  first=${hosts%%,*}
  case "$rest" in
    */*) database=${rest#*/} ;;
    *) database= ;;
  esac
  database=${database%%\?*}
  case "$first" in
    \[*\]*) # [IPv6 address]:port
      host=${first%%]*}
      host=${host#[}
      port=${first#*]}
      port=${port#:}
      ;;
    *:*)
      host=${first%%:*}
      port=${first#*:}
      ;;
    *)
      host=$first
      port=
      ;;
  esac
  port=${port:-3306}
  [[ -n $host && $host != *[\(\)=]* ]] || fail 1 "unsupported JDBC URL (expected jdbc:mariadb://host:port/database): $url"
  [[ $port =~ ^[0-9]+$ ]] || fail 1 "the port in the JDBC URL is not a number: $url"
  [[ $database =~ ^[A-Za-z0-9_]+$ ]] || fail 1 "the JDBC URL names no database, or one with other characters than letters, digits and _: $url"
}

write_client_options() {
  client_options=$tmp_dir/client.cnf
  local escaped=${password//\\/\\\\}
  escaped=${escaped//\"/\\\"}
  escaped=${escaped//$'\n'/\\n}
  {
    printf '[client]\nhost=%s\nport=%s\nuser=%s\n' "$host" "$port" "$user"
    # TCP like the JDBC driver, also for "localhost" (where the client would otherwise use a socket)
    printf 'protocol=TCP\n'
    if [ -n "$password" ]; then
      printf 'password="%s"\n' "$escaped"
    fi
  } >"$client_options"
  chmod 600 "$client_options"
}

# Fails with code 1 unless the client program (name on PATH or a path) can be run.
require_program() {
  command -v "$1" >/dev/null 2>&1 || fail 1 "$1 not found: install the MariaDB client (apt-get install mariadb-client) or set $2"
}
