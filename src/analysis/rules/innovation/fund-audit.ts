import { publicFundCheck } from '../../checks/public-funds.js';
import { defineRule } from '../../rule.js';

export default defineRule({
    id: 'fund-audit',
    category: 'innovation',
    severity: 'warning',
    kind: 'principle',
    principle: {
        ko: '육성자금이 목적대로 쓰이는지 상시 모니터링한다.',
        en: 'Monitor continuously that support money is used as intended.'
    },
    trigger: {
        ko: '공공 자금 펀드(source가 public이나 joint이거나 source가 없는 fund)에 audit continuous가 없을 때 (그런 펀드마다)',
        en: 'a public-money fund (a `fund` with `source public` or `joint`, or with no `source`) lacks `audit continuous` (one diagnostic per fund)'
    },
    source: {
        heading: '▶ 지역혁신 기반 조성',
        passage: '이러한 육성자금이 원래 목적에 맞게 사용되는 지에 대한 상시 모니터링 시스템을 구축할 필요가 있음',
        gist: 'Build a system that continuously monitors whether support funds are used for their purpose.'
    },
    messages: {
        main: {
            ko: '공공 자금 펀드 {name}에 자금 사용 감사가 없습니다. 보고서는 육성자금이 원래 목적에 맞게 쓰이는지 상시 모니터링하라고 합니다: 펀드 {name}에 `audit continuous`를 추가하세요.',
            en: 'Public-money fund {name} has no audit of how its money is used. The report calls for continuous monitoring that support money is used for its purpose: add `audit continuous` to fund {name}.'
        },
        otherValue: {
            ko: '공공 자금 펀드 {name}의 감사가 상시 모니터링이 아닙니다(`audit {value}`). 보고서는 육성자금이 원래 목적에 맞게 쓰이는지 상시 모니터링하라고 합니다: `audit continuous`로 바꾸세요.',
            en: 'Public-money fund {name} is not monitored continuously (`audit {value}`). The report calls for continuous monitoring that support money is used for its purpose: change it to `audit continuous`.'
        }
    },
    ...publicFundCheck('audit'),
    examples: {
        failing: 'fund Growth "바이오 육성펀드" {\n    source public\n    audit annual\n}',
        passing: 'fund Growth "바이오 육성펀드" {\n    source public\n    audit continuous\n}'
    }
});
