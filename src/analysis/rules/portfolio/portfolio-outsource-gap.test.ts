import { regionPlan, testPortfolioRule } from '../../../../test/support/portfolio-cases.js';
import rule from './portfolio-outsource-gap.js';

// Line 3 of each plan holds its vision.
const busan = (scope: string, outsource = 'clinical, manufacturing') => regionPlan('Busan', '부산광역시',
    `vision "해양신약" { position research, discovery outsource ${outsource} to Osong }\nlink Osong "오송 첨단의료복합단지" { scope ${scope} channel "임상 위탁" }`);
const osong = (position: string) => regionPlan('Osong', '충청북도', `vision "임상 허브" { position ${position} }`);

testPortfolioRule(rule, {
    fires: [
        {
            name: 'no plan positions manufacturing: on that segment of the outsource clause',
            plans: [busan('domestic'), osong('preclinical, clinical')],
            at: ['A:3:manufacturing']
        },
        {
            name: 'neither segment is positioned anywhere',
            plans: [busan('domestic'), osong('research')],
            at: ['A:3:clinical', 'A:3:manufacturing']
        },
        {
            name: 'a segment outsourced twice is told once',
            plans: [busan('domestic', 'clinical, clinical'), osong('research')],
            at: ['A:3:clinical']
        }
    ],
    silent: [
        { name: 'another plan positions both segments', plans: [busan('domestic'), osong('clinical, manufacturing')] },
        { name: 'the link is overseas: sourced outside the country', plans: [busan('overseas'), osong('research')] },
        {
            name: 'the link does not resolve (reference reports it)', unresolved: true,
            plans: [regionPlan('Busan', '부산광역시', 'vision "해양신약" { position research outsource clinical to Nowhere }'), osong('research')]
        }
    ]
});
