import { regionPlan, testPortfolioRule } from '../../../../test/support/portfolio-cases.js';
import rule from './portfolio-investment-focus.js';

// A plan that keeps more principles (private-led, an independent agency with a budget, competitive funds) …
const ready = (name: string, region: string, amount: number) => regionPlan(name, region, [
    'leadership private',
    'agency Agency "진흥원" { independent budget 30 억원 survey quarterly }',
    `fund Fund "공동투자펀드" { source joint amount ${amount} 억원 selection competitive audit continuous review staged purpose research }`
].join('\n'));
// … and one that keeps fewer.
const unready = (name: string, region: string, amount: number) => regionPlan(name, region, [
    'leadership government',
    `fund Fund "단지 조성" { source public amount ${amount} 억원 purpose infrastructure }`,
    'task T1 "부지 매입" { term short budget 100 억원 }'
].join('\n'));

testPortfolioRule(rule, {
    fires: [
        {
            name: 'the least ready plan plans far more than the median: on its plan keyword, relating the readiest',
            plans: [ready('Daedeok', '대전광역시', 200), ready('Osong', '충청북도', 300), unready('Gyeongbuk', '경상북도', 800), ready('Wonju', '강원특별자치도', 100)],
            at: ['C:1:plan'],
            related: [['A:1:plan', 'B:1:plan', 'D:1:plan']]
        },
        {
            name: 'threshold 1: anything above the median is too much for a plan below the median',
            plans: [ready('Daedeok', '대전광역시', 200), unready('Gyeongbuk', '경상북도', 150), ready('Osong', '충청북도', 100)],
            thresholds: { 'portfolio-investment-focus': 1 },
            at: ['B:1:plan']
        }
    ],
    silent: [
        {
            name: 'the least ready plan plans no more than 1.5 times the median (250 of 200)',
            plans: [ready('Daedeok', '대전광역시', 200), unready('Gyeongbuk', '경상북도', 150), ready('Osong', '충청북도', 100)]
        },
        {
            name: 'the big investor is the readiest plan',
            plans: [ready('Daedeok', '대전광역시', 900), unready('Gyeongbuk', '경상북도', 50), ready('Osong', '충청북도', 100)]
        },
        {
            name: 'only two plans',
            plans: [ready('Daedeok', '대전광역시', 100), unready('Gyeongbuk', '경상북도', 900)]
        },
        {
            name: 'threshold 5: six times is too much, three times is not',
            plans: [ready('Daedeok', '대전광역시', 200), unready('Gyeongbuk', '경상북도', 500), ready('Osong', '충청북도', 100)],
            thresholds: { 'portfolio-investment-focus': 5 }
        }
    ]
});
