import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';

/**
 * A plan travels inside the link's fragment (`#plan=…`, deflated, base64url): the fragment
 * never leaves the browser, so sharing sends the plan nowhere but to whoever opens the link.
 */
const KEY = 'plan=';

export function shareLink(location: string, text: string): string {
    const bytes = deflateSync(strToU8(text), { level: 9 });
    let binary = '';
    for (let start = 0; start < bytes.length; start += 0x8000) {
        binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
    }
    const encoded = btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
    return `${location.replace(/#.*$/, '')}#${KEY}${encoded}`;
}

/** The plan a link's fragment holds; undefined when it holds none, or one that cannot be read. */
export function planFromFragment(fragment: string): string | undefined {
    const encoded = fragment.replace(/^#/, '');
    if (!encoded.startsWith(KEY)) {
        return undefined;
    }
    try {
        const binary = atob(encoded.slice(KEY.length).replace(/-/g, '+').replace(/_/g, '/'));
        return strFromU8(inflateSync(Uint8Array.from(binary, character => character.charCodeAt(0))));
    } catch {
        return undefined;
    }
}
