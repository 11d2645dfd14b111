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
            ko: '{kind} {name}을(를) 이 계획에서 찾을 수 없습니다. 이름은 같은 계획 안에 선언된 요소만 가리킬 수 있습니다: 이름의 철자를 고치거나 `{keyword} {name} "…"`을(를) 선언하세요.',
            en: 'There is no {kind} named {name} in this plan. A name refers only to an element declared in the same plan: correct the spelling, or declare `{keyword} {name} "…"`.'
        },
        missingActor: {
            ko: '주체 {name}을(를) 이 계획에서 찾을 수 없습니다. 이름은 같은 계획 안에 선언된 요소만 가리킬 수 있습니다: 이름의 철자를 고치거나 `agency {name} "…"`, `institution {name} "…"`, `firm {name} "…"`처럼 맞는 종류로 선언하세요.',
            en: 'There is no actor named {name} in this plan. A name refers only to an element declared in the same plan: correct the spelling, or declare it as what it is, e.g. `agency {name} "…"`, `institution {name} "…"` or `firm {name} "…"`.'
        },
        didYouMean: {
            ko: '{kind} {name}을(를) 이 계획에서 찾을 수 없습니다. 이름은 같은 계획 안에 선언된 요소만 가리킬 수 있습니다: {suggestion}을(를) 뜻했다면 `{suggestion}`(으)로 고치세요.',
            en: 'There is no {kind} named {name} in this plan. A name refers only to an element declared in the same plan: if you meant {suggestion}, write `{suggestion}`.'
        },
        declaredHere: {
            ko: '{name}은(는) 여기에 선언되어 있습니다.',
            en: '{name} is declared here.'
        },
        wrongKind: {
            ko: '{name}은(는) {line}행의 {actual}입니다. 이 자리에는 {kind}만 올 수 있습니다 (예: owner·members에는 주체, after에는 과제, outsource … to에는 연계): 이 계획의 {kind} 이름으로 고치세요.',
            en: '{name} is the {actual} declared on line {line}, but only a {kind} may stand here (`owner` and `members` take actors, `after` tasks, `outsource … to` links): write the name of a {kind} of this plan.'
        }
    },
    examples: {
        failing: 'task T1 "인력 양성" { owner Nobody }',
        passing: 'agency BioAgency "바이오진흥원"\ntask T1 "인력 양성" { owner BioAgency }'
    }
});
