import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { AstUtils, GrammarAST } from 'langium';
import { describe, expect, test } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { RegionClause } from '../src/grammar/generated/ast.js';
import { spellingsOf } from '../src/grammar/keyword-spellings.js';
import { runCplan } from './cli-helpers.js';
import { checkText, codesOf, example, services } from './helpers.js';

/**
 * The contract of language.md and rules.md read sentence by sentence: each test names the
 * sentence it holds the product to.
 */

const BUSAN = example('busan-marine-bio.cplan');
const plan = (body: string) => `plan P "제목" {\n${body}\n}\n`;
const beforeClosingBrace = (text: string, addition: string) => text.replace(/\}\s*$/, `${addition}\n}\n`);

/** Replaces text that must be present, so that a test can never pass by changing nothing. */
function edit(text: string, ...replacements: Array<[string, string]>): string {
    let result = text;
    for (const [from, to] of replacements) {
        if (!result.includes(from)) {
            throw new Error(`test setup: ${from} is not in the plan`);
        }
        result = result.replace(from, to);
    }
    return result;
}

async function diagnosticsOf(text: string, code?: string): Promise<Diagnostic[]> {
    const { diagnostics } = await checkText(text);
    return code ? diagnostics.filter(diagnostic => diagnostic.code === code) : diagnostics;
}

const codes = async (text: string) => codesOf(await diagnosticsOf(text));
const count = async (text: string, code: string) => (await diagnosticsOf(text, code)).length;

async function withLocale<T>(locale: 'ko' | 'en', run: () => Promise<T>): Promise<T> {
    const settings = services.plan.Settings;
    const previous = settings.locale;
    settings.locale = locale;
    try {
        return await run();
    } finally {
        settings.locale = previous;
    }
}

describe('language.md: blocks, clauses and names', () => {
    test('assessment entries, bridge, plan-level elements, problem and waive may repeat', async () => {
        const text = beforeClosingBrace(edit(BUSAN,
            ['bridge TalentCircle via DrJeong', 'bridge TalentCircle via DrJeong\n        bridge TalentCircle via PNU'],
            ['consensus "', 'consensus "추가 합의"\n        summary "추가"\n        consensus "']),
        'problem linkage { response dialogue }\n    problem market { response competition }\n'
            + '    waive "ip-protection" because "검토"\n    waive "ip-protection" because "재검토"');
        expect(await count(text, 'duplicate-clause')).toBe(0);
    });

    test('a second assessment or vision block, a second members or response, is duplicate-clause', async () => {
        expect(await count(beforeClosingBrace(BUSAN, 'assessment { consensus "또" }'), 'duplicate-clause')).toBe(1);
        expect(await count(beforeClosingBrace(BUSAN, 'vision "또" { strategy greenfield }'), 'duplicate-clause')).toBe(1);
        expect(await count(edit(BUSAN, ['members PNU, PKNU', 'members PNU members PKNU']), 'duplicate-clause')).toBe(1);
        expect(await count(edit(BUSAN, ['response collaboration, transfer', 'response collaboration response transfer']), 'duplicate-clause')).toBe(1);
    });

    test('a clause repeated inside a repeated block is reported too', async () => {
        const text = beforeClosingBrace(BUSAN, 'vision "또" { strategy greenfield strategy attraction }');
        const repeats = await diagnosticsOf(text, 'duplicate-clause');
        expect(repeats).toHaveLength(2);
    });

    test('every entry of an actor, fund, network, link or task block appears at most once', async () => {
        const entries: Record<string, string[]> = {
            agency: ['independent', 'budget 1 억원', 'mandate "m"', 'survey monthly'],
            government: ['level local'],
            champion: ['role "r"', 'origin local'],
            institution: ['type university', 'tier global', 'origin local', 'scientists 1'],
            firm: ['star', 'origin local', 'stage startup'],
            industry: ['kind pharma'],
            fund: ['source public', 'amount 1 USD', 'selection competitive', 'audit none', 'review none', 'purpose research'],
            network: ['kind business', 'members X', 'host X', 'meets monthly', 'offers market'],
            link: ['scope overseas', 'channel "c"', 'partner X'],
            task: ['term short', 'owner X', 'period 2026 to 2027', 'budget 1 억원', 'goals talent', 'after T0']
        };
        for (const [element, clauses] of Object.entries(entries)) {
            const doubled = clauses.map(clause => `${clause} ${clause}`).join(' ');
            const text = plan(`firm X "x"\ntask T0 "t" { }\n${element} E "e" { ${doubled} }`);
            expect(await count(text, 'duplicate-clause'), element).toBe(clauses.length);
        }
    });

    test('every plan-level clause other than the repeatable ones appears at most once', async () => {
        for (const clause of ['region "r"', 'horizon 2026 to 2040', 'leadership private', 'language en', 'services venture',
            'environment housing', 'incentives tax', 'ip "i"']) {
            expect(await count(beforeClosingBrace(BUSAN, clause), 'duplicate-clause'), clause).toBe(1);
        }
    });

    test('the blocks of agency … link may be left out; assessment, vision, task and problem need one', async () => {
        const bare = plan(['agency A "a"', 'government G "g"', 'champion C "c"', 'institution I "i"', 'firm F "f"',
            'industry D "d"', 'fund U "u"', 'network N "n"', 'link L "l"', 'assessment { }', 'vision "v" { }',
            'task T "t" { }', 'problem market { }', 'problem policy "설명" { }'].join('\n'));
        expect(await codes(bare)).not.toContain('syntax');
        for (const blockless of ['assessment', 'vision "v"', 'task T "t"', 'problem market', 'problem market "설명"']) {
            expect(await codes(plan(blockless)), blockless).toContain('syntax');
        }
    });

    test('a reference to an element of the wrong kind is reference', async () => {
        const text = plan('agency A "a"\nlink L "l"\nnetwork N "n" { members L bridge A via A }\ntask T "t" { owner N after A }');
        expect(await count(text, 'reference')).toBe(4);
    });

    test('a name that exists nowhere is reported as missing, in either language', async () => {
        const text = plan('task T "t" { owner Nobody }');
        expect((await diagnosticsOf(text, 'reference')).map(d => String(d.message)))
            .toEqual([expect.stringMatching(/^주체 Nobody을\(를\) 이 계획에서 찾을 수 없습니다\..*`agency Nobody "…"`/)]);
        const english = await withLocale('en', () => diagnosticsOf(plan('agency A "a"\ntask T "t" { after A }'), 'reference'));
        expect(english.map(d => String(d.message))).toEqual([expect.stringMatching(/^A is the agency declared on line 2, but only a task may stand here/)]);
    });
});

