// Builds the preview once for every e2e file (production, as `npm run preview` does).
import { buildPreview } from "./preview";

export default async function globalSetup(): Promise<void> {
  const started = Date.now();
  await buildPreview();
  process.stdout.write(`\npreview built in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
}
