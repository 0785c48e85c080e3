#!/usr/bin/env bash
# Scores the portal on labelled corpora: starts it on a fresh data folder and a free loopback port,
# ingests the corpora (metadata only, never the labels), and prints search, people and story figures.
#
#   bench/eval.sh [--shuffle SEED] [--story-of CORPUS_DIR=LABEL ...] CORPUS_DIR [CORPUS_DIR ...]
#
# A corpus is a folder in the format of ../shared/eval/news-dev (articles/, manifest.tsv, optional
# queries.tsv); several are ingested together and scored as one. --story-of labels the files of a
# folder that have no story label as one story. --shuffle posts the files of all the folders in an
# order shuffled with that seed (without it: folder by folder, in manifest order). The figures go to
# target/eval/<corpus>-<time>.json and <corpus>-latest.json (EVAL_OUT changes the folder); the
# change against the previous latest is printed. EVAL_KEEP_DATA=1 keeps the data folder
# (target/eval-data/run-<pid>) for a look afterwards.
set -euo pipefail

usage() {
  sed -n '5p' "$0" | sed 's/^# *//' >&2
  exit 2
}

args=()
while [[ $# -gt 0 ]]; do
  case $1 in
    --story-of)
      [[ $# -ge 2 && $2 == *=* ]] || usage
      args+=("--story-of=$(realpath "${2%=*}")=${2##*=}")
      shift 2
      ;;
    --story-of=*)
      value=${1#--story-of=}
      args+=("--story-of=$(realpath "${value%=*}")=${value##*=}")
      shift
      ;;
    --shuffle)
      [[ $# -ge 2 && $2 =~ ^[0-9]+$ ]] || usage
      args+=("--shuffle=$2")
      shift 2
      ;;
    -*) usage ;;
    *)
      [[ -f $1/manifest.tsv ]] || {
        echo "$1 is not a corpus folder (no manifest.tsv)" >&2
        exit 2
      }
      args+=("$(realpath "$1")")
      shift
      ;;
  esac
done
[[ ${#args[@]} -gt 0 ]] || usage
for arg in "${args[@]}"; do
  [[ $arg != *" "* ]] || {
    echo "paths with spaces are not supported: $arg" >&2
    exit 2
  }
done

cd "$(dirname "$0")/.."
# shellcheck source=bench/portal.sh
source bench/portal.sh
data=target/eval-data/run-$$
refuse_running_node "$data"
rm -rf "$data"
mkdir -p "$data"
build_portal
start_portal "$data" eval
remove_data() {
  local status=$?
  stop_portal
  if [[ $status -eq 0 && ${EVAL_KEEP_DATA:-} != 1 ]]; then
    rm -rf "$data"
  else
    echo "data folder kept: $data" >&2
  fi
}
trap remove_data EXIT

./mvnw -q -Pbench exec:java -Dexec.mainClass=io.newsdesk.bench.eval.Evaluation \
  -Dexec.args="--portal=http://127.0.0.1:$port --data-dir=$data --token=eval --out=${EVAL_OUT:-target/eval} ${args[*]}"
