; Inno Setup 6 script of the AgentDesk workstation installer (docs/deployment.md).
;
;   iscc /DAppVersion=0.1.0 /DSourceDir=..\..\dist\agentdesk agentdesk.iss
;
; Silent installation (software distribution, GPO start-up script):
;   AgentDesk-<version>-setup.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART /SP- ^
;       /LOG="C:\Windows\Temp\agentdesk-setup.log" /PRESET="\\server\share\agentdesk.toml"
;
; /PRESET=<file> (ours) copies IT's preset to the machine-wide settings file
; {commonappdata}\AgentDesk\AgentDesk\agentdesk.toml, the folder desktop/config.py reads
; (platformdirs.site_config_dir("AgentDesk", "AgentDesk")). Without /PRESET an existing
; file there is kept, so updates never undo IT's settings.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\agentdesk"
#endif
#define AppName "AgentDesk"
#define AppExe "agentdesk.exe"

[Setup]
; A fixed AppId: new versions install over old ones (and share one uninstaller entry).
AppId={{7C1E8F2A-5B4D-4F0E-9A61-3D2C8B7E4A10}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppName}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
; Per-machine installation for all users.
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=Output
OutputBaseFilename={#AppName}-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
UninstallDisplayIcon={app}\{#AppExe}
; A running AgentDesk is asked to close (silent installs close it) and not restarted.
CloseApplications=force
RestartApplications=no
SetupLogging=yes

[Languages]
Name: "de"; MessagesFile: "compiler:Languages\German.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Dirs]
; Readable by users, writable by administrators only (the default ACL of ProgramData
; subfolders created by an elevated setup).
Name: "{commonappdata}\AgentDesk\AgentDesk"; Flags: uninsneveruninstall

[Files]
; The whole one-folder bundle of build.spec. The old _internal folder is removed first
; (see [InstallDelete]) so no module of an older version stays behind.
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
; IT's preset, only when /PRESET= is given.
Source: "{param:PRESET}"; DestDir: "{commonappdata}\AgentDesk\AgentDesk"; \
    DestName: "agentdesk.toml"; Flags: external ignoreversion uninsneveruninstall; \
    Check: HasPreset

[InstallDelete]
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; Flags: unchecked

[Run]
; Not in silent mode: the roll-out tooling starts nothing in the user's session.
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; \
    Flags: nowait postinstall skipifsilent

[Code]
function HasPreset: Boolean;
begin
  Result := ExpandConstant('{param:PRESET|}') <> '';
  if Result and not FileExists(ExpandConstant('{param:PRESET}')) then
  begin
    Log('The preset file ' + ExpandConstant('{param:PRESET}') + ' does not exist.');
    Result := False;
  end;
end;
