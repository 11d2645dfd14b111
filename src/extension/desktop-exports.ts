import * as vscode from 'vscode';
import { unsafeDocumentTarget } from '../document/file-status.js';
import { DOCUMENT_FORMATS } from '../document/formats.js';
import { writeFileAtomically } from '../document/write-atomically.js';
import type { DocumentExports } from './document-export.js';

/**
 * How desktop VS Code exports documents: to a local file as `cplan generate` writes one, after
 * the same checks (never over a plan, a link to one, a pipe or a device), and atomically;
 * anywhere else through the editor's file system.
 */
export const DESKTOP_DOCUMENT_EXPORTS: DocumentExports = {
    write: (target, bytes) => target.scheme === 'file' ? writeFileAtomically(target.fsPath, bytes) : vscode.workspace.fs.writeFile(target, bytes),
    formats: DOCUMENT_FORMATS,
    unsafeTarget: target => target.scheme === 'file' ? unsafeDocumentTarget(target.fsPath) : undefined
};
