import type { Link } from '../../../grammar/generated/ast.js';
import { comparableTitle, groupBy, labelsOf, OTHERS_SHOWN, type MemberNode } from '../../portfolio-facts.js';
import { defineRule } from '../../rule.js';

export default defineRule({
    id: 'portfolio-partner',
    category: 'portfolio',
    severity: 'info',
    kind: 'portfolio',
    principle: {
        ko: '여러 지역이 같은 해외 클러스터와 연계하면 거점과 교류채널을 함께 쓴다.',
        en: 'Regions linked to the same overseas cluster share one base and one exchange channel.'
    },
    trigger: {
        ko: '둘 이상의 계획에 `scope overseas`인 `link`가 있고 그 제목이 앞뒤 공백, 대소문자, 띄어쓰기를 무시하면 같을 때 (그런 link마다 하나)',
        en: 'two or more plans have a `link` with `scope overseas` whose titles are the same once white space and case are ignored (one diagnostic on each such link)'
    },
    source: {
        heading: '□ 한국적 바이오클러스터의 전략 ▶ 네트워크 구축; ▶ 육성지역의 선택과 집중',
        passage: '해외 핵심클러스터와의 연계거점 및 교류채널 확보 … 투자효율성 극대화 가능지역에 집중투자',
        gist: 'Secure bases and exchange channels with the core overseas clusters, and concentrate investment where it is most efficient.'
    },
    messages: {
        main: {
            ko: '해외 연계 "{title}"은(는) {others}의 계획에도 있습니다. 보고서는 해외 핵심클러스터와의 연계거점과 교류채널을 확보하라고 합니다 — 같은 상대라면 지역마다 따로 두기보다 거점 하나를 함께 쓰는 편이 투자효율이 높습니다: 공동 운영을 협의했다면 `waive "portfolio-partner" because "…와 공동 거점 운영"`으로 남기세요.',
            en: 'The overseas link "{title}" is also in the plans of {others}. The report asks for a base and an exchange channel with each core overseas cluster; with the same partner, one shared base is a better use of money than one per region: once a joint base is agreed, record it: `waive "portfolio-partner" because "base shared with …"`.'
        },
        sameLinkIn: {
            ko: '{region}의 같은 해외 연계',
            en: 'the same overseas link in {region}'
        }
    },
    applies: portfolio => portfolio.members.filter(member => member.facts.links.some(link => link.scope?.value === 'overseas')).length >= 2,
    check: portfolio => {
        const overseas = portfolio.members.flatMap(member => member.facts.links
            .filter(link => link.scope?.value === 'overseas')
            .map((link): MemberNode<Link> => ({ member, node: link.node })));
        return [...groupBy(overseas, link => comparableTitle(link.node.title ?? '') || undefined).values()]
            .filter(group => new Set(group.map(link => link.member)).size >= 2)
            .flatMap(group => group.map(link => {
                const others = group.filter(other => other.member !== link.member);
                return {
                    node: link.node, property: 'title',
                    args: { title: link.node.title.trim(), others: labelsOf([...new Set(others.map(other => other.member))]) },
                    related: others.slice(0, OTHERS_SHOWN).map(other => ({ node: other.node, property: 'title', message: 'sameLinkIn' as const, args: { region: other.member.label } }))
                };
            }));
    },
    examples: {
        failing: [
            'region "충청북도"\nlink Boston "Boston 바이오클러스터" { scope overseas }',
            'region "대구광역시"\nlink BostonHub "boston  바이오클러스터" { scope overseas }'
        ],
        passing: [
            'region "충청북도"\nlink Boston "Boston 바이오클러스터" { scope overseas }',
            'region "대구광역시"\nlink Medicon "Medicon Valley" { scope overseas }'
        ]
    }
});
