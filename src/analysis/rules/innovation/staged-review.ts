import { publicFundCheck } from '../../checks/public-funds.js';
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
        ko: '공공 자금 펀드(source가 public이나 joint이거나 source가 없는 fund)에 review staged가 없을 때 (그런 펀드마다)',
        en: 'a public-money fund (a `fund` with `source public` or `joint`, or with no `source`) lacks `review staged` (one diagnostic per fund)'
    },
    source: {
        heading: '▶ 육성기업의 선택과 집중; □ 세가지 핵심과제',
        passage: '단계별 성과측정과 추가지원 심사시스템 구축 / 주기적인 심사를 통해 단계적으로 지속지원 체계',
        gist: 'Measure performance stage by stage and review before further support; keep supporting step by step through periodic review.'
    },
    messages: {
        main: {
            ko: '공공 자금 펀드 {name}에 단계별 성과 심사가 없습니다. 보고서는 단계별로 성과를 측정하고 주기적인 심사를 거쳐 추가 지원하라고 합니다: 펀드 {name}에 `review staged`를 추가하세요.',
            en: 'Public-money fund {name} has no stage-by-stage review. The report measures results stage by stage and reviews them before further support: add `review staged` to fund {name}.'
        },
        otherValue: {
            ko: '공공 자금 펀드 {name}이(가) 성과를 단계별로 심사하지 않습니다(`review {value}`). 보고서는 단계별로 성과를 측정하고 주기적인 심사를 거쳐 추가 지원하라고 합니다: `review staged`로 바꾸세요.',
            en: 'Public-money fund {name} does not review results stage by stage (`review {value}`). The report measures results stage by stage and reviews them before further support: change it to `review staged`.'
        }
    },
    ...publicFundCheck('review'),
    examples: {
        failing: 'fund Growth "바이오 육성펀드" {\n    source public\n    review none\n}',
        passing: 'fund Growth "바이오 육성펀드" {\n    source public\n    review staged\n}'
    }
});
