#!/usr/bin/env bash
# Side-by-side speed of MeanField Lab's solver and the PyTorch reference (shared/reference/meanfield_reference.py
# --bench) on the same presets and thread count. Each round runs, for every preset, ours and then the
# reference's, one right after the other, so both see the same load on a shared machine; the table shows
# medians over the rounds and the spread of the per-round ratios.
#
# Usage: bench/compare.sh [-t THREADS] [-r ROUNDS] [PRESET ...]
#   defaults: THREADS = number of cores, ROUNDS = 3, presets small large small-regularized large-regularized
# Environment: REFERENCE (path of meanfield_reference.py; default ../shared/reference/ next to the repository),
#   PYTHON (default /usr/bin/python3), JAR (default target/meanfield-lab.jar, built if missing).
set -euo pipefail
cd "$(dirname "$0")/.."

threads=$(nproc)
rounds=3
while getopts "t:r:h" opt; do
    case $opt in
        t) threads=$OPTARG ;;
        r) rounds=$OPTARG ;;
        *) sed -n '2,11p' "$0"; exit 2 ;;
    esac
done
shift $((OPTIND - 1))
presets=("$@")
[ ${#presets[@]} -gt 0 ] || presets=(small large small-regularized large-regularized)

python=${PYTHON:-/usr/bin/python3}
reference=${REFERENCE:-$(pwd)/../shared/reference/meanfield_reference.py}
jar=${JAR:-target/meanfield-lab.jar}

if [ ! -f "$reference" ]; then
    echo "error: the reference script is not at $reference; set REFERENCE=/path/to/meanfield_reference.py" >&2
    exit 2
fi
if ! "$python" -c 'import torch' 2>/dev/null; then
    echo "error: $python cannot import torch, the reference's one dependency. On Debian or Ubuntu install it with" >&2
    echo "    sudo apt-get update && sudo apt-get install -y python3-torch" >&2
    echo "and run with the system interpreter /usr/bin/python3 (or set PYTHON to an interpreter that has torch)." >&2
    exit 2
fi
if [ ! -f "$jar" ]; then
    mvn -B -q package -DskipTests
fi

# The reference's arguments for a preset (the same sizes as BenchPreset.java) and how many timed steps make
# a run of a few seconds; it always adds 5 warm-up steps of its own.
reference_args() {
    case $1 in
        small) echo "--block relu --n 256 --d 2 --dim 3 --depth 16 --width 64 --steps 400" ;;
        medium) echo "--block relu --n 512 --d 2 --dim 3 --depth 32 --width 256 --steps 40" ;;
        large) echo "--block relu --n 1024 --d 2 --dim 3 --depth 64 --width 512 --steps 5" ;;
        huge) echo "--block relu --n 2048 --d 2 --dim 3 --depth 64 --width 1024 --steps 2" ;;
        small-regularized) echo "--block regularized-relu --n 256 --d 2 --dim 3 --depth 16 --width 64 --steps 80" ;;
        large-regularized) echo "--block regularized-relu --n 1024 --d 2 --dim 3 --depth 64 --width 512 --steps 2" ;;
        *) echo "error: unknown preset '$1'" >&2; exit 2 ;;
    esac
}

results=$(mktemp)
trap 'rm -f "$results"' EXIT
for p in "${presets[@]}"; do reference_args "$p" >/dev/null; done

echo "machine: $(nproc) cores, $(lscpu 2>/dev/null | sed -n 's/^Model name: *//p' | head -1); $(java -version 2>&1 | head -1);" \
     "torch $("$python" -c 'import torch; print(torch.__version__)'); $threads thread(s); $rounds round(s)"
for ((round = 1; round <= rounds; round++)); do
    for p in "${presets[@]}"; do
        ours=$(java -jar "$jar" bench --preset "$p" --threads "$threads" --repetitions 3 --csv | awk -F, 'NR == 2 { print $4 }')
        # shellcheck disable=SC2046
        theirs=$("$python" "$reference" --bench $(reference_args "$p") --threads "$threads" | sed -n 's/.*steps\/s=\([0-9.e+-]*\).*/\1/p')
        echo "$p $ours $theirs" >>"$results"
        printf '  round %d  %-18s ours %10.4g steps/s   reference %10.4g steps/s   ratio %6.2f\n' \
            "$round" "$p" "$ours" "$theirs" "$(awk -v a="$ours" -v b="$theirs" 'BEGIN { print a / b }')"
    done
done

median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
echo
printf '%-18s %7s %14s %14s %16s %7s %15s\n' preset threads "ours steps/s" "ref steps/s" "ours updates/s" ratio "ratio min..max"
for p in "${presets[@]}"; do
    ours=$(awk -v p="$p" '$1 == p { print $2 }' "$results" | median)
    theirs=$(awk -v p="$p" '$1 == p { print $3 }' "$results" | median)
    lo=$(awk -v p="$p" '$1 == p { print $2 / $3 }' "$results" | sort -g | head -1)
    hi=$(awk -v p="$p" '$1 == p { print $2 / $3 }' "$results" | sort -g | tail -1)
    updates=$(reference_args "$p" | awk '{ for (i = 1; i < NF; i++) v[$i] = $(i + 1) } END { print v["--n"] * v["--depth"] * v["--width"] }')
    printf '%-18s %7d %14.4g %14.4g %16.4g %7.2f %7.2f..%-7.2f\n' "$p" "$threads" "$ours" "$theirs" \
        "$(awk -v s="$ours" -v u="$updates" 'BEGIN { print s * u }')" "$(awk -v a="$ours" -v b="$theirs" 'BEGIN { print a / b }')" "$lo" "$hi"
done
