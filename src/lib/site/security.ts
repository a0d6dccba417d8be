/**
 * The Content-Security-Policy every page carries (as a meta tag, since static
 * hosts differ in how headers are set). Scripts, styles and everything else
 * come only from the site itself: no inline script or style, so text that
 * slipped through as markup still could not run.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');
