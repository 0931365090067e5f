#!/usr/bin/env bash
# Takes the screenshots of docs/web.md: a Production host with the demo province, one browser per role.
#
#   bash benchmarks/b7-web/screenshots.sh
set -euo pipefail
cd "$(dirname "$0")/../.."

port=5095
url="http://127.0.0.1:$port"
source benchmarks/common.sh
source benchmarks/b7-web/demo-host.sh
unit=$(curl -fsS "$url/graphql" -H 'content-type: application/json' -d '{"query":"{ rootUnits { children { code } } }"}' \
  | jq -r '.data.rootUnits[0].children[0].code')

mkdir -p docs/web
node benchmarks/b7-web/screenshots.mjs --url "$url" --out docs/web --unit "$unit" \
  --viewer "$(token "$work/data" --role viewer)" \
  --editor "$(token "$work/data" --role editor --module Registry --permission personal-data:read)" \
  --clerk "$(token "$work/data" --role editor --module Registry)" \
  --administrator "$administrator"
