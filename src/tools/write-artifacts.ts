import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { ruleDocs } from './rule-docs.js';
import { settingsContribution, withRuleNls } from './settings-schema.js';

/**
 * Writes what is made from the rule catalogue into the package: docs/rules/*.md, the settings
 * schema in package.json and the per-rule setting texts in package.nls*.json. Run by
 * `npm run build` with the package folder as its argument.
 */
export function writeArtifacts(root: string): void {
    const docsFolder = path.join(root, 'docs', 'rules');
    mkdirSync(docsFolder, { recursive: true });
    const docs = ruleDocs();
    for (const stale of readdirSync(docsFolder).filter(name => name.endsWith('.md') && !docs.has(name))) {
        rmSync(path.join(docsFolder, stale));
    }
    for (const [name, text] of docs) {
        writeIfChanged(path.join(docsFolder, name), text);
    }

    const manifestPath = path.join(root, 'package.json');
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
    manifest.contributes = { ...manifest.contributes, configuration: settingsContribution() };
    writeIfChanged(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);

    for (const [file, locale] of [['package.nls.json', 'en'], ['package.nls.ko.json', 'ko']] as const) {
        const nlsPath = path.join(root, file);
        const existing = JSON.parse(readFileSync(nlsPath, 'utf8'));
        writeIfChanged(nlsPath, `${JSON.stringify(withRuleNls(existing, locale), null, 2)}\n`);
    }
}

/** Leaves unchanged files untouched, so a build does not dirty the working tree or watchers. */
function writeIfChanged(file: string, text: string): void {
    let current: string | undefined;
    try {
        current = readFileSync(file, 'utf8');
    } catch {
        current = undefined;
    }
    if (current !== text) {
        writeFileSync(file, text);
    }
}
