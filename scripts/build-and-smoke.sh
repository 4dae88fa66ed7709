#!/bin/sh
# Build the standalone app with PyInstaller (build.spec) and smoke-test the built programs,
# never the source tree: the CLI prints its version, creates the demo vault, exports the
# demo case as a password dossier and verifies it (and writes a PDF/A report when pikepdf
# was bundled); the desktop app starts offscreen in English and in Arabic (right to left)
# and quits. Prints the bundle size. tests/e2e/test_bundle.py runs this (so ./dev test and
# CI do).
#
#   sh scripts/build-and-smoke.sh [OUT_DIR]     (default: build/bundle; the app ends up in
#                                                OUT_DIR/dist/evidence-kit)
# PYTHON: the Python whose environment has the app and the "build" extra (.venv/bin/python).
set -eu
cd "$(dirname "$0")/.."
ROOT=$(pwd)
PYTHON=${PYTHON:-$ROOT/.venv/bin/python}
OUT=${1:-$ROOT/build/bundle}
mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)
APP=$OUT/dist/evidence-kit
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

fail() { echo "SMOKE FAILED: $*" >&2; exit 1; }

"$PYTHON" -c "import PyInstaller" 2>/dev/null \
    || fail "PyInstaller is missing: pip install -e '.[build]'"
echo "== building $APP"
start=$(date +%s)
"$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath "$OUT/dist" --workpath "$OUT/work" build.spec
echo "built in $(( $(date +%s) - start )) s"
for program in evidence-kit evidence-kit-gui; do
    [ -x "$APP/$program" ] || fail "$APP/$program was not built"
done

# The bundled programs must not see the checkout, the venv or the user's settings.
cd "$WORK"
unset PYTHONPATH VIRTUAL_ENV EVIDENCE_KIT_VAULT EVIDENCE_KIT_PASSPHRASE EVIDENCE_KIT_LANG
export HOME="$WORK/home" XDG_CONFIG_HOME="$WORK/config" XDG_DATA_HOME="$WORK/data"
export EVIDENCE_KIT_INSECURE_FAST_KDF=1 LC_ALL=C.UTF-8 LANG=C.UTF-8
mkdir -p "$HOME"

echo "== CLI"
version=$("$APP/evidence-kit" --version)
expected=$(cd "$ROOT" && "$PYTHON" -c "import evidence_kit; print(evidence_kit.__version__)")
[ "$version" = "evidence-kit $expected" ] || fail "--version said '$version'"
echo "$version"
"$APP/evidence-kit" demo --vault "$WORK/vault" >demo.txt || fail "demo vault: $(cat demo.txt)"
export EVIDENCE_KIT_VAULT="$WORK/vault" EVIDENCE_KIT_PASSPHRASE=demo-passphrase-not-secret
echo "correct horse battery staple" >password.txt
"$APP/evidence-kit" export --case 1 --out "$WORK/dossier.zip" --password-file password.txt \
    --allow-missing 2>export-warnings.txt
"$APP/evidence-kit" verify "$WORK/dossier.zip" --password-file password.txt --full >verify.txt \
    || { cat verify.txt; fail "the bundled CLI could not verify its own dossier"; }
grep -q "^VERIFIED" verify.txt || fail "verify did not say VERIFIED"
echo "exported and verified $(wc -c <"$WORK/dossier.zip") bytes: $(head -1 verify.txt)"
if ls "$APP/_internal/pikepdf" >/dev/null 2>&1; then
    "$APP/evidence-kit" report --case 1 --out "$WORK/report.pdf" >/dev/null 2>&1
    grep -aq "pdfaid:part" "$WORK/report.pdf" || fail "pikepdf is bundled but the report is not PDF/A"
    echo "report is PDF/A-2b"
fi

echo "== desktop app (offscreen)"
for lang in en ar; do
    EVIDENCE_KIT_LANG=$lang QT_QPA_PLATFORM=offscreen timeout 120 "$APP/evidence-kit-gui" \
        --smoke-test --vault "$WORK/gui-vault" >gui-$lang.txt 2>gui-$lang.err \
        || { cat gui-$lang.txt gui-$lang.err; fail "the desktop app did not start and quit ($lang)"; }
    ! grep -q Traceback gui-$lang.err || { cat gui-$lang.err; fail "traceback ($lang)"; }
    tail -1 gui-$lang.txt
    grep -q '"ready_after_s"' gui-$lang.txt || fail "no ready line ($lang)"
done
grep -q '"language": "ar"' gui-ar.txt || fail "the Arabic translation did not load"
grep -q '"rtl": true' gui-ar.txt || fail "Arabic is not right to left"
grep -q '"catalogues": 2' gui-ar.txt || fail "Qt's own Arabic translation (qtbase_ar) is missing"
grep -q '"icons": true' gui-en.txt || fail "the SVG icons did not load"
# `evidence-kit gui` hands over to the GUI program of the bundle: still running after 5 s
rc=0
QT_QPA_PLATFORM=offscreen timeout 5 "$APP/evidence-kit" gui --vault "$WORK/gui-vault" \
    >gui-cli.txt 2>&1 || rc=$?
[ "$rc" -eq 124 ] || { cat gui-cli.txt; fail "'evidence-kit gui' did not start the app ($rc)"; }
echo "evidence-kit gui starts the desktop app"

size=$(du -sh "$APP" | cut -f1)
packed=$(tar -C "$OUT/dist" -czf - evidence-kit | wc -c)
echo "SMOKE OK: $APP is $size ($(( packed / 1048576 )) MB as .tar.gz)"
