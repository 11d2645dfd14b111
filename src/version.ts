/** The product version; the bundler writes in the version from package.json. */
export const VERSION: string = process.env.CPLAN_VERSION ?? '0.0.0-dev';
