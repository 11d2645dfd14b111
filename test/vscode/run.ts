import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { downloadAndUnzipVSCode, runTests } from '@vscode/test-electron';

/**
 * Runs the desktop suite in real VS Code (`npm run test:vscode`). VS Code comes from its
 * download site, or from CPLAN_VSCODE_EXECUTABLE when one is installed already.
 */
const ROOT = join(__dirname, '..', '..');

async function vscodeExecutable(): Promise<string> {
    if (process.env.CPLAN_VSCODE_EXECUTABLE) {
        return process.env.CPLAN_VSCODE_EXECUTABLE;
    }
    try {
        // Quiet progress: when the download fails, the one line below is all there is to read.
        return await downloadAndUnzipVSCode({ cachePath: join(ROOT, '.cache', 'vscode-test'), reporter: { report: () => undefined, error: () => undefined } });
    } catch (error) {
        console.error(`VS Code could not be downloaded (offline?): ${(error as Error).message.split('\n')[0]} — use npm run test:e2e (code-server) instead`);
        process.exit(1);
    }
}

async function main(): Promise<void> {
    const executable = await vscodeExecutable();
    const workspace = mkdtempSync(join(tmpdir(), 'cplan-vscode-'));
    cpSync(join(ROOT, 'examples'), workspace, { recursive: true, filter: source => !/\.(html|md|docx)$/.test(source) });
    try {
        await runTests({
            vscodeExecutablePath: executable,
            extensionDevelopmentPath: ROOT,
            extensionTestsPath: join(ROOT, 'out', 'test-vscode', 'index.cjs'),
            launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--locale', 'en']
        });
    } finally {
        rmSync(workspace, { recursive: true, force: true });
    }
}

main().catch(error => {
    console.error(`The VS Code suite failed: ${(error as Error).message}`);
    process.exit(1);
});
