import { atName } from '../../findings.js';
import { defineRule } from '../../rule.js';

export default defineRule({
    id: 'task-owner',
    category: 'hygiene',
    severity: 'warning',
    kind: 'principle',
    principle: {
        ko: '모든 과제에는 책임 주체가 있다.',
        en: 'Every task has an owner.'
    },
    trigger: {
        ko: 'task에 owner가 없을 때',
        en: 'a `task` has no `owner`'
    },
    messages: {
        main: {
            ko: '과제 {name}에 책임 주체(owner)가 없습니다. 책임 주체가 없는 과제는 누가 추진하고 성과를 책임지는지 알 수 없습니다: 이 계획의 전담기구, 대학·연구기관, 기업 등에서 골라 `owner …`를 추가하세요.',
            en: 'Task {name} has no `owner`. Without one, nobody is answerable for carrying it out: add `owner …`, naming the agency, institution, firm or other actor of this plan that runs it.'
        }
    },
    applies: facts => facts.tasks.length > 0,
    check: facts => facts.tasks.filter(task => !task.owner).map(task => atName(task.node)),
    examples: {
        failing: 'task T1 "인력 양성" { term short }',
        passing: 'agency BioAgency "바이오진흥원"\ntask T1 "인력 양성" {\n    term short\n    owner BioAgency\n}'
    }
});
