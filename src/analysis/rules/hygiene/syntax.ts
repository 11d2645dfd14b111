import { defineRule } from '../../rule.js';

export default defineRule({
    id: 'syntax',
    category: 'hygiene',
    severity: 'error',
    kind: 'structural',
    principle: {
        ko: '계획은 .cplan 문법에 맞게 쓴다.',
        en: 'The plan follows the .cplan grammar.'
    },
    trigger: {
        ko: '구문이나 글자를 읽을 수 없을 때',
        en: 'a parse or lexing error'
    },
    messages: {
        main: {
            ko: '이 부분을 계획 문법으로 읽을 수 없습니다: {detail}. 읽지 못한 부분은 원칙 점검과 문서 생성에서 빠집니다: 이 줄을 `budget 50 억원`처럼 항목과 값의 꼴로 고치세요.',
            en: 'This part cannot be read as a plan: {detail}. What cannot be read is left out of the checks and the document: write the line as a clause and its value (e.g. `horizon 2026 to 2035`).'
        },
        mismatch: {
            ko: '여기에는 {expected}이(가) 와야 하는데 {actual}이(가) 있습니다. 읽지 못한 부분은 원칙 점검과 문서 생성에서 빠집니다: {actual} 자리에 {expected}을(를) 쓰세요.',
            en: 'Expected {expected} here but found {actual}. What cannot be read is left out of the checks and the document: write {expected} in its place.'
        },
        trailing: {
            ko: '계획 블록이 끝난 뒤에 {actual}이(가) 있습니다. 한 파일에는 계획(`plan … "…" { … }`) 하나만 쓰고, 모든 항목은 그 중괄호 안에 둡니다: 이 내용을 마지막 `}` 안으로 옮기거나 지우세요.',
            en: 'Found {actual} after the end of the plan. A file holds one plan (`plan … "…" { … }`) with everything inside its braces: move this inside the last `}` or remove it.'
        },
        character: {
            ko: '알 수 없는 문자 {actual}이(가) 있습니다. 계획에는 키워드, 이름, 숫자, 따옴표로 감싼 글만 쓸 수 있습니다: 이 문자를 지우거나 `"…"` 안으로 옮기세요.',
            en: 'Unknown character {actual}. A plan holds only keywords, names, numbers and quoted texts: remove the character or put it inside a text `"…"`.'
        },
        unclosedString: {
            ko: '여기서 시작한 글("…")이 닫히지 않았습니다. 닫는 따옴표가 없으면 파일 끝까지가 모두 글로 읽혀 그 뒤의 계획이 사라집니다: 글 끝에 따옴표(`"`)를 넣으세요.',
            en: 'The text ("…") that starts here is not closed. Without its closing quote, everything to the end of the file is read as text and the rest of the plan is lost: put a quote (`"`) at its end.'
        },
        unclosedComment: {
            ko: '여기서 시작한 주석(/* … */)이 닫히지 않았습니다. 닫지 않으면 파일 끝까지가 모두 주석으로 읽혀 그 뒤의 계획이 사라집니다: 주석 끝에 `*/`를 넣으세요.',
            en: 'The comment (/* … */) that starts here is not closed. Without its end, everything to the end of the file is read as comment and the rest of the plan is lost: put `*/` at its end.'
        },
        afterKeyword: {
            ko: '`{keyword}` 다음에는 {expected}이(가) 와야 하는데 {actual}이(가) 있습니다. 읽지 못한 부분은 원칙 점검과 문서 생성에서 빠집니다: `{example}`처럼 쓰세요.',
            en: '`{keyword}` is followed by {expected}, but here by {actual}. What cannot be read is left out of the checks and the document: write it as `{example}`.'
        },
        didYouMean: {
            ko: '\'{actual}\'은(는) 여기에 쓸 수 있는 키워드가 아닙니다. 혹시 {suggestions}을(를) 쓰려던 것인가요? 키워드는 철자가 정확해야 읽히고, 읽지 못한 부분은 원칙 점검과 문서 생성에서 빠집니다: \'{actual}\'을(를) {suggestions}(으)로 고치세요.',
            en: '\'{actual}\' is not a keyword that can stand here. Did you mean {suggestions}? A keyword is read only when spelled exactly, and what cannot be read is left out of the checks and the document: change \'{actual}\' to {suggestions}.'
        },
        unknownWord: {
            ko: '\'{actual}\'은(는) 여기에 쓸 수 있는 키워드가 아닙니다. 이 자리에는 {expected} 가운데 하나로 시작하는 항목이 옵니다. 읽지 못한 부분은 원칙 점검과 문서 생성에서 빠집니다: 알맞은 키워드로 고치거나 글이면 따옴표("…")로 감싸세요.',
            en: '\'{actual}\' is not a keyword that can stand here: an item here starts with one of {expected}. What cannot be read is left out of the checks and the document: use the right keyword, or put a text between quotes ("…").'
        },
        unitNearMiss: {
            ko: '\'{actual}\'은(는) 금액 단위가 아닙니다. 금액은 숫자 뒤에 KRW, USD, 억원, 백만원, 조원 가운데 하나를 한 단어로 씁니다: \'{actual}\'을(를) `{unit}`(으)로 고치세요 (예: `budget 120 {unit}`).',
            en: '\'{actual}\' is not a unit of money. An amount is followed by one of the units of money, written as one word: change \'{actual}\' to `{unit}` (e.g. `budget 120 {unit}`).'
        },
        endOfInput: {
            ko: '파일이 여기서 끝나는데 {expected}이(가) 빠졌습니다. 블록은 `{`로 열고 `}`로 닫으며, 항목에는 값이 있어야 합니다: 빠진 {expected}을(를) 쓰세요.',
            en: 'The file ends here, but {expected} is missing. Every block opened with `{` is closed with `}`, and every clause has its value: write the missing {expected}.'
        }
    },
    examples: {
        failing: 'agency BioAgency "바이오진흥원" {\n    independant\n}',
        passing: 'agency BioAgency "바이오진흥원" {\n    independent\n}'
    }
});
