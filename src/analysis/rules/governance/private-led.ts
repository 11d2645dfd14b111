import { atPlan } from '../../findings.js';
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
        ko: 'leadership이 없거나 government일 때 (오류), joint일 때 (참고)',
        en: '`leadership` is missing or `government` (error), or `joint` (info)'
    },
    source: {
        heading: '□ 선진 바이오클러스터의 성공요인 ▶ 클러스터 구조특성의 적합성; ▶ 3단계',
        passage: '클러스터발전은 민간 중심으로 이루어지고, 정부는 사회인프라 등 지원역할 담당, 국가의 문화나 경제 발전단계의 특성에 따라 민.관의 역할구분을 어떻게 나눌것인가는 달라질수 있음 / 민간 중심의 개발원칙을 확립하고, 지자체는 규제개혁 등 필요한 조치',
        gist: 'Cluster development is led by the private sector while government supports with infrastructure (how the roles are split may differ with a country\'s culture and stage of development); establish the private-led principle, with the local government reforming regulation.'
    },
    messages: {
        main: {
            ko: '개발을 관이 주도합니다(`leadership government`). 보고서는 클러스터 발전은 민간 중심으로 이루어지고 정부는 사회인프라 등 지원 역할을 맡아야 한다고 합니다: `leadership private`로 바꾸세요.',
            en: 'Development is government-led (`leadership government`). The report holds that clusters grow private-led, with government supporting through infrastructure: change it to `leadership private`.'
        },
        joint: {
            ko: '개발을 민관이 공동으로 주도합니다(`leadership joint`). 민관의 역할 구분은 나라의 발전단계에 따라 달라질 수 있지만 보고서의 원칙은 민간 중심의 개발입니다: 민간이 이끌 수 있다면 `leadership private`로 바꾸세요.',
            en: 'Development is led jointly (`leadership joint`). How roles are split may differ by country, but the report\'s principle is private-led development: change it to `leadership private` if firms can lead.'
        },
        missing: {
            ko: '개발을 누가 주도하는지(leadership) 정하지 않았습니다. 보고서는 민간 중심의 개발원칙을 확립하고 정부는 지원 역할을 맡으라고 합니다: `leadership private`를 추가하세요.',
            en: 'The plan does not say who leads development. The report wants the private-led principle established, with government in support: add `leadership private`.'
        }
    },
    check: facts => {
        const leadership = facts.leadership;
        if (!leadership) {
            return [atPlan(facts, { message: 'missing' })];
        }
        switch (leadership.value) {
            case 'private':
                return [];
            case 'joint':
                return [{ node: leadership, property: 'value', message: 'joint', severity: 'info' }];
            default:
                return [{ node: leadership, property: 'value' }];
        }
    },
    examples: {
        failing: 'leadership government',
        passing: 'leadership private'
    }
});
