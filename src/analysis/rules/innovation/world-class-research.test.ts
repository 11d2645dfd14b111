import { BUSAN, edit } from '../../../../test/support/plan-text.js';
import { testRule } from '../../../../test/support/rule-cases.js';
import rule from './world-class-research.js';

const INSTITUTION = 'type institute\n        tier global';
const LINK = 'scope overseas\n        tier global';

testRule(rule, {
    fires: [
        {
            name: 'neither a world-class institution nor a world-class link: on the plan',
            plan: edit(BUSAN, [INSTITUTION, 'type institute\n        tier national'], [LINK, 'scope overseas\n        tier national']), at: ['5:plan']
        },
        {
            name: 'no tier anywhere',
            plan: edit(BUSAN, [`\n        ${INSTITUTION}`, '\n        type institute'], [`\n        ${LINK}`, '\n        scope overseas']), at: ['5:plan']
        }
    ],
    silent: [
        { name: 'the example plan: both', plan: BUSAN },
        { name: 'a world-class institution only', plan: edit(BUSAN, [LINK, 'scope overseas\n        tier national']) },
        { name: 'a link to a world-class base only', plan: edit(BUSAN, [INSTITUTION, 'type institute\n        tier national']) }
    ]
});
