import { atPlan } from '../../findings.js';
import { formatEok } from '../../money.js';
import { median, type PortfolioMember } from '../../portfolio-facts.js';
import { defineRule } from '../../rule.js';

/** How many of the best-prepared plans a finding points to. */
const READIEST_SHOWN = 3;

export default defineRule({
    id: 'portfolio-investment-focus',
    category: 'portfolio',
    severity: 'warning',
    kind: 'portfolio',
    principle: {
        ko: '투자는 원칙을 잘 갖춘, 투자효율을 극대화할 수 있는 지역에 집중한다.',
        en: 'Investment is concentrated where it can be used best: in the regions whose plans keep the principles.'
    },
    trigger: {
        ko: '원칙 충족도(계획 자체의 점검표 점수)가 있는 계획이 셋 이상이고, 충족도가 그 중앙값보다 낮은 계획의 투자(과제 `budget`과 펀드 `amount`의 합, 억원)가 투자 중앙값의 기준값(기본 1.5)배를 넘을 때 (투자 중앙값이 0보다 클 때만; 그런 계획마다 하나)',
        en: 'three or more plans have a compliance score (their own scorecard), and a plan whose score is below the median score plans an investment (its tasks\' `budget`s and funds\' `amount`s, in 억원) above the threshold (default 1.5) times the median investment (only when that median is above 0; one diagnostic per such plan)'
    },
    source: {
        heading: '□ 한국적 바이오클러스터의 전략 ▶ 육성지역의 선택과 집중',
        passage: '투자효율성 극대화 가능지역에 집중투자 … 집중육성지역 선정을 위한 [조사위원회] 구성',
        gist: 'Concentrate investment in the regions where it can be used most efficiently, chosen by a survey committee.'
    },
    messages: {
        main: {
            ko: '이 계획의 원칙 충족도는 {compliance}%로 포트폴리오 중앙값 {medianCompliance}%보다 낮은데, 계획한 투자는 {investment}으로 투자 중앙값 {medianInvestment}의 {ratio}배입니다. 보고서는 투자효율을 극대화할 수 있는 지역에 집중투자하라고 합니다: 점검표에서 충족하지 못한 원칙을 먼저 보완하거나, 과제 `budget`과 펀드 `amount`의 합을 {allowed} 이하로 줄이고 나머지는 성과 심사 뒤 단계로 미루세요 (`review staged`).',
            en: 'This plan meets {compliance}% of the principles, below the portfolio median of {medianCompliance}%, yet plans an investment of {investment}, {ratio} times the median of {medianInvestment}. The report asks to concentrate investment where it is used most efficiently: first meet the principles the scorecard shows as failed, or keep the tasks\' `budget`s and funds\' `amount`s at {allowed} or less and leave the rest to later stages after review (`review staged`).'
        },
        readier: {
            ko: '{region}: 충족도 {compliance}%, 투자 {investment}',
            en: '{region}: {compliance}% of the principles met, investment {investment}'
        }
    },
    threshold: {
        default: 1.5,
        min: 1,
        meaning: { ko: '충족도가 중앙값보다 낮은 계획의 투자가 넘지 않아야 할, 투자 중앙값의 배수', en: 'the multiple of the median investment that a plan below the median compliance may not exceed' }
    },
    applies: portfolio => portfolio.members.filter(member => member.compliance !== undefined).length >= 3,
    check: (portfolio, threshold) => {
        const scored = portfolio.members.filter((member): member is PortfolioMember & { compliance: number } => member.compliance !== undefined);
        if (scored.length < 3) {
            return [];
        }
        const medianCompliance = median(scored.map(member => member.compliance));
        const medianInvestment = median(scored.map(member => member.investment));
        if (medianInvestment <= 0) {
            return [];
        }
        const readiest = [...scored].sort((a, b) => b.compliance - a.compliance).slice(0, READIEST_SHOWN);
        const round = (value: number) => Math.round(value * 10) / 10;
        return scored
            .filter(member => member.compliance < medianCompliance && member.investment > threshold * medianInvestment)
            .map(member => atPlan(member.facts, {
                args: {
                    compliance: member.compliance, medianCompliance: round(medianCompliance),
                    investment: formatEok(member.investment), medianInvestment: formatEok(medianInvestment),
                    ratio: round(member.investment / medianInvestment), allowed: formatEok(threshold * medianInvestment)
                },
                related: readiest.filter(other => other !== member).map(other => ({
                    node: other.facts.plan, keyword: 'plan', message: 'readier' as const,
                    args: { region: other.label, compliance: other.compliance, investment: formatEok(other.investment) }
                }))
            }));
    },
    examples: {
        failing: [
            'region "대전광역시"\nleadership private\nfund Seed "기초연구 펀드" { source joint amount 100 억원 }',
            'region "충청북도"\nleadership private\nfund Seed "임상 펀드" { source joint amount 100 억원 }',
            'region "경상북도"\nleadership government\nfund Big "바이오 단지 조성" { source public amount 900 억원 }'
        ],
        passing: [
            'region "대전광역시"\nleadership private\nfund Seed "기초연구 펀드" { source joint amount 100 억원 }',
            'region "충청북도"\nleadership private\nfund Seed "임상 펀드" { source joint amount 100 억원 }',
            'region "경상북도"\nleadership government\nfund Small "바이오 단지 1단계" { source public amount 120 억원 }'
        ]
    }
});
