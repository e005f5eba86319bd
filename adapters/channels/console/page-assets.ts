import { readFileSync } from 'node:fs';

export interface PageAssets {
  /**
   * The page, with asset and API links pointing under `basePath` (wherever the router is mounted) and the
   * session's CSRF token, which the page sends back on every POST.
   */
  html(basePath: string, csrfToken: string): string;
  css: string;
  /** The page's ES modules by file name; they import each other by relative URL. */
  scripts: ReadonlyMap<string, string>;
}

const SCRIPTS = [
  'app.js',
  'conversation.js',
  'dom.js',
  'local-copies.js',
  'render-message.js',
  'whatsapp-format.js',
];

const BASE = '%BASE%';
const CSRF = '%CSRF%';

/** Read once when the router is created: the files never change while the server runs. */
export function loadPageAssets(): PageAssets {
  const read = (name: string) => readFileSync(new URL(`./page/${name}`, import.meta.url), 'utf8');
  const page = read('index.html');
  return {
    html: (basePath, csrfToken) =>
      page.replaceAll(BASE, escapeAttribute(basePath)).replace(CSRF, escapeAttribute(csrfToken)),
    css: read('app.css'),
    scripts: new Map(SCRIPTS.map((name) => [name, read(name)])),
  };
}

/** The console's login page: a password form when a password is set, and why the last try failed. */
export function loadLoginPage(): (basePath: string, message: string, passwordForm: boolean) => string {
  const page = readFileSync(new URL('./page/login.html', import.meta.url), 'utf8');
  return (basePath, message, passwordForm) =>
    page
      .replaceAll(BASE, escapeAttribute(basePath))
      .replaceAll('%MESSAGE%', escapeAttribute(message))
      .replace('%FORM_HIDDEN%', passwordForm ? '' : 'hidden')
      .replace('%NO_FORM_HIDDEN%', passwordForm ? 'hidden' : '');
}

function escapeAttribute(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * The page runs only its own script and styles; bot images may come from anywhere (event logos, maps).
 * https://developer.mozilla.org/docs/Web/HTTP/CSP
 */
export const PAGE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  'img-src * data: blob:',
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');
