import { BUSAN } from '../../../../test/support/plan-text.js';
import { testRule } from '../../../../test/support/rule-cases.js';
import rule from './staged-review.js';

testRule(rule, {
    fires: [
        { name: 'the example plan with the principle broken', plan: BUSAN.replaceAll('review staged', 'review none'), at: ['59:BioVenture', '68:SeedRnD'] }
    ],
    silent: [
        { name: 'the example plan', plan: BUSAN }
    ]
});
