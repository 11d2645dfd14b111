/**
 * Draws a figure of the DOCX download on the page's canvas: the browser renders the SVG with
 * its own fonts, so the playground ships no renderer or font of its own. Workers cannot decode
 * an SVG picture, so the document worker asks the page (src/playground/documents.ts).
 */
export async function rasterizeOnCanvas(svg: string, pixelWidth: number, pixelHeight: number): Promise<Uint8Array> {
    const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
    try {
        const image = new Image();
        image.src = url;
        await image.decode();
        const canvas = document.createElement('canvas');
        canvas.width = pixelWidth;
        canvas.height = pixelHeight;
        const context = canvas.getContext('2d')!;
        context.fillStyle = '#ffffff';
        context.fillRect(0, 0, pixelWidth, pixelHeight);
        context.drawImage(image, 0, 0, pixelWidth, pixelHeight);
        const blob = await new Promise<Blob>((resolve, reject) => canvas.toBlob(png => png ? resolve(png) : reject(new Error('the figure could not be drawn')), 'image/png'));
        return new Uint8Array(await blob.arrayBuffer());
    } finally {
        URL.revokeObjectURL(url);
    }
}
