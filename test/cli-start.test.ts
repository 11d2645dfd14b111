import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { CHECK_BUNDLE_COMMANDS } from '../src/cli/check-bundle-commands.js';
import { COMMAND_OPTIONS, writesFiles } from '../src/cli/commands.js';
import { WRITE_BUNDLE_COMMANDS } from '../src/cli/write-bundle-commands.js';
import { CLI, ROOT } from './cli-helpers.js';

const bundle = (name: string) => readFileSync(CLI.replace(/cli\.cjs$/, name), 'latin1');
const COMMAND_BUNDLES = ['cli-check.cjs', 'cli-write.cjs'];

describe('the bundles of cplan', () => {
    test('hold no editor code: no language-server protocol, no DOCX library but in its own bundle', () => {
        // Protocol method names survive minifying; the language server's bundle is full of them.
        expect(bundle('server.cjs').includes('textDocument/completion')).toBe(true);
        const docxMimeType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
        for (const name of COMMAND_BUNDLES) {
            const command = bundle(name);
            expect(command, name).toContain('"$type":"Grammar"');
            expect(/textDocument\/|workspace\/configuration|\$\/cancelRequest/.test(command), name).toBe(false);
            expect(command.includes(docxMimeType), name).toBe(false);
        }
        expect(bundle('cli-docx.cjs').includes(docxMimeType)).toBe(true);
        expect(bundle('cli.cjs').includes('"$type":"Grammar"')).toBe(false);
    });

    test('check plans with a bundle that holds no code for writing documents or plans', () => {
        // The HWPX package's media type, the HTML document's page and a line of the plan skeleton of `cplan init`.
        const writing = ['application/hwp+zip', '<!DOCTYPE html>', 'Short-term focus: {goals}'];
        for (const text of writing) {
            expect(bundle('cli-write.cjs'), text).toContain(text);
            expect(bundle('cli-check.cjs'), text).not.toContain(text);
        }
        expect(bundle('cli-check.cjs').length).toBeLessThan(bundle('cli-write.cjs').length * 0.8);
    });

    test('each command runs in the bundle the start-up file picks for it, which has it', () => {
        for (const name of Object.keys(COMMAND_OPTIONS)) {
            expect(Object.hasOwn(WRITE_BUNDLE_COMMANDS, name), name).toBe(writesFiles([name]));
            expect(Object.hasOwn(CHECK_BUNDLE_COMMANDS, name), name).toBe(!writesFiles([name]));
        }
        // The command word is found past the options and their values, as the bundles find it.
        expect(writesFiles(['--lang', 'en', 'generate', 'plan.cplan'])).toBe(true);
        expect(writesFiles(['portfolio', 'plans', '--format', 'hwpx'])).toBe(true);
        expect(writesFiles(['--config', 'generate', 'check', 'plan.cplan'])).toBe(false);
        expect(writesFiles(['check', 'generate'])).toBe(false);
        expect(writesFiles(['--version'])).toBe(false);
        expect(writesFiles(['generat', 'plan.cplan'])).toBe(false);
    });

    test('hold each command bundle as one function expression in ASCII, compiled by the start-up file as it is read', () => {
        for (const name of COMMAND_BUNDLES) {
            const command = bundle(name);
            expect(command.startsWith('(function (exports, require, module, __filename, __dirname) {\n'), name).toBe(true);
            expect(command.replace(/\n\/\/# sourceMappingURL=.*\n?$/, '').endsWith('\n})'), name).toBe(true);
            expect(command.match(/[^\x00-\x7f][^\n]{0,20}/), name).toBeNull();
            // The two changes to Chevrotain's code made at every start (scripts/bundle.mjs).
            expect(command, name).toContain('=new Uint16Array(65536)');
            expect(command, name).not.toContain('new Array(65536)');
            expect(command, name).toContain('dictionaryMode');
        }
    });
});

describe('the start of cplan', () => {
    test('loads no locale data from ICU, in a check of a folder with findings nor in writing an HTML document: 20 ms at the first formatter, 8 at the first comparison', () => {
        const folder = mkdtempSync(path.join(tmpdir(), 'cplan-icu-'));
        try {
            const probe = path.join(folder, 'count-icu.cjs');
            writeFileSync(probe, `let used = 0;
                for (const name of ['NumberFormat', 'Collator', 'PluralRules', 'DateTimeFormat']) {
                    Intl[name] = new Proxy(Intl[name], { construct: (target, args) => { used++; return Reflect.construct(target, args); } });
                }
                for (const [owner, name] of [[String.prototype, 'localeCompare'], [Number.prototype, 'toLocaleString']]) {
                    const original = owner[name];
                    owner[name] = function (...args) { used++; return original.apply(this, args); };
                }
                process.on('exit', () => require('node:fs').writeSync(2, 'locale data ' + used + '\\n'));`);
            const run = (args: readonly string[]) => spawnSync(process.execPath, ['--require', probe, CLI, ...args], { cwd: ROOT, encoding: 'utf8' });
            const check = run(['check', 'examples']);
            expect(check.status).toBe(1);
            expect(check.stdout).toContain('daegu-draft.cplan');
            expect(check.stderr).toContain('locale data 0\n');
            const generate = run(['generate', 'examples/daegu-draft.cplan', '--out', path.join(folder, 'daegu.html')]);
            expect(generate.status).toBe(0);
            expect(readFileSync(path.join(folder, 'daegu.html'), 'utf8')).toMatch(/[\d,.]+억원/);
            expect(generate.stderr).toBe('locale data 0\n');
        } finally {
            rmSync(folder, { recursive: true, force: true });
        }
    });

    /** The Node modules a run of cplan with these arguments loads (its output into a pipe with `intoPipe`). */
    function modulesLoadedBy(args: readonly string[], intoPipe = false): string[] {
        const folder = mkdtempSync(path.join(tmpdir(), 'cplan-modules-'));
        try {
            const probe = path.join(folder, 'list-modules.cjs');
            const list = path.join(folder, 'modules.txt');
            writeFileSync(probe, `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(list)}, process.moduleLoadList.join('\\n')));`);
            const result = spawnSync(process.execPath, ['--require', probe, CLI, ...args.map(arg => arg.replace('<folder>', folder))], { cwd: ROOT, stdio: ['ignore', intoPipe ? 'pipe' : 'ignore', 'ignore'] });
            expect(result.status).toBe(0);
            return readFileSync(list, 'utf8').split('\n').filter(line => line.startsWith('NativeModule ')).map(line => line.slice('NativeModule '.length));
        } finally {
            rmSync(folder, { recursive: true, force: true });
        }
    }

    test('loads none of Node\'s modules for writing files, compressing or starting processes until a command needs them', () => {
        const loaded = modulesLoadedBy(['check', 'examples/busan-marine-bio.cplan']);
        expect(loaded).toContain('fs');
        expect(loaded.filter(name => ['child_process', 'zlib', 'net', 'crypto', 'fs/promises', 'internal/fs/dir'].includes(name))).toEqual([]);
    });

    test('writes its report into a pipe without Node\'s socket module, which it would compile from source', () => {
        expect(modulesLoadedBy(['check', 'examples/busan-marine-bio.cplan'], true)).not.toContain('net');
        expect(modulesLoadedBy(['check', 'examples/busan-marine-bio.cplan', '--format', 'sarif'], true)).not.toContain('net');
    });

    test('writes a document without Node\'s crypto module (ten milliseconds to load) nor its promise-based file module (readline, REPL history and file watchers with it)', () => {
        const loaded = modulesLoadedBy(['generate', 'examples/busan-marine-bio.cplan', '--out', '<folder>/busan.html']);
        expect(loaded).toContain('fs');
        expect(loaded.filter(name => ['child_process', 'crypto', 'fs/promises', 'internal/fs/dir'].includes(name))).toEqual([]);
    });
});

describe.skipIf(process.platform !== 'linux')('the code cache of cplan', () => {
    let home: string;
    const cacheFolder = () => path.join(home, 'cplan');
    const cacheFiles = () => {
        try {
            return readdirSync(cacheFolder());
        } catch {
            return [];
        }
    };
    const cplan = (args: readonly string[], env: Record<string, string> = {}) =>
        spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', XDG_CACHE_HOME: home, ...env } });

    beforeEach(() => {
        home = mkdtempSync(path.join(tmpdir(), 'cplan-cache-'));
    });
    afterEach(() => rmSync(home, { recursive: true, force: true }));

    test('is written by the first check, then read and left as it is', () => {
        const first = cplan(['check', 'examples/daegu-draft.cplan']);
        expect(cacheFiles()).toEqual([expect.stringMatching(/^cli-check\.cjs-[0-9a-f]{16}-v\d+\.\d+\.\d+-\w+\.v8cache$/)]);
        const cache = path.join(cacheFolder(), cacheFiles()[0]);
        const written = statSync(cache).mtimeMs;
        const second = cplan(['check', 'examples/daegu-draft.cplan']);
        expect(second).toMatchObject({ status: first.status, stdout: first.stdout, stderr: first.stderr });
        expect(statSync(cache).mtimeMs).toBe(written);
    });

    test('the bundle that writes documents has a cache of its own, which stays as it is; a new build\'s cache replaces the old one', () => {
        const stale = path.join(cacheFolder(), `cli-write.cjs-0000000000000000-${process.version}-${process.arch}.v8cache`);
        cplan(['check', 'examples/busan-marine-bio.cplan']);
        const [checkCache] = cacheFiles();
        const checkWritten = statSync(path.join(cacheFolder(), checkCache)).mtimeMs;
        writeFileSync(stale, 'the cache of an older build');
        const out = path.join(home, 'busan.html');
        expect(cplan(['generate', 'examples/busan-marine-bio.cplan', '--out', out]).status).toBe(0);
        const documentCache = cacheFiles().find(name => name.startsWith('cli-write.cjs-'))!;
        expect(documentCache).toMatch(/^cli-write\.cjs-[0-9a-f]{16}-v\d+\.\d+\.\d+-\w+\.v8cache$/);
        expect(cacheFiles().sort()).toEqual([checkCache, documentCache].sort());
        // It holds the document's code besides the check's.
        expect(statSync(path.join(cacheFolder(), documentCache)).size).toBeGreaterThan(statSync(path.join(cacheFolder(), checkCache)).size);
        const documentWritten = statSync(path.join(cacheFolder(), documentCache)).mtimeMs;
        expect(cplan(['portfolio', 'examples/portfolio', '--format', 'md', '--out', path.join(home, 'portfolio.md')]).status).toBe(0);
        expect(cplan(['check', 'examples/busan-marine-bio.cplan']).status).toBe(0);
        expect(statSync(path.join(cacheFolder(), checkCache)).mtimeMs).toBe(checkWritten);
        expect(statSync(path.join(cacheFolder(), documentCache)).mtimeMs).toBe(documentWritten);
    });

    test('is written by an HWPX run before it turns V8\'s compilers on to pack the document, and read by the next', () => {
        const out = path.join(home, 'busan.hwpx');
        expect(cplan(['generate', 'examples/busan-marine-bio.cplan', '--format', 'hwpx', '--out', out]).status).toBe(0);
        expect(cacheFiles()).toEqual([expect.stringMatching(/^cli-write\.cjs-[0-9a-f]{16}-v\d+\.\d+\.\d+-\w+\.v8cache$/)]);
        const cache = path.join(cacheFolder(), cacheFiles()[0]);
        const written = statSync(cache).mtimeMs;
        // Made with other flags, it would be rejected and written anew.
        expect(cplan(['generate', 'examples/busan-marine-bio.cplan', '--format', 'hwpx', '--out', out]).status).toBe(0);
        expect(statSync(cache).mtimeMs).toBe(written);
    });

    test('is not written by a run that checks nothing, nor when Node\'s compile cache is turned off', () => {
        expect(cplan(['--version']).status).toBe(0);
        expect(cplan(['check', 'examples'], { NODE_DISABLE_COMPILE_CACHE: '1' }).status).toBe(1);
        expect(cacheFiles()).toEqual([]);
    });

    test('is left out where the environment names no cache folder, and the run is not disturbed', () => {
        const expected = cplan(['check', 'examples/busan-marine-bio.cplan']);
        const result = cplan(['check', 'examples/busan-marine-bio.cplan'], { XDG_CACHE_HOME: '', HOME: '' });
        expect(result).toMatchObject({ status: expected.status, stdout: expected.stdout, stderr: '' });
    });

    test('a damaged cache is replaced, and the run is not disturbed', () => {
        const expected = cplan(['check', 'examples/busan-marine-bio.cplan']);
        const cache = path.join(cacheFolder(), cacheFiles()[0]);
        writeFileSync(cache, 'not a code cache');
        const result = cplan(['check', 'examples/busan-marine-bio.cplan']);
        expect(result).toMatchObject({ status: expected.status, stdout: expected.stdout, stderr: '' });
        expect(statSync(cache).size).toBeGreaterThan(100_000);
    });
});
