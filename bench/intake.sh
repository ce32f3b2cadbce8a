#!/usr/bin/env bash
# Reply intake figures (issue 6): how fast the portal records a full reply mailbox. N mails (10000 by default) made
# from the reply corpus become the reply inbox at once; the clock runs until all are recorded (after a warm-up of
# 1,000). Usage: bench/intake.sh [mails] [rounds]. Prints the BENCH lines; takes a few minutes.
set -euo pipefail
cd "$(dirname "$0")/.."
mails="${1:-10000}"
rounds="${2:-3}"
log="$(mktemp)"
./mvnw -B verify -pl burgernet-web -am -DskipUTs -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false \
    -Dit.test=IntakeBenchmarkIT -Dburgernet.it.intakebench=true -Dburgernet.intakebench.mails="$mails" \
    -Dburgernet.intakebench.rounds="$rounds" \
    -Dit.broker.port=61694 -Dit.smtp.port=3694 -Dit.imap.port=3695 >"$log" 2>&1 || {
    tail -60 "$log"
    exit 1
}
grep '^BENCH' "$log"
