#!/usr/bin/env bash
# Times the engine against `tsc --noEmit` on the same project: wall time and peak RSS of each, best of 3.
# Usage: bench/measure-engine.sh fixtures/demo-app   (after npm run build)
set -euo pipefail
dir=${1:?project folder with tsconfig.json and privacy.yaml}
best() { sort -n | head -1; }
measure() {
  for _ in 1 2 3; do /usr/bin/time -f '%e %M' "$@" 2>&1 >/dev/null | tail -1; done
}
echo "project: $dir"
tsc=$(measure node node_modules/typescript/bin/tsc --noEmit -p "$dir/tsconfig.json")
eng=$(measure node bench/engine-once.mjs "$dir/tsconfig.json" "$dir/privacy.yaml")
echo "tsc --noEmit:          $(echo "$tsc" | awk '{print $1}' | best) s, peak $(echo "$tsc" | awk '{print $2}' | sort -n | tail -1) KiB"
echo "privacy-lint engine:   $(echo "$eng" | awk '{print $1}' | best) s, peak $(echo "$eng" | awk '{print $2}' | sort -n | tail -1) KiB"
node bench/engine-once.mjs "$dir/tsconfig.json" "$dir/privacy.yaml"
