import { toLocale } from '../analysis/locale.js';
import { cliMessage } from './cli-messages.js';
import { runCli, type CommandTable } from './main.js';
import { ProcessOutput } from './process-output.js';

/**
 * `cplan` on this process's arguments and output streams, with the commands of one of its
 * bundles (src/cli-check.ts, src/cli-write.ts), which the start-up file src/cli.ts runs.
 */
export function runCplanProcess(commands: CommandTable): void {
    const major = Number(process.versions.node.split('.')[0]);
    if (major < 22) {
        const english = process.argv.includes('en') && process.argv.some(arg => arg.startsWith('--lang'));
        process.stderr.write(`cplan: ${cliMessage('nodeTooOld', toLocale(english ? 'en' : 'ko'), { version: process.version })}\n`);
        process.exit(2);
    }

    // Output that cannot be written (a full disk) fails the run, however it ended otherwise; an
    // error of a stream can come after the command has finished.
    let outputFailed = false;
    const failRun = () => {
        outputFailed = true;
        process.exitCode = 2;
    };
    const stderr = new ProcessOutput(2, failRun);
    const stdout = new ProcessOutput(1, error => {
        failRun();
        stderr.write(`cplan: ${error.message}\n`);
    });

    runCli(process.argv.slice(2), {
        stdout: text => stdout.write(text.endsWith('\n') ? text : `${text}\n`),
        stderr: line => stderr.write(`${line}\n`),
        colour: !process.env.NO_COLOR && stdout.isTerminal
    }, commands).then(
        code => {
            process.exitCode = outputFailed ? 2 : code;
            // Nothing is left to write: the process ends now, rather than after Node has taken
            // its heap apart, which a run that ends by itself waits for (about 3 ms of a check).
            if (stdout.writesAtOnce && stderr.writesAtOnce) {
                process.exit();
            }
        },
        error => {
            stderr.write(`cplan: ${error instanceof Error ? error.message : String(error)}\n`);
            process.exitCode = 2;
        }
    );
}
