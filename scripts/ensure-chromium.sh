# Sourced by .ci/run: installs Debian's Chromium (and a Korean font, so that documents render
# as users see them) for the real-browser test of the generated HTML, when it is missing.
if ! command -v chromium >/dev/null 2>&1 || ! fc-list 2>/dev/null | grep -qi 'Noto Sans CJK'; then
    echo "Installing chromium and fonts-noto-cjk for the browser test"
    { apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk >/dev/null; } \
        || echo "Could not install chromium: the browser test of the plan document will fail"
fi
