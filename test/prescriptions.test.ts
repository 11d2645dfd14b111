import { describe, expect, test } from 'vitest';
import { getRule, type RuleId } from '../src/analysis/catalogue.js';
import {
    AGENDA_GOALS, BUSINESS_GOALS, FACILITIES_PURPOSE, MARKET_SYSTEM_INCENTIVES, problemRecommending, PUBLIC_FUND_VALUES, RECOMMENDED_RESPONSES,
    REQUIRED_LIST_VALUES, RESEARCH_PURPOSE, TALENT_TRACKS, TECH_TRANSFER_REWARD, VALUE_CHAIN_SEGMENTS, VISION_CHOICES
} from '../src/analysis/prescriptions.js';
import { KEYWORD_LABELS } from '../src/analysis/vocabulary.js';
import { valuesOf } from '../src/lsp/grammar-roles.js';
import { services } from './helpers.js';

const grammarValues = (rule: string) => valuesOf(services.Grammar, rule);

describe('the prescribed values are words of the language', () => {
    test('the two agendas split the goals between them, but for the researchers track', () => {
        const tracksOffAgenda = TALENT_TRACKS.filter(track => !AGENDA_GOALS.short.includes(track));
        expect(tracksOffAgenda).toEqual(['researchers']);
        expect([...AGENDA_GOALS.short, ...AGENDA_GOALS.long, ...tracksOffAgenda].sort()).toEqual(grammarValues('Goal').sort());
        expect([...BUSINESS_GOALS].every(goal => AGENDA_GOALS.long.includes(goal))).toBe(true);
    });

    test('the value chain is the Segment rule, in order', () => {
        expect([...VALUE_CHAIN_SEGMENTS]).toEqual(grammarValues('Segment'));
    });

    test('each vision choice offers exactly its clause\'s options', () => {
        const rules = { strategy: 'StrategyClause', scope: 'ScopeClause', structure: 'StructureClause' } as const;
        for (const { clause, options } of VISION_CHOICES) {
            expect([...options]).toEqual(grammarValues(rules[clause]));
        }
    });

    test('required list values and public-fund values are values of their clauses', () => {
        const rules = { services: 'ServiceKind', environment: 'EnvironmentKind', incentives: 'IncentiveKind' } as const;
        for (const [clause, required] of Object.entries(REQUIRED_LIST_VALUES)) {
            expect(grammarValues(rules[clause as keyof typeof rules])).toEqual(expect.arrayContaining([...required]));
        }
        expect(grammarValues('IncentiveKind')).toEqual(expect.arrayContaining([...MARKET_SYSTEM_INCENTIVES]));
        expect(grammarValues('PurposeClause')).toEqual(expect.arrayContaining([RESEARCH_PURPOSE, FACILITIES_PURPOSE]));
        expect(grammarValues('SelectionClause')).toContain(PUBLIC_FUND_VALUES.selection);
        expect(grammarValues('AuditClause')).toContain(PUBLIC_FUND_VALUES.audit);
        expect(grammarValues('ReviewClause')).toContain(PUBLIC_FUND_VALUES.review);
    });

    test('every problem kind has recommended responses, all of them policy responses with a label', () => {
        expect(Object.keys(RECOMMENDED_RESPONSES).sort()).toEqual(grammarValues('ProblemKind').sort());
        for (const response of Object.values(RECOMMENDED_RESPONSES).flat()) {
            expect(grammarValues('PolicyResponse')).toContain(response);
            expect(KEYWORD_LABELS[response]).toBeDefined();
        }
    });

    test('rewards for technology transfer answer the mismatch of market needs and university roles', () => {
        expect(grammarValues('PolicyResponse')).toContain(TECH_TRANSFER_REWARD);
        expect(problemRecommending(TECH_TRANSFER_REWARD)).toBe('mismatch');
        expect(problemRecommending('procurement')).toBe('purchasing');
    });
});

describe('the catalogue describes the values the checks require', () => {
    const trigger = (ruleId: RuleId) => getRule(ruleId).trigger;

    test.each<[RuleId, readonly string[]]>([
        ['short-term-agenda', AGENDA_GOALS.short],
        ['long-term-agenda', AGENDA_GOALS.long],
        ['government-role', [...BUSINESS_GOALS]],
        ['vision-choices', VISION_CHOICES.map(choice => choice.clause)],
        ['support-services', REQUIRED_LIST_VALUES.services],
        ['living-environment', REQUIRED_LIST_VALUES.environment],
        ['business-incentives', REQUIRED_LIST_VALUES.incentives],
        ['market-entry-exit', MARKET_SYSTEM_INCENTIVES],
        ['dual-track-talent', TALENT_TRACKS],
        ['rnd-over-facilities', [`purpose ${FACILITIES_PURPOSE}`, `purpose ${RESEARCH_PURPOSE}`]],
        ['tech-transfer-reward', [TECH_TRANSFER_REWARD]],
        ['competitive-selection', [`selection ${PUBLIC_FUND_VALUES.selection}`]],
        ['fund-audit', [`audit ${PUBLIC_FUND_VALUES.audit}`]],
        ['staged-review', [`review ${PUBLIC_FUND_VALUES.review}`]]
    ])('%s names %j in both languages', (ruleId, values) => {
        for (const value of values) {
            expect(trigger(ruleId).ko).toContain(value);
            expect(trigger(ruleId).en).toContain(value);
        }
    });
});
