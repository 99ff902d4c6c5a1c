// motiebot's preview page: a very small Slack. It shows what the stand-in keeps (messages per
// channel, the Home tab, modals) with their Block Kit, and sends what a person types or clicks to
// the preview server, which passes it to the bot as Slack would. No framework, no build step.
// Text from the bot is always put in the page as text (textContent), never as HTML.
// @ts-check (tsconfig.preview.json, run by `npm run typecheck`)
'use strict';

/** @typedef {import('./api').PreviewState} PreviewState */
/** @typedef {import('./api').PostAnswer} PostAnswer */
/** @typedef {import('./api').Change} Change */
/** @typedef {import('./api').Channel} Channel */
/** @typedef {import('./api').Message} Message */
/** @typedef {import('./api').Block} Block */
/** @typedef {import('./api').BlockElement} BlockElement */
/** @typedef {import('./api').RichTextElement} RichTextElement */
/** @typedef {import('./api').TextObject} TextObject */
/** @typedef {import('./api').ConfirmObject} ConfirmObject */
/** @typedef {import('./api').OptionObject} OptionObject */
/** @typedef {import('./api').Where} Where */
/** @typedef {Partial<Record<string, Partial<Record<string, string>>>>} FormValues */

(() => {
  /** @param {string} id @returns {HTMLElement} */
  const $ = (id) => /** @type {HTMLElement} */ (document.getElementById(id));
  /** @param {string} id @returns {HTMLInputElement} */
  const $input = (id) => /** @type {HTMLInputElement} */ (document.getElementById(id));
  /** @param {string} id @returns {HTMLButtonElement} */
  const $button = (id) => /** @type {HTMLButtonElement} */ (document.getElementById(id));
  /** @param {string} id @returns {HTMLDialogElement} */
  const $dialog = (id) => /** @type {HTMLDialogElement} */ (document.getElementById(id));
  /**
   * @type {{
   *   data: PreviewState | null,
   *   current: string | null,
   *   unread: Set<string>,
   *   shown: Map<string, { signature: string, element: HTMLElement }>,
   *   shownChannel: string | null,
   *   modalKey: string | null,
   *   refreshing: Promise<void> | null,
   *   again: boolean,
   * }}
   */
  const state = {
    data: null,
    /** A channel id, or 'home'. */
    current: null,
    /** Channels with news the person has not seen. */
    unread: new Set(),
    /** ts → { signature, element } of the messages on screen. */
    shown: new Map(),
    shownChannel: null,
    modalKey: null,
    refreshing: null,
    again: false,
  };

  /** The message of a thrown value (an Error's, or the value as text). */
  const messageOf = (/** @type {unknown} */ error) => (error instanceof Error ? error.message : String(error));
  /** A response's JSON, as unknown (the caller says what it is). @param {Response} res @returns {Promise<unknown>} */
  const jsonOf = (res) => res.json();
  /** JSON text's value, as unknown. @param {string} text @returns {unknown} */
  const parseJson = (text) => JSON.parse(text);
  /** An async event handler for addEventListener: its promise is left to run (rejections stay unhandled, as before). */
  const inBackground = (/** @type {(e: Event) => Promise<unknown>} */ handler) => (/** @type {Event} */ e) => {
    void handler(e);
  };

  // ---- helpers -------------------------------------------------------------------------

  /** @typedef {Node | string | null | undefined | false} Child */
  /**
   * Makes an element; children are nodes or strings (as text).
   * @template {keyof HTMLElementTagNameMap} K
   * @param {K} tag
   * @param {Record<string, string | number | boolean | null | undefined | EventListener> | null} [attrs]
   * @param {(Child | Child[])[]} children
   * @returns {HTMLElementTagNameMap[K]}
   */
  function h(tag, attrs, ...children) {
    const el = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs ?? {})) {
      if (value === undefined || value === null || value === false) continue;
      if (key === 'class') el.className = String(value);
      else if (key.startsWith('on')) el.addEventListener(key.slice(2), /** @type {EventListener} */ (value));
      else el.setAttribute(key, value === true ? '' : String(value));
    }
    for (const child of children.flat()) {
      if (child === null || child === undefined || child === false) continue;
      el.append(typeof child === 'string' ? document.createTextNode(child) : child);
    }
    return el;
  }

  /**
   * @param {string} path
   * @param {Record<string, unknown>} [body]
   * @returns {Promise<PostAnswer>}
   */
  async function post(path, body) {
    const res = await fetch(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body ?? {}) });
    /** @type {PostAnswer | null} */
    let json = null;
    try {
      json = /** @type {PostAnswer} */ (await jsonOf(res));
    } catch {
      // Not JSON (a proxy's error page): json stays null and the status tells what went wrong.
    }
    if (!res.ok) throw new Error(json?.error || `HTTP ${res.status}`);
    // Null only when a 2xx answer was not JSON, which the preview server never sends.
    return /** @type {PostAnswer} */ (json);
  }

  /** @param {string} text */
  function announce(text) {
    const line = h('p', {}, text);
    $('announcer').append(line);
    while ($('announcer').childElementCount > 5) $('announcer').firstElementChild?.remove();
  }

  /**
   * 2025-09-15 → 15-09-2025 (written by hand: no locale can turn it into mm/dd/yyyy).
   * @param {string} iso
   */
  function shortDutchDate(iso) {
    const [y, m, d] = iso.split('-');
    return `${d}-${m}-${y}`;
  }

  /**
   * 15-09-2025, 15-9-2025, 15/9/2025 or 2025-09-15 → 2025-09-15; null when it is not a real date.
   * @param {string} text
   * @returns {string | null}
   */
  function parseDutchDate(text) {
    /** @type {number} */
    let y;
    /** @type {number} */
    let m;
    /** @type {number} */
    let d;
    const dutch = /^(\d{1,2})[-/. ](\d{1,2})[-/. ](\d{4})$/.exec(text);
    const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
    if (dutch) [, d, m, y] = dutch.map(Number);
    else if (iso) [, y, m, d] = iso.map(Number);
    else return null;
    const date = new Date(Date.UTC(y, m - 1, d));
    if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d || y < 1990 || y > 2100) return null;
    return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  }

  const MESSAGE_TIME = new Intl.DateTimeFormat('nl-NL', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Amsterdam' });
  const DUTCH_DATE = new Intl.DateTimeFormat('nl-NL', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Amsterdam' });
  /** @param {string} iso */
  function formatIso(iso) {
    const [y, m, d] = iso.split('-').map(Number);
    return DUTCH_DATE.format(new Date(Date.UTC(y, m - 1, d, 12)));
  }

  // ---- mrkdwn --------------------------------------------------------------------------

  /** @type {Record<string, string>} */
  const EMOJI = {
    white_check_mark: '✅', heavy_check_mark: '✔️', warning: '⚠️', calendar: '📅', spiral_calendar_pad: '🗓', alarm_clock: '⏰',
    tada: '🎉', red_circle: '🔴', large_orange_circle: '🟠', large_green_circle: '🟢', memo: '📝', clipboard: '📋', bell: '🔔',
    wave: '👋', '+1': '👍', thumbsup: '👍', x: '❌', eyes: '👀', mag: '🔍', link: '🔗', sleeping: '😴', arrow_right: '➡️',
    leftwards_arrow_with_hook: '↩️', hourglass: '⌛', information_source: 'ℹ️',
  };

  /** @param {string} text */
  function decodeEntities(text) {
    return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  }

  /** @param {string} text */
  function withEmoji(text) {
    return text.replace(/:([a-z0-9_+-]{1,40}):/g, (/** @type {string} */ all, /** @type {string} */ name) => EMOJI[name] || all);
  }

  /** @type {Record<string, Intl.DateTimeFormatOptions>} */
  const DATE_TOKENS = {
    date_num: { year: 'numeric', month: '2-digit', day: '2-digit' },
    date: { day: 'numeric', month: 'long', year: 'numeric' },
    date_short: { day: 'numeric', month: 'short', year: 'numeric' },
    date_long: { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' },
    date_pretty: { day: 'numeric', month: 'long', year: 'numeric' },
    date_short_pretty: { day: 'numeric', month: 'short', year: 'numeric' },
    date_long_pretty: { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' },
    time: { hour: '2-digit', minute: '2-digit' },
    time_secs: { hour: '2-digit', minute: '2-digit', second: '2-digit' },
  };

  /**
   * One `<…>` token: a channel, a person, a special mention, a date or a link.
   * @param {string} inner
   * @returns {Node}
   */
  function renderToken(inner) {
    const [target, label] = splitOnce(inner, '|');
    const users = state.data?.users ?? {};
    if (target.startsWith('#C') || target.startsWith('#D') || target.startsWith('#G')) {
      const channel = (state.data?.channels ?? []).find((c) => c.id === target.slice(1));
      return h('span', { class: 'mention' }, `#${label || (channel ? channel.name : target.slice(1).toLowerCase())}`);
    }
    if (target.startsWith('@U') || target.startsWith('@W')) {
      return h('span', { class: 'mention' }, `@${label || users[target.slice(1)] || target.slice(1)}`);
    }
    if (target.startsWith('!date^')) {
      const [, seconds, format] = target.split('^');
      const tokens = /^\{(\w+)\}$/.exec(format || '');
      const options = tokens && DATE_TOKENS[tokens[1]];
      const when = new Date(Number(seconds) * 1000);
      const text = options && !Number.isNaN(when.getTime())
        ? new Intl.DateTimeFormat('nl-NL', { ...options, timeZone: 'Europe/Amsterdam' }).format(when)
        : decodeEntities(label || '');
      return h('time', { datetime: Number.isNaN(when.getTime()) ? undefined : when.toISOString() }, text);
    }
    if (target.startsWith('!')) {
      const special = target.slice(1).split('^')[0];
      return h('span', { class: 'mention' }, label ? decodeEntities(label) : `@${special}`);
    }
    if (/^(https?:|mailto:)/i.test(target)) {
      return h('a', { href: target, rel: 'noopener noreferrer', target: '_blank' }, decodeEntities(label || target));
    }
    return document.createTextNode(decodeEntities(label || target));
  }

  /** @param {string} text @param {string} sep @returns {[string, string]} */
  function splitOnce(text, sep) {
    const i = text.indexOf(sep);
    return i < 0 ? [text, ''] : [text.slice(0, i), text.slice(i + 1)];
  }

  /** @typedef {{ re: RegExp, tag: 'code' | 'strong' | 'em' | 's', raw?: boolean, prefix: boolean }} InlineRule */
  /** @type {InlineRule[]} */
  const INLINE = [
    { re: /`([^`\n]+)`/, tag: 'code', raw: true, prefix: false },
    { re: /(^|[^\p{L}\p{N}*])\*(?=\S)([^*\n]*?\S)\*(?![\p{L}\p{N}*])/u, tag: 'strong', prefix: true },
    { re: /(^|[^\p{L}\p{N}_])_(?=\S)([^_\n]*?\S)_(?![\p{L}\p{N}_])/u, tag: 'em', prefix: true },
    { re: /(^|[^\p{L}\p{N}~])~(?=\S)([^~\n]*?\S)~(?![\p{L}\p{N}~])/u, tag: 's', prefix: true },
  ];

  /**
   * Text with tokens replaced by \u0001n\u0002 → nodes.
   * @param {string} text
   * @param {string[]} tokens
   * @param {boolean} raw
   * @returns {Node[]}
   */
  function leafNodes(text, tokens, raw) {
    const out = [];
    // eslint-disable-next-line no-control-regex -- \u0001 and \u0002 are the token markers that mrkdwn() below puts around each <…> token: matched on purpose.
    for (const part of text.split(/(\u0001\d+\u0002)/)) {
      if (!part) continue;
      // eslint-disable-next-line no-control-regex -- the same token markers as above.
      const m = /^\u0001(\d+)\u0002$/.exec(part);
      if (m) out.push(raw ? document.createTextNode(`<${tokens[Number(m[1])]}>`) : renderToken(tokens[Number(m[1])]));
      else out.push(document.createTextNode(raw ? decodeEntities(part) : withEmoji(decodeEntities(part))));
    }
    return out;
  }

  /** @param {string} text @param {string[]} tokens @returns {Node[]} */
  function inlineNodes(text, tokens) {
    /** @type {{ rule: InlineRule, m: RegExpExecArray, start: number } | null} */
    let best = null;
    for (const rule of INLINE) {
      const m = rule.re.exec(text);
      if (!m) continue;
      const start = m.index + (rule.prefix ? m[1].length : 0);
      if (!best || start < best.start) best = { rule, m, start };
    }
    if (!best) return leafNodes(text, tokens, false);
    const { rule, m, start } = best;
    const inner = rule.prefix ? m[2] : m[1];
    const end = m.index + m[0].length;
    const content = rule.raw ? leafNodes(inner, tokens, true) : inlineNodes(inner, tokens);
    return [...leafNodes(text.slice(0, start), tokens, false), h(rule.tag, {}, content), ...inlineNodes(text.slice(end), tokens)];
  }

  /** @typedef {'div' | 'span'} TextTag */
  /**
   * Slack mrkdwn as nodes: *bold*, _italic_, ~strike~, `code`, ```pre```, > quotes, <#C…>, <@U…>, links, entities.
   * @param {string | undefined} text
   * @param {TextTag} [tag]
   */
  function mrkdwn(text, tag = 'div') {
    const root = h(tag, { class: 'mrkdwn' });
    /** @type {string[]} */
    const tokens = [];
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-conversion -- server data: text is coerced on purpose.
    const protectedText = String(text || '').replace(/<([^<>\n]{1,3000})>/g, (/** @type {string} */ all, /** @type {string} */ inner) => `\u0001${tokens.push(inner) - 1}\u0002`);
    const parts = protectedText.split(/```([\s\S]*?)```/);
    parts.forEach((part, i) => {
      if (i % 2 === 1) {
        root.append(h('pre', {}, leafNodes(part.replace(/^\n/, ''), tokens, true)));
        return;
      }
      /** @type {HTMLQuoteElement | null} */
      let quote = null;
      const lines = part.split('\n');
      lines.forEach((line, j) => {
        const q = /^(?:&gt;|>) ?(.*)$/.exec(line);
        if (q) {
          if (!quote) {
            quote = h('blockquote', {});
            root.append(quote);
          } else quote.append(h('br'));
          quote.append(...inlineNodes(q[1], tokens));
          return;
        }
        quote = null;
        root.append(...inlineNodes(line, tokens));
        if (j < lines.length - 1) root.append(h('br'));
      });
    });
    return root;
  }

  /** @param {TextObject | undefined} obj @param {TextTag} [tag] */
  function textObject(obj, tag = 'span') {
    if (!obj) return h(tag, {});
    if (obj.type === 'mrkdwn') return mrkdwn(obj.text, tag);
    return h(tag, { class: 'plain' }, obj.emoji === false ? obj.text || '' : withEmoji(obj.text || ''));
  }

  /** @param {TextObject | undefined} obj */
  function plainText(obj) {
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-conversion -- server data: text is coerced on purpose.
    return obj ? withEmoji(String(obj.text || '')) : '';
  }

  // ---- Block Kit -----------------------------------------------------------------------

  /**
   * Where a click goes: { channel, ts } for a message, { viewId } for Home or a modal.
   * @param {Where} where
   * @param {Block} block
   * @param {BlockElement} element
   * @param {string | undefined} value
   * @param {HTMLButtonElement | HTMLSelectElement | HTMLInputElement | null} control
   */
  async function sendAction(where, block, element, value, control) {
    if (element.confirm && !(await confirmDialog(element.confirm))) return;
    if (control) {
      control.disabled = true;
      control.setAttribute('aria-busy', 'true');
    }
    try {
      await post('/preview/action', { ...where, blockId: block.block_id, actionId: element.action_id, value });
    } catch (error) {
      announce(`Dat lukte niet: ${messageOf(error)}`);
    } finally {
      if (control?.isConnected) {
        control.disabled = false;
        control.removeAttribute('aria-busy');
      }
    }
  }

  /** @param {BlockElement} element @returns {OptionObject[]} */
  function optionsOf(element) {
    const list = [...(element.options ?? [])];
    for (const group of element.option_groups ?? []) list.push(...(group.options ?? []));
    return list;
  }

  /** @param {BlockElement} element @param {Block} block @param {Where} where @param {boolean} form @returns {HTMLElement} */
  function renderElement(element, block, where, form) {
    switch (element.type) {
      case 'button': {
        const cls = `btn${element.style === 'primary' ? ' btn-primary' : element.style === 'danger' ? ' btn-danger' : ''}`;
        const button = h('button', { type: 'button', class: cls, title: element.accessibility_label || undefined }, plainText(element.text));
        if (element.accessibility_label) button.setAttribute('aria-label', element.accessibility_label);
        if (element.url) {
          return h('a', { class: cls, href: element.url, rel: 'noopener noreferrer', target: '_blank' }, plainText(element.text));
        }
        button.addEventListener('click', () => {
          void sendAction(where, block, element, undefined, button);
        });
        return button;
      }
      case 'overflow': {
        const details = h('details', { class: 'overflow' });
        const summary = h('summary', { 'aria-label': 'Meer opties', title: 'Meer opties' }, '⋯');
        const list = h('ul', { class: 'overflow-menu' });
        for (const option of optionsOf(element)) {
          const item = h('button', { type: 'button', class: 'menu-item' }, plainText(option.text));
          item.addEventListener('click', () => {
            details.open = false;
            void sendAction(where, block, element, option.value, null);
          });
          list.append(h('li', {}, item));
        }
        details.append(summary, list);
        details.addEventListener('keydown', (e) => {
          if (e.key === 'Escape' && details.open) {
            details.open = false;
            summary.focus();
          }
        });
        return details;
      }
      case 'static_select':
      case 'radio_buttons': {
        const placeholder = plainText(element.placeholder) || 'Kies…';
        const select = h('select', { 'aria-label': placeholder });
        if (form) {
          select.dataset.blockId = block.block_id;
          select.dataset.actionId = element.action_id;
        }
        if (!element.initial_option) select.append(h('option', { value: '' }, placeholder));
        for (const option of optionsOf(element)) {
          const selected = element.initial_option?.value === option.value;
          select.append(h('option', { value: option.value, selected }, plainText(option.text)));
        }
        if (!form) {
          select.addEventListener('change', () => {
            if (select.value) void sendAction(where, block, element, select.value, select);
          });
        }
        return select;
      }
      case 'users_select': {
        // The people the preview knows (the person using it), not the bot or Slackbot.
        const data = state.data;
        const people = Object.entries(data?.users ?? {}).filter(([id, name]) => id !== data?.botUserId && name !== 'Slackbot');
        if (element.initial_user && !people.some(([id]) => id === element.initial_user)) people.push([element.initial_user, element.initial_user]);
        const label = plainText(element.placeholder) || plainText(block.label) || 'Kies iemand';
        const select = h('select', { 'aria-label': label });
        if (form) {
          select.dataset.blockId = block.block_id;
          select.dataset.actionId = element.action_id;
        }
        select.append(h('option', { value: '' }, '(niemand)'));
        for (const [id, name] of people) select.append(h('option', { value: id, selected: element.initial_user === id }, `@${name}`));
        return select;
      }
      case 'datepicker': {
        const input = h('input', { type: 'date', value: element.initial_date || undefined, 'aria-label': plainText(element.placeholder) || 'Datum' });
        if (form) {
          input.dataset.blockId = block.block_id;
          input.dataset.actionId = element.action_id;
        } else {
          input.addEventListener('change', () => {
            if (input.value) void sendAction(where, block, element, input.value, input);
          });
        }
        return input;
      }
      case 'plain_text_input': {
        const attrs = {
          id: `in-${String(block.block_id)}`,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing -- 0 is no limit: no attribute.
          maxlength: element.max_length || undefined,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing -- the same for the minimum.
          minlength: element.min_length || undefined,
          placeholder: plainText(element.placeholder) || undefined,
          'aria-describedby': `hint-${String(block.block_id)} err-${String(block.block_id)}`,
        };
        const input = element.multiline ? h('textarea', { ...attrs, rows: 4 }) : h('input', { ...attrs, type: 'text' });
        input.value = element.initial_value || '';
        input.dataset.blockId = block.block_id;
        input.dataset.actionId = element.action_id;
        return input;
      }
      case 'image':
        return h('span', { class: 'image-alt' }, `[${element.alt_text || 'afbeelding'}]`);
      default:
        return h('span', { class: 'unsupported' }, `[${element.type} wordt in dit voorbeeld niet getoond]`);
    }
  }

  /** @param {Block} block @param {Where} where @param {Record<string, string> | undefined} errors @returns {HTMLElement} */
  function renderBlock(block, where, errors) {
    switch (block.type) {
      case 'header':
        return h('h3', { class: 'b-header' }, plainText(block.text));
      case 'divider':
        return h('hr', { class: 'b-divider' });
      case 'section': {
        const section = h('div', { class: 'b-section' });
        const body = h('div', { class: 'b-section-body' });
        if (block.text) body.append(textObject(block.text, 'div'));
        if (block.fields) body.append(h('div', { class: 'b-fields' }, block.fields.map((f) => textObject(f, 'div'))));
        section.append(body);
        if (block.accessory) section.append(h('div', { class: 'b-accessory' }, renderElement(block.accessory, block, where, false)));
        return section;
      }
      case 'context':
        return h('div', { class: 'b-context' }, (block.elements ?? []).map((e) => (e.type === 'image' ? renderElement(e, block, where, false) : textObject(e))));
      case 'actions':
        return h('div', { class: 'b-actions', role: 'group' }, (block.elements ?? []).map((e) => renderElement(e, block, where, false)));
      case 'input': {
        const id = `in-${String(block.block_id)}`;
        const control = renderElement(block.element ?? /** @type {BlockElement} */ ({}), block, where, true);
        if (!control.id) control.id = id;
        const error = errors?.[String(block.block_id)];
        if (error) control.setAttribute('aria-invalid', 'true');
        return h(
          'div',
          { class: `b-input${error ? ' has-error' : ''}` },
          h('label', { for: control.id }, plainText(block.label), block.optional ? h('span', { class: 'optional' }, ' (optioneel)') : null),
          control,
          block.hint ? h('p', { class: 'hint', id: `hint-${String(block.block_id)}` }, plainText(block.hint)) : null,
          h('p', { class: 'field-error', id: `err-${String(block.block_id)}`, hidden: !error }, error || ''),
        );
      }
      case 'image':
        return h('p', { class: 'image-alt' }, `[${block.alt_text || 'afbeelding'}]`);
      case 'rich_text':
        return h('div', { class: 'mrkdwn' }, richText(block.elements ?? []));
      default:
        return h('p', { class: 'unsupported' }, `[blok van type ${block.type} wordt in dit voorbeeld niet getoond]`);
    }
  }

  /** @param {RichTextElement[]} elements @returns {Node[]} */
  function richText(elements) {
    return elements.map((e) => {
      if (e.type === 'text') {
        const style = e.style ?? {};
        /** @type {Node} */
        let node = document.createTextNode(e.text || '');
        for (const [flag, tag] of /** @type {const} */ ([['code', 'code'], ['strike', 's'], ['italic', 'em'], ['bold', 'strong']])) if (style[flag]) node = h(tag, {}, node);
        return node;
      }
      if (e.type === 'link') return h('a', { href: e.url, rel: 'noopener noreferrer', target: '_blank' }, e.text || e.url);
      if (e.type === 'user') return renderToken(`@${String(e.user_id)}`);
      if (e.type === 'channel') return renderToken(`#${String(e.channel_id)}`);
      if (e.type === 'emoji') return document.createTextNode(EMOJI[e.name ?? ''] || `:${String(e.name)}:`);
      if (Array.isArray(e.elements)) {
        const tag = e.type === 'rich_text_preformatted' ? 'pre' : e.type === 'rich_text_quote' ? 'blockquote' : e.type === 'rich_text_list' ? 'ul' : 'div';
        return h(tag, {}, richText(e.elements));
      }
      return document.createTextNode('');
    });
  }

  /** @param {Block[] | null | undefined} blocks @param {Where} where @param {Record<string, string>} [errors] */
  function renderBlocks(blocks, where, errors) {
    return h('div', { class: 'blocks' }, (blocks ?? []).map((b) => renderBlock(b, where, errors)));
  }

  // ---- confirm dialogs -----------------------------------------------------------------

  /** @param {ConfirmObject} confirm @returns {Promise<boolean>} */
  function confirmDialog(confirm) {
    const dialog = $dialog('confirm');
    $('confirm-title').textContent = plainText(confirm.title) || 'Weet je het zeker?';
    $('confirm-text').replaceChildren(textObject(confirm.text, 'div'));
    $('confirm-ok').textContent = plainText(confirm.confirm) || 'Ja';
    $('confirm-deny').textContent = plainText(confirm.deny) || 'Annuleren';
    $('confirm-ok').className = `btn ${confirm.style === 'danger' ? 'btn-danger' : 'btn-primary'}`;
    const opener = /** @type {HTMLElement | null} */ (document.activeElement);
    dialog.returnValue = '';
    dialog.showModal();
    $('confirm-ok').focus();
    return new Promise((resolve) => {
      dialog.addEventListener(
        'close',
        () => {
          if (opener?.isConnected) opener.focus();
          resolve(dialog.returnValue === 'confirm');
        },
        { once: true },
      );
    });
  }

  // ---- views: channel, Home, modal ------------------------------------------------------

  function currentChannel() {
    return state.data?.channels.find((c) => c.id === state.current);
  }

  /** @param {Channel} channel */
  function channelLabel(channel) {
    return channel.id.startsWith('D') ? `@${channel.name}` : `#${channel.name}`;
  }

  /** @param {PreviewState} data */
  function renderSidebar(data) {
    const channels = data.channels.filter((c) => !c.id.startsWith('D'));
    const dms = data.channels.filter((c) => c.id.startsWith('D'));
    const item = (/** @type {Channel} */ c) => {
      const unread = state.unread.has(c.id);
      return h(
        'li',
        {},
        h('a', { href: `#${c.id}`, 'aria-current': state.current === c.id ? 'page' : undefined, class: unread ? 'unread' : undefined }, channelLabel(c), unread ? h('span', { class: 'visually-hidden' }, ' (nieuwe berichten)') : null),
      );
    };
    $('channel-list').replaceChildren(...channels.map(item));
    $('dm-list').replaceChildren(...dms.map(item));
    $('dms-heading').hidden = dms.length === 0;
    const homeLink = $('home-link');
    if (state.current === 'home') homeLink.setAttribute('aria-current', 'page');
    else homeLink.removeAttribute('aria-current');
  }

  /** @param {PreviewState} data */
  function renderDate(data) {
    const { today, pretend } = data.date;
    const input = $input('pretend-date');
    if (document.activeElement !== input) input.value = shortDutchDate(today);
    $button('date-reset').disabled = !pretend;
    const banner = $('date-banner');
    banner.hidden = !pretend;
    banner.textContent = pretend ? `Je doet alsof het ${formatIso(pretend)} is.` : '';
  }

  /** @param {Message} m */
  function messageSignature(m) {
    return JSON.stringify([m.text, m.blocks, m.edited, m.userName, m.files]);
  }

  /** @param {PreviewState} data @param {Message} m @param {Channel} channel */
  function renderMessage(data, m, channel) {
    const time = new Date(Number(m.ts.split('.')[0]) * 1000);
    const isBot = m.user === data.botUserId;
    const meta = h(
      'div',
      { class: 'msg-meta' },
      h('span', { class: 'msg-author' }, m.userName),
      isBot ? h('span', { class: 'app-tag' }, 'app') : null,
      h('time', { datetime: time.toISOString() }, MESSAGE_TIME.format(time)),
      m.edited ? h('span', { class: 'edited' }, '(bewerkt)') : null,
    );
    const note = m.ephemeral ? h('p', { class: 'ephemeral-note' }, m.typed ? 'Je typte (alleen jij ziet dit)' : 'Alleen zichtbaar voor jou') : null;
    const where = { channel: channel.id, ts: m.ts };
    const body = m.typed ? h('div', { class: 'msg-text' }, m.text) : m.blocks?.length ? renderBlocks(m.blocks, where) : mrkdwn(m.text);
    // Files shared with the message (/motie overzicht): a download, as Slack shows an attachment.
    const files = (m.files ?? []).map((f) =>
      h('a', { class: 'file', href: `/files/${encodeURIComponent(f.id)}/${encodeURIComponent(f.name)}`, download: f.name }, `📎 ${f.title || f.name}`, h('span', { class: 'file-name' }, ` ${f.name} · ${Math.max(1, Math.round(f.size / 1024))} kB`)),
    );
    return h('li', { class: `msg${m.ephemeral ? ' ephemeral' : ''}${m.typed ? ' typed' : ''}`, 'data-ts': m.ts, tabindex: '-1' }, meta, note, h('div', { class: 'msg-body' }, body, ...files));
  }

  /** @param {PreviewState} data @param {Channel} channel */
  function renderMessages(data, channel) {
    const list = $('messages');
    const fresh = state.shownChannel !== channel.id;
    if (fresh) {
      list.replaceChildren();
      state.shown.clear();
      state.shownChannel = channel.id;
    }
    const nearBottom = list.scrollHeight - list.scrollTop - list.clientHeight < 80;
    const keep = new Set();
    let previous = null;
    for (const m of data.messages) {
      keep.add(m.ts);
      const signature = messageSignature(m);
      const existing = state.shown.get(m.ts);
      /** @type {HTMLElement} */
      let element;
      if (existing?.signature !== signature) {
        const old = existing?.element;
        const next = renderMessage(data, m, channel);
        const hadFocus = old?.contains(document.activeElement);
        if (old) old.replaceWith(next);
        element = next;
        state.shown.set(m.ts, { signature, element });
        if (hadFocus) element.focus();
        if (!fresh && !m.typed) announce(`${existing ? 'Bijgewerkt' : 'Nieuw bericht'} van ${m.userName}: ${decodeEntities(m.text).slice(0, 300)}`);
      } else element = existing.element;
      if (element.previousElementSibling !== previous || element.parentElement !== list) {
        if (previous) previous.after(element);
        else list.prepend(element);
      }
      previous = element;
    }
    for (const [ts, { element }] of state.shown) {
      if (!keep.has(ts)) {
        element.remove();
        state.shown.delete(ts);
      }
    }
    if (fresh || nearBottom) list.scrollTop = list.scrollHeight;
    if (data.messages.length === 0 && fresh) {
      list.append(h('li', { class: 'empty' }, 'Nog geen berichten. Typ /motie status om te beginnen.'));
    } else {
      const empty = list.querySelector('.empty');
      if (empty && data.messages.length > 0) empty.remove();
    }
  }

  /** @param {PreviewState} data */
  function renderHome(data) {
    const home = $('home');
    const view = data.home;
    const key = view ? JSON.stringify([view.id, view.view.blocks]) : null;
    if (home.dataset.key === key && key) return;
    home.dataset.key = key || '';
    home.replaceChildren(view ? renderBlocks(view.view.blocks, { viewId: view.id }) : h('p', { class: 'empty' }, 'De Home-tab wordt geladen…'));
  }

  /** @param {PreviewState} data */
  function renderModal(data) {
    const dialog = $dialog('modal');
    const top = data.modals[data.modals.length - 1];
    if (!top) {
      state.modalKey = null;
      if (dialog.open) dialog.close();
      return;
    }
    const key = JSON.stringify([top.id, top.view, top.errors]);
    if (state.modalKey === key && dialog.open) return;
    const shownKey = state.modalKey && /** @type {[string, unknown, unknown]} */ (JSON.parse(state.modalKey));
    const sameView = shownKey && shownKey[0] === top.id && JSON.stringify(shownKey[1]) === JSON.stringify(top.view);
    const values = sameView ? formValues() : null;
    state.modalKey = key;
    const view = top.view;
    dialog.dataset.viewId = top.id;
    $('modal-title').textContent = plainText(view.title);
    $('modal-body').replaceChildren(renderBlocks(view.blocks, { viewId: top.id }, top.errors));
    $('modal-error').hidden = true;
    $('modal-submit').hidden = !view.submit;
    $('modal-submit').textContent = plainText(view.submit) || 'Opslaan';
    $('modal-close').textContent = plainText(view.close) || 'Sluiten';
    if (values) restoreValues(values);
    if (!dialog.open) dialog.showModal();
    const firstError = dialog.querySelector('[aria-invalid="true"]');
    const firstInput = dialog.querySelector('input, textarea, select');
    const focus = /** @type {HTMLElement} */ (firstError ?? firstInput ?? $('modal-close'));
    focus.focus();
  }

  /**
   * The values typed or chosen in the open modal, by block_id and action_id.
   * @returns {FormValues}
   */
  function formValues() {
    /** @type {FormValues} */
    const values = {};
    for (const el of /** @type {NodeListOf<HTMLInputElement>} */ ($('modal-body').querySelectorAll('[data-block-id]'))) {
      const blockId = String(el.dataset.blockId);
      const block = values[blockId] ?? {};
      block[String(el.dataset.actionId)] = el.value;
      values[blockId] = block;
    }
    return values;
  }

  /** @param {FormValues} values */
  function restoreValues(values) {
    for (const el of /** @type {NodeListOf<HTMLInputElement>} */ ($('modal-body').querySelectorAll('[data-block-id]'))) {
      const v = values[String(el.dataset.blockId)]?.[String(el.dataset.actionId)];
      if (v !== undefined) el.value = v;
    }
  }

  function render() {
    const data = state.data;
    if (!data) return;
    renderSidebar(data);
    renderDate(data);
    const home = state.current === 'home';
    $('messages').hidden = home;
    $('home').hidden = !home;
    $('composer').hidden = home;
    if (home) {
      $('view-title').textContent = 'motiebot · Home';
      state.shownChannel = null;
      renderHome(data);
    } else {
      const channel = currentChannel();
      if (channel) {
        $('view-title').textContent = channelLabel(channel);
        $('composer-label').textContent = `Bericht aan ${channelLabel(channel)}`;
        renderMessages(data, channel);
      }
    }
    renderModal(data);
  }

  // ---- data ----------------------------------------------------------------------------

  async function refresh() {
    if (state.refreshing) {
      state.again = true;
      return state.refreshing;
    }
    state.refreshing = (async () => {
      do {
        state.again = false;
        const channel = state.current && state.current !== 'home' ? state.current : '';
        const res = await fetch(`/preview/state?channel=${encodeURIComponent(channel)}`);
        if (!res.ok) throw new Error(`HTTP ${res.status}`);
        const data = /** @type {PreviewState} */ (await jsonOf(res));
        state.data = data;
        if (!state.current || (state.current !== 'home' && !data.channels.some((c) => c.id === state.current))) {
          const first = data.channels.at(0);
          if (first) {
            state.current = first.id;
            state.again = true;
          }
        }
        render();
      } while (state.again);
    })().finally(() => {
      state.refreshing = null;
    });
    return state.refreshing;
  }

  async function openHome() {
    try {
      await post('/preview/home');
    } catch (error) {
      announce(`De Home-tab laden lukte niet: ${messageOf(error)}`);
    }
  }

  function route() {
    const target = decodeURIComponent(location.hash.slice(1));
    state.current = target || null;
    if (target && target !== 'home') state.unread.delete(target);
    void refresh().then(() => {
      if (state.current === 'home') void openHome();
    });
  }

  function listen() {
    const events = new EventSource('/preview/events');
    events.onmessage = (/** @type {MessageEvent<string>} */ e) => {
      /** @type {Change} */
      let change;
      try {
        change = /** @type {Change} */ (parseJson(e.data));
      } catch {
        return;
      }
      if (change.kind === 'channel' && change.channel !== state.current) state.unread.add(change.channel);
      if (change.kind === 'date' && state.current === 'home') void openHome();
      void refresh();
    };
    events.onopen = () => refresh();
  }

  // ---- controls ------------------------------------------------------------------------

  function wire() {
    window.addEventListener('hashchange', route);
    // An open overflow menu closes when the person clicks elsewhere, as in Slack.
    document.addEventListener('click', (e) => {
      for (const menu of /** @type {NodeListOf<HTMLDetailsElement>} */ (document.querySelectorAll('details.overflow[open]'))) if (!menu.contains(/** @type {Node} */ (e.target))) menu.open = false;
    });

    $('composer').addEventListener('submit', inBackground(async (e) => {
      e.preventDefault();
      const input = $input('message-input');
      const text = input.value.trim();
      if (!text || !state.current || state.current === 'home') return;
      input.value = '';
      try {
        await post('/preview/command', { channel: state.current, text });
      } catch (error) {
        input.value = text;
        announce(`Versturen lukte niet: ${messageOf(error)}`);
      }
      input.focus();
    }));

    // A text field with dates in Dutch order (dd-mm-jjjj): a date input shows the browser's own
    // format (mm/dd/yyyy in an English Chromium), whatever the page's language.
    const pretendDate = async () => {
      const input = $input('pretend-date');
      const typed = input.value.trim();
      if (!typed || (state.data && typed === shortDutchDate(state.data.date.today))) return;
      const value = parseDutchDate(typed);
      // The error shows next to the field too, not only to a screen reader.
      const error = $('pretend-date-error');
      if (!value) {
        const message = `"${typed}" is geen datum; schrijf dag-maand-jaar, bijvoorbeeld 15-09-2025.`;
        input.setAttribute('aria-invalid', 'true');
        error.textContent = message;
        error.hidden = false;
        announce(message);
        return;
      }
      input.removeAttribute('aria-invalid');
      error.textContent = '';
      error.hidden = true;
      try {
        await post('/preview/date', { date: value });
        input.value = shortDutchDate(value);
        announce(`Je doet nu alsof het ${formatIso(value)} is.`);
      } catch (error) {
        announce(`Die datum lukte niet: ${messageOf(error)}`);
      }
    };
    $('pretend-date').addEventListener('change', inBackground(pretendDate));
    $('pretend-date').addEventListener('keydown', (e) => {
      if (e.key === 'Enter') {
        e.preventDefault();
        void pretendDate();
      }
    });
    $('date-reset').addEventListener('click', inBackground(async () => {
      await post('/preview/date', { date: null });
      announce('Terug naar de echte datum.');
      $('pretend-date').focus();
    }));

    for (const [id, job] of [['run-digest', 'digest'], ['run-reminders', 'reminders']]) {
      $(id).addEventListener('click', inBackground(async () => {
        const button = $button(id);
        button.disabled = true;
        $('job-status').textContent = job === 'digest' ? 'Weekoverzicht wordt verstuurd…' : 'Herinneringen worden verstuurd…';
        try {
          const result = await post('/preview/run', { job });
          $('job-status').textContent = result.text ?? null;
        } catch (error) {
          $('job-status').textContent = `Dat lukte niet: ${messageOf(error)}`;
        } finally {
          button.disabled = false;
        }
      }));
    }

    const dialog = $dialog('modal');
    $('modal-form').addEventListener('submit', inBackground(async (e) => {
      e.preventDefault();
      const submit = $button('modal-submit');
      submit.disabled = true;
      try {
        const result = await post('/preview/submit', { viewId: dialog.dataset.viewId, values: formValues() });
        if (!result.ok) {
          $('modal-error').textContent = result.error ?? null;
          $('modal-error').hidden = false;
        }
      } catch (error) {
        $('modal-error').textContent = `Versturen lukte niet: ${messageOf(error)}`;
        $('modal-error').hidden = false;
      } finally {
        submit.disabled = false;
      }
    }));
    const closeModal = async () => {
      const viewId = dialog.dataset.viewId;
      state.modalKey = null;
      dialog.close();
      if (viewId) await post('/preview/close', { viewId }).catch(() => undefined);
      $('message-input').focus();
    };
    $('modal-close').addEventListener('click', inBackground(closeModal));
    dialog.addEventListener('cancel', (e) => {
      e.preventDefault();
      void closeModal();
    });
  }

  wire();
  listen();
  route();
})();
