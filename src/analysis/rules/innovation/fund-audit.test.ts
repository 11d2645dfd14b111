import { BUSAN, edit } from '../../../../test/support/plan-text.js';
import { testRule } from '../../../../test/support/rule-cases.js';
import rule from './fund-audit.js';

/** Every fund of the example has `audit continuous`; BioVenture is joint, SeedRnD public. */
const CLAUSE = 'audit continuous';
const SEED = '        source public\n        amount 80 억원\n';

testRule(rule, {
    fires: [
        { name: 'a joint fund with another value: on that value', plan: edit(BUSAN, [CLAUSE, 'audit annual']), at: ['75:annual'] },
        { name: 'a public fund without the clause: on its name', plan: edit(BUSAN, [/(source public\n {8}amount 80 억원\n[\s\S]*?) {8}audit continuous\n/, '$1']), at: ['80:SeedRnD'] },
        { name: 'a fund without a source is public money', plan: edit(BUSAN, [/(amount 80 억원\n[\s\S]*?)audit continuous/, '$1audit annual'], [SEED, '        amount 80 억원\n']), at: ['83:annual'] },
        { name: 'a fund without a block', plan: edit(BUSAN, ['    fund BioVenture', '    fund Gift "지역 기부금"\n    fund BioVenture']), at: ['71:Gift'] }
    ],
    silent: [
        { name: 'the example plan', plan: BUSAN },
        { name: 'a private fund needs none', plan: edit(BUSAN, ['source joint', 'source private'], [CLAUSE, 'audit annual']) }
    ]
});
