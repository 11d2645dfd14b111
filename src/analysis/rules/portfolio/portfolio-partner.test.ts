import { regionPlan, testPortfolioRule } from '../../../../test/support/portfolio-cases.js';
import rule from './portfolio-partner.js';

// Line 3 of each plan holds its first link.
const plan = (name: string, region: string, ...links: string[]) => regionPlan(name, region, links.join('\n'));
const link = (name: string, title: string, scope = 'overseas') => `link ${name} "${title}" { scope ${scope} }`;

testPortfolioRule(rule, {
    fires: [
        {
            name: 'the same overseas cluster in two plans, written with other spaces and case: one on each link\'s title',
            plans: [
                plan('Osong', '충청북도', link('Boston', 'Boston 바이오클러스터')),
                plan('Daegu', '대구광역시', link('BostonHub', '  boston바이오 클러스터 ')),
                plan('Busan', '부산광역시', link('SanDiego', 'San Diego 바이오클러스터'))
            ],
            at: ['A:3:"Boston 바이오클러스터"', 'B:3:" boston바이오 클러스터 "'],
            related: [['B:3:" boston바이오 클러스터 "'], ['A:3:"Boston 바이오클러스터"']]
        },
        {
            name: 'two links of one plan to that cluster each get one, relating the other plan\'s link only',
            plans: [
                plan('Osong', '충청북도', link('Boston', 'Boston 바이오클러스터'), link('Boston2', 'Boston 바이오클러스터')),
                plan('Daegu', '대구광역시', link('BostonHub', 'Boston 바이오클러스터'))
            ],
            at: ['A:3:"Boston 바이오클러스터"', 'A:4:"Boston 바이오클러스터"', 'B:3:"Boston 바이오클러스터"'],
            related: [['B:3:"Boston 바이오클러스터"'], ['B:3:"Boston 바이오클러스터"'], ['A:3:"Boston 바이오클러스터"', 'A:4:"Boston 바이오클러스터"']]
        },
        {
            name: 'a plan that waives it keeps quiet; the other is still told',
            plans: [
                plan('Osong', '충청북도', link('Boston', 'Boston 바이오클러스터')),
                plan('Daegu', '대구광역시', link('BostonHub', 'Boston 바이오클러스터'), 'waive "portfolio-partner" because "오송과 공동 거점 운영 협약 (2026)"')
            ],
            at: ['A:3:"Boston 바이오클러스터"']
        }
    ],
    silent: [
        {
            name: 'different overseas clusters',
            plans: [plan('Osong', '충청북도', link('Boston', 'Boston 바이오클러스터')), plan('Daegu', '대구광역시', link('Medicon', 'Medicon Valley'))]
        },
        {
            name: 'the same title but one link is domestic',
            plans: [plan('Osong', '충청북도', link('Boston', 'Boston 바이오클러스터')), plan('Daegu', '대구광역시', link('BostonHub', 'Boston 바이오클러스터', 'domestic'))]
        },
        {
            name: 'a link without a scope is not counted as overseas',
            plans: [plan('Osong', '충청북도', link('Boston', 'Boston 바이오클러스터')), plan('Daegu', '대구광역시', 'link BostonHub "Boston 바이오클러스터"')]
        },
        {
            name: 'one plan with two links to the same cluster',
            plans: [plan('Osong', '충청북도', link('Boston', 'Boston 바이오클러스터'), link('Boston2', 'Boston 바이오클러스터'))]
        }
    ]
});
