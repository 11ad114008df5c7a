// manifest.xml is written for the dev server; a municipality hosting dist/ on its own server builds
// with PROGNOS_BASE_URL=https://their.server/prognos/ and gets a dist/manifest.xml pointing there.

const DEV_BASE_URL = "https://localhost:3000/";

/**
 * The base URL to build for: the variable's value with a trailing slash, or the dev server.
 * Office loads add-ins only over https, so anything else stops the build.
 * @param {string | undefined} value
 * @returns {string}
 */
function resolveBaseUrl(value) {
  const trimmed = (value ?? "").trim();
  if (trimmed === "") return DEV_BASE_URL;
  let url;
  try {
    url = new URL(trimmed);
  } catch {
    throw new Error(`PROGNOS_BASE_URL "${trimmed}" is not a URL`);
  }
  if (url.protocol !== "https:") throw new Error(`PROGNOS_BASE_URL "${trimmed}" must use https: Office loads add-ins only over https`);
  if (url.search || url.hash) throw new Error(`PROGNOS_BASE_URL "${trimmed}" must not have a query or fragment`);
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

/**
 * Replaces every dev-server URL in the manifest text with the same path under baseUrl.
 * @param {string} manifestXml
 * @param {string} baseUrl an https URL ending in "/"
 * @returns {string}
 */
function rewriteManifestUrls(manifestXml, baseUrl) {
  return manifestXml.split(DEV_BASE_URL).join(baseUrl);
}

module.exports = { DEV_BASE_URL, resolveBaseUrl, rewriteManifestUrls };
