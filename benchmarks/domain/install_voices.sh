#!/bin/sh
# Installs the German test voices of the domain benchmark (Debian 12 / Ubuntu):
# espeak-ng + MBROLA diphone voices de1..de8 (as many as the archive has) and SVOX Pico
# (pico2wave), plus sox for resampling and reverb. Idempotent; needs root or sudo.
#
#   sh benchmarks/domain/install_voices.sh
#
# On Debian the MBROLA voices are in "contrib"/"non-free" and Pico in "non-free": both
# components are switched on in /etc/apt/sources.list.d/debian.sources (deb822 format) or,
# on older systems, in /etc/apt/sources.list. Ubuntu has them in "multiverse" (enabled by
# default on desktop installs).
#
# Licences: the MBROLA voices may be used for non-commercial purposes with MBROLA only —
# audio made with them is generated at benchmark time and never committed. Pico: Apache-2.0.
set -eu

if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then
        exec sudo sh "$0" "$@"
    fi
    echo "install_voices.sh: needs root (or sudo)" >&2
    exit 1
fi

export DEBIAN_FRONTEND=noninteractive

# 1. contrib + non-free (Debian only; Ubuntu's multiverse is left to the user)
changed=0
if [ -f /etc/apt/sources.list.d/debian.sources ]; then
    f=/etc/apt/sources.list.d/debian.sources
    if grep -q '^Components:' "$f" && grep '^Components:' "$f" | grep -qv 'non-free\b'; then
        cp -n "$f" "/var/backups/$(basename "$f").before-voices" 2>/dev/null || true
        # add the missing components to every Components: line
        sed -i -E '/^Components:/{
            / contrib( |$)/! s/$/ contrib/
            / non-free( |$)/! s/$/ non-free/
        }' "$f"
        changed=1
    fi
elif [ -f /etc/apt/sources.list ] && grep -q '^deb .*debian' /etc/apt/sources.list; then
    f=/etc/apt/sources.list
    if grep -E '^deb .*debian' "$f" | grep -qv ' non-free\b'; then
        cp -n "$f" "/var/backups/$(basename "$f").before-voices" 2>/dev/null || true
        sed -i -E '/^deb .*debian/{
            / contrib( |$)/! s/$/ contrib/
            / non-free( |$)/! s/$/ non-free/
        }' "$f"
        changed=1
    fi
fi

# 2. packages (only what the archive has: de3/de8 are not in every release)
wanted="espeak-ng sox mbrola libttspico-utils"
if [ "$changed" = 1 ] || ! apt-cache show mbrola >/dev/null 2>&1; then
    apt-get update -q
fi
for n in 1 2 3 4 5 6 7 8; do
    if apt-cache show "mbrola-de$n" >/dev/null 2>&1; then
        wanted="$wanted mbrola-de$n"
    fi
done
missing=""
for p in $wanted; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' \
        || missing="$missing $p"
done
if [ -n "$missing" ]; then
    echo "install_voices.sh: installing$missing"
    apt-get install -y -q --no-install-recommends $missing
else
    echo "install_voices.sh: all voices installed ($wanted)"
fi
