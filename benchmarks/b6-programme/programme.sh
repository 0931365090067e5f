#!/usr/bin/env bash
# The generated province with every module's demo data on top (Science's portfolio and fund, Health's facilities
# and licences, the University branch's courses, lecturers and agreements, Education's schools, teachers and
# contests, Talent's policies, cases and honours, the Associations' members, consultations and drafts), seeded once
# and reused, as benchmarks/province.sh does for the Registry alone.
#
#   PEOPLE=100000 bash benchmarks/b6-programme/programme.sh      prints the folder
set -euo pipefail
cd "$(dirname "$0")/../.."
source benchmarks/common.sh

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
echo "seeding every module's demo data over $people people into $data" >&2
seed_module_demos "$data"
touch "$data/.seeded"
echo "$data"
