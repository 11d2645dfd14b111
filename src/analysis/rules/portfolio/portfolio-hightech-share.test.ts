import { regionPlan, testPortfolioRule } from '../../../../test/support/portfolio-cases.js';
import rule from './portfolio-hightech-share.js';

// Line 3 of each plan holds its vision and scope.
const plan = (name: string, region: string, scope?: string) => regionPlan(name, region, `vision "${region} 바이오 비전" {${scope ? ` scope ${scope}` : ''} }`);
const four = (last: string) => [plan('A', '대전광역시', 'hightech'), plan('B', '충청북도', 'hightech'), plan('C', '인천광역시', 'hightech'), plan('D', '전라북도', last)];

testPortfolioRule(rule, {
    fires: [
        {
            name: 'all three scoped plans are high-tech: one on each scope',
            plans: [plan('A', '대전광역시', 'hightech'), plan('B', '충청북도', 'hightech'), plan('C', '인천광역시', 'hightech'), plan('D', '강원특별자치도')],
            at: ['A:3:hightech', 'B:3:hightech', 'C:3:hightech']
        },
        {
            name: 'threshold 70: three of four (75%) is over it',
            plans: four('lifescience'), thresholds: { 'portfolio-hightech-share': 70 },
            at: ['A:3:hightech', 'B:3:hightech', 'C:3:hightech']
        }
    ],
    silent: [
        { name: 'three of four (75%) is not over the default 75%', plans: four('lifescience') },
        { name: 'threshold 100: even all high-tech is allowed', plans: four('hightech'), thresholds: { 'portfolio-hightech-share': 100 } },
        { name: 'only two plans set a scope', plans: [plan('A', '대전광역시', 'hightech'), plan('B', '충청북도', 'hightech'), plan('C', '인천광역시')] }
    ]
});
