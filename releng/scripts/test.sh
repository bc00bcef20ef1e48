#!/usr/bin/env bash
# README command 2: installs what the tests need, builds everything from a clean state, runs every test
# (unit, OSGi integration and UI tests under a virtual display, a bounded fuzzing run of the untrusted
# inputs), then smoke-tests the built product's command line the way a user runs it, without a display.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"

if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  missing=()
  command -v xvfb-run >/dev/null || missing+=(xvfb xauth)
  dpkg -s libgtk-3-0 >/dev/null 2>&1 || missing+=(libgtk-3-0)
  command -v mvn >/dev/null || missing+=(maven)
  command -v git >/dev/null || missing+=(git) # the versioning tests check results with git and run git daemon
  command -v pdfinfo >/dev/null || missing+=(poppler-utils) # the smoke test reads the exported PDF's info
  if [ ${#missing[@]} -gt 0 ]; then
    echo "test: installing ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
fi
# shellcheck source=releng/scripts/env.sh
source "$root/releng/scripts/env.sh"

# Architecture checks before the build: the headless rule (only UI bundles may depend on SWT, JFace,
# org.eclipse.ui or org.eclipse.e4.ui.*) and a package-info.java in every package of hand-written code.
rules_failed=0
for manifest in bundles/*/META-INF/MANIFEST.MF; do
  bundle="$(basename "$(dirname "$(dirname "$manifest")")")"
  case "$bundle" in parley.ui|parley.ui.*) continue ;; esac
  if tr -d '\r' <"$manifest" | sed -e ':a' -e 'N' -e '$!ba' -e 's/\n //g' \
      | grep -E '^(Require-Bundle|Import-Package|Fragment-Host):' \
      | grep -Eq 'org\.eclipse\.(swt|jface|ui|e4\.ui)'; then
    echo "test: headless rule broken: $bundle depends on SWT, JFace or the e4/Eclipse UI" >&2
    rules_failed=1
  fi
done
while read -r dir; do
  if [ ! -f "$dir/package-info.java" ]; then
    host_pkg="${dir#bundles/*/src/}"
    # a test fragment may add classes to its host's package; the host documents it
    if ! ls bundles/*/src/"$host_pkg"/package-info.java >/dev/null 2>&1; then
      echo "test: $dir has no package-info.java saying what lives there" >&2
      rules_failed=1
    fi
  fi
done < <(find bundles -path '*/src/*' -name '*.java' -not -path '*/src-gen/*' -not -path '*/src/test/*' -exec dirname {} \; | sort -u)
[ "$rules_failed" = 0 ] || exit 1

# Fuzz tests (issues 11, 14): a bounded fuzzing run of each of the thirteen untrusted inputs, starting from its seeds
# and every input found so far, PARLEY_FUZZ_SECONDS (default 10) each; PARLEY_FUZZ_SECONDS=0 only replays the
# inputs. A finding fails the build and is written beside the inputs. docs/RELIABILITY.md, "Fuzzing".
fuzz_seconds="${PARLEY_FUZZ_SECONDS:-10}"
if [ "$fuzz_seconds" != 0 ]; then
  export JAZZER_FUZZ=1 JAZZER_MAX_DURATION="${fuzz_seconds}s"
else
  unset JAZZER_FUZZ JAZZER_MAX_DURATION
fi

display=()
if [ -z "${DISPLAY:-}" ]; then
  display=(xvfb-run -a -s "-screen 0 1400x900x24")
fi
"${display[@]}" "$PARLEY_MVN" clean verify "$@"

# Smoke test of the materialised product, headless.
product="$root/releng/parley.product/target/products/parley/linux/gtk/x86_64/parley"
home="$(mktemp -d)"
trap 'rm -rf "$home"' EXIT
smoke_pass=0
smoke_fail=0
smoke_limit=300
expect() { # expected-exit description command...
  local want=$1 what=$2; shift 2
  local got=0
  # a command that hangs fails its check instead of the whole run (one took CI past its limit: a start-up lock)
  timeout -k 10 "$smoke_limit" env -u DISPLAY PARLEY_HOME="$home" PARLEY_JAVA="$JAVA_HOME/bin/java" "$@" \
    >"$home/out" 2>"$home/err" || got=$?
  if [ "$got" = "$want" ]; then
    smoke_pass=$((smoke_pass + 1)); echo "smoke ok: $what"
  else
    [ "$got" = 124 ] && echo "smoke: '$what' did not finish within $smoke_limit s"
    smoke_fail=$((smoke_fail + 1)); echo "smoke FAILED: $what (exit $got, expected $want)"; cat "$home/out" "$home/err"
  fi
}
expect 0 "validate the starter playbook without a display" "$product" validate
expect 0 "list techniques" "$product" list --type technique
expect 0 "validate inside the OSGi framework, as the workbench runs (PARLEY_OSGI=1)" env PARLEY_OSGI=1 "$product" validate
planted="$home/planted"
mkdir -p "$planted/META-INF/services" && echo planted.Finder >"$planted/META-INF/services/java.lang.System\$LoggerFinder"
expect 0 "the current folder is not on the command line's class path (nothing planted there is loaded)" \
  bash -c "cd '$planted' && '$product' stats 2>&1 >/dev/null | (! grep .)"
spaced="$home/team playbooks [2026]"
mkdir -p "$spaced"
expect 0 "runs from a folder whose name holds a space and brackets" bash -c "cd \"\$1\" && '$product' stats" _ "$spaced"
expect 0 "finds a Java 21 or newer without PARLEY_JAVA" env -u PARLEY_JAVA JAVA_HOME="$JAVA_HOME" "$product" --version
expect 0 "and again, from what it remembered of that Java" env -u PARLEY_JAVA JAVA_HOME="$JAVA_HOME" "$product" --version
expect 2 "unknown command is a usage error" "$product" no-such-command
expect 1 "missing playbook folder is reported" "$product" stats --playbook "$home/nowhere"
expect 0 "create a playbook (a git repository)" "$product" init "$home/team"
expect 0 "search it (builds the index)" "$product" search --playbook "$home/team" customer yelling
expect 1 "check a reply: an avoid-phrase said is exit 1" "$product" check --playbook "$home/team" "You need to calm down."
expect 0 "check a reply: a clean one is exit 0" "$product" check --playbook "$home/team" "I stayed calm and we sorted it."
expect 0 "save its first version" "$product" commit --playbook "$home/team" -m "Starter" --author "CI <ci@example.org>"
expect 0 "list its versions" "$product" history --playbook "$home/team"
expect 0 "export the manual as PDF" "$product" export pdf --playbook "$home/team" --out "$home/manual.pdf"
expect 0 "export pocket cards" "$product" export pdf --playbook "$home/team" --layout cards --out "$home/cards.pdf"
expect 1 "an export to a missing folder is reported" "$product" export pdf --playbook "$home/team" --out "$home/nowhere/x.pdf"
docx="$root/bundles/parley.importer/src/test/resources/parley/importer/DocxArticlesFuzzTestInputs/read/document.docx"
expect 0 "import a Word article into the inbox (POI and its logging in the product)" \
  "$product" import article --playbook "$home/team" "$docx" --title "A Word article" --author-name CI --date 2026-01-01
expect 0 "list the inbox" "$product" inbox --playbook "$home/team" --state all
expect 0 "import in the framework, as the workbench does, without logging noise (SPI Fly is not started)" bash -c \
  "PARLEY_OSGI=1 '$product' import article --playbook '$home/team' '$docx' --title 'Again in the framework' \
   --author-name CI --date 2026-01-02 2>&1 >/dev/null | (! grep -i 'slf4j\|log4j\|StatusLogger')"
expect 0 "the publishing benchmark in the framework logs no noise (log4j found no provider there once)" bash -c \
  "'$product' bench publish --entities 100 --rounds 1 2>&1 >/dev/null | (! grep -i 'slf4j\|log4j\|StatusLogger')"
expect 0 "run a benchmark (the product has the bench feature)" "$product" bench store --entities 200 --rounds 1 --warmup 0
# The shipped workbench paints its window (under Xvfb); the first start records its classes, the second makes
# the AOT cache in the background, the third starts from it.
expect 0 "the workbench paints its window, and from the third start uses its AOT cache" bash -c \
  "out=\$('$root/releng/scripts/bench-startup.sh' 3) && echo \"\$out\" \
   && [ \$(echo \"\$out\" | grep -c 'window painted [0-9]* ms, playbook ready [0-9]* ms') = 3 ] \
   && echo \"\$out\" | grep -q '^run 3: .*AOT cache: yes'"
if command -v pdfinfo >/dev/null; then
  expect 0 "pdfinfo reports the manual as tagged, with its title" bash -c \
    "pdfinfo '$home/manual.pdf' | grep -q '^Tagged: *yes' && pdfinfo '$home/manual.pdf' | grep -q '^Title: *De-escalation Starter Playbook'"
fi

# One closing line for the whole run: every test report plus the smoke checks.
read -r tests bad < <(cat bundles/*/target/surefire-reports/TEST-*.xml 2>/dev/null \
  | grep -o '<testsuite [^>]*' \
  | awk '{ for (i = 1; i <= NF; i++) {
             if ($i ~ /^tests=/) { gsub(/[^0-9]/, "", $i); t += $i }
             if ($i ~ /^(failures|errors)=/) { gsub(/[^0-9]/, "", $i); f += $i } } }
         END { print t + 0, f + 0 }')
echo "parley: $((tests - bad + smoke_pass)) passed, $((bad + smoke_fail)) failed"
[ "$smoke_fail" = 0 ] && [ "$bad" = 0 ]
