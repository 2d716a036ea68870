#!/usr/bin/env bash
# Runs sqlmap (Debian's package: apt-get install sqlmap) against the form login and a few API
# operations of IKC Regie, and fails when sqlmap reports an injectable parameter.
#
#   src/security/sqlmap.sh                  starts the packaged jar itself (build it first:
#                                           ./mvnw -B package -DskipTests), with demo data, a fresh
#                                           data directory and an embedded MariaDB, and stops it at the end
#   IKC_URL=http://host:port src/security/sqlmap.sh
#                                           uses an instance that is already running (with demo data)
#   IKC_JAR=/path/quarkus-run.jar           starts that jar instead of target/quarkus-app/quarkus-run.jar
#   SQLMAP_LEVEL, SQLMAP_RISK               sqlmap's --level and --risk (default 3 and 2)
#
# Results: target/sqlmap/<target>/ (sqlmap's own log and session per target) and
# target/sqlmap/summary.txt. Not part of the test command: a run takes a while (see
# src/security/sqlmap-result-*.md for the last one).
#
# The login is attacked with wrong passwords by design. Brute-force protection on sign-in (a lock or
# a delay after repeated failures) may answer some of those requests with the same refusal, a 429 or
# a slower page; that is fine: sqlmap then sees one refusal for every payload and finds nothing to
# tell apart. The script ignores 429 and waits up to a minute per request, so a lock does not end the
# run; a finding is only ever what sqlmap itself reports as injectable.
set -euo pipefail

cd "$(dirname "$0")/../.."
ROOT=$(pwd)
OUT="$ROOT/target/sqlmap"
LEVEL=${SQLMAP_LEVEL:-3}
RISK=${SQLMAP_RISK:-2}
rm -rf "$OUT"
mkdir -p "$OUT"

command -v sqlmap >/dev/null || { echo "sqlmap is not installed (apt-get install -y sqlmap)" >&2; exit 2; }
command -v curl >/dev/null || { echo "curl is needed" >&2; exit 2; }

APP_PID=""
DATA_DIR=""
stop_app() {
    if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
        kill "$APP_PID"
        wait "$APP_PID" 2>/dev/null || true
    fi
    if [ -n "$DATA_DIR" ]; then
        rm -rf "$DATA_DIR"
    fi
}
trap stop_app EXIT

if [ -z "${IKC_URL:-}" ]; then
    JAR=${IKC_JAR:-$ROOT/target/quarkus-app/quarkus-run.jar}
    [ -f "$JAR" ] || { echo "No $JAR: run ./mvnw -B package -DskipTests first" >&2; exit 2; }
    PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
    DATA_DIR=$(mktemp -d /tmp/ikc-sqlmap-XXXXXX)
    echo "Starting IKC Regie on port $PORT (data in $DATA_DIR, log in $OUT/app.log)"
    IKC_DEMO_DATA=true IKC_DATA_DIR="$DATA_DIR" QUARKUS_HTTP_PORT="$PORT" \
        java -jar "$JAR" > "$OUT/app.log" 2>&1 &
    APP_PID=$!
    IKC_URL="http://localhost:$PORT"
    for _ in $(seq 1 180); do
        if curl -fs "$IKC_URL/q/health/ready" >/dev/null 2>&1; then
            break
        fi
        kill -0 "$APP_PID" 2>/dev/null || { echo "IKC Regie stopped while starting; see $OUT/app.log" >&2; exit 2; }
        sleep 2
    done
fi
curl -fs "$IKC_URL/q/health/ready" >/dev/null || { echo "$IKC_URL is not ready" >&2; exit 2; }

api() {
    curl -fs -u projectleider:demo -H 'Accept: application/json' "$IKC_URL/api/v1$1"
}
json() {
    python3 -c "import json,sys; d=json.load(sys.stdin); print($1)"
}
# the finished demo round (29 applications): a list and a search that differ per filter value
ROUND=$(api /subsidierondes | json "[r['id'] for r in d if r['jaar'] == 2026][0]")
IKC=$(api /ikcs | json "d[0]['id']")
PROLOOG=$(api /organisaties | json "[o['id'] for o in d if o['naam'] == 'Proloog'][0]")
SINNE=$(api /organisaties | json "[o['id'] for o in d if o['naam'] == 'Sinne Kinderopvang'][0]")
# the search of the round's applications page (HTML, a free-text LIKE search) needs a signed-in session
SESSION=$(curl -s -o /dev/null -c - -d "j_username=projectleider&j_password=demo" "$IKC_URL/j_security_check" \
    | awk '$6 == "ikc-sessie" { print $7 }')
