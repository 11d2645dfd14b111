import type { PlanFacts } from '../../facts.js';
import { atName, keywords, mention } from '../../findings.js';
import { problemRecommending, TECH_TRANSFER_REWARD } from '../../prescriptions.js';
import { defineRule } from '../../rule.js';

/** The problem kind the reward answers: the mismatch of market needs and university roles. */
const REWARDED_PROBLEM = problemRecommending(TECH_TRANSFER_REWARD)!;

const researchInstitutions = (facts: PlanFacts) =>
    facts.institutions.filter(institution => institution.type?.value === 'university' || institution.type?.value === 'institute');

export default defineRule({
    id: 'tech-transfer-reward',
    category: 'innovation',
    severity: 'info',
    kind: 'principle',
    principle: {
        ko: '대학·공공연구소의 기술이전 실적에 대한 보상체계를 마련한다.',
        en: 'Reward universities and public institutes for transferring their technology.'
    },
    trigger: {
        ko: 'type university 또는 institute인 institution이 있는데, response에 reward를 둔 problem이 없을 때 (하나)',
        en: 'an `institution` has `type university` or `type institute`, and no `problem` lists the response `reward` (one diagnostic)'
    },
    source: {
        heading: '□ 한국적 바이오클러스터의 전략 ▶ 장기적 기초 과학기술 투자',
        passage: '대학, 공공연구소 연구결과의 상업화 경로 및 기술이전 실적에 대한 보상체계 마련',
        gist: 'Open paths to commercialise the results of universities and public institutes, and reward their technology transfer.'
    },
    messages: {
        main: {
            ko: '{institution}의 기술이전 실적을 보상할 체계가 없습니다. 보고서는 대학·공공연구소 연구결과의 상업화 경로와 기술이전 실적에 대한 보상체계를 마련하라고 합니다: 문제 {kind}의 `response`에 `reward`를 추가하세요.',
            en: 'Nothing rewards {institution} for transferring technology. The report calls for paths to commercialise university and institute research and rewards for technology transfer: add `reward` to the `response` of the {kind} problem.'
        },
        noProblem: {
            ko: '{institution}의 기술이전 실적을 보상할 체계가 없습니다. 보고서는 대학·공공연구소 연구결과의 상업화 경로와 기술이전 실적에 대한 보상체계를 마련하라고 합니다: `problem mismatch "…" { response reward }`를 추가하세요.',
            en: 'Nothing rewards {institution} for transferring technology. The report calls for paths to commercialise university and institute research and rewards for technology transfer: add `problem mismatch "…" { response reward }`.'
        },
        rewardedProblem: {
            ko: '`reward`를 더할 문제: {kind}',
            en: 'the problem to add `reward` to: {kind}'
        }
    },
    applies: facts => researchInstitutions(facts).length > 0,
    check: facts => {
        const institution = researchInstitutions(facts)[0];
        if (!institution || facts.problems.some(problem => problem.response?.responses.includes(TECH_TRANSFER_REWARD))) {
            return [];
        }
        const problem = facts.problems.find(candidate => candidate.node.kind === REWARDED_PROBLEM);
        const kind = keywords([REWARDED_PROBLEM], 'ProblemKind');
        return [problem
            ? atName(institution.node, {
                args: { institution: mention(institution.node), kind },
                related: [{ node: problem.node, property: 'kind', message: 'rewardedProblem', args: { kind } }]
            })
            : atName(institution.node, { message: 'noProblem', args: { institution: mention(institution.node) } })];
    },
    examples: {
        failing: 'institution PNU "부산대학교" { type university }',
        passing: 'institution PNU "부산대학교" { type university }\nproblem mismatch "대학 연구와 기업 수요의 불일치" {\n    response collaboration, reward\n}'
    }
});
