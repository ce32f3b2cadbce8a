#!/usr/bin/env bash
# Dispatch figures (issue 4): recipients selected per second by targeting, and the rate of an alert to N
# participants through dispatch (snapshot, JMS, MDBs, every result recorded) into the test kit's channel.
# Usage: bench/dispatch.sh [recipients]   (10000 by default). Prints the BENCH lines; takes a few minutes.
set -euo pipefail
cd "$(dirname "$0")/.."
recipients="${1:-10000}"
log="$(mktemp)"
./mvnw -B verify -pl burgernet-web -am -DskipUTs -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false \
    -Dit.test=DispatchBenchmarkIT -Dburgernet.it.bench=true -Dburgernet.bench.recipients="$recipients" \
    -Dit.broker.port=61690 -Dit.smtp.port=3690 -Dit.imap.port=3691 >"$log" 2>&1 || {
    tail -60 "$log"
    exit 1
}
grep '^BENCH' "$log"
