/**
 * Every rule module, in the order the catalogue lists them: the order of the report, which
 * `cplan rules`, the rule pages, the settings and the document's scorecard follow.
 * `npm run new-rule` adds a rule at the end of its category; reorder the lines to move one.
 * A test checks that each module under the category folders is listed here exactly once.
 */
import assessmentRequired from './roadmap/assessment-required.js';
import consensusRequired from './roadmap/consensus-required.js';
import horizonTenYears from './roadmap/horizon-ten-years.js';
import visionRequired from './roadmap/vision-required.js';
import visionChoices from './roadmap/vision-choices.js';
import valueChainPosition from './roadmap/value-chain-position.js';
import outsourcingPlan from './roadmap/outsourcing-plan.js';
import outsourceChannel from './roadmap/outsource-channel.js';
import lowCostTrap from './roadmap/low-cost-trap.js';
import hightechMyopia from './roadmap/hightech-myopia.js';
import startingPoint from './roadmap/starting-point.js';
import shortAndLongTerm from './roadmap/short-and-long-term.js';
import shortTermAgenda from './roadmap/short-term-agenda.js';
import longTermAgenda from './roadmap/long-term-agenda.js';
import agencyRequired from './governance/agency-required.js';
import agencyIndependent from './governance/agency-independent.js';
import agencyBudget from './governance/agency-budget.js';
import firmVoice from './governance/firm-voice.js';
import privateOperator from './governance/private-operator.js';
import centralLocalCoordination from './governance/central-local-coordination.js';
import privateLed from './governance/private-led.js';
import championRequired from './governance/champion-required.js';
import governmentRole from './governance/government-role.js';
import worldClassResearch from './innovation/world-class-research.js';
import localUniversityPlan from './innovation/local-university-plan.js';
import starScientists from './innovation/star-scientists.js';
import starFirms from './innovation/star-firms.js';
import privateCapital from './innovation/private-capital.js';
import competitiveSelection from './innovation/competitive-selection.js';
import fundAudit from './innovation/fund-audit.js';
import stagedReview from './innovation/staged-review.js';
import noSubsidy from './innovation/no-subsidy.js';
import rndOverFacilities from './innovation/rnd-over-facilities.js';
import techTransferReward from './innovation/tech-transfer-reward.js';
import dualTrackTalent from './innovation/dual-track-talent.js';
import selectiveSupport from './innovation/selective-support.js';
import supportServices from './cluster-policy/support-services.js';
import demandIndustries from './cluster-policy/demand-industries.js';
import livingEnvironment from './cluster-policy/living-environment.js';
import businessIncentives from './cluster-policy/business-incentives.js';
import marketEntryExit from './cluster-policy/market-entry-exit.js';
import ipProtection from './cluster-policy/ip-protection.js';
import problemResponse from './cluster-policy/problem-response.js';
import networkRequired from './networks/network-required.js';
import businessNetwork from './networks/business-network.js';
import meetingCadence from './networks/meeting-cadence.js';
import networkServices from './networks/network-services.js';
import smallWorld from './networks/small-world.js';
import championNetwork from './networks/champion-network.js';
import overseasLink from './networks/overseas-link.js';
import taskOwner from './hygiene/task-owner.js';
import fundSource from './hygiene/fund-source.js';
import periodOrder from './hygiene/period-order.js';
import periodWithinHorizon from './hygiene/period-within-horizon.js';
import taskCycle from './hygiene/task-cycle.js';
import waiverUnknownRule from './hygiene/waiver-unknown-rule.js';
import waiverReason from './hygiene/waiver-reason.js';
import waiverUnused from './hygiene/waiver-unused.js';
import duplicateName from './hygiene/duplicate-name.js';
import duplicateClause from './hygiene/duplicate-clause.js';
import syntax from './hygiene/syntax.js';
import reference from './hygiene/reference.js';
import portfolioOverlap from './portfolio/portfolio-overlap.js';
import portfolioOutsourceGap from './portfolio/portfolio-outsource-gap.js';
import portfolioHightechShare from './portfolio/portfolio-hightech-share.js';
import portfolioInvestmentFocus from './portfolio/portfolio-investment-focus.js';
import portfolioStarFirm from './portfolio/portfolio-star-firm.js';
import portfolioPartner from './portfolio/portfolio-partner.js';

export const RULE_MODULES = [
    // roadmap
    assessmentRequired,
    consensusRequired,
    horizonTenYears,
    visionRequired,
    visionChoices,
    valueChainPosition,
    outsourcingPlan,
    outsourceChannel,
    lowCostTrap,
    hightechMyopia,
    startingPoint,
    shortAndLongTerm,
    shortTermAgenda,
    longTermAgenda,
    // governance
    agencyRequired,
    agencyIndependent,
    agencyBudget,
    firmVoice,
    privateOperator,
    centralLocalCoordination,
    privateLed,
    championRequired,
    governmentRole,
    // innovation
    worldClassResearch,
    localUniversityPlan,
    starScientists,
    starFirms,
    selectiveSupport,
    privateCapital,
    competitiveSelection,
    fundAudit,
    stagedReview,
    noSubsidy,
    rndOverFacilities,
    techTransferReward,
    dualTrackTalent,
    // cluster-policy
    supportServices,
    demandIndustries,
    livingEnvironment,
    businessIncentives,
    marketEntryExit,
    ipProtection,
    problemResponse,
    // networks
    networkRequired,
    businessNetwork,
    meetingCadence,
    networkServices,
    smallWorld,
    championNetwork,
    overseasLink,
    // hygiene
    taskOwner,
    fundSource,
    periodOrder,
    periodWithinHorizon,
    taskCycle,
    waiverUnknownRule,
    waiverReason,
    waiverUnused,
    duplicateName,
    duplicateClause,
    syntax,
    reference,
    // portfolio: the report's three kinds of selection and concentration, across regions
    portfolioOverlap,
    portfolioOutsourceGap,
    portfolioHightechShare,
    portfolioInvestmentFocus,
    portfolioStarFirm,
    portfolioPartner
] as const;
