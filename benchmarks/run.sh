#!/usr/bin/env bash
# Runs every benchmark of issues 6 and 12 and writes benchmarks/results/ (JSON, RESULTS.md, chart.svg).
# About 25 minutes on a quiet 2-core machine. Usage: benchmarks/run.sh [extra JMH options for the steady-state runs]
# PARTS="startup cost" benchmarks/run.sh reruns some parts and keeps the other parts' JSON;
# OUT=/tmp/smoke benchmarks/run.sh -wi 0 -i 1 writes elsewhere (a smoke run must not replace results/).
set -euo pipefail
cd "$(dirname "$0")/.."

out=${OUT:-benchmarks/results}
parts=${PARTS:-app forks small startup cds cost}
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
app=(java -jar "$jar" 'benchmarks\.appsize\.AppSizeBenchmark\.'
  "${steady[@]}" -rf json -rff "$out/app.json" "$@")
# The unit of work, the lookup and async delivery, whose iterations swing within one fork on a small
# VM (200 to 350 ns for the unit of work, 6 to 11 M events/s for async delivery): three forks of ten
# iterations, unless run.sh was given other counts.
forked=()
for ((k = 0; k < ${#defaults[@]}; k += 2)); do
  case "${defaults[k]}" in -f) value=3 ;; -i) value=10 ;; -wi) value=5 ;; *) value=${defaults[k + 1]} ;; esac
  case " $* " in *" ${defaults[k]} "*) ;; *) forked+=("${defaults[k]}" "$value") ;; esac
done
forked+=(-prof gc)
forks=(java -jar "$jar" 'benchmarks\.appsize\.App(TableLookup|UnitOfWork|AsyncDelivery)Benchmark\.'
  "${forked[@]}" -rf json -rff "$out/forks.json" "$@")
# The small-table scenarios of issue 6 (a table of 10 routes), kept for comparison.
small=(java -jar "$jar" 'benchmarks\.(single|fanout|polymorphic|unitofwork|async)\.'
  "${steady[@]}" -rf json -rff "$out/small.json" "$@")
# Cold start: the first time in a fresh JVM, so single shot, no warm-up, many forks.
startup=(java -jar "$jar" 'benchmarks\.appsize\.AppStartupBenchmark\.' -f 20 -wi 0 -i 1 -bm ss -tu us
  -rf json -rff "$out/startup.json")
# The same cold start in JVMs that map an application class-data archive (AppCDS), which one run of
# the same contender wrote before: for each contender, one fork that writes it, then 20 that map it.
cds_contenders=(heraldConstructor heraldDagger switchReference greenrobotIndexed)
cds=(for each of "${cds_contenders[*]}:" java -jar "$jar" "'benchmarks\.appsize\.AppStartupCdsBenchmark\.CONTENDER\$'"
  -f 1 -wi 0 -i 1 -bm ss -tu us -jvmArgsAppend -XX:ArchiveClassesAtExit=CONTENDER.jsa, then -f 20
  -jvmArgsAppend -XX:SharedArchiveFile=CONTENDER.jsa -rf json, merged into "$out/startup-cds.json")
run_cds() {
  local dir=$copy/cds first=1
  mkdir -p "$dir"
  for contender in "${cds_contenders[@]}"; do
    local selected="benchmarks\.appsize\.AppStartupCdsBenchmark\.$contender\$"
    java -jar "$jar" "$selected" -f 1 -wi 0 -i 1 -bm ss -tu us \
      -jvmArgsAppend "-XX:ArchiveClassesAtExit=$dir/$contender.jsa" > "$dir/$contender.training.log"
    java -jar "$jar" "$selected" -f 20 -wi 0 -i 1 -bm ss -tu us \
      -jvmArgsAppend "-XX:SharedArchiveFile=$dir/$contender.jsa" -rf json -rff "$dir/$contender.json"
  done
  # One JSON array of every contender's results: each file's objects, without the brackets of its
  # array (the only lines that are a bracket alone, unindented) and its blank lines.
  {
    echo '['
    for contender in "${cds_contenders[@]}"; do
      if [ $first = 0 ]; then echo ','; fi
      first=0
      sed -e '/^\[$/d' -e '/^\]$/d' -e '/^$/d' "$dir/$contender.json"
    done
    echo ']'
  } > "$out/startup-cds.json"
}
# Processor cost: javac over 1,000 records and 1,000 handler methods, with and without Herald.
cost=(java -cp "$jar:$copy/lib/*" dev.herald.benchmarks.processorcost.ProcessorCost 5 "$out/processor-cost.md")

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
started=$(date +%s)
case " $parts " in *" app "*) "${app[@]}" | tee "$out/app.log" ;; esac
case " $parts " in *" forks "*) "${forks[@]}" | tee "$out/forks.log" ;; esac
case " $parts " in *" small "*) "${small[@]}" | tee "$out/small.log" ;; esac
case " $parts " in *" startup "*) "${startup[@]}" | tee "$out/startup.log" ;; esac
case " $parts " in *" cds "*) run_cds | tee "$out/startup-cds.log" ;; esac
case " $parts " in *" cost "*) "${cost[@]}" | tee "$out/processor-cost.log" ;; esac
load_after=$(cut -d' ' -f1-3 /proc/loadavg)
minutes=$(( ($(date +%s) - started + 59) / 60 ))

inputs=()
commands=()
for part in app forks small startup cds cost; do
  case " $parts " in *" $part "*) ;; *) continue ;; esac
  declare -n command=$part
  commands+=(--command "${command[*]//$copy/benchmarks/target}")
done
for part in app forks small startup startup-cds; do
  if [ -f "$out/$part.json" ]; then inputs+=("$out/$part.json"); fi
done
java -cp "$jar:$copy/lib/*" dev.herald.benchmarks.report.ResultsReport --out "$out" "${commands[@]}" \
  --note "load average (1, 5, 15 min) on $(nproc) cores: $load_before before the run, $load_after after it (parts run: $parts, about $minutes min)" \
  "${inputs[@]}"
