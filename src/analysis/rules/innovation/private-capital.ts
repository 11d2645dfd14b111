import { atPlan, when } from '../../findings.js';
import { defineRule } from '../../rule.js';

export default defineRule({
    id: 'private-capital',
    category: 'innovation',
    severity: 'warning',
    kind: 'principle',
    principle: {
        ko: 'VC와의 공동 벤처투자 등 민간투자체제를 정착시킨다.',
        en: 'Establish private investment, such as joint venture funds with VCs.'
    },
    trigger: {
        ko: 'source private 또는 source joint인 fund가 없을 때',
        en: 'no `fund` has `source private` or `source joint`'
    },
    source: {
        heading: '□ 한국적 바이오클러스터의 전략 ▶ 민간투자체제 정착',
        passage: 'VC와의 공동 벤처투자 재원확대 등',
        gist: 'Expand joint venture investment with venture capital.'
    },
    messages: {
        main: {
            ko: '민간 또는 민관 공동 재원(source private/joint)의 펀드가 없습니다.',
            en: 'No fund with `source private` or `source joint`.'
        }
    },
    check: facts => when(!facts.funds.some(fund => fund.source?.value === 'private' || fund.source?.value === 'joint'),
        () => atPlan(facts)),
    examples: {
        failing: 'fund Growth "바이오 육성펀드" { source public }',
        passing: 'fund Growth "바이오 육성펀드" { source joint }'
    }
});
