#!/usr/bin/env bash
# Three Usher servers on one database, behind HAProxy, broadcasting at once on one WhatsApp
# business number: does the shared send rate hold over the run?
#
#   bench/cluster-send-rate.sh [guests per server=3000] [rate=80]
#
# Runs ClusterIT's threeServersBroadcastingAtOnceStayWithinTheSharedRate (the cluster test of
# ./build/test, which starts the three servers from the built EAR and the load balancer) with
# more guests and the given USHER_WHATSAPP_BROADCAST_RATE, against the test's local stand-in of
# the Graph API. Prints messages, span (first to last hand-off, from the ledger's sending_at)
# and the measured rate over the configured one: 1.00 is exactly the rate, the aim is within
# 0.95..1.05. Ports and database as for the tests (-Dit.* options after the two numbers, e.g.
# those of /work/wt/ports.sh); needs haproxy (build/cluster-deps installs it).
set -euo pipefail
cd "$(dirname "$0")/.."
guests="${1:-3000}"
rate="${2:-80}"
shift $(( $# > 2 ? 2 : $# ))
mkdir -p bench/target
./build/cluster-deps
echo "bench: 3 servers x $guests guests at $rate messages/s (log: bench/target/cluster-send-rate.log)"
mvn -B verify -pl ear -am -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false -Dfailsafe.failIfNoSpecifiedTests=false \
  -Dit.test='ClusterIT#threeServersBroadcastingAtOnceStayWithinTheSharedRate' \
  -Dusher.it.cluster.rateGuests="$guests" -Dusher.it.cluster.broadcastRate="$rate" "$@" \
  > bench/target/cluster-send-rate.log 2>&1 || {
    echo "bench: the run failed; see bench/target/cluster-send-rate.log" >&2
    grep -E 'ClusterIT: .*ratio' bench/target/cluster-send-rate.log || true
    exit 1
  }
grep -E 'ClusterIT: .*(ratio|database load)' bench/target/cluster-send-rate.log
