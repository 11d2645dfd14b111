import type { PlanFacts } from '../../facts.js';
import { atName, lineNumberOf, mention } from '../../findings.js';
import { defineRule } from '../../rule.js';

export default defineRule({
    id: 'duplicate-name',
    category: 'hygiene',
    severity: 'error',
    kind: 'structural',
    principle: {
        ko: '계획 안의 요소 이름은 서로 다르다.',
        en: 'Element names are unique within a plan.'
    },
    trigger: {
        ko: '두 요소(agency … task)가 같은 이름일 때',
        en: 'two named elements (`agency` … `task`) share a name'
    },
    messages: {
        main: {
            ko: '{element}의 이름이 {line}행의 {first}과(와) 같습니다. 요소마다 다른 이름을 쓰세요.',
            en: 'The {element} has the same name as the {first} on line {line}: give each element its own name.'
        }
    },
    check: (facts: PlanFacts) => facts.duplicateNames.map(element => {
        const first = facts.elementsByName.get(element.name)!;
        return atName(element, { args: { element: mention(element), first: mention(first), line: lineNumberOf(first) } });
    }),
    examples: {
        failing: 'firm Marine "(주)마린바이오"\nfirm Marine "(주)마린제약"',
        passing: 'firm Marine "(주)마린바이오"\nfirm MarinePharma "(주)마린제약"'
    }
});
