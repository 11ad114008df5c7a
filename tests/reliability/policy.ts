// The pane's Content-Security-Policy as the build writes it (scripts/contentSecurityPolicy.js), parsed.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const policyModule = require("../../scripts/contentSecurityPolicy") as { contentSecurityPolicy: () => string; OFFICE_ORIGINS: string[] };

export const contentSecurityPolicy = policyModule.contentSecurityPolicy;
export const OFFICE_ORIGINS = policyModule.OFFICE_ORIGINS;

/** Directive -> sources of a policy string. */
export function parsePolicy(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(";")
      .map((directive) => directive.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...sources]) => [name, sources]),
  );
}
