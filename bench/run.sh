#!/usr/bin/env bash
# Starts the portal on this machine (127.0.0.1 only), runs a benchmark against it and stops it.
#
#   bench/run.sh ingest [ARTICLES]                        default 10000
#   bench/run.sh search [ARTICLES] [SECONDS] [CLIENTS]    defaults 100000 60 32
#   bench/run.sh export [ARTICLES]                        default 100000
#
# ingest starts from an empty index each time (target/bench-data/ingest is wiped); search keeps
# target/bench-data/search-ARTICLES, so the corpus is generated and loaded only once; export
# uses the same corpus.
# PORTAL_JAVA_OPTS adds JVM options to the portal (a heap size, a JFR recording ...).
set -euo pipefail
cd "$(dirname "$0")/.."

usage() {
  sed -n '4,6p' "$0" | sed 's/^# *//' >&2
  exit 2
}

case "${1:-}" in
  ingest)
    args=(--articles="${2:-10000}")
    main=io.newsdesk.bench.IngestBenchmark
    data=target/bench-data/ingest
    ;;
  search)
    args=(--articles="${2:-100000}" --seconds="${3:-60}" --clients="${4:-32}")
    main=io.newsdesk.bench.SearchBenchmark
    data=target/bench-data/search-${2:-100000}
    ;;
  export)
    args=(--articles="${2:-100000}")
    main=io.newsdesk.bench.ExportBenchmark
    data=target/bench-data/search-${2:-100000}
    ;;
  *) usage ;;
esac

# A node left running by a portal that did not stop cleanly is not ours to end or to delete.
if [[ -f $data/elasticsearch/node.properties ]]; then
  node_pid=$(sed -n 's/^pid=//p' "$data/elasticsearch/node.properties")
  if [[ -n $node_pid ]] && kill -0 "$node_pid" 2>/dev/null; then
    echo "An Elasticsearch node (pid $node_pid) still runs on $data; stop it first." >&2
    exit 1
  fi
fi
[[ $1 == ingest ]] && rm -rf "$data"
mkdir -p "$data"

jar=target/quarkus-app/quarkus-run.jar
if [[ ! -f $jar || -n $(find pom.xml src/main index-mappings frontend analysis-plugin -newer "$jar" -print -quit) ]]; then
  ./mvnw -q package -DskipTests
fi
./mvnw -q -Pbench test-compile

free_port() {
  local port
  for _ in $(seq 1 50); do
    port=$((20000 + RANDOM % 30000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"
      return
    fi
  done
  echo "no free port found" >&2
  return 1
}

port=$(free_port)
log=$data/portal.log
# shellcheck disable=SC2086 # PORTAL_JAVA_OPTS holds several options
java ${PORTAL_JAVA_OPTS:-} \
  -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$port" \
  -Dnewsdesk.data-dir="$data" -Dnewsdesk.admin-token=bench -Dnewsdesk.sample-data=false \
  -jar "$jar" >"$log" 2>&1 &
portal_pid=$!

stop_portal() {
  kill "$portal_pid" 2>/dev/null || return 0
  for _ in $(seq 1 60); do
    kill -0 "$portal_pid" 2>/dev/null || return 0
    sleep 1
  done
  echo "portal (pid $portal_pid) did not stop within 60 s; killing it" >&2
  kill -9 "$portal_pid" 2>/dev/null || true
}
trap stop_portal EXIT

echo "portal pid $portal_pid on 127.0.0.1:$port, data in $data, log in $log"
for _ in $(seq 1 300); do
  if curl -sf "http://127.0.0.1:$port/q/health/ready" >/dev/null; then
    break
  fi
  if ! kill -0 "$portal_pid" 2>/dev/null; then
    echo "the portal exited during startup:" >&2
    tail -20 "$log" >&2
    exit 1
  fi
  sleep 1
done
curl -sf "http://127.0.0.1:$port/q/health/ready" >/dev/null || {
  echo "the portal was not ready after 300 s" >&2
  exit 1
}

[[ $1 == ingest || $1 == export ]] && args+=(--portal-pid="$portal_pid")
./mvnw -q -Pbench exec:java -Dexec.mainClass="$main" \
  -Dexec.args="--portal=http://127.0.0.1:$port --data-dir=$data ${args[*]}"
