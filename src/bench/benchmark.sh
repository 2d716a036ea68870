#!/usr/bin/env bash
# The IKC Regie benchmark: national-scale data, the packaged application against an external
# MariaDB, start-up time and memory, then wrk against the pages and documents that grow with the
# country, each beside a bare yardstick endpoint measured in the same run, and one API call with HTTP Basic
# against the same call with a session (also while one address floods wrong passwords). Not a test: it reports.
#
#   src/bench/benchmark.sh            # everything; the result lands in target/bench/result-<time>.md/.json
#
# Settings (environment):
#   IKC_BENCH_DIR          work directory (default target/bench); the MariaDB data stays there between runs
#   IKC_BENCH_SCALE        size of the data set (default 1.0 = 7,000 IKCs, ~60,000 applications)
#   IKC_BENCH_SEED         seed of the data generator (default 20261124)
#   IKC_BENCH_DURATION     seconds of load per endpoint (default 20)
#   IKC_BENCH_USERS        concurrent users for pages (default 50)
#   IKC_BENCH_BASIC_USERS  concurrent API clients for the HTTP Basic step (default 200)
#   IKC_BENCH_REQUESTS     requests, one after another, for each computation and document (default 10)
#   IKC_BENCH_PORT         the application's port (default 18080)
#   IKC_BENCH_JAVA_OPTS    JVM options of the application (default: none, as in deploy/)
#   IKC_BENCH_SKIP_BUILD   1 to use the jar and classes already in target/
# Needs: Java 17+, curl, jq, wrk (Debian package "wrk"; installed when missing and apt may be used).
set -euo pipefail
cd "$(dirname "$0")/../.."

bench_dir=${IKC_BENCH_DIR:-target/bench}
scale=${IKC_BENCH_SCALE:-1.0}
seed=${IKC_BENCH_SEED:-20261124}
duration=${IKC_BENCH_DURATION:-20}
users=${IKC_BENCH_USERS:-50}
requests=${IKC_BENCH_REQUESTS:-10}
port=${IKC_BENCH_PORT:-18080}
base="http://127.0.0.1:$port"
mkdir -p "$bench_dir"
bench_dir=$(cd "$bench_dir" && pwd)
log() { echo "[benchmark $(date +%H:%M:%S)] $*"; }

for tool in curl jq; do
  command -v "$tool" >/dev/null || { echo "$tool is needed (apt-get install $tool)" >&2; exit 1; }
done
if ! command -v wrk >/dev/null; then
  log "installing wrk (Debian package)"
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo -n"
  $sudo_cmd env DEBIAN_FRONTEND=noninteractive apt-get install -y -q wrk >/dev/null \
    || { echo "wrk is needed: apt-get install wrk" >&2; exit 1; }
fi

# ---- build: the packaged application, and the test classes holding the generator
if [ "${IKC_BENCH_SKIP_BUILD:-0}" != 1 ]; then
  log "building (./mvnw package -DskipTests)"
  ./mvnw -B -q package -DskipTests
fi
./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$bench_dir/classpath.txt" >/dev/null
tool_cp="target/test-classes:target/classes:$(cat "$bench_dir/classpath.txt")"

app_pid=""
db_pid=""
cleanup() {
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null || true
  [ -n "$db_pid" ] && kill "$db_pid" 2>/dev/null && wait "$db_pid" 2>/dev/null || true
}
trap cleanup EXIT

# ---- the external MariaDB (a separate process; its data survives between runs)
rm -f "$bench_dir/db.port"
java -cp "$tool_cp" nl.ikcregie.bench.BenchDatabase "$bench_dir/mariadb" "$bench_dir/db.port" >"$bench_dir/mariadb.log" 2>&1 &
db_pid=$!
for _ in $(seq 1 600); do [ -s "$bench_dir/db.port" ] && break; kill -0 "$db_pid" 2>/dev/null || break; sleep 0.2; done
[ -s "$bench_dir/db.port" ] || { echo "MariaDB did not start; see $bench_dir/mariadb.log" >&2; exit 1; }
db_port=$(cat "$bench_dir/db.port")
jdbc_url="jdbc:mariadb://127.0.0.1:$db_port/ikcregie"
log "MariaDB on port $db_port"

