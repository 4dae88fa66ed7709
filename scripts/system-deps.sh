#!/bin/sh
# Debian/Ubuntu packages Evidence Kit and its tests need: the verifier tools a legal team
# uses (7-Zip, minisign), PDF rendering, exiftool for leak audits, ffmpeg for the video
# poster frames of the report's exhibit index (optional at run time), the libraries Qt
# needs offscreen and under Xvfb, and binutils (objdump, objcopy) for PyInstaller's
# standalone build. Installed when run as root; otherwise named.
set -eu

PACKAGES="python3-venv binutils p7zip-full minisign age poppler-utils libimage-exiftool-perl ffmpeg xvfb \
libegl1 libgl1 libglx0 libfontconfig1 libfreetype6 libxkbcommon0 libglib2.0-0 libdbus-1-3 \
fonts-dejavu-core libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 \
libxcb-render-util0 libxcb-randr0 libxcb-shape0 libxcb-xfixes0 libxcb-sync1 libxcb-shm0 \
libxcb-xkb1 libxkbcommon-x11-0 libx11-xcb1"

if ! command -v dpkg-query >/dev/null 2>&1; then
    echo "Not a Debian/Ubuntu system: install the equivalents of: $PACKAGES" >&2
    exit 0
fi

missing=""
for pkg in $PACKAGES; do
    status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
    case "$status" in
        *"install ok installed"*) ;;
        *) missing="$missing $pkg" ;;
    esac
done
# python3-venv is named python3.X-venv on some releases; a working venv module is enough.
if python3 -c "import ensurepip, venv" >/dev/null 2>&1; then
    missing=$(echo "$missing" | sed 's/ python3-venv//')
fi
[ -z "$missing" ] && exit 0

if [ "$(id -u)" = "0" ]; then
    echo "Installing system packages:$missing"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    # shellcheck disable=SC2086
    apt-get install -y -qq --no-install-recommends $missing >/dev/null
else
    echo "Missing system packages. Install them with:" >&2
    echo "  sudo apt-get install$missing" >&2
    exit 1
fi
