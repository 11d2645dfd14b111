import type { StarFlag } from '../../../grammar/generated/ast.js';
import { comparableTitle, groupBy, labelsOf, OTHERS_SHOWN, type MemberNode } from '../../portfolio-facts.js';
import { defineRule } from '../../rule.js';

export default defineRule({
    id: 'portfolio-star-firm',
    category: 'portfolio',
    severity: 'warning',
    kind: 'portfolio',
    principle: {
        ko: '한 스타기업은 한 지역이 집중 육성한다; 여러 지역이 같은 기업을 나누어 지원하지 않는다.',
        en: 'One region concentrates on a star firm; regions do not spread support over the same firm.'
    },
    trigger: {
        ko: '둘 이상의 계획에 `star`인 `firm`이 있고 그 제목이 앞뒤 공백, 대소문자, 띄어쓰기를 무시하면 같을 때 (그런 firm의 `star`마다 하나)',
        en: 'two or more plans have a `firm` marked `star` whose titles are the same once white space and case are ignored (one diagnostic on each such firm\'s `star`)'
    },
    source: {
        heading: '□ 한국적 바이오클러스터의 전략 ▶ 육성기업의 선택과 집중',
        passage: '스타기업의 발굴 및 집중육성 … 육성자금 수혜의 경쟁체제 도입 … 단계별 성과측정과 추가지원 심사시스템 구축',
        gist: 'Find star firms and concentrate support on them, award support funds competitively, and review performance stage by stage before more support.'
    },
    messages: {
        main: {
            ko: '스타기업 "{title}"은(는) {others}의 계획에서도 스타기업입니다. 보고서는 스타기업을 발굴해 집중육성하라고 합니다 — 여러 지역이 같은 기업을 중복 지원하면 집중이 흩어지고 경쟁 선정과 성과 심사도 어렵습니다: 주된 지역 한 곳에서만 `star`를 두기로 협의하고, 이 계획이 그곳이 아니면 `star`를 지우세요.',
            en: 'The star firm "{title}" is also a star firm in the plans of {others}. The report asks to concentrate support on star firms; several regions backing the same firm spread that support and blur competitive selection and staged review: agree on one region that keeps `star`, and if it is not this one, remove `star` here.'
        },
        starIn: {
            ko: '{region}에서도 스타기업',
            en: 'also a star firm in {region}'
        }
    },
    applies: portfolio => portfolio.members.filter(member => member.facts.firms.some(firm => firm.star)).length >= 2,
    check: portfolio => {
        const stars = portfolio.members.flatMap(member => member.facts.firms
            .flatMap((firm): Array<MemberNode<StarFlag> & { title: string }> => firm.star ? [{ member, node: firm.star, title: firm.node.title ?? '' }] : []));
        return [...groupBy(stars, star => comparableTitle(star.title) || undefined).values()]
            .filter(group => new Set(group.map(star => star.member)).size >= 2)
            .flatMap(group => group.map(star => {
                const others = group.filter(other => other.member !== star.member);
                return {
                    node: star.node,
                    args: { title: star.title.trim(), others: labelsOf([...new Set(others.map(other => other.member))]) },
                    related: others.slice(0, OTHERS_SHOWN).map(other => ({ node: other.node, message: 'starIn' as const, args: { region: other.member.label } }))
                };
            }));
    },
    examples: {
        failing: [
            'region "인천광역시"\nfirm Celltrion "셀트리온(주)" { star }',
            'region "충청북도"\nfirm CelltrionOsong "셀트리온 (주)" { star }'
        ],
        passing: [
            'region "인천광역시"\nfirm Celltrion "셀트리온(주)" { star }',
            'region "충청북도"\nfirm CelltrionOsong "셀트리온 (주)"'
        ]
    }
});
