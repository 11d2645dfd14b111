import { publicFundCheck } from '../../checks/public-funds.js';
import { PUBLIC_FUND_VALUES } from '../../prescriptions.js';
import { defineRule } from '../../rule.js';

export default defineRule({
    id: 'staged-review',
    category: 'innovation',
    severity: 'warning',
    kind: 'principle',
    principle: {
        ko: '단계별 성과를 측정해 추가 지원을 심사한다.',
        en: 'Measure results stage by stage before further support.'
    },
    trigger: {
        ko: 'source public 또는 joint인 fund에 review staged가 없을 때',
        en: 'a `fund` with `source public` or `joint` lacks `review staged`'
    },
    source: {
        heading: '▶ 육성기업의 선택과 집중; □ 세가지 핵심과제',
        passage: '단계별 성과측정과 추가지원 심사시스템 구축 / 주기적인 심사를 통해 단계적으로 지속지원 체계',
        gist: 'Measure performance stage by stage and review before further support; keep supporting step by step through periodic review.'
    },
    messages: {
        main: {
            ko: '펀드 {name}에 단계별 성과 심사(review staged)가 없습니다.',
            en: 'Fund {name} has no stage-by-stage review (`review staged`).'
        }
    },
    ...publicFundCheck(fund => fund.review?.value !== PUBLIC_FUND_VALUES.review),
    examples: {
        failing: 'fund Growth "바이오 육성펀드" {\n    source public\n    review none\n}',
        passing: 'fund Growth "바이오 육성펀드" {\n    source public\n    review staged\n}'
    }
});
