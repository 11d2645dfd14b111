import { defineRule } from '../../rule.js';

export default defineRule({
    id: 'waiver-reason',
    category: 'hygiene',
    severity: 'error',
    kind: 'waiver',
    principle: {
        ko: '예외에는 반드시 사유를 적는다.',
        en: 'Every waiver gives its reason.'
    },
    trigger: {
        ko: 'waive의 사유가 비어 있을 때 (그 예외는 아무것도 면제하지 않음)',
        en: 'a `waive` has an empty or blank reason; it then silences nothing'
    },
    messages: {
        main: {
            ko: '"{rule}" 예외에 사유가 없습니다 (비어 있거나 채우지 않은 자리표시는 사유가 아닙니다). 예외는 사유와 함께 계획 문서의 준수 현황표에 실리므로, 사유가 적히기 전에는 아무것도 면제하지 않습니다: `because "…"`에 이 원칙을 따르지 않는 이유를 적으세요.',
            en: 'The waiver of "{rule}" gives no reason (blank text or an unfilled placeholder is none). A waiver is listed with its reason in the plan document\'s compliance table, and silences nothing until it has one: write why the plan departs from this principle in `because "…"`.'
        }
    },
    examples: {
        failing: 'waive "champion-required" because " "',
        passing: 'waive "champion-required" because "시장이 직접 선도한다"'
    }
});
