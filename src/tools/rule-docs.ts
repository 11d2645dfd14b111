import { CATEGORIES, isWaivable, RULES, type RuleEntry, type Severity } from '../analysis/catalogue.js';
import { examplePlan } from '../analysis/rule.js';

/**
 * The rule pages under docs/rules, one per catalogue rule, in Korean with English beside it.
 * A diagnostic's "rule documentation" link opens the page of its rule.
 */

const SEVERITY_WORDS: Record<Severity, string> = { error: '오류 / error', warning: '경고 / warning', info: '정보 / info', hint: '힌트 / hint' };

export function ruleDocFileName(ruleId: string): string {
    return `${ruleId}.md`;
}

export function renderRuleDoc(rule: RuleEntry): string {
    const category = CATEGORIES.find(entry => entry.id === rule.category);
    const lines = [
        `# ${rule.id}`,
        '',
        '| | |',
        '|---|---|',
        `| 분류 / Category | ${category ? `${category.title.ko} / ${category.title.en}` : rule.category} |`,
        `| 기본 심각도 / Default severity | ${SEVERITY_WORDS[rule.severity]} |`,
        `| 예외 허용 / Can be waived | ${isWaivable(rule) ? `예 / yes: \`waive "${rule.id}" because "<사유>"\`` : '아니요 / no'} |`,
        '',
        '## 언제 지적하나요 / When it fires',
        '',
        `- ${rule.trigger.ko}`,
        `- ${rule.trigger.en}`,
        '',
        '## 왜 중요한가요 / Why it matters',
        '',
        `**${rule.principle.ko}**`,
        '',
        `*${rule.principle.en}*`,
        ''
    ];
    if (rule.source) {
        lines.push(
            '## 보고서 원문 / Source',
            '',
            `삼성경제연구소, 「한국 바이오클러스터 발전전략」(2002), ${rule.source.heading}`,
            '',
            `> ${rule.source.passage}`,
            '',
            `*${rule.source.gist}*`,
            ''
        );
    }
    lines.push(
        '## 지적되는 예 / Fails',
        '',
        '```cplan',
        examplePlan(rule.examples.failing).trimEnd(),
        '```',
        '',
        '## 통과하는 예 / Passes',
        '',
        '```cplan',
        examplePlan(rule.examples.passing).trimEnd(),
        '```',
        '',
        '## 설정 / Settings',
        '',
        `편집기: \`"clusterPlan.rules": { "${rule.id}": "warning" }\` (error, warning, info, hint, off).`,
        `Command line: \`{ "rules": { "${rule.id}": "off" } }\` in \`cplan.config.json\`, or \`cplan check --config FILE\`.`,
        ''
    );
    return lines.join('\n');
}

/** Every rule page by file name. */
export function ruleDocs(): Map<string, string> {
    return new Map(RULES.map(rule => [ruleDocFileName(rule.id), renderRuleDoc(rule)]));
}
