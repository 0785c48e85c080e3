# Shared by the bench scripts (sourced, not run): build the portal when stale, start it on a free
# loopback port with its own data directory, wait until it is ready, stop it on exit.

# Refuses a data directory whose Elasticsearch node still runs: not ours to end or to delete.
refuse_running_node() {
  local data=$1 node_pid
  if [[ -f $data/elasticsearch/node.properties ]]; then
    node_pid=$(sed -n 's/^pid=//p' "$data/elasticsearch/node.properties")
    if [[ -n $node_pid ]] && kill -0 "$node_pid" 2>/dev/null; then
      echo "An Elasticsearch node (pid $node_pid) still runs on $data; stop it first." >&2
      exit 1
    fi
  fi
}

# Packages the portal when a source is newer than the jar, and compiles the bench classes.
build_portal() {
  jar=target/quarkus-app/quarkus-run.jar
  if [[ ! -f $jar || -n $(find pom.xml src/main index-mappings frontend analysis-plugin -newer "$jar" -print -quit) ]]; then
    ./mvnw -q package -DskipTests
  fi
  ./mvnw -q -Pbench test-compile
}

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

# start_portal DATA_DIR TOKEN [JAVA OPTION ...]: sets portal_pid and port, stops it on exit.
# A busy machine starts slowly: the node gets 10 minutes to become healthy, the portal 15.
start_portal() {
  local data=$1 token=$2
  shift 2
  port=$(free_port)
  log=$data/portal.log
  # shellcheck disable=SC2086 # PORTAL_JAVA_OPTS holds several options
  java ${PORTAL_JAVA_OPTS:-} "$@" \
    -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$port" \
    -Dnewsdesk.data-dir="$data" -Dnewsdesk.admin-token="$token" -Dnewsdesk.sample-data=false \
    -Dnewsdesk.elasticsearch.startup-timeout=600s \
    -jar "$jar" >"$log" 2>&1 &
  portal_pid=$!
  trap stop_portal EXIT
  echo "portal pid $portal_pid on 127.0.0.1:$port, data in $data, log in $log"
  local started=$SECONDS
  for _ in $(seq 1 900); do
    if curl -sf "http://127.0.0.1:$port/q/health/ready" >/dev/null; then
      echo "portal ready $((SECONDS - started)) s after its start (its node's start included)"
      return
    fi
    if ! kill -0 "$portal_pid" 2>/dev/null; then
      echo "the portal exited during startup:" >&2
      tail -20 "$log" >&2
      exit 1
    fi
    sleep 1
  done
  echo "the portal was not ready after 900 s" >&2
  exit 1
}

stop_portal() {
  kill "$portal_pid" 2>/dev/null || return 0
  for _ in $(seq 1 60); do
    kill -0 "$portal_pid" 2>/dev/null || return 0
    sleep 1
  done
  echo "portal (pid $portal_pid) did not stop within 60 s; killing it" >&2
  kill -9 "$portal_pid" 2>/dev/null || true
}
