import containerRdf from './template/META-INF/container.rdf';
import containerXml from './template/META-INF/container.xml';
import manifestXml from './template/META-INF/manifest.xml';
import headerXml from './template/Contents/header.xml';
import sectionXml from './template/Contents/section0.xml';
import settingsXml from './template/settings.xml';
import versionXml from './template/version.xml';

/**
 * The fixed parts of every HWPX package, checked in as files under template/ so that they can
 * be read and compared with what Hangul writes. Their comments and the white space between
 * elements are for the reader of the template only and are left out of the package.
 */
const packed = (xml: string) => xml.replace(/<!--[\s\S]*?-->/g, '').replace(/>\s+</g, '><').trim();

export const TEMPLATE = {
    version: packed(versionXml),
    settings: packed(settingsXml),
    container: packed(containerXml),
    containerRdf: packed(containerRdf),
    manifest: packed(manifestXml),
    header: packed(headerXml)
} as const;

const BODY = '<!--BODY-->';

/** Contents/section0.xml around the given paragraphs: the first paragraph of the template sets up the pages. */
export function sectionAround(paragraphs: string): string {
    const [before, after] = sectionXml.split(BODY);
    return `${packed(before)}${paragraphs}${packed(after)}`;
}
