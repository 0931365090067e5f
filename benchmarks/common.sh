# What every benchmark script shares; sourced from the repository root (`source benchmarks/common.sh`).

HOST_DLL=src/Host/bin/Release/net10.0/TriThuc.Host.dll

# The runtime settings a deployed host runs with (the DOTNET_ lines of deploy/trithuc@.service), for every process a
# benchmark starts, TriThuc and its baselines alike: each is measured as it would be deployed.
while IFS= read -r setting; do
  export "${setting?}"
done < <(sed -n 's/^Environment=\(DOTNET_[A-Za-z0-9_]*=.*\)$/\1/p' "$(dirname "${BASH_SOURCE[0]}")/../deploy/trithuc@.service")

# Installs each tool that is missing, from Debian packages (reading the package lists first: a fresh
# machine has none).
require() {
  local tool updated=
  for tool in "$@"; do
    command -v "$tool" >/dev/null && continue
    echo "installing $tool (Debian package)"
    [ -n "$updated" ] || { apt-get update -qq >/dev/null; updated=1; }
    apt-get install -y -qq "$tool" >/dev/null
  done
}

# Builds in Release, unless benchmarks/run.sh already did (SKIP_BUILD=1).
build() { [ -n "${SKIP_BUILD:-}" ] || bash benchmarks/build.sh; }

# Copies the generated province (seeded first if it is not yet) to a folder a host may write to.
copy_province() { # destination
  local province
  province=$(bash benchmarks/province.sh)
  echo "copying the province ($(du -sh "$province" | cut -f1))"
  cp -r "$province" "$1"
}

# Starts the host (Release build, Production environment, logs at Warning) on a data folder and waits
# until it answers; sets host_pid. Further arguments go to the host, e.g. --TriThuc:GraphQL:...
start_host() { # url data-folder output-file [host arguments...]
  local url=$1 data=$2 output=$3
  shift 3
  ASPNETCORE_ENVIRONMENT=Production dotnet "$HOST_DLL" --urls "$url" \
    --TriThuc:DataPath="$data" --TriThuc:LogPath="$data-logs" --Serilog:MinimumLevel:Default=Warning \
    --TriThuc:RateLimits:Enabled=false "$@" >"$output" 2>&1 &
  host_pid=$!
  for _ in $(seq 1 240); do
    curl -fs "$url/health/ready" >/dev/null 2>&1 && { wait_for_audit_verification "$url" "$@"; return 0; }
    kill -0 "$host_pid" 2>/dev/null || break
    sleep 0.5
  done
  echo "the host did not start:"
  tail -20 "$output"
  exit 1
}

# Stops the host start_host started, and forgets it (so an exit trap does not stop it again).
stop_host() { kill "$host_pid"; wait "$host_pid" 2>/dev/null || true; host_pid=; }

# A host verifies every audit chain in the background once it has started (a large province takes a minute or
# more of CPU): nothing is timed until that is done, unless the host was started with it off.
wait_for_audit_verification() { # url [host arguments...]
  local url=$1 health
  shift
  [[ " ${*,,} " != *" --trithuc:audit:verifyatstartup=false "* ]] || return 0
  for _ in $(seq 1 1200); do
    health=$(curl -fs "$url/health/ready" 2>/dev/null) && [[ "$health" != *"chưa được kiểm tra"* ]] && return 0
    sleep 0.5
  done
  echo "the host had not verified its audit chains after 10 minutes" >&2
  exit 1
}

# A token signed with the development key of a data folder, e.g. `token "$data" --role editor --module Registry`.
token() { # data-folder token-arguments...
  local data=$1
  shift
  dotnet "$HOST_DLL" token "$@" --TriThuc:DataPath="$data" 2>/dev/null | tail -n 1
}

# The median of the numbers given.
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

# PostgreSQL (benchmarks/run.sh --postgres): the local cluster, with the role trithuc/trithuc that may create
# databases, as .ci/run sets it up.
PGHOST=${PGHOST:-127.0.0.1}
PGPORT=${PGPORT:-5432}
postgres_connection() { # database
  echo "Host=$PGHOST;Port=$PGPORT;Username=trithuc;Password=trithuc;Database=$1;Maximum Pool Size=100"
}
psql_admin() { PGPASSWORD=trithuc psql -h "$PGHOST" -p "$PGPORT" -U trithuc -d postgres -v ON_ERROR_STOP=1 "$@"; }
start_postgres() {
  if ! pg_isready -q -h "$PGHOST" -p "$PGPORT"; then
    local version
    version=$(ls /etc/postgresql | sort -V | tail -n 1)
    pg_ctlcluster "$version" main start || true
    for _ in $(seq 1 30); do pg_isready -q -h "$PGHOST" -p "$PGPORT" && break; sleep 1; done
  fi
  pg_isready -q -h "$PGHOST" -p "$PGPORT" || { echo "PostgreSQL does not answer on $PGHOST:$PGPORT"; exit 1; }
  psql_admin -qtAc "SELECT 1" >/dev/null 2>&1 || su postgres -c "psql -p $PGPORT -qc \"CREATE ROLE trithuc LOGIN PASSWORD 'trithuc' CREATEDB\""
}

