#Requires -Version 7.0
<#
.SYNOPSIS
    Puts MailAppliance on an ESP32 board: nanoFramework runtime, application, board file.

.DESCRIPTION
    1. checks the .NET SDK and installs or updates nanoff to the pinned version;
    2. builds firmware/MailAppliance.Firmware (nanoFramework SDK, pinned in global.json), or takes
       a prebuilt application image with -Image (no nanoFramework build on this machine);
    3. flashes the nanoFramework runtime for the board's target, at the pinned firmware version
       whose native libraries match firmware/NanoPackages.props (skipped with -SkipRuntime);
    4. deploys the application image;
    5. copies board-configs/<board>.json to the board's internal flash as I:\board.json;
    6. prints how to reach the console.
    Stops at the first failing step with nanoff's exit code and what to check.
    -WhatIf prints every command it would run and runs none.

.EXAMPLE
    ./flash.ps1 -Board olimex-esp32-poe -Port COM5
.EXAMPLE
    ./flash.ps1 -Board wt32-eth01 -Port /dev/ttyUSB0 -SkipRuntime
.EXAMPLE
    ./flash.ps1 -Board olimex-esp32-poe -Port COM5 -Image MailAppliance.Firmware.bin
.EXAMPLE
    ./flash.ps1 -ListBoards
#>
[CmdletBinding(SupportsShouldProcess)]
param(
    # A board file name from board-configs/, without .json (see -ListBoards).
    [string] $Board,
    # The board's USB serial port: COM5 on Windows, /dev/ttyUSB0 on Linux, /dev/cu.usbserial-* on macOS.
    [string] $Port,
    # Keep the nanoFramework runtime on the board; redeploy only the application and the board file.
    [switch] $SkipRuntime,
    # Deploy this prebuilt application image (the .bin of the Windows workflow or of
    # tools/MailAppliance.DeviceBuild) instead of building one.
    [string] $Image,
    # List the supported boards and exit.
    [switch] $ListBoards
)

Set-StrictMode -Version 3.0
$ErrorActionPreference = 'Stop'

# nanoff 2.5.86: a released nanoFramework.Tools.FirmwareFlasher with --filedeployment.
$NanoffVersion = '2.5.86'
# The firmware image whose native libraries match firmware/NanoPackages.props (move them together):
# nf-interpreter 8ca767c52 (2026-07-07), the last CI build that still takes System.Net 1.11.54's
# native checksum 0x6DFA71D6; every other library's checksum there is the same as on main.
$FirmwareVersion = '1.17.0.27'
$BoardFolder = Join-Path $PSScriptRoot 'board-configs'
$Project = Join-Path $PSScriptRoot 'firmware' 'MailAppliance.Firmware' 'MailAppliance.Firmware.csproj'
$OutputFolder = Join-Path $PSScriptRoot 'firmware' 'MailAppliance.Firmware' 'bin' 'Release'
$BuiltImage = Join-Path $OutputFolder 'netnano1.0' 'MailAppliance.Firmware.bin'
$DeployList = Join-Path $OutputFolder 'board-deploy.json'

function Fail([string] $message, [int] $code = 2) {
    [Console]::Error.WriteLine("error: $message")
    exit $code
}

function Get-Boards {
    Get-ChildItem -Path $BoardFolder -Filter '*.json' | Where-Object Name -ne 'board.schema.json' | Sort-Object BaseName
}

function Read-Board([string] $name) {
    $path = Join-Path $BoardFolder "$name.json"
    if ($name -notmatch '^[a-z0-9]+(-[a-z0-9]+)*$' -or -not (Test-Path -LiteralPath $path -PathType Leaf)) {
        $known = (Get-Boards).BaseName -join ', '
        Fail "unknown board '$name'. Boards: $known (./flash.ps1 -ListBoards)"
    }
    try {
        $config = Get-Content -LiteralPath $path -Raw | ConvertFrom-Json
    }
    catch {
        Fail "board-configs/$name.json is not valid JSON: $($_.Exception.Message)"
    }
    foreach ($key in 'Target', 'Description', 'Console') {
        if (-not ($config.PSObject.Properties.Name -contains $key) -or -not $config.$key) {
            Fail "board-configs/$name.json has no $key; compare it with board-configs/board.schema.json"
        }
    }
    foreach ($key in 'Port', 'Baud', 'Wiring') {
        if (-not ($config.Console.PSObject.Properties.Name -contains $key)) {
            Fail "board-configs/$name.json has no Console.$key; compare it with board-configs/board.schema.json"
        }
    }
    if ($config.Console.Port -eq 'COM1') {
        Fail "board-configs/$name.json puts the console on COM1, which nanoFramework keeps for the debugger; use COM2 or COM3"
    }
    $config | Add-Member -NotePropertyName Path -NotePropertyValue $path
    return $config
}

