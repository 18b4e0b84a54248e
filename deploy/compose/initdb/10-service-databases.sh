#!/usr/bin/env bash
# First start of the PostgreSQL container only: one database and owner per service (Flyway creates the schema).
set -euo pipefail
psql -v ON_ERROR_STOP=1 --username postgres \
  -v plans_password="$PLANS_DB_PASSWORD" -v notifications_password="$NOTIFICATIONS_DB_PASSWORD" <<'SQL'
CREATE ROLE plans LOGIN PASSWORD :'plans_password';
CREATE DATABASE plans OWNER plans;
CREATE ROLE notifications LOGIN PASSWORD :'notifications_password';
CREATE DATABASE notifications OWNER notifications;
SQL
