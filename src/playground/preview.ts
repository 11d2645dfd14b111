import { showStaleBanner } from '../document/stale-banner.js';

/**
 * The plan document beside the editor, in a sandboxed frame that runs no script: the same
 * HTML as `cplan generate` writes. Later updates swap the frame's body (so the reader keeps
 * their place), and a click on a scorecard row becomes "go to this line" in the editor.
 */
export class DocumentPreview {
    /** What the frame was last loaded with: a document, or a message while there is none. */
    private showing: 'nothing' | 'message' | 'document' = 'nothing';
    private loaded = false;
    private latest = '';

    constructor(private readonly frame: HTMLIFrameElement, private readonly reveal: (line: number) => void) {
        frame.addEventListener('load', () => {
            this.loaded = true;
            const document = frame.contentDocument;
            document?.addEventListener('click', event => this.onClick(event));
            if (this.showing === 'document' && this.latest !== frame.srcdoc) {
                this.swap(this.latest);
            }
        });
    }

    get hasDocument(): boolean {
        return this.showing === 'document';
    }

    show(html: string): void {
        this.latest = html;
        if (this.showing !== 'document') {
            this.showing = 'document';
            this.load(html);
        } else if (this.loaded) {
            this.swap(html);
        }
    }

    /**
     * Scrolls the document to an element. Not `scrollIntoView`, which would also scroll the
     * page's own panes around the frame.
     */
    scrollTo(id: string): void {
        const window = this.frame.contentWindow;
        const target = this.frame.contentDocument?.getElementById(id);
        if (window && target) {
            window.scrollTo({ top: target.getBoundingClientRect().top + window.scrollY });
        }
    }

    /** A message instead of a document (the plan has never parsed). */
    showMessage(message: string): void {
        this.showing = 'message';
        const escaped = message.replace(/&/g, '&amp;').replace(/</g, '&lt;');
        this.load(`<!DOCTYPE html><meta charset="utf-8"><body style="font-family:sans-serif;padding:2em;color:#b42318"><p>${escaped}</p></body>`);
    }

    /** A banner over the last good document while the plan has syntax errors, or none. */
    stale(message: string | undefined): void {
        const document = this.frame.contentDocument;
        if (!this.loaded || !document || this.showing !== 'document') {
            return;
        }
        showStaleBanner(document, message);
    }

    private load(html: string): void {
        this.loaded = false;
        this.frame.srcdoc = html;
    }

    private swap(html: string): void {
        const target = this.frame.contentDocument;
        if (!target) {
            return;
        }
        const next = new DOMParser().parseFromString(html, 'text/html');
        target.documentElement.lang = next.documentElement.lang;
        target.title = next.title;
        target.body.replaceWith(target.adoptNode(next.body));
    }

    private onClick(event: MouseEvent): void {
        // The frame's elements are not `Element`s of the page's realm: no `instanceof` here.
        const target = (event.target as Element | null)?.closest ? event.target as Element : null;
        const row = target?.closest('tr[data-line]');
        if (row) {
            this.reveal(Number(row.getAttribute('data-line')));
            return;
        }
        // The table of contents scrolls within the frame.
        const link = target?.closest('a[href^="#"]');
        if (link) {
            event.preventDefault();
            this.scrollTo(link.getAttribute('href')!.slice(1));
        }
    }
}
