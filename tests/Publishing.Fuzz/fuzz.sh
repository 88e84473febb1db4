#!/usr/bin/env bash
# Fuzzes one target with afl-fuzz (Debian's afl++) and SharpFuzz for a bounded time, then prints the run's numbers.
#   tests/Publishing.Fuzz/fuzz.sh [pdf|payload] [seconds]        (defaults: pdf 600)
# Targets: pdf = ReportReader.ReadPdf on the input bytes; payload = InvocationRequest.Parse and its accessors.
# Seeds: the generated hostile corpus (written by the hostile benchmark) and the sample report, or the sample
# invocation payloads in Seeds/payload. Findings land in tests/Publishing.Fuzz/out/<target>/ (ignored by git); a
# crash reproduces outside afl-fuzz with the uninstrumented harness (instrumented code needs afl-fuzz's shared memory):
#   dotnet run --project tests/Publishing.Fuzz -- <target> <crash file>
set -euo pipefail
target=${1:-pdf}
seconds=${2:-600}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
out="$here/out"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

case "$target" in pdf|payload) ;; *) echo "unknown target '$target' (pdf or payload)" >&2; exit 2 ;; esac
if ! command -v afl-fuzz >/dev/null; then
  if [ "$(id -u)" = 0 ]; then apt-get install -y afl++ >/dev/null; else echo "afl-fuzz missing: apt-get install afl++" >&2; exit 1; fi
fi
tools="$out/tools"
if [ ! -x "$tools/sharpfuzz" ]; then
  dotnet tool install SharpFuzz.CommandLine --version 2.3.0 --tool-path "$tools" >/dev/null
fi

echo "== build and instrument"
bin="$out/bin-$target"
rm -rf "$bin"
dotnet publish "$here/Publishing.Fuzz.csproj" -c Release -o "$bin" --nologo -v quiet >/dev/null
# Instrument our code, and PdfPig for the reader target (its branches are where hostile PDFs go).
assemblies=(publishing.dll)
[ "$target" = pdf ] && assemblies+=(UglyToad.PdfPig.dll UglyToad.PdfPig.Core.dll UglyToad.PdfPig.Tokenization.dll UglyToad.PdfPig.Tokens.dll UglyToad.PdfPig.Fonts.dll)
for assembly in "${assemblies[@]}"; do
  [ -f "$bin/$assembly" ] && "$tools/sharpfuzz" "$bin/$assembly" >/dev/null
done

echo "== seeds"
seeds="$out/seeds/$target"
rm -rf "$seeds" && mkdir -p "$seeds"
if [ "$target" = pdf ]; then
  dotnet run -c Release --project "$root/tests/Publishing.Benchmarks" -- hostile --write "$out/corpus" >/dev/null
  cp "$root/samples/reports/"*.pdf "$seeds/"
  # afl-fuzz refuses seeds over 1 MB; the large cases are covered by the reader tests instead.
  find "$out/corpus" -name '*.pdf' -size -200k -exec cp {} "$seeds/" \;
else
  cp "$here/Seeds/payload/"*.json "$seeds/"
fi
echo "$(ls "$seeds" | wc -l) seeds"

echo "== afl-fuzz $target for $seconds s"
findings="$out/$target"
rm -rf "$findings"
export AFL_SKIP_BIN_CHECK=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_UI=1 AFL_NO_AFFINITY=1
afl-fuzz -V "$seconds" -i "$seeds" -o "$findings" -t 10000 -m none -x "$here/Seeds/$target.dict" -- dotnet "$bin/Publishing.Fuzz.dll" "$target" >"$out/$target.log" 2>&1 || true

stats="$findings/default/fuzzer_stats"
if [ ! -f "$stats" ]; then echo "afl-fuzz did not start; see $out/$target.log" >&2; tail -20 "$out/$target.log" >&2; exit 1; fi
grep -E '^(run_time|execs_done|execs_per_sec|corpus_count|corpus_found|saved_crashes|saved_hangs|bitmap_cvg|stability) ' "$stats"
crashes=$(find "$findings/default/crashes" -type f -name 'id*' | wc -l)
hangs=$(find "$findings/default/hangs" -type f -name 'id*' | wc -l)
echo "crashes: $crashes, hangs: $hangs (in $findings/default)"
