# What every benchmark script shares; sourced from the repository root (`source benchmarks/common.sh`).

HOST_DLL=src/Host/bin/Release/net10.0/TriThuc.Host.dll

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
    curl -fs "$url/health/ready" >/dev/null 2>&1 && return 0
    kill -0 "$host_pid" 2>/dev/null || break
    sleep 0.5
  done
  echo "the host did not start:"
  tail -20 "$output"
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
