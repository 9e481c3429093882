#!/usr/bin/env bash
# Rewrites the checked-in baseline files (diagnostics, symbols, formatted text of every example
# file) from the current code. Review the resulting diff before committing it.
set -euo pipefail
cd "$(dirname "$0")/.."
MA_UPDATE_BASELINES=1 dotnet test tests/MarketingAutomation.Language.Tests --filter "FullyQualifiedName~Baseline" "$@"
git status --short tests/MarketingAutomation.Language.Tests/Baselines
MA_UPDATE_BASELINES=1 dotnet test tests/MarketingAutomation.Compiler.Tests --filter "FullyQualifiedName~Baseline" "$@"
git status --short tests/MarketingAutomation.Compiler.Tests/Baselines
