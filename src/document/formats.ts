/** The formats of the plan document and the portfolio document, and what each needs. */

export const DOCUMENT_FORMATS = ['html', 'md', 'docx', 'hwpx'] as const;
export type DocumentFormat = typeof DOCUMENT_FORMATS[number];

export const FORMAT_EXTENSIONS: Readonly<Record<DocumentFormat, string>> = { html: '.html', md: '.md', docx: '.docx', hwpx: '.hwpx' };

export const isDocumentFormat = (format: string | undefined): format is DocumentFormat => (DOCUMENT_FORMATS as readonly (string | undefined)[]).includes(format);

/** The formats whose figures are pictures, drawn by a `FigureRasterizer`: the word-processor formats. */
export const drawsFigures = (format: DocumentFormat): boolean => format === 'docx' || format === 'hwpx';
