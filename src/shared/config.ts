import { z } from 'zod';

/**
 * Settings read from the environment, validated once at start-up. Every plugin's config.ts (a zod
 * schema, with its defaults) marks each setting with the variable config/plugins.ts reads it
 * from and what it expects, and a wrong value stops the start with one message shape:
 *
 *   portal.cache.ttl (PORTAL_CACHE_TTL) must be a whole number of seconds ≥ 1; got 0.
 *
 * A setting that no plugin owns (REDIS_URL, src/shared/redis.ts) is read with readSetting.
 */
export interface SettingSource {
  /** The environment variable the value comes from. */
  env: string;
  /** What it accepts, in words an operator can act on: "true or false", "a whole number ≥ 1". */
  expects: string;
  /** Never repeat the value in the message (a salt, a key). */
  secret?: boolean;
}

const sources = z.registry<SettingSource>();

/** Marks `schema` as the setting read from `env`; add `.default()` after it, not before. */
export const setting = <S extends z.ZodType>(
  schema: S,
  env: string,
  expects: string,
  { secret = false }: { secret?: boolean } = {}
): S => {
  sources.add(schema, { env, expects, secret });
  return schema;
};

/** A schema without the wrappers that only fill in a default or allow it to be left out. */
const unwrapped = (schema: z.ZodType): z.ZodType => {
  let inner = schema;
  while (inner instanceof z.ZodDefault || inner instanceof z.ZodPrefault || inner instanceof z.ZodOptional) {
    inner = inner.unwrap() as z.ZodType;
  }
  return inner;
};

/** The setting at `path` of an object schema or above it: its source and how deep it is. */
const settingAt = (schema: z.ZodType, path: PropertyKey[]): { source: SettingSource; depth: number } | undefined => {
  let found: { source: SettingSource; depth: number } | undefined;
  let current: z.ZodType | undefined = schema;
  for (let depth = 0; current; depth += 1) {
    const source = sources.get(current) ?? sources.get(unwrapped(current));
    if (source) found = { source, depth };
    if (depth === path.length) break;
    const inner = unwrapped(current);
    current =
      inner instanceof z.ZodObject ? (inner.shape as Record<string, z.ZodType>)[String(path[depth])] : undefined;
  }
  return found;
};

const valueAt = (value: unknown, path: PropertyKey[]): unknown =>
  path.reduce<unknown>((at, key) => (at as Record<PropertyKey, unknown> | null | undefined)?.[key], value);

/** What an operator reads: the setting and its variable, what it expects and (unless secret) what it got. */
const wrongValue = (source: SettingSource, got: unknown, name?: string) =>
  `${name ? `${name} (${source.env})` : source.env} must be ${source.expects}` +
  (source.secret ? '.' : `; got ${JSON.stringify(got)}.`);

/**
 * Validates a plugin's settings; throws an Error with one line per wrong setting, each naming
 * `<plugin>.<setting> (<VARIABLE>)`, what it expects and what it got.
 */
export const validateSettings = <S extends z.ZodType>(plugin: string, schema: S, config: unknown): z.output<S> => {
  const result = schema.safeParse(config);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => {
    const located = settingAt(schema, issue.path);
    const path = located ? issue.path.slice(0, located.depth) : issue.path;
    const name = [plugin, ...path.map(String)].join('.');
    return located
      ? wrongValue(located.source, valueAt(config, path), name)
      : `${name} is not valid: ${issue.message}.`;
  });
  throw new Error([...new Set(lines)].join('\n'));
};

/** A plugin's `config` export: the defaults of its schema, and a validator that names the variable to fix. */
export const pluginConfig = <S extends z.ZodType>(plugin: string, schema: S) => ({
  // Defaults are taken as they are (a required secret may default to empty and fail the validator).
  default: schema.parse({}),
  validator(config: unknown): void {
    validateSettings(plugin, schema, config);
  },
});

/**
 * A setting no plugin owns, read straight from the environment (empty counts as unset, null):
 * throws "<VARIABLE> must be <what it expects>; got <value>." when it is wrong.
 */
export const readSetting = <S extends z.ZodType>(
  schema: S,
  environment: NodeJS.ProcessEnv = process.env
): z.output<S> => {
  const source = sources.get(schema);
  if (!source) throw new Error('readSetting takes a schema marked with setting().');
  const value = environment[source.env] || null;
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new Error(wrongValue(source, value));
};
