import { SeededRandom } from './random.js';

/**
 * Synthetic plans for the benchmark. A plan is a fixed header (every plan-level clause, the
 * assessment and the vision, elements named like keywords) followed by repeated "districts":
 * each district declares every element kind with every clause, every money unit, Hangul and
 * ASCII names, both comment forms, multi-line and escaped strings, and references of every
 * kind — backwards, forwards (to the next district) and across networks. The values vary with
 * the seed, the line structure does not, so the size of a plan is predictable.
 */

export interface SyntheticPlanOptions {
    /** Lines wanted; the plan gets the nearest whole number of districts. */
    readonly lines: number;
    readonly seed: number;
    /** Windows line ends, as plans saved on Windows have. */
    readonly crlf?: boolean;
    /** A UTF-8 byte-order mark, as some Windows editors write. */
    readonly bom?: boolean;
}

export interface SyntheticPlan {
    readonly text: string;
    readonly lines: number;
}

const MONEY_UNITS = ['억원', '백만원', '조원', 'KRW', 'USD'] as const;
const SEGMENTS = ['research', 'discovery', 'preclinical', 'clinical', 'manufacturing', 'marketing'] as const;
const OFFERS = ['market', 'foresight', 'overseas', 'matching'] as const;
const CADENCES = ['monthly', 'quarterly', 'annually'] as const;
const INDUSTRY_KINDS = ['pharma', 'cro', 'cmo', 'other'] as const;
const PROBLEMS: ReadonlyArray<readonly [string, readonly string[]]> = [
    ['mismatch', ['collaboration', 'liaison', 'training', 'transfer']],
    ['purchasing', ['procurement']],
    ['policy', ['desubsidize', 'horizontal', 'consulting', 'noninterference']],
    ['market', ['competition']],
    ['information', ['foresight', 'intelligence']],
    ['linkage', ['dialogue', 'cooperation']]
];
const REGIONS = ['부산', '대구', '광주', '대전', '울산', '세종', '강원', '충북', '충남', '전북', '전남', '경북', '경남', '제주', '인천', '경기'];

/** Names of one district's elements; `tag` makes them unique within the plan. */
export function districtNames(tag: string) {
    return {
        agency: `진흥원${tag}`,
        city: `시청${tag}`,
        ministry: `부처${tag}`,
        champion: `Champion${tag}`,
        institute: `연구원${tag}`,
        university: `대학${tag}`,
        hospital: `Hospital${tag}`,
        starFirm: `기업${tag}_가`,
        firm: `Firm${tag}_b`,
        plainFirm: `_firm${tag}`,
        demandHospital: `병원${tag}`,
        industry: `Industry${tag}`,
        jointFund: `펀드${tag}`,
        publicFund: `과제${tag}`,
        forum: `포럼${tag}`,
        circle: `교류회${tag}`,
        overseasLink: `해외${tag}`,
        domesticLink: `국내${tag}`,
        short: [1, 2, 3].map(n => `단기${tag}_${n}`),
        long: [1, 2, 3].map(n => `장기${tag}_${n}`)
    };
}

/** Renders one amount of money, with or without a space before the unit. */
function money(random: SeededRandom): string {
    const unit = random.pick(MONEY_UNITS);
    const amount = unit === 'KRW' || unit === 'USD'
        ? String(random.int(1, 900) * 1_000_000)
        : random.chance(0.3) ? `${random.int(1, 99)}.${random.int(1, 9)}` : String(random.int(1, 900));
    return `${amount}${random.chance(0.3) ? '' : ' '}${unit}`;
}

/**
 * One district: about a hundred lines. `previous` and `next` are the tags of the districts
 * before and after it (the same tag when the plan has one district).
 */
