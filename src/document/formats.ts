/** The formats of the plan document and the portfolio document, and what each needs. */

export const DOCUMENT_FORMATS = ['html', 'md', 'docx', 'hwpx'] as const;
export type DocumentFormat = typeof DOCUMENT_FORMATS[number];

export const FORMAT_EXTENSIONS: Readonly<Record<DocumentFormat, string>> = { html: '.html', md: '.md', docx: '.docx', hwpx: '.hwpx' };

/** The media type of HWPX, which is also the first entry of its package. */
export const HWPX_MEDIA_TYPE = 'application/hwp+zip';

/** The media type of each format, as a browser's download says it. */
export const FORMAT_MEDIA_TYPES: Readonly<Record<DocumentFormat, string>> = {
    html: 'text/html;charset=utf-8',
    md: 'text/markdown;charset=utf-8',
    docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    hwpx: HWPX_MEDIA_TYPE
};

export const isDocumentFormat = (format: string | undefined): format is DocumentFormat => (DOCUMENT_FORMATS as readonly (string | undefined)[]).includes(format);

/** The formats whose figures are pictures, drawn by a `FigureRasterizer`: the word-processor formats. */
export const drawsFigures = (format: DocumentFormat): boolean => format === 'docx' || format === 'hwpx';