start_app() { # $1: log file, $2: load demo data (true/false); sets app_pid, ready_ms
  local started ready
  started=$(date +%s%N)
  QUARKUS_DATASOURCE_JDBC_URL="$jdbc_url" QUARKUS_DATASOURCE_USERNAME=root QUARKUS_DATASOURCE_PASSWORD= \
    QUARKUS_HTTP_PORT="$port" IKC_DEMO_DATA="$2" IKC_SESSION_KEY="benchmark-session-key-0123456789abcdef" \
    IKC_REMINDERS_CRON=off QUARKUS_LOG_CONSOLE_JSON_ENABLED=false IKC_BEHIND_PROXY=true \
    java ${IKC_BENCH_JAVA_OPTS:-} -jar target/quarkus-app/quarkus-run.jar >"$1" 2>&1 &
  app_pid=$!
  for _ in $(seq 1 3000); do
    if curl -fs -o /dev/null "$base/q/health/ready"; then
      ready=$(date +%s%N)
      ready_ms=$(((ready - started) / 1000000))
      return 0
    fi
    kill -0 "$app_pid" 2>/dev/null || break
    sleep 0.1
  done
  echo "the application did not become ready; see $1" >&2
  exit 1
}
stop_app() {
  kill "$app_pid" && wait "$app_pid" 2>/dev/null || true
  app_pid=""
}

# ---- first start: migrations and demo data (users projectleider, beheerder, ... with password demo)
log "first start: migrations and demo data"
start_app "$bench_dir/app-first.log" true
stop_app

# ---- the national data set (once; its manifest names the ids measured below)
if [ ! -s "$bench_dir/dataset.properties" ]; then
  log "loading the national data set (scale $scale, seed $seed)"
  load_started=$(date +%s)
  java -Xmx4g -cp "$tool_cp" nl.ikcregie.bench.NationalDataSet --jdbc-url="$jdbc_url" --user=root --password= \
    --scale="$scale" --seed="$seed" --manifest="$bench_dir/dataset.properties" | tee "$bench_dir/load.log"
  echo "load.seconds=$(($(date +%s) - load_started))" >>"$bench_dir/dataset.properties"
else
  log "national data set already loaded ($bench_dir/dataset.properties)"
fi
prop() { sed -n "s/^$1=//p" "$bench_dir/dataset.properties" | tail -n 1; }

# ---- measured start: time to ready and memory with the data in place
log "measured start"
start_app "$bench_dir/app.log" false
startup_ms=$ready_ms
rss_kb=$(awk '/VmRSS/ {print $2}' "/proc/$app_pid/status")
quarkus_started=$(sed -n 's/.*started in \([0-9.]*\)s.*/\1/p' "$bench_dir/app.log" | head -n 1)
log "ready after ${startup_ms} ms (Quarkus: ${quarkus_started}s), RSS $((rss_kb / 1024)) MB"

session() { # form login; prints the Cookie header value: the sign-in cookie and the server-side session's token
  curl -s -o /dev/null -c - -d "j_username=$1" -d "j_password=demo" "$base/j_security_check" \
    | awk '$6 == "ikc-sessie" || $6 == "ikc-sessie-id" {printf "%s%s=%s", sep, $6, $7; sep = "; "} END {print ""}'
}
projectleider=$(session projectleider)
beheerder=$(session beheerder)
for cookies in "$projectleider" "$beheerder"; do
  case "$cookies" in *ikc-sessie=*) ;; *) echo "sign-in failed (no ikc-sessie cookie)" >&2; exit 1 ;; esac
  case "$cookies" in *ikc-sessie-id=*) ;; *) echo "sign-in failed (no ikc-sessie-id cookie)" >&2; exit 1 ;; esac
done
organisation=$(curl -fs -u beheerder:demo "$base/api/v1/organisaties" | jq '.[0].id')

advice_round=$(prop round.advice.id)
decided_round=$(prop round.decided.id)
application=$(prop application.id)
decision=$(prop decision.id)
year=$(prop monitoring.year)

# name | path | cookie | users (0: one request after another, $requests times) | target p95 ms (0: none)
endpoints=(
  "Meetpunt (1 SELECT op primaire sleutel, triviaal template)|/beheer/meetpunt/$organisation|$beheerder|$users|0"
  "Startpagina projectleider|/projectleider|$projectleider|$users|50"
  "Aanvragen van een ronde (pagina 3, gefilterd)|/rondes/$advice_round/aanvragen?status=IN_BEOORDELING&gebied=BINNEN&pagina=3|$projectleider|$users|50"
  "Aanvragen van een ronde zoeken|/rondes/$advice_round/aanvragen?zoek=wolde|$projectleider|$users|50"
  "Eén aanvraag|/aanvragen/$application|$projectleider|$users|50"
  "Adviesberekening (JSON, hele ronde)|/api/v1/subsidierondes/$advice_round/advies|$projectleider|0|1000"
  "Adviespagina|/rondes/$advice_round/advies|$projectleider|0|0"
  "Advies-PDF|/api/v1/subsidierondes/$advice_round/advies.pdf|$projectleider|0|0"
  "Beschikking-PDF|$(prop decision.letter.path)|$projectleider|0|300"
  "Monitoringrapportage (pagina)|/monitoring/$year|$projectleider|0|2000"
  "Monitoringrapportage (PDF)|/api/v1/monitoring/$year.pdf|$projectleider|0|2000"
  "Export van een ronde (XLSX)|/api/v1/subsidierondes/$decided_round/export.xlsx|$projectleider|0|0"
)

