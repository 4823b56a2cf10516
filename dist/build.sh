#!/usr/bin/env bash
# Builds what people install: the release binary, its man page and shell completions, a
# Debian package (cargo-deb) and a .tar.gz with a SHA-256 checksum, all in target/dist/.
# Run from anywhere: bash dist/build.sh
set -euo pipefail
cd "$(dirname "$0")/.."

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

echo "== release build"
cargo build --release --locked
bin=target/release/loginsjekk
version=$("$bin" --version | awk '{print $2}')
arch=$(uname -m)
out=target/dist
rm -rf "$out"
mkdir -p "$out/completions"

echo "== man page and completions"
"$bin" man > "$out/loginsjekk.1"
gzip -9 -n -c "$out/loginsjekk.1" > "$out/loginsjekk.1.gz"
"$bin" completions bash > "$out/completions/loginsjekk.bash"
"$bin" completions zsh > "$out/completions/_loginsjekk"
"$bin" completions fish > "$out/completions/loginsjekk.fish"
"$bin" completions powershell > "$out/completions/_loginsjekk.ps1"

echo "== Debian package"
if ! command -v cargo-deb >/dev/null 2>&1; then
    cargo install cargo-deb --locked
fi
# cargo-deb finds the libraries the binary links with dpkg-shlibdeps (dpkg-dev).
if ! command -v dpkg-shlibdeps >/dev/null 2>&1; then
    as_root apt-get update -qq
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends dpkg-dev >/dev/null
fi
deb=$(cargo deb --no-build --no-strip --output "$out" | tail -n 1)

echo "== tarball"
name="loginsjekk-$version-$arch-linux"
stage="$out/$name"
mkdir -p "$stage"
cp "$bin" "$out/loginsjekk.1" README.md LICENSE-MIT LICENSE-APACHE "$stage/"
cp -r "$out/completions" "$stage/"
tar -C "$out" -czf "$out/$name.tar.gz" "$name"
rm -rf "$stage"
(cd "$out" && sha256sum "$name.tar.gz" "$(basename "$deb")" > SHA256SUMS)

echo "== built"
ls -l "$bin" "$deb" "$out/$name.tar.gz"
cat "$out/SHA256SUMS"
