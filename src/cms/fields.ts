/**
 * Decap CMS fields made from the collections' zod schemas (src/schemas/), so the web editor asks for
 * exactly what the build accepts: the same field names, the same required fields, the same enum
 * options, and the schemas' own messages as help texts. Nothing here is typed twice by hand.
 *
 * References to other collections (`ref('municipalities')`) become a select of the ids that exist
 * when the site is built, labelled with the entry's Latvian name.
 */
import { z } from 'astro/zod';
import type { CollectionName } from '../schemas/collections.ts';

/** A Decap CMS field (the subset of its config this site uses). */
export interface CmsField {
  name: string;
  label: string;
  widget: 'string' | 'text' | 'number' | 'boolean' | 'select' | 'list' | 'object' | 'datetime' | 'markdown' | 'image' | 'hidden';
  required?: boolean;
  hint?: string;
  default?: unknown;
  options?: (string | { label: string; value: string })[];
  multiple?: boolean;
  min?: number;
  max?: number;
  value_type?: 'int' | 'float';
  pattern?: [string, string];
  fields?: CmsField[];
  field?: CmsField;
  collapsed?: boolean;
  summary?: string;
  date_format?: string;
  time_format?: boolean;
  format?: string;
  picker_utc?: boolean;
  i18n?: boolean | 'translate' | 'duplicate' | 'none';
  modes?: string[];
  buttons?: string[];
  editor_components?: string[];
  media_folder?: string;
  public_folder?: string;
  choose_url?: boolean;
}

/** Ids (and labels) of the entries a reference may point to, per collection. */
export type RefOptions = Partial<Record<CollectionName, { value: string; label: string }[]>>;

/** Names of fields the schema takes as one value or a list (the editor always shows a list). */
export const oneOrMany = new Set<string>();

/** The marker a stand-in `ref()` leaves on its schema, so the walker knows which collection it points to. */
const REF = 'rtlCmsRef';
const IMAGE = 'rtlCmsImage';

/** Stand-ins for the schema context: a reference is a string that remembers its collection. */
export const cmsSchemaContext = {
  ref: (collection: CollectionName) => z.string().meta({ [REF]: collection }),
  image: () => z.string().meta({ [IMAGE]: true }),
} as const;

type Def = Record<string, unknown> & { type: string };
type Schema = z.ZodType;
const defOf = (s: Schema) => (s as unknown as { _zod: { def: Def } })._zod.def;
const checksOf = (s: Schema) =>
  ((defOf(s).checks as { _zod: { def: Record<string, unknown> } }[] | undefined) ?? []).map((c) => c._zod.def);

