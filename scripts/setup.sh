#!/usr/bin/env bash
# Everything a fresh Debian machine with Node 20 needs to run this project, from nothing:
# apt packages (with --browser: Chromium for the browser tests), npm ci, Prisma client,
# database migrations, production build. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ "${1:-}" == "--browser" ]] && ! command -v chromium >/dev/null 2>&1; then
  echo "setup: installing Chromium from Debian's packages (browser tests)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium >/dev/null
fi

echo "setup: npm ci"
npm ci --no-audit --no-fund --loglevel=error
echo "setup: npm ci (tools/shopify-cli: the Shopify CLI and Node 22, to validate the app config)"
npm ci --prefix tools/shopify-cli --no-audit --no-fund --loglevel=error
echo "setup: prisma generate + migrate deploy (${DATABASE_URL:-file:./prisma/dev.sqlite})"
npx prisma generate >/dev/null
npx prisma migrate deploy
echo "setup: build"
npx remix vite:build >/dev/null
echo "setup: done"
