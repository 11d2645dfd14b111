import { toLocale } from './analysis/locale.js';
import { runCli } from './cli/main.js';
import { cliMessage } from './cli/cli-messages.js';

/** The `cplan` command on this process's arguments and output streams; started by src/cli.ts. */
const major = Number(process.versions.node.split('.')[0]);
if (major < 22) {
    const english = process.argv.includes('en') && process.argv.some(arg => arg.startsWith('--lang'));
    process.stderr.write(`cplan: ${cliMessage('nodeTooOld', toLocale(english ? 'en' : 'ko'), { version: process.version })}\n`);
    process.exit(2);
}

// A reader that stops early (`cplan rules | head`) closes the pipe: the rest of the output is
// dropped without a word, and the exit status still says how the command went. Output that
// cannot be written otherwise (a full disk) is an error of the run.
let outputFailed = false;
for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
        if (error.code === 'EPIPE') {
            return;
        }
        outputFailed = true;
        process.exitCode = 2;
        if (stream !== process.stderr) {
            process.stderr.write(`cplan: ${error.message}\n`);
        }
    });
}

const stdoutIsTerminal = process.stdout.isTTY === true && !process.env.NO_COLOR;
runCli(process.argv.slice(2), {
    stdout: text => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
    stderr: line => process.stderr.write(`${line}\n`),
    colour: stdoutIsTerminal
}).then(
    code => { process.exitCode = outputFailed ? 2 : code; },
    error => {
        process.stderr.write(`cplan: ${error instanceof Error ? error.message : String(error)}\n`);
        process.exitCode = 2;
    }
);