describe('language.md: lexical rules', () => {
    test('a name may be spelled like any keyword in every name and reference position', async () => {
        const text = `plan plan "계획" {
    agency to "a" { independent }
    firm via "f"
    firm 억원 "f"
    institution KRW "i"
    link after "l" { partner via }
    network goals "n" { members via, 억원 host KRW bridge goals via to }
    vision "v" { outsource clinical to after }
    task term "t" { owner to after 조원 goals research, global term long budget 3 억원 }
    task 조원 "t" { owner 억원 after term }
}`;
        const found = await codes(text);
        expect(found).not.toContain('syntax');
        expect(found).not.toContain('reference');
        expect(found).not.toContain('duplicate-name');
    });

    test('every keyword, in either spelling, parses as a plan name, an element name and a reference', async () => {
        // Every keyword of the grammar that reads as a word, independent of how the lexer lets names take them,
        // with its Korean spelling (korean.md: any alias may also be a name).
        const keywords = [...new Set(AstUtils.streamAllContents(services.Grammar).filter(GrammarAST.isKeyword)
            .map(keyword => keyword.value).filter(value => /^\p{L}[\p{L}\p{N}_-]*$/u.test(value)).toArray().flatMap(value => spellingsOf(value)))];
        expect(keywords.length).toBeGreaterThan(320);
        for (const keyword of keywords) {
            const text = `plan ${keyword} "p" {\n firm ${keyword} "f"\n link L "l" { partner ${keyword} }\n`
                + `task T "t" { owner ${keyword} after T }\n network N "n" { members ${keyword}, ${keyword} bridge N via ${keyword} }\n}`;
            const found = await codes(text);
            expect(found.filter(code => code === 'syntax' || code === 'reference'), keyword).toEqual([]);
        }
    });

    test('a list ends at the first item not followed by a comma', async () => {
        const { document } = await checkText(plan('task T "t" { goals research, global term long }'));
        expect(codesOf(document.diagnostics ?? [])).not.toContain('syntax');
        const task = document.parseResult.value.items[0] as { clauses: Array<{ $type: string; goals?: string[]; value?: string }> };
        expect(task.clauses.map(clause => clause.$type)).toEqual(['GoalsClause', 'TermClause']);
        expect(task.clauses[0].goals).toEqual(['research', 'global']);
        expect(await codes(plan('task T "t" { goals research, term long }'))).toContain('syntax');
    });

    test('the money unit follows the number with or without a space; decimals and thousands separators too', async () => {
        for (const money of ['120억원', '120 억원', '3.5조원', '3.5 조원', '250백만원', '7USD', '9 KRW', '1,000 억원', '2,000,000 USD', '1,200.5억원']) {
            expect(await codes(plan(`agency A "a" { budget ${money} }`)), money).not.toContain('syntax');
        }
        for (const bad of ['1,00 억원', '10,00,000 억원', '.5 억원', '5. 억원', '5 원']) {
            expect(await codes(plan(`agency A "a" { budget ${bad} }`)), bad).toContain('syntax');
        }
    });

    test('years and counts may not group their digits', async () => {
        expect(await codes(plan('horizon 2,026 to 2035'))).toContain('syntax');
        expect(await codes(plan('institution U "u" { scientists 1,200 }'))).toContain('syntax');
    });

    test('only \\" and \\\\ are escapes: any other backslash stays as written', async () => {
        const { document } = await checkText(plan(String.raw`region "C:\new\data \"본사\" \\ 끝"`));
        expect((document.parseResult.value.items[0] as RegionClause).text).toBe(String.raw`C:\new\data "본사" \ 끝`);
    });

    test('comments may stand between any two tokens', async () => {
        const text = '/*a*/plan/*b*/P/*c*/"t"/*d*/{//e\n/*f*/agency/*g*/A/*h*/"a"/*i*/{/*j*/budget/*k*/1/*l*/억원/*m*/}//n\n}//o';
        expect(await codes(text)).not.toContain('syntax');
    });

    test('a byte-order mark and CR line ends are accepted together', async () => {
        expect(await codes('\uFEFF' + BUSAN.replaceAll('\n', '\r'))).toEqual([]);
    });

    test('language takes ko or en and nothing else', async () => {
        expect(await codes(edit(BUSAN, ['language ko', 'language en']))).toEqual([]);
        expect(await codes(edit(BUSAN, ['language ko', 'language ja']))).toContain('syntax');
    });
});

