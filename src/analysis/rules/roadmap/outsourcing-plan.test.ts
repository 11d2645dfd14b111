import { BUSAN, edit } from '../../../../test/support/plan-text.js';
import { testRule } from '../../../../test/support/rule-cases.js';
import rule from './outsourcing-plan.js';

const OUTSOURCE = '        outsource clinical, manufacturing to OsongLink\n';
const POSITION = 'position research, discovery, preclinical';
const ALL_SIX = 'position research, discovery, preclinical, clinical, manufacturing, marketing';
const noOutsource = edit(BUSAN, [OUTSOURCE, '']);

testRule(rule, {
    fires: [
        { name: 'a position that leaves segments out and no outsourcing: on the position', plan: noOutsource, at: ['24:position research, discovery, preclinica…'] },
        {
            name: 'a position that leaves one segment out, with an integrated structure',
            plan: edit(noOutsource, ['structure distributed', 'structure integrated'], [POSITION, 'position research, discovery, preclinical, clinical, manufacturing']),
            at: ['24:position research, discovery, preclinica…']
        },
        { name: 'all six segments but a distributed structure: on the structure', plan: edit(noOutsource, [POSITION, ALL_SIX]), at: ['23:structure distributed'] },
        { name: 'no position and no outsourcing: on the vision', plan: edit(noOutsource, [`        ${POSITION}\n`, '']), at: ['20:vision'] },
        {
            name: 'no position, no structure and no outsourcing',
            plan: edit(noOutsource, [`        ${POSITION}\n`, ''], ['        structure distributed\n', '']),
            at: ['20:vision']
        }
    ],
    silent: [
        { name: 'the example plan: the segments left out are outsourced', plan: BUSAN },
        { name: 'an outsourcing plan that names fewer segments than are left out still is one', plan: edit(BUSAN, ['outsource clinical, manufacturing', 'outsource clinical']) },
        { name: 'all six segments and an integrated structure', plan: edit(noOutsource, [POSITION, ALL_SIX], ['structure distributed', 'structure integrated']) },
        { name: 'all six segments and no structure', plan: edit(noOutsource, [POSITION, ALL_SIX], ['        structure distributed\n', '']) },
        { name: 'no vision (vision-required reports that)', plan: edit(BUSAN, [/\n    vision "[^"]*" \{[\s\S]*?\n    \}\n/, '\n']) }
    ]
});
