/** A check's level and options for a post: built-in defaults, then the type's built-ins, then the config. */
import type { ChecklistConfig, CheckLevelSetting } from '../config-types';
import type { CheckDefinition, CheckOptions } from './check';
import { BUILTIN_TYPE_OPTIONS } from './checks/index';

export function checkSetting(check: CheckDefinition, config: ChecklistConfig, type: string): { level: CheckLevelSetting; options: CheckOptions } {
  let level: CheckLevelSetting = check.defaultLevel;
  const options: CheckOptions = { ...check.options };
  Object.assign(options, BUILTIN_TYPE_OPTIONS[type]?.[check.id] ?? {});
  for (const layer of [config.checks[check.id], config.types[type]?.[check.id]]) {
    if (!layer) continue;
    if (layer.level) level = layer.level;
    if (layer.options) Object.assign(options, layer.options);
  }
  return { level, options };
}
