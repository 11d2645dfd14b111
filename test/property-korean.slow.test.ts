import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { isNodeTarget } from '../src/analysis/findings.js';
import { formatFinding } from '../src/analysis/messages.js';
import { renderMarkdown } from '../src/document/render/markdown.js';
import { applyRespellings, keywordRespellings } from '../src/language/keyword-conversion.js';
import { modelOf } from './document-helpers.js';
import { checkText, services } from './helpers.js';
import { fuzzParameters } from './support/fuzz-settings.js';
import { planModelArb, renderPlan } from './support/plan-arbitraries.js';
import { normaliseAst } from './support/plan-printer.js';

/** The plan with its keyword tokens in Korean where `korean` says so (cycled over the tokens), in English elsewhere. */
function spelled(text: string, korean: readonly boolean[]): string {
    const root = services.parser.LangiumParser.parse(text).value;
    const toEnglish = new Map(keywordRespellings(root, 'en').map(respelling => [respelling.offset, respelling]));
    const toKorean = new Map(keywordRespellings(root, 'ko').map(respelling => [respelling.offset, respelling]));
    // Every keyword token is one of the two maps' (it is not yet in the other spelling), in text order.
    const offsets = [...new Set([...toEnglish.keys(), ...toKorean.keys()])].sort((a, b) => a - b);
    const respellings = offsets.map((offset, index) => (korean[index % korean.length] ? toKorean : toEnglish).get(offset))
        .filter(respelling => respelling !== undefined);
    return applyRespellings(text, respellings);
}

/** What a plan's checks find, independent of where its words fall on a line: rule, message, element and words. */
async function findingsOf(text: string) {
    const { document, diagnostics } = await checkText(text);
    const locator = services.workspace.AstNodeLocator;
    const { findings } = services.plan.AnalysisCache.analysisOf(document);
    return {
        ast: normaliseAst(document.parseResult.value),
        findings: findings.map(finding => ({
            ruleId: finding.ruleId,
            message: formatFinding(finding, 'en', 'en'),
            at: isNodeTarget(finding.target)
                ? [locator.getAstNodePath(finding.target.node), finding.target.property, finding.target.index]
                : 'span'
        })),
        // A diagnostic keeps its lines: conversion changes words within a line, never the lines.
        lines: diagnostics.map(diagnostic => [diagnostic.code, diagnostic.range.start.line, diagnostic.range.end.line])
    };
}

describe('a plan means the same in English, Korean or mixed keywords', () => {
    test('same AST, same findings on the same elements, same Markdown document', async () => {
        const spellings = fc.oneof(
            fc.constant([true]),
            fc.constant([false]),
            fc.array(fc.boolean(), { minLength: 2, maxLength: 40 })
        );
        await fc.assert(fc.asyncProperty(planModelArb, spellings, async (model, korean) => {
            const english = renderPlan(model);
            const converted = spelled(english, korean);
            if (korean.every(Boolean) && korean.length === 1) {
                expect(spelled(converted, [false]), 'back to English byte for byte').toBe(english);
            }
            const expected = await findingsOf(english);
            expect(await findingsOf(converted), converted).toEqual(expected);
            expect(renderMarkdown(await modelOf(converted)), converted).toBe(renderMarkdown(await modelOf(english)));
        }), fuzzParameters(150));
    }, 600_000);
});
