import { EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import { readFileSync } from 'node:fs';
import type { Diagnostic } from 'vscode-languageserver-types';
import { createClusterPlanServices } from '../src/lsp/cluster-plan-lsp-module.js';
import { PACKAGED_RULE_DOCS } from '../src/lsp/rule-docs-link.js';
import type { Plan } from '../src/grammar/generated/ast.js';

/** The language server's services, with the rule pages of the package as the server links them. */
export const services = createClusterPlanServices(EmptyFileSystem, { plan: { RuleDocLinks: () => PACKAGED_RULE_DOCS } }).ClusterPlan;

let counter = 0;

/** Parses, links and validates a plan text as the CLI does; each call is its own document. */
export async function checkText(text: string): Promise<{ document: LangiumDocument<Plan>; diagnostics: Diagnostic[] }> {
    const uri = URI.parse(`memory:///test-${counter++}.cplan`);
    const document = services.shared.workspace.LangiumDocumentFactory.fromString<Plan>(text, uri);
    services.shared.workspace.LangiumDocuments.addDocument(document);
    await services.shared.workspace.DocumentBuilder.build([document], { validation: true });
    const diagnostics = document.diagnostics ?? [];
    services.shared.workspace.LangiumDocuments.deleteDocument(uri);
    return { document, diagnostics };
}

export const codesOf = (diagnostics: readonly Diagnostic[]) => diagnostics.map(diagnostic => String(diagnostic.code));

export const example = (name: string) => readFileSync(new URL(`../examples/${name}`, import.meta.url), 'utf8');
