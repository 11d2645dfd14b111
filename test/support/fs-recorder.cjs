// Preloaded into the language server (`node -r`) by the hardening test: records every path
// the process hands to Node's fs module, one `operation<TAB>path` line per call, in the file
// named by CPLAN_FS_LOG. Node's own module loading does not go through these functions.
'use strict';
const fs = require('node:fs');
const { fileURLToPath } = require('node:url');

const log = fs.openSync(process.env.CPLAN_FS_LOG, 'a');
const WRITES = new Set(['writeFile', 'writeFileSync', 'appendFile', 'appendFileSync', 'mkdir', 'mkdirSync', 'rm', 'rmSync', 'unlink', 'unlinkSync',
    'rename', 'renameSync', 'copyFile', 'copyFileSync', 'createWriteStream', 'rmdir', 'rmdirSync', 'truncate', 'truncateSync']);
const READS = ['readFile', 'readFileSync', 'readdir', 'readdirSync', 'stat', 'statSync', 'lstat', 'lstatSync', 'open', 'openSync', 'access',
    'accessSync', 'existsSync', 'realpath', 'realpathSync', 'createReadStream', 'opendir', 'opendirSync', 'watch', 'watchFile'];

function pathOf(value) {
    if (value instanceof URL) {
        return fileURLToPath(value);
    }
    return Buffer.isBuffer(value) ? value.toString() : String(value);
}

function wrap(target, name, prefix) {
    const original = target[name];
    if (typeof original !== 'function') {
        return;
    }
    target[name] = function (...args) {
        fs.writeSync(log, `${WRITES.has(name) ? 'write' : 'read'}\t${prefix}${name}\t${pathOf(args[0])}\n`);
        return original.apply(this, args);
    };
}

for (const name of [...READS, ...WRITES]) {
    wrap(fs, name, '');
    wrap(fs.promises, name, 'promises.');
}
