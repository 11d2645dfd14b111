import { agendaCheck } from '../../checks/agenda.js';
import { defineRule } from '../../rule.js';

export default defineRule({
    id: 'short-term-agenda',
    category: 'roadmap',
    severity: 'warning',
    kind: 'principle',
    principle: {
        ko: '단기에는 인력 유치 환경, 사회 인프라, 숙련 인력, 정책 지원, 금융 지원에 집중한다.',
        en: 'In the short term, focus on talent, social infrastructure, skilled labour, policy support and finance.'
    },
    trigger: {
        ko: '단기 과제들의 goals가 talent, infrastructure, workforce, policy, finance 중 일부를 빠뜨릴 때 (하나, 단기 과제가 있을 때만)',
        en: 'short-term tasks together miss any of the `goals` `talent`, `infrastructure`, `workforce`, `policy`, `finance` (one diagnostic; only when a short-term task exists)'
    },
    source: {
        heading: '□ 지역 바이오클러스터 발전로드맵 ▶ 4단계',
        passage: '단기적인 집중추진 과제 : 핵심인력 유치를 위한 환경조성(교육, 문화, 생활환경 등), 보육시설 등 사회인프라, 숙련노동력의 공급, 정책적 지원환경(세제완화, 규제철폐등), VC 등 금융지원 능력',
        gist: 'Short-term focus: an environment that attracts key people, social infrastructure such as childcare, skilled labour, supportive policy (tax relief, deregulation), and finance such as VC.'
    },
    messages: {
        main: {
            ko: '단기 과제들이 {missing}을(를) 다루지 않습니다. 보고서의 단기 집중추진 과제는 핵심인력 유치 환경, 보육시설 등 사회 인프라, 숙련노동력 공급, 세제완화·규제철폐 같은 정책 지원, VC 등 금융 지원입니다: 단기 과제에 이 목표를 맡기세요 (예: 과제 {name}에 `goals {goals}`).',
            en: 'The short-term tasks leave out {missing}. The report\'s short-term focus is an environment that attracts key people, social infrastructure such as childcare, skilled labour, supportive policy (tax relief, deregulation) and finance such as VC: give these goals to short-term tasks (e.g. `goals {goals}` on task {name}).'
        }
    },
    ...agendaCheck('short'),
    examples: {
        failing: 'task T1 "인력 양성" {\n    term short\n    goals talent, workforce\n}',
        passing: 'task T1 "인력 양성" {\n    term short\n    goals talent, infrastructure, workforce, policy, finance\n}'
    }
});
