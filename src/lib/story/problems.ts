// Why a story file cannot be read, as messages that name the field and the limit ("最多 30 步；文件中有 10,000 步"):
// zod's own text ("steps: Invalid input") says neither, and is English only. Every zod issue becomes one message that
// names its field; what the file actually holds (how many steps, how long a title) is read back from the file.
import type { Key, Msg } from '../i18n/index.ts';

/** One zod issue, in the fields this module reads (zod/mini's issues carry these for the checks a story uses). */
export interface SchemaIssue {
  code: string;
  path: readonly PropertyKey[];
  expected?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  origin?: string;
  /** A refinement's own message key (format.ts), for a rule no built-in check words. */
  params?: { key?: string };
}

/** The refinements' keys a problem may carry: only these are worded, anything else reads as invalid. */
const CUSTOM_KEYS: ReadonlySet<string> = new Set<Key>(['present.error.calloutTarget']);

/** A story that cannot be read: `problems` are the messages to show, `message` the first in Chinese (for logs). */
export class StoryError extends Error {
  constructor(
    readonly problems: readonly Msg[],
    message: string,
  ) {
    super(message);
    this.name = 'StoryError';
  }
}

export const isStoryError = (e: unknown): e is StoryError => e instanceof StoryError;

// Counts as the UI prints numbers, with thousands separators in both languages (10,000).
const count = (n: number | bigint): string => n.toLocaleString('en-US');

const FIELD_KEYS: Readonly<Record<string, Key>> = {
  title: 'story.field.title',
  titleEn: 'story.field.titleEn',
  caption: 'story.field.caption',
  captionEn: 'story.field.captionEn',
  view: 'story.field.view',
  steps: 'story.field.steps',
  callouts: 'present.field.callouts',
};

const TYPE_KEYS: Readonly<Record<string, Key>> = {
  object: 'story.type.object',
  array: 'story.type.array',
  string: 'story.type.string',
};

/** The field a path names, in words: 标题, 第 3 步的说明; a name the format does not know is shown as written. */
export function fieldName(path: readonly PropertyKey[]): Msg {
  const name = (p: PropertyKey | undefined): Msg => {
    const key = typeof p === 'string' && Object.hasOwn(FIELD_KEYS, p) ? FIELD_KEYS[p] : undefined;
    return key ? { key } : { key: 'story.field.raw', params: { path: String(p ?? '') } };
  };
  if (path.length === 0) return { key: 'story.field.file' };
  if (path[0] === 'steps' && typeof path[1] === 'number') {
    const i = path[1] + 1;
    return path.length === 2 ? { key: 'story.field.step', params: { i } } : { key: 'story.field.stepField', params: { i, field: name(path[2]) } };
  }
  return path.length === 1 ? name(path[0]) : { key: 'story.field.raw', params: { path: path.map(String).join('.') } };
}

/** The value at `path` in the file as read (own properties only), to say what it holds. */
function valueAt(json: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = json;
  for (const p of path) {
    if (v === null || typeof v !== 'object' || !Object.hasOwn(v, p)) return undefined;
    v = (v as Record<PropertyKey, unknown>)[p];
  }
  return v;
}

/** One zod issue as a message naming the field, the limit and what the file holds. */
export function issueMessage(issue: SchemaIssue, json: unknown): Msg {
  const field = fieldName(issue.path);
  const value = valueAt(json, issue.path);
  const size = Array.isArray(value) || typeof value === 'string' ? value.length : undefined;
  const isSteps = issue.path.length === 1 && issue.path[0] === 'steps';
  switch (issue.code) {
    case 'too_big':
      if (isSteps) return { key: 'story.error.tooManySteps', params: { max: count(issue.maximum ?? 0), n: count(size ?? 0) } };
      return { key: 'story.error.tooLong', params: { field, max: count(issue.maximum ?? 0), n: count(size ?? 0) } };
    case 'too_small':
      if (isSteps) return { key: 'story.error.noSteps', params: { min: count(issue.minimum ?? 1) } };
      return { key: 'story.error.empty', params: { field } };
    case 'invalid_type': {
      if (value === undefined) return { key: 'story.error.missing', params: { field } };
      const expected = issue.expected && Object.hasOwn(TYPE_KEYS, issue.expected) ? TYPE_KEYS[issue.expected] : undefined;
      return expected ? { key: 'story.error.type', params: { field, expected: { key: expected } } } : { key: 'story.error.invalid', params: { field } };
    }
    case 'custom': {
      const key = issue.params?.key;
      if (key && CUSTOM_KEYS.has(key)) return { key: key as Key, params: { field } };
      return { key: 'story.error.invalid', params: { field } };
    }
    default:
      return { key: 'story.error.invalid', params: { field } };
  }
}

/**
 * Every issue as a message, the story's shape first: a file of 10,000 steps is told "at most 30 steps" before
 * anything about step 31.
 */
export function issueMessages(issues: readonly SchemaIssue[], json: unknown): Msg[] {
  return [...issues].sort((a, b) => a.path.length - b.path.length).map((i) => issueMessage(i, json));
}

/** Problems as the one message a notice shows: the first, and how many more there are. */
export function summarise(problems: readonly Msg[]): Msg {
  const first = problems[0] ?? { key: 'story.error.invalid', params: { field: { key: 'story.field.file' } } };
  return problems.length > 1 ? { key: 'story.error.andMore', params: { first, n: count(problems.length - 1) } } : first;
}
