/**
 * Where the site is edited: one setting, `repository.url` in package.json (a GitHub repository).
 * `RTL_REPOSITORY_URL` overrides it at build time, e.g. for a fork. "Edit this page" and "Suggest a
 * correction" are plain links built from it; nothing is requested from GitHub until a reader clicks.
 */
import pkg from '../../../package.json' with { type: 'json' };

const configured = process.env.RTL_REPOSITORY_URL || (pkg as { repository?: { url?: string } }).repository?.url || '';

/** `https://github.com/<owner>/<name>` without `git+`, `.git` or a trailing slash. */
const repositoryUrl = configured
  .replace(/^git\+/, '')
  .replace(/\.git$/, '')
  .replace(/\/$/, '');
if (!/^https:\/\/github\.com\/[\w.-]+\/[\w.-]+$/.test(repositoryUrl)) {
  throw new Error(
    `The repository URL "${configured}" (package.json "repository.url" or RTL_REPOSITORY_URL) must look like https://github.com/<owner>/<name>.`,
  );
}

/** The branch editors' changes are proposed against. */
const editBranch = process.env.RTL_EDIT_BRANCH || 'main';

/** GitHub's web editor for a file (path from the repository root); it offers a fork to readers without write access. */
export const editUrl = (file: string) => `${repositoryUrl}/edit/${editBranch}/${file.split('/').map(encodeURIComponent).join('/')}`;

/** The issue forms in .github/ISSUE_TEMPLATE/, one per kind and language. */
export type IssueForm = 'correction' | 'outdated-programme' | 'new-story';

/** A new issue with the form of the reader's language, its title and fields (by id) filled in. */
export const issueUrl = (form: IssueForm, lang: string, title: string, fields: Record<string, string> = {}) =>
  `${repositoryUrl}/issues/new?${new URLSearchParams({ template: `${form}-${lang}.yml`, title, ...fields })}`;
