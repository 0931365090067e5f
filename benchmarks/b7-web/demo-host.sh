# What the B7 scripts share, sourced after benchmarks/common.sh with $url set: builds, starts a Production host with
# the demo province (the 2,000 intellectuals and Science's demo portfolio that `dotnet run --project src/Host`
# creates) on a temporary data folder ($work/data), and waits until the Registry holds them; sets $administrator.
require curl jq chromium
build
[ -d node_modules/playwright-core ] || npm ci --no-audit --no-fund --loglevel=error

work=$(mktemp -d)
host_pid=
trap '[ -z "$host_pid" ] || kill "$host_pid" 2>/dev/null || true; rm -rf "$work"' EXIT
start_host "$url" "$work/data" "$work/host.out" \
  --TriThuc:Modules:Registry:DemoData:Enabled=true --TriThuc:Modules:Science:DemoData:Enabled=true
administrator=$(token "$work/data" --role administrator)

# The demo province: how many intellectuals and science projects the host holds now.
demo_counts() {
  curl -fsS "$url/graphql" -H "authorization: Bearer $administrator" -H 'content-type: application/json' \
    -d '{"query":"{ intellectuals(first: 1) { totalCount } scienceProjects(first: 1) { totalCount } }"}' \
    | jq -r '"\(.data.intellectuals.totalCount) \(.data.scienceProjects.totalCount)"'
}
for _ in $(seq 1 120); do
  read -r people projects <<<"$(demo_counts)"
  [ "$people" -ge 2000 ] && [ "$projects" -gt 0 ] && break
  sleep 1
done
echo "demo province: $people intellectuals, $projects science projects"
