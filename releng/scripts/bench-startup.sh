#!/usr/bin/env bash
# Start-up benchmark of the workbench (issue 6): cold start to the first painted window and to the loaded
# starter playbook, from the markers the workbench prints with -Dparley.trace.startup=true.
#   releng/scripts/bench-startup.sh [RUNS]      (default 5; needs a built product; uses Xvfb without DISPLAY)
# The first run starts with an empty user folder (OSGi caches built, starter playbook copied); the others
# reuse it, as a user's second start does. Figures are milliseconds since the JVM started. With Java 25 the
# launcher records the first start's classes and assembles the workbench's AOT cache during the second, so
# from the third run on the start uses it (each line says whether it did; PARLEY_AOT=0 turns it off).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
product="$root/releng/parley.product/target/products/parley/linux/gtk/x86_64/parley"
[ -x "$product" ] || { echo "bench-startup: build the product first (./parley or mvn verify)" >&2; exit 1; }
# shellcheck source=releng/scripts/env.sh
source "$root/releng/scripts/env.sh"
runs="${1:-5}"
home="$(mktemp -d)"
trap 'rm -rf "$home"' EXIT
display=()
if [ -z "${DISPLAY:-}" ]; then
  display=(xvfb-run -a -s "-screen 0 1400x900x24")
fi
echo "machine: $(nproc) cores, $(java_version=$("$JAVA_HOME/bin/java" -version 2>&1 | head -1); echo "$java_version")"
for i in $(seq 1 "$runs"); do
  log="$home/run-$i.log"
  # a cache being assembled in the background (after the second start) is waited for, not raced
  for _ in $(seq 1 300); do
    ls "$home"/user/cli/*.ui.aot.*.tmp >/dev/null 2>&1 || break
    sleep 0.1
  done
  aot=no
  ls "$home"/user/cli/*.ui.aot >/dev/null 2>&1 && aot=yes
  "${display[@]}" env PARLEY_HOME="$home/user" PARLEY_JAVA="$JAVA_HOME/bin/java" \
    PARLEY_VMARGS="-Dparley.trace.startup=true ${BENCH_VMARGS:-}" bash -c '
      "$0" >"$1" 2>&1 & pid=$!
      for _ in $(seq 1 600); do
        grep -q "playbook ready" "$1" 2>/dev/null && grep -q "window painted" "$1" && break
        sleep 0.1
      done
      kill $pid; wait $pid 2>/dev/null || true' "$product" "$log"
  painted=$(sed -n 's/.*window painted after \([0-9]*\) ms.*/\1/p' "$log" | head -1)
  ready=$(sed -n 's/.*playbook ready after \([0-9]*\) ms.*/\1/p' "$log" | head -1)
  echo "run $i$([ "$i" = 1 ] && echo " (first start)"): window painted ${painted:-?} ms, playbook ready ${ready:-?} ms," \
    "AOT cache: $aot"
done
