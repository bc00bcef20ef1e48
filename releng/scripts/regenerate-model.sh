#!/usr/bin/env bash
# Regenerates the EMF model and edit code of Parley from
# bundles/parley.model/model/parley.ecore + parley.genmodel, headless (no IDE):
#   model code -> bundles/parley.model/src-gen
#   edit code  -> bundles/parley.model.edit/src-gen
# Java bodies marked "@generated NOT" and hand-added members survive; existing
# MANIFEST.MF and build.properties are not touched (genmodel updateClasspath="false").
# Rerunnable: a second run leaves the tree unchanged.
# Usage: releng/scripts/regenerate-model.sh [extra Maven options, e.g. -o]
set -euo pipefail

# shellcheck source=env.sh
. "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/env.sh"

exec "$PARLEY_MVN" -B -q -f "$PARLEY_ROOT/releng/codegen/pom.xml" \
  "-Dparley.root=$PARLEY_ROOT" "$@" \
  compile exec:exec
