import { EmptyFileSystem } from 'langium';
import { RULES, type RuleEntry } from '../analysis/catalogue.js';
import { RULE_PAGE_LABELS as L, rulePageFacts, SEVERITY_WORDS } from '../analysis/rule-page.js';
import { createClusterPlanCoreServices, type ClusterPlanCoreServices } from '../language/cluster-plan-module.js';
import { applyRespellings, convertKeywords } from '../language/keyword-conversion.js';

/**
 * The rule pages under docs/rules, one per catalogue rule, in Korean with English beside it.
 * A diagnostic's "rule documentation" link opens the page of its rule in editors other than
 * VS Code, which shows the page in its own language (src/extension/rule-pages.ts).
 */

const both = (label: { ko: string; en: string }) => `${label.ko} / ${label.en}`;

export function ruleDocFileName(ruleId: string): string {
    return `${ruleId}.md`;
}

export function renderRuleDoc(rule: RuleEntry): string {
    const facts = rulePageFacts(rule);
    const lines = [
        `# ${rule.id}`,
        '',
        '| | |',
        '|---|---|',
        `| ${both(L.category)} | ${facts.category ? both(facts.category) : rule.category} |`,
        `| ${both(L.severity)} | ${both(SEVERITY_WORDS[rule.severity])} |`,
        `| ${both(L.waivable)} | ${facts.waiver ? `${both(L.yes)}: \`${facts.waiver('ko')}\` · \`${facts.waiver('ko', 'ko')}\`` : both(L.no)} |`,
        '',
        `## ${both(L.whenItFires)}`,
        '',
        `- ${rule.trigger.ko}`,
        ...(facts.koreanKeywordTrigger ? [`- ${both(L.inKoreanKeywords)}: ${facts.koreanKeywordTrigger}`] : []),
        `- ${rule.trigger.en}`,
        '',
        `## ${both(L.whyItMatters)}`,
        '',
        `**${rule.principle.ko}**`,
        '',
        `*${rule.principle.en}*`,
        ''
    ];
    if (rule.source) {
        lines.push(
            `## ${both(L.source)}`,
            '',
            `${L.report.ko}, ${rule.source.heading}`,
            '',
            `> ${rule.source.passage}`,
            '',
            `*${rule.source.gist}*`,
            ''
        );
    }
    if (facts.portfolio) {
        lines.push(`## ${both(L.portfolioRule)}`, '', L.portfolioNote.ko, '', L.portfolioNote.en, '');
    }
    const examples = (texts: readonly string[]) => texts.flatMap(text => ['```cplan', text, '```', '']);
    lines.push(`## ${both(L.fails)}`, '', ...examples(facts.failing));
    const korean = facts.portfolio ? [] : facts.failing.map(inKoreanKeywords).filter(text => text !== undefined);
    if (korean.length > 0) {
        lines.push(`${both(L.inKoreanKeywords)}:`, '', ...examples(korean));
    }
    lines.push(
        `## ${both(L.passes)}`, '', ...examples(facts.passing),
        `## ${both(L.settings)}`,
        '',
        `${L.editorSetting.ko}: ${facts.editorSetting('ko')}.`,
        `${L.commandLineSetting.en}: ${facts.commandLineSetting('en')}.`
    );
    const threshold = facts.threshold;
    if (threshold) {
        lines.push(
            '',
            `${both(L.threshold)}: \`cplan.portfolio.json\`의 \`${threshold.setting}\` (${both(L.defaultValue)} ${threshold.default}, ${threshold.range(both(L.orMore))}).`,
            '',
            `- ${threshold.meaning.ko}`,
            `- ${threshold.meaning.en}`
        );
    }
    lines.push('');
    return lines.join('\n');
}

/** Every rule page by file name. */
export function ruleDocs(): Map<string, string> {
    return new Map(RULES.map(rule => [ruleDocFileName(rule.id), renderRuleDoc(rule)]));
}

let services: ClusterPlanCoreServices | undefined;

/** An example plan with its keywords in Korean, as `cplan convert --keywords ko` writes it; none for one that does not parse (the syntax rule's). */
function inKoreanKeywords(text: string): string | undefined {
    services ??= createClusterPlanCoreServices(EmptyFileSystem).ClusterPlan;
    const conversion = convertKeywords(services.parser.LangiumParser, text, 'ko');
    return 'syntaxErrorCount' in conversion ? undefined : applyRespellings(text, conversion.respellings);
}
