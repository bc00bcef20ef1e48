#!/usr/bin/env bash
# Whole-process figures of the command line as users feel them (issue 15): each command is run RUNS times
# (default 7) on a fresh copy of the starter playbook, and the median wall time, CPU time (user + system) and
# peak resident memory are printed, with the machine's load before and after. Run it on the built product:
#   releng/scripts/bench-cli.sh [PRODUCT_DIR]      (default: the product the build materialised)
#   RUNS=11 PARLEY_VMARGS=... releng/scripts/bench-cli.sh
# docs/PERFORMANCE.md records the figures.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
product_dir="${1:-$root/releng/parley.product/target/products/parley/linux/gtk/x86_64}"
parley="$product_dir/parley"
[ -x "$parley" ] || { echo "bench-cli: no product at $product_dir; build it first (./parley builds it)" >&2; exit 1; }
runs="${RUNS:-7}"
command -v /usr/bin/time >/dev/null || { echo "bench-cli: needs /usr/bin/time (Debian: apt-get install time)" >&2; exit 1; }
if [ -z "${PARLEY_JAVA:-}" ]; then
  # shellcheck source=/dev/null
  source "$root/releng/scripts/env.sh" >/dev/null
  export PARLEY_JAVA="$JAVA_HOME/bin/java"
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export PARLEY_HOME="$work/home"
unset DISPLAY
pb="$work/pb"
"$parley" --version >/dev/null 2>&1 # the first run after an install prepares the class path and AOT cache
"$parley" init "$pb" >/dev/null 2>&1
"$parley" commit --playbook "$pb" -m "Starter" --author "Bench <bench@example.org>" >/dev/null 2>&1
id="$("$parley" list --playbook "$pb" --type technique --json 2>/dev/null | sed -n 's/.*"id": *"\([0-9a-f-]\{36\}\)".*/\1/p' | head -n 1)"
"$parley" search --playbook "$pb" angry >/dev/null 2>&1 # the index exists before searches are timed

median() { sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.3f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# measure NAME PREPARE COMMAND...: PREPARE (a shell snippet, may be empty) runs untimed before each run
measure() {
  local name=$1 prepare=$2; shift 2
  local walls=() cpus=() rss=()
  for _ in $(seq "$runs"); do
    [ -n "$prepare" ] && eval "$prepare" >/dev/null 2>&1
    /usr/bin/time -f "%e %U %S %M" -o "$work/time" "$@" >/dev/null 2>"$work/err" || {
      echo "bench-cli: '$name' failed:" >&2; cat "$work/err" >&2; exit 1; }
    read -r wall user sys kb <"$work/time"
    walls+=("$wall"); cpus+=("$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')"); rss+=("$kb")
  done
  printf '%-34s %8s %8s %8s\n' "$name" \
    "$(printf '%s\n' "${walls[@]}" | median)" "$(printf '%s\n' "${cpus[@]}" | median)" \
    "$(( $(printf '%s\n' "${rss[@]}" | median | cut -d. -f1) / 1024 ))"
}

echo "machine: $(nproc) cores, $(uname -sr), $("$PARLEY_JAVA" -version 2>&1 | head -n 1)"
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg); $runs runs each, medians"
printf '%-34s %8s %8s %8s\n' "command (starter playbook)" "wall s" "CPU s" "RSS MB"
measure "parley --version" "" "$parley" --version
measure "parley search angry" "" "$parley" search --playbook "$pb" angry
measure "parley list" "" "$parley" list --playbook "$pb"
measure "parley stats" "" "$parley" stats --playbook "$pb"
measure "parley validate" "" "$parley" validate --playbook "$pb"
measure "parley show ID" "" "$parley" show --playbook "$pb" "$id"
n=0
measure "parley commit -m (after one edit)" \
  "n=\$((n + 1)); \"$parley\" set --playbook \"$pb\" \"$id\" summary \"Edited for the benchmark, round \$n.\"" \
  "$parley" commit --playbook "$pb" -m "Bench edit" --author "Bench <bench@example.org>"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
