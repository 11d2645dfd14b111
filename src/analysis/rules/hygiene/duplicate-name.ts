import type { PlanFacts } from '../../facts.js';
import { atName, lineNumberOf, mention } from '../../findings.js';
import { defineRule } from '../../rule.js';
import { nameKey } from '../../names.js';

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
            ko: '{element}의 이름이 {line}행의 {first}과(와) 같습니다. 이름이 같으면 owner, members 같은 참조가 어느 요소를 가리키는지 알 수 없습니다: 이 요소에 `{name}2`처럼 계획에서 쓰이지 않은 이름을 붙이세요.',
            en: 'The {element} has the same name as the {first} on line {line}. With two elements of one name, references such as `owner` and `members` cannot tell which is meant: give this one a name the plan does not use yet, e.g. `{name}2`.'
        },
        firstDeclared: {
            ko: '같은 이름으로 먼저 선언된 {first}',
            en: 'the {first}, declared first with this name'
        }
    },
    check: (facts: PlanFacts) => facts.duplicateNames.map(element => {
        const first = facts.elementsByName.get(nameKey(element.name))!;
        return atName(element, {
            args: { element: mention(element), first: mention(first), line: lineNumberOf(first) },
            related: [{ node: first, property: 'name', message: 'firstDeclared', args: { first: mention(first) } }]
        });
    }),
    examples: {
        failing: 'firm Marine "(주)마린바이오"\nfirm Marine "(주)마린제약"',
        passing: 'firm Marine "(주)마린바이오"\nfirm MarinePharma "(주)마린제약"'
    }
});
