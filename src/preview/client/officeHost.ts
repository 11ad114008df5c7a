// The preview plays the part of Office for what the production pane and ribbon command read from it:
// the display language and theme (Office.context), showing the pane (Office.addin), the ribbon's
// ExecuteFunction (Office.actions.associate), and the day it is. office.js outside Office leaves these
// empty; nothing in the pane knows it is in the preview.

type CommandFunction = (event: { completed(): void; source: { id: string } }) => unknown;

const commands = new Map<string, CommandFunction>();

/** Keeps what the commands bundle associates, so the preview's ribbon button can run it; office.js still gets it too. */
export function recordCommands(office: typeof Office): void {
  const actions = office.actions as { associate(name: string, action: CommandFunction): void } | undefined;
  if (!actions) return;
  const associate = actions.associate.bind(actions);
  actions.associate = (name, action) => {
    commands.set(name, action);
    associate(name, action);
  };
}

/** Runs a ribbon function as Office does (ExecuteFunction); resolves when it calls event.completed(). */
export function executeFunction(name: string): Promise<void> {
  const action = commands.get(name);
  if (!action) return Promise.reject(new Error(`No ribbon function '${name}' was associated.`));
  return new Promise<void>((completed) => {
    void action({ completed: () => completed(), source: { id: name } });
  });
}

const DARK_BODY = "#1f1f1f";
const LIGHT_BODY = "#ffffff";

/** Office.context's display language and theme as Office would give them ("?lang=en", "?theme=dark"); the pane reads them at Office.onReady. */
export function provideContext(office: typeof Office, params: URLSearchParams): void {
  const context = office.context as unknown as Record<string, unknown> | undefined;
  if (!context) return;
  const dark = params.get("theme") === "dark";
  Object.defineProperty(context, "displayLanguage", { value: params.get("lang") === "en" ? "en-US" : "sv-SE", configurable: true });
  Object.defineProperty(context, "officeTheme", {
    value: { bodyBackgroundColor: dark ? DARK_BODY : LIGHT_BODY, bodyForegroundColor: dark ? LIGHT_BODY : "#000000" },
    configurable: true,
  });
  const addin = (office as unknown as { addin?: unknown }).addin;
  // The pane is always shown in the preview; the ribbon command asks for it when it needs setup.
  if (!addin) (office as unknown as { addin: unknown }).addin = { showAsTaskpane: () => Promise.resolve(), hide: () => Promise.resolve() };
}

/** The page's clock moved to `day` (YYYY-MM-DD) at the current time of day, so "today" in the pane is that day. */
export function moveClock(day: string): void {
  const RealDate = Date;
  const now = new RealDate();
  const offset = new RealDate(`${day}T00:00:00`).getTime() - new RealDate(now.getFullYear(), now.getMonth(), now.getDate()).getTime();
  if (!Number.isFinite(offset)) return;
  const moved = () => RealDate.now() + offset;
  window.Date = new Proxy(RealDate, {
    construct: (target, args) => (args.length === 0 ? new target(moved()) : Reflect.construct(target, args)),
    apply: () => new RealDate(moved()).toString(),
    get: (target, property, receiver) => (property === "now" ? moved : Reflect.get(target, property, receiver)),
  });
}
