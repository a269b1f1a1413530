#!/usr/bin/env bash
# Builds build/diktat_<version>_<arch>.deb from the program folder build/dist/diktat
# (packaging/build_bundle.sh makes it; built first when missing).
#   /opt/diktat/                 the program folder (diktat, dictation, _internal, models/base)
#   /usr/bin/diktat, dictation   launchers
#   /usr/share/applications/diktat.desktop, /usr/share/icons/hicolor/*/apps/diktat.*
#   /usr/share/doc/diktat/       README (German, for IT), settings.toml example
# Depends are computed from the bundle's libraries (packaging/deb_depends.py).
#   packaging/build_deb.sh [--rebuild]     --rebuild: build the bundle again first
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$PWD"
BUNDLE="$ROOT/build/dist/diktat"
say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

if [ "${1:-}" = "--rebuild" ] || [ ! -x "$BUNDLE/diktat" ]; then
  packaging/build_bundle.sh
fi
for f in diktat dictation models/base/model.bin; do
  [ -e "$BUNDLE/$f" ] || { say "$BUNDLE/$f fehlt: packaging/build_bundle.sh ausführen."; exit 1; }
done

VERSION="$(.venv/bin/python -c 'import dictation; print(dictation.__version__)')"
ARCH="$(dpkg --print-architecture)"
OUT="$ROOT/build/diktat_${VERSION}_${ARCH}.deb"
STAGE="$ROOT/build/deb"
rm -rf "$STAGE"
mkdir -p "$STAGE/DEBIAN" "$STAGE/opt" "$STAGE/usr/bin" "$STAGE/usr/share/applications" \
         "$STAGE/usr/share/doc/diktat" "$STAGE/usr/share/icons/hicolor/scalable/apps"

say "Stelle das Paket zusammen ($VERSION, $ARCH)"
cp -a "$BUNDLE" "$STAGE/opt/diktat"
for name in diktat dictation; do
  sed "s/@NAME@/$name/g" packaging/linux/launcher.sh > "$STAGE/usr/bin/$name"
  chmod 0755 "$STAGE/usr/bin/$name"
done
install -m 0644 packaging/linux/diktat.desktop "$STAGE/usr/share/applications/diktat.desktop"
install -m 0644 packaging/icons/diktat.svg "$STAGE/usr/share/icons/hicolor/scalable/apps/diktat.svg"
for size in 48 128 256; do
  dir="$STAGE/usr/share/icons/hicolor/${size}x${size}/apps"
  mkdir -p "$dir"
  install -m 0644 "packaging/icons/diktat-$size.png" "$dir/diktat.png"
done
install -m 0644 packaging/README.md "$STAGE/usr/share/doc/diktat/README.md"
install -m 0644 packaging/settings.toml.example "$STAGE/usr/share/doc/diktat/settings.toml.example"
install -m 0755 packaging/linux/postrm "$STAGE/DEBIAN/postrm"
# Files readable by everyone, programs executable; nothing writable but by root.
chmod -R u+rwX,go+rX,go-w "$STAGE/opt/diktat"

deps="$(python3 packaging/deb_depends.py "$BUNDLE")" || {
  say "Dem Programmordner fehlen Bibliotheken (siehe oben)."; exit 1; }
depends="$(sed -n 's/^Depends: //p' <<<"$deps"), fontconfig-config"
recommends="xdotool, fonts-dejavu-core"
extra="$(sed -n 's/^Recommends: //p' <<<"$deps")"
[ -n "$extra" ] && recommends="$recommends, $extra"
size_kb="$(du -sk --exclude=DEBIAN "$STAGE" | cut -f1)"
cat > "$STAGE/DEBIAN/control" <<EOF
Package: diktat
Version: $VERSION
Architecture: $ARCH
Maintainer: Diktat <it@example.invalid>
Section: utils
Priority: optional
Installed-Size: $size_kb
Depends: $depends
Recommends: $recommends
Description: Offline-Diktat für Vermerke (Whisper, ohne Netzwerk)
 Gesprochenes Deutsch wird auf diesem Rechner in Text umgesetzt, mit dem
 Whisper-Modell "base" (mitgeliefert, CTranslate2) - ohne Netzwerk, ohne Cloud.
 Vermerke werden als Word-Datei (.docx) oder Text exportiert.
 .
 Selbsttest: "dictation selftest" (oder "diktat --selftest").
 Maschinen-Einstellungen: /etc/diktat/settings.toml (siehe
 /usr/share/doc/diktat/settings.toml.example).
EOF

say "Packe $OUT (zstd)"
started=$(date +%s)
rm -f "$OUT"
dpkg-deb --root-owner-group -Zzstd --build "$STAGE" "$OUT" >/dev/null
seconds=$(( $(date +%s) - started ))
rm -rf "$STAGE"
echo "package: $OUT"
echo "package size: $(( $(stat -c %s "$OUT") / 1048576 )) MB (installed $(( size_kb / 1024 )) MB), packed in ${seconds} s"
