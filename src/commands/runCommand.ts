/**
 * Runs a ribbon command and always tells Office it is done: a command that never calls
 * `event.completed()` leaves the button spinning and blocks further clicks (Office times it out
 * only after minutes). Errors are logged, not rethrown: there is nobody above to catch them.
 */
export async function runCommand(event: Office.AddinCommands.Event, action: () => Promise<void>): Promise<void> {
  try {
    await action();
  } catch (error) {
    console.error("Prognos: the ribbon command failed", error);
  } finally {
    event.completed();
  }
}
