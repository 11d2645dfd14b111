import type { RuleEntry } from '../analysis/catalogue.js';
import { fillTemplate, type Locale } from '../analysis/locale.js';
import { RULE_PAGE_LABELS as L, rulePageFacts, SEVERITY_WORDS } from '../analysis/rule-page.js';
import { escapeXml } from '../document/escape.js';

/** Escaped text with its `code` spans set as code. */
const inline = (text: string) => escapeXml(text).replace(/`([^`]+)`/g, '<code>$1</code>');

/**
 * A rule's page as the editor shows it: the words of docs/rules/<id>.md in one language,
 * from the catalogue bundled in the extension. The page loads nothing and runs no script;
 * its colours and fonts are the editor theme's.
 */
export function renderRulePageHtml(rule: RuleEntry, locale: Locale): string {
    const facts = rulePageFacts(rule);
    const row = (label: string, value: string) => `<tr><th scope="row">${escapeXml(label)}</th><td>${value}</td></tr>`;
    const sections = [
        `<h1><code>${escapeXml(rule.id)}</code></h1>`,
        `<p class="principle">${inline(rule.principle[locale])}</p>`,
        '<table>',
        row(L.category[locale], escapeXml(facts.category?.[locale] ?? rule.category)),
        row(L.severity[locale], escapeXml(SEVERITY_WORDS[rule.severity][locale])),
        row(L.waivable[locale], facts.waiver
            ? `${escapeXml(L.yes[locale])}: <code>${escapeXml(facts.waiver(locale))}</code>${locale === 'ko' ? ` · <code>${escapeXml(facts.waiver(locale, 'ko'))}</code>` : ''}`
            : escapeXml(L.no[locale])),
        '</table>',
        `<h2>${escapeXml(L.whenItFires[locale])}</h2>`,
        `<p>${inline(rule.trigger[locale])}</p>`,
        // A Korean reader may write either spelling; the page, opened from any plan, gives both.
        ...(locale === 'ko' && facts.koreanKeywordTrigger ? [`<p>${escapeXml(L.inKoreanKeywords.ko)}: ${inline(facts.koreanKeywordTrigger)}</p>`] : []),
        `<h2>${escapeXml(L.whyItMatters[locale])}</h2>`,
        `<p><strong>${inline(rule.principle[locale])}</strong></p>`
    ];
    if (rule.source) {
        sections.push(
            `<h2>${escapeXml(L.source[locale])}</h2>`,
            `<p class="citation">${escapeXml(`${L.report[locale]}, ${rule.source.heading}`)}</p>`,
            `<blockquote lang="ko">${escapeXml(rule.source.passage)}</blockquote>`,
            // The passage stands in the report's Korean; an English reader gets its gist.
            ...(locale === 'en' ? [`<p><em>${escapeXml(rule.source.gist)}</em></p>`] : [])
        );
    }
    if (facts.portfolio) {
        sections.push(`<h2>${escapeXml(L.portfolioRule[locale])}</h2>`, `<p>${inline(L.portfolioNote[locale])}</p>`);
    }
    const examples = (kind: 'fails' | 'passes', texts: readonly string[]) => texts.map(text => `<pre class="${kind}"><code>${escapeXml(text)}</code></pre>`);
    sections.push(
        `<h2>${escapeXml(L.fails[locale])}</h2>`,
        ...examples('fails', facts.failing),
        `<h2>${escapeXml(L.passes[locale])}</h2>`,
        ...examples('passes', facts.passing),
        `<h2>${escapeXml(L.settings[locale])}</h2>`,
        '<ul>',
        `<li>${escapeXml(L.editorSetting[locale])}: ${inline(facts.editorSetting(locale))}</li>`,
        `<li>${escapeXml(L.commandLineSetting[locale])}: ${inline(facts.commandLineSetting(locale))}</li>`
    );
    const threshold = facts.threshold;
    if (threshold) {
        const text = fillTemplate(L.thresholdText[locale], { setting: threshold.setting, default: String(threshold.default), range: threshold.range(L.orMore[locale]) });
        sections.push(`<li>${escapeXml(L.threshold[locale])}: ${inline(text)}. ${inline(threshold.meaning[locale])}</li>`);
    }
    sections.push('</ul>');
    return `<!DOCTYPE html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline';">
<title>${escapeXml(rule.id)}</title>
<style>${RULE_PAGE_STYLE}</style>
</head>
<body>
<main class="rule-page">
${sections.join('\n')}
</main>
</body>
</html>
`;
}

const RULE_PAGE_STYLE = `
body { font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); color: var(--vscode-foreground); background: var(--vscode-editor-background); line-height: 1.6; }
main { max-width: 52em; margin: 0 auto; padding: 1em 2em 3em; }
h1 { font-size: 1.6em; margin-bottom: 0.2em; }
h2 { font-size: 1.15em; margin-top: 1.6em; border-bottom: 1px solid var(--vscode-panel-border, #8884); padding-bottom: 0.2em; }
.principle { font-size: 1.1em; margin-top: 0; }
table { border-collapse: collapse; }
th, td { text-align: left; padding: 0.25em 1em 0.25em 0; vertical-align: top; }
th { font-weight: 600; color: var(--vscode-descriptionForeground); }
code, pre { font-family: var(--vscode-editor-font-family); }
pre { padding: 0.8em 1em; overflow-x: auto; background: var(--vscode-textCodeBlock-background, #8881); border-left: 3px solid; }
pre.fails { border-color: var(--vscode-editorError-foreground, #e51400); }
pre.passes { border-color: var(--vscode-testing-iconPassed, #388a34); }
blockquote { margin: 0.5em 0; padding: 0.2em 1em; border-left: 3px solid var(--vscode-textBlockQuote-border, #8886); background: var(--vscode-textBlockQuote-background, transparent); }
.citation { color: var(--vscode-descriptionForeground); }
`;
