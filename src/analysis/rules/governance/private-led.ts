import { atPlan, keywords, when } from '../../findings.js';
import { defineRule } from '../../rule.js';

export default defineRule({
    id: 'private-led',
    category: 'governance',
    severity: 'error',
    kind: 'principle',
    principle: {
        ko: '클러스터 개발은 민간 중심으로 이루어지고 정부는 지원 역할을 맡는다.',
        en: 'Development is private-led; government supports.'
    },
    trigger: {
        ko: 'leadership이 없거나 government일 때 (오류), joint일 때 (경고)',
        en: '`leadership` is missing or `government` (error), or `joint` (warning)'
    },
    source: {
        heading: '□ 선진 바이오클러스터의 성공요인 ▶ 클러스터 구조특성의 적합성; ▶ 3단계',
        passage: '클러스터발전은 민간 중심으로 이루어지고, 정부는 사회인프라 등 지원역할 담당 / 민간 중심의 개발원칙을 확립하고, 지자체는 규제개혁 등 필요한 조치',
        gist: 'Cluster development is led by the private sector while government supports with infrastructure; establish the private-led principle, with the local government reforming regulation.'
    },
    messages: {
        main: {
            ko: '개발 주도(leadership)가 {value}입니다. 클러스터 개발은 민간 주도(private)가 원칙입니다.',
            en: 'Leadership is {value}; cluster development should be private-led (`leadership private`).'
        },
        missing: {
            ko: '개발 주도(leadership)가 정해지지 않았습니다. 민간 주도(leadership private)로 정하세요.',
            en: 'No `leadership`: cluster development should be private-led (`leadership private`).'
        }
    },
    check: facts => {
        const leadership = facts.leadership;
        if (!leadership) {
            return [atPlan(facts, { message: 'missing' })];
        }
        return when(leadership.value !== 'private', () => ({
            node: leadership, property: 'value',
            args: { value: keywords([leadership.value]) },
            severity: leadership.value === 'joint' ? 'warning' : 'error'
        }));
    },
    examples: {
        failing: 'leadership government',
        passing: 'leadership private'
    }
});
