#!/bin/sh
# Prove the packaged Crosscheck runs without Python: start the built binary in an empty
# environment (env -i: only HOME, TMPDIR and a PATH with nothing on it), build and read the
# sample project through the command line, import the test pages (trafilatura, language and date
# detection are inside the bundle), then open the sample in the window offscreen and quit.
# When run as root where `unshare -m` works, every Python installation on the machine is also
# hidden behind an empty tmpfs for the run, so nothing can fall back to it.
#
#   sh packaging/smoke_test.sh [path/to/dist/crosscheck/crosscheck]
#
# Exit status 0 when every step worked. Prints one line per step.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
if [ $# -ge 1 ]; then
    bin=$1
elif [ -x "$here/crosscheck" ]; then
    bin=$here/crosscheck                       # run from inside the bundle
else
    bin=$here/../dist/crosscheck/crosscheck    # run from the repository
fi
[ -x "$bin" ] || { echo "smoke test: no built program at $bin (run: python packaging/build.py)" >&2; exit 1; }
bin=$(cd "$(dirname "$bin")" && pwd)/$(basename "$bin")
pages=$here/../tests/data/pages

work=$(mktemp -d "${TMPDIR:-/tmp}/crosscheck-smoke.XXXXXX")
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/home" "$work/tmp" "$work/emptybin"

# The directories a Python could be found in; hidden when we can (root, mount namespaces).
hide=""
for dir in /root/.pyenv /usr/lib/python3 /usr/lib/python3.* /usr/local/lib/python3.* /opt/python* /work/venvs \
           "${VIRTUAL_ENV:-}" "${PYENV_ROOT:-}"; do
    [ -n "$dir" ] && [ -d "$dir" ] && hide="$hide $dir"
done
isolate=""
if [ "$(id -u)" = 0 ] && unshare -m true 2>/dev/null; then
    isolate=yes
fi

clean() {   # clean COMMAND...: run in the empty environment, Python hidden when possible
    if [ -n "$isolate" ]; then
        unshare -m sh -c 'for d in $HIDE; do mount -t tmpfs -o ro none "$d"; done; exec "$@"' sh \
            env -i HOME="$work/home" TMPDIR="$work/tmp" PATH="$work/emptybin" LANG=C.UTF-8 \
            QT_QPA_PLATFORM=offscreen "$@"
    else
        env -i HOME="$work/home" TMPDIR="$work/tmp" PATH="$work/emptybin" LANG=C.UTF-8 \
            QT_QPA_PLATFORM=offscreen "$@"
    fi
}
export HIDE="$hide"

step() { echo "smoke test: $*"; }

if [ -n "$isolate" ]; then
    step "Python hidden for every run:$hide"
    clean "$bin" --version >/dev/null   # the mounts work
    if clean /bin/sh -c 'command -v python3 >/dev/null 2>&1 && python3 -c pass' 2>/dev/null; then
        echo "smoke test: FAILED: a Python still runs inside the isolated environment" >&2; exit 1
    fi
else
    step "not root or no mount namespaces: Python is off PATH but not hidden"
fi

clean "$bin" --version
clean "$bin" sample "$work/sample.crosscheck"
claims=$(clean "$bin" claims "$work/sample.crosscheck" --json)
case $claims in *'"verdict"'*) step "claims listed from the bundled sample" ;;
    *) echo "smoke test: FAILED: no claims in: $claims" >&2; exit 1 ;; esac

if [ -d "$pages" ]; then
    clean "$bin" new "$work/pages.crosscheck"
    clean "$bin" import "$work/pages.crosscheck" "$pages"
    articles=$(clean "$bin" articles "$work/pages.crosscheck" --json)
    count=$(printf '%s' "$articles" | grep -o '"sha256"' | wc -l)
    expected=$(ls "$pages" | grep -ci '\.html\?$')
    [ "$count" -ge "$expected" ] || { echo "smoke test: FAILED: $count of $expected pages imported" >&2; exit 1; }
    case $articles in *'"language": "it"'*) step "$count pages imported, Italian detected" ;;
        *) echo "smoke test: FAILED: language detection: $articles" >&2; exit 1 ;; esac
fi

CROSSCHECK_SMOKE_TEST=1; export CROSSCHECK_SMOKE_TEST
clean CROSSCHECK_SMOKE_TEST=1 "$bin" "$work/sample.crosscheck"
clean CROSSCHECK_SMOKE_TEST=1 "$bin"   # no file: builds the sample in the user data folder
step "passed"
