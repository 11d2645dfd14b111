import type { Localized } from './locale.js';

/**
 * The texts a planner still has to write, as quick fixes and the skeleton of a new plan insert
 * them: quoted `"<…>"`, so that the plan stays valid and the rules read them as blank
 * (texts.ts) until they are filled in.
 */
export const PLACEHOLDERS = {
    agency: { ko: '<전담기구 이름>', en: '<agency name>' },
    mandate: { ko: '<전담기구가 총괄할 정책과 활동>', en: '<the policies and activities the agency oversees>' },
    champion: { ko: '<챔피언 이름>', en: '<champion name>' },
    role: { ko: '<맡을 역할>', en: '<role>' },
    institution: { ko: '<세계적 수준의 대학·연구기관>', en: '<world-class university or institute>' },
    firm: { ko: '<스타기업 이름>', en: '<star firm name>' },
    fund: { ko: '<민관 공동 펀드 이름>', en: '<joint fund name>' },
    industry: { ko: '<대형 병원·제약사 이름>', en: '<large hospital or pharma company>' },
    network: { ko: '<네트워크 이름>', en: '<network name>' },
    link: { ko: '<해외 핵심클러스터>', en: '<core overseas cluster>' },
    channel: { ko: '<교류 채널>', en: '<exchange channel>' },
    task: { ko: '<과제 이름>', en: '<task title>' },
    shortTask: { ko: '<단기 집중추진 과제>', en: '<short-term task>' },
    longTask: { ko: '<장기 전략과제>', en: '<long-term strategic task>' },
    ip: { ko: '<지식재산 보호장치>', en: '<intellectual-property safeguard>' },
    region: { ko: '<지역 이름>', en: '<region>' },
    vision: { ko: '<지역의 차별화된 발전비전>', en: '<the region\'s differentiated vision>' },
    summary: { ko: '<지역 바이오산업 현황>', en: '<the region\'s bio-industry today>' },
    strength: { ko: '<강점>', en: '<strength>' },
    weakness: { ko: '<약점>', en: '<weakness>' },
    consensus: { ko: '<여야·대학·기업이 합의한 내용>', en: '<what parties, universities and firms agreed>' },
    universityTask: { ko: '<지역 대학 연구역량 고도화 과제>', en: '<raising the local university\'s research>' },
    talentTask: { ko: '<인력 양성 과제>', en: '<training task>' },
    mismatch: { ko: '<대학 연구와 기업 수요의 불일치>', en: '<university research vs firms\' needs>' }
} satisfies Record<string, Localized>;
