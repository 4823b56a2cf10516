#!/usr/bin/env bash
# Runs the whole test suite: installs the system packages the tests need, starts the
# services they use, then formatting, lint and every test. Works on a fresh Debian 12
# machine with the Rust toolchain; run it as root or with sudo available.
set -euo pipefail
cd "$(dirname "$0")/.."

# Debian packages the tests use:
#   libxml2-utils  xmllint, to validate JUnit reports against tests/fixtures/junit.xsd
#   openssl        openssl s_server, an outdated TLS 1.0 server for the portal tests
#   pcscd, vsmartcard-vpcd  the real PC/SC daemon and its virtual reader driver; each card-reader
#                  test starts its own pcscd (see tests/support/pcsc.rs)
#   pcsc-tools     smartcard_list.txt, the list of known cards
#   python3        tests/support/hold_card.py, another program holding a card;
#                  tests/support/in_pty.py, a pseudo-terminal for --watch
#   default-jre-headless  a real Java for the java check
#   dpkg-dev, man-db, python3-yaml  the packaging test (tests/package.sh)
#   strace         proves that loginsjekk connects nowhere but the portal (tests/hostile_peers.rs)
#   faketime       sets the day for the id-number tests (tests/helpline.rs): future dates of birth,
#                  the day the check-digit rules for new numbers apply
#   gcc, libc6-dev a small shared library that tests/package.sh offers the release binary as its
#                  PC/SC library (it must never be loaded); Rust's linker needs them anyway
PACKAGES=(libxml2-utils openssl pcscd vsmartcard-vpcd pcsc-tools python3 default-jre-headless dpkg-dev man-db python3-yaml strace faketime gcc libc6-dev)

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

missing=()
for package in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ "${#missing[@]}" -gt 0 ]; then
    echo "== installing ${missing[*]}"
    as_root apt-get update -qq
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

echo "== cargo fmt --check"
cargo fmt --all -- --check
echo "== cargo clippy"
cargo clippy --all-targets --locked -- -D warnings
echo "== cargo test"
cargo test --locked --no-fail-fast
echo "== packaging"
bash tests/package.sh
