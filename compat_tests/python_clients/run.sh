#!/usr/bin/env bash
# The Python-client compat suite (kafka-python, aiokafka, confluent-kafka) against a streamd
# subprocess, or against the broker at STREAMD_COMPAT_BOOTSTRAP=host:port. Extra arguments go to
# pytest. See ../conftest.py for STREAMD_COMPAT_STORAGE and STREAMD_COMPAT_ALL.
#
#   compat_tests/python_clients/run.sh                                   # streamd, memory://
#   STREAMD_COMPAT_STORAGE=file:// compat_tests/python_clients/run.sh    # streamd, file engine
#   STREAMD_COMPAT_ALL=1 STREAMD_COMPAT_BOOTSTRAP=127.0.0.1:29092 compat_tests/python_clients/run.sh
#
# tests.allow was established with the versions pinned below. A different version may behave
# differently, so this script refuses to run with one unless STREAMD_COMPAT_ANY_VERSION=1.
set -euo pipefail
cd "$(dirname "$0")/../.."
PINNED="kafka-python==3.0.12 aiokafka==0.14.0 confluent-kafka==2.16.1"
if [ "${STREAMD_COMPAT_ANY_VERSION:-0}" = "0" ]; then
  python3 - $PINNED <<'PY'
import sys
from importlib.metadata import PackageNotFoundError, version

wrong = []
for pin in sys.argv[1:]:
    name, wanted = pin.split("==")
    try:
        found = version(name)
    except PackageNotFoundError:
        found = "not installed"
    if found != wanted:
        wrong.append(f"{name} {found} (tests.allow is for {wanted})")
if wrong:
    sys.exit("compat_tests/python_clients: " + "; ".join(wrong) + ". Install the pinned versions, "
             "or set STREAMD_COMPAT_ANY_VERSION=1 to run anyway.")
PY
fi
exec python3 -m pytest -p no:cacheprovider compat_tests/python_clients "$@"
