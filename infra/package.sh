#!/usr/bin/env bash
# Assembles the deployable Functions app package: artifacts/publishing-app.zip
#
# Layout of the zip (the app root of the function app):
#   host.json                 customHandler -> ./publishing
#   publishing                the handler executable (Native AOT, or self-contained single file)
#   <Function>/function.json  one folder per function, copied from functions/app/
#
# Usage: bash infra/package.sh [--no-aot] [--require-aot] [--output PATH]
#   --no-aot       skip Native AOT; publish a self-contained single-file (JIT) executable instead
#   --require-aot  fail if the Native AOT publish fails instead of falling back to --no-aot
#   --output PATH  zip to write (default artifacts/publishing-app.zip)
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo_root"

mode=auto   # auto | aot | jit
zip_path="artifacts/publishing-app.zip"
while [[ $# -gt 0 ]]; do
  case "$1" in
    --no-aot) mode=jit ;;
    --require-aot) mode=aot ;;
    --output) zip_path="$2"; shift ;;
    -h|--help) sed -n '2,14p' "$0"; exit 0 ;;
    *) echo "package: unknown argument $1" >&2; exit 2 ;;
  esac
  shift
done

project="functions/Publishing.csproj"
rid="linux-x64"
exe="publishing"            # AssemblyName; host.json customHandler.description.defaultExecutablePath
work="artifacts/package"
publish_dir="$work/publish"
staging="$work/app"
log_dir="$work/logs"

rm -rf "$work"
mkdir -p "$publish_dir" "$staging" "$log_dir" "$(dirname "$zip_path")"
zip_path="$(cd "$(dirname "$zip_path")" && pwd)/$(basename "$zip_path")"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

publish_aot() {
  echo "package: dotnet publish (Native AOT, $rid)"
  # The native link does not notice changed linker settings (functions/Publishing.csproj): link from scratch.
  rm -rf "functions/obj/Release/net10.0/$rid/native"
  dotnet publish "$project" -c Release -r "$rid" \
    -p:PublishAot=true -p:CppCompilerAndLinker=gcc -p:StripSymbols=true \
    -o "$publish_dir" 2>&1 | tee "$log_dir/publish-aot.log"
  return "${PIPESTATUS[0]}"
}

publish_jit() {
  echo "package: dotnet publish (self-contained single file, no AOT, $rid)"
  dotnet publish "$project" -c Release -r "$rid" --self-contained true \
    -p:PublishAot=false -p:PublishSingleFile=true -p:PublishReadyToRun=true \
    -o "$publish_dir" 2>&1 | tee "$log_dir/publish-jit.log"
  return "${PIPESTATUS[0]}"
}

flavour=""
case "$mode" in
  jit)
    publish_jit
    flavour="self-contained (no AOT, --no-aot)"
    ;;
  aot)
    publish_aot || { echo "package: Native AOT publish failed and --require-aot was given" >&2; exit 1; }
    flavour="Native AOT"
    ;;
  auto)
    if publish_aot; then
      flavour="Native AOT"
    else
      {
        echo
        echo "package: ================================================================"
        echo "package: Native AOT publish FAILED (log: $log_dir/publish-aot.log)."
        echo "package: Usual causes: trim/AOT analysis warnings (IL2xxx/IL3xxx) that the"
        echo "package: repository's TreatWarningsAsErrors turns into errors, or a missing"
        echo "package: native toolchain. Falling back to a self-contained non-AOT publish"
        echo "package: (same as --no-aot). Use --require-aot to make this an error."
        echo "package: ================================================================"
        echo
      } >&2
      grep -E ' error ' "$log_dir/publish-aot.log" | sort -u | head -n 20 >&2 || true
      rm -rf "$publish_dir"; mkdir -p "$publish_dir"
      publish_jit
      flavour="self-contained (no AOT, fallback)"
    fi
    ;;
esac

if [[ ! -f "$publish_dir/$exe" ]]; then
  echo "package: expected executable $publish_dir/$exe was not produced" >&2
  exit 1
fi

# App root = publish output (minus native debug symbols and any copies of the function folders the
# Web SDK may have picked up as content) + host.json + one folder per function.
cp -a "$publish_dir/." "$staging/"
find "$staging" -name '*.dbg' -delete
rm -rf "$staging/app"
cp host.json "$staging/host.json"

functions=0
for fdir in functions/app/*/; do
  name="$(basename "$fdir")"
  [[ -f "$fdir/function.json" ]] || continue
  if [[ -e "$staging/$name" ]]; then
    echo "package: function folder $name clashes with a published file" >&2
    exit 1
  fi
  mkdir -p "$staging/$name"
  cp "$fdir/function.json" "$staging/$name/function.json"
  functions=$((functions + 1))
done
if [[ $functions -eq 0 ]]; then
  echo "package: no functions/app/*/function.json found" >&2
  exit 1
fi

chmod +x "$staging/$exe"

rm -f "$zip_path"
# zip keeps the Unix mode bits, so the handler stays executable after extraction.
(cd "$staging" && zip -q -r -X "$zip_path" .)

exe_size=$(stat -c %s "$staging/$exe")
zip_size=$(stat -c %s "$zip_path")
echo "package: flavour      $flavour"
echo "package: executable   $exe ($((exe_size / 1024 / 1024)) MiB, $exe_size bytes): $(file -b "$staging/$exe" 2>/dev/null | cut -c1-80 || true)"
echo "package: functions    $functions ($(cd functions/app && ls -d */ | tr -d / | tr '\n' ' '))"
# A Native AOT binary links against the build machine's glibc: it needs at least the newest
# GLIBC_x.y symbol version it references on the Functions worker image (see docs/deployment.md).
if command -v objdump >/dev/null 2>&1; then
  glibc="$(objdump -T "$staging/$exe" 2>/dev/null | grep -o 'GLIBC_[0-9.]*' | sort -V | tail -n1 || true)"
  [[ -n "$glibc" ]] && echo "package: needs glibc  >= ${glibc#GLIBC_} (newest symbol version referenced by $exe)"
fi
echo "package: zip          $zip_path ($((zip_size / 1024 / 1024)) MiB, $zip_size bytes)"
