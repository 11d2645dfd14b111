/**
 * Starts a worker whose bundle is part of the page, from a blob URL: a page opened from
 * `file://` may not start a worker from a file, and nothing has to be fetched.
 */
export function startWorker(source: string, name: string): Worker {
    return new Worker(URL.createObjectURL(new Blob([source], { type: 'text/javascript' })), { name });
}
