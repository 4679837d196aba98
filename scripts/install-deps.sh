#!/bin/sh
# Install every Debian 12 package that building and testing fiche2vcard needs,
# skipping those already present. Run as root (or with sudo available).
set -eu

PACKAGES="
gcc g++ make autoconf automake pkg-config
libical-dev libmd4c-dev libutf8proc-dev libphonenumber-dev libjansson-dev libcmocka-dev
uuid-dev
libmimalloc-dev
python3 python3-vobject python3-icalendar
libez-vcard-java libvinnie-java default-jdk-headless
radicale python3-requests
valgrind clang libclang-rt-14-dev clang-format
util-linux bsdextrautils parallel
"

missing=""
for p in $PACKAGES; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing="$missing $p"
    fi
done

# Node.js may come from another packaging that bundles npm: only ask Debian for
# it when the commands are missing.
command -v node >/dev/null 2>&1 || missing="$missing nodejs"
command -v npm >/dev/null 2>&1 || missing="$missing npm"

if [ -n "$missing" ]; then
    echo "install-deps: installing:$missing"
    SUDO=""
    [ "$(id -u)" = 0 ] || SUDO="sudo"
    export DEBIAN_FRONTEND=noninteractive
    $SUDO apt-get update -qq
    # shellcheck disable=SC2086
    $SUDO apt-get install -y -qq --no-install-recommends $missing
else
    echo "install-deps: all packages present"
fi

# ical.js (Mozilla's parser, used by Thunderbird) for the interoperability
# tests, pinned by tests/interop/package-lock.json.
if [ -f tests/interop/package-lock.json ] && [ ! -d tests/interop/node_modules/ical.js ]; then
    (cd tests/interop && npm ci --no-audit --no-fund --silent)
fi
