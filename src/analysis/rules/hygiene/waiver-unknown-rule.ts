import { defineRule } from '../../rule.js';

export default defineRule({
    id: 'waiver-unknown-rule',
    category: 'hygiene',
    severity: 'error',
    kind: 'waiver',
    principle: {
        ko: '예외(waive)는 면제할 수 있는 규칙만 지정한다.',
        en: 'A waiver names a rule that can be waived.'
    },
    trigger: {
        ko: 'waive가 없는 규칙이나 면제할 수 없는 코드를 가리킬 때',
        en: '`waive` names an unknown id, or one that cannot be waived'
    },
    messages: {
        main: {
            ko: '"{rule}"은(는) 면제할 수 있는 규칙이 아닙니다.',
            en: '"{rule}" is not a rule that can be waived.'
        },
        didYouMean: {
            ko: '"{rule}"은(는) 면제할 수 있는 규칙이 아닙니다. "{suggestion}"을(를) 뜻했나요?',
            en: '"{rule}" is not a rule that can be waived. Did you mean "{suggestion}"?'
        }
    },
    examples: {
        failing: 'waive "champion-requried" because "시장이 직접 선도한다"',
        passing: 'waive "champion-required" because "시장이 직접 선도한다"'
    }
});