export function districtLines(tag: string, previous: string | undefined, next: string, random: SeededRandom): string[] {
    const n = districtNames(tag);
    const after = districtNames(next);
    const before = previous === undefined ? undefined : districtNames(previous);
    const region = random.pick(REGIONS);
    const [problemKind, responses] = random.pick(PROBLEMS);
    // A few districts break a rule, so that checks report findings as in real drafts.
    const discretionary = random.chance(0.1);
    const subsidy = random.chance(0.1);
    const lateYear = random.chance(0.05) ? 2041 : 2036;

    return [
        `    // ── 권역 ${tag}: ${region} ──`,
        `    agency ${n.agency} "${region} 바이오클러스터 진흥원 ${tag}" {`,
        `        independent`,
        `        budget ${money(random)}`,
        `        mandate "클러스터 육성 정책의 총괄`,
        `                 (\\"전담기구\\" 운영, 경로 C:\\\\plans)"`,
        `        survey ${random.pick(CADENCES)}`,
        `    }`,
        `    government ${n.city} "${region}광역시 미래산업국" { level local }`,
        `    government ${n.ministry} "보건복지부 ${tag}"`,
        `    champion ${n.champion} "${region} 출신 연구소장 ${tag}" {`,
        `        role "기업인 네트워크 활성화"`,
        `        origin ${random.pick(['local', 'external'])}`,
        `    }`,
        `    institution ${n.institute} "국립 ${region} 바이오 연구원" {`,
        `        type institute`,
        `        tier global`,
        `        origin external`,
        `        scientists ${random.int(1, 12)}`,
        `    }`,
        `    institution ${n.university} "${region}대학교 생명공학과" { type university tier national origin local }`,
        `    institution ${n.hospital} "${region} 의료원" {`,
        `        type hospital /* 임상 거점 */ tier regional`,
        `    }`,
        `    firm ${n.starFirm} "${region}바이오(주)" { star origin local stage growth }`,
        `    firm ${n.firm} "Bio ${tag} Inc." {`,
        `        origin external`,
        `        stage ${random.pick(['startup', 'established'])}`,
        `    }`,
        `    firm ${n.plainFirm} "${region} 벤처 ${tag}"`,
        `    industry ${n.demandHospital} "${region}대학교병원" { kind hospital }`,
        `    industry ${n.industry} "${region} 연관산업 ${tag}" { kind ${random.pick(INDUSTRY_KINDS)} }`,
        `    fund ${n.jointFund} "${region} 공동투자펀드" {`,
        `        source joint`,
        `        amount ${money(random)}`,
        `        selection competitive`,
        `        audit continuous`,
        `        review staged`,
        `        purpose investment`,
        `    }`,
        `    fund ${n.publicFund} "${region} 기초연구 과제" {`,
        `        source public`,
        `        amount ${money(random)}`,
        `        selection ${discretionary ? 'discretionary' : 'competitive'}`,
        `        audit ${discretionary ? 'annual' : 'continuous'}`,
        `        review ${discretionary ? 'none' : 'staged'}`,
        `        purpose ${subsidy ? 'subsidy' : random.pick(['research', 'infrastructure'])}`,
        `    }`,
        `    network ${n.forum} "${region} 신약 비즈니스 포럼" {`,
        `        kind business`,
        `        members ${n.starFirm}, ${n.firm}, ${n.institute}, ${after.university}`,
        `        host ${n.agency}`,
        `        meets ${random.pick(CADENCES)}`,
        `        offers ${random.subset(OFFERS).join(', ')}`,
        `        bridge ${n.circle} via ${n.champion}`,
        before ? `        bridge ${before.forum} via ${n.agency}` : `        // 첫 권역: 앞 권역과의 다리 없음`,
        `    }`,
        `    network ${n.circle} "${region} 연구자·창업자 교류회" {`,
        `        kind ${random.pick(['social', 'official', 'business'])}`,
        `        members ${n.university}, ${n.hospital}, ${n.plainFirm}`,
        `        host ${n.university}`,
        `        meets quarterly`,
        `        offers matching, overseas`,
        `        bridge ${after.forum} via ${n.institute}`,
        `    }`,
        `    link ${n.overseasLink} "San Diego 바이오클러스터 ${tag}" {`,
        `        scope overseas`,
        `        channel "공동연구 및 인력교류"`,
        `        partner ${n.institute}`,
        `    }`,
        `    link ${n.domesticLink} "오송 첨단의료복합단지 ${tag}" { scope domestic channel "임상 위탁" partner ${after.agency} }`,
        random.chance(0.3)
            ? `    problem ${problemKind} { response ${random.subset(responses).join(', ')} }`
            : `    problem ${problemKind} "${region}의 체계적 문제 ${tag}" { response ${random.subset(responses).join(', ')} }`,
        `    task ${n.short[0]} "${region} 핵심 인력 정주 여건" {`,
        `        term short`,
        `        owner ${n.city}`,
        `        period 2026 to 2028`,
        `        budget ${money(random)}`,
        `        goals talent, infrastructure`,
        `    }`,
        `    task ${n.short[1]} "${region} 기술인력 양성" { term short owner ${n.university} period 2026 to 2028 goals workforce }`,
        `    task ${n.short[2]} "${region} 세제·규제 특례와 펀드" {`,
        `        term short owner ${n.agency} period 2026 to 2027 budget ${money(random)} goals policy, finance`,
        `    }`,
        `    task ${n.long[0]} "${region} 세계적 연구기반" {`,
        `        term long`,
        `        owner ${n.institute}`,
        `        period 2027 to 2037`,
        `        budget ${money(random)}`,
        `        goals research`,
        `        after ${n.short[1]}`,
        `    }`,
        `    task ${n.long[1]} "${region} 창업 보육과 지원서비스" {`,
        `        term long owner ${n.agency} period 2028 to 2037`,
        `        goals startups, services`,
        before ? `        after ${n.short[2]}, ${before.long[0]}` : `        after ${n.short[2]}`,
        `    }`,
        `    task ${n.long[2]} "${region} 네트워크 고도화와 해외 연계" {`,
        `        term long owner ${n.champion} period 2027 to ${lateYear}`,
        `        goals network, global after ${after.short[0]}`,
        `    }`,
        ``
    ];
}

