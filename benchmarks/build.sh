#!/usr/bin/env bash
# Builds the host, its plugins and the benchmark baselines in Release, once for every benchmark.
set -euo pipefail
cd "$(dirname "$0")/.."
echo "building in Release" >&2
dotnet build src/Host -c Release -v quiet -nologo >/dev/null
dotnet build benchmarks/Baseline -c Release -v quiet -nologo >/dev/null
