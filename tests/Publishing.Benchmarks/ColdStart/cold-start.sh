#!/usr/bin/env bash
# Cold-start benchmark (issue 5): the Native AOT handler, the same app under the JIT, and an empty ASP.NET Core AOT
# app (the floor), each from process start to its first answered GET /, as the Functions host starts it.
# Usage: bash tests/Publishing.Benchmarks/ColdStart/cold-start.sh [rounds]
set -euo pipefail
cd "$(dirname "$0")/../../.."
rounds="${1:-15}"
out=artifacts/coldstart
rm -rf "$out"; mkdir -p "$out"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
aot_flags=(-c Release -r linux-x64 -p:PublishAot=true -p:CppCompilerAndLinker=gcc -p:StripSymbols=true)
dotnet publish functions/Publishing.csproj "${aot_flags[@]}" -o "$out/aot" >"$out/aot.log" 2>&1 || { tail -20 "$out/aot.log"; exit 1; }
dotnet publish functions/Publishing.csproj -c Release -o "$out/jit" >"$out/jit.log" 2>&1 || { tail -20 "$out/jit.log"; exit 1; }
dotnet publish tests/Publishing.Benchmarks/ColdStart/EmptyApp/EmptyApp.csproj "${aot_flags[@]}" -o "$out/empty" >"$out/empty.log" 2>&1 || { tail -20 "$out/empty.log"; exit 1; }
# The handler checks storage after it answers; give it an Azurite connection string so it runs as it would in Azure.
export AzureWebJobsStorage="${AzureWebJobsStorage:-UseDevelopmentStorage=true}"
dotnet run -c Release --project tests/Publishing.Benchmarks -- coldstart "$rounds" \
  "empty-aot-floor=$out/empty/empty-app" \
  "handler-aot=$out/aot/publishing|serve" \
  "handler-jit=$out/jit/publishing|serve"
ls -l "$out/aot/publishing" "$out/empty/empty-app"
