import { createDefaultCoreModule, createDefaultSharedCoreModule, EmptyFileSystem, inject, type Lexer } from 'langium';
import { ClusterPlanGeneratedModule, ClusterPlanGeneratedSharedModule } from '../src/grammar/generated/module.js';
import { ClusterPlanModule, createClusterPlanCoreServices } from '../src/language/cluster-plan-module.js';
import { applyRespellings, keywordRespellings } from '../src/language/keyword-conversion.js';
import { PlanTokenBuilder } from '../src/language/token-builder.js';
import { measure, type Repetitions, type Timing } from './stats.js';

/** Lexing one plan: the lexer with one spelling per keyword against the one with both. */
export interface LexerTimes {
    readonly lines: number;
    /** The lexer with English keywords only, on the English plan: the lexer before Korean keywords. */
    readonly englishOnly: Timing;
    /** The lexer with both spellings (twice the words it reads as keywords), on the same plan and on it in Korean keywords. */
    readonly bothOnEnglish: Timing;
    readonly bothOnKorean: Timing;
}

/** A token builder that knows each keyword in its English spelling only. */
class EnglishOnlyTokenBuilder extends PlanTokenBuilder {
    protected override spellingsOf(keyword: string): readonly string[] {
        return [keyword];
    }
}

export async function measureLexer(text: string, lines: number, repetitions: Repetitions): Promise<LexerTimes> {
    const both = createClusterPlanCoreServices(EmptyFileSystem).ClusterPlan;
    const shared = inject(createDefaultSharedCoreModule(EmptyFileSystem), ClusterPlanGeneratedSharedModule);
    const englishOnly: Lexer = inject(createDefaultCoreModule({ shared }), ClusterPlanGeneratedModule, ClusterPlanModule,
        { parser: { TokenBuilder: () => new EnglishOnlyTokenBuilder() } }).parser.Lexer;
    const korean = applyRespellings(text, keywordRespellings(both.parser.LangiumParser.parse(text).value, 'ko'));
    return {
        lines,
        englishOnly: await measure(repetitions, () => englishOnly.tokenize(text)),
        bothOnEnglish: await measure(repetitions, () => both.parser.Lexer.tokenize(text)),
        bothOnKorean: await measure(repetitions, () => both.parser.Lexer.tokenize(korean))
    };
}
