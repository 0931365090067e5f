#!/usr/bin/env bash
# Every benchmark of docs/performance.md, one after the other, against one generated province
# (100,000 intellectuals, about a million trainings; seeded on first use, a few minutes, then reused).
# Each prints its ratio against a baseline measured in the same run. About 30 minutes on two cores.
#
#   bash benchmarks/run.sh              on SQLite (B1–B6)
#   bash benchmarks/run.sh --postgres   B2–B6 on PostgreSQL (B5 with one host, then two behind nginx)
#
# PostgreSQL: the local cluster on 127.0.0.1:5432 with the role trithuc/trithuc (as .ci/run sets it up); the
# province is seeded into its own database on first use (benchmarks/province-postgres.sh). PEOPLE sets the size.
set -euo pipefail
cd "$(dirname "$0")/.."

bash benchmarks/build.sh
export SKIP_BUILD=1

if [ "${1:-}" = --postgres ]; then
  export BENCH_POSTGRES=1
  bash benchmarks/province-postgres.sh >/dev/null
  benchmarks=(
    "B2 on PostgreSQL: a page of 50 of 100,000 intellectuals against hand-written EF Core|benchmarks/b2-page/run.sh"
    "B3 on PostgreSQL: every Registry indicator by department against one SQL query|benchmarks/b3-indicators/run.sh"
    "B4 on PostgreSQL: a 100,000-row import against COPY into the same schema|benchmarks/b4-import/postgres.sh"
    "B5 on PostgreSQL: 60 s of mixed load|benchmarks/b5-mixed/run.sh"
    "B5 on PostgreSQL, two hosts behind nginx: lost and doubled writes|benchmarks/b5-mixed/two-hosts.sh"
    "B6 on PostgreSQL: every module's indicators and a review snapshot at 100,000 people|benchmarks/b6-programme/run.sh")
else
  bash benchmarks/province.sh >/dev/null
  benchmarks=(
    "B1 trivial query against a raw endpoint|benchmarks/http-trivial/run.sh 2 15 32"
    "B1 with telemetry off and on|benchmarks/b1-telemetry/run.sh"
    "B2 a page of 50 of 100,000 intellectuals against hand-written EF Core|benchmarks/b2-page/run.sh"
    "B3 every Registry indicator by department against one SQL query|benchmarks/b3-indicators/run.sh"
    "B4 a 100,000-row import against sqlite3 .import|benchmarks/b4-import/run.sh"
    "B5 60 s of mixed load|benchmarks/b5-mixed/run.sh"
    "B6 every module's indicators and a review snapshot at 100,000 people|benchmarks/b6-programme/run.sh")
fi

for benchmark in "${benchmarks[@]}"; do
  echo
  echo "== ${benchmark%%|*}"
  # shellcheck disable=SC2086
  bash ${benchmark#*|}
done
