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
            ko: '구문 오류: {detail}',
            en: 'Syntax error: {detail}'
        },
        mismatch: {
            ko: '{expected}이(가) 와야 하는데 {actual}이(가) 있습니다.',
            en: 'Expected {expected} but found {actual}.'
        },
        trailing: {
            ko: '계획 블록이 끝난 뒤에 {actual}이(가) 있습니다. 한 파일에는 계획 하나만 씁니다.',
            en: 'Found {actual} after the end of the plan; a file holds one plan.'
        },
        character: {
            ko: '알 수 없는 문자 {actual}이(가) 있습니다.',
            en: 'Unknown character {actual}.'
        },
        unclosedString: {
            ko: '여기서 시작한 글("…")이 닫히지 않았습니다. 글 끝에 따옴표(")를 넣으세요.',
            en: 'The text ("…") that starts here is not closed: put a quote (") at its end.'
        },
        unclosedComment: {
            ko: '여기서 시작한 주석(/* … */)이 닫히지 않았습니다. 주석 끝에 */를 넣으세요.',
            en: 'The comment (/* … */) that starts here is not closed: put */ at its end.'
        },
        endOfInput: {
            ko: '파일이 끝났습니다. {expected}이(가) 빠졌습니다.',
            en: 'The file ends here; {expected} is missing.'
        }
    },
    examples: {
        failing: 'agency BioAgency "바이오진흥원" {\n    budget\n}',
        passing: 'agency BioAgency "바이오진흥원" {\n    budget 50 억원\n}'
    }
});
