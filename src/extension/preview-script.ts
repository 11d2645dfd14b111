import { showStaleBanner } from '../document/stale-banner.js';

/**
 * The preview's only script, run under the page's nonce: it keeps the scroll position across
 * re-renders, remembers which plan it shows (so the preview survives a window reload), sends a click on a scorecard row to the editor as "reveal this line", shows
 * a banner when the plan currently has syntax errors, and scrolls to a chapter when asked
 * (the status bar opens the preview at the scorecard). It never touches plan text as markup.
 */
export const PREVIEW_SCRIPT = `(() => {
  const showStaleBanner = ${showStaleBanner.toString()};
  const vscode = acquireVsCodeApi();
  const state = vscode.getState() || {};
  if (typeof state.scrollY === 'number') { window.scrollTo(0, state.scrollY); }
  const remember = change => vscode.setState(Object.assign(vscode.getState() || {}, change));
  let pending = false;
  window.addEventListener('scroll', () => {
    if (pending) { return; }
    pending = true;
    requestAnimationFrame(() => { pending = false; remember({ scrollY: window.scrollY }); });
  });
  document.addEventListener('click', event => {
    const row = event.target instanceof Element ? event.target.closest('tr[data-line]') : null;
    if (row) { vscode.postMessage({ type: 'reveal', line: Number(row.getAttribute('data-line')) }); }
  });
  window.addEventListener('message', event => {
    const message = event.data;
    if (message && message.type === 'source') { remember({ source: String(message.uri) }); return; }
    if (message && message.type === 'scrollTo') {
      const target = document.getElementById(String(message.id));
      if (target) { target.scrollIntoView({ block: 'start' }); }
      return;
    }
    if (message && message.type === 'stale') { showStaleBanner(document, message.text ? String(message.text) : undefined); }
  });
  vscode.postMessage({ type: 'ready' });
})();`;
