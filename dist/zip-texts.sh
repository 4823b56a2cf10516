#!/usr/bin/env bash
# Writes the Windows zip's one-page guides, README.txt (English) and LES-MEG.txt (Norwegian),
# into DIR. Their text is the block after "<!-- NAME -->" in README.md, so that the guides and
# the README cannot say different things. Windows line endings and a UTF-8 byte order mark, so
# that every Notepad shows æ, ø and å. Also run on the Windows runner (Git Bash).
# Usage: bash dist/zip-texts.sh DIR
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:?usage: bash dist/zip-texts.sh DIR}
mkdir -p "$out"

for name in README.txt LES-MEG.txt; do
    # A checkout on Windows may have turned README.md's line endings into CRLF.
    text=$(awk -v marker="<!-- $name -->" '
        { sub(/\r$/, "") }
        $0 == marker { found = 1; next }
        found == 1 { if ($0 != "```text") exit 1; found = 2; next }
        found == 2 { if ($0 == "```") { done = 1; exit } print }
        END { if (!done) exit 1 }
    ' README.md) || {
        echo "zip-texts: README.md has no '<!-- $name -->' followed by a \`\`\`text block" >&2
        exit 1
    }
    { printf '\357\273\277'; printf '%s\n' "$text" | sed 's/$/\r/'; } > "$out/$name"
done
