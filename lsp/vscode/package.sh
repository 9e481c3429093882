#!/usr/bin/env bash
# Builds the VS Code extension as a .vsix: publishes the language server (framework-dependent,
# started with `dotnet journey-language-server.dll`) into server/, then packages offline.
# Needs the .NET 10 SDK and `npm ci` run in this folder. Prints the path of the .vsix.
set -euo pipefail
cd "$(dirname "$0")"

rm -rf server
dotnet publish ../MarketingAutomation.LanguageServer/MarketingAutomation.LanguageServer.csproj \
  -c Release -o server --nologo -v quiet -p:UseAppHost=false >&2

out="journey-language-$(node -p "require('./package.json').version").vsix"
rm -f "$out"
npx --no-install vsce package --allow-missing-repository --skip-license --out "$out" >&2
echo "$PWD/$out"
