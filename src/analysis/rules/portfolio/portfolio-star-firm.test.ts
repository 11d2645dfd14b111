import { regionPlan, testPortfolioRule } from '../../../../test/support/portfolio-cases.js';
import rule from './portfolio-star-firm.js';

// Line 3 of each plan holds its first firm.
const plan = (name: string, region: string, ...firms: string[]) => regionPlan(name, region, firms.join('\n'));

testPortfolioRule(rule, {
    fires: [
        {
            name: 'one firm a star in two plans, titled with other spaces: on each star',
            plans: [
                plan('Songdo', '인천광역시', 'firm Celltrion "셀트리온(주)" { star stage established }', 'firm Local "송도바이오(주)" { star }'),
                plan('Osong', '충청북도', 'firm CelltrionOsong " 셀트리온 (주)" { origin external star }'),
                plan('Daegu', '대구광역시', 'firm Local "송도바이오(주)"')
            ],
            at: ['A:3:star', 'B:3:star'],
            related: [['B:3:star'], ['A:3:star']]
        },
        {
            name: 'three plans: each relates the other two',
            plans: [
                plan('Songdo', '인천광역시', 'firm C "셀트리온(주)" { star }'),
                plan('Osong', '충청북도', 'firm C "셀트리온(주)" { star }'),
                plan('Daegu', '대구광역시', 'firm C "셀트리온(주)" { star }', 'waive "portfolio-star-firm" because "대구 공장은 2030년 이후 독립 법인"')
            ],
            at: ['A:3:star', 'B:3:star'],
            related: [['B:3:star', 'C:3:star'], ['A:3:star', 'C:3:star']]
        }
    ],
    silent: [
        {
            name: 'the firm is a star in one plan only',
            plans: [plan('Songdo', '인천광역시', 'firm C "셀트리온(주)" { star }'), plan('Osong', '충청북도', 'firm C "셀트리온(주)" { stage growth }')]
        },
        {
            name: 'different star firms',
            plans: [plan('Songdo', '인천광역시', 'firm C "셀트리온(주)" { star }'), plan('Osong', '충청북도', 'firm M "메디톡스(주)" { star }')]
        }
    ]
});
