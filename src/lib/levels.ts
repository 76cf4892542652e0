/** The three roadmap levels, in learning order. The order of this tuple is the roadmap's order. */
export const levelKeys = ['basic', 'intermediate', 'advanced'] as const;

export type LevelKey = (typeof levelKeys)[number];

/** Short names for navigation and badges ("Intermediate · 6 of 9"). */
export const levelLabels: Record<LevelKey, string> = {
  basic: 'Basic',
  intermediate: 'Intermediate',
  advanced: 'Advanced',
};

/** True when `value` names a level; lets untyped input (URLs, storage) be narrowed safely. */
export function isLevelKey(value: unknown): value is LevelKey {
  return typeof value === 'string' && (levelKeys as readonly string[]).includes(value);
}

/** Position of a level in the roadmap, 0 for the first. */
export function levelIndex(level: LevelKey): number {
  return levelKeys.indexOf(level);
}
