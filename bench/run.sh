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
# EMBEDDINGS=false loads and searches by words only (no sentence embeddings, no kNN), in a corpus
# of its own (search-ARTICLES-words).
set -euo pipefail
cd "$(dirname "$0")/.."

usage() {
  sed -n '4,6p' "$0" | sed 's/^# *//' >&2
  exit 2
}

suffix=
if [[ ${EMBEDDINGS:-true} == false ]]; then
  suffix=-words
  export MAVEN_OPTS="${MAVEN_OPTS:-} -Dembeddings=false"
  PORTAL_JAVA_OPTS="${PORTAL_JAVA_OPTS:-} -Dnewsdesk.embeddings.enabled=false"
fi

case "${1:-}" in
  ingest)
    args=(--articles="${2:-10000}")
    main=io.newsdesk.bench.IngestBenchmark
    data=target/bench-data/ingest
    ;;
  search)
    args=(--articles="${2:-100000}" --seconds="${3:-60}" --clients="${4:-32}")
    main=io.newsdesk.bench.SearchBenchmark
    data=target/bench-data/search-${2:-100000}$suffix
    ;;
  export)
    args=(--articles="${2:-100000}")
    main=io.newsdesk.bench.ExportBenchmark
    data=target/bench-data/search-${2:-100000}$suffix
    ;;
  *) usage ;;
esac

# shellcheck source=bench/portal.sh
source bench/portal.sh
refuse_running_node "$data"
[[ $1 == ingest ]] && rm -rf "$data"
mkdir -p "$data"
build_portal
start_portal "$data" bench

args+=(--portal-pid="$portal_pid")
./mvnw -q -Pbench exec:java -Dexec.mainClass="$main" \
  -Dexec.args="--portal=http://127.0.0.1:$port --data-dir=$data ${args[*]}"
