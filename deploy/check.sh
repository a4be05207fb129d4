#!/usr/bin/env bash
# Checks of the deployment files that need no Docker engine (none on these machines):
# the compose file is valid, the API and worker wait for the one-shot migrate service, and the
# images are on a supported Node LTS.
set -euo pipefail
cd "$(dirname "$0")/.."

if grep -E '^FROM node:' Dockerfile | grep -vqE '^FROM node:(22|24)-bookworm-slim'; then
  echo "Dockerfile: Node images must be a supported LTS (node:22 or node:24 bookworm-slim)" >&2
  exit 1
fi

if ! command -v docker-compose >/dev/null 2>&1; then
  echo "docker-compose is not installed (apt-get install -y docker-compose): compose file not checked"
  exit 0
fi
export JWT_SECRET=compose-check-only-0123456789abcdef
docker-compose config -q
# docker-compose is Python with PyYAML: its own parser reads its normalised output.
docker-compose config | python3 -c '
import sys, yaml
services = yaml.safe_load(sys.stdin)["services"]
problems = []
if services.get("migrate", {}).get("command") != ["node", "dist/src/migrate.js"]:
    problems.append("the migrate service must run node dist/src/migrate.js")
for name in ("api", "worker"):
    condition = services[name].get("depends_on", {}).get("migrate", {}).get("condition")
    if condition != "service_completed_successfully":
        problems.append(f"{name} must depend on migrate with condition service_completed_successfully")
for p in problems:
    print("docker-compose.yml: " + p, file=sys.stderr)
sys.exit(1 if problems else 0)
'
echo "Deployment files: compose valid, migrations run once before the API and worker, Node LTS images"
