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
            ko: '"{rule}" 예외에 사유가 없습니다. because 뒤에 사유를 적어야 면제됩니다.',
            en: 'The waiver of "{rule}" gives no reason; it silences nothing until `because` has one.'
        }
    },
    examples: {
        failing: 'waive "champion-required" because " "',
        passing: 'waive "champion-required" because "시장이 직접 선도한다"'
    }
});