[ -n "$SESSION" ] || { echo "Could not sign in as projectleider" >&2; exit 2; }
echo "Targets use round $ROUND, IKC $IKC, organisations $PROLOOG and $SINNE"

SQLMAP_VERSION=$(sqlmap --version 2>/dev/null | head -1)
COMMON=(--batch "--level=$LEVEL" "--risk=$RISK" --flush-session --disable-coloring --timeout=60 --retries=2
    --ignore-code=429 --answers="follow=Y,keep testing=Y")
SUMMARY="$OUT/summary.txt"
{
    echo "sqlmap $SQLMAP_VERSION against $IKC_URL, level $LEVEL, risk $RISK, started $(date -Is)"
} > "$SUMMARY"
FOUND=0

# run NAME ARGS...: one sqlmap run with its own output directory and traffic log; records the outcome
run() {
    local name=$1
    shift
    local dir="$OUT/$name"
    mkdir -p "$dir"
    local start=$SECONDS
    echo "== $name"
    sqlmap "${COMMON[@]}" --output-dir="$dir" -t "$dir/traffic.txt" "$@" > "$dir/console.txt" 2>&1 || true
    local seconds=$((SECONDS - start))
    local requests
    requests=$(grep -c "^HTTP request \[" "$dir/traffic.txt" 2>/dev/null || true)
    # every parameter sqlmap gave up on, e.g. "POST parameter 'j_username' does not seem to be injectable"
    local clean
    clean=$(grep -Eo "[A-Za-z-]+ parameter '[^']+' does not seem to be injectable" "$dir/console.txt" \
        | sed -E "s/ does not seem to be injectable//; s/'//g" | sort -u | paste -sd, - || true)
    local outcome
    if grep -q "identified the following injection point" "$dir/console.txt"; then
        outcome="INJECTABLE (see $dir/console.txt)"
        FOUND=1
    elif grep -q "all tested parameters do not appear to be injectable" "$dir/console.txt"; then
        outcome="nothing found"
    else
        outcome="no conclusion ($(grep -E '\[CRITICAL\]' "$dir/console.txt" | tail -1 | cut -c1-200)); see $dir/console.txt"
        FOUND=1
    fi
    printf '%s: %s; not injectable: %s; %s requests, %ss\n' "$name" "$outcome" "${clean:-none listed}" "$requests" \
        "$seconds" | tee -a "$SUMMARY"
}

run login -u "$IKC_URL/j_security_check" --method=POST \
    --data="j_username=projectleider&j_password=geheim" -p "j_username,j_password"

run aanvragen-lijst --auth-type=Basic --auth-cred=projectleider:demo \
    -u "$IKC_URL/api/v1/aanvragen?subsidierondeId=$ROUND&status=CONCEPT&pagina=1&paginaGrootte=10" \
    -p "subsidierondeId,status,pagina,paginaGrootte"

run ikc-lezen --auth-type=Basic --auth-cred=projectleider:demo -u "$IKC_URL/api/v1/ikcs/$IKC*"

run organisatie-aanmaken --auth-type=Basic --auth-cred=projectleider:demo -u "$IKC_URL/api/v1/organisaties" \
    --method=POST --headers="Content-Type: application/json" \
    --data='{"naam":"Sqlmap opvang*","soort":"KINDEROPVANG*"}'

# A create, not an update: an update checks the version first, so after sqlmap's first accepted change every
# further request would be a 409 that never reaches a query.
run ikc-aanmaken --auth-type=Basic --auth-cred=projectleider:demo -u "$IKC_URL/api/v1/ikcs" \
    --method=POST --headers="Content-Type: application/json" \
    --data="{\"naam\":\"IKC Sqlmap*\",\"organisatieId\":\"$PROLOOG*\",\"categorie\":\"REGULIER*\",\"wijk\":\"Wijk*\",\"kinderopvangIds\":[\"$SINNE*\"]}"

run aanvragen-zoeken -u "$IKC_URL/rondes/$ROUND/aanvragen?status=ALLE&gebied=ALLE&zoek=Potmarge" \
    --cookie="ikc-sessie=$SESSION" -p "status,gebied,zoek"

echo "finished $(date -Is)" >> "$SUMMARY"
if [ "$FOUND" -ne 0 ]; then
    echo "sqlmap reported an injectable parameter, or a run did not conclude: see $SUMMARY" >&2
    exit 1
fi
echo "sqlmap found nothing to inject; summary in $SUMMARY"
