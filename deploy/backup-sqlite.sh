#!/usr/bin/env bash
# Online backup of an embedded (SQLite) deployment: safe while the host runs (SQLite's backup API copies a
# consistent state, write-ahead log included).  Usage: backup-sqlite.sh /var/lib/trithuc/data /var/backups/trithuc
set -euo pipefail
data=$1 target=$2/$(date +%Y-%m-%d-%H%M)
mkdir -p "$target"
for db in "$data"/*.db; do
  sqlite3 "$db" ".backup '$target/$(basename "$db")'"
  sqlite3 "$target/$(basename "$db")" "PRAGMA integrity_check;" | grep -qx ok
done
cp "$data"/development-signing-key "$target"/ 2>/dev/null || true
echo "$target"
