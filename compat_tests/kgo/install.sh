#!/usr/bin/env bash
# Build franz-go's own pkg/kgo integration tests into one test binary, so that
# compat_tests/kgo/test_kgo.py runs them without compiling anything.
#
#   compat_tests/kgo/install.sh     # idempotent: does nothing when the pinned build is there
#
# Produces, under .peers/kgo/ (git-ignored):
#   go.mod, go.sum    a throwaway module "kgoit" that requires the pinned franz-go
#   kgo.test          `go test -c github.com/twmb/franz-go/pkg/kgo`: the test binary
#   test2json         Go's cmd/test2json, to turn the binary's -test.v output into JSON events
#   version           the franz-go version both were built from
#
# The tests come from the Go module proxy: the module zip of github.com/twmb/franz-go holds the
# _test.go files, so an ordinary `go get -t` brings them (docs COMPAT-TESTING.md §3). No
# franz-go code is copied into this repository.
#
# The pinned version is KGO_VERSION in test_kgo.py (its list of Go tests, tests.allow and
# FINDINGS.md follow that release). Environment: KGO_VERSION (overrides the pin, to try another
# release; test_kgo.py then refuses the build), STREAMD_KGO_DIR (default .peers/kgo, as in
# test_kgo.py). Needs Go >= 1.25 (franz-go v1.21.x declares `go 1.25.0`) and the Go module proxy.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
PINNED="$(sed -n 's/^KGO_VERSION = "\(.*\)"$/\1/p' "$ROOT/compat_tests/kgo/test_kgo.py")"
KGO_VERSION="${KGO_VERSION:-$PINNED}"
if [ -z "$KGO_VERSION" ]; then
  echo "compat_tests/kgo/install.sh: no KGO_VERSION line in compat_tests/kgo/test_kgo.py" >&2
  exit 1
fi
PEER="${STREAMD_KGO_DIR:-$ROOT/.peers/kgo}"
PKG=github.com/twmb/franz-go/pkg/kgo

if [ -x "$PEER/kgo.test" ] && [ -x "$PEER/test2json" ] \
    && [ "$(cat "$PEER/version" 2>/dev/null)" = "$KGO_VERSION" ]; then
  echo "franz-go $KGO_VERSION kgo tests already built in $PEER" >&2
  exit 0
fi
if ! command -v go >/dev/null 2>&1; then
  echo "compat_tests/kgo/install.sh: go is not on PATH (Go >= 1.25 is needed)" >&2
  exit 1
fi

started=$(date +%s)
mkdir -p "$PEER"
cd "$PEER"
rm -f version
if [ ! -f go.mod ]; then
  go mod init kgoit >/dev/null 2>&1
fi
# -t: the test dependencies too (kmsg, kerr, sasl/scram, ...), with their go.sum lines.
go get -t "$PKG@$KGO_VERSION"
# Build to temporary names and rename, so that an interrupted build never looks finished.
go test -c -o kgo.test.tmp "$PKG"
go build -o test2json.tmp cmd/test2json
mv -f kgo.test.tmp kgo.test
mv -f test2json.tmp test2json
echo "$KGO_VERSION" > version
echo "built franz-go $KGO_VERSION kgo tests in $PEER in $(( $(date +%s) - started )) s" >&2
