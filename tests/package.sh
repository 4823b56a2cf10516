#!/usr/bin/env bash
# Packaging test: builds the Debian package and tarball with dist/build.sh, installs the
# package, checks what it installed, removes it, runs the binary from the tarball, and checks
# that the CI recipes in dist/ are valid YAML. Run by tests/run.sh after cargo test.
set -uo pipefail
cd "$(dirname "$0")/.."

passed=0
failed=0
check() {
    local what=$1
    shift
    if "$@" >/tmp/loginsjekk-package-check.log 2>&1; then
        echo "ok: $what"
        passed=$((passed + 1))
    else
        echo "FAILED: $what"
        sed 's/^/    /' /tmp/loginsjekk-package-check.log
        failed=$((failed + 1))
    fi
}

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

bash dist/build.sh
deb=$(ls target/dist/loginsjekk_*.deb)
tarball=$(ls target/dist/loginsjekk-*-linux.tar.gz)

as_root dpkg -r loginsjekk >/dev/null 2>&1 || true
check "the package installs" as_root dpkg -i "$deb"
check "loginsjekk --version runs from /usr/bin" sh -c '[ "$(/usr/bin/loginsjekk --version)" = "loginsjekk $(grep -m1 "^version" Cargo.toml | cut -d\" -f2)" ]'
check "man finds the manual page" sh -c 'man -w loginsjekk | grep -q "/usr/share/man/man1/loginsjekk.1"'
check "the bash completion is installed" test -s /usr/share/bash-completion/completions/loginsjekk
check "README and licences are in /usr/share/doc" test -s /usr/share/doc/loginsjekk/LICENSE-APACHE
check "no hard dependency on libpcsclite" sh -c '! dpkg -s loginsjekk | grep "^Depends:" | grep -q pcsc'
check "pcscd is only recommended" sh -c 'dpkg -s loginsjekk | grep -q "^Recommends: pcscd"'
check "the package removes cleanly" sh -c 'as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }; as_root dpkg -r loginsjekk && [ ! -e /usr/bin/loginsjekk ]'

unpacked=$(mktemp -d)
check "the tarball unpacks" tar -C "$unpacked" -xzf "$tarball"
check "the binary runs from the tarball" sh -c "'$unpacked'/loginsjekk-*/loginsjekk explain --format json | grep -q '\"schema_version\": 2'"

# The release binary ignores the test-only inputs (docs/testing.md): a hosts file that sends the
# portal elsewhere, and a PC/SC library whose constructor leaves a mark when it is loaded. A
# debug build given the same inputs shows that they would be seen: the override reported, the
# mark made. The smart card service socket is one that does not exist, so that no daemon on this
# machine is asked either.
inputs=$(mktemp -d)
printf '127.0.0.1 localhost\n10.0.0.66 login.idporten.no\n' >"$inputs/hosts"
printf '%s\n' \
    'extern int open(const char *, int, ...);' \
    'extern int close(int);' \
    '__attribute__((constructor)) static void mark(void) {' \
    '    int fd = open(MARK, 0101, 0644); /* O_WRONLY | O_CREAT */' \
    '    if (fd >= 0) close(fd);' \
    '}' >"$inputs/mark.c"
gcc -shared -fPIC -DMARK="\"$inputs/loaded\"" -o "$inputs/libmark.so" "$inputs/mark.c"
# Runs a binary with the inputs; its report, and what `card` says, go to report.json.
run_with_test_inputs() {
    rm -f "$inputs/loaded"
    local run=(env -i HOME="$inputs" PATH=/usr/bin:/bin PCSCLITE_CSOCK_NAME="$inputs/no-pcscd.comm"
        LOGINSJEKK_TEST_HOSTS_FILE="$inputs/hosts" LOGINSJEKK_TEST_PCSC_LIBRARY="$inputs/libmark.so" "$1")
    # Exit code 1 is a report that found something.
    { "${run[@]}" check --offline --only system,card-reader --format json || [ $? -eq 1 ]; } >"$inputs/report.json" &&
        { "${run[@]}" card --timeout 2 || [ $? -eq 1 ]; } >>"$inputs/report.json" 2>&1
}
reads_test_inputs() {
    run_with_test_inputs "$1" && grep -q '"system.hosts-override"' "$inputs/report.json" && test -e "$inputs/loaded"
}
ignores_test_inputs() {
    run_with_test_inputs "$1" && ! grep -q '"system.hosts-override"' "$inputs/report.json" &&
        ! grep -qF "$inputs" "$inputs/report.json" && test ! -e "$inputs/loaded"
}
release_bin=$(echo "$unpacked"/loginsjekk-*/loginsjekk)
cargo build --locked --quiet
check "a debug build reads the test-only inputs" reads_test_inputs target/debug/loginsjekk
check "the release binary ignores them and loads no library they name" ignores_test_inputs "$release_bin"
check "the release binary does not hold their names" sh -c "! grep -qa LOGINSJEKK_TEST_ '$release_bin'"
rm -rf "$inputs"

