import { BUSAN, edit } from '../../../../test/support/plan-text.js';
import { testRule } from '../../../../test/support/rule-cases.js';
import rule from './support-services.js';

testRule(rule, {
    fires: [
        { name: 'the example plan with the principle broken', plan: edit(BUSAN, ['services venture, patent, legal, finance, consulting', 'services venture, finance']), at: ['106:venture'] }
    ],
    silent: [
        { name: 'the example plan', plan: BUSAN },
        { name: 'a variant that keeps the principle (1)', plan: edit(BUSAN, ['services venture, patent, legal, finance, consulting', 'services consulting, finance, legal, patent, venture']) }
    ]
});
