#!/usr/bin/env bash
# Writes the approval records of the starter playbook (issue 13) into
# bundles/parley.core/starter: every approved entry without one gets an approval by
# "Parley editors" at its lastReviewed date, 09:00 UTC, recording its content as it is
# (parley.core.tests/TestStarterApprovals, which runs only when PARLEY_REGENERATE_STARTER is set).
# Entries in review and drafts stay as they are. Rerunnable: a second run changes nothing.
# Usage: releng/scripts/regenerate-starter.sh [extra Maven options, e.g. -o]
set -euo pipefail

# shellcheck source=env.sh
. "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/env.sh"

cd "$PARLEY_ROOT"
PARLEY_REGENERATE_STARTER="$PARLEY_ROOT/bundles/parley.core/starter" \
  exec "$PARLEY_MVN" -B -q "$@" verify -pl bundles/parley.core.tests -am \
  -Dtest=TestStarterApprovals -Dsurefire.failIfNoSpecifiedTests=false
