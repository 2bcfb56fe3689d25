/**
 * The <Cite src="…" /> component as a Decap CMS inline editor component (rich-text mode of the Text
 * field, "+" → Source, then click it): a dialog picks a source document and its line(s), or an
 * official web page or institution, and the editor writes <Cite src="001:5658" /> or
 * <Cite src="web:<id>" /> exactly as the content rules expect. `sources` is sources.js, generated at
 * build time from content/ (documents, web sources, institutions), with `refPattern`: the source
 * reference pattern of src/lib/source-ref.ts (groups 1 document, 2 first line, 3 last line).
 */
export function registerCite(CMS, sources) {
  function srcOf(data) {
    if (data.page) return data.page;
    if (data.document && data.lines) return data.document + ':' + data.lines;
    return '';
  }
  /** A small dialog to pick the source: a document and its line(s), or a web page or institution. */
  function pickSource(data) {
    return new Promise(function (resolve) {
      var dialog = document.createElement('dialog');
      dialog.setAttribute('aria-labelledby', 'rtl-cite-title');
      dialog.style.cssText =
        'max-width:40rem;width:90vw;padding:1.5rem;border:1px solid #798291;border-radius:6px;font:16px/1.5 system-ui,sans-serif';
      var form = document.createElement('form');
      form.method = 'dialog';
      function el(tag, attrs, text) {
        var e = document.createElement(tag);
        Object.keys(attrs || {}).forEach(function (k) {
          e.setAttribute(k, attrs[k]);
        });
        if (text) e.textContent = text;
        return e;
      }
      function select(id, label, options, value) {
        var wrap = el('p');
        wrap.appendChild(el('label', { for: id }, label));
        wrap.appendChild(el('br'));
        var s = el('select', { id: id, name: id });
        s.style.width = '100%';
        s.appendChild(el('option', { value: '' }, '—'));
        options.forEach(function (o) {
          var opt = el('option', { value: o.value }, o.label);
          if (o.value === value) opt.selected = true;
          s.appendChild(opt);
        });
        wrap.appendChild(s);
        return wrap;
      }
      form.appendChild(el('h2', { id: 'rtl-cite-title' }, 'Source of this fact'));
      form.appendChild(select('rtl-cite-document', 'Source document', sources.documents, data.document));
      var lines = el('p');
      lines.appendChild(el('label', { for: 'rtl-cite-lines' }, 'Line or lines in the document (5658 or 5658-5662)'));
      lines.appendChild(el('br'));
      lines.appendChild(
        el('input', {
          id: 'rtl-cite-lines',
          name: 'lines',
          inputmode: 'numeric',
          pattern: '\\d{1,5}(-\\d{1,5})?',
          value: data.lines || '',
        }),
      );
      form.appendChild(lines);
      form.appendChild(select('rtl-cite-page', 'Or: an official web page or an institution', sources.pages, data.page));
      var buttons = el('p');
      buttons.appendChild(el('button', { value: 'ok' }, 'Insert source'));
      buttons.appendChild(document.createTextNode(' '));
      buttons.appendChild(el('button', { value: 'cancel', formnovalidate: '' }, 'Cancel'));
      form.appendChild(buttons);
      dialog.appendChild(form);
      document.body.appendChild(dialog);
      dialog.addEventListener('close', function () {
        var result = null;
        if (dialog.returnValue === 'ok') {
          var page = form.querySelector('#rtl-cite-page').value;
          var doc = form.querySelector('#rtl-cite-document').value;
          var line = form.querySelector('#rtl-cite-lines').value.trim();
          result = page ? { page: page } : doc && line ? { document: doc, lines: line } : null;
        }
        dialog.remove();
        resolve(result);
      });
      dialog.showModal();
    });
  }

  CMS.registerEditorComponent({
    id: 'cite',
    label: 'Source',
    type: 'inline',
    pattern: /<Cite src="([^"]+)" ?\/>/,
    fromBlock: function (match) {
      var src = match[1];
      var ref = new RegExp(sources.refPattern).exec(src);
      return ref && ref[1] ? { document: ref[1], lines: ref[3] ? ref[2] + '-' + ref[3] : ref[2] } : { page: src };
    },
    toBlock: function (data) {
      return '<Cite src="' + srcOf(data) + '" />';
    },
    toPreview: function (data) {
      return srcOf(data) ? '[' + srcOf(data) + ']' : '[choose a source]';
    },
    onEdit: function (args) {
      return pickSource(args.data || {});
    },
  });
}
