#!/usr/bin/env bash
# What `npm test` runs first on a fresh clone: npm dependencies, then the Debian packages the local services
# need. Runs under plain bash with whatever Node is on PATH (npm install itself works on the system Node 20);
# a no-op in well under a second when everything is already there.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

# npm rewrites node_modules/.package-lock.json on every install, even "up to date", so it marks the last one.
stamp=node_modules/.package-lock.json
if [ ! -f "$stamp" ] || [ package-lock.json -nt "$stamp" ] || [ package.json -nt "$stamp" ]; then
  echo "[setup] npm install" >&2
  # --force: madge@8 declares an optional peer typescript@^5 while we use TypeScript 7, which npm otherwise
  # rejects (ERESOLVE); --force keeps the lock file as committed, unlike --legacy-peer-deps. Never `npm ci`
  # (docs/recipes.md: it fails on this registry).
  npm install --no-audit --no-fund --force --loglevel=error >&2
fi

bash scripts/services/install-system-packages.sh
