@echo off
rem Plaza launcher for Windows: builds plaza.jar with Maven on first use, then runs it.
rem Needs Java 17 (and Maven for the first build). JVM options can be passed in PLAZA_JAVA_OPTS.
rem After changing sources, rebuild with: mvn -q -B -DskipTests package
setlocal
set "PLAZA_HOME=%~dp0"
if "%PLAZA_HOME:~-1%"=="\" set "PLAZA_HOME=%PLAZA_HOME:~0,-1%"
set "PLAZA_JAR=%PLAZA_HOME%\experiments\target\plaza.jar"
if not exist "%PLAZA_JAR%" (
  echo plaza: building plaza.jar ^(first use^)... 1>&2
  pushd "%PLAZA_HOME%"
  call mvn -q -B -DskipTests package
  if errorlevel 1 (
    popd
    echo plaza: build failed 1>&2
    exit /b 1
  )
  popd
)
if "%PLAZA_JAVA_OPTS%"=="" set "PLAZA_JAVA_OPTS=-Xmx2g -XX:+UseParallelGC"
java %PLAZA_JAVA_OPTS% "-Dplaza.home=%PLAZA_HOME%" -jar "%PLAZA_JAR%" %*
exit /b %ERRORLEVEL%
