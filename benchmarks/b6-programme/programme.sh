#!/usr/bin/env bash
# The generated province with every module's demo data on top (Science's portfolio and fund, Health's facilities
# and licences, the University branch's courses, lecturers and agreements, Education's schools, teachers and
# contests, Talent's policies, cases and honours, the Associations' members, consultations and drafts), seeded once
# and reused, as benchmarks/province.sh does for the Registry alone.
#
#   PEOPLE=100000 bash benchmarks/b6-programme/programme.sh      prints the folder
set -euo pipefail
cd "$(dirname "$0")/../.."

people=${PEOPLE:-100000}
if [ "$people" = 100000 ]; then province_dir=/tmp/trithuc-bench/province; else province_dir=/tmp/trithuc-bench/province-$people; fi
data=/tmp/trithuc-bench/programme-$people

if [ -f "$data/.seeded" ]; then
  echo "$data"
  exit 0
fi

province=$(PEOPLE=$people bash benchmarks/province.sh "$province_dir")
rm -rf "$data"
cp -r "$province" "$data"
rm -f "$data/.seeded"
log="$data/programme-seeding.log"
echo "seeding every module's demo data over $people people into $data" >&2
start=$(date +%s)
# The modules' demo seeders run at start-up over the Registry's people (the Registry's own is off: it has people).
ASPNETCORE_ENVIRONMENT=Production dotnet src/Host/bin/Release/net10.0/TriThuc.Host.dll \
  --urls "http://127.0.0.1:5097" --TriThuc:DataPath="$data" --TriThuc:LogPath="$data/logs" \
  --TriThuc:Modules:Science:DemoData:Enabled=true --TriThuc:Modules:Health:DemoData:Enabled=true \
  --TriThuc:Modules:University:DemoData:Enabled=true --TriThuc:Modules:Education:DemoData:Enabled=true \
  --TriThuc:Modules:Talent:DemoData:Enabled=true --TriThuc:Modules:Associations:DemoData:Enabled=true >"$log" 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null || true' EXIT
for module in Science Health University Education Talent Associations; do
  until grep -qE "(Seeded|No) $module demo data" "$log"; do
    kill -0 "$pid" 2>/dev/null || { echo "the host stopped while seeding:" >&2; tail -20 "$log" >&2; exit 1; }
    [ $(( $(date +%s) - start )) -lt 1800 ] || { echo "no word from the $module demo after 30 minutes:" >&2; tail -20 "$log" >&2; exit 1; }
    sleep 2
  done
done
sleep 2
kill "$pid"; wait "$pid" 2>/dev/null || true
trap - EXIT
grep -oE "(Seeded|No) (Science|Health|University|Education|Talent|Associations) demo data[^{(]*" "$log" >&2 || true
echo "seeded in $(( $(date +%s) - start )) s" >&2
touch "$data/.seeded"
echo "$data"
