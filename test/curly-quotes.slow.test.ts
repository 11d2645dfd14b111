import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { checkText } from './helpers.js';
import { fuzzParameters } from './support/fuzz-settings.js';
import { planModelArb, renderPlan } from './support/plan-arbitraries.js';

/**
 * Every text of a plan written between curly quotes, as a word processor types them: a
 * closing curly quote inside is escaped. The curly quotes are one UTF-16 unit each, as the
 * straight ones, so every position in the plan stays where it was.
 */
const withCurlyQuotes = (text: string): string =>
    text.replace(/"((?:\\[\s\S]|[^"\\])*)"/g, (_, inside: string) => `\u201C${inside.replaceAll('\u201D', '\\\u201D')}\u201D`);

describe('curly quotes', () => {
    test('replacing the straight quotes of any valid plan by curly ones leaves its findings unchanged', async () => {
        await fc.assert(fc.asyncProperty(planModelArb, async model => {
            const straight = renderPlan(model);
            const curly = withCurlyQuotes(straight);
            // Every plan has a title at least, so there is always a text to requote.
            expect(curly).not.toBe(straight);
            const findings = async (text: string) => (await checkText(text)).diagnostics
                .map(({ code, range, message, severity }) => ({ code, range, message, severity }));
            expect(await findings(curly), curly).toEqual(await findings(straight));
        }), fuzzParameters(300));
    }, 600_000);
});
