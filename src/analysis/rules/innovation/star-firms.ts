import { atPlan, when } from '../../findings.js';
import { defineRule } from '../../rule.js';

export default defineRule({
    id: 'star-firms',
    category: 'innovation',
    severity: 'warning',
    kind: 'principle',
    principle: {
        ko: '가능성 있는 스타기업을 발굴해 집중 지원하여 성공 사례를 만든다.',
        en: 'Find promising star firms and back them to create success cases.'
    },
    trigger: {
        ko: 'star로 표시된 firm이 없을 때',
        en: 'no `firm` is marked `star`'
    },
    source: {
        heading: '▶ 지역혁신 기반 조성',
        passage: '스타기업의 적극 발굴(집중지원) : … 초기에는 가능성있는 스타기업을 적극 발굴하여 차별적인 지원을 하여 성공케이스를 만드는 것이 중요함',
        gist: 'Actively find star firms: early on, back promising firms selectively to create success cases.'
    },
    messages: {
        main: {
            ko: '집중 지원할 스타기업(star)이 없습니다. 보고서는 초기에 가능성 있는 스타기업을 적극 발굴해 차별적으로 지원하고 성공 사례를 만들라고 합니다: 가장 유망한 기업 하나를 골라 그 블록에 `star`를 추가하세요.',
            en: 'No firm is marked `star`. The report says to find promising star firms early and back them selectively to create success cases: pick the most promising firm and add `star` to its block.'
        },
        noFirm: {
            ko: '계획에 기업이 없어 집중 지원할 스타기업도 없습니다. 보고서는 초기에 가능성 있는 스타기업을 적극 발굴해 차별적으로 지원하고 성공 사례를 만들라고 합니다: `firm … "…" { star }`를 추가하세요.',
            en: 'The plan names no firm, so no star firm to back. The report says to find promising star firms early and back them selectively to create success cases: add `firm … "…" { star }`.'
        }
    },
    check: facts => when(!facts.firms.some(firm => firm.star), () => atPlan(facts, facts.firms.length > 0 ? {} : { message: 'noFirm' })),
    examples: {
        failing: 'firm Marine "(주)마린바이오" { stage startup }',
        passing: 'firm Marine "(주)마린바이오" {\n    star\n    stage startup\n}'
    }
});
