; Inno Setup 6 script for the Store Manager desktop app (Windows, 64-bit).
;
; Build the app first (python installer\build.py, which fills dist\StoreManager), then compile this
; script with Inno Setup 6.3 or later:
;     "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" installer\store_manager.iss
; Relative paths below are relative to this file. The installer is written to dist\.
;
; The app keeps its databases in %LOCALAPPDATA%\StoreManager. The uninstaller deliberately leaves that
; folder alone: it holds the shop's sales that may not have reached the hub yet.

#define AppName "Store Manager"
#define AppExeName "StoreManager.exe"
#define AppVersion "0.1.0"
#define AppPublisher "Store Manager"
#define DistDir "..\dist\StoreManager"

[Setup]
; AppId identifies the app for upgrades and uninstall: never change it.
AppId={{0CF23050-6304-4B16-88C4-15B6E6C32961}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
DefaultDirName={autopf}\StoreManager
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
UninstallDisplayIcon={app}\{#AppExeName}
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Installs for all users by default; a user without admin rights may choose "only for me".
PrivilegesRequired=admin
PrivilegesRequiredOverridesAllowed=dialog
OutputDir=..\dist
OutputBaseFilename=StoreManager-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; Pick the wizard language from the Windows display language, falling back to English.
ShowLanguageDialog=auto
LanguageDetectionMethod=uilanguage
; Close a running copy before replacing its files.
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "portuguese"; MessagesFile: "compiler:Languages\Portuguese.isl"
; Traditional Chinese is not one of Inno Setup's official translations. Download ChineseTraditional.isl
; from https://jrsoftware.org/files/istrans/ (the unofficial set), put it in Inno Setup's Languages
; folder, and uncomment this line:
;Name: "chinesetraditional"; MessagesFile: "compiler:Languages\ChineseTraditional.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole PyInstaller onedir output: StoreManager.exe and its _internal folder.
Source: "{#DistDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExeName}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExeName}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExeName}"; Description: "{cm:LaunchProgram,{#StringChange(AppName, '&', '&&')}}"; Flags: nowait postinstall skipifsilent
