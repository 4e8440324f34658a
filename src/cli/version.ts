import { version as manifestVersion } from '../../package.json';

/** The version printed by `lectern --version`, taken from the manifest at build time. */
export const version: string = manifestVersion;
