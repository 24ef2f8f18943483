#!/usr/bin/env bash
# Everything a fresh Debian machine with Node 20 needs to run this project, from nothing:
# apt packages (with --browser: Chromium for the browser tests; with --postgres: PostgreSQL, for
# the suite on PostgreSQL and running at scale, see scripts/postgres/start.sh), npm ci, the Prisma
# clients (SQLite and PostgreSQL), database migrations, production build. Safe to run again.
# Usage: ./scripts/setup.sh [--browser] [--postgres]
set -euo pipefail
cd "$(dirname "$0")/.."

packages=()
for option in "$@"; do
  case "$option" in
    --browser) command -v chromium >/dev/null 2>&1 || packages+=(chromium) ;;
    --postgres) compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || packages+=(postgresql) ;;
    *) echo "setup: unknown option $option (use --browser, --postgres)" >&2; exit 2 ;;
  esac
done
if [[ ${#packages[@]} -gt 0 ]]; then
  echo "setup: installing ${packages[*]} from Debian's packages"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${packages[@]}" >/dev/null
fi

echo "setup: npm ci"
npm ci --no-audit --no-fund --loglevel=error
echo "setup: npm ci (tools/shopify-cli: the Shopify CLI and Node 22, to validate the app config)"
npm ci --prefix tools/shopify-cli --no-audit --no-fund --loglevel=error
echo "setup: prisma generate (SQLite and PostgreSQL clients) + db:migrate (${DATABASE_URL:-file:./prisma/dev.sqlite})"
npx prisma generate >/dev/null
out="$(npx prisma generate --schema prisma/postgres/schema.prisma 2>&1)" || { echo "$out" >&2; exit 1; }
npm run --silent db:migrate
echo "setup: build"
npx remix vite:build >/dev/null
echo "setup: done"
