import { BUSAN, edit } from '../../../../test/support/plan-text.js';
import { testRule } from '../../../../test/support/rule-cases.js';
import rule from './support-services.js';

const SERVICES = 'services venture, patent, legal, finance, consulting';

testRule(rule, {
    fires: [
        { name: 'services lacking some: on the list', plan: edit(BUSAN, [SERVICES, 'services venture, finance']), at: ['130:venture'] },
        { name: 'one missing', plan: edit(BUSAN, [SERVICES, 'services venture, patent, legal, finance']), at: ['130:venture'] },
        { name: 'no services clause: on the plan', plan: edit(BUSAN, [`\n    ${SERVICES}`, '']), at: ['5:plan'] }
    ],
    silent: [
        { name: 'the example plan', plan: BUSAN },
        { name: 'all five in another order', plan: edit(BUSAN, [SERVICES, 'services consulting, finance, legal, patent, venture']) }
    ]
});
