import { URI, type LangiumDocument } from 'langium';
import { describe, expect, test } from 'vitest';
import type { Range } from 'vscode-languageserver-types';
import type { RuleEntry } from '../../src/analysis/catalogue.js';
import type { PortfolioAnalysis, PortfolioThresholds } from '../../src/analysis/portfolio.js';
import type { RuleSeverities } from '../../src/analysis/rule-settings.js';
import type { PlanDocumentValidator } from '../../src/language/document-validator.js';
import type { Plan } from '../../src/grammar/generated/ast.js';
import { services } from '../helpers.js';

/** A member plan of a test portfolio: `plan <Name> "<title>" { region "<region>" … }`. */
export function regionPlan(name: string, region: string, body: string): string {
    const indented = body.split('\n').map(line => `    ${line}`.trimEnd()).join('\n');
    return `plan ${name} "${region} 바이오클러스터 발전계획" {\n    region "${region}"\n${indented}\n}\n`;
}

let counter = 0;

export interface CheckedPortfolio {
    readonly documents: ReadonlyArray<LangiumDocument<Plan>>;
    readonly analysis: PortfolioAnalysis;
    /** Every portfolio finding of `ruleId` as `<member letter>:<line>:<text>` (A for the first plan …), with its related elements. */
    readonly located: (ruleId: string) => Array<{ at: string; related: string[]; message: string }>;
}

/** Parses, links and checks plans as members of one portfolio, the way `cplan portfolio` and the language server do. */
export async function checkPortfolioTexts(texts: readonly string[], thresholds: PortfolioThresholds = {}, severities?: RuleSeverities): Promise<CheckedPortfolio> {
    const { LangiumDocumentFactory, LangiumDocuments, DocumentBuilder } = services.shared.workspace;
    const batch = counter++;
    const documents = texts.map((text, index) => {
        const document = LangiumDocumentFactory.fromString<Plan>(text, URI.parse(`memory:///portfolio-${batch}/${String.fromCharCode(65 + index)}.cplan`));
        LangiumDocuments.addDocument(document);
        return document;
    });
    await DocumentBuilder.build(documents, { validation: true });
    const analysis = services.plan.AnalysisCache.analysePortfolio(documents, thresholds, severities ? () => severities : undefined);
    const validator = services.validation.DocumentValidator as PlanDocumentValidator;
    const letterOf = (uri: string) => uri.replace(/^.*\/([A-Z])\.cplan$/, '$1');
    const where = (uri: string, range: Range) => {
        const text = documents.find(document => document.uri.toString() === uri)!.textDocument.getText(range).replace(/\s+/g, ' ');
        return `${letterOf(uri)}:${range.start.line + 1}:${text.length > 40 ? `${text.slice(0, 40)}…` : text}`;
    };
    const located = (ruleId: string) => analysis.members.flatMap((member, index) => member.findings
        .filter(finding => finding.ruleId === ruleId)
        .map(finding => {
            const diagnostic = validator.findingDiagnostic(documents[index], finding);
            return {
                at: where(member.key, diagnostic.range),
                related: (diagnostic.relatedInformation ?? []).map(info => where(info.location.uri, info.location.range)),
                message: typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value
            };
        }));
    for (const document of documents) {
        LangiumDocuments.deleteDocument(document.uri);
    }
    return { documents, analysis, located };
}

export interface PortfolioFiringCase {
    readonly name: string;
    readonly plans: readonly string[];
    readonly thresholds?: PortfolioThresholds;
    /** Every finding of the rule, as `<member letter>:<line>:<text>`, in member order. */
    readonly at: readonly string[];
    /** For each finding, the elements it relates to, in the same form; not checked when left out. */
    readonly related?: ReadonlyArray<readonly string[]>;
}

export interface PortfolioSilentCase {
    readonly name: string;
    readonly plans: readonly string[];
    readonly thresholds?: PortfolioThresholds;
    /** The case is about an unresolved name, which `reference` reports. */
    readonly unresolved?: boolean;
}

/** The tests of one portfolio rule: where it fires it points exactly at the elements given; on the silent portfolios it says nothing. */
export function testPortfolioRule(rule: RuleEntry, cases: { readonly fires: readonly PortfolioFiringCase[]; readonly silent: readonly PortfolioSilentCase[] }): void {
    describe(`portfolio rule ${rule.id}`, () => {
        for (const firing of cases.fires) {
            test(`fires: ${firing.name}`, async () => {
                const findings = (await checkPortfolioTexts(firing.plans, firing.thresholds)).located(rule.id);
                expect(findings.map(finding => finding.at)).toEqual(firing.at);
                if (firing.related) {
                    expect(findings.map(finding => finding.related)).toEqual(firing.related);
                }
                for (const finding of findings) {
                    expect(finding.message).not.toMatch(/\{\w+\}/);
                }
            });
        }
        for (const silent of cases.silent) {
            test(`silent: ${silent.name}`, async () => {
                const checked = await checkPortfolioTexts(silent.plans, silent.thresholds);
                expect(checked.located(rule.id)).toEqual([]);
                const broken = checked.documents.flatMap(document => (document.diagnostics ?? []).map(d => String(d.code)))
                    .filter(code => code === 'syntax' || code === 'reference');
                expect(broken).toEqual(silent.unresolved ? ['reference'] : []);
            });
        }
    });
}
