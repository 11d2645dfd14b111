import { CATEGORIES, isWaivable, RULES, type RuleEntry, type Severity } from '../analysis/catalogue.js';
import { EmptyFileSystem } from 'langium';
import { examplePlan, examplePortfolio } from '../analysis/rule.js';
import { createClusterPlanCoreServices, type ClusterPlanCoreServices } from '../language/cluster-plan-module.js';
import { applyRespellings, convertKeywords } from '../language/keyword-conversion.js';

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
    const examples = (texts: readonly string[]) => texts.flatMap(text => ['```cplan', text.trimEnd(), '```', '']);
    const [failing, passing] = rule.kind === 'portfolio'
        ? [examplePortfolio(rule.examples.failing), examplePortfolio(rule.examples.passing)]
        : [[examplePlan(rule.examples.failing)], [examplePlan(rule.examples.passing)]];
    if (rule.kind === 'portfolio') {
        lines.push(
            '## 포트폴리오 규칙 / A portfolio rule',
            '',
            '여러 지역 계획을 함께 볼 때만 점검합니다: `cplan portfolio <폴더>`, 또는 `cplan.portfolio.json`이 있는 작업 영역의 편집기. 계획 하나만 점검할 때는 "해당 없음"입니다.',
            '',
            'Checked only when plans are compared as a portfolio: `cplan portfolio <folder>`, or in the editor when the workspace holds a `cplan.portfolio.json`. A plan checked alone shows it as not applicable.',
            ''
        );
    }
    lines.push('## 지적되는 예 / Fails', '', ...examples(failing));
    const korean = rule.kind === 'portfolio' ? [] : failing.map(inKoreanKeywords).filter(text => text !== undefined);
    if (korean.length > 0) {
        lines.push('한국어 키워드로 / In Korean keywords:', '', ...examples(korean));
    }
    lines.push('## 통과하는 예 / Passes', '', ...examples(passing));
    lines.push(
        '## 설정 / Settings',
        '',
        `편집기: \`"clusterPlan.rules": { "${rule.id}": "warning" }\` (error, warning, info, hint, off).`,
        `Command line: \`{ "rules": { "${rule.id}": "off" } }\` in \`cplan.config.json\`, or \`cplan check --config FILE\`.`
    );
    if (rule.kind === 'portfolio' && rule.threshold) {
        const { threshold } = rule;
        lines.push(
            '',
            `기준값 / Threshold: \`cplan.portfolio.json\`의 \`{ "thresholds": { "${rule.id}": ${threshold.default} } }\` (기본 / default ${threshold.default}, ${threshold.min}${threshold.max === undefined ? ' 이상 / or more' : `–${threshold.max}`}).`,
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
