import type { Goal } from '../../../grammar/generated/ast.js';
import type { TaskFacts } from '../../facts.js';
import { keywords } from '../../findings.js';
import { TALENT_TRACKS } from '../../prescriptions.js';
import { defineRule } from '../../rule.js';

const covers = (task: TaskFacts, goal: Goal) => task.goals?.goals.includes(goal) ?? false;

export default defineRule({
    id: 'dual-track-talent',
    category: 'innovation',
    severity: 'warning',
    kind: 'principle',
    principle: {
        ko: '고급 연구인력과 전문기능인력을 두 갈래로 나누어 양성한다.',
        en: 'Train advanced researchers and the skilled workforce on two separate tracks.'
    },
    trigger: {
        ko: '과제들이 goals researchers와 workforce 중 하나만 다룰 때 (빠진 쪽을 밝혀 하나; 둘 다 다루거나 둘 다 다루지 않으면 지적하지 않음)',
        en: 'tasks cover exactly one of the goals `researchers` and `workforce` (one diagnostic naming the missing one; silent when they cover both or neither)'
    },
    source: {
        heading: '□ 한국적 바이오클러스터의 전략 ▶ 인적자원 기반확대',
        passage: '고급 연구인력과 전문기능인력 양성이원화 및 대학별 역할분담',
        gist: 'Train advanced researchers and skilled technicians on two separate tracks, with the universities dividing the roles.'
    },
    messages: {
        main: {
            ko: '과제 {task}이(가) {covered}을(를) 다루지만, {missing}을(를) 다루는 과제는 없습니다. 보고서는 고급 연구인력과 전문기능인력을 두 갈래로 나누어 양성하라고 합니다: 그 인력을 기를 과제의 `goals`에 `{goal}`을(를) 추가하세요.',
            en: 'Task {task} covers {covered}, but no task covers {missing}. The report trains advanced researchers and the skilled workforce on two separate tracks: add `{goal}` to the `goals` of a task that trains them.'
        },
        oneTrack: {
            ko: '같은 한 갈래만 다루는 과제: {name}',
            en: 'another task on the same single track: {name}'
        }
    },
    applies: facts => TALENT_TRACKS.some(track => facts.tasks.some(task => covers(task, track))),
    check: facts => {
        const covered = TALENT_TRACKS.filter(track => facts.tasks.some(task => covers(task, track)));
        if (covered.length !== 1) {
            return [];
        }
        const [track] = covered;
        const missing = TALENT_TRACKS.find(other => other !== track)!;
        const at = (task: TaskFacts) => ({ node: task.goals!, property: 'goals', index: task.goals!.goals.indexOf(track) });
        const [first, ...others] = facts.tasks.filter(task => covers(task, track));
        return [{
            ...at(first),
            args: { task: first.node.name, covered: keywords([track]), missing: keywords([missing]), goal: keywords([missing]) },
            related: others.map(task => ({ ...at(task), message: 'oneTrack' as const, args: { name: task.node.name } }))
        }];
    },
    examples: {
        failing: 'task T1 "바이오 생산 기능인력 양성" {\n    term short\n    goals workforce\n}',
        passing: 'task T1 "바이오 생산 기능인력 양성" {\n    term short\n    goals workforce\n}\ntask T2 "대학원 연구인력 양성" {\n    term long\n    goals research, researchers\n}'
    }
});
