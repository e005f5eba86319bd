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
  # Never `npm ci`: it fails on this registry (docs/recipes.md); `npm install` keeps the lock file as is.
  npm install --no-audit --no-fund --loglevel=error >&2
fi

bash scripts/services/install-system-packages.sh