cat >"$bench_dir/report.lua" <<'LUA'
done = function(summary, latency, requests)
  local seconds = summary.duration / 1e6
  io.write(string.format('RESULT {"requests":%d,"seconds":%.3f,"rps":%.2f,"p50":%.2f,"p95":%.2f,"p99":%.2f,"max":%.2f,"non2xx":%d,"errors":%d}\n',
    summary.requests, seconds, summary.requests / seconds, latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000, summary.errors.status,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
LUA

stamp=$(date +%Y%m%d-%H%M%S)
json="$bench_dir/result-$stamp.json"
md="$bench_dir/result-$stamp.md"
results=()
for endpoint in "${endpoints[@]}"; do
  IFS='|' read -r name path cookie conns target <<<"$endpoint"
  status=$(curl -s -o /dev/null -w '%{http_code}' -b "$cookie" "$base$path")
  if [ "$status" != 200 ]; then
    echo "$name: $path answered $status, not 200; not measured" >&2
    results+=("{\"name\":$(jq -Rn --arg v "$name" '$v'),\"path\":$(jq -Rn --arg v "$path" '$v'),\"status\":$status}")
    continue
  fi
  if [ "$conns" = 0 ]; then
    # a computation or document: its own time, one request after another (after one warm-up)
    log "$name: $requests requests one after another"
    curl -s -o /dev/null -b "$cookie" "$base$path"
    times=$(for _ in $(seq 1 "$requests"); do
      curl -s -o /dev/null -b "$cookie" -w '%{http_code} %{time_total}\n' "$base$path"
    done)
    line=$(printf '%s\n' "$times" | sort -k2 -n | awk -v n="$requests" '
      { if ($1 != 200) bad++; t[NR] = $2 * 1000; sum += $2 }
      END {
        i50 = int(0.50 * NR + 0.999); i95 = int(0.95 * NR + 0.999); i99 = int(0.99 * NR + 0.999)
        printf "{\"requests\":%d,\"seconds\":%.3f,\"rps\":%.2f,\"p50\":%.2f,\"p95\":%.2f,\"p99\":%.2f,\"max\":%.2f,\"non2xx\":%d,\"errors\":0}\n",
          NR, sum, NR / sum, t[i50], t[i95], t[i99], t[NR], bad
      }')
    results+=("$(jq -c --arg name "$name" --arg path "$path" --argjson target "$target" \
      '. + {name: $name, path: $path, users: 1, sequential: true, targetP95: $target}' <<<"$line")")
    continue
  fi
  threads=2
  log "$name: warm-up, then ${duration}s with $conns users"
  wrk -t"$threads" -c"$conns" -d5s --timeout 120s -H "Cookie: $cookie" "$base$path" >/dev/null
  line=$(wrk -t"$threads" -c"$conns" -d"${duration}s" --timeout 120s -H "Cookie: $cookie" \
    -s "$bench_dir/report.lua" "$base$path" | sed -n 's/^RESULT //p')
  results+=("$(jq -c --arg name "$name" --arg path "$path" --argjson users "$conns" --argjson target "$target" \
    '. + {name: $name, path: $path, users: $users, targetP95: $target}' <<<"$line")")
done

# ---- HTTP Basic under load: one API call with Basic and with the session, $basic_users users each, then Basic again
# while one address (X-Forwarded-For; the application trusts it here) sends wrong passwords as fast as it can
basic_users=${IKC_BENCH_BASIC_USERS:-200}
basic_path="/api/v1/organisaties/$organisation"
basic_header="Authorization: Basic $(printf '%s' projectleider:demo | base64)"
flood_header="Authorization: Basic $(printf '%s' onbekend-script:geraden | base64)" # a name of no account: the lock hits only the flood
flood_address=192.0.2.66
measure_api() { # $1 name, $2 header; appends a result row
  log "$1: warm-up, then ${duration}s with $basic_users users"
  wrk -t2 -c"$basic_users" -d5s --timeout 120s -H "$2" "$base$basic_path" >/dev/null
  line=$(wrk -t2 -c"$basic_users" -d"${duration}s" --timeout 120s -H "$2" -s "$bench_dir/report.lua" "$base$basic_path" \
    | sed -n 's/^RESULT //p')
  results+=("$(jq -c --arg name "$1" --arg path "$basic_path" --argjson users "$basic_users" \
    '. + {name: $name, path: $path, users: $users, targetP95: 0}' <<<"$line")")
}
measure_api "API met HTTP Basic" "$basic_header"
measure_api "API met sessiecookie" "Cookie: $projectleider"
wrk -t1 -c50 -d"$((duration + 10))s" --timeout 120s -H "$flood_header" -H "X-Forwarded-For: $flood_address" \
  -s "$bench_dir/report.lua" "$base$basic_path" >"$bench_dir/flood.txt" 2>&1 &
flood_pid=$!
sleep 5
measure_api "API met HTTP Basic, terwijl één adres met 50 verbindingen foute wachtwoorden stuurt" "$basic_header"
wait "$flood_pid" || true
flood=$(sed -n 's/^RESULT //p' "$bench_dir/flood.txt")
log "flood of wrong passwords from $flood_address: $(jq -r '"\(.requests) answered (\(.non2xx) refused), \(.rps | floor) per second"' <<<"$flood")"
last=$((${#results[@]} - 1))
results[$last]=$(jq -c --argjson flood "$flood" '. + {flood: {requests: $flood.requests, refused: $flood.non2xx, rps: $flood.rps}}' \
  <<<"${results[$last]}")

machine=$(jq -n --arg cpu "$(nproc)" --arg mem "$(awk '/MemTotal/ {print int($2/1024)}' /proc/meminfo)" \
  --arg java "$(java -version 2>&1 | head -n 1)" --arg os "$(. /etc/os-release && echo "$PRETTY_NAME")" \
  '{cores: ($cpu|tonumber), memoryMb: ($mem|tonumber), java: $java, os: $os}')
dataset=$(sed -n 's/^\(count\.[a-z_]*\|load\.seconds\)=\(.*\)$/"\1":\2/p' "$bench_dir/dataset.properties" | paste -sd, -)
printf '%s\n' "${results[@]}" | jq -s --argjson machine "$machine" --argjson dataset "{${dataset}}" \
  --argjson startup "$startup_ms" --argjson rss "$rss_kb" --arg quarkus "${quarkus_started:-}" --arg when "$stamp" \
  '{when: $when, machine: $machine, dataset: $dataset, startup: {readyMs: $startup, quarkusStartedSeconds: $quarkus, rssMb: ($rss / 1024 | floor)}, endpoints: .}' \
  >"$json"

jq -r '
  (.endpoints[0].p95 // 0) as $bp95 | (.endpoints[0].rps // 1) as $brps |
  "# IKC Regie benchmark \(.when)\n",
  "Machine: \(.machine.cores) cores, \(.machine.memoryMb) MB, \(.machine.os), \(.machine.java)  ",
  "Data set: \(.dataset | to_entries | map("\(.key | sub("^count\\."; "")) \(.value)") | join(", "))  ",
  "Start-up with an external MariaDB: ready after \(.startup.readyMs) ms (Quarkus reports \(.startup.quarkusStartedSeconds) s), RSS \(.startup.rssMb) MB\n",
  "| Endpoint | Users | Req/s | p50 ms | p95 ms | p99 ms | p95 / yardstick | Req/s / yardstick | Target p95 | Met |",
  "|---|---:|---:|---:|---:|---:|---:|---:|---:|---|",
  (.endpoints[] | if .status then "| \(.name) | | | | | | | | | answered \(.status) |" else
    "| \(.name) | \(if .sequential then "1 (\(.requests) na elkaar)" else .users end) | \(.rps * 10 | floor / 10) | \(.p50) | \(.p95) | \(.p99) | \(if $bp95 > 0 then (.p95 / $bp95 * 10 | floor / 10) else "-" end)× | \((.rps / $brps * 1000 | floor) / 1000) | \(if .targetP95 > 0 then "< \(.targetP95)" else "-" end) | \(if .targetP95 == 0 then "-" elif .requests == 0 then "NO (no request finished)" elif (.p95 < .targetP95 and .non2xx == 0 and .errors == 0) then "yes" else "NO" end)\(if .non2xx > 0 or .errors > 0 then " (\(.non2xx) non-2xx, \(.errors) errors)" else "" end) |" end)
' "$json" >"$md"
cat "$md"
log "result: $md and $json"
