#!/usr/bin/env bash
# Takes the screenshots of docs/web.md: a Production host with the demo province, one browser per role.
#
#   bash benchmarks/b6-web/screenshots.sh
set -euo pipefail
cd "$(dirname "$0")/../.."

port=5095
url="http://127.0.0.1:$port"
source benchmarks/common.sh
require curl jq chromium
build
[ -d node_modules/playwright-core ] || npm ci --no-audit --no-fund --loglevel=error

work=$(mktemp -d)
host_pid=
trap '[ -z "$host_pid" ] || kill "$host_pid" 2>/dev/null || true; rm -rf "$work"' EXIT
start_host "$url" "$work/data" "$work/host.out" \
  --TriThuc:Modules:Registry:DemoData:Enabled=true --TriThuc:Modules:Science:DemoData:Enabled=true
administrator=$(token "$work/data" --role administrator)
for _ in $(seq 1 120); do
  people=$(curl -fsS "$url/graphql" -H "authorization: Bearer $administrator" -H 'content-type: application/json' \
    -d '{"query":"{ intellectuals(first: 1) { totalCount } }"}' | jq -r '.data.intellectuals.totalCount')
  [ "$people" -ge 2000 ] && break
  sleep 1
done
unit=$(curl -fsS "$url/graphql" -H 'content-type: application/json' -d '{"query":"{ rootUnits { children { code } } }"}' \
  | jq -r '.data.rootUnits[0].children[0].code')

mkdir -p docs/web
node benchmarks/b6-web/screenshots.mjs --url "$url" --out docs/web --unit "$unit" \
  --viewer "$(token "$work/data" --role viewer)" \
  --editor "$(token "$work/data" --role editor --module Registry --permission personal-data:read)" \
  --clerk "$(token "$work/data" --role editor --module Registry)" \
  --administrator "$administrator"
