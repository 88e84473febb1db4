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
empty=tests/Publishing.Benchmarks/ColdStart/EmptyApp/EmptyApp.csproj
# The native link does not notice changed linker settings: start each AOT publish from a clean native folder.
publish_aot() { # project output [extra msbuild properties...]
  local project="$1" dir="$2"; shift 2
  rm -rf "$(dirname "$project")/obj/Release/net10.0/linux-x64/native"
  dotnet publish "$project" "${aot_flags[@]}" "$@" -o "$out/$dir" >"$out/$dir.log" 2>&1 || { tail -20 "$out/$dir.log"; exit 1; }
}
publish_aot functions/Publishing.csproj aot
dotnet publish functions/Publishing.csproj -c Release -o "$out/jit" >"$out/jit.log" 2>&1 || { tail -20 "$out/jit.log"; exit 1; }
# Two floors: the empty app as `dotnet publish` makes it by default, and linked as the handler is (fixed address,
# data not dehydrated, see functions/Publishing.csproj), so the comparison can be made both ways.
publish_aot "$empty" empty
publish_aot "$empty" empty-linked-as-handler -p:PositionIndependentExecutable=false -p:IlcDehydrate=false
# The handler checks storage after it answers; give it an Azurite connection string so it runs as it would in Azure.
export AzureWebJobsStorage="${AzureWebJobsStorage:-UseDevelopmentStorage=true}"
# As deployed (infra/functionapp.bicep): the workstation GC, and Application Insights configured (an ingestion endpoint
# nobody listens on: export starts after the first answer, so only its setup cost could show).
as_deployed="DOTNET_gcServer=0 APPLICATIONINSIGHTS_CONNECTION_STRING=InstrumentationKey=00000000-0000-0000-0000-000000000000;IngestionEndpoint=http://127.0.0.1:9/"
dotnet run -c Release --project tests/Publishing.Benchmarks -- coldstart "$rounds" \
  "empty-aot-floor=$out/empty/empty-app" \
  "empty-linked-as-handler=$out/empty-linked-as-handler/empty-app" \
  "handler-aot-as-deployed=$out/aot/publishing|serve $as_deployed" \
  "handler-aot-defaults=$out/aot/publishing|serve" \
  "handler-jit=$out/jit/publishing|serve"
ls -l "$out/aot/publishing" "$out/empty/empty-app" "$out/empty-linked-as-handler/empty-app"
