import { publicFundCheck } from '../../checks/public-funds.js';
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
        ko: '공공 자금 펀드(source가 public이나 joint이거나 source가 없는 fund)에 selection competitive가 없을 때 (그런 펀드마다)',
        en: 'a public-money fund (a `fund` with `source public` or `joint`, or with no `source`) lacks `selection competitive` (one diagnostic per fund)'
    },
    source: {
        heading: '▶ 지역혁신 기반 조성; ▶ 육성기업의 선택과 집중',
        passage: '차별적 육성자금의 수혜를 받기위해서는 엄격한 경쟁체제를 통해 선발되어야 하며 / 육성자금 수혜의 경쟁체제 도입',
        gist: 'Recipients of selective support funds must be chosen through a strict competitive process.'
    },
    messages: {
        main: {
            ko: '공공 자금 펀드 {name}에 수혜자 선발 방식이 없습니다. 보고서는 차별적 육성자금의 수혜자를 엄격한 경쟁체제로 선발하라고 합니다: 펀드 {name}에 `selection competitive`를 추가하세요.',
            en: 'Public-money fund {name} does not say how recipients are chosen. The report wants recipients of support money chosen through strict competition: add `selection competitive` to fund {name}.'
        },
        otherValue: {
            ko: '공공 자금 펀드 {name}이(가) 수혜자를 경쟁 없이 고릅니다(`selection {value}`). 보고서는 차별적 육성자금의 수혜자를 엄격한 경쟁체제로 선발하라고 합니다: `selection competitive`로 바꾸세요.',
            en: 'Public-money fund {name} chooses recipients without competition (`selection {value}`). The report wants recipients of support money chosen through strict competition: change it to `selection competitive`.'
        }
    },
    ...publicFundCheck('selection'),
    examples: {
        failing: 'fund Growth "바이오 육성펀드" {\n    source public\n    selection discretionary\n}',
        passing: 'fund Growth "바이오 육성펀드" {\n    source public\n    selection competitive\n}'
    }
});
