import { formatDocument, formatKeymap, hoverTooltips, LSPClient, serverCompletion } from '@codemirror/lsp-client';
import { lintGutter, openLintPanel } from '@codemirror/lint';
import { isolateHistory } from '@codemirror/commands';
import { Compartment, EditorSelection, EditorState } from '@codemirror/state';
import { EditorView, keymap } from '@codemirror/view';
import { basicSetup } from 'codemirror';
import DOMPurify from 'dompurify';
import examples from 'playground:examples';
import type { Diagnostic, DocumentSymbol, DocumentSymbolParams } from 'vscode-languageserver-protocol';
import { DEFAULT_LOCALE, fillTemplate, type Locale } from '../analysis/locale.js';
import { FORMAT_EXTENSIONS, FORMAT_MEDIA_TYPES, type DocumentFormat } from '../document/formats.js';
import type { Rendering } from '../document/render-plan-text.js';
import { decodePlanBytes, PLAN_FILE_PROBLEMS, sizeProblem, type PlanFileProblem } from '../language/plan-bytes.js';
import { planDiagnostics } from './diagnostics.js';
import { DocumentRenderer } from './documents.js';
import { download } from './downloads.js';
import { languageServerTransport } from './language-server.js';
import { clusterPlanHighlighting } from './highlighting.js';
import { DocumentPreview } from './preview.js';
import { QuickFixMenu } from './quick-fix-menu.js';
import { planFromFragment, shareLink } from './share-link.js';
import { EDITOR_PHRASES_KO, uiText, type UiText } from './ui-text.js';
import './playground.css';

/**
 * The playground: a plan editor talking LSP to the language server in a Web Worker, with the
 * plan document beside it. The page keeps the plan in local storage; nothing leaves the browser.
 */

const PLAN_URI = 'inmemory://playground/plan.cplan';
/** What the server's Markdown hovers are made of once rendered. */
const HOVER_TAGS = ['p', 'br', 'hr', 'strong', 'em', 'b', 'i', 'code', 'pre', 'span', 'blockquote', 'ul', 'ol', 'li', 'h1', 'h2', 'h3', 'h4', 'div'];
const STORAGE_KEY = 'cluster-plan.playground';
/** The preview is rendered again this long after the last keystroke: when the writer pauses, not between two keys. */
const PREVIEW_DELAY_MS = 500;
const SAVE_DELAY_MS = 400;

interface Stored {
    readonly text: string;
    readonly locale: Locale;
}

function loadStored(): Partial<Stored> {
    try {
        return JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}') as Partial<Stored>;
    } catch {
        return {};
    }
}

const stored = loadStored();
let locale: Locale = stored.locale === 'en' ? 'en' : 'ko';
let text: UiText = uiText(locale);
const shared = planFromFragment(location.hash);
const initialExample = examples[0];
if (shared !== undefined) {
    // The plan now lives in this browser; a reload keeps the user's later edits.
    history.replaceState(null, '', location.href.replace(/#.*$/, ''));
}

// ---- page layout -------------------------------------------------------------------------

function element<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string> = {}, ...children: Array<Node | string>): HTMLElementTagNameMap[K] {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) {
        node.setAttribute(name, value);
    }
    node.append(...children);
    return node;
}

const title = element('h1');
const tagline = element('p', { class: 'tagline' });
const exampleLabel = element('span');
const picker = element('select', { id: 'example-picker' });
const openButton = element('button', { type: 'button', id: 'open' });
const fileInput = element('input', { type: 'file', id: 'open-file', accept: '.cplan,text/plain', hidden: '' });
const quickFixButton = element('button', { type: 'button', id: 'quick-fix' });
const formatButton = element('button', { type: 'button', id: 'format' });
const shareButton = element('button', { type: 'button', id: 'share' });
const downloadButton = element('button', { type: 'button', id: 'download', 'aria-haspopup': 'menu', 'aria-expanded': 'false' });
const downloadMenu = element('div', { class: 'menu', role: 'menu', hidden: '' });
/** What the page downloads: the plan itself, or its document in a format a browser can make (Markdown is left to the editor and the command line). */
const DOWNLOADS = ['cplan', 'html', 'hwpx', 'docx'] as const;
type Download = typeof DOWNLOADS[number];
const downloadItems = DOWNLOADS.map(kind =>
    element('button', { type: 'button', role: 'menuitem', 'data-download': kind }));
downloadMenu.append(...downloadItems);
const languageButtons = (['ko', 'en'] as const).map(code =>
    element('button', { type: 'button', 'data-locale': code }, code === 'ko' ? '한국어' : 'English'));
