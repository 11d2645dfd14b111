#!/usr/bin/env bash
# The Neovim client test needs Neovim 0.7.2 or later; Debian's package is enough.
set -euo pipefail
if ! command -v nvim >/dev/null; then
    if [ "$(id -u)" -ne 0 ]; then
        echo "The Neovim test needs Neovim: run 'sudo apt-get install -y neovim' first" >&2
        exit 1
    fi
    echo "[nvim setup] apt-get install neovim" >&2
    apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq neovim >&2
fi
