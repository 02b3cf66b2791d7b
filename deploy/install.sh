#!/usr/bin/env bash
# Idempotent install on Debian. Run from the unpacked release folder (crm.war, payara-micro.jar, deploy/).
#   sudo ./deploy/install.sh [--with-database]
# ROOT=/some/dir installs under that folder instead of / (for trying it out; no systemctl then).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd); root=${ROOT:-}
say() { echo "install: $*"; }
put() { # put SRC DEST MODE: copy only when different
    if ! cmp -s "$1" "$root$2"; then install -D -m "$3" "$1" "$root$2"; say "wrote $2"; else say "unchanged $2"; fi
}
if [ -z "$root" ] && ! id wealthai-crm >/dev/null 2>&1; then
    useradd --system --home /var/lib/wealthai-crm --shell /usr/sbin/nologin wealthai-crm; say "created user wealthai-crm"
fi
for d in /opt/wealthai-crm /etc/wealthai-crm /var/lib/wealthai-crm /var/log/wealthai-crm /var/backups/wealthai-crm; do
    [ -d "$root$d" ] && say "exists $d" || { mkdir -p "$root$d"; say "created $d"; }
done
[ -z "$root" ] && chown wealthai-crm: /var/lib/wealthai-crm /var/log/wealthai-crm /var/backups/wealthai-crm
for f in crm.war payara-micro.jar; do [ -f "$here/../$f" ] && put "$here/../$f" /opt/wealthai-crm/$f 0644; done
put "$here/pre-boot.asadmin" /opt/wealthai-crm/pre-boot.asadmin 0644
put "$here/backup.sh" /opt/wealthai-crm/backup.sh 0755
put "$here/restore.sh" /opt/wealthai-crm/restore.sh 0755
if [ ! -f "$root/etc/wealthai-crm/crm.env" ]; then
    sed "s#^CRM_DATA_KEY=\$#CRM_DATA_KEY=$(openssl rand -base64 32)#; s#^DB_PASSWORD=change-me#DB_PASSWORD=$(openssl rand -hex 16)#" \
        "$here/crm.env.example" > "$root/etc/wealthai-crm/crm.env"
    chmod 0640 "$root/etc/wealthai-crm/crm.env"; say "wrote /etc/wealthai-crm/crm.env (new data key and DB password; set CRM_ADMIN_PASSWORD)"
else say "kept /etc/wealthai-crm/crm.env"; fi
[ -z "$root" ] && chgrp wealthai-crm /etc/wealthai-crm/crm.env
for u in wealthai-crm.service wealthai-crm-backup.service wealthai-crm-backup.timer; do
    put "$here/systemd/$u" /etc/systemd/system/$u 0644; done
put "$here/nginx/wealthai-crm.conf" /etc/nginx/sites-available/wealthai-crm.conf 0644
put "$here/nginx/wealthai-crm-locations.conf" /etc/nginx/snippets/wealthai-crm-locations.conf 0644
mkdir -p "$root/etc/nginx/sites-enabled"
ln -sfn ../sites-available/wealthai-crm.conf "$root/etc/nginx/sites-enabled/wealthai-crm.conf"; say "linked site"
if [ "${1:-}" = "--with-database" ] && [ -z "$root" ]; then
    set -a; . /etc/wealthai-crm/crm.env; set +a
    if ! sudo -u postgres psql -tAc "select 1 from pg_roles where rolname='$DB_USER'" | grep -q 1; then
        sudo -u postgres psql -c "create role $DB_USER login password '$DB_PASSWORD'"; say "created role $DB_USER"; fi
    if ! sudo -u postgres psql -tAc "select 1 from pg_database where datname='$DB_NAME'" | grep -q 1; then
        sudo -u postgres createdb -O "$DB_USER" "$DB_NAME"; say "created database $DB_NAME"; fi
fi
if [ -z "$root" ] && command -v systemctl >/dev/null; then
    systemctl daemon-reload; systemctl enable wealthai-crm.service wealthai-crm-backup.timer
    nginx -t && systemctl reload nginx; say "enabled units, reloaded nginx"
fi
say "done. Start: systemctl start wealthai-crm; check: curl -s http://127.0.0.1:8080/crm/api/health"
