#!/usr/bin/env bash
# The kcat compat suite against a streamd subprocess, or against the broker at
# STREAMD_COMPAT_BOOTSTRAP=host:port. Extra arguments go to pytest. See ../conftest.py for
# STREAMD_COMPAT_STORAGE and STREAMD_COMPAT_ALL.
#
# tests.allow was established with Debian bookworm's kcat 1.7.1 on librdkafka 2.0.2 (`apt-get
# install kcat`). This script refuses another build unless STREAMD_COMPAT_ANY_VERSION=1.
set -euo pipefail
cd "$(dirname "$0")/../.."
PINNED="Version 1.7.1 (JSON, Transactions, IncrementalAssign, librdkafka 2.0.2 "
if [ "${STREAMD_COMPAT_ANY_VERSION:-0}" = "0" ]; then
  if ! command -v kcat >/dev/null; then
    echo "compat_tests/kcat: kcat is not installed (apt-get install kcat)" >&2
    exit 1
  fi
  if ! kcat -V 2>&1 | grep -qF "$PINNED"; then
    echo "compat_tests/kcat: $(kcat -V 2>&1 | grep Version) is not the pinned" \
         "kcat 1.7.1 / librdkafka 2.0.2; set STREAMD_COMPAT_ANY_VERSION=1 to run anyway" >&2
    exit 1
  fi
fi
exec python3 -m pytest -p no:cacheprovider compat_tests/kcat "$@"
