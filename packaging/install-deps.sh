#!/usr/bin/env bash
# Installs every Debian package Quoteline needs to build, test and run, for both
# the Qt 6 (default) and the Qt 5 + KF5 flavour. Idempotent and non-interactive;
# works as root or through sudo.
set -euo pipefail

PACKAGES=(
    # toolchain
    build-essential cmake ninja-build pkg-config clang-format clang libclang-rt-14-dev python3 ccache
    # Qt 6 flavour (Charts is only found with the OpenGL dev package present on Debian 12)
    qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-svg-dev libqt6opengl6-dev
    libqt6sql6-sqlite libqt6sql6-psql qt6-qpa-plugins libgl-dev libpoppler-qt6-dev
    # Qt 5 flavour
    qtbase5-dev qtbase5-dev-tools libqt5charts5-dev libqt5svg5-dev libqt5sql5-sqlite
    libqt5sql5-psql libkf5syntaxhighlighting-dev libpoppler-qt5-dev
    # parsing libraries
    libicu-dev libgumbo-dev libcmark-dev libsqlite3-dev sqlite3
    # the team store's tests start a throwaway PostgreSQL 15 cluster (initdb, pg_ctl) on 127.0.0.1
    postgresql
    # OCR of scanned PDF pages: Tesseract's C++ API and its English model (nothing is downloaded)
    libtesseract-dev tesseract-ocr-eng
    # installing: validators the packaging tests run, the Debian package's tools (cpack -G DEB
    # asks dpkg-shlibdeps for Depends, which needs file), the MIME database compiler, man pages
    desktop-file-utils appstream dpkg-dev file shared-mime-info groff-base gzip
    # running the window without a display (screenshots, tests)
    xvfb xauth x11-apps imagemagick fonts-dejavu-core
)

SUDO=()
if [ "$(id -u)" -ne 0 ]; then
    SUDO=(sudo)
fi

missing=()
for p in "${PACKAGES[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done

if [ ${#missing[@]} -eq 0 ]; then
    echo "install-deps: all ${#PACKAGES[@]} packages already installed"
    exit 0
fi

echo "install-deps: installing ${#missing[@]} packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${SUDO[@]}" apt-get update -qq
"${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
