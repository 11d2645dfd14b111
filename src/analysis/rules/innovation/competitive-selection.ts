import { publicFundCheck } from '../../checks/public-funds.js';
import { PUBLIC_FUND_VALUES } from '../../prescriptions.js';
import { defineRule } from '../../rule.js';

export default defineRule({
    id: 'competitive-selection',
    category: 'innovation',
    severity: 'error',
    kind: 'principle',
    principle: {
        ko: '육성자금은 엄격한 경쟁을 거쳐 수혜자를 선발한다.',
        en: 'Support funds pick recipients through strict competition.'
    },
    trigger: {
        ko: 'source public 또는 joint인 fund에 selection competitive가 없을 때',
        en: 'a `fund` with `source public` or `joint` lacks `selection competitive`'
    },
    source: {
        heading: '▶ 지역혁신 기반 조성; ▶ 육성기업의 선택과 집중',
        passage: '차별적 육성자금의 수혜를 받기위해서는 엄격한 경쟁체제를 통해 선발되어야 하며',
        gist: 'Recipients of selective support funds must be chosen through a strict competitive process.'
    },
    messages: {
        main: {
            ko: '펀드 {name}의 수혜자 선발이 경쟁 방식(selection competitive)이 아닙니다.',
            en: 'Fund {name} does not select recipients competitively (`selection competitive`).'
        }
    },
    ...publicFundCheck(fund => fund.selection?.value !== PUBLIC_FUND_VALUES.selection),
    examples: {
        failing: 'fund Growth "바이오 육성펀드" {\n    source public\n    selection discretionary\n}',
        passing: 'fund Growth "바이오 육성펀드" {\n    source public\n    selection competitive\n}'
    }
});
