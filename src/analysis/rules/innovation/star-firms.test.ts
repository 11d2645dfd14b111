import { BUSAN, edit } from '../../../../test/support/plan-text.js';
import { testRule } from '../../../../test/support/rule-cases.js';
import rule from './star-firms.js';

testRule(rule, {
    fires: [
        { name: 'no firm is a star: on the plan', plan: edit(BUSAN, ['{ star origin local', '{ origin local']), at: ['5:plan'] },
        // The firms become industries, so that the networks naming them still resolve.
        { name: 'no firm at all', plan: edit(BUSAN, [/firm (\w+) "([^"]*)" \{[^}]*\}/g, 'industry $1 "$2"']), at: ['5:plan'] }
    ],
    silent: [
        { name: 'the example plan: one star', plan: BUSAN },
        { name: 'a star on a firm without other clauses', plan: edit(BUSAN, ['{ star origin local stage growth }', '{ star }']) }
    ]
});
