#!/usr/bin/env bash
# pg_dump in custom format to BACKUP_DIR, then delete dumps older than BACKUP_KEEP_DAYS.
set -euo pipefail
: "${DB_HOST:?}" "${DB_NAME:=wealthai}" "${DB_USER:=wealthai_user}" "${DB_PORT:=5432}"
dir=${BACKUP_DIR:-/var/backups/wealthai-crm}; keep=${BACKUP_KEEP_DAYS:-14}
mkdir -p "$dir"
file="$dir/wealthai-$(date -u +%Y%m%dT%H%M%SZ).dump"
PGPASSWORD=${DB_PASSWORD:-} pg_dump -h "$DB_HOST" -p "$DB_PORT" -U "$DB_USER" -d "$DB_NAME" -Fc -f "$file.part"
mv "$file.part" "$file"
echo "backup: $file ($(du -h "$file" | cut -f1))"
find "$dir" -name 'wealthai-*.dump' -mtime +"$keep" -print -delete | sed 's/^/backup: removed /'
