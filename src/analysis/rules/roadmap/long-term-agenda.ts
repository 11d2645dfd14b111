import { agendaCheck } from '../../checks/agenda.js';
import { defineRule } from '../../rule.js';

export default defineRule({
    id: 'long-term-agenda',
    category: 'roadmap',
    severity: 'warning',
    kind: 'principle',
    principle: {
        ko: '장기에는 세계적 연구기반, 활발한 창업, 지원서비스·연관산업, 효율적 네트워크, 해외 연계를 추진한다.',
        en: 'In the long term, build a world-class research base, start-ups, services, networks and overseas ties.'
    },
    trigger: {
        ko: '장기 과제들의 goals가 research, startups, services, network, global 중 일부를 빠뜨릴 때 (하나, 장기 과제가 있을 때만)',
        en: 'long-term tasks together miss any of the `goals` `research`, `startups`, `services`, `network`, `global` (one diagnostic; only when a long-term task exists)'
    },
    source: {
        heading: '□ 지역 바이오클러스터 발전로드맵 ▶ 4단계',
        passage: '장기적인 전략과제 : 세계적인 연구/과학기반의 설립(또는 연계), 기업의 활발한 창업, 지원서비스 및 수요연관산업의 동반육성, 효율적인 네트워크 형성, 해외 핵심클러스터와의 연계',
        gist: 'Long-term agenda: a world-class research base, active firm creation, support services and demand industries grown together, efficient networks, ties with core overseas clusters.'
    },
    messages: {
        main: {
            ko: '장기 과제들이 {missing}을(를) 다루지 않습니다. 보고서의 장기 전략과제는 세계적인 연구기반, 기업의 활발한 창업, 지원서비스와 수요연관산업의 동반육성, 효율적인 네트워크, 해외 핵심클러스터와의 연계입니다: 장기 과제에 이 목표를 맡기세요 (예: 과제 {name}에 `goals {goals}`).',
            en: 'The long-term tasks leave out {missing}. The report\'s long-term agenda is a world-class research base, active start-ups, support services grown with demand industries, efficient networks and ties with core overseas clusters: give these goals to long-term tasks (e.g. `goals {goals}` on task {name}).'
        }
    },
    ...agendaCheck('long'),
    examples: {
        failing: 'task T2 "연구기반 구축" {\n    term long\n    goals research\n}',
        passing: 'task T2 "연구기반 구축" {\n    term long\n    goals research, startups, services, network, global\n}'
    }
});
