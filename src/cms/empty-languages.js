/**
 * A story written only in Latvian must not bring empty English and Russian files with it. Decap CMS
 * (multiple_folders) writes a file for every language, "\n" for a language nobody has written yet,
 * which the content rules rightly refuse. This wraps each backend's persistEntry so such empty files
 * are left out of the commit (or pull request): the page is then published in Latvian with the
 * fallback notice until a translator adds the language.
 */
const isBlank = (raw) => typeof raw === 'string' && raw.trim() === '';

export function skipEmptyLanguages(CMS, backends) {
  for (const name of backends) {
    const registered = CMS.getBackend(name);
    if (!registered) continue;
    const init = registered.init;
    registered.init = (...args) => {
      const backend = init(...args);
      const persist = backend.persistEntry.bind(backend);
      backend.persistEntry = (entry, options) =>
        persist({ ...entry, dataFiles: (entry.dataFiles ?? [entry]).filter((file) => !isBlank(file.raw)) }, options);
      return backend;
    };
  }
}
