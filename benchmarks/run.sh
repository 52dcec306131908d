#!/usr/bin/env bash
# Runs every benchmark of issues 6 and 12 and writes benchmarks/results/ (JSON, RESULTS.md, chart.svg).
# About 20 minutes on a quiet 2-core machine. Usage: benchmarks/run.sh [extra JMH options for the steady-state runs]
# PARTS="startup cost" benchmarks/run.sh reruns some parts and keeps the other parts' JSON;
# OUT=/tmp/smoke benchmarks/run.sh -wi 0 -i 1 writes elsewhere (a smoke run must not replace results/).
set -euo pipefail
cd "$(dirname "$0")/.."

out=${OUT:-benchmarks/results}
parts=${PARTS:-app small startup cost}
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

# Options given to run.sh replace the defaults of the same name (JMH refuses an option twice).
defaults=(-f 1 -wi 3 -i 5 -w 1s -r 1s)
steady=()
for ((k = 0; k < ${#defaults[@]}; k += 2)); do
  case " $* " in *" ${defaults[k]} "*) ;; *) steady+=("${defaults[k]}" "${defaults[k + 1]}") ;; esac
done
steady+=(-prof gc)
# Application size (issue 12, reported first): one generated table of 210 handler classes and 206
# event types for every Herald contender; steady state, allocation per operation from -prof gc.
app=(java -jar "$jar" 'benchmarks\.appsize\.App(Size|TableLookup|UnitOfWork|AsyncDelivery)Benchmark\.'
  "${steady[@]}" -rf json -rff "$out/app.json" "$@")
# The small-table scenarios of issue 6 (a table of 10 routes), kept for comparison.
small=(java -jar "$jar" 'benchmarks\.(single|fanout|polymorphic|unitofwork|async)\.'
  "${steady[@]}" -rf json -rff "$out/small.json" "$@")
# Cold start: the first time in a fresh JVM, so single shot, no warm-up, many forks.
startup=(java -jar "$jar" 'benchmarks\.appsize\.AppStartupBenchmark\.' -f 20 -wi 0 -i 1 -bm ss -tu us
  -rf json -rff "$out/startup.json")
# Processor cost: javac over 1,000 records and 1,000 handler methods, with and without Herald.
cost=(java -cp "$jar:$copy/lib/*" dev.herald.benchmarks.processorcost.ProcessorCost 5 "$out/processor-cost.md")

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
started=$(date +%s)
case " $parts " in *" app "*) "${app[@]}" | tee "$out/app.log" ;; esac
case " $parts " in *" small "*) "${small[@]}" | tee "$out/small.log" ;; esac
case " $parts " in *" startup "*) "${startup[@]}" | tee "$out/startup.log" ;; esac
case " $parts " in *" cost "*) "${cost[@]}" | tee "$out/processor-cost.log" ;; esac
load_after=$(cut -d' ' -f1-3 /proc/loadavg)
minutes=$(( ($(date +%s) - started + 59) / 60 ))

inputs=()
commands=()
for part in app small startup cost; do
  case " $parts " in *" $part "*) ;; *) continue ;; esac
  declare -n command=$part
  commands+=(--command "${command[*]//$copy/benchmarks/target}")
done
for part in app small startup; do
  if [ -f "$out/$part.json" ]; then inputs+=("$out/$part.json"); fi
done
java -cp "$jar:$copy/lib/*" dev.herald.benchmarks.report.ResultsReport --out "$out" "${commands[@]}" \
  --note "load average (1, 5, 15 min) on $(nproc) cores: $load_before before the run, $load_after after it (parts run: $parts, about $minutes min)" \
  "${inputs[@]}"
