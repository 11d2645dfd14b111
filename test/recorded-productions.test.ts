import type { LexingReport } from 'langium';
import { describe, expect, test } from 'vitest';
import { RECORDED_PRODUCTIONS } from '../src/grammar/recorded-productions.js';
import { createPlanParser, type PlanParser } from '../src/language/parser.js';
import { restoreProductions, storeProductions, type RecordedProductions, type StoredProduction } from '../src/grammar/production-record.js';
import { example, services } from './helpers.js';

const recordingParser = createPlanParser(services, 'record');

/** What a parse gives that depends on the productions: the tree, the syntax errors and their places. */
function parseOutcome(parser: PlanParser, text: string) {
    const result = parser.parse(text);
    return {
        // A reference as its text: resolving it is the linker's part, not the parser's.
        tree: JSON.stringify(result.value, (key, value) =>
            key.startsWith('$') && key !== '$type' ? undefined : value?.$refText !== undefined ? value.$refText : value),
        parserErrors: result.parserErrors.map(error => [error.message, error.token.startOffset]),
        lexerReport: (result.lexerReport as LexingReport | undefined)?.diagnostics ?? []
    };
}

/** `productions` with every `Option` given a `maxLookahead`, a field recording never sets in this grammar. */
function withMarkedOptions(productions: RecordedProductions): RecordedProductions {
    const mark = ([kind, fields, definition]: StoredProduction): StoredProduction =>
        [kind, kind === 'Option' ? { ...fields, maxLookahead: 7 } : fields, definition?.map(mark)];
    return productions.map(mark);
}

describe('the productions the build records from the grammar', () => {
    test('are the productions a parser records from the current grammar', () => {
        expect(RECORDED_PRODUCTIONS).toEqual(recordingParser.recordedProductions());
    });

    test('come back from the record as they were recorded', () => {
        const restored = restoreProductions(RECORDED_PRODUCTIONS, services.parser.Lexer.definition);
        expect(restored).toBeDefined();
        expect(storeProductions(restored!)).toEqual(RECORDED_PRODUCTIONS);
    });

    test('are what the language services build their parser from, instead of recording', () => {
        const fromRecord = createPlanParser(services, withMarkedOptions(RECORDED_PRODUCTIONS));
        expect(JSON.stringify(fromRecord.recordedProductions())).toContain('"maxLookahead":7');
        expect(JSON.stringify(recordingParser.recordedProductions())).not.toContain('maxLookahead');
    });

    test('are recorded anew when the record names other rules or a token the lexer lacks', () => {
        const otherRules = RECORDED_PRODUCTIONS.slice(1);
        const unknownToken = JSON.parse(JSON.stringify(RECORDED_PRODUCTIONS).replace('"terminalType":"plan"', '"terminalType":"no-such-token"'));
        expect(restoreProductions(unknownToken, services.parser.Lexer.definition)).toBeUndefined();
        for (const record of [withMarkedOptions(otherRules), unknownToken]) {
            expect(createPlanParser(services, record).recordedProductions()).toEqual(RECORDED_PRODUCTIONS);
        }
    });

    test('parse plans, broken ones included, exactly as a recording parser does', () => {
        const fromRecord = createPlanParser(services);
        const busan = example('busan-marine-bio.cplan');
        const broken = [
            busan,
            busan.replace('horizon 2026 to 2037', 'horizon 2026 to'),
            busan.replace(/\}\s*$/, ''),
            busan.replaceAll('owner ', 'owner owner '),
            example('daegu-draft.cplan').replace('task', 'task task {')
        ];
        for (const text of broken) {
            const outcome = parseOutcome(fromRecord, text);
            expect(outcome).toEqual(parseOutcome(recordingParser, text));
            expect(outcome.tree.length).toBeGreaterThan(100);
        }
        expect(parseOutcome(fromRecord, broken[1]!).parserErrors.length).toBeGreaterThan(0);
    });
});
