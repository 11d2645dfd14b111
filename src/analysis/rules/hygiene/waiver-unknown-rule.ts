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
            ko: '"{rule}"은(는) 규칙 id가 아닙니다. 예외(waive)는 이 계획에서 지적되는 원칙 규칙을 id로 정확히 가리켜야 면제됩니다: 규칙 id를 `cplan rules`나 규칙 문서에서 찾아 `waive "…" because "…"`로 고치거나, 이 예외를 지우세요.',
            en: '"{rule}" is not a rule id. A waiver silences a principle rule only when it names its id exactly: look the id up with `cplan rules` or in the rule pages and write `waive "…" because "…"`, or remove the waiver.'
        },
        didYouMean: {
            ko: '"{rule}"은(는) 규칙 id가 아닙니다. 예외(waive)는 규칙 id를 정확히 가리켜야 면제됩니다: "{suggestion}"을(를) 뜻했다면 `waive "{suggestion}"`로 고치세요.',
            en: '"{rule}" is not a rule id. A waiver silences a rule only when it names its id exactly: if you meant "{suggestion}", write `waive "{suggestion}"`.'
        },
        notWaivable: {
            ko: '"{rule}"은(는) 면제할 수 없습니다. 구문·참조·중복 오류와 예외(waiver-*) 지적은 계획을 읽을 수 없거나 예외 자체가 잘못되었다는 뜻이라 사유로 덮을 수 없습니다: 지적된 곳을 고치고 이 `waive` 줄을 지우세요.',
            en: '"{rule}" cannot be waived. Syntax, reference and duplicate errors and the waiver-* findings mean the plan cannot be read or the waiver itself is wrong, which no reason can cover: fix what they point at and remove this `waive` line.'
        }
    },
    examples: {
        failing: 'waive "champion-requried" because "시장이 직접 선도한다"',
        passing: 'waive "champion-required" because "시장이 직접 선도한다"'
    }
});
