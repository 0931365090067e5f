#!/usr/bin/env bash
# The generated province every benchmark runs against: 100,000 intellectuals and about a million
# trainings, seeded once into a data folder and reused by later runs (delete the folder to regenerate).
#
#   bash benchmarks/province.sh [data-folder]      prints the folder
#
# Environment: PEOPLE (100000), TRAININGS_PER_YEAR (2.4). The host must be built in Release
# (benchmarks/build.sh); seeding 100,000 people takes a few minutes on two cores.
set -euo pipefail
cd "$(dirname "$0")/.."
source benchmarks/common.sh

data=${1:-${TRITHUC_BENCH_DATA:-/tmp/trithuc-bench/province}}
people=${PEOPLE:-100000}
trainings=${TRAININGS_PER_YEAR:-2.4}

if [ -f "$data/.seeded" ]; then
  echo "$data"
  exit 0
fi

rm -rf "$data"
mkdir -p "$data"
port=${SEED_PORT:-5098}  # another port (SEED_PORT) lets two provinces be seeded at once
log="$data/seeding.log"
echo "seeding $people people into $data (a few minutes)" >&2
seed_with_host "$log" "$port" "Seeded a demo province" -- --TriThuc:DataPath="$data" --TriThuc:LogPath="$data/logs" \
  --TriThuc:Modules:Registry:DemoData:Enabled=true \
  --TriThuc:Modules:Registry:DemoData:People="$people" \
  --TriThuc:Modules:Registry:DemoData:TrainingsPerYear="$trainings"
grep -o "Seeded a demo province.*records" "$log" >&2 || true
touch "$data/.seeded"
echo "$data"
