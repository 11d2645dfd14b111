import { DefaultLinker, DefaultReferenceDescriptionProvider, DefaultScopeComputation, isReference, URI, type LangiumDocument } from 'langium';
import { describe, expect, test } from 'vitest';
import { generatePlan } from '../bench/plan-generator.js';
import { checkText, codesOf, example, services } from './helpers.js';

/**
 * Linking, the reference index and the local symbols are computed by the plan's own faster
 * walks; they must give exactly what Langium's default services give.
 */

const WRONG_REFERENCES = `plan P "p" {
    agency A "a"
    firm F "f"
    network N "n" { members A, Nobody, N host F bridge N via Ghost }
    link L "l" { partner T1 }
    vision "v" { outsource clinical to N }
    task T1 "t" { owner L after T1, Missing }
}
`;

const PLANS: Record<string, string> = {
    'a synthetic plan using every construct': generatePlan({ lines: 400, seed: 7, crlf: true, bom: true }).text,
    'the Busan example': example('busan-marine-bio.cplan'),
    'a plan with unresolved and wrong-kind references': WRONG_REFERENCES
};

let counter = 0;

/** Builds the plan as `checkText` does, but keeps the document open while `inspect` runs. */
async function withDocument(text: string, inspect: (document: LangiumDocument) => Promise<void>): Promise<void> {
    const { LangiumDocumentFactory, LangiumDocuments, DocumentBuilder } = services.shared.workspace;
    const document = LangiumDocumentFactory.fromString(text, URI.parse(`memory:///references-${counter++}.cplan`));
    LangiumDocuments.addDocument(document);
    try {
        await DocumentBuilder.build([document], { validation: true });
        await inspect(document);
    } finally {
        await DocumentBuilder.update([], [document.uri]);
    }
}

const linkOutcomes = (document: LangiumDocument) => document.references.map(reference =>
    [reference.$refText, reference.$refNode?.offset, isReference(reference) ? reference.ref?.$cstNode?.offset : undefined, reference.error?.message]);

describe('linking and the reference index', () => {
    for (const [name, text] of Object.entries(PLANS)) {
        test(`${name}: links every reference as Langium's linker does, in the same order`, async () => {
            await withDocument(text, async document => {
                const ours = linkOutcomes(document);
                const linker = new DefaultLinker(services);
                linker.unlink(document);
                await linker.link(document);
                expect(ours).toEqual(linkOutcomes(document));
                expect(ours.length).toBeGreaterThan(0);
            });
        });

        test(`${name}: indexes the same references as Langium's provider`, async () => {
            await withDocument(text, async document => {
                const ours = await services.workspace.ReferenceDescriptionProvider.createDescriptions(document);
                expect(ours).toEqual(await new DefaultReferenceDescriptionProvider(services).createDescriptions(document));
            });
        });

        test(`${name}: has the plan-level names Langium's scope computation finds`, async () => {
            await withDocument(text, async document => {
                const root = document.parseResult.value;
                const names = async (computation: DefaultScopeComputation) =>
                    (await computation.collectLocalSymbols(document)).getStream(root).map(symbol => `${symbol.type} ${symbol.name}`).toArray();
                expect(await names(services.references.ScopeComputation as DefaultScopeComputation))
                    .toEqual(await names(new DefaultScopeComputation(services)));
            });
        });
    }

    test('a synthetic plan using every construct parses and links cleanly, names spelled like keywords included', async () => {
        const { diagnostics } = await checkText(PLANS['a synthetic plan using every construct']);
        expect(codesOf(diagnostics)).not.toContain('syntax');
        expect(codesOf(diagnostics)).not.toContain('reference');
    });

    test('unresolved and wrong-kind references are reported in document order', async () => {
        const { diagnostics } = await checkText(WRONG_REFERENCES);
        const unresolved = diagnostics.filter(diagnostic => diagnostic.code === 'reference');
        const texts = unresolved.map(diagnostic => WRONG_REFERENCES.split('\n')[diagnostic.range.start.line].slice(diagnostic.range.start.character, diagnostic.range.end.character));
        expect(texts).toEqual(['Nobody', 'N', 'Ghost', 'T1', 'N', 'L', 'Missing']);
    });
});
