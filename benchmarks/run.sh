#!/usr/bin/env bash
# Every benchmark of docs/performance.md, one after the other, against one generated province
# (100,000 intellectuals, about a million trainings; seeded on first use, a few minutes, then reused).
# Each prints its ratio against a baseline measured in the same run. About 15 minutes on two cores.
#
#   bash benchmarks/run.sh
set -euo pipefail
cd "$(dirname "$0")/.."

bash benchmarks/build.sh
bash benchmarks/province.sh >/dev/null
export SKIP_BUILD=1

for benchmark in \
  "B1 trivial query against a raw endpoint|benchmarks/http-trivial/run.sh 2 15 32" \
  "B2 a page of 50 of 100,000 intellectuals against hand-written EF Core|benchmarks/b2-page/run.sh" \
  "B3 every Registry indicator by department against one SQL query|benchmarks/b3-indicators/run.sh" \
  "B4 a 100,000-row import against sqlite3 .import|benchmarks/b4-import/run.sh" \
  "B5 60 s of mixed load|benchmarks/b5-mixed/run.sh"; do
  echo
  echo "== ${benchmark%%|*}"
  # shellcheck disable=SC2086
  bash ${benchmark#*|}
done
