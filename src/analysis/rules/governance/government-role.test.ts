import { BUSAN, edit } from '../../../../test/support/plan-text.js';
import { testRule } from '../../../../test/support/rule-cases.js';
import rule from './government-role.js';

/** Task T1 is owned by the local government BusanCity. */
const CITY_GOALS = 'goals talent, infrastructure';

testRule(rule, {
    fires: [
        {
            name: 'a government task with start-ups: on that goal, relating the government',
            plan: edit(BUSAN, [CITY_GOALS, 'goals talent, infrastructure, startups']), at: ['144:startups'], related: [['37:BusanCity']]
        },
        { name: 'services', plan: edit(BUSAN, [CITY_GOALS, 'goals services, talent']), at: ['144:services'] },
        { name: 'network, with a second business goal: on the first', plan: edit(BUSAN, [CITY_GOALS, 'goals talent, network, startups']), at: ['144:network'] },
        {
            name: 'two government tasks: one finding each',
            plan: edit(BUSAN, [CITY_GOALS, 'goals network'], ['owner PKNU', 'owner MOF'], ['goals workforce', 'goals workforce, services']),
            at: ['144:network', '152:services'], related: [['37:BusanCity'], ['38:MOF']]
        }
    ],
    silent: [
        { name: 'the example plan: the city builds infrastructure', plan: BUSAN },
        { name: 'finance is not a business goal any more', plan: edit(BUSAN, [CITY_GOALS, 'goals talent, infrastructure, finance']) },
        { name: 'business goals on a task the agency owns', plan: edit(BUSAN, ['goals startups, services', 'goals startups, services, network']) }
    ]
});
