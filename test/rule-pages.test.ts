import { parse } from 'parse5';
import { describe, expect, test } from 'vitest';
import { findRule, RULES } from '../src/analysis/catalogue.js';
import { RULE_PAGE_LABELS } from '../src/analysis/rule-page.js';
import { renderRulePageHtml } from '../src/extension/rule-page-html.js';
import { renderRuleDoc } from '../src/tools/rule-docs.js';

/** The text of an HTML page as a reader sees it, tags and entities resolved. */
function textOf(html: string): string {
    const texts: string[] = [];
    const walk = (node: { nodeName: string; value?: string; childNodes?: unknown[] }) => {
        if (node.nodeName === '#text') {
            texts.push(node.value ?? '');
        }
        if (node.nodeName !== 'style' && node.nodeName !== 'title') {
            (node.childNodes ?? []).forEach(child => walk(child as typeof node));
        }
    };
    walk(parse(html) as unknown as { nodeName: string; childNodes: unknown[] });
    return texts.join('');
}

describe('rule pages in the editor', () => {
    test('every rule has a well-formed page in Korean and in English, with its principle, trigger, examples and settings', () => {
        for (const rule of RULES) {
            for (const locale of ['ko', 'en'] as const) {
                const errors: string[] = [];
                const html = renderRulePageHtml(rule, locale);
                parse(html, { onParseError: error => errors.push(error.code) });
                expect(errors, `${rule.id} (${locale})`).toEqual([]);
                const text = textOf(html);
                expect(text).toContain(rule.principle[locale].replaceAll('`', ''));
                expect(text).toContain(rule.trigger[locale].replaceAll('`', ''));
                expect(text).toContain(RULE_PAGE_LABELS.whyItMatters[locale]);
                expect(text).toContain(rule.kind === 'portfolio' ? 'plan RegionA "예시 A" {' : 'plan Example "예시" {');
                expect(text).toContain(`"clusterPlan.rules": { "${rule.id}": "warning" }`);
            }
        }
    });

    test('a page is in one language: the Korean page quotes the report, the English one adds its gist', () => {
        const rule = findRule('agency-independent')!;
        const korean = textOf(renderRulePageHtml(rule, 'ko'));
        const english = textOf(renderRulePageHtml(rule, 'en'));
        expect(korean).toContain(rule.source!.passage);
        expect(korean).not.toContain(rule.source!.gist);
        expect(korean).not.toContain(rule.principle.en);
        expect(korean).toContain('예: waive "agency-independent" because "<사유>" · 적용제외 "agency-independent" 사유 "<사유>"');
        expect(english).toContain(rule.source!.passage);
        expect(english).toContain(rule.source!.gist);
        expect(english).toContain('yes: waive "agency-independent" because "<reason>"');
        expect(english).not.toContain('적용제외');
        expect(english).not.toContain(rule.principle.ko);
    });

    test('the Korean page gives the trigger in Korean keywords too, for a plan written in them; the English page does not', () => {
        const rule = findRule('agency-required')!;
        expect(textOf(renderRulePageHtml(rule, 'ko'))).toMatch(/계획에 agency가 없을 때\s*한국어 키워드로: 계획에 전담기구가 없을 때/);
        expect(textOf(renderRulePageHtml(rule, 'en'))).not.toContain('전담기구가 없을 때');
        expect(renderRuleDoc(rule)).toContain('- 계획에 agency가 없을 때\n- 한국어 키워드로 / In Korean keywords: 계획에 전담기구가 없을 때\n- the plan has no `agency`');
        // A trigger that names no keyword is given once.
        expect(textOf(renderRulePageHtml(findRule('duplicate-clause')!, 'ko'))).not.toContain(RULE_PAGE_LABELS.inKoreanKeywords.ko);
    });

    test('loads nothing and runs nothing: no script, no link, no image, a policy that allows only inline style', () => {
        const html = renderRulePageHtml(findRule('small-world')!, 'ko');
        expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline';"`);
        expect(html).not.toMatch(/<script|<link|<img|<iframe|https?:/i);
    });

    test('a portfolio rule\'s page says so, shows its plans side by side and its threshold', () => {
        const rule = RULES.find(candidate => candidate.kind === 'portfolio' && 'threshold' in candidate && candidate.threshold)!;
        const text = textOf(renderRulePageHtml(rule, 'en'));
        expect(text).toContain(RULE_PAGE_LABELS.portfolioRule.en);
        expect(text).toContain('plan RegionA "예시 A" {');
        expect(text).toContain('plan RegionB "예시 B" {');
        expect(text).toContain(`${RULE_PAGE_LABELS.threshold.en}: { "thresholds": { "${rule.id}":`);
    });

    test('the Markdown page of the package says the same in both languages', () => {
        const rule = findRule('consensus-required')!;
        const markdown = renderRuleDoc(rule);
        expect(markdown).toContain(`## ${RULE_PAGE_LABELS.whyItMatters.ko} / ${RULE_PAGE_LABELS.whyItMatters.en}`);
        expect(markdown).toContain(rule.principle.ko);
        expect(markdown).toContain(rule.principle.en);
    });
});
