import { expect, test } from 'vitest';
import { checkText } from '../../../../test/helpers.js';
import { BUSAN, edit } from '../../../../test/support/plan-text.js';
import { testRule } from '../../../../test/support/rule-cases.js';
import rule from './short-and-long-term.js';

// Short-term tasks run 2026–2028; here every long-term task starts in 2029.
const apart = BUSAN.replaceAll('period 2027 to', 'period 2029 to').replace('period 2028 to 2037', 'period 2029 to 2037');
const SHORT_PERIODS = ['142:period 2026 to 2028', '150:period 2026 to 2028', '158:period 2026 to 2027'];
const OTHER_LONG_PERIODS = ['174:period 2029 to 2037', '182:period 2029 to 2036', '189:period 2029 to 2037'];
const small = (...tasks: string[]) => `plan P "계획" {\n${tasks.map(task => `    ${task}\n`).join('')}}\n`;

testRule(rule, {
    fires: [
        { name: 'no long-term task: on the plan', plan: BUSAN.replaceAll('term long', 'term short'), at: ['5:plan'] },
        { name: 'no short-term task', plan: BUSAN.replaceAll('term short', 'term long'), at: ['5:plan'] },
        { name: 'no term at all', plan: BUSAN.replaceAll(/\n {8}term (short|long)/g, ''), at: ['5:plan'] },
        { name: 'no task at all', plan: small(), at: ['1:plan'] },
        {
            name: 'long-term tasks all after the short-term ones: on the first long-term period, relating the others',
            plan: apart, at: ['165:period 2029 to 2037'], related: [[...SHORT_PERIODS, ...OTHER_LONG_PERIODS]]
        },
        {
            name: 'a long-term task before the short-term ones',
            plan: small('task S "단기" { term short period 2030 to 2031 }', 'task L "장기" { term long period 2026 to 2029 }'),
            at: ['3:period 2026 to 2029'], related: [['2:period 2030 to 2031']]
        },
        {
            name: 'a reversed short-term period does not overlap anything',
            plan: edit(apart, ['period 2026 to 2028', 'period 2030 to 2026']),
            at: ['165:period 2029 to 2037'], related: [[...SHORT_PERIODS.slice(1), ...OTHER_LONG_PERIODS]]
        },
        {
            name: 'a reversed long-term period is left out: on the next long-term task',
            plan: edit(apart, ['period 2029 to 2037', 'period 2037 to 2027']),
            at: ['174:period 2029 to 2037'], related: [[...SHORT_PERIODS, ...OTHER_LONG_PERIODS.slice(1)]]
        },
        {
            name: 'a task without a term does not bridge the two',
            plan: small('task S "단기" { term short period 2026 to 2027 }', 'task X "미정" { period 2026 to 2030 }', 'task L "장기" { term long period 2029 to 2035 }'),
            at: ['4:period 2029 to 2035'], related: [['2:period 2026 to 2027']]
        }
    ],
    silent: [
        { name: 'the example plan: long-term tasks start while short-term ones run', plan: BUSAN },
        { name: 'one shared year is enough (2028)', plan: edit(apart, ['period 2029 to 2037', 'period 2028 to 2037']) },
        { name: 'a long-term task that ends the year a short-term one starts', plan: small('task S "단기" { term short period 2030 to 2031 }', 'task L "장기" { term long period 2026 to 2030 }') },
        { name: 'long-term tasks without periods', plan: BUSAN.replaceAll(/\n {8}period 20(27|28) to 20\d\d/g, '') },
        { name: 'short-term tasks without periods', plan: small('task S "단기" { term short }', 'task L "장기" { term long period 2029 to 2035 }') },
        { name: 'every long-term period reversed', plan: small('task S "단기" { term short period 2026 to 2027 }', 'task L "장기" { term long period 2035 to 2029 }') }
    ]
});

test('rule short-and-long-term suggests a period for the first long-term task that overlaps the short-term ones', async () => {
    const message = async (text: string) => String((await checkText(text)).diagnostics.find(d => d.code === 'short-and-long-term')?.message);
    expect(await message(apart)).toContain('`period 2028 to 2037`');
    expect(await message(small('task S "단기" { term short period 2030 to 2031 }', 'task L "장기" { term long period 2026 to 2029 }'))).toContain('`period 2026 to 2030`');
});
