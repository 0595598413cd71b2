#!/usr/bin/env pwsh
# Restore, build, test and package the course: the same dotnet commands as README.md's quick start.
Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'

function Invoke-Dotnet {
    & dotnet @args
    if ($LASTEXITCODE -ne 0) { throw "dotnet $($args -join ' ') failed with exit code $LASTEXITCODE" }
}

Invoke-Dotnet restore
Invoke-Dotnet build --no-restore
Invoke-Dotnet test --no-build
Invoke-Dotnet run --project src/ScormBuilder --no-build -- build course -o dist
