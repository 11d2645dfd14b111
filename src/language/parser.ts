import type { Rule } from 'chevrotain';
import {
    AstUtils, createParser, CstUtils, GrammarAST, isLeafCstNode, LangiumParser, type AstNode, type LangiumCoreServices, type ParseResult
} from 'langium';
import { isKoreanSpelling, keywordOf } from '../grammar/keyword-spellings.js';
import { restoreProductions, storeProductions, type RecordedProductions } from '../grammar/production-record.js';
import { RECORDED_PRODUCTIONS } from '../grammar/recorded-productions.js';
import { isKeywordSpellingReport, type KeywordSpellingReport } from './lexer.js';

type ParseOptions = Parameters<LangiumParser['parse']>[1];

/**
 * The parser, after which a plan's AST does not depend on how its keywords are spelled.
 * Langium assigns a keyword's text as written (`leadership 민간` would give `value: '민간'`);
 * datatype rules are mapped by the value converter, and here every keyword assigned to a
 * property is replaced by the keyword itself. Only a plan that spells a keyword otherwise
 * than in English is walked, and that walk also counts its keywords of each spelling
 * exactly (without names spelled like keywords, which the lexer cannot tell apart).
 */
export class PlanParser extends LangiumParser {
    /** The assignment a keyword stands in, if any, computed once per grammar keyword. */
    private readonly assignmentOf = new Map<GrammarAST.Keyword, GrammarAST.Assignment | undefined>();

    override parse<T extends AstNode = AstNode>(input: string, options?: ParseOptions): ParseResult<T> {
        const result = super.parse<T>(input, options);
        const report = result.lexerReport;
        if (!isKeywordSpellingReport(report) || !report.otherSpellings || !result.value.$cstNode) {
            return result;
        }
        return { ...result, lexerReport: this.canonicalise(result.value, report) };
    }

    private canonicalise(root: AstNode, report: KeywordSpellingReport): KeywordSpellingReport {
        let englishKeywords = 0;
        let koreanKeywords = 0;
        for (const leaf of CstUtils.streamCst(root.$cstNode!)) {
            const keyword = leaf.grammarSource;
            if (!isLeafCstNode(leaf) || !GrammarAST.isKeyword(keyword)) {
                continue;
            }
            if (leaf.text === keyword.value) {
                englishKeywords += keywordOf(keyword.value) ? 1 : 0;
                continue;
            }
            koreanKeywords += isKoreanSpelling(leaf.text) ? 1 : 0;
            const assignment = this.assignment(keyword);
            if (assignment) {
                const node = leaf.astNode as unknown as Record<string, unknown>;
                const value = node[assignment.feature];
                node[assignment.feature] = Array.isArray(value)
                    ? value.map(item => item === leaf.text ? keyword.value : item)
                    : keyword.value;
            }
        }
        return { ...report, englishKeywords, koreanKeywords };
    }

    /**
     * Builds the parser's lookahead from `productions` instead of running every rule in
     * Chevrotain's recording mode, when they are the productions of exactly this parser's rules.
     */
    finalizeFrom(productions: RecordedProductions | 'record'): void {
        const recorder = this.wrapper as unknown as GrammarRecorder;
        const rules = productions === 'record' ? undefined : restoreProductions(productions, this.lexer.definition);
        if (rules && rules.map(rule => rule.name).join() === recorder.definedRulesNames.join()) {
            // Chevrotain's self-analysis asks for each rule's productions between these two
            // calls; answered from the record, no rule runs.
            const byName = new Map(rules.map(rule => [rule.name, rule]));
            recorder.enableRecording = () => undefined;
            recorder.disableRecording = () => undefined;
            recorder.topLevelRuleRecord = name => byName.get(name)!;
        }
        this.finalize();
    }

    /** The productions Chevrotain recorded for this parser (after `finalize`). */
    recordedProductions(): RecordedProductions {
        return storeProductions(Object.values((this.wrapper as unknown as GrammarRecorder).getGAstProductions()));
    }

    private assignment(keyword: GrammarAST.Keyword): GrammarAST.Assignment | undefined {
        if (!this.assignmentOf.has(keyword)) {
            this.assignmentOf.set(keyword, AstUtils.getContainerOfType(keyword, GrammarAST.isAssignment));
        }
        return this.assignmentOf.get(keyword);
    }
}

/** The part of Chevrotain's parser that records the grammar's productions. */
interface GrammarRecorder {
    readonly definedRulesNames: readonly string[];
    enableRecording(): void;
    disableRecording(): void;
    topLevelRuleRecord(name: string, implementation: unknown): Rule;
    getGAstProductions(): Record<string, Rule>;
}

/**
 * The parser service, built as Langium builds its own (`createLangiumParser`), from the
 * productions the build recorded, or from a recording of its own (`'record'`).
 */
export function createPlanParser(services: LangiumCoreServices, productions: RecordedProductions | 'record' = RECORDED_PRODUCTIONS): PlanParser {
    const parser = new PlanParser(services);
    createParser(services.Grammar, parser, services.parser.Lexer.definition);
    parser.finalizeFrom(productions);
    return parser;
}
