import { BUSAN, edit } from '../../../../test/support/plan-text.js';
import { testRule } from '../../../../test/support/rule-cases.js';
import rule from './syntax.js';

testRule(rule, {
    fires: [
        { name: 'an unknown character: on it, and on what could not be read after it', plan: edit(BUSAN, ['horizon 2026 to 2037', 'horizon 2026 @ 2037']), at: ['7:@', '7:2037'] },
        { name: 'a clause without its value', plan: edit(BUSAN, ['budget 120 억원', 'budget']), at: ['31:mandate'] },
        { name: 'a text that is not closed: on its quote', plan: edit(BUSAN, ['연구인력 양성" {', '연구인력 양성 {']), at: ['186:"', '186:부산대', '193:}'] },
        { name: 'content after the plan', plan: `${BUSAN}firm Extra "추가"\n`, at: ['194:firm'] },
        { name: 'a file that ends inside the plan: on its last character', plan: BUSAN.replace(/\}\s*$/, ''), at: ['192:}'] }
    ],
    silent: [
        { name: 'the example plan', plan: BUSAN },
        { name: 'a comment where a clause could stand', plan: edit(BUSAN, ['budget 120 억원', 'budget 120 억원 /* 2026년 기준 */']) }
    ]
});