describe('rules.md: triggers read literally', () => {
    test('horizon-ten-years fires on a reversed horizon, and says what the horizon is', async () => {
        const [finding] = await diagnosticsOf(edit(BUSAN, ['horizon 2026 to 2037', 'horizon 2037 to 2026']), 'horizon-ten-years');
        expect(finding.message).toContain('2037');
        expect(finding.message).not.toMatch(/-\d/);
        const [short] = await diagnosticsOf(edit(BUSAN, ['horizon 2026 to 2037', 'horizon 2026 to 2030'], ['period 2027 to 2036', 'period 2027 to 2030'],
            ['period 2027 to 2037', 'period 2027 to 2030'], ['period 2028 to 2037', 'period 2028 to 2030']), 'horizon-ten-years');
        expect(short.message).toMatch(/2026.*2030.*5/);
    });

    test('period-within-horizon is silent without a horizon or with a reversed one', async () => {
        const outside = edit(BUSAN, ['period 2026 to 2028', 'period 2020 to 2050']);
        expect(await count(outside, 'period-within-horizon')).toBe(1);
        expect(await count(edit(outside, ['horizon 2026 to 2037', '']), 'period-within-horizon')).toBe(0);
        expect(await count(edit(outside, ['horizon 2026 to 2037', 'horizon 2037 to 2026']), 'period-within-horizon')).toBe(0);
    });

    test('period-order names the horizon or the task whose period is reversed', async () => {
        const text = edit(BUSAN, ['horizon 2026 to 2037', 'horizon 2037 to 2026'], ['period 2026 to 2027', 'period 2027 to 2026']);
        const messages = (await diagnosticsOf(text, 'period-order')).map(diagnostic => String(diagnostic.message));
        expect(messages).toHaveLength(2);
        expect(messages.some(message => message.includes('horizon'))).toBe(true);
        expect(messages.some(message => message.includes('T3'))).toBe(true);
    });

    test('task-cycle: a task naming itself gives one diagnostic; a two-task cycle two; a task hanging off a cycle none', async () => {
        expect(await count(edit(BUSAN, ['goals workforce', 'goals workforce\n        after T2']), 'task-cycle')).toBe(1);
        expect(await count(edit(BUSAN, ['goals workforce', 'goals workforce\n        after T2, T2']), 'task-cycle')).toBe(1);
        const pair = edit(BUSAN, ['goals workforce', 'goals workforce\n        after T4']);
        expect(await count(pair, 'task-cycle')).toBe(2);
    });

    test('firm-voice fires once when the plan has no agency at all', async () => {
        expect(await count(plan(''), 'firm-voice')).toBe(1);
    });

    test('private-led: error when missing or government, info when joint, silent when private', async () => {
        const severity = async (clause: string) => (await diagnosticsOf(edit(BUSAN, ['leadership private', clause]), 'private-led')).map(d => d.severity);
        expect(await severity('leadership government')).toEqual([1]);
        expect(await severity('')).toEqual([1]);
        expect(await severity('leadership joint')).toEqual([3]);
        expect(await severity('leadership private')).toEqual([]);
    });

    test('government-role looks only at tasks owned by a government', async () => {
        const goals = 'goals talent, infrastructure';
        expect(await count(edit(BUSAN, [goals, 'goals talent, infrastructure, startups, network']), 'government-role')).toBe(1);
        expect(await count(edit(BUSAN, [goals, 'goals talent, infrastructure, finance']), 'government-role')).toBe(0);
        expect(await count(edit(BUSAN, ['goals network, global', 'goals network, global, finance']), 'government-role')).toBe(0);
    });

    test('star-scientists fires on scientists 0', async () => {
        expect(await count(edit(BUSAN, ['scientists 4', 'scientists 0']), 'star-scientists')).toBe(1);
    });

    test('small-world: one diagnostic; a bridge ties in either direction; host and via do not tie', async () => {
        const unbridged = edit(BUSAN, ['bridge TalentCircle via DrJeong', ''], ['members PNU, PKNU, BlueCell, DongNam', 'members PNU, PKNU, DongNam']);
        expect(await count(unbridged, 'small-world')).toBe(1);
        expect(await count(edit(unbridged, ['host PNU', 'host BMBA']), 'small-world')).toBe(1);
        expect(await count(edit(unbridged, ['offers matching, overseas', 'offers matching, overseas\n        bridge DiscoveryForum via SeaGen']), 'small-world')).toBe(0);
        expect(await count(edit(unbridged, ['offers matching, overseas', 'offers matching, overseas\n        bridge TalentCircle via SeaGen']), 'small-world')).toBe(1);
        const three = beforeClosingBrace(unbridged, 'network Third "셋째" { kind business offers market members MarineInst }');
        expect(await count(three, 'small-world')).toBe(1);
    });
});

