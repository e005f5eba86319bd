import { readFileSync } from 'node:fs';

export interface PageAssets {
  /** The page, with asset and API links pointing under `basePath` (wherever the router is mounted). */
  html(basePath: string): string;
  css: string;
  /** The page's ES modules by file name; they import each other by relative URL. */
  scripts: ReadonlyMap<string, string>;
}

const SCRIPTS = ['app.js', 'conversation.js', 'dom.js', 'local-copies.js', 'render-message.js'];

const BASE = '%BASE%';

/** Read once when the router is created: the files never change while the server runs. */
export function loadPageAssets(): PageAssets {
  const read = (name: string) => readFileSync(new URL(`./page/${name}`, import.meta.url), 'utf8');
  const parts = read('index.html').split(BASE);
  return {
    html: (basePath) => parts.join(escapeAttribute(basePath)),
    css: read('app.css'),
    scripts: new Map(SCRIPTS.map((name) => [name, read(name)])),
  };
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
