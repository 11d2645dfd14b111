import { describe, expect, test } from 'vitest';
import { checkText } from '../../../../test/helpers.js';
import { BUSAN, beforeClosingBrace, edit } from '../../../../test/support/plan-text.js';
import { testRule } from '../../../../test/support/rule-cases.js';
import rule from './waiver-unknown-rule.js';

const waive = (id: string) => beforeClosingBrace(BUSAN, `    waive "${id}" because "검토 중"`);

testRule(rule, {
    fires: [
        { name: 'a near miss of a rule id: on the id', plan: waive('overseas-links'), at: ['193:"overseas-links"'] },
        { name: 'an id like no rule', plan: waive('no-such-rule'), at: ['193:"no-such-rule"'] },
        { name: 'an empty id', plan: waive(''), at: ['193:""'] },
        ...['syntax', 'reference', 'duplicate-name', 'duplicate-clause', 'waiver-unknown-rule', 'waiver-reason', 'waiver-unused']
            .map(id => ({ name: `a code that cannot be waived: ${id}`, plan: waive(id), at: [`193:"${id}"`] }))
    ],
    silent: [
        { name: 'the example plan', plan: BUSAN },
        { name: 'a waiver of a principle rule', plan: beforeClosingBrace(edit(BUSAN, ['meets quarterly', 'meets annually']), '    waive "meeting-cadence" because "분과별 수시 모임을 운영"') }
    ]
});

describe('rule waiver-unknown-rule', () => {
    const message = async (id: string) => String((await checkText(waive(id))).diagnostics.find(d => d.code === 'waiver-unknown-rule')?.message);

    test('offers the rule id that was probably meant', async () => {
        expect(await message('overseas-links')).toContain('`waive "overseas-link"`');
    });

    test('says that a structural or waiver code cannot be waived, rather than that it is unknown', async () => {
        expect(await message('syntax')).toContain('면제할 수 없습니다');
        expect(await message('no-such-rule')).toContain('규칙 id가 아닙니다');
    });
});
