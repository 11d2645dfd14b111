import { defineRule } from '../../rule.js';

export default defineRule({
    id: 'reference',
    category: 'hygiene',
    severity: 'error',
    kind: 'structural',
    principle: {
        ko: '참조하는 이름은 같은 계획 안의 알맞은 종류의 요소이다.',
        en: 'A referenced name is an element of the right kind in the same plan.'
    },
    trigger: {
        ko: '참조한 이름을 찾을 수 없거나 종류가 맞지 않을 때',
        en: 'an unresolved name, or one of the wrong kind'
    },
    messages: {
        main: {
            ko: '{kind} {name}을(를) 이 계획에서 찾을 수 없습니다.',
            en: 'There is no {kind} named {name} in this plan.'
        },
        declaredHere: {
            ko: '{name}은(는) 여기에 선언되어 있습니다.',
            en: '{name} is declared here.'
        },
        wrongKind: {
            ko: '{name}은(는) {line}행의 {actual}입니다. 여기에는 {kind}이(가) 와야 합니다.',
            en: '{name} is the {actual} declared on line {line}, not the {kind} expected here.'
        }
    },
    examples: {
        failing: 'task T1 "인력 양성" { owner Nobody }',
        passing: 'agency BioAgency "바이오진흥원"\ntask T1 "인력 양성" { owner BioAgency }'
    }
});
