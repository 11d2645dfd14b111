import { join } from 'node:path';
import Mocha from 'mocha';

/** Entry point VS Code calls inside its extension host: runs the suite with mocha. */
export function run(): Promise<void> {
    const mocha = new Mocha({ ui: 'bdd', color: true, timeout: 60_000 });
    mocha.addFile(join(__dirname, 'extension.vscode-test.cjs'));
    return new Promise((resolve, reject) => {
        mocha.run(failures => failures > 0 ? reject(new Error(`${failures} VS Code test(s) failed`)) : resolve());
    });
}
