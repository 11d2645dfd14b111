/**
 * Shows `message` in a banner over the plan document, or removes the banner when there is no
 * message: while the plan has syntax errors, a preview keeps the last document that parsed
 * and says so. It runs in the document's own page: in the playground's frame, and in the VS
 * Code preview as part of the preview's script, by its source text (src/extension/preview-
 * script.ts), so it uses nothing but its arguments.
 */
export function showStaleBanner(page: Document, message: string | undefined): void {
    let banner = page.getElementById('cplan-stale');
    if (!message) {
        banner?.remove();
        return;
    }
    if (!banner) {
        banner = page.createElement('div');
        banner.id = 'cplan-stale';
        banner.setAttribute('role', 'status');
        banner.style.cssText = 'position:sticky;top:0;z-index:10;padding:8px 12px;background:#fbe4e4;color:#b42318;font-weight:700;';
        page.body.prepend(banner);
    }
    banner.textContent = message;
}