describe('rules.md: waivers', () => {
    const withoutGlobal = edit(BUSAN, ['tier global', 'tier national'], ['tier global', 'tier national']);

    test('a waiver silences every diagnostic of its rule', async () => {
        const twoAgencies = edit(BUSAN, ['        independent\n', ''], ['government BusanCity', 'agency Second "둘째" { budget 1 억원 survey monthly }\n    government BusanCity']);
        expect(await count(twoAgencies, 'agency-independent')).toBe(2);
        expect(await codes(beforeClosingBrace(twoAgencies, 'waive "agency-independent" because "설립 중"'))).toEqual([]);
    });

    test('a blank reason silences nothing, and is also unused when the rule would not fire', async () => {
        expect((await codes(beforeClosingBrace(withoutGlobal, 'waive "world-class-research" because " "'))).sort())
            .toEqual(['waiver-reason', 'world-class-research']);
        expect((await codes(beforeClosingBrace(BUSAN, 'waive "world-class-research" because ""'))).sort())
            .toEqual(['waiver-reason', 'waiver-unused']);
    });

    test('an unknown id gives only waiver-unknown-rule, whatever its reason', async () => {
        expect(await codes(beforeClosingBrace(BUSAN, 'waive "no-such-rule" because ""'))).toEqual(['waiver-unknown-rule']);
    });

    test('with a syntax error, waivers are not judged', async () => {
        const broken = edit(BUSAN, ['horizon 2026 to 2037', 'horizon 2026 2037']);
        const found = await codes(beforeClosingBrace(broken, 'waive "nope" because ""'));
        expect([...new Set(found)]).toEqual(['syntax']);
    });
});