function headerLines(firstTag: string, random: SeededRandom): string[] {
    const first = districtNames(firstTag);
    return [
        `// 합성 벤치마크 계획 (seed로 결정되는 내용)`,
        `/* 모든 구문을 사용하는 계획:`,
        `   요소, 절, 화폐 단위, 한글 이름, 주석, 참조 */`,
        `plan 벤치마크계획 "합성 바이오클러스터 발전계획 2026–2037" {`,
        `    region "가상광역시"`,
        `    horizon 2026 to 2037`,
        `    leadership ${random.pick(['private', 'private', 'joint'])}`,
        `    language ko`,
        `    services venture, patent, legal, finance, consulting`,
        `    environment education, culture, transport, housing, childcare, medical`,
        `    incentives tax, deregulation`,
        `    ip "지식재산 보호 지원센터 운영"`,
        `    waive "overseas-links" because "해외 연계는 권역별로 이미 계획됨"`,
        `    assessment {`,
        `        summary "바이오 기업 ${random.int(20, 90)}개 중 하이테크 바이오텍은 ${random.int(3, 15)}개"`,
        `        strength "국립 연구기반"`,
        `        strength "대형 가공단지"`,
        `        weakness "벤처캐피탈 투자 부족"`,
        `        weakness "임상 역량 부재"`,
        `        consensus "시장, 시의회 여야, 대학·기업 대표의 12년 협약"`,
        `    }`,
        `    vision "해양생물 소재 기반 신약 후보물질 발굴 거점" {`,
        `        strategy attraction`,
        `        scope ${random.pick(['hightech', 'lifescience'])}`,
        `        structure distributed`,
        `        position ${SEGMENTS.slice(0, 3).join(', ')}`,
        `        outsource ${SEGMENTS.slice(3).join(', ')} to ${first.domesticLink}`,
        `    }`,
        `    // 키워드와 같은 이름도 이름으로 쓸 수 있다`,
        `    firm research "리서치(주)" { star }`,
        `    institution global "글로벌 연구소" { tier global }`,
        `    network network "네트워크 협의회" { kind business members research, global host global }`,
        `    link overseas "Boston 클러스터" { scope overseas partner research }`,
        `    task task "키워드 이름 과제" { term long owner global period 2030 to 2035 goals global after ${first.short[0]} }`,
        ``
    ];
}

export function generatePlan(options: SyntheticPlanOptions): SyntheticPlan {
    const random = new SeededRandom(options.seed);
    const header = headerLines('1', new SeededRandom(options.seed));
    const perDistrict = districtLines('1', undefined, '1', new SeededRandom(options.seed)).length;
    const districts = Math.max(1, Math.round((options.lines - header.length - 1) / perDistrict));
    const lines = headerLines('1', random);
    for (let i = 1; i <= districts; i++) {
        const next = i === districts ? 1 : i + 1;
        lines.push(...districtLines(String(i), i === 1 ? undefined : String(i - 1), String(next), random));
    }
    lines.push('}', '');
    const newline = options.crlf ? '\r\n' : '\n';
    return { text: (options.bom ? '\uFEFF' : '') + lines.join(newline), lines: lines.length - 1 };
}
