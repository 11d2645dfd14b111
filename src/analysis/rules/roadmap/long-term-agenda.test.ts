import { BUSAN, edit } from '../../../../test/support/plan-text.js';
import { testRule } from '../../../../test/support/rule-cases.js';
import rule from './long-term-agenda.js';

const withoutGlobal = edit(BUSAN, ['goals network, global', 'goals network']);

testRule(rule, {
    fires: [
        { name: 'a goal no long-term task covers: on the first long-term task', plan: withoutGlobal, at: ['162:T4'] },
        { name: 'long-term tasks without goals', plan: BUSAN.replaceAll(/\n {8}goals (research|startups|network)[^\n]*/g, ''), at: ['162:T4'] },
        { name: 'a short-term task covering the goal does not count', plan: edit(withoutGlobal, ['goals policy, finance', 'goals policy, finance, global']), at: ['162:T4'] }
    ],
    silent: [
        { name: 'the example plan: the long-term tasks together cover the agenda', plan: BUSAN },
        { name: 'no long-term task', plan: BUSAN.replaceAll('term long', 'term short') }
    ]
});
