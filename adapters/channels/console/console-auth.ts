import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import cookieParser from 'cookie-parser';
import express, { type NextFunction, type Request, type Response } from 'express';
import { loadLoginPage, PAGE_CSP } from './page-assets.js';

export interface ConsoleAuthOptions {
  /** Lets the login form in (CONSOLE_PASSWORD). */
  password?: string;
  /** A link token that works once (the demo prints it, as Jupyter does); the session it starts is the login. */
  oneTimeToken?: string;
  /**
   * Password attempts counted per client IP (issue 15, item 3): `take` counts one before the password is
   * checked (atomic, so concurrent guesses cannot slip past the limit), `giveBack` returns it when the
   * password was right. Without it, guesses are unlimited.
   */
  attempts?: { take(ip: string): Promise<boolean>; giveBack(ip: string): Promise<unknown> };
}

export interface ConsoleAuth {
  /** `/login` and `/logout`, then a gate: without a valid session, pages redirect to the login, the API answers 401. */
  router: express.Router;
  /** The CSRF token of the request's session (set by the gate), for the page to send back on POST. */
  csrfToken(res: Response): string;
}

export const SESSION_COOKIE = 'eventos_console';
export const CSRF_HEADER = 'x-csrf-token';
const SESSION_MS = 12 * 60 * 60 * 1000;

/**
 * The console's login. Sessions are stateless signed cookies (HMAC-SHA256 under a key made at start-up, so
 * a restart logs everyone out) that are HTTP-only and SameSite=Strict; every state-changing request must
 * also carry the session's CSRF token in a header, which another site can neither read nor set.
 */
export function createConsoleAuth(options: ConsoleAuthOptions): ConsoleAuth {
  const key = randomBytes(32);
  const mac = (value: string) => createHmac('sha256', key).update(value).digest('base64url');
  const same = (a: string, b: string) => {
    // Compared as HMACs so both sides have the same length and nothing leaks through timing.
    return timingSafeEqual(Buffer.from(mac(`cmp.${a}`)), Buffer.from(mac(`cmp.${b}`)));
  };
  let tokenLeft = options.oneTimeToken;
  const loginPage = loadLoginPage();

  const newSession = (req: Request, res: Response) => {
    const value = `${Date.now() + SESSION_MS}.${randomBytes(18).toString('base64url')}`;
    res.cookie(SESSION_COOKIE, `${value}.${mac(`session.${value}`)}`, {
      httpOnly: true,
      sameSite: 'strict',
      secure: req.secure,
      path: req.baseUrl || '/',
      maxAge: SESSION_MS,
    });
  };
  /** The session's nonce when the cookie is ours, unaltered and unexpired. */
  const session = (req: Request): string | null => {
    const raw: unknown = req.cookies?.[SESSION_COOKIE];
    if (typeof raw !== 'string') return null;
    const [expires, nonce, signature] = raw.split('.');
    if (!expires || !nonce || !signature) return null;
    if (!same(signature, mac(`session.${expires}.${nonce}`))) return null;
    return Number(expires) > Date.now() ? nonce : null;
  };
  const csrfFor = (nonce: string) => mac(`csrf.${nonce}`);
  const showLogin = (req: Request, res: Response, status: number, message: string) => {
    res.status(status).set({ 'Content-Security-Policy': PAGE_CSP, 'Cache-Control': 'no-store' });
    res.type('html').send(loginPage(req.baseUrl, message, Boolean(options.password)));
  };

  const router = express.Router();
  router.use(cookieParser());
  router.get('/login', (req, res) => {
    const token = typeof req.query.token === 'string' ? req.query.token : undefined;
    if (token === undefined) return showLogin(req, res, 200, '');
    if (!tokenLeft || !same(token, tokenLeft)) {
      const again = options.password
        ? 'Enter the console password instead.'
        : 'Restart the demo for a new link.';
      return showLogin(req, res, 403, `That login link is not valid or was already used. ${again}`);
    }
    tokenLeft = undefined;
    newSession(req, res);
    res.redirect(303, `${req.baseUrl}/`);
  });
  router.post('/login', express.urlencoded({ extended: false, limit: '4kb' }), async (req, res) => {
    const ip = req.ip ?? 'unknown';
    if (options.attempts && !(await options.attempts.take(ip))) {
      res.set('Retry-After', '900');
      return showLogin(req, res, 429, 'Too many wrong passwords from this address. Try again later.');
    }
    const given: unknown = req.body?.password;
    if (!options.password || typeof given !== 'string' || !same(given, options.password)) {
      return showLogin(req, res, 401, 'That password is not right.');
    }
    await options.attempts?.giveBack(ip);
    newSession(req, res);
    res.redirect(303, `${req.baseUrl}/`);
  });

  router.use((req: Request, res: Response, next: NextFunction) => {
    // The styles are the same for everyone, and the login page needs them.
    if (req.method === 'GET' && req.path === '/app.css') return next();
    const nonce = session(req);
    const api = req.path.startsWith('/api/') || req.path === '/logout';
    if (!nonce) {
      if (api) return void res.status(401).json({ error: 'Log in to the console first.' });
      return void res.redirect(303, `${req.baseUrl}/login`);
    }
    const csrf = csrfFor(nonce);
    if (!['GET', 'HEAD'].includes(req.method)) {
      const sent = req.get(CSRF_HEADER);
      if (!sent || !same(sent, csrf)) {
        return void res
          .status(403)
          .json({ error: 'This request did not come from the console page. Reload the page and try again.' });
      }
    }
    res.locals.csrfToken = csrf;
    next();
  });
  router.post('/logout', (req, res) => {
    res.clearCookie(SESSION_COOKIE, { path: req.baseUrl || '/' });
    res.status(204).end();
  });

  return { router, csrfToken: (res) => String(res.locals.csrfToken ?? '') };
}
