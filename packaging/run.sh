#!/usr/bin/env bash
# Command 1 of the README: set everything up, build the Qt 6 flavour and open the Quoteline window.
# The first start creates the default store with the demo corpus.
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/install-deps.sh
cmake --preset qt6 >/dev/null
cmake --build --preset qt6 --target quoteline quoteline-cli
if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
    echo "run: no display found; starting Quoteline under Xvfb (xvfb-run)" >&2
    exec xvfb-run -a -s '-screen 0 1600x1000x24' build/qt6/app/quoteline "$@"
fi
exec build/qt6/app/quoteline "$@"
