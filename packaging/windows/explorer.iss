; Inno Setup script for explorer on Windows (x64). Wraps the one-folder bundle that
; packaging/explorer.spec builds (dist\explorer\) into dist\explorer-VERSION-setup.exe.
; Run packaging\windows\build.ps1 from the repository; it builds the bundle and then calls
;     iscc /DAppVersion=VERSION packaging\windows\explorer.iss
; The installer puts explorer in Program Files (or the user's programs folder, asked), adds a
; Start menu entry with the project's icon, optionally a desktop icon and the folder on PATH
; (for explorer-cli.exe, the command line), and uninstalls all of it.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define Root "..\.."

[Setup]
AppId={{6C0F1B6E-3F4A-4E0B-9A59-2D7C1E5B8A10}
AppName=explorer
AppVersion={#AppVersion}
AppPublisher=explorer developers
AppComments=Offline map of places, events and sides in news on geopolitics
DefaultDirName={autopf}\explorer
DefaultGroupName=explorer
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#Root}\dist
OutputBaseFilename=explorer-{#AppVersion}-windows-x64-setup
SetupIconFile={#Root}\build\icons\explorer.ico
UninstallDisplayIcon={app}\explorer.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ChangesEnvironment=yes

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "addtopath"; Description: "Add explorer-cli to PATH (the command line)"; Flags: unchecked

[Files]
Source: "{#Root}\dist\explorer\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\explorer"; Filename: "{app}\explorer.exe"; IconFilename: "{app}\explorer.exe"
Name: "{group}\Uninstall explorer"; Filename: "{uninstallexe}"
Name: "{autodesktop}\explorer"; Filename: "{app}\explorer.exe"; Tasks: desktopicon

[Registry]
Root: HKA; Subkey: "{code:EnvKey}"; ValueType: expandsz; ValueName: "Path"; ValueData: "{olddata};{app}"; Tasks: addtopath; Check: NotOnPath(ExpandConstant('{app}'))

[Run]
Filename: "{app}\explorer.exe"; Description: "{cm:LaunchProgram,explorer}"; Flags: nowait postinstall skipifsilent

[Code]
function EnvKey(Param: string): string;
begin
  if IsAdminInstallMode then
    Result := 'SYSTEM\CurrentControlSet\Control\Session Manager\Environment'
  else
    Result := 'Environment';
end;

function NotOnPath(Dir: string): Boolean;
var
  Path: string;
begin
  if not RegQueryStringValue(HKA, EnvKey(''), 'Path', Path) then
    Path := '';
  Result := Pos(';' + Uppercase(Dir) + ';', ';' + Uppercase(Path) + ';') = 0;
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  Path, Dir: string;
  P: Integer;
begin
  { take the folder off PATH again if the installer put it there }
  if CurUninstallStep = usPostUninstall then begin
    Dir := ExpandConstant('{app}');
    if RegQueryStringValue(HKA, EnvKey(''), 'Path', Path) then begin
      P := Pos(';' + Uppercase(Dir), Uppercase(Path));
      if P > 0 then begin
        Delete(Path, P, Length(Dir) + 1);
        RegWriteExpandStringValue(HKA, EnvKey(''), 'Path', Path);
      end;
    end;
  end;
end;
