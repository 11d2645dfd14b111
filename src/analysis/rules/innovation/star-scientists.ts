import { atPlan } from '../../findings.js';
import { defineRule } from '../../rule.js';

export default defineRule({
    id: 'star-scientists',
    category: 'innovation',
    severity: 'info',
    kind: 'principle',
    principle: {
        ko: '획기적인 인센티브로 스타급 과학자를 지역에 유치한다.',
        en: 'Attract star scientists to the region, with strong incentives.'
    },
    trigger: {
        ko: 'scientists를 1 이상 정한 institution이 없을 때',
        en: 'no `institution` declares `scientists` of 1 or more'
    },
    source: {
        heading: '□ 세가지 핵심과제',
        passage: '획기적인 인센티브를 부여해서라도 스타급과학자를 지역내로 유치하고',
        gist: 'Bring star scientists into the region, even with extraordinary incentives.'
    },
    messages: {
        main: {
            ko: '스타급 과학자를 유치할 계획이 없습니다. 보고서는 획기적인 인센티브를 주어서라도 스타급 과학자를 지역에 유치하라고 합니다: 유치할 기관에 유치 인원을 적으세요 (예: `institution … "…" { scientists 3 }`).',
            en: 'The plan recruits no star scientists. The report asks to bring star scientists into the region, even with extraordinary incentives: give the institution that recruits them a number (e.g. `institution … "…" { scientists 3 }`).'
        },
        zero: {
            ko: '기관 {name}의 스타급 과학자 유치 인원이 0명이고, 유치 인원을 정한 다른 기관도 없습니다. 보고서는 획기적인 인센티브를 주어서라도 스타급 과학자를 지역에 유치하라고 합니다: 유치할 인원을 적으세요 (예: `scientists 3`).',
            en: 'Institution {name} plans to recruit 0 star scientists and no other institution recruits any. The report asks to bring star scientists into the region, even with extraordinary incentives: write how many (e.g. `scientists 3`).'
        }
    },
    check: facts => {
        if (facts.institutions.some(institution => (institution.scientists?.count ?? 0) >= 1)) {
            return [];
        }
        // `scientists 0` is written but recruits nobody: the finding points at it.
        const zero = facts.institutions.find(institution => institution.scientists);
        return [zero?.scientists
            ? { node: zero.scientists, property: 'count', message: 'zero', args: { name: zero.node.name } }
            : atPlan(facts)];
    },
    examples: {
        failing: 'institution KIOST "해양과학기술원" { tier global }',
        passing: 'institution KIOST "해양과학기술원" {\n    tier global\n    scientists 3\n}'
    }
});
