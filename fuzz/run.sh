#!/usr/bin/env bash
# Runs every fuzz target for a fixed time (default 20 s each), seeded from fixtures/, and prints
# the executions per target. Needs the nightly toolchain and cargo-fuzz
# (`cargo install cargo-fuzz`), and openssl for the certificate seeds. Not part of
# tests/run.sh: run it before changing a parser.
#   bash fuzz/run.sh [SECONDS]
set -euo pipefail
cd "$(dirname "$0")"
seconds=${1:-20}
root=..

seed() {
    local target=$1
    shift
    mkdir -p "corpus/$target"
    for file in "$@"; do
        [ -f "$file" ] && cp "$file" "corpus/$target/$(echo "$file" | tr '/' '_')"
    done
    return 0
}
seed java_version_output $root/fixtures/java/version-outputs/*
seed java_release_file $root/fixtures/java/release-files/*
seed profile $root/src/profile/default.toml
seed hosts_file /etc/hosts
seed smartcard_list $root/tests/fixtures/smartcard_list.txt
seed certificate
for pem in $root/fixtures/real-certificates/*.pem; do
    mkdir -p corpus/certificate
    openssl x509 -in "$pem" -outform der -out "corpus/certificate/$(basename "$pem" .pem).der"
done
mkdir -p corpus/atr corpus/support_code corpus/id_number corpus/http_date
printf '3B 9F 96 40 0A 80 31 E0 6B 04 20 05 02 58 55 55 55 55 55 55' > corpus/atr/buypass
printf '3B 6F 00 / FF F0 00' > corpus/atr/masked
printf '1041-0963-HR17' > corpus/support_code/valid
printf '01019012345' > corpus/id_number/shape
printf 'Wed, 25 Nov 2026 20:00:00 GMT' > corpus/http_date/imf

summary=()
for target in $(cargo +nightly fuzz list); do
    log="artifacts/$target.log"
    mkdir -p artifacts
    cargo +nightly fuzz run "$target" "corpus/$target" -- -max_total_time="$seconds" -max_len=65536 >"$log" 2>&1 || {
        echo "$target: CRASH (see fuzz/$log and fuzz/artifacts/$target/)"
        exit 1
    }
    runs=$(grep -Eo 'Done [0-9]+ runs' "$log" | tail -1 | awk '{print $2}')
    summary+=("$target: $runs executions in $seconds s, no crash")
done
printf '%s\n' "${summary[@]}"
