import { atPlan, when } from '../../findings.js';
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
            ko: '스타급 과학자 유치 계획(scientists)이 있는 기관이 없습니다.',
            en: 'No institution plans to recruit star scientists (`scientists`).'
        }
    },
    check: facts => when(!facts.institutions.some(institution => (institution.scientists?.count ?? 0) >= 1),
        () => atPlan(facts)),
    examples: {
        failing: 'institution KIOST "해양과학기술원" { tier global }',
        passing: 'institution KIOST "해양과학기술원" {\n    tier global\n    scientists 3\n}'
    }
});
