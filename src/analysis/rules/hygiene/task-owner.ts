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
            ko: '과제 {name}에 책임 주체(owner)가 없습니다.',
            en: 'Task {name} has no `owner`.'
        }
    },
    applies: facts => facts.tasks.length > 0,
    check: facts => facts.tasks.filter(task => !task.owner).map(task => atName(task.node)),
    examples: {
        failing: 'task T1 "인력 양성" { term short }',
        passing: 'agency BioAgency "바이오진흥원"\ntask T1 "인력 양성" {\n    term short\n    owner BioAgency\n}'
    }
});
