#!/usr/bin/env bash
# Builds the host, its plugins and the benchmark baselines in Release, once for every benchmark.
set -euo pipefail
cd "$(dirname "$0")/.."
echo "building in Release" >&2
log=$(mktemp)
trap 'rm -f "$log"' EXIT
for project in src/Host benchmarks/Baseline; do
  dotnet build "$project" -c Release -v quiet -nologo >"$log" || { cat "$log" >&2; exit 1; }
done