# Runs one step, or only shows it under -WhatIf. Stops the script when the command fails.
function Invoke-Step([string] $what, [string] $file, [string[]] $arguments, [string] $hint) {
    $line = (@($file) + $arguments | ForEach-Object { if ($_ -match '\s') { "`"$_`"" } else { $_ } }) -join ' '
    if (-not $PSCmdlet.ShouldProcess($line, $what)) {
        return
    }
    Write-Host "==> $what"
    Write-Host "    $line"
    & $file @arguments
    if ($LASTEXITCODE -ne 0) {
        Fail "$what failed (exit code $LASTEXITCODE). $hint" $LASTEXITCODE
    }
}

if ($ListBoards) {
    foreach ($file in Get-Boards) {
        $config = Read-Board $file.BaseName
        '{0,-26} {1,-24} {2}' -f $file.BaseName, $config.Target, $config.Description
    }
    exit 0
}

if (-not $Board) {
    Fail 'give the board: -Board NAME (./flash.ps1 -ListBoards shows them)'
}
$config = Read-Board $Board
if (-not $Port) {
    Fail 'give the serial port: -Port COM5 (Windows) or -Port /dev/ttyUSB0 (Linux, macOS); nanoff --listports lists them'
}
if (-not (Get-Command dotnet -ErrorAction SilentlyContinue)) {
    Fail 'the .NET SDK is not installed (dotnet not found): get it from https://dot.net, then run this again'
}

$target = $config.Target
$connectHint = "Check the USB cable (a data cable, not a charging one), the port name ($Port; nanoff --listports), and hold the board's BOOT button while nanoff connects."

Invoke-Step 'Install or update nanoff' 'dotnet' @('tool', 'update', '--global', 'nanoff', '--version', $NanoffVersion) `
    'Check the internet connection; dotnet tool update needs nuget.org.'
# A first install puts nanoff in .dotnet/tools under DOTNET_CLI_HOME (else the home folder),
# which this session's PATH may not hold yet.
$toolsHome = if ($env:DOTNET_CLI_HOME) { $env:DOTNET_CLI_HOME } else { $HOME }
$nanoff = if (Get-Command nanoff -ErrorAction SilentlyContinue) { 'nanoff' } else { Join-Path $toolsHome '.dotnet' 'tools' ($IsWindows ? 'nanoff.exe' : 'nanoff') }
if ($Image) {
    if (-not (Test-Path -LiteralPath $Image -PathType Leaf)) {
        Fail "no application image at $Image; give the .bin the Windows workflow or tools/MailAppliance.DeviceBuild wrote"
    }
    $Image = (Resolve-Path -LiteralPath $Image).Path
}
else {
    $Image = $BuiltImage
    Invoke-Step 'Build the firmware' 'dotnet' @('build', $Project, '-c', 'Release') `
        'Read the build errors above; the nanoFramework SDK is pinned in global.json and needs nuget.org once.'
    if (-not $WhatIfPreference -and -not (Test-Path -LiteralPath $Image)) {
        Fail "the build wrote no $Image; look in $OutputFolder for the .bin and report it"
    }
}
if (-not $SkipRuntime) {
    Invoke-Step "Flash the nanoFramework runtime ($target $FirmwareVersion)" $nanoff @('--update', '--target', $target, '--fwversion', $FirmwareVersion, '--serialport', $Port) $connectHint
}
Invoke-Step 'Deploy the application' $nanoff @('--target', $target, '--serialport', $Port, '--deploy', '--image', $Image) $connectHint

# nanoff copies files to the board's storage from a list (PascalCase keys, as nanoff reads them).
$deploy = [ordered]@{ SerialPort = $Port; Files = @([ordered]@{ DestinationFilePath = 'I:\board.json'; SourceFilePath = $config.Path }) }
if ($PSCmdlet.ShouldProcess($DeployList, 'Write the board file deployment list')) {
    New-Item -ItemType Directory -Force -Path $OutputFolder | Out-Null
    $deploy | ConvertTo-Json -Depth 4 | Set-Content -LiteralPath $DeployList -Encoding utf8
}
Invoke-Step "Copy the board file to I:\board.json" $nanoff @('--filedeployment', $DeployList) $connectHint

$console = $config.Console
Write-Host ''
if ($WhatIfPreference) {
    Write-Host 'Nothing was run (-WhatIf). Afterwards:'
}
else {
    Write-Host 'Done.'
}
Write-Host "The appliance's console is $($console.Port) on the board, $($console.Baud) baud, 8N1, no flow control."
Write-Host "Wiring: $($console.Wiring)"
Write-Host "Open it with PuTTY (Windows), or: screen <adapter port> $($console.Baud)  (Linux, macOS)."
Write-Host "Then: enable, configure terminal, set the address and users, end, write memory."
exit 0
