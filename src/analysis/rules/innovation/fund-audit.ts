import { publicFundCheck } from '../../checks/public-funds.js';
import { PUBLIC_FUND_VALUES } from '../../prescriptions.js';
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
        ko: 'source public 또는 joint인 fund에 audit continuous가 없을 때',
        en: 'a `fund` with `source public` or `joint` lacks `audit continuous`'
    },
    source: {
        heading: '▶ 지역혁신 기반 조성',
        passage: '이러한 육성자금이 원래 목적에 맞게 사용되는 지에 대한 상시 모니터링 시스템을 구축할 필요가 있음',
        gist: 'Build a system that continuously monitors whether support funds are used for their purpose.'
    },
    messages: {
        main: {
            ko: '펀드 {name}에 상시 감사(audit continuous)가 없습니다.',
            en: 'Fund {name} has no continuous audit (`audit continuous`).'
        }
    },
    ...publicFundCheck(fund => fund.audit?.value !== PUBLIC_FUND_VALUES.audit),
    examples: {
        failing: 'fund Growth "바이오 육성펀드" {\n    source public\n    audit annual\n}',
        passing: 'fund Growth "바이오 육성펀드" {\n    source public\n    audit continuous\n}'
    }
});
