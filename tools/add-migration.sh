#!/usr/bin/env bash
# Adds a migration for both database providers, each in its own folder (Migrations/Sqlite, Migrations/Postgres):
#   bash tools/add-migration.sh src/Modules/Registry RegistryDbContext AddHonourLevel
#   bash tools/add-migration.sh src/Host PlatformDbContext AddSomething Data/Migrations
# EF Core looks for an existing model snapshot by file name; the PostgreSQL snapshot is therefore named
# <Context>PostgresModelSnapshot, and the first PostgreSQL migration of a context is moved into place here.
set -euo pipefail
cd "$(dirname "$0")/.."
project=$1 context=$2 name=$3 folder=${4:-Migrations}

dotnet tool restore >/dev/null
dotnet build tools/EfDesign -v q

add() {
  dotnet ef migrations add "$name" --project "$project" --startup-project tools/EfDesign --context "$context" \
    --output-dir "$folder/$1" --no-build -- --provider "$1"
}

add Sqlite
sqlite_snapshot="$project/$folder/Sqlite/${context}ModelSnapshot.cs"
postgres_snapshot="$project/$folder/Postgres/${context}PostgresModelSnapshot.cs"
if [ -f "$postgres_snapshot" ]; then
  add Postgres
else
  # No PostgreSQL snapshot yet: EF Core would write it over the SQLite one, of the same default name.
  saved=$(mktemp)
  cp "$sqlite_snapshot" "$saved"
  add Postgres
  sed "s/partial class ${context}ModelSnapshot/partial class ${context}PostgresModelSnapshot/" "$sqlite_snapshot" > "$postgres_snapshot"
  mv "$saved" "$sqlite_snapshot"
fi
echo "Added $name for SQLite and PostgreSQL; rebuild before running."
