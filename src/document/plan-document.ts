import { URI, type LangiumDocument } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { Locale } from '../analysis/locale.js';
import type { ClusterPlanCoreServices } from '../language/cluster-plan-module.js';
import type { Plan } from '../grammar/generated/ast.js';
import { buildDocumentModel } from './build-model.js';
import type { DocumentFormat } from './formats.js';
import type { PlanDocumentModel } from './model.js';
import { renderHtml, type WebviewEmbedding } from './render/html.js';
import type { FigureRasterizer } from './render/figures.js';
import type { ZipArchive } from './render/hwpx/zip-archive.js';
import { renderMarkdown } from './render/markdown.js';

export type ModelResult =
    | { readonly model: PlanDocumentModel }
    | { readonly syntaxErrors: readonly Diagnostic[] };

/**
 * Parses, links and checks one plan text exactly as the command line and the language
 * server do, and builds its document model; a plan that does not parse gives its syntax errors.
 */
export async function planDocumentModel(services: ClusterPlanCoreServices, text: string, uri: URI, locale?: Locale): Promise<ModelResult> {
    const { LangiumDocumentFactory, LangiumDocuments, DocumentBuilder } = services.shared.workspace;
    const document: LangiumDocument<Plan> = LangiumDocumentFactory.fromString<Plan>(text, uri);
    LangiumDocuments.addDocument(document);
    try {
        await DocumentBuilder.build([document], { validation: true });
        const analysis = services.plan.AnalysisCache.analysisOf(document);
        if (analysis.hasSyntaxErrors) {
            return { syntaxErrors: (document.diagnostics ?? []).filter(diagnostic => diagnostic.code === 'syntax') };
        }
        return { model: buildDocumentModel(document, analysis, { locale }) };
    } finally {
        LangiumDocuments.deleteDocument(uri);
    }
}

export interface RenderOptions {
    /** The HTML as the VS Code preview embeds it. */
    readonly webview?: WebviewEmbedding;
    /** Draws the figures of DOCX and HWPX; resvg with the shipped fonts when left out. */
    readonly rasterize?: FigureRasterizer;
    /** The zip archive of an HWPX package; Node's (yazl on zlib's threads) when left out. */
    readonly zipArchive?: () => ZipArchive;
}

/** Lays out a document model in one format: text for HTML and Markdown, bytes for DOCX and HWPX. */
export async function renderDocument(model: PlanDocumentModel, format: DocumentFormat, options: RenderOptions = {}): Promise<string | Uint8Array> {
    // The word-processor formats are loaded only when asked for: the DOCX library is a fifth of
    // the bundle, and the figure renderer brings WebAssembly and fonts.
    const rasterizer = async () => options.rasterize ?? (await import('./render/resvg-rasterizer.js')).resvgRasterizer;
    switch (format) {
        case 'html':
            return renderHtml(model, options.webview);
        case 'md':
            return renderMarkdown(model);
        case 'docx':
            return (await import('./render/docx.js')).renderDocx(model, await rasterizer());
        case 'hwpx':
            return (await import('./render/hwpx.js')).renderHwpx(model, await rasterizer(), options.zipArchive?.());
    }
}
