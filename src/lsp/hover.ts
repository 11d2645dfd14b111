import { CstUtils, GrammarAST, GrammarUtils, type AstNode, type CstNode, type LangiumDocument } from 'langium';
import type { HoverProvider } from 'langium/lsp';
import type { References } from 'langium';
import type { Diagnostic, Hover, HoverParams, Position, Range } from 'vscode-languageserver';
import { CATEGORIES, findRule, getRule, type RuleEntry } from '../analysis/catalogue.js';
import type { PlanDiagnosticData } from '../language/document-validator.js';
import { keywordDoc, meaningOf } from '../analysis/keyword-docs.js';
import { inPlanWords } from '../analysis/korean-wording.js';
import { fillTemplate, type Locale, type Localized } from '../analysis/locale.js';
import { ELEMENT_KIND_LABELS } from '../analysis/vocabulary.js';
import type { ClusterPlanServices } from './cluster-plan-lsp-module.js';
import { isWaiver } from '../grammar/generated/ast.js';
import { spellingsOf, type KeywordSpelling } from '../grammar/keyword-spellings.js';
import { keywordSpellingOf } from '../language/keyword-spelling.js';
import { markdownLink, type RuleDocLinks } from '../language/rule-doc-links.js';
import type { PlanSettings } from '../language/settings.js';

const LABEL = {
    trigger: { ko: '지적 조건', en: 'Fires when' },
    source: { ko: '보고서 원문', en: 'Report passage' },
    docs: { ko: '규칙 문서', en: 'Rule documentation' },
    rule: { ko: '규칙', en: 'Rule' },
    form: { ko: '이렇게 씁니다', en: 'Write it like this' },
    checklist: { ko: '이 계획에 빠진 것 {count}가지 (분류별, 규칙 문서 링크)', en: '{count} things this plan is missing (by category, linked to the rule pages)' },
    scorecard: { ko: '원칙 점검표 보기', en: 'Show the principles scorecard' },
    syntax: { ko: '계획 문법', en: 'Plan syntax' }
} satisfies Record<string, Localized>;

/**
 * Hover that teaches the report while the planner writes: the rule behind a diagnostic or a
 * `waive` id (principle, trigger, the report's passage), the meaning of a keyword (in both its
 * spellings) with the passage it comes from, and the kind and title of the element a name refers to.
 */
export class PlanHoverProvider implements HoverProvider {
    private readonly settings: PlanSettings;
    private readonly references: References;
    private readonly nameRegexp: RegExp;
    private readonly ruleDocLinks: RuleDocLinks;

    constructor(services: ClusterPlanServices) {
        this.ruleDocLinks = services.plan.RuleDocLinks;
        this.settings = services.plan.Settings;
        this.references = services.references.References;
        this.nameRegexp = services.parser.GrammarConfig.nameRegexp;
    }

    getHoverContent(document: LangiumDocument, params: HoverParams): Hover | undefined {
        const locale = this.settings.locale;
        const spelling = keywordSpellingOf(document);
        const root = document.parseResult.value.$cstNode;
        // As in Langium's own hover, a cursor just after a word still hovers that word.
        const leaf = CstUtils.findDeclarationNodeAtOffset(root, document.textDocument.offsetAt(params.position), this.nameRegexp);
        const diagnostics = ruleDiagnosticsAt(document, params.position);
        const ruleIds = new Set(diagnostics.map(diagnostic => diagnostic.code as string));
        const waived = leaf && waiverRuleAt(leaf);
        if (waived) {
            ruleIds.add(waived);
        }
        const rules = [...ruleIds].filter(id => id !== 'syntax').map(id => findRule(id)).filter((rule): rule is RuleEntry => rule !== undefined);
        // A syntax error is explained by the form expected there, not by the rule's principle;
        // many findings in one place (what the whole plan lacks, on its header) make one checklist.
        const sections = [
            ...diagnostics.filter(diagnostic => diagnostic.code === 'syntax').map(diagnostic => syntaxSection(diagnostic, locale, this.ruleDocLinks)),
            ...rules.length > CHECKLIST_FROM ? [checklistSection(rules, locale, this.ruleDocLinks)] : rules.map(rule => ruleSection(rule, locale, spelling, this.ruleDocLinks))
        ];
        const leafSection = leaf && !waived ? this.referenceSection(leaf, locale) ?? keywordSection(leaf, locale, spelling, this.ruleDocLinks) : undefined;
        if (leafSection) {
            sections.unshift(leafSection);
        }
        return sections.length > 0 ? { contents: { kind: 'markdown', value: sections.join('\n\n---\n\n') } } : undefined;
    }

    /** A name that refers to (or declares) an element: its kind and title. */
    private referenceSection(leaf: CstNode, locale: Locale): string | undefined {
        const target = this.references.findDeclarations(leaf)[0] as (AstNode & { name?: string; title?: string }) | undefined;
        if (!target?.name) {
            return undefined;
        }
        const kind = ELEMENT_KIND_LABELS[target.$type]?.[locale] ?? target.$type;
        return `**${kind}** \`${target.name}\`${target.title ? ` — ${target.title}` : ''}`;
    }
}