# A copy of a seeded PostgreSQL province for one benchmark: the data folder (signing key) and a database made from
# the seeded one as a template; sets copy_database. Drop it with drop_database.
copy_postgres_province() { # destination-folder
  local seeded database
  start_postgres
  read -r seeded database < <(bash benchmarks/province-postgres.sh)
  cp -r "$seeded" "$1"
  copy_database="${database}_copy_$$"
  psql_admin -qc "DROP DATABASE IF EXISTS $copy_database WITH (FORCE)"
  psql_admin -qc "CREATE DATABASE $copy_database TEMPLATE $database"
}
drop_database() { psql_admin -qc "DROP DATABASE IF EXISTS $1 WITH (FORCE)" >/dev/null 2>&1 || true; }

# Copies the province a benchmark's host runs on: the SQLite one, or with BENCH_POSTGRES=1 (benchmarks/run.sh
# --postgres) the PostgreSQL one; sets host_database to the arguments start_host then needs (and copy_database,
# which the benchmark drops when it ends).
copy_province_for_host() { # data-folder
  copy_database=
  if [ -n "${BENCH_POSTGRES:-}" ]; then
    copy_postgres_province "$1"
    host_database=(--TriThuc:Database:Provider=Postgres --TriThuc:Database:ConnectionString="$(postgres_connection "$copy_database")")
  else
    copy_province "$1"
    host_database=()
  fi
}

# What B5's load (b5-mixed/mixed.lua) reads and where it adds people, asked of the host at the address with TOKEN: sets
# UNITS (B2's five subtrees, also the units new people join) and PEOPLE (the ids of 100 people on file).
find_b5_targets() { # url
  local url=$1
  b5_ask() { curl -fs "$url/graphql" -H 'Content-Type: application/json' -H "Authorization: Bearer $TOKEN" -d "$1"; }
  UNITS=$(b5_ask '{"query":"{ rootUnits { id code children { id code children { id code } } } }"}' |
    jq -r '[.data.rootUnits[] | .. | objects | select(.code? and (.code | IN("TQ","SGDDT","SYT","THPTC","X-DV"))) | .id] | join(",")')
  PEOPLE=$(b5_ask '{"query":"{ intellectuals(first: 100, filter: { search: \"thi\" }) { items { id } } }"}' | jq -r '[.data.intellectuals.items[].id] | join(",")')
  [ "$(tr ',' '\n' <<<"$UNITS" | wc -l)" -eq 5 ] && [ "$(tr ',' '\n' <<<"$PEOPLE" | wc -l)" -eq 100 ] || { echo "units or people not found: $UNITS / $PEOPLE"; exit 1; }
}

# Seeds every module's demo data over a province's people: starts a host once on the data folder (further arguments go
# to the host, e.g. the PostgreSQL database), waits until each module has said it seeded or why not, and stops it. The
# Registry's own demo is off: the province has people. Logs to <data>/programme-seeding.log.
seed_module_demos() { # data-folder [host arguments...]
  local data=$1 module patterns=()
  shift
  for module in Science Health University Education Talent Associations; do
    patterns+=("(Seeded|No) $module demo data")
  done
  seed_with_host "$data/programme-seeding.log" 5097 "${patterns[@]}" -- --TriThuc:DataPath="$data" --TriThuc:LogPath="$data/logs" "$@" \
    --TriThuc:Modules:Science:DemoData:Enabled=true --TriThuc:Modules:Health:DemoData:Enabled=true \
    --TriThuc:Modules:University:DemoData:Enabled=true --TriThuc:Modules:Education:DemoData:Enabled=true \
    --TriThuc:Modules:Talent:DemoData:Enabled=true --TriThuc:Modules:Associations:DemoData:Enabled=true
  grep -oE "(Seeded|No) (Science|Health|University|Education|Talent|Associations) demo data[^{(]*" "$data/programme-seeding.log" >&2 || true
}

# Runs a host (Release, Production) that seeds demo data, logging to a file, until its log has a line matching each
# pattern (extended regular expressions, in order); then stops it. Fails at once if a demo stopped part-way or the host
# stopped, and after 30 minutes without the last pattern. A subshell: the host is stopped however it ends, and the
# caller's own traps are left alone.
seed_with_host() ( # log port pattern... -- host arguments...
  log=$1 port=$2
  shift 2
  patterns=()
  while [ "$1" != -- ]; do patterns+=("$1"); shift; done
  shift
  start=$(date +%s)
  ASPNETCORE_ENVIRONMENT=Production dotnet "$HOST_DLL" --urls "http://127.0.0.1:$port" "$@" >"$log" 2>&1 &
  pid=$!
  trap 'kill "$pid" 2>/dev/null || true' EXIT
  for pattern in "${patterns[@]}"; do
    until grep -qE "$pattern" "$log"; do
      ! grep -q "demo data stopped part-way" "$log" || { echo "a demo failed:" >&2; grep -A3 "stopped part-way" "$log" >&2; exit 1; }
      kill -0 "$pid" 2>/dev/null || { echo "the host stopped while seeding:" >&2; tail -20 "$log" >&2; exit 1; }
      [ $(( $(date +%s) - start )) -lt 1800 ] || { echo "no line matching '$pattern' after 30 minutes:" >&2; tail -20 "$log" >&2; exit 1; }
      sleep 2
    done
  done
  sleep 2
  kill "$pid"; wait "$pid" 2>/dev/null || true
  echo "seeded in $(( $(date +%s) - start )) s" >&2
)
