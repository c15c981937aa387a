; Inno Setup 6 script for the Store Manager desktop app (Windows, 64-bit).
;
; Build the app first (python installer\build.py, which fills dist\StoreManager), then compile this
; script with Inno Setup 6.3 or later:
;     "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" installer\store_manager.iss
; Relative paths below are relative to this file. The installer is written to dist\.
;
; Program files per machine (Program Files\StoreManager, admin), data per user: the app keeps its
; databases and logs in %LOCALAPPDATA%\StoreManager and its settings in HKCU\Software\StoreManager.
; Uninstalling keeps that data unless asked: the uninstaller asks (default: keep), a silent uninstall
; keeps it, and `unins000.exe /SILENT /DELETEDATA=yes` deletes it. The data holds the shop's sales that
; may not have reached the hub yet. Only the uninstalling user's data is reached; other Windows
; accounts' folders stay.

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
SetupIconFile=..\resources\icons\store-manager.ico
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

[CustomMessages]
english.DeleteDataQuestion=Also delete this computer's Store Manager data (databases, settings and logs in %1)?%n%nSales that have not reached the hub yet would be lost. Choose No to keep them for a later installation.
portuguese.DeleteDataQuestion=Apagar também os dados do Gestor de Lojas neste computador (bases de dados, definições e registos em %1)?%n%nAs vendas que ainda não chegaram ao hub perder-se-iam. Escolha Não para as guardar para uma próxima instalação.
; With the chinesetraditional language above, uncomment its message too:
;chinesetraditional.DeleteDataQuestion=同時刪除此電腦上的店舖管家資料（位於 %1 的資料庫、設定及記錄）？%n%n尚未傳送到中樞的銷售記錄將會遺失。選「否」可保留資料供日後重新安裝使用。

[Code]
function DeleteDataRequested(DataDir: String): Boolean;
begin
  Result := CompareText(ExpandConstant('{param:DELETEDATA|no}'), 'yes') = 0;
  if not Result and not UninstallSilent() then
    Result := MsgBox(FmtMessage(CustomMessage('DeleteDataQuestion'), [DataDir]),
      mbConfirmation, MB_YESNO or MB_DEFBUTTON2) = IDYES;
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  DataDir: String;
begin
  if CurUninstallStep <> usPostUninstall then
    exit;
  DataDir := ExpandConstant('{localappdata}\StoreManager');
  if (DirExists(DataDir) or RegKeyExists(HKCU, 'Software\StoreManager')) and DeleteDataRequested(DataDir) then
  begin
    DelTree(DataDir, True, True, True);
    RegDeleteKeyIncludingSubkeys(HKCU, 'Software\StoreManager');
  end;
end;
