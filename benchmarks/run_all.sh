#!/usr/bin/env bash
# Runs every benchmark in sequence; the output goes to the terminal and to
# benchmarks/out/results.txt. Run from anywhere: bash benchmarks/run_all.sh
# (about 8-10 minutes on two cores; bench_streaming replays ~3 min of audio in real time).
set -u -o pipefail
cd "$(dirname "$0")/.."
PY="${PYTHON:-.venv/bin/python}"
mkdir -p benchmarks/out
RESULTS=benchmarks/out/results.txt
{
  echo "# Diktat benchmarks, $(date -Is)"
  echo "# host: $(uname -n), $(nproc) CPU(s), $(python3 -c 'import platform; print(platform.processor() or platform.machine())' 2>/dev/null)"
  echo "# load average at start: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null)"
} | tee "$RESULTS"
status=0
for bench in bench_streaming bench_transcribe bench_silence bench_ui_stall bench_first_dictation bench_textpipeline bench_unit_speed bench_vocabulary; do
  echo | tee -a "$RESULTS"
  echo "######## $bench ($(date +%T))" | tee -a "$RESULTS"
  "$PY" "benchmarks/$bench.py" 2>&1 | tee -a "$RESULTS" || { status=1; echo "!! $bench failed" | tee -a "$RESULTS"; }
done
echo | tee -a "$RESULTS"
echo "# done $(date +%T); results in $RESULTS" | tee -a "$RESULTS"
exit $status
