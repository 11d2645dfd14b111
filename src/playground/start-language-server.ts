import languageServerSource from 'playground:language-server';
import { LANGUAGE_SERVER_NAME } from './language-server.js';
import { startWorker } from './workers.js';

/**
 * The page's first script (out/playground/language-server.js): it starts the language server's
 * worker (src/browser/server-worker.ts, the same bundle as in VS Code for the web) and hands
 * it to the page's main script, so that the server boots while the editor is being loaded.
 */
window.clusterPlanLanguageServer = startWorker(languageServerSource, LANGUAGE_SERVER_NAME);
