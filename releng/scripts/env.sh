# Sourced by ./parley, releng/scripts/*.sh and .ci/run: finds a JDK >= 21 and
# Maven >= 3.9.9, bootstrapping Maven from Maven Central with the system Maven when needed.
# Nothing here names a registry host: the system Maven's own configuration is used.

PARLEY_ROOT="${PARLEY_ROOT:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)}"
PARLEY_MAVEN_VERSION=3.9.16
PARLEY_TOOLS="$PARLEY_ROOT/.tools"

parley_java_major() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 \
    | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p'
}

parley_find_jdk() {
  local candidate
  for candidate in "${PARLEY_JAVA_HOME:-}" "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-2*-jdk-* /usr/lib/jvm/java-2*-openjdk-*; do
    [ -n "$candidate" ] && [ -x "$candidate/bin/javac" ] || continue
    if [ "$(parley_java_major "$candidate")" -ge 21 ] 2>/dev/null; then
      echo "$candidate"
      return 0
    fi
  done
  echo "parley: no JDK 21 or newer found (looked at \$PARLEY_JAVA_HOME, \$JAVA_HOME and /usr/lib/jvm)." >&2
  echo "parley: install a JDK >= 21 and set PARLEY_JAVA_HOME to its folder." >&2
  return 1
}

parley_find_maven() {
  local mvn_home="$PARLEY_TOOLS/apache-maven-$PARLEY_MAVEN_VERSION"
  if [ ! -x "$mvn_home/bin/mvn" ]; then
    command -v mvn >/dev/null || {
      echo "parley: Maven is needed once to fetch Maven $PARLEY_MAVEN_VERSION (apt-get install maven)." >&2
      return 1
    }
    echo "parley: bootstrapping Maven $PARLEY_MAVEN_VERSION into .tools/ ..." >&2
    mkdir -p "$PARLEY_TOOLS"
    # The system Maven fetches the distribution from its configured repository. It runs outside the
    # repository so that it does not load this build's .mvn/ (Tycho needs the newer Maven).
    local scratch
    scratch="$(mktemp -d)"
    (cd "$scratch" && mvn -q -B org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
      -Dartifact="org.apache.maven:apache-maven:$PARLEY_MAVEN_VERSION:tar.gz:bin" \
      -DoutputDirectory="$PARLEY_TOOLS" -Dmdep.stripVersion=false) >&2 || { rm -rf "$scratch"; return 1; }
    rm -rf "$scratch"
    tar -xzf "$PARLEY_TOOLS/apache-maven-$PARLEY_MAVEN_VERSION-bin.tar.gz" -C "$PARLEY_TOOLS" || return 1
    rm -f "$PARLEY_TOOLS/apache-maven-$PARLEY_MAVEN_VERSION-bin.tar.gz"
  fi
  echo "$mvn_home/bin/mvn"
}

PARLEY_JDK="$(parley_find_jdk)" || return 1 2>/dev/null || exit 1
export JAVA_HOME="$PARLEY_JDK"
PARLEY_MVN="$(parley_find_maven)" || return 1 2>/dev/null || exit 1
