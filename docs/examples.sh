#!/usr/bin/env bash
# Writes the example outputs that README.md and docs/ show, from real runs of the release
# binary, into docs/examples/. The ID portal is played by a TLS server on 127.0.0.1 (Python's
# ssl module, with a test CA and a certificate made here by openssl), reached with
# --connect-to, so nothing leaves this computer and no name is looked up. The rest of the
# computer is the test-only inputs of docs/testing.md: a clean hosts file, one Java (a
# recorded `release` file of Temurin 21.0.8), no USB devices and no smart card software.
# An optimised build reads those inputs only with the `test-inputs` feature, so the binary is
# the release build with that feature on; the run stops if a binary given ignores them.
#
#   bash docs/examples.sh            # builds the release binary (--features test-inputs) first
#   LOGINSJEKK=path/to/loginsjekk bash docs/examples.sh
#
# Needs openssl and python3 (tests/run.sh installs both). After a change to what the report
# says, run it and paste docs/examples/check.en.txt into README.md's example:
# tests/examples.rs fails until the README and the examples have the shape the binary prints.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ -z "${LOGINSJEKK:-}" ]; then
    cargo build --release --locked --quiet --features test-inputs
    LOGINSJEKK=target/release/loginsjekk
fi
LOGINSJEKK=$(realpath "$LOGINSJEKK")
out=docs/examples
work=$(mktemp -d)
server=""
cleanup() {
    if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT

portals=(login.idporten.no idporten.no helsenorge.no idporten.difi.no)

# A test CA, and a certificate for every portal name issued to Digitaliseringsdirektoratet
# with its organisation number, as the real ID portal's is.
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 3650 \
    -keyout "$work/ca.key" -out "$work/ca.pem" \
    -subj "/O=loginsjekk example CA/CN=Example Test Root" \
    -addext "basicConstraints=critical,CA:TRUE" \
    -addext "keyUsage=critical,keyCertSign,cRLSign" 2>/dev/null
openssl req -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes \
    -keyout "$work/portal.key" -out "$work/portal.csr" \
    -subj "/C=NO/O=DIGITALISERINGSDIREKTORATET/serialNumber=991825827/CN=login.idporten.no" 2>/dev/null
{
    printf 'subjectAltName='
    printf 'DNS:%s,' "${portals[@]}" | sed 's/,$//'
    printf '\nbasicConstraints=critical,CA:FALSE\nkeyUsage=critical,digitalSignature\nextendedKeyUsage=serverAuth\n'
} >"$work/portal.ext"
openssl x509 -req -in "$work/portal.csr" -CA "$work/ca.pem" -CAkey "$work/ca.key" \
    -CAcreateserial -days 90 -extfile "$work/portal.ext" -out "$work/portal.pem" 2>/dev/null

# The portal: every request answered 200 with a Date header (from the same clock). Bounded:
# the server ends by itself after two minutes if this script is killed before its trap runs.
cat >"$work/portal.py" <<'EOF'
import http.server, ssl, sys

class Portal(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_GET(self):
        self.send_response(200)
        self.send_header("Content-Length", "0")
        self.send_header("Connection", "close")
        self.end_headers()

    def log_message(self, *args):
        pass

server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Portal)
context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
context.load_cert_chain(sys.argv[1], sys.argv[2])
server.socket = context.wrap_socket(server.socket, server_side=True)
with open(sys.argv[3], "w") as port:
    port.write(str(server.server_address[1]))
server.serve_forever()
EOF
timeout 120 python3 "$work/portal.py" "$work/portal.pem" "$work/portal.key" "$work/port" &
server=$!
for _ in $(seq 100); do
    [ -s "$work/port" ] && break
    sleep 0.05
done
port=$(cat "$work/port")

mkdir -p "$work/bin" "$work/usb" "$work/jvm/temurin-21"
cp fixtures/java/release-files/23-temurin-21.0.8-linux-jdk.release "$work/jvm/temurin-21/release"
# Relative to the working directory, so that the report names etc/hosts, not a temporary path.
mkdir -p "$work/clean/etc" "$work/override/etc"
printf '127.0.0.1 localhost\n::1 localhost ip6-localhost\n' >"$work/clean/etc/hosts"
printf '127.0.0.1 localhost\n10.0.0.66 login.idporten.no\n' >"$work/override/etc/hosts"

connect_to=()
for host in "${portals[@]}"; do
    connect_to+=(--connect-to "$host:443:127.0.0.1:$port")
done

# A clean environment: no proxy, no JAVA_HOME, no locale or terminal from this shell. The
# first argument is the directory whose etc/hosts is read.
loginsjekk() {
    local root=$1
    shift
    (cd "$root" && env -i HOME="$work" PATH="$work/bin" \
        LOGINSJEKK_TEST_HOSTS_FILE=etc/hosts \
        LOGINSJEKK_TEST_JAVA_SYSTEM_DIR="$work/jvm" \
        LOGINSJEKK_TEST_USB_SYSFS="$work/usb" \
        LOGINSJEKK_TEST_PCSC_LIBRARY="$work/no-libpcsclite.so" \
        "$LOGINSJEKK" "$@")
}

# A binary that ignores the inputs would describe this computer instead.
system=$(loginsjekk "$work/override" check --offline --only system --format json || true)
if ! grep -q '"system.hosts-override"' <<<"$system"; then
    echo "$LOGINSJEKK ignores the test-only inputs: build it with --features test-inputs" >&2
    exit 1
fi

check() {
    local root=$1
    shift
    # Exit code 1 (not ready) is an example too.
    loginsjekk "$root" check "${connect_to[@]}" --cacert "$work/ca.pem" --color never "$@" || [ $? -eq 1 ]
}

mkdir -p "$out"
rm -f "$out"/*.txt "$out"/*.json
for lang in en nb; do
    check "$work/clean" --lang "$lang" >"$out/check.$lang.txt"
    check "$work/override" --lang "$lang" >"$out/hosts-override.$lang.txt"
done
check "$work/clean" --lang en --format json >"$out/check.en.json"
code=$(grep -oE '[0-9A-Z]{4}(-[0-9A-Z]{4}){4}' "$out/check.en.txt" | tail -1)
for lang in en nb; do
    loginsjekk "$work/clean" decode "$code" --lang "$lang" >"$out/decode.$lang.txt"
done
loginsjekk "$work/clean" explain system.hosts-override --lang en >"$out/explain.en.txt"

cat >"$out/README.md" <<EOF
# Examples

What loginsjekk $("$LOGINSJEKK" --version | cut -d' ' -f2) printed on $(date -u '+%-d %B %Y'), written by
\`bash docs/examples.sh\`: the ID portal's four addresses were played by a TLS server on
127.0.0.1 with a certificate from a test CA ("Example Test Root", passed with \`--cacert\`),
reached with \`--connect-to\`; the computer had one Java (Temurin 21.0.8), no card reader, no
smart card software and no Commfides stick. The paths in \`check.en.json\` are in the
script's temporary directory; the hosts file is read as \`etc/hosts\` from the directory the run
started in.

| file | command |
|------|---------|
| \`check.en.txt\`, \`check.nb.txt\` | \`loginsjekk --lang en\` / \`--lang nb\` |
| \`check.en.json\` | \`loginsjekk --format json\` (it validates against \`docs/report.schema.json\`) |
| \`hosts-override.en.txt\`, \`hosts-override.nb.txt\` | the same, with a hosts file sending \`login.idporten.no\` to 10.0.0.66 |
| \`decode.en.txt\`, \`decode.nb.txt\` | \`loginsjekk decode $code\`, the support code of \`check.en.txt\` |
| \`explain.en.txt\` | \`loginsjekk explain system.hosts-override\` |
EOF
echo "examples written to $out/ (support code $code)"
