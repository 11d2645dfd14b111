import { atPlan, when } from '../../findings.js';
import { defineRule } from '../../rule.js';

export default defineRule({
    id: 'demand-industries',
    category: 'cluster-policy',
    severity: 'warning',
    kind: 'principle',
    principle: {
        ko: '대형 병원·거대 제약사 같은 수요 연관산업을 함께 갖춘다.',
        en: 'Have demand-side industries such as large hospitals and pharma.'
    },
    trigger: {
        ko: 'kind hospital 또는 pharma인 industry가 없을 때',
        en: 'no `industry` of kind `hospital` or `pharma`'
    },
    source: {
        heading: '□ 선진 바이오클러스터의 성공요인 ▶ 역할분담과 협력',
        passage: '연관산업의 구비(대형 병원이나 거대제약사 같은 바이오벤처의 판로가 될수 있는 수요연관산업이 함께 발달)',
        gist: 'Related industries: demand-side industries such as large hospitals or big pharma that can buy from bio-ventures.'
    },
    messages: {
        main: {
            ko: '바이오벤처의 판로가 될 수요 연관산업(대형 병원·제약사)이 없습니다. 보고서는 대형 병원이나 거대 제약사처럼 바이오벤처의 판로가 될 수요연관산업이 함께 발달해야 한다고 합니다: `industry … "…" { kind hospital }`을 추가하세요.',
            en: 'No demand industry (a large hospital or pharma company) is there to buy from bio-ventures. The report wants such demand industries to grow alongside: add `industry … "…" { kind hospital }`.'
        }
    },
    check: facts => when(!facts.industries.some(industry => industry.kind?.value === 'hospital' || industry.kind?.value === 'pharma'),
        () => atPlan(facts)),
    examples: {
        failing: 'industry Cro "임상시험수탁기관" { kind cro }',
        passing: 'industry Hospital "부산대학교병원" { kind hospital }'
    }
});
