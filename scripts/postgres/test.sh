#!/usr/bin/env bash
# npm run test:postgres: the integration suite and the unit tests on PostgreSQL — every test
# database a new database on the server at TEST_POSTGRES_URL, or, when that is unset, on the
# throwaway cluster of scripts/postgres/start.sh (started if need be).
# Arguments: vitest filters to run instead of the default (tests/integration app).
set -euo pipefail
cd "$(dirname "$0")/../.."
if [[ -z "${TEST_POSTGRES_URL:-}" ]]; then
  TEST_POSTGRES_URL="$(./scripts/postgres/start.sh)"
fi
export TEST_POSTGRES_URL
echo "test:postgres: on ${TEST_POSTGRES_URL}" >&2
if [[ $# -eq 0 ]]; then set -- tests/integration app; fi
exec npx vitest run "$@"
