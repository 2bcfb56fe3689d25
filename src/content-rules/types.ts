/** Shared types of the content rules (one module per rule in this folder). */
import type { CollectionName } from '../schemas/collections.ts';

export interface Problem {
  level: 'error' | 'warning';
  /** content/… path of the file the problem is in. */
  file: string;
  /** The rule's id, or schema:<field> for schema errors. */
  rule: string;
  /** What is wrong and how to fix it, for an editor. */
  message: string;
  /** Line in the file, where the rule can tell. */
  line?: number;
}

export interface Entry {
  collection: CollectionName;
  /** Path relative to the content folder, e.g. guides/en/riga/housing.mdx */
  file: string;
  /** Collection id as Astro makes it: path without extension, e.g. en/riga/housing */
  id: string;
  data: Record<string, unknown>;
  body: string;
  /** Line of the file on which the body starts (1 for YAML files). */
  bodyLine: number;
}

export interface CheckContext {
  /** Absolute path of the content folder. */
  root: string;
  entries: Entry[];
  ids: Map<CollectionName, Set<string>>;
  /** "Today" for date rules; a parameter so tests can fix it. */
  now: Date;
}

export type Report = (file: string, rule: string, message: string, level?: Problem['level'], line?: number) => void;

export interface ContentRule {
  id: string;
  /** One line for `npm run check` and the README. */
  description: string;
  run(ctx: CheckContext, report: Report): void;
}