const languageGroup = element('div', { class: 'segmented', role: 'group' }, ...languageButtons);
const planPaneTitle = element('h2');
const previewPaneTitle = element('h2');
const previewHint = element('span', { class: 'hint' });
const scorecardLink = element('button', { type: 'button', id: 'to-scorecard', class: 'link' });
const statusCounts = element('button', { type: 'button', id: 'problems', class: 'counts' });
const statusNote = element('span', { class: 'note' });
const editorHost = element('div', { id: 'editor' });
const frame = element('iframe', { id: 'preview', sandbox: 'allow-same-origin', title: '' });
const shareDialog = element('div', { class: 'share-dialog', role: 'dialog', hidden: '' });
const shareMessage = element('p');
const shareField = element('input', { type: 'text', readonly: '', id: 'share-link', spellcheck: 'false' });
const shareClose = element('button', { type: 'button' });
shareDialog.append(shareMessage, shareField, shareClose);

document.body.append(
    element('header', { class: 'topbar' },
        element('div', { class: 'brand' }, element('span', { class: 'logo', 'aria-hidden': 'true' }), element('div', {}, title, tagline)),
        element('div', { class: 'toolbar' },
            openButton, fileInput,
            element('label', { class: 'picker' }, exampleLabel, picker),
            quickFixButton, formatButton, shareButton,
            element('div', { class: 'dropdown' }, downloadButton, downloadMenu),
            languageGroup),
        shareDialog),
    element('main', { class: 'workspace' },
        element('section', { class: 'pane editor-pane' },
            element('div', { class: 'pane-head' }, planPaneTitle),
            editorHost,
            element('footer', { class: 'statusbar' }, statusCounts, statusNote)),
        element('section', { class: 'pane preview-pane' },
            element('div', { class: 'pane-head' }, previewPaneTitle, previewHint, scorecardLink),
            frame)));

// ---- editor and language server ----------------------------------------------------------

/** The server's latest diagnostics; none before its first answer. */
let latestDiagnostics: readonly Diagnostic[] | undefined;

const quickFixes = new QuickFixMenu(() => text);
const client = new LSPClient({
    rootUri: 'inmemory://playground/',
    timeout: 20_000,
    // Hovers quote the plan's own text, which a shared link may have filled with markup: text formatting only.
    sanitizeHTML: html => DOMPurify.sanitize(html, { ALLOWED_TAGS: HOVER_TAGS, ALLOWED_ATTR: ['class'] }),
    extensions: [
        serverCompletion(),
        hoverTooltips(),
        planDiagnostics({
            quickFixLabel: () => text.quickFix,
            openQuickFixes: (view, diagnostic) => void quickFixes.forDiagnostic(view, diagnostic),
            onDiagnostics: (_view, diagnostics) => {
                if (latestDiagnostics === undefined) {
                    performance.mark('cplan-first-diagnostics');
                    // The document's first rendering waits for the diagnostics, which matter more.
                    void updatePreview();
                }
                latestDiagnostics = diagnostics;
                showCounts();
            }
        })
    ]
}).connect(languageServerTransport(message => {
    statusCounts.textContent = text.serverFailed(message);
    statusCounts.dataset.state = 'error';
}));

const phrases = new Compartment();
const editorPhrases = () => EditorState.phrases.of(locale === 'ko' ? EDITOR_PHRASES_KO : {});
const initialText = shared ?? stored.text ?? initialExample.text;

const view = new EditorView({
    parent: editorHost,
    state: EditorState.create({
        doc: initialText,
        extensions: [
            basicSetup,
            EditorView.lineWrapping,
            lintGutter(),
            clusterPlanHighlighting(),
            phrases.of(editorPhrases()),
            keymap.of([...formatKeymap, { key: 'Mod-.', run: target => { void quickFixes.forCursor(target); return true; } }]),
            client.plugin(PLAN_URI, 'cluster-plan'),
            // A file dropped on the editor opens as "열기" opens one, rather than its text landing where it was dropped.
            EditorView.domEventHandlers({
                drop: event => {
                    const file = event.dataTransfer?.files[0];
                    if (!file) {
                        return false;
                    }
                    event.preventDefault();
                    void openPlanFile(file);
                    return true;
                }
            }),
            EditorView.updateListener.of(update => {
                if (update.docChanged) {
                    schedulePreview();
                    scheduleSave();
                }
            })
        ]
    })
});

function showCounts(): void {
    const diagnostics = latestDiagnostics;
    if (diagnostics === undefined) {
        statusCounts.textContent = text.starting;
        return;
    }
    const count = (severity: number) => diagnostics.filter(diagnostic => (diagnostic.severity ?? 1) === severity).length;
    const parts = [text.errors(count(1)), text.warnings(count(2)), text.infos(count(3) + count(4))];
    statusCounts.textContent = diagnostics.length === 0 ? text.noFindings : parts.join(' · ');
    statusCounts.dataset.state = count(1) > 0 ? 'error' : count(2) > 0 ? 'warning' : 'clean';
}

