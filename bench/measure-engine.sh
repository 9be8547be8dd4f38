#!/usr/bin/env bash
# Times the engine against `tsc --noEmit` on the same project, interleaved (tsc, engine, tsc, engine, …) so both
# see the same machine load: wall time, CPU time (user+sys: what to compare on a shared machine) and peak RSS,
# best of 3 for the times, then the ratios issue #6 sets targets for (time <= 1.0x, memory <= 1.5x).
# Usage: bench/measure-engine.sh bench/projects/files-1000   (after npm run build)
set -euo pipefail
dir=${1:?project folder with tsconfig.json and privacy.yaml}
runs=${RUNS:-3}
tsc_runs=() eng_runs=()
for _ in $(seq "$runs"); do
  tsc_runs+=("$(/usr/bin/time -f '%e %U %S %M' node node_modules/typescript/bin/tsc --noEmit -p "$dir/tsconfig.json" 2>&1 >/dev/null | tail -1)")
  eng_runs+=("$(/usr/bin/time -f '%e %U %S %M' node bench/engine-once.mjs "$dir/tsconfig.json" "$dir/privacy.yaml" 2>&1 >/dev/null | tail -1)")
done
# "wall cpu rss" of a list of "%e %U %S %M" lines: best wall, best user+sys, largest peak RSS (KiB)
summary() { awk '{ w = $1; c = $2 + $3; if (NR == 1 || w < bw) bw = w; if (NR == 1 || c < bc) bc = c; if ($4 > m) m = $4 } END { printf "%.2f %.2f %d\n", bw, bc, m }'; }
read -r tw tc tm < <(printf '%s\n' "${tsc_runs[@]}" | summary)
read -r ew ec em < <(printf '%s\n' "${eng_runs[@]}" | summary)
echo "project: $dir ($runs runs each, interleaved)"
printf '%-22s wall %6.2f s   cpu %6.2f s   peak %4d MiB\n' 'tsc --noEmit:' "$tw" "$tc" $((tm / 1024))
printf '%-22s wall %6.2f s   cpu %6.2f s   peak %4d MiB\n' 'privacy-lint engine:' "$ew" "$ec" $((em / 1024))
awk -v tw="$tw" -v tc="$tc" -v tm="$tm" -v ew="$ew" -v ec="$ec" -v em="$em" 'BEGIN { printf "engine / tsc:          wall %.2fx   cpu %.2fx   memory %.2fx\n", ew / tw, ec / tc, em / tm }'
node bench/engine-once.mjs "$dir/tsconfig.json" "$dir/privacy.yaml"
