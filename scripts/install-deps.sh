#!/bin/sh
# Install the Debian 12 packages fiche2vcard needs, skipping those already
# present. Run as root (or with sudo available).
#
#   scripts/install-deps.sh           what building and converting needs
#   scripts/install-deps.sh --tests   that, and everything `make check` runs:
#                                     the test libraries, the servers and
#                                     clients the tests start, Java, Node.js
#                                     and the npm packages pinned by
#                                     tests/interop/package-lock.json
set -eu

tests=0
for arg in "$@"; do
    case $arg in
    --tests) tests=1 ;;
    *) echo "usage: $0 [--tests]" >&2; exit 2 ;;
    esac
done

# Building the program and libfiche, and converting.
BUILD_PACKAGES="
gcc g++ make autoconf automake pkg-config
libical-dev libmd4c-dev libutf8proc-dev libphonenumber-dev libjansson-dev
uuid-dev libcurl4-openssl-dev libxml2-dev nettle-dev libcmocka-dev
libmimalloc-dev
"

# Only for `make check` and the hardening runs: unit tests, readers of our
# files (vobject, icalendar, ez-vcard, ical.js, libical), the servers the
# delivery tests start, the real clients' libraries, sanitizers and tools.
TEST_PACKAGES="
python3 python3-vobject python3-icalendar python3-requests
libez-vcard-java libvinnie-java default-jdk-headless
radicale xandikos vdirsyncer
khard khal calcurse python3-ruamel.yaml libgeonames-dev
libebook-contacts1.2-dev libkf5contacts-dev libkf5calendarcore-dev qtbase5-dev
valgrind clang libclang-rt-14-dev clang-format
util-linux bsdextrautils parallel
"

PACKAGES=$BUILD_PACKAGES
[ $tests = 1 ] && PACKAGES="$PACKAGES $TEST_PACKAGES"

missing=""
for p in $PACKAGES; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing="$missing $p"
    fi
done

if [ $tests = 1 ]; then
    # Node.js may come from another packaging that bundles npm: only ask
    # Debian for it when the commands are missing.
    command -v node >/dev/null 2>&1 || missing="$missing nodejs"
    command -v npm >/dev/null 2>&1 || missing="$missing npm"
fi

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

# The npm packages of the interoperability tests (ical.js, Mozilla's parser
# used by Thunderbird; opening_hours, OpenStreetMap's reference parser),
# pinned by tests/interop/package-lock.json.
if [ $tests = 1 ] && [ -f tests/interop/package-lock.json ]; then
    if [ ! -d tests/interop/node_modules/ical.js ] ||
        [ ! -d tests/interop/node_modules/opening_hours ]; then
        (cd tests/interop && npm ci --no-audit --no-fund --silent)
    fi
fi
