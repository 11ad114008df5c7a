// The behaviour matrix: the adapter's tests run on hosts that answer each question Excel's docs leave open
// (src/headless/state.ts, HostBehaviour) in each plausible way, and must give the same result under each.
import type ExcelJS from "exceljs";
import { BEHAVIOUR_CHOICES, createHeadlessHost, DEFAULT_BEHAVIOUR, type HeadlessHost, type HeadlessHostOptions, type HostBehaviour } from "../../src/headless";

export interface HostVariant {
  name: string;
  behaviour: HostBehaviour;
}

type Question = keyof HostBehaviour;
const QUESTIONS = Object.keys(BEHAVIOUR_CHOICES) as Question[];

function answer<K extends Question>(question: K, choice: HostBehaviour[K]): HostVariant {
  return { name: `${question}: ${choice}`, behaviour: { ...DEFAULT_BEHAVIOUR, [question]: choice } };
}

const DEFAULT: HostVariant = { name: "the host's default answers", behaviour: DEFAULT_BEHAVIOUR };

/** Every question answered the other way at once (the last answer that is not the default). */
export const OTHER_WAY: HostVariant = {
  name: "every open question answered the other way",
  behaviour: Object.fromEntries(QUESTIONS.map((question) => [question, BEHAVIOUR_CHOICES[question].filter((choice) => choice !== DEFAULT_BEHAVIOUR[question]).at(-1)])) as unknown as HostBehaviour,
};

/** The defaults, each other answer to each question on its own, and all of them at once. */
export const HOST_VARIANTS: HostVariant[] = [
  DEFAULT,
  ...QUESTIONS.flatMap((question) => BEHAVIOUR_CHOICES[question].filter((choice) => choice !== DEFAULT_BEHAVIOUR[question]).map((choice) => answer(question, choice))),
  OTHER_WAY,
];

/** For suites too slow to run under every variant: the defaults and every question the other way. */
export const HOST_EXTREMES: HostVariant[] = [DEFAULT, OTHER_WAY];

let current: HostBehaviour = DEFAULT_BEHAVIOUR;

/** In the describe block that calls this, variantHost makes hosts that answer as `variant` does. */
export function underVariant(variant: HostVariant): void {
  beforeAll(() => {
    current = variant.behaviour;
  });
  afterAll(() => {
    current = DEFAULT_BEHAVIOUR;
  });
}

export function variantHost(workbook: ExcelJS.Workbook, options: Omit<HeadlessHostOptions, "behaviour"> = {}): HeadlessHost {
  return createHeadlessHost(workbook, { ...options, behaviour: current });
}

export function currentBehaviour(): HostBehaviour {
  return current;
}

/**
 * The syncs of a read that navigates from something that does not exist: `syncs` where Excel propagates
 * the null object, two more where it fails the navigation and the adapter reads what exists first (syncReads).
 */
export function withReadFallback(syncs: number): number {
  return current.nullNavigation === "itemNotFound" ? syncs + 2 : syncs;
}
