import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Locator, Page } from 'playwright-core';

/** The part of an HTML element the checks read (this project compiles without the DOM library). */
interface Rendered {
    readonly innerText: string;
    readonly style: { readonly top: string };
}

/**
 * What a user does in the VS Code workbench, expressed with the selectors of the real
 * workbench DOM. Every wait is for something visible on screen, never for a fixed time.
 */
export class Workbench {
    constructor(readonly page: Page, private readonly screenshotDir: string) {
        mkdirSync(screenshotDir, { recursive: true });
    }

    async ready(): Promise<void> {
        await this.page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
        await this.page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: 60_000 });
    }

    async screenshot(name: string): Promise<string> {
        const file = join(this.screenshotDir, `${name}.png`);
        await this.page.screenshot({ path: file });
        return file;
    }

    /**
     * A picture for the README or the walkthrough (`images/<name>.png`), of the whole window or
     * of the part `clip` covers; taken only when `folder` is given (CPLAN_E2E_PICTURES).
     */
    async picture(folder: string | undefined, name: string, clip?: Locator): Promise<void> {
        if (!folder) {
            return;
        }
        const file = join(folder, `${name}.png`);
        mkdirSync(dirname(file), { recursive: true });
        const box = clip ? await clip.boundingBox() : null;
        await this.page.screenshot({ path: file, clip: box ?? undefined });
    }

    /** A status-bar entry of the extension by its id (`clusterPlan.score`). */
    statusItem(id: string): Locator {
        return this.page.locator(`.statusbar-item[id$="${id}"]`);
    }

    /** The open quick input (a Quick Pick or the simple file dialog). */
    quickInput(): Locator {
        return this.page.locator('.quick-input-widget');
    }

    /**
     * In an open Quick Pick, types `filter` and accepts the row holding `row` once the filter
     * has made it the active one. A command that asks several questions shows a new picker for
     * each: text typed while one gives way to the next is lost, so it is typed again until the
     * picker shows it, and the picker answered must be gone before this returns.
     */
    async choose(filter: string, row: string | RegExp = filter, timeoutMs = 10_000): Promise<void> {
        const input = this.quickInput().locator('input');
        const active = this.quickInput().locator('.monaco-list-row.focused').filter({ hasText: row });
        const deadline = Date.now() + timeoutMs;
        for (;;) {
            await input.waitFor({ timeout: Math.max(deadline - Date.now(), 1) });
            if (await input.inputValue().catch(() => '') !== filter) {
                await input.fill(filter).catch(() => undefined);
            }
            const shown = await active.first().waitFor({ timeout: 1_000 }).then(() => true, () => false);
            if (shown && await input.inputValue().catch(() => '') === filter) {
                break;
            }
            if (Date.now() > deadline) {
                throw new Error(`no Quick Pick row "${String(row)}" became active after typing "${filter}"`);
            }
        }
        await this.page.keyboard.press('Enter');
        // Answered: the picker hides, or the next question's picker replaces what was typed.
        while (Date.now() < deadline + timeoutMs
            && await input.isVisible() && await input.inputValue().catch(() => '') === filter) {
            await this.page.waitForTimeout(100);
        }
    }

    /** The name on the active editor tab. */
    async activeTab(): Promise<string> {
        return (await this.page.locator('.editor-group-container.active .tab.active').first().innerText()).trim();
    }

    /** Waits for a webview (preview, rule page, walkthrough media aside) whose page shows `text`; returns its text. */
    async webviewContaining(text: string, timeoutMs = 30_000): Promise<string> {
        const deadline = Date.now() + timeoutMs;
        for (;;) {
            const count = await this.page.locator('iframe.webview.ready').count();
            for (let index = 0; index < count; index++) {
                const body = this.page.frameLocator(`iframe.webview.ready >> nth=${index}`).frameLocator('iframe#active-frame').locator('body');
                const shown = await body.innerText({ timeout: 1000 }).catch(() => '');
                if (shown.includes(text)) {
                    return shown;
                }
            }
            if (Date.now() > deadline) {
                throw new Error(`no webview shows "${text}" within ${timeoutMs / 1000} s`);
            }
            await this.page.waitForTimeout(250);
        }
    }

    /** Opens a file from the Explorer, as a double-click does, and waits until its text shows. */
    async openFile(fileName: string): Promise<void> {
        await this.page.locator(`.explorer-folders-view .monaco-list-row:has-text("${fileName}")`).dblclick();
        await this.page.locator(`.tab.active:has-text("${fileName}")`).waitFor({ timeout: 15_000 });
        // The first editor of a fresh workbench loads the editor's code first: slow on a busy machine.
        await this.activeEditor().locator('.view-lines .view-line').first().waitFor({ timeout: 60_000 });
    }

    /** The text editor of the active editor group. */
    activeEditor(): Locator {
        return this.page.locator('.editor-group-container.active .monaco-editor[data-uri]').first();
    }

    squiggles(severity: 'error' | 'warning' | 'info' | 'hint' | 'any'): Locator {
        const selector = severity === 'any'
            ? '.squiggly-error, .squiggly-warning, .squiggly-info, .squiggly-hint'
            : `.squiggly-${severity}`;
        return this.activeEditor().locator(selector);
    }

    /**
     * Runs a command from the Command Palette by its title, as a user would, and waits until
     * the palette has closed, or until `next` shows when the command opens a picker of its own.
     */
    async runCommand(title: string, next?: Locator): Promise<void> {
        if (await this.quickInput().isVisible()) {
            await this.page.keyboard.press('Escape'); // a picker left open by a failed step
        }
        // The palette keybinding needs focus inside the workbench: in the editor, or, when there is
        // none or something covers it, on the side bar's title.
        const editor = this.editorText();
        await (await editor.count() > 0 ? editor : this.page.locator('.part.editor')).first().click({ timeout: 5_000 })
            .catch(() => this.page.locator('.part.sidebar .composite.title').first().click());
        await this.page.keyboard.press('F1');
        const input = this.page.locator('.quick-input-widget input');
        await input.waitFor({ timeout: 10_000 });
        await input.fill(`>${title}`);
        await this.page.locator(`.quick-input-widget .monaco-list-row:has-text("${title}")`).first().waitFor({ timeout: 10_000 });
        await this.page.keyboard.press('Enter');
        await (next ?? this.page.locator('.quick-input-widget')).waitFor({ state: next ? 'visible' : 'hidden', timeout: 10_000 });
    }

    /** Puts the cursor at a 1-based line and column with Go to Line/Column (Ctrl+G). */
    async goTo(line: number, column: number): Promise<void> {
        await this.editorText().click();
        await this.page.keyboard.press('Control+g');
        const input = this.page.locator('.quick-input-widget input');
        await input.waitFor({ timeout: 10_000 });
        await input.fill(`:${line}:${column}`);
        await this.page.keyboard.press('Enter');
        await this.page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: 10_000 });
    }

    /** The visible lines of the active editor, top to bottom (the DOM keeps them in any order). */
    async visibleText(): Promise<string> {
        const lines = await this.activeEditor().locator('.view-lines .view-line').evaluateAll(elements =>
            elements.map(element => ({ top: parseFloat((element as unknown as Rendered).style.top), text: element.textContent ?? '' })));
        return lines.sort((a, b) => a.top - b.top).map(line => line.text.replace(/\u00a0/g, ' ')).join('\n');
    }

    /**
     * Hovers the mouse over the character under the cursor and waits for a hover holding
     * `expected`; returns the hover's text (whatever it shows, when it never holds it).
     */
    async hoverAtCursor(expected: string): Promise<string> {
        const cursor = await this.activeEditor().locator('.cursors-layer .cursor').first().boundingBox();
        if (!cursor) {
            throw new Error('the editor shows no cursor to hover at');
        }
        await this.page.mouse.move(0, 0); // leave first, so that a retry hovers anew
        await this.page.mouse.move(cursor.x + 4, cursor.y + cursor.height / 2);
        const hover = this.page.locator('.monaco-hover:not(.hidden)').filter({ hasText: /\S/ }).first();
        await hover.waitFor({ timeout: 10_000 });
        await hover.filter({ hasText: expected }).waitFor({ timeout: 10_000 }).catch(() => undefined);
        return (await hover.innerText()).trim();
    }

    async editorGroupCount(): Promise<number> {
        return this.page.locator('.editor-group-container').count();
    }

    /** Opens the quick-fix menu (Ctrl+.) at the cursor and applies the action whose title matches. */
    async applyQuickFix(title: RegExp): Promise<string[]> {
        const rows = this.page.locator('.action-widget .monaco-list-row');
        // While the plan is being checked again the editor may answer "no code actions": ask again.
        for (let attempt = 1; ; attempt++) {
            await this.page.keyboard.press('Control+.');
            const shown = await rows.first().waitFor({ timeout: 5_000 }).then(() => true, () => false);
            if (shown || attempt === 3) {
                break;
            }
            await this.page.keyboard.press('Escape');
        }
        await rows.first().waitFor({ timeout: 5_000 });
        const titles = (await rows.allInnerTexts()).map(text => text.trim());
        const index = titles.findIndex(text => title.test(text));
        if (index < 0) {
            await this.page.keyboard.press('Escape');
            throw new Error(`no quick fix matching ${title} among: ${titles.join(' | ') || '(none)'}`);
        }
        await rows.nth(index).click();
        await rows.first().waitFor({ state: 'hidden', timeout: 10_000 });
        return titles;
    }

    /** Waits until the visible lines of the active editor match `pattern`; returns them. */
    async waitForText(pattern: RegExp, timeoutMs = 10_000): Promise<string> {
        const deadline = Date.now() + timeoutMs;
        let text = await this.visibleText();
        while (!pattern.test(text) && Date.now() < deadline) {
            await this.nextFrames();
            text = await this.visibleText();
        }
        return text;
    }

    /** Types at the end of a 1-based line, on a new line below it. */
    async typeBelowLine(line: number, text: string): Promise<void> {
        await this.openLineBelow(line);
        await this.page.keyboard.type(text, { delay: 20 });
    }

    /** Puts the cursor on a new, empty line below a 1-based line. */
    async openLineBelow(line: number): Promise<void> {
        await this.goTo(line, 1);
        await this.page.keyboard.press('End');
        await this.page.keyboard.press('Enter');
    }

    /** The colour class (`mtk…`) of the first visible token whose text is exactly `word`. */
    async tokenClass(word: string): Promise<string | undefined> {
        const classes = await this.editorText().locator('.view-line span span').evaluateAll((elements, wanted) => elements
            .filter(element => (element.textContent ?? '').trim() === wanted)
            .map(element => element.getAttribute('class') ?? ''), word);
        return classes[0];
    }

    /** Opens completion at the cursor (Ctrl+Space) and returns the labels it offers. */
    async suggestions(): Promise<string[]> {
        await this.page.keyboard.press('Control+Space');
        const rows = this.page.locator('.suggest-widget .monaco-list-row');
        await rows.first().waitFor({ timeout: 15_000 });
        return (await rows.locator('.label-name').allInnerTexts()).map(text => text.trim());
    }

    /** Discards unsaved edits of the active file (File: Revert File). */
    async revertFile(): Promise<void> {
        await this.runCommand('File: Revert File');
    }

    async showProblems(): Promise<void> {
        if (!(await this.page.locator('.markers-panel').isVisible())) {
            await this.page.keyboard.press('Control+Shift+M');
        }
        await this.page.locator('.markers-panel').waitFor({ timeout: 10_000 });
    }

    /**
     * Every row of the Problems panel (file rows and diagnostic rows) as shown. The list is
     * virtual, so it is scrolled from top to bottom to see each row once.
     */
    async problemRows(): Promise<string[]> {
        await this.showProblems();
        const list = this.page.locator('.markers-panel .monaco-list >> visible=true').first();
        const rows = new Map<number, string>();
        if (!(await list.isVisible())) {
            return []; // "No problems have been detected in the workspace."
        }
        const box = await list.boundingBox();
        const step = (box?.height ?? 200) * 0.8;
        if (box) {
            await this.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
        }
        // Rows of the list proper; a sticky header repeats a file row above them.
        const firstRow = list.locator('.monaco-list-rows .monaco-list-row[data-index="0"]');
        for (let tries = 0; tries < 100 && !(await firstRow.count()); tries++) {
            await this.page.mouse.wheel(0, -step);
            await this.nextFrames();
        }
        for (let unchanged = 0; unchanged < 2;) {
            const seen = await list.locator('.monaco-list-rows .monaco-list-row').evaluateAll(elements => elements.map(element =>
                [Number(element.getAttribute('data-index')), (element as unknown as Rendered).innerText.replace(/\s+/g, ' ').trim()] as const));
            const before = rows.size;
            for (const [index, text] of seen) {
                rows.set(index, text);
            }
            unchanged = rows.size === before ? unchanged + 1 : 0;
            await this.page.mouse.wheel(0, step);
            await this.nextFrames();
        }
        for (let tries = 0; tries < 100 && !(await firstRow.count()); tries++) {
            await this.page.mouse.wheel(0, -step); // back to the top, as a screenshot should show it
            await this.nextFrames();
        }
        return [...rows.entries()].sort((a, b) => a[0] - b[0]).map(([, text]) => text);
    }

    /** Resolves once the workbench has painted twice, so that a virtual list shows its new rows. */
    private async nextFrames(): Promise<void> {
        await this.page.evaluate('new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))');
    }

    /** Polls the Problems panel until `condition` holds for its rows; returns the last rows seen. */
    async waitForProblems(condition: (rows: string[]) => boolean, timeoutMs = 30_000): Promise<string[]> {
        const deadline = Date.now() + timeoutMs;
        let rows = await this.problemRows();
        while (!condition(rows) && Date.now() < deadline) {
            await this.page.waitForTimeout(250);
            rows = await this.problemRows();
        }
        return rows;
    }

    /** The text inside the preview webview, whose document sits in an iframe within an iframe. */
    webviewText(text: string): Locator {
        return this.page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame').getByText(text).first();
    }

    private editorText(): Locator {
        return this.activeEditor().locator('.view-lines');
    }
}
