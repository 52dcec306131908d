#!/usr/bin/env bash
# Runs every benchmark of issue 6 and writes benchmarks/results/ (JSON, RESULTS.md, chart.svg).
# About 10 minutes on 2 cores. Usage: benchmarks/run.sh [extra JMH options for the dispatch run]
# PARTS="startup cost" benchmarks/run.sh reruns some parts and keeps the other parts' JSON.
set -euo pipefail
cd "$(dirname "$0")/.."

out=benchmarks/results
parts=${PARTS:-dispatch startup cost}
if [ ! -f benchmarks/target/herald-benchmarks.jar ]; then
  mvn -B -ntp -q -pl benchmarks -am package -DskipTests
fi
# Run from a private copy: a build of the shared tree during the run must not swap the classes
# under a JMH fork (a fork starts with the class path of the run).
copy=$(mktemp -d)
trap 'rm -rf "$copy"' EXIT
cp -r benchmarks/target/herald-benchmarks.jar benchmarks/target/lib "$copy/"
jar=$copy/herald-benchmarks.jar
mkdir -p "$out"

# Scenarios 1-4, 6 and 7: steady state, one fork each, allocation per operation from -prof gc.
dispatch=(java -jar "$jar" 'benchmarks\.(single|fanout|polymorphic|scale|unitofwork|async)\.' -f 1 -wi 3 -i 5 -w 1s -r 1s -prof gc -rf json -rff "$out/dispatch.json" "$@")
# Scenario 5: the first time in a fresh JVM, so single shot, no warm-up, several forks.
startup=(java -jar "$jar" Startup -f 5 -wi 0 -i 1 -bm ss -tu us -rf json -rff "$out/startup.json")
# Processor cost: javac over 1,000 records and 1,000 handler methods, with and without Herald.
cost=(java -cp "$jar:$copy/lib/*" dev.herald.benchmarks.processorcost.ProcessorCost 5 "$out/processor-cost.md")

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
case " $parts " in *" dispatch "*) "${dispatch[@]}" | tee "$out/dispatch.log" ;; esac
case " $parts " in *" startup "*) "${startup[@]}" | tee "$out/startup.log" ;; esac
case " $parts " in *" cost "*) "${cost[@]}" | tee "$out/processor-cost.log" ;; esac
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

java -cp "$jar:$copy/lib/*" dev.herald.benchmarks.report.ResultsReport --out "$out" \
  --command "${dispatch[*]//$copy/benchmarks/target}" --command "${startup[*]//$copy/benchmarks/target}" \
  --command "${cost[*]//$copy/benchmarks/target}" \
  --note "load average (1, 5, 15 min) on $(nproc) cores: $load_before before the run, $load_after after it (parts run: $parts)" \
  "$out/dispatch.json" "$out/startup.json"
