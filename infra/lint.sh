#!/usr/bin/env bash
# Builds and lints the Bicep templates with a pinned Bicep CLI taken from NuGet, and fails on any
# diagnostic (warning or error). Needs only the .NET SDK and the NuGet feed.
#
#   bash infra/lint.sh            # lint azure.bicep (and, through it, every module in infra/)
#   BICEP=/path/to/bicep bash infra/lint.sh   # use an existing bicep binary instead
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo_root"

bicep_version="${BICEP_VERSION:-0.49.2}"
package_id="azure.bicep.commandline.linux-x64"

find_bicep() {
  local packages
  packages="${NUGET_PACKAGES:-}"
  if [[ -z "$packages" ]]; then
    # "global-packages: /root/.nuget/packages/"
    packages="$(dotnet nuget locals global-packages --list | sed -n 's/^[^:]*global-packages: *//p' | head -n1)"
  fi
  packages="${packages%/}"
  echo "$packages/$package_id/$bicep_version/tools/bicep"
}

if [[ -z "${BICEP:-}" ]]; then
  BICEP="$(find_bicep)"
  if [[ ! -f "$BICEP" ]]; then
    echo "lint: restoring Bicep CLI $bicep_version from NuGet ($package_id)" >&2
    dotnet restore infra/bicep-cli/BicepCli.proj -p:BicepVersion="$bicep_version" --nologo -v quiet >&2
    BICEP="$(find_bicep)"
  fi
  if [[ ! -f "$BICEP" ]]; then
    echo "lint: bicep binary not found at $BICEP after restore" >&2
    exit 2
  fi
  [[ -x "$BICEP" ]] || chmod +x "$BICEP"
fi

# The CLI is a self-contained .NET app; keep it from phoning home or needing ICU.
export DOTNET_CLI_TELEMETRY_OPTOUT=1
export DOTNET_SYSTEM_GLOBALIZATION_INVARIANT="${DOTNET_SYSTEM_GLOBALIZATION_INVARIANT:-1}"

echo "lint: $("$BICEP" --version)"

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

status=0
run() {
  local label="$1"; shift
  local out="$tmp/$label.log"
  local rc=0
  "$@" >"$out" 2>&1 || rc=$?
  cat "$out"
  # bicep exits 0 when it only reports warnings; treat any diagnostic as a failure.
  if [[ $rc -ne 0 ]] || grep -Eq ': (Warning|Error|Info) [A-Za-z0-9-]+:|\b(Warning|Error) BCP[0-9]+' "$out"; then
    echo "lint: $label FAILED (exit $rc, or diagnostics in the output)"
    status=1
  else
    echo "lint: $label ok"
  fi
}

run build "$BICEP" build azure.bicep --outfile "$tmp/azure.json"
run lint "$BICEP" lint azure.bicep
# Modules are linted through the main template, but lint each file too so a module that is not
# (yet) referenced cannot hide a problem.
for module in infra/*.bicep; do
  run "lint-$(basename "$module" .bicep)" "$BICEP" lint "$module"
done

if [[ $status -ne 0 ]]; then
  echo "lint: FAILED"
else
  echo "lint: all Bicep files build and lint clean"
fi
exit $status
