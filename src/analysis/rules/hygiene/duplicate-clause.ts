import type { AstNode } from 'langium';
import { keywords, lineNumberOf, mention } from '../../findings.js';
import { defineRule } from '../../rule.js';

/** The word a clause starts with (`budget`, `kind`, …), as the writer typed it. */
const clauseKeyword = (node: AstNode) => node.$cstNode?.text.match(/^[^\s{"]+/)?.[0] ?? node.$type;

export default defineRule({
    id: 'duplicate-clause',
    category: 'hygiene',
    severity: 'error',
    kind: 'structural',
    principle: {
        ko: '반복할 수 없는 항목은 한 블록에 한 번만 쓴다.',
        en: 'A clause that may not repeat appears once per block.'
    },
    trigger: {
        ko: '반복할 수 없는 항목이 같은 블록에 두 번 나올 때',
        en: 'a clause appears twice in one block where it may not repeat'
    },
    messages: {
        main: {
            ko: '{block}에 `{clause}` 항목이 두 번 있습니다 (처음은 {line}행). 이 항목은 한 블록에 한 번만 쓸 수 있어 어느 값을 따를지 알 수 없습니다: 맞는 값 하나만 남기고 다른 `{clause}` 항목을 지우세요.',
            en: '`{clause}` appears twice in {block} (first on line {line}). It may appear only once, so the plan does not say which value holds: keep the right one and remove the other `{clause}`.'
        },
        firstHere: {
            ko: '처음 나온 `{clause}` 항목',
            en: 'the first `{clause}`'
        }
    },
    check: facts => facts.repeatedClauses.map(({ repeat, first }) => {
        const clause = clauseKeyword(first);
        return {
            node: repeat, args: { clause: keywords([clause]), line: lineNumberOf(first), block: mention(repeat.$container!) },
            related: [{ node: first, message: 'firstHere', args: { clause: keywords([clause]) } }]
        };
    }),
    examples: {
        failing: 'region "부산광역시"\nregion "울산광역시"',
        passing: 'region "부산·울산 광역권"'
    }
});