// ---- the plan document -------------------------------------------------------------------

const documents = new DocumentRenderer();
const preview = new DocumentPreview(frame, line => revealLine(line));
let previewTimer: ReturnType<typeof setTimeout> | undefined;
let previewGeneration = 0;

function revealLine(line: number): void {
    if (line < 0 || line >= view.state.doc.lines) {
        return;
    }
    const position = view.state.doc.line(line + 1).from;
    view.dispatch({ selection: EditorSelection.cursor(position), effects: EditorView.scrollIntoView(position, { y: 'center' }) });
    view.focus();
}

function render(format: DocumentFormat): Promise<Rendering> {
    return documents.render(view.state.doc.toString(), format);
}

async function updatePreview(): Promise<void> {
    const generation = ++previewGeneration;
    const result = await render('html').catch(() => undefined);
    if (generation !== previewGeneration) {
        return;
    }
    if (result && 'content' in result) {
        preview.show(String(result.content));
        frame.dataset.version = String(generation);
    } else if (result && 'syntaxErrorCount' in result) {
        if (preview.hasDocument) {
            preview.stale(text.stale(result.syntaxErrorCount));
        } else {
            preview.showMessage(text.noDocument(result.syntaxErrorCount));
        }
    } else {
        preview.showMessage(text.renderFailed);
    }
}

function schedulePreview(): void {
    clearTimeout(previewTimer);
    previewTimer = setTimeout(() => void updatePreview(), PREVIEW_DELAY_MS);
}

// ---- storage, examples, sharing, downloads -------------------------------------------------

let saveTimer: ReturnType<typeof setTimeout> | undefined;

function save(): void {
    try {
        localStorage.setItem(STORAGE_KEY, JSON.stringify({ text: view.state.doc.toString(), locale } satisfies Stored));
    } catch {
        // Storage may be full or switched off; the plan stays in the editor.
    }
}

function scheduleSave(): void {
    clearTimeout(saveTimer);
    saveTimer = setTimeout(save, SAVE_DELAY_MS);
}

/** Puts a plan in the editor in place of the one there, as one edit that Ctrl+Z takes back; a plan of the user's own is replaced only once they agree. */
function replacePlan(plan: string, question: string): void {
    const current = view.state.doc.toString();
    if (current === plan) {
        return;
    }
    const edited = current.trim() !== '' && !examples.some(candidate => candidate.text === current);
    if (edited && !confirm(question)) {
        return;
    }
    // An undo step of its own, even right after typing.
    view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: plan }, selection: EditorSelection.cursor(0), annotations: isolateHistory.of('full') });
    view.focus();
}

function loadExample(file: string): void {
    const example = examples.find(candidate => candidate.file === file);
    if (example) {
        replacePlan(example.text, text.replacePlan);
    }
}

/** Opens a plan file of the user's as `cplan check` reads one (UTF-8, at most 5 MB), or says in `cplan`'s words why it cannot. */
async function openPlanFile(file: File): Promise<void> {
    const refuse = (problem: PlanFileProblem, args: Record<string, string> = {}) =>
        alert(fillTemplate(PLAN_FILE_PROBLEMS[problem][locale], { path: file.name, ...args }));
    const tooLarge = sizeProblem(file.size);
    if (tooLarge) {
        refuse('tooLarge', tooLarge);
        return;
    }
    let bytes: Uint8Array;
    try {
        bytes = new Uint8Array(await file.arrayBuffer());
    } catch (error) {
        // The file went or changed after it was chosen.
        refuse('unreadable', { reason: error instanceof Error ? error.name : String(error) });
        return;
    }
    const decoded = decodePlanBytes(bytes);
    if ('problem' in decoded) {
        refuse(decoded.problem);
    } else {
        replacePlan(decoded.text, text.replaceWithFile(file.name));
    }
}

openButton.addEventListener('click', () => fileInput.click());
fileInput.addEventListener('change', () => {
    const file = fileInput.files?.[0];
    // Emptied, so that choosing the same file again opens it again.
    fileInput.value = '';
    if (file) {
        void openPlanFile(file);
    }
});

picker.addEventListener('change', () => {
    loadExample(picker.value);
    picker.value = '';
});

/** Downloaded files are named after the plan (`plan DaeguDraft …`), as the server's outline names it. */
async function planName(): Promise<string> {
    const symbols = await client.request<DocumentSymbolParams, DocumentSymbol[] | null>('textDocument/documentSymbol', { textDocument: { uri: PLAN_URI } })
        .catch(() => null);
    const name = symbols?.[0]?.name ?? '';
    return /^[\p{L}\p{N}_]+$/u.test(name) ? name : 'plan';
}