/** A message written in the schema (`{ error: '…' }`), if any. */
function messageOf(source: Record<string, unknown>): string | undefined {
  const e = source.error;
  if (typeof e === 'string') return e;
  if (typeof e === 'function') {
    try {
      const m = (e as (issue: unknown) => unknown)({ code: 'invalid_type', input: undefined });
      if (typeof m === 'string') return m;
      if (m && typeof m === 'object' && typeof (m as { message?: unknown }).message === 'string') return (m as { message: string }).message;
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/** "basedOn" → "Based on", "consent.recordedBy" → "Recorded by". */
const labelOf = (name: string) => {
  const words = name
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/[-_]/g, ' ')
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
};

interface Unwrapped {
  schema: Schema;
  required: boolean;
  default?: unknown;
}

/** Peels optional/default/nullable wrappers off a field: what remains says what the field holds. */
function unwrap(schema: Schema): Unwrapped {
  let s = schema;
  let required = true;
  let dflt: unknown;
  for (;;) {
    const d = defOf(s);
    if (d.type === 'optional' || d.type === 'nullable') required = false;
    else if (d.type === 'default' || d.type === 'prefault') {
      required = false;
      const v = d.defaultValue;
      dflt = typeof v === 'function' ? (v as () => unknown)() : v;
    } else break;
    s = d.innerType as Schema;
  }
  return { schema: s, required, default: dflt };
}

/** The regex checks of a string schema: [pattern, message]. */
function regexOf(s: Schema): [string, string] | undefined {
  const c = checksOf(s).find((d) => d.check === 'string_format' && d.pattern instanceof RegExp);
  if (!c) return undefined;
  return [(c.pattern as RegExp).source, messageOf(c) ?? messageOf(defOf(s)) ?? ''];
}

const lengthOf = (s: Schema, kind: 'min_length' | 'max_length') =>
  checksOf(s).find((d) => d.check === kind)?.[kind === 'min_length' ? 'minimum' : 'maximum'] as number | undefined;

/** Help text: the schema's own message for the field, plus its length limits. */
function hintOf(s: Schema): string | undefined {
  const d = defOf(s);
  const parts: string[] = [];
  const own = messageOf(d) ?? checksOf(s).map(messageOf).find(Boolean);
  if (own) parts.push(own);
  const min = lengthOf(s, 'min_length');
  const max = lengthOf(s, 'max_length');
  if (d.type === 'string' && (min !== undefined || max !== undefined)) {
    parts.push(
      min !== undefined && max !== undefined
        ? `${min}–${max} characters.`
        : min !== undefined
          ? `At least ${min} characters.`
          : `At most ${max} characters.`,
    );
  }
  return parts.length ? parts.join(' ') : undefined;
}

const metaOf = (s: Schema) => (z.globalRegistry.get(s) ?? {}) as Record<string, unknown>;

/** Is this the YYYY-MM-DD calendar date of isoDate()? (A pipe whose output is a day-only regex.) */
function isCalendarDay(s: Schema): boolean {
  const d = defOf(s);
  if (d.type !== 'pipe') return false;
  const out = d.out as Schema;
  return regexOf(out)?.[0] === '^\\d{4}-\\d{2}-\\d{2}$';
}

/** The schema whose checks describe a pipe's result (the last stage of transforms and pipes). */
function pipeOutput(s: Schema): Schema {
  let cur = s;
  while (defOf(cur).type === 'pipe') {
    const out = defOf(cur).out as Schema;
    cur = defOf(out).type === 'transform' ? (defOf(cur).in as Schema) : out;
  }
  return cur;
}

/** The message a pipe's first stage gives for a missing or wrong value. */
function pipeInputMessage(s: Schema): string | undefined {
  let cur = s;
  while (defOf(cur).type === 'pipe') cur = defOf(cur).in as Schema;
  return messageOf(defOf(cur));
}

/** The Decap field for one zod field. */
function fieldFor(name: string, schema: Schema, refs: RefOptions): CmsField {
  const { schema: s, required, default: dflt } = unwrap(schema);
  const base: CmsField = { name, label: labelOf(name), widget: 'string' };
  if (!required) base.required = false;
  if (
    dflt !== undefined &&
    !(Array.isArray(dflt) && dflt.length === 0) &&
    !(typeof dflt === 'object' && dflt !== null && !Array.isArray(dflt) && Object.keys(dflt).length === 0)
  ) {
    base.default = dflt;
  }
  const d = defOf(s);
  const meta = metaOf(s);
  const hint = hintOf(s);
  if (hint) base.hint = hint;

  if (typeof meta[REF] === 'string') {
    const collection = meta[REF] as CollectionName;
    return {
      ...base,
      widget: 'select',
      options: refs[collection] ?? [],
      hint: base.hint ?? `One of the entries in content/${collection}/.`,
    };
  }
  if (meta[IMAGE])
    return { ...base, widget: 'image', choose_url: false, hint: base.hint ?? 'A photo (JPEG or PNG) stored next to the entry.' };

  switch (d.type) {
    case 'string': {
      const pattern = regexOf(s);
      const max = lengthOf(s, 'max_length');
      const long = max === undefined ? (lengthOf(s, 'min_length') ?? 0) >= 10 : max > 120;
      const f: CmsField = { ...base, widget: long ? 'text' : 'string' };
      if (pattern) f.pattern = pattern;
      return f;
    }
    case 'number': {
      const f: CmsField = {
        ...base,
        widget: 'number',
        value_type: checksOf(s).some((c) => c.check === 'number_format' && String(c.format).includes('int')) ? 'int' : 'float',
      };
      const min = checksOf(s).find((c) => c.check === 'greater_than')?.value;
      const max = checksOf(s).find((c) => c.check === 'less_than')?.value;
      if (typeof min === 'number') f.min = min;
      if (typeof max === 'number') f.max = max;
      return f;
    }
    case 'boolean':
      return { ...base, widget: 'boolean', default: base.default ?? false };
    case 'literal': {
      const values = d.values as unknown[];
      // consent.given: only true is valid; no default, so an untouched optional object stays empty.
      if (values.length === 1 && values[0] === true) return { ...base, widget: 'boolean' };
      return { ...base, widget: 'select', options: values.map(String) };
    }
    case 'enum':
      return { ...base, widget: 'select', options: Object.values(d.entries as Record<string, string>) };
    case 'array': {
      const element = unwrap(d.element as Schema).schema;
      const inner = fieldFor(name, element, refs);
      const min = lengthOf(s, 'min_length');
      if (inner.widget === 'select') {
        const f: CmsField = { ...base, widget: 'select', multiple: true, options: inner.options };
        if (min) f.min = min;
        return f;
      }
      const f: CmsField = { ...base, widget: 'list' };
      if (inner.widget === 'object') {
        f.fields = inner.fields;
        f.collapsed = true;
      } else {
        f.field = { ...inner, label: labelOf(name.replace(/s$/, '')) };
        delete f.field.required;
      }
      if (min) f.min = min;
      return f;
    }
    case 'object': {
      // Decap cannot say "required when the object is filled in": inside an optional object every field
      // is optional in the editor, and the content rules (same schema) still require them on save.
      const fields = objectFields(s, refs);
      return { ...base, widget: 'object', fields: required ? fields : fields.map(optionalField) };
    }
    case 'union': {
      // phone: one number or a list of numbers → always a list in the editor (the schema takes both);
      // yaml-format.js turns a single value into a list on reading and back on writing.
      const options = d.options as Schema[];
      const list = options.find((o) => defOf(unwrap(o).schema).type === 'array');
      if (list) {
        oneOrMany.add(name);
        return { ...fieldFor(name, list, refs), ...(required ? {} : { required: false }) };
      }
      return { ...base, widget: 'string' };
    }
    case 'pipe': {
      // A date: the message for a missing value (on the pipe's input) and the one for a wrong format (on its output).
      const out = pipeOutput(s);
      const pattern = regexOf(out);
      const messages = [...new Set([pipeInputMessage(s), pattern?.[1]].filter((m): m is string => !!m))];
      const pipeHint = messages.length ? { hint: messages.join(' ') } : {};
      if (isCalendarDay(s)) {
        return {
          ...base,
          ...pipeHint,
          widget: 'datetime',
          format: 'YYYY-MM-DD',
          date_format: 'YYYY-MM-DD',
          time_format: false,
          picker_utc: true,
        };
      }
      const f = fieldFor(name, out, refs);
      return { ...f, ...(required ? {} : { required: false }), ...pipeHint, ...(pattern ? { pattern } : {}) };
    }
    default:
      return base;
  }
}

function optionalField(f: CmsField): CmsField {
  return { ...f, required: false, ...(f.fields ? { fields: f.fields.map(optionalField) } : {}) };
}

/** The fields of a z.object schema, in the schema's order. */
export function objectFields(schema: Schema, refs: RefOptions): CmsField[] {
  const d = defOf(unwrap(schema).schema);
  if (d.type !== 'object') throw new Error(`Expected an object schema, got ${d.type}.`);
  return Object.entries(d.shape as Record<string, Schema>).map(([name, s]) => fieldFor(name, s, refs));
}
