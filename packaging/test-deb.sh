#!/usr/bin/env bash
# End-to-end test of the Linux package, as root on Debian/Ubuntu (a packaging CI job; not part
# of the default test run: it takes minutes and installs system-wide).
#   1. builds the program folder (reused when present; --rebuild forces it) and the .deb
#   2. installs it with apt-get, checks files, the .desktop entry and the libraries
#   3. runs the installed program's self-test with networking disabled (unshare -n), as a
#      fresh user (empty HOME), and with a policy written by `diktat --write-policy`
#   4. starts the desktop app offscreen for a few seconds (smoke test)
#   5. removes the package and checks that /opt/diktat and the launchers are gone
# Prints: bundle build time, package size, install time, self-test time.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$PWD"
say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
fail() { printf '\033[31mFEHLER: %s\033[0m\n' "$*" >&2; exit 1; }
[ "$(id -u)" -eq 0 ] || fail "als root ausführen (installiert ein Paket)"

rebuild=0; [ "${1:-}" = "--rebuild" ] && rebuild=1
if [ "$rebuild" = 1 ] || [ ! -x build/dist/diktat/diktat ]; then
  packaging/build_bundle.sh
fi
build_seconds="$(sed -n 1p build/dist/diktat.build-figures 2>/dev/null || echo '?')"
bundle_mb="$(du -sm build/dist/diktat | cut -f1)"

packaging/build_deb.sh
deb="$(ls -t build/diktat_*.deb | head -1)"
deb_mb="$(awk -v b="$(stat -c %s "$deb")" 'BEGIN { printf "%.0f", b / 1048576 }')"

if dpkg-query -W -f='${Status}' diktat 2>/dev/null | grep -q "ok installed"; then
  say "Entferne vorher installiertes diktat"
  apt-get remove -y -qq diktat >/dev/null
fi

say "Installiere $deb"
started=$(date +%s.%N)
# --no-install-recommends: the Recommends (xdotool, fonts, GTK) would be downloaded otherwise.
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "./$deb" >/dev/null
install_seconds=$(awk -v a="$started" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')

say "Prüfe die installierten Dateien"
for f in /opt/diktat/diktat /opt/diktat/dictation /opt/diktat/models/base/model.bin \
         /usr/bin/diktat /usr/bin/dictation /usr/share/applications/diktat.desktop \
         /usr/share/icons/hicolor/256x256/apps/diktat.png \
         /usr/share/icons/hicolor/scalable/apps/diktat.svg /usr/share/doc/diktat/README.md; do
  [ -e "$f" ] || fail "$f fehlt"
done
if command -v desktop-file-validate >/dev/null; then
  desktop-file-validate /usr/share/applications/diktat.desktop || fail ".desktop-Datei ungültig"
  echo "desktop-file-validate: ok"
else
  echo "desktop-file-validate: nicht installiert (apt-get install desktop-file-utils), übersprungen"
fi
python3 packaging/deb_depends.py --missing /opt/diktat || fail "Bibliotheken fehlen"
echo "libraries: all found"
[ -z "$(find /opt/diktat -perm -o+w -not -type l)" ] || fail "für alle beschreibbare Dateien in /opt/diktat"

say "Selbsttest des installierten Programms ohne Netzwerk"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
chmod 0755 "$tmp"
policy="$tmp/policy/settings.toml"
# The MSI's custom action in miniature: write a policy with the installed program.
/usr/bin/diktat --write-policy "RETENTIONDAYS=30|" "UILANGUAGE=de|" --file "$policy"
grep -q "retention_days = 30" "$policy" || fail "--write-policy hat die Richtlinie nicht geschrieben"
isolate=(unshare -n)
if ! unshare -n true 2>/dev/null; then
  echo "unshare -n nicht möglich: Selbsttest mit Netzwerk (der Selbsttest meldet Netzwerkzugriffe selbst)"
  isolate=()
fi
run_selftest() {  # a fresh user: empty HOME, no cache; the policy file from above
  env -i PATH=/usr/bin:/bin HOME="$tmp/home" LANG=C.UTF-8 DIKTAT_POLICY_FILE="$policy" \
    "${isolate[@]}" "$@"
}
started=$(date +%s.%N)
run_selftest /usr/bin/dictation selftest --report "$tmp/report.txt" || fail "Selbsttest fehlgeschlagen"
selftest_seconds=$(awk -v a="$started" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')
grep -q "history.retention_days" "$tmp/report.txt" || fail "Richtlinie im Selbsttest nicht gesehen"
grep -q "^✔ Word-Export" "$tmp/report.txt" || fail "Word-Export nicht geprüft"
run_selftest /usr/bin/diktat --selftest >/dev/null || fail "diktat --selftest fehlgeschlagen"
echo "diktat --selftest: ok"

say "Startet die Desktop-App? (offscreen, 8 s)"
set +e
env -i PATH=/usr/bin:/bin HOME="$tmp/home" LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen \
  timeout 8 /usr/bin/diktat >"$tmp/gui.log" 2>&1
gui=$?
set -e
if [ "$gui" = 124 ]; then
  echo "desktop app: running after 8 s (ok)"
else
  echo "WARNUNG: die Desktop-App endete nach weniger als 8 s mit Status $gui:"
  tail -5 "$tmp/gui.log"
fi

say "Entferne das Paket"
DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq diktat >/dev/null
for f in /opt/diktat /usr/bin/diktat /usr/bin/dictation /usr/share/applications/diktat.desktop; do
  [ ! -e "$f" ] || fail "$f ist nach dem Entfernen noch da"
done
echo "removed: /opt/diktat, launchers and .desktop entry are gone"

echo
echo "=== Zahlen ==="
echo "bundle build time: ${build_seconds} s (PyInstaller; warm cache if reused)"
echo "bundle size:       ${bundle_mb} MB"
echo "package size:      ${deb_mb} MB ($deb)"
echo "install time:      ${install_seconds} s"
echo "selftest time:     ${selftest_seconds} s (fresh user, unshare -n: ${isolate[*]:-no})"
