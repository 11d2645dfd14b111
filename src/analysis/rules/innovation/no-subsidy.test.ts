import { BUSAN, edit } from '../../../../test/support/plan-text.js';
import { testRule } from '../../../../test/support/rule-cases.js';
import rule from './no-subsidy.js';

testRule(rule, {
    fires: [
        { name: 'a public fund for subsidies: on the purpose', plan: edit(BUSAN, ['purpose research', 'purpose subsidy']), at: ['86:subsidy'] },
        {
            name: 'a private fund for subsidies too, one finding each',
            plan: edit(BUSAN, ['purpose research', 'purpose subsidy'], ['source joint', 'source private'], ['purpose investment', 'purpose subsidy']),
            at: ['77:subsidy', '86:subsidy']
        }
    ],
    silent: [
        { name: 'the example plan', plan: BUSAN },
        { name: 'a fund for facilities', plan: edit(BUSAN, ['purpose research', 'purpose infrastructure']) }
    ]
});
