/** The workspace's publishing platform as the CLI sees it: `--platform`, else the config, else the root's files. */
import { join } from 'node:path';
import type { CliFs } from './fs';
import { decodeText } from './text-file';
import { detectPlatform, PLATFORM_FILES_TO_READ, resolvePlatform, type Platform, type PlatformSource } from '../core/platform';

/** Largest site config read for detection; a bigger `config.toml` is judged by its name alone. */
const MAX_CONFIG_BYTES = 256 * 1024;

export async function detectWorkspacePlatform(fs: CliFs, root: string): Promise<Platform | null> {
  let names: string[];
  try {
    names = (await fs.readDir(root)).map((e) => e.name);
  } catch {
    return null;
  }
  const texts: Record<string, string> = {};
  for (const name of PLATFORM_FILES_TO_READ) {
    if (!names.includes(name)) continue;
    try {
      const bytes = await fs.readFile(join(root, name));
      if (bytes.length <= MAX_CONFIG_BYTES) texts[name] = decodeText(bytes).text;
    } catch {
      // Unreadable: detection goes by the other files.
    }
  }
  return detectPlatform(names, texts);
}

export async function workspacePlatform(fs: CliFs, root: string, configured: Platform | null): Promise<{ platform: Platform; source: PlatformSource }> {
  return resolvePlatform(configured, configured ? null : await detectWorkspacePlatform(fs, root));
}
