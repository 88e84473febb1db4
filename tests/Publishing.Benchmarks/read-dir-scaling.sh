#!/usr/bin/env bash
# `publishing read --dir` as users run it, on one core (taskset) against two, and its peak memory (issue 2).
# The executable is measured as shipped: its own runtime configuration (server GC, as the web SDK sets), so one core
# means the runtime sees one processor and sizes its GC heaps and parallelism for it.
# One core means the process is pinned to one CPU (taskset), so the runtime sees one processor; running the reader
# with a parallelism of one on a two-core machine would still give the GC and the JIT the second core.
# Usage: bash tests/Publishing.Benchmarks/read-dir-scaling.sh [folder=../shared/corpus/reports] [rounds=3] [executable]
#   executable: a published `publishing` (for example the Native AOT one from ColdStart/cold-start.sh, at
#   artifacts/coldstart/aot/publishing); by default the JIT build, run with `dotnet publishing.dll`.
set -euo pipefail
cd "$(dirname "$0")/../.."
folder="${1:-../shared/corpus/reports}"
rounds="${2:-3}"
out=artifacts/read-dir
mkdir -p "$out"
if [[ -n "${3:-}" ]]; then
  command=("$(realpath "$3")")
else
  dotnet build functions/Publishing.csproj -c Release -o "$out/bin" >"$out/build.log" 2>&1 || { tail -20 "$out/build.log"; exit 1; }
  command=(dotnet "$out/bin/publishing.dll")
fi
run() { # cores -> "seconds peak_kb"
  local cpus="$1" start end
  start=$(date +%s.%N)
  /usr/bin/time -f "%M" -o "$out/time" taskset -c "$cpus" "${command[@]}" read --dir "$folder" >"$out/lines" 2>"$out/err"
  end=$(date +%s.%N)
  echo "$(echo "$end - $start" | bc) $(cat "$out/time")"
}
best1=999; best2=999; peak=0
for ((r = 1; r <= rounds; r++)); do
  read -r t1 m1 < <(run 0)
  read -r t2 m2 < <(run 0,1)
  echo "round $r: 1 core ${t1} s (peak ${m1} KB), 2 cores ${t2} s (peak ${m2} KB)"
  best1=$(echo "if ($t1 < $best1) $t1 else $best1" | bc); best2=$(echo "if ($t2 < $best2) $t2 else $best2" | bc)
  for m in "$m1" "$m2"; do ((m > peak)) && peak=$m; done
done
echo "files: $(wc -l < "$out/lines") lines; $(tail -1 "$out/err")"
echo "${command[*]} read --dir, best of $rounds: 1 core ${best1} s, 2 cores ${best2} s, speed-up $(echo "scale=2; $best1 / $best2" | bc)x (target >= 1.7)"
echo "peak resident memory: $((peak / 1024)) MB (target < 200)"