/** The rule diagnostics whose range holds the position. */
function ruleDiagnosticsAt(document: LangiumDocument, position: Position): Diagnostic[] {
    return (document.diagnostics ?? [])
        .filter(diagnostic => typeof diagnostic.code === 'string' && findRule(diagnostic.code) && contains(diagnostic.range, position));
}

/** The form a syntax error asks for: the clause's example, the keyword or unit meant, else the rule's own example. */
function syntaxSection(diagnostic: Diagnostic, locale: Locale, links: RuleDocLinks): string {
    const args = (diagnostic.data as Partial<PlanDiagnosticData> | undefined)?.args ?? {};
    const suggestions = typeof args.suggestions === 'object' && 'keywords' in args.suggestions ? args.suggestions.keywords : undefined;
    const example = typeof args.example === 'string' ? args.example
        : suggestions ? suggestions.join(' | ')
            : typeof args.unit === 'string' ? `budget 120 ${args.unit}`
                : getRule('syntax').examples.passing;
    const lines = [`**${LABEL.form[locale]}**`, '', '```cluster-plan', example, '```'];
    const link = markdownLink(links, 'syntax');
    if (link) {
        lines.push('', `[${LABEL.syntax[locale]}](${link})`);
    }
    return lines.join('\n');
}

function contains(range: Range, position: Position): boolean {
    const after = (a: Position, b: Position) => a.line > b.line || (a.line === b.line && a.character >= b.character);
    return after(position, range.start) && after(range.end, position);
}

/** The rule id under the cursor when it is the quoted id of a `waive`. */
function waiverRuleAt(leaf: CstNode): string | undefined {
    const node = leaf.astNode;
    return isWaiver(node) && GrammarUtils.findAssignment(leaf)?.feature === 'rule' ? node.rule : undefined;
}

/** From this many rules at one place on, the hover lists them as a checklist instead of a section each. */
const CHECKLIST_FROM = 3;

/** One line per rule, under its category: its id, linked to its page, and its principle. */
function checklistSection(rules: readonly RuleEntry[], locale: Locale, links: RuleDocLinks): string {
    const lines = [`**${fillTemplate(LABEL.checklist[locale], { count: String(rules.length) })}**`];
    for (const category of CATEGORIES) {
        const inCategory = rules.filter(rule => rule.category === category.id);
        if (inCategory.length > 0) {
            lines.push('', `*${category.title[locale]}*`, '');
            for (const rule of inCategory) {
                const link = markdownLink(links, rule.id);
                lines.push(`- ${link ? `[\`${rule.id}\`](${link})` : `\`${rule.id}\``} ${rule.principle[locale]}`);
            }
        }
    }
    const scorecard = links.scorecardHref?.();
    if (scorecard) {
        lines.push('', `[${LABEL.scorecard[locale]}](${scorecard})`);
    }
    return lines.join('\n');
}

function ruleSection(rule: RuleEntry, locale: Locale, spelling: KeywordSpelling, links: RuleDocLinks): string {
    const lines = [
        `**${rule.principle[locale]}**`,
        '',
        `${LABEL.rule[locale]} \`${rule.id}\` · ${LABEL.trigger[locale]}: ${inPlanWords(rule.trigger, locale, spelling)}`
    ];
    if (rule.source) {
        lines.push('', `${LABEL.source[locale]} (${rule.source.heading}):`, '', `> ${rule.source.passage}`, '', `*${rule.source.gist}*`);
    }
    const link = markdownLink(links, rule.id);
    if (link) {
        lines.push('', `[${LABEL.docs[locale]}](${link})`);
    }
    return lines.join('\n');
}

/** A keyword (a name spelled like one is no keyword here): what it means here, and the passage of its rule. */
function keywordSection(leaf: CstNode, locale: Locale, spelling: KeywordSpelling, links: RuleDocLinks): string | undefined {
    const keyword = leaf.grammarSource;
    if (!GrammarAST.isKeyword(keyword)) {
        return undefined;
    }
    const node = leaf.astNode;
    const doc = keywordDoc(keyword.value, [node.$type, node.$container?.$type ?? '']);
    if (!doc) {
        return undefined;
    }
    // Both spellings, Korean first (`계획기간 · horizon`), whichever the plan wrote.
    const lines = [`**${[...spellingsOf(keyword.value)].reverse().join(' · ')}** — ${meaningOf(doc, locale, spelling)}`];
    const rule = doc.rule ? findRule(doc.rule) : undefined;
    if (rule?.source) {
        lines.push('', `${LABEL.source[locale]} (${rule.source.heading}):`, '', `> ${rule.source.passage}`, '', `*${rule.source.gist}*`,
            '', `${LABEL.rule[locale]}: [\`${rule.id}\`](${markdownLink(links, rule.id) ?? ''}) — ${rule.principle[locale]}`);
    }
    return lines.join('\n');
}
