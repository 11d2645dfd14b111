import { regionPlan, testPortfolioRule } from '../../../../test/support/portfolio-cases.js';
import rule from './portfolio-overlap.js';

// Line 3 of each plan holds its vision and position.
const daejeon = (position: string, extra = '') => regionPlan('Daedeok', '대전광역시', `vision "신약 연구 거점" { position ${position} }${extra}`);
const osong = (position: string, extra = '') => regionPlan('Osong', '충청북도', `vision "임상 허브" { position ${position} }${extra}`);
const songdo = (position: string, extra = '') => regionPlan('Songdo', '인천광역시', `vision "바이오 생산 허브" { position ${position} }${extra}`);
const daegu = (position: string) => regionPlan('Daegu', '대구광역시', `vision "첨단의료 허브" { position ${position} }`);
const ten = Array.from({ length: 10 }, (_, i) => regionPlan(`R${i}`, `지역${i}`, 'vision "연구 거점" { position research }'));
const letters = 'ABCDEFGHIJ'.split('');

testPortfolioRule(rule, {
    fires: [
        {
            name: 'three plans position research: one on each, at research, relating the other two',
            plans: [daejeon('research, discovery'), osong('research, clinical'), songdo('manufacturing, research')],
            at: ['A:3:research', 'B:3:research', 'C:3:research'],
            related: [['B:3:research', 'C:3:research'], ['A:3:research', 'C:3:research'], ['A:3:research', 'B:3:research']]
        },
        {
            name: 'two crowded segments give a plan two findings, one at each segment',
            plans: [daejeon('research, clinical'), osong('research, clinical'), songdo('research, clinical')],
            at: ['A:3:research', 'A:3:clinical', 'B:3:research', 'B:3:clinical', 'C:3:research', 'C:3:clinical']
        },
        {
            name: 'a segment listed twice in one plan counts once, at its first place',
            plans: [daejeon('research, research'), osong('research'), songdo('research')],
            at: ['A:3:research', 'B:3:research', 'C:3:research']
        },
        {
            name: 'threshold 2: two plans are already too many',
            plans: [daejeon('research, discovery'), osong('preclinical, clinical'), songdo('manufacturing, clinical')],
            thresholds: { 'portfolio-overlap': 2 },
            at: ['B:3:clinical', 'C:3:clinical'], related: [['C:3:clinical'], ['B:3:clinical']]
        },
        {
            name: 'ten plans: each finding names and relates eight of the nine others',
            plans: ten,
            at: letters.map(letter => `${letter}:3:research`),
            related: letters.map(letter => letters.filter(other => other !== letter).slice(0, 8).map(other => `${other}:3:research`))
        },
        {
            name: 'a plan that waives the rule is left out, the others still name it',
            plans: [daejeon('research'), osong('research', '\nwaive "portfolio-overlap" because "오송은 임상 연계 연구만 수행"'), songdo('research')],
            at: ['A:3:research', 'C:3:research'], related: [['B:3:research', 'C:3:research'], ['A:3:research', 'B:3:research']]
        }
    ],
    silent: [
        { name: 'each segment in at most two plans', plans: [daejeon('research, discovery'), osong('preclinical, clinical'), songdo('manufacturing, research')] },
        { name: 'threshold 4: three plans on research are allowed', plans: [daejeon('research'), osong('research'), songdo('research')], thresholds: { 'portfolio-overlap': 4 } },
        { name: 'a plan without a position claims nothing', plans: [daejeon('research'), osong('research'), regionPlan('Songdo', '인천광역시', 'vision "생산 허브" { scope hightech }')] },
        { name: 'one plan alone', plans: [daegu('research, discovery, clinical')] }
    ]
});