check "the tarball has the man page, completions and licences" sh -c "ls '$unpacked'/loginsjekk-*/loginsjekk.1 '$unpacked'/loginsjekk-*/completions/_loginsjekk.ps1 '$unpacked'/loginsjekk-*/LICENSE-MIT"
check "the checksums match" sh -c "cd target/dist && sha256sum --check SHA256SUMS"
rm -rf "$unpacked"

for recipe in dist/github/ci.yml dist/github/release.yml dist/ci/github-actions.yml dist/ci/gitlab-ci.yml; do
    check "$recipe is valid YAML" python3 -c "import sys, yaml; yaml.safe_load(open(sys.argv[1]))" "$recipe"
done
# The platforms a workflow's jobs run on, from the parsed YAML (matrix values included).
runners='
import sys, yaml
workflow = yaml.safe_load(open(sys.argv[1]))
found = set()
for job in workflow["jobs"].values():
    found.add(str(job["runs-on"]))
    for values in job.get("strategy", {}).get("matrix", {}).values():
        found.update(map(str, values if isinstance(values, list) else [values]))
for platform in ("ubuntu", "windows", "macos"):
    assert any(r.startswith(platform) for r in found), f"no {platform} runner in {sorted(found)}"
'
for workflow in dist/github/ci.yml dist/github/release.yml; do
    check "$workflow runs on Linux, Windows and macOS" python3 -c "$runners" "$workflow"
done
check "dist/github/ci.yml runs on every push and pull request" python3 -c '
import sys, yaml
triggers = yaml.safe_load(open(sys.argv[1]))[True]  # YAML 1.1 reads the key "on" as true
assert "push" in triggers and "pull_request" in triggers, triggers
assert triggers["push"] is None, "push is limited to some branches or tags"
' dist/github/ci.yml
check "ci.yml runs tests/run.sh on Linux, and fmt, clippy, cargo test and a schema-checked smoke run elsewhere" python3 -c '
import sys, yaml
jobs = yaml.safe_load(open(sys.argv[1]))["jobs"]
linux = " ".join(s.get("run", "") for s in jobs["linux"]["steps"])
assert "bash tests/run.sh" in linux, linux
other = " ".join(s.get("run", "") for s in jobs["other-platforms"]["steps"])
for step in ("cargo fmt --all -- --check", "cargo clippy --all-targets --locked -- -D warnings",
             "cargo test --locked", "--offline --format json", "docs/report.schema.json"):
    assert step in other, step
' dist/github/ci.yml

# The Windows zip: the guides are made by dist/zip-texts.sh (in Git Bash) before the step that
# makes the zip, and that step copies both into the zip's folder.
windows_zip_has_guides='
import sys, yaml
steps = yaml.safe_load(open("dist/github/release.yml"))["jobs"]["windows"]["steps"]
zips = [i for i, s in enumerate(steps) if "Compress-Archive" in s.get("run", "")]
assert len(zips) == 1, "one step makes the zip: %r" % zips
made = [s for s in steps[: zips[0]] if "dist/zip-texts.sh" in s.get("run", "")]
assert len(made) == 1 and made[0].get("shell") == "bash", "a bash step before the zip runs dist/zip-texts.sh"
out = made[0]["run"].split("dist/zip-texts.sh", 1)[1].split()[0]
copies = [l for l in steps[zips[0]]["run"].splitlines() if l.strip().startswith("Copy-Item")]
for name in ("README.txt", "LES-MEG.txt"):
    assert any(out + "/" + name in l and l.rstrip().endswith("$name") for l in copies), name + " is not copied into the zip"
'
check "the Windows zip step adds README.txt and LES-MEG.txt" python3 -c "$windows_zip_has_guides"
guides=$(mktemp -d)
check "dist/zip-texts.sh writes both guides" sh -c "bash dist/zip-texts.sh '$guides' && test -s '$guides/README.txt' && test -s '$guides/LES-MEG.txt'"
rm -rf "$guides"

echo "package: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
