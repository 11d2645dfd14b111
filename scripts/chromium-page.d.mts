import type { BrowserContext, Page } from 'playwright-core';

export declare const CHROMIUM: string;
export declare function openInChromium(htmlFile: string, screenshots?: { firstPage?: string; scorecard?: string }): Promise<{ errors: string[]; chapterCount: number; figures: Array<{ className: string; width: number; height: number }> }>;
export declare function newChromiumPage(viewport: { width: number; height: number }): Promise<{ context: BrowserContext; page: Page; close: () => Promise<void> }>;
export declare function closeChromium(): Promise<void>;