describe('rules.md: messages say what is wrong in this plan', () => {
    test('duplicate-clause names the block the clause is repeated in', async () => {
        const messages = async (text: string) => (await diagnosticsOf(text, 'duplicate-clause')).map(d => String(d.message));
        expect(await messages(edit(BUSAN, ['budget 120 억원', 'budget 120 억원 budget 1 억원']))).toEqual([expect.stringContaining('BMBA')]);
        expect(await messages(edit(BUSAN, ['period 2026 to 2027', 'period 2026 to 2027 period 2026 to 2027']))).toEqual([expect.stringContaining('T3')]);
        const [planLevel] = await withLocale('en', () => messages(beforeClosingBrace(BUSAN, 'ip "또"')));
        expect(planLevel).toContain('BusanMarineBio');
    });

    test('duplicate-name says which kinds of element share the name', async () => {
        const [finding] = await diagnosticsOf(edit(BUSAN, ['firm BlueCell', 'firm PNU "중복"\n    firm BlueCell']), 'duplicate-name');
        expect(finding.message).toContain('PNU');
        expect(finding.message).toContain('대학·연구기관');
        expect(finding.message).toContain('기업');
    });

    test('numbers are shown as digits, never in exponent notation', async () => {
        const text = edit(BUSAN, ['period 2026 to 2028', 'period 2026 to 123456789012345678901234567890']);
        const [finding] = await diagnosticsOf(text, 'period-within-horizon');
        expect(finding.message).not.toMatch(/e\+/);
    });
});

describe('cplan check: folders', () => {
    const tempDir = () => mkdtempSync(path.join(tmpdir(), 'cplan-audit-'));

    test('takes every *.cplan below a folder, hidden folders included', () => {
        const dir = tempDir();
        mkdirSync(path.join(dir, 'plans', '.drafts'), { recursive: true });
        writeFileSync(path.join(dir, 'plans', 'a.cplan'), BUSAN);
        writeFileSync(path.join(dir, 'plans', '.drafts', 'b.cplan'), BUSAN);
        const result = runCplan(['check', '--format', 'json', 'plans'], { cwd: dir });
        expect(result.status).toBe(0);
        expect(JSON.parse(result.stdout).files.map((file: { path: string }) => file.path).sort())
            .toEqual([path.join('plans', '.drafts', 'b.cplan'), path.join('plans', 'a.cplan')].sort());
    });

    test('a folder reached earlier through a link is still checked when named, and no plan is reported twice', () => {
        const dir = tempDir();
        mkdirSync(path.join(dir, 'a'));
        mkdirSync(path.join(dir, 'b'));
        writeFileSync(path.join(dir, 'b', 'z.cplan'), BUSAN);
        symlinkSync('..', path.join(dir, 'a', 'up'));
        const result = runCplan(['check', '--format', 'json', 'a', 'b'], { cwd: dir });
        expect(result.stderr).toBe('');
        expect(result.status).toBe(0);
        expect(JSON.parse(result.stdout).files).toHaveLength(1);
    });

    test('readable files are reported even when another file is binary, with exit 2', () => {
        const dir = tempDir();
        writeFileSync(path.join(dir, 'bin.cplan'), Buffer.from([0x70, 0x00]));
        writeFileSync(path.join(dir, 'good.cplan'), BUSAN);
        const result = runCplan(['check', '--format', 'json', '.'], { cwd: dir });
        expect(result.status).toBe(2);
        expect(JSON.parse(result.stdout).files.map((file: { path: string }) => file.path)).toEqual(['good.cplan']);
        expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    });

    test('exit 0 when the only diagnostics are warnings', () => {
        const dir = tempDir();
        writeFileSync(path.join(dir, 'w.cplan'), edit(BUSAN, ['ip "해양바이오 지식재산 보호 지원센터 운영"', '']));
        const result = runCplan(['check', 'w.cplan'], { cwd: dir });
        expect(result.status).toBe(0);
        expect(result.stdout).toContain('[ip-protection]');
    });
});

describe('cplan: options around the command', () => {
    test('options may come before the command word', () => {
        const result = runCplan(['--lang', 'en', 'check', '--format=json', 'examples/daegu-draft.cplan']);
        expect(result.stderr).toBe('');
        expect(result.status).toBe(1);
        expect(JSON.parse(result.stdout).files[0].diagnostics[0].message).toMatch(/^[\x20-\x7e–→…]+$/u);
    });
});