async function downloadAs(kind: Download): Promise<void> {
    client.sync();
    const name = await planName();
    if (kind === 'cplan') {
        download(`${name}.cplan`, view.state.doc.toString(), 'text/plain;charset=utf-8');
        return;
    }
    const result = await render(kind);
    if ('content' in result) {
        download(`${name}${FORMAT_EXTENSIONS[kind]}`, result.content as BlobPart, FORMAT_MEDIA_TYPES[kind]);
    } else {
        alert(text.noDocument(result.syntaxErrorCount));
    }
}

downloadButton.addEventListener('click', () => {
    const open = downloadMenu.hidden;
    downloadMenu.hidden = !open;
    downloadButton.setAttribute('aria-expanded', String(open));
    if (open) {
        downloadItems[0].focus();
    }
});
for (const item of downloadItems) {
    item.addEventListener('click', () => {
        downloadMenu.hidden = true;
        downloadButton.setAttribute('aria-expanded', 'false');
        downloadAs(item.dataset.download as Download).catch(() => alert(text.renderFailed));
    });
}
document.addEventListener('pointerdown', event => {
    if (!downloadMenu.hidden && !(event.target instanceof Node && downloadMenu.parentElement!.contains(event.target))) {
        downloadMenu.hidden = true;
        downloadButton.setAttribute('aria-expanded', 'false');
    }
});

shareButton.addEventListener('click', async () => {
    shareField.value = shareLink(location.href, view.state.doc.toString());
    shareMessage.textContent = text.shareReady;
    shareDialog.hidden = false;
    shareField.select();
    try {
        await navigator.clipboard.writeText(shareField.value);
        shareMessage.textContent = text.shareCopied;
    } catch {
        // No clipboard access (an older browser, or a page without permission): the link is selected to copy by hand.
    }
});
shareClose.addEventListener('click', () => { shareDialog.hidden = true; });

quickFixButton.addEventListener('click', () => void quickFixes.forCursor(view));
formatButton.addEventListener('click', () => { formatDocument(view); view.focus(); });
statusCounts.addEventListener('click', () => openLintPanel(view));
scorecardLink.addEventListener('click', () => preview.scrollTo('chapter-scorecard'));

// ---- language ----------------------------------------------------------------------------

/** The language the server words its messages in; it starts in its default. */
let serverLocale: Locale = DEFAULT_LOCALE;

function applyLocale(next: Locale): void {
    locale = next;
    text = uiText(next);
    document.documentElement.lang = next;
    document.title = text.pageTitle;
    title.textContent = text.pageTitle;
    tagline.textContent = text.tagline;
    openButton.textContent = text.open;
    openButton.title = text.openTitle;
    exampleLabel.textContent = text.example;
    picker.replaceChildren(element('option', { value: '' }, text.examplePlaceholder),
        ...examples.map(example => element('option', { value: example.file }, `${example.title} (${example.file})`)));
    quickFixButton.textContent = text.quickFix;
    quickFixButton.title = text.quickFixTitle;
    formatButton.textContent = text.format;
    formatButton.title = text.formatTitle;
    shareButton.textContent = text.share;
    shareButton.title = text.shareTitle;
    downloadButton.textContent = text.download;
    downloadItems.forEach((item, index) => item.textContent = text.downloads[DOWNLOADS[index]]);
    languageGroup.setAttribute('aria-label', text.languageGroup);
    languageButtons.forEach(button => button.setAttribute('aria-pressed', String(button.dataset.locale === next)));
    planPaneTitle.textContent = `${text.planPane} (.cplan)`;
    previewPaneTitle.textContent = text.previewPane;
    previewHint.textContent = text.previewHint;
    scorecardLink.textContent = text.toScorecard;
    frame.title = text.previewPane;
    statusNote.textContent = text.savedLocally;
    statusCounts.title = text.showProblems;
    shareClose.textContent = text.close;
    showCounts();
    view.dispatch({ effects: phrases.reconfigure(editorPhrases()) });
    if (next !== serverLocale) {
        // The server words diagnostics, hovers and quick fixes in the chosen language and checks the plan again.
        serverLocale = next;
        client.notification('workspace/didChangeConfiguration', { settings: { clusterPlan: { language: next } } });
    }
}

for (const button of languageButtons) {
    button.addEventListener('click', () => {
        applyLocale(button.dataset.locale as Locale);
        save();
    });
}

applyLocale(locale);
if (shared !== undefined) {
    save();
}
