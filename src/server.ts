import { startLanguageServer } from 'langium/lsp';
import { NodeFileSystem } from 'langium/node';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { createEditorServices } from './lsp/editor-session.js';
import { collectGarbageEveryFewRebuilds } from './lsp/memory-policy.js';
import { VERSION } from './version.js';

/**
 * The language server, for VS Code and any other LSP client. Without a transport flag it
 * talks over stdio, as `cplan-language-server --stdio` does.
 */
const transports = ['--stdio', '--node-ipc', '--socket', '--pipe'];
// Whoever sets up an editor may ask what this is; the server itself would wait for a client.
if (process.argv.includes('--version')) {
    process.stdout.write(`${VERSION}\n`);
    process.exit(0);
}
if (process.argv.includes('--help')) {
    process.stdout.write([
        `cplan-language-server ${VERSION} — Cluster Plan(.cplan) 언어 서버 / the Cluster Plan language server (LSP)`,
        '',
        'cplan-language-server [--stdio | --node-ipc | --socket=PORT | --pipe=NAME]',
        '  편집기(LSP 클라이언트)가 실행합니다. 전송 방식을 정하지 않으면 표준 입출력(stdio)으로 통신합니다.',
        '  Started by an editor (an LSP client); without a transport flag it talks over stdio.',
        ''
    ].join('\n'));
    process.exit(0);
}
if (!process.argv.some(arg => transports.some(transport => arg.startsWith(transport)))) {
    process.argv.push('--stdio');
}

const connection = createConnection(ProposedFeatures.all);
const { shared } = createEditorServices({ connection, ...NodeFileSystem });

// A fault in one request must not take the server down with the user's other documents.
process.on('uncaughtException', error => connection.console.error(`cplan: ${error.stack ?? error.message}`));
process.on('unhandledRejection', reason => connection.console.error(`cplan: ${String(reason)}`));

collectGarbageEveryFewRebuilds(shared);
startLanguageServer(shared);
