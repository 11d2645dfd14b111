import { readdirSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import { districtLines } from './plan-generator.js';
import { SeededRandom } from './random.js';

/**
 * A folder of realistic plans, as an agency collecting regional plans would have: each file
 * is one of the examples with every name changed, numbers and regions varied, and — for the
 * short draft — one more district of elements, so that files are about 150 lines long.
 */

const DECLARATION = /^(\s*)(plan|agency|government|champion|institution|firm|industry|fund|network|link|task)\s+([^\s"{]+)/;
const STRING = /"(?:\\[\s\S]|[^"\\])*"/g;
const REGIONS = ['서울', '부산', '대구', '인천', '광주', '대전', '울산', '세종', '경기', '강원', '충북', '충남', '전북', '전남', '경북', '경남', '제주'];
const NAME_CHARACTER = '[\\w\\u1100-\\u11FF\\u3131-\\u318E\\uAC00-\\uD7A3]';

interface Example {
    readonly text: string;
    readonly lines: number;
    readonly names: readonly string[];
}

function loadExamples(folder: string): Example[] {
    return readdirSync(folder)
        .filter(file => file.endsWith('.cplan'))
        .sort()
        .map(file => {
            const text = readFileSync(path.join(folder, file), 'utf8');
            const names = text.split('\n').flatMap(line => DECLARATION.exec(line)?.[3] ?? []);
            return { text, lines: text.split('\n').length, names };
        });
}

/** Renames whole names outside strings and comments; keywords are never in the map. */
function rename(text: string, renames: ReadonlyMap<string, string>): string {
    const pattern = new RegExp(`(?<!${NAME_CHARACTER})(${[...renames.keys()].join('|')})(?!${NAME_CHARACTER})`, 'g');
    return text.split('\n').map(line => {
        const comment = line.indexOf('//');
        const code = comment >= 0 && !line.slice(0, comment).includes('"') ? line.slice(0, comment) : line;
        const rest = line.slice(code.length);
        let result = '';
        let last = 0;
        for (const match of code.matchAll(STRING)) {
            result += code.slice(last, match.index).replace(pattern, name => renames.get(name)!) + match[0];
            last = match.index + match[0].length;
        }
        return result + code.slice(last).replace(pattern, name => renames.get(name)!) + rest;
    }).join('\n');
}

function variant(example: Example, index: number, random: SeededRandom): string {
    const region = random.pick(REGIONS);
    const renames = new Map(example.names.map(name => [name, `${region}${name}_${index}`]));
    let text = rename(example.text, renames)
        .replace(/부산|대구/g, region)
        .replace(/(budget|amount)\s+\d+/g, (_match, clause: string) => `${clause} ${random.int(5, 950)}`)
        .replace(/scientists\s+\d+/g, () => `scientists ${random.int(1, 9)}`);
    if (example.lines < 120) {
        // The short draft gets one more district, so that every file is a full-size plan.
        const end = text.lastIndexOf('}');
        text = `${text.slice(0, end)}${districtLines(`${region}${index}`, undefined, `${region}${index}`, random).join('\n')}\n}\n`;
    }
    // Every fifth file was saved on Windows.
    return index % 5 === 0 ? text.replace(/\r?\n/g, '\r\n') : text;
}

export interface PlanFolder {
    readonly folder: string;
    readonly files: number;
    readonly lines: number;
}

/** Writes `count` realistic plans below `folder`, 100 per subfolder as an archive would hold them. */
export async function writeRealisticPlans(examplesFolder: string, folder: string, count: number, seed: number): Promise<PlanFolder> {
    const examples = loadExamples(examplesFolder);
    const random = new SeededRandom(seed);
    let lines = 0;
    for (let i = 0; i < count; i++) {
        const text = variant(examples[i % examples.length], i, random);
        lines += text.split('\n').length;
        const subfolder = path.join(folder, `batch-${String(Math.floor(i / 100)).padStart(2, '0')}`);
        await mkdir(subfolder, { recursive: true });
        await writeFile(path.join(subfolder, `plan-${String(i).padStart(4, '0')}.cplan`), text);
    }
    return { folder, files: count, lines };
}

/** The 17 광역 regions (시·도) a national portfolio has one plan each of. */
const PROVINCES = ['서울특별시', '부산광역시', '대구광역시', '인천광역시', '광주광역시', '대전광역시', '울산광역시', '세종특별자치시', '경기도',
    '강원특별자치도', '충청북도', '충청남도', '전북특별자치도', '전라남도', '경상북도', '경상남도', '제주특별자치도'];

export interface PortfolioFolder extends PlanFolder {
    /** Member plans made from each example of the portfolio, by the example's file name. */
    readonly madeFrom: ReadonlyMap<string, readonly string[]>;
}

/**
 * A portfolio of `count` regional plans and its cplan.portfolio.json: each plan one of the
 * example portfolio's plans, renamed, for a region of its own (the 17 regions in turn, then
 * their districts), with varied amounts, so that positions, partners and star firms overlap
 * as in the example.
 */
export async function writeRealisticPortfolio(examplePortfolio: string, folder: string, count: number, seed: number): Promise<PortfolioFolder> {
    const files = readdirSync(examplePortfolio).filter(file => file.endsWith('.cplan')).sort();
    const examples = loadExamples(examplePortfolio);
    const random = new SeededRandom(seed);
    const madeFrom = new Map<string, string[]>(files.map(file => [file, []]));
    let lines = 0;
    await mkdir(folder, { recursive: true });
    await writeFile(path.join(folder, 'cplan.portfolio.json'), JSON.stringify({ title: `지역 바이오클러스터 계획 ${count}건 종합 검토` }));
    for (let i = 0; i < count; i++) {
        const example = examples[i % examples.length];
        const region = i < PROVINCES.length ? PROVINCES[i] : `${PROVINCES[i % PROVINCES.length]} 제${Math.floor(i / PROVINCES.length) + 1}권역`;
        const renames = new Map(example.names.map(name => [name, `${name}_${i}`]));
        const text = rename(example.text, renames)
            .replace(/region "[^"]*"/, `region "${region}"`)
            .replace(/(budget|amount)\s+\d+/g, (_match, clause: string) => `${clause} ${random.int(5, 950)}`);
        lines += text.split('\n').length;
        const name = `plan-${String(i).padStart(4, '0')}.cplan`;
        await writeFile(path.join(folder, name), text);
        madeFrom.get(files[i % files.length])!.push(name);
    }
    return { folder, files: count, lines, madeFrom };
}
