# Helpers that tests/run.sh and examples/demo.sh source to say what they are doing, quietly:
#   step "what"                      a heading with the time since the start
#   configure LOG cmake -S ... -B ...   cmake's configure output into LOG (all of it on
#                                    failure; the portable build's own lines as they come)
#   build DIR [cmake --build args]   a progress count instead of every compiler line; warnings
#                                    and errors are shown as they come
# On a terminal the count updates in place; in a log it is printed every 10%.
progress_start=${progress_start:-$(date +%s)}

step() {
  local t=$(( $(date +%s) - progress_start ))
  printf '\n[%2d:%02d] %s\n' $((t / 60)) $((t % 60)) "$*"
}

configure() {
  local log=$1 status
  shift
  mkdir -p "$(dirname "$log")"
  set +e
  "$@" 2>&1 | tee "$log" | grep --line-buffered -E '^(-- )?(portable|static-deps|icu-data)'
  status=${PIPESTATUS[0]}
  set -e
  if [ "$status" != 0 ]; then
    cat "$log"
    echo "configure failed: $*" >&2
    return 1
  fi
  echo "  configured (the whole output: $log)"
}

build() {
  local dir=$1 tty=0
  shift
  [ -t 1 ] && tty=1
  local status
  set +e
  cmake --build "$dir" "$@" 2>&1 | awk -v tty=$tty '
    /^\[ *[0-9]+%\] / {
      match($0, /[0-9]+%/); pct = substr($0, RSTART, RLENGTH - 1) + 0
      n++
      if (tty) { printf "\r  building: %3d%% (%d steps)   ", pct, n; fflush() }
      else if (pct >= last + 10 || (pct == 100 && last < 100)) { printf "  building: %3d%% (%d steps)\n", pct, n; last = pct; fflush() }
      next
    }
    /^(gmake|make)(\[[0-9]+\])?: (Entering|Leaving)/ { next }
    /^(Consolidate compiler generated dependencies|Scanning dependencies)/ { next }
    { if (tty) printf "\n"; print; fflush() }
    END { if (tty) printf "\n"; printf "  built %d steps\n", n }'
  status=${PIPESTATUS[0]}
  set -e
  return "$status"
}
