import { defineRule } from '../../rule.js';

export default defineRule({
    id: 'waiver-unused',
    category: 'hygiene',
    severity: 'info',
    kind: 'waiver',
    principle: {
        ko: '필요 없는 예외는 두지 않는다.',
        en: 'Do not keep waivers that are not needed.'
    },
    trigger: {
        ko: 'waive한 규칙이 이 계획에서 어차피 지적되지 않을 때',
        en: 'a `waive` names a rule that would not fire in this plan'
    },
    messages: {
        main: {
            ko: '"{rule}" 규칙은 이 계획에서 지적되지 않으므로 이 예외는 필요 없습니다. 남겨 두면 나중에 계획이 바뀌어 이 규칙이 지적될 때 아무도 모르게 덮어 버립니다: 이 `waive` 줄을 지우세요.',
            en: 'Rule "{rule}" does not fire in this plan, so the waiver is not needed. Left in place, it would silently cover the rule when a later change makes it fire: remove this `waive` line.'
        }
    },
    examples: {
        failing: 'champion Kim "김해양 교수"\nwaive "champion-required" because "시장이 직접 선도한다"',
        passing: 'waive "champion-required" because "시장이 직접 선도한다"'
    }
});
