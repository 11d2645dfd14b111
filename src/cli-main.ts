import { toLocale } from './analysis/locale.js';
import { runCli } from './cli/main.js';
import { cliMessage } from './cli/cli-messages.js';
import { ProcessOutput } from './cli/process-output.js';

/** The `cplan` command on this process's arguments and output streams; started by src/cli.ts. */
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
}).then(
    code => { process.exitCode = outputFailed ? 2 : code; },
    error => {
        stderr.write(`cplan: ${error instanceof Error ? error.message : String(error)}\n`);
        process.exitCode = 2;
    }
);
