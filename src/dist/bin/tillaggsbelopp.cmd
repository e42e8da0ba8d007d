@echo off
rem tillaggsbelopp: starts the program from the folder its archive was unpacked to
rem (docs/decisions/0026-release-archives.md). Works from any working directory, with spaces,
rem parentheses and Swedish letters in paths (cmd.exe keeps paths as UTF-16; only the message
rem for a missing Java has non-ASCII text). Not yet tried on Windows: see docs/operations.md.
rem   Java:           runtime\ beside bin\ if present, else %JAVA_HOME%, else java.exe on PATH.
rem   Working folder: config\application.yml, input\ and output\ of the program folder, or of
rem                   --tillagg.home=DIR or %TILLAGG_HOME% (decision 27). Relative paths on the
rem                   command line stay relative to the directory the command is typed in.
rem   JVM options:    app\jvm.options, then %TILLAGG_JAVA_OPTS%.
setlocal EnableExtensions DisableDelayedExpansion

rem %~dp0 is this script's folder with a trailing backslash; its parent is the program folder.
for %%I in ("%~dp0..") do set "PROGRAM_DIR=%%~fI"

rem Which Java.
set "JAVA_EXE="
if exist "%PROGRAM_DIR%\runtime\bin\java.exe" set "JAVA_EXE=%PROGRAM_DIR%\runtime\bin\java.exe"
if not defined JAVA_EXE if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "JAVA_EXE=%JAVA_HOME%\bin\java.exe"
if not defined JAVA_EXE for %%J in (java.exe) do set "JAVA_EXE=%%~$PATH:J"
if not defined JAVA_EXE goto nojava

rem JDK 17's class-data sharing compares the class path as it is written: relative to the
rem program folder when the command is started there, as at build time. A relative path also
rem avoids JDK 17's conversion of arguments to the ANSI code page.
set "PREFIX=%PROGRAM_DIR%\"
if /i "%CD%"=="%PROGRAM_DIR%" set "PREFIX="
set "CACHE_OPTS="
if /i not "%JAVA_EXE%"=="%PROGRAM_DIR%\runtime\bin\java.exe" goto home
if exist "%PROGRAM_DIR%\runtime\tillaggsbelopp.jsa" set CACHE_OPTS="-XX:SharedArchiveFile=%PREFIX%runtime\tillaggsbelopp.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off
if exist "%PROGRAM_DIR%\runtime\tillaggsbelopp.aot" set CACHE_OPTS="-XX:AOTCache=%PREFIX%runtime\tillaggsbelopp.aot" -Xlog:aot=off -Xlog:cds=off

:home
rem The working folder is the program folder unless TILLAGG_HOME or --tillagg.home (which wins
rem over this) says otherwise.
set HOME_OPT="-Dtillagg.home=%PROGRAM_DIR%"
if defined TILLAGG_HOME set "HOME_OPT="

"%JAVA_EXE%" "@%PREFIX%app\jvm.options" %TILLAGG_JAVA_OPTS% %CACHE_OPTS% %HOME_OPT% -Dtillaggsbelopp.launcher=bin\tillaggsbelopp.cmd -jar "%PREFIX%app\tillaggsbelopp.jar" %*
exit /b %ERRORLEVEL%

:nojava
rem The message has Swedish letters: the console shows it in UTF-8 (code page 65001), then
rem goes back.
for /f "tokens=2 delims=:." %%C in ('chcp') do set "OLD_CP=%%C"
chcp 65001 > nul
echo tillaggsbelopp behöver Java 17 eller senare men hittar ingen Java. 1>&2
echo Installera Java (JRE eller JDK) version 17 eller senare, t.ex. Eclipse Temurin från 1>&2
echo adoptium.net (Windows x64, JRE, .msi), och starta igen. Finns Java redan i en annan 1>&2
echo mapp: ange den i JAVA_HOME, t.ex. 1>&2
echo   set "JAVA_HOME=C:\Program Files\Eclipse Adoptium\jre-17" 1>&2
echo Arkivet med Java inbyggt (tillaggsbelopp-^<version^>-windows-amd64.zip) behöver ingen installation. 1>&2
chcp %OLD_CP: =% > nul
exit /b 1
