import { URI, type FileSystemNode, type FileSystemProvider } from 'langium';
import type { Connection } from 'vscode-languageserver/browser';
import { READ_DIRECTORY, READ_FILE, STAT, type EditorFileEntry, type StatResult, type UriParams } from './protocol.js';

/**
 * The workspace's files as the editor sees them: a language server in a worker has no file
 * system, so it asks the editor (VS Code for the web answers through `vscode.workspace.fs`).
 * A client that opens no workspace folder, as the playground, is never asked. Everything is
 * asynchronous: a worker cannot wait for the editor's answer synchronously.
 */
export class EditorFileSystemProvider implements FileSystemProvider {
    constructor(private readonly connection: Connection) {}

    async stat(uri: URI): Promise<FileSystemNode> {
        const entry = await this.connection.sendRequest<StatResult>(STAT, { uri: uri.toString() } satisfies UriParams);
        if (!entry) {
            throw new Error(`no such file: ${uri.toString()}`);
        }
        return toNode(entry);
    }

    async exists(uri: URI): Promise<boolean> {
        return await this.connection.sendRequest<StatResult>(STAT, { uri: uri.toString() } satisfies UriParams) !== null;
    }

    async readFile(uri: URI): Promise<string> {
        return this.connection.sendRequest<string>(READ_FILE, { uri: uri.toString() } satisfies UriParams);
    }

    async readBinary(uri: URI): Promise<Uint8Array> {
        return new TextEncoder().encode(await this.readFile(uri));
    }

    async readDirectory(uri: URI): Promise<FileSystemNode[]> {
        const entries = await this.connection.sendRequest<EditorFileEntry[]>(READ_DIRECTORY, { uri: uri.toString() } satisfies UriParams);
        return entries.map(toNode);
    }

    statSync(): FileSystemNode {
        throw synchronousAccess();
    }

    existsSync(): boolean {
        throw synchronousAccess();
    }

    readBinarySync(): Uint8Array {
        throw synchronousAccess();
    }

    readFileSync(): string {
        throw synchronousAccess();
    }

    readDirectorySync(): FileSystemNode[] {
        throw synchronousAccess();
    }
}

/** Keeps the size the editor listed: the workspace manager leaves out plan files too large to be plans. */
function toNode(entry: EditorFileEntry): FileSystemNode & { readonly size?: number } {
    return { uri: URI.parse(entry.uri), isFile: entry.isFile, isDirectory: entry.isDirectory, size: entry.size };
}

function synchronousAccess(): Error {
    return new Error('the language server in a browser worker reads the editor\'s files only asynchronously');
}
