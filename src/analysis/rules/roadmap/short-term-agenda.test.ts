import { expect, test } from 'vitest';
import { checkText } from '../../../../test/helpers.js';
import { BUSAN, edit } from '../../../../test/support/plan-text.js';
import { testRule } from '../../../../test/support/rule-cases.js';
import rule from './short-term-agenda.js';

const withoutWorkforce = edit(BUSAN, ['goals workforce', 'goals talent']);

testRule(rule, {
    fires: [
        { name: 'a goal no short-term task covers: on the first short-term task', plan: withoutWorkforce, at: ['139:T1'] },
        { name: 'short-term tasks without goals', plan: edit(BUSAN, ['\n        goals talent, infrastructure', ''], ['\n        goals workforce', ''], ['\n        goals policy, finance', '']), at: ['139:T1'] },
        { name: 'a long-term task covering the goal does not count', plan: edit(withoutWorkforce, ['goals research\n', 'goals research, workforce\n']), at: ['139:T1'] },
        { name: 'a task without a term covering the goal does not count', plan: edit(withoutWorkforce, ['term short\n        owner PKNU', 'owner PKNU'], ['goals talent\n', 'goals workforce\n']), at: ['139:T1'] }
    ],
    silent: [
        { name: 'the example plan: the short-term tasks together cover the agenda', plan: BUSAN },
        { name: 'no short-term task', plan: BUSAN.replaceAll('term short', 'term long') }
    ]
});

test('rule short-term-agenda names the missing goals and the first task\'s goals with them', async () => {
    const { diagnostics } = await checkText(edit(BUSAN, ['goals talent, infrastructure', 'goals talent'], ['goals workforce', 'goals talent']));
    const message = String(diagnostics.find(d => d.code === 'short-term-agenda')?.message);
    expect(message).toContain('infrastructure(사회 인프라), workforce(숙련 인력 공급)');
    expect(message).toContain('과제 T1에 `goals talent, infrastructure, workforce`');
});
