import { spawnSync, type ChildProcess } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { run, startGroup, stopGroup } from './processes.js';

export const CODE_SERVER_VERSION = '4.139.1';

/** The tool cache outside the repository, shared by every run on this machine. */
export const CACHE = process.env.CPLAN_E2E_CACHE
    ?? join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'cluster-plan', 'e2e');
const NODE24 = join(CACHE, 'node24', 'package');
const NODE24_BIN = join(NODE24, 'bin', 'node');
const CODE_SERVER_ENTRY = join(CACHE, `code-server-${CODE_SERVER_VERSION}`, 'node_modules', 'code-server', 'out', 'node', 'entry.js');

/** Installs Chromium, Node 24 and code-server into the cache unless they are there already. */
export function provisionTools(script: string): void {
    const result = spawnSync('bash', [script], { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, CPLAN_E2E_CACHE: CACHE }, timeout: 15 * 60_000 });
    if (result.status !== 0) {
        throw new Error(`Could not install the e2e tools (${script} exited ${result.status ?? result.signal}); see its output above.`);
    }
}

/**
 * One code-server with a throw-away HOME, XDG folders, profile and extensions folder, so
 * that nothing from the machine's own editor setup leaks in and nothing is left behind.
 */
export class CodeServer {
    readonly root = mkdtempSync(join(tmpdir(), 'cplan-e2e-'));
    readonly workspace = join(this.root, 'workspace');
    readonly extensionsDir = join(this.root, 'ext');
    private readonly userDir = join(this.root, 'user');
    private process: ChildProcess | undefined;
    private log = '';
    port = 0;

    constructor() {
        for (const folder of ['home', 'xdg/config', 'xdg/data', 'xdg/cache', 'xdg/state', 'user/User', 'ext', 'workspace']) {
            mkdirSync(join(this.root, folder), { recursive: true });
        }
        writeFileSync(join(this.root, 'config.yaml'), 'auth: none\n');
        writeFileSync(join(this.userDir, 'User', 'settings.json'), JSON.stringify(USER_SETTINGS, null, 4));
    }

    get url(): string {
        return `http://127.0.0.1:${this.port}/?folder=${encodeURIComponent(this.workspace)}`;
    }

    /** Copies plan files into the workspace folder the editor will open. */
    addToWorkspace(files: readonly string[]): void {
        for (const file of files) {
            copyFileSync(file, join(this.workspace, file.split('/').at(-1)!));
        }
    }

    async installExtension(vsix: string): Promise<string> {
        await run(NODE24_BIN, [CODE_SERVER_ENTRY, ...this.flags(), '--install-extension', vsix, '--force'],
            { env: this.env(), timeoutMs: 120_000 });
        const installed = readdirSync(this.extensionsDir).find(name => name.startsWith('cluster-plan.cluster-plan-'));
        if (!installed) {
            throw new Error(`code-server installed no cluster-plan extension into ${this.extensionsDir}`);
        }
        return join(this.extensionsDir, installed);
    }

    async start(): Promise<void> {
        this.port = await freePort();
        this.process = startGroup(NODE24_BIN, [CODE_SERVER_ENTRY, ...this.flags(), '--auth', 'none', '--bind-addr', `127.0.0.1:${this.port}`, this.workspace],
            { env: this.env(), stdio: ['ignore', 'pipe', 'pipe'] });
        this.process.stdout?.on('data', chunk => { this.log += chunk; });
        this.process.stderr?.on('data', chunk => { this.log += chunk; });
        const deadline = Date.now() + 60_000;
        while (Date.now() < deadline) {
            if (this.process.exitCode !== null) {
                throw new Error(`code-server exited (${this.process.exitCode}) while starting:\n${this.log}`);
            }
            if (await healthy(this.port)) {
                return;
            }
            await new Promise(resolve => setTimeout(resolve, 250));
        }
        throw new Error(`code-server did not answer /healthz on port ${this.port} within 60 s:\n${this.log}`);
    }

    async stop(): Promise<void> {
        if (this.process) {
            await stopGroup(this.process);
        }
        rmSync(this.root, { recursive: true, force: true });
    }

    private flags(): string[] {
        return ['--config', join(this.root, 'config.yaml'), '--user-data-dir', this.userDir,
            '--extensions-dir', this.extensionsDir, '--disable-telemetry', '--disable-update-check',
            '--disable-workspace-trust'];
    }

    /** The environment for every process of this session: HOME and XDG folders of its own. */
    env(): NodeJS.ProcessEnv {
        return {
            ...process.env,
            PATH: `${join(NODE24, 'bin')}:${process.env.PATH ?? ''}`,
            HOME: join(this.root, 'home'),
            XDG_CONFIG_HOME: join(this.root, 'xdg/config'),
            XDG_DATA_HOME: join(this.root, 'xdg/data'),
            XDG_CACHE_HOME: join(this.root, 'xdg/cache'),
            XDG_STATE_HOME: join(this.root, 'xdg/state')
        };
    }
}

/** A quiet workbench: no welcome page, tips, chat or surveys in the way of the checks. */
const USER_SETTINGS = {
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'workbench.welcomePage.walkthroughs.openOnInstall': false,
    'workbench.secondarySideBar.defaultVisibility': 'hidden',
    // Settings and the like open as ordinary editor tabs, not in a window over the workbench.
    'workbench.editor.useModal': 'off',
    'chat.disableAIFeatures': true,
    'telemetry.telemetryLevel': 'off',
    'security.workspace.trust.enabled': false,
    'extensions.ignoreRecommendations': true,
    'update.mode': 'none',
    'editor.hover.delay': 200,
    'editor.quickSuggestions': { other: false, comments: false, strings: false },
    'editor.suggestOnTriggerCharacters': false,
    'editor.acceptSuggestionOnEnter': 'off',
    'files.autoSave': 'off',
    // Plans are checked, explained and written in Korean, as their planners read them.
    'clusterPlan.language': 'ko'
};

function freePort(): Promise<number> {
    return new Promise((resolve, reject) => {
        const server = createServer();
        server.once('error', reject);
        server.listen(0, '127.0.0.1', () => {
            const address = server.address();
            const port = typeof address === 'object' && address ? address.port : 0;
            server.close(() => resolve(port));
        });
    });
}

async function healthy(port: number): Promise<boolean> {
    try {
        const response = await fetch(`http://127.0.0.1:${port}/healthz`);
        return response.ok;
    } catch {
        return false;
    }
}
