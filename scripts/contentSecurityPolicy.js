// The one Content-Security-Policy of Prognos' pages: the task pane (webpack.config.js puts it in a
// <meta http-equiv> tag), which the preview serves as built, and the preview's office.js client page.
// Everything Prognos runs comes from its own origin (office.js included), so 'self' is the rule;
// Office's origins are allowed for what Office itself may bring into the page.

/** Office's origins: its office.js CDN and Office on the web (which embeds the pane in an iframe). */
const OFFICE_ORIGINS = ["https://appsforoffice.microsoft.com", "https://*.officeapps.live.com", "https://*.office.com"];

/** @returns {string} the policy, directives separated by "; " */
function contentSecurityPolicy() {
  const office = OFFICE_ORIGINS.join(" ");
  return [
    "default-src 'self'",
    `script-src 'self' ${office}`,
    // Fluent UI v9 (Griffel) inserts its CSS into <style> elements at run time.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    `connect-src 'self' ${office}`,
    `frame-src 'self' ${office}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join("; ");
}

module.exports = { OFFICE_ORIGINS, contentSecurityPolicy };
