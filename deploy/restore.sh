#!/usr/bin/env bash
# restore.sh FILE.dump — replaces the database's content with the dump. Stop the service first.
set -euo pipefail
file=${1:?usage: restore.sh FILE.dump}
: "${DB_HOST:?}" "${DB_NAME:=wealthai}" "${DB_USER:=wealthai_user}" "${DB_PORT:=5432}"
PGPASSWORD=${DB_PASSWORD:-} pg_restore -h "$DB_HOST" -p "$DB_PORT" -U "$DB_USER" -d "$DB_NAME" \
  --clean --if-exists --no-owner --single-transaction "$file"
echo "restore: $file into $DB_NAME on $DB_HOST"
