// Draws the ribbon and add-in icons as SVG and renders each size to a transparent PNG in assets/
// with the system Chromium. Run: `npm run icons` (the PNGs are committed; this is how they were made).
// Small sizes get their own pixel-aligned drawing: a 32 px picture scaled to 16 px turns to mush.
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { chromium } from "playwright-core";

const GREY = "#5c5c5c";
const BLUE = "#0f6cbd";
const GREEN = "#107c10";
const PALE_BLUE = "#cfe4fa";
const PALE_GREEN = "#dff6dd";

type Drawing = (size: number) => string;

/** A circular arrow from startDeg clockwise to endDeg (0° = up), with a filled head at the end. */
function circularArrow(cx: number, cy: number, r: number, startDeg: number, endDeg: number, width: number, head: number, color: string): string {
  const point = (deg: number, radius = r) => {
    const rad = (deg * Math.PI) / 180;
    return [cx + radius * Math.sin(rad), cy - radius * Math.cos(rad)];
  };
  const [x0, y0] = point(startDeg);
  const [x1, y1] = point(endDeg);
  const largeArc = endDeg - startDeg > 180 ? 1 : 0;
  // Head: a triangle whose tip lies ahead along the tangent, base straddling the circle.
  const tangent = ((endDeg + 90) * Math.PI) / 180;
  const [tx, ty] = [x1 + head * Math.sin(tangent), y1 - head * Math.cos(tangent)];
  const [ox, oy] = point(endDeg, r + head * 0.9);
  const [ix, iy] = point(endDeg, r - head * 0.9);
  const f = (n: number) => n.toFixed(2);
  return (
    `<path d="M${f(x0)} ${f(y0)} A${r} ${r} 0 ${largeArc} 1 ${f(x1)} ${f(y1)}" fill="none" stroke="${color}" stroke-width="${width}"/>` +
    `<path d="M${f(ox)} ${f(oy)} L${f(tx)} ${f(ty)} L${f(ix)} ${f(iy)} Z" fill="${color}"/>`
  );
}

/** A straight arrow from (x0,y0) to (x1,y1) with a filled head. */
function straightArrow(x0: number, y0: number, x1: number, y1: number, width: number, head: number, color: string): string {
  const angle = Math.atan2(y1 - y0, x1 - x0);
  const back = (len: number, side: number) => [
    x1 - len * Math.cos(angle) + side * Math.sin(angle),
    y1 - len * Math.sin(angle) - side * Math.cos(angle),
  ];
  const [bx, by] = back(head * 0.8, 0);
  const [lx, ly] = back(head, head * 0.75);
  const [rx, ry] = back(head, -head * 0.75);
  const f = (n: number) => n.toFixed(2);
  return (
    `<path d="M${f(x0)} ${f(y0)} L${f(bx)} ${f(by)}" stroke="${color}" stroke-width="${width}" stroke-linecap="round"/>` +
    `<path d="M${f(x1)} ${f(y1)} L${f(lx)} ${f(ly)} L${f(rx)} ${f(ry)} Z" fill="${color}"/>`
  );
}

/** Uppdatera prognos: a small table with a refresh arrow over its corner. */
const updateIcon: Drawing = (size) => {
  if (size <= 16) {
    return `<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16" viewBox="0 0 16 16">
      <rect x="0.5" y="1.5" width="11" height="10" fill="#fff" stroke="${GREY}"/>
      <rect x="1" y="2" width="10" height="2.5" fill="${PALE_GREEN}"/>
      <path d="M1 4.5H11.5M1 8H11.5M4.5 2V11.5M8 2V11.5" stroke="${GREY}"/>
      <circle cx="11.5" cy="11.5" r="4.5" fill="#fff"/>
      ${circularArrow(11.5, 11.5, 3, 20, 290, 1.5, 2, BLUE)}
    </svg>`;
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 32 32">
    <rect x="2.5" y="4.5" width="21" height="18" rx="1" fill="#fff" stroke="${GREY}"/>
    <rect x="3" y="5" width="20" height="4.5" fill="${PALE_GREEN}"/>
    <path d="M3 9.5H23.5M3 14H23.5M3 18.2H23.5M9.5 5V22.5M16.5 5V22.5" stroke="${GREY}"/>
    <circle cx="22.5" cy="22.5" r="9" fill="#fff"/>
    ${circularArrow(22.5, 22.5, 6, 25, 295, 2.6, 3.4, BLUE)}
  </svg>`;
};

/** Prognospanel: a window with a pane docked on the right. */
const paneIcon: Drawing = (size) => {
  if (size <= 16) {
    return `<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16" viewBox="0 0 16 16">
      <rect x="0.5" y="1.5" width="15" height="13" fill="#fff" stroke="${GREY}"/>
      <rect x="9" y="2" width="6" height="12" fill="${PALE_BLUE}"/>
      <path d="M9.5 2V14" stroke="${BLUE}"/>
      <path d="M11 4.5H14M11 7H14M11 9.5H13" stroke="${BLUE}"/>
      <path d="M1 5.5H9M1 9.5H9M4.5 2V14" stroke="#b3b3b3"/>
    </svg>`;
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 32 32">
    <rect x="1.5" y="3.5" width="29" height="25" rx="1.5" fill="#fff" stroke="${GREY}"/>
    <rect x="18" y="4" width="12" height="24" fill="${PALE_BLUE}"/>
    <path d="M18.5 4V28" stroke="${BLUE}"/>
    <path d="M21 8.5H28M21 12H28M21 15.5H26" stroke="${BLUE}" stroke-width="1.5"/>
    <rect x="21" y="21" width="6" height="3" rx="1" fill="${BLUE}"/>
    <path d="M2 10.5H18M2 16.5H18M2 22.5H18M8.5 4V28" stroke="#b3b3b3"/>
  </svg>`;
};

/** The add-in: a small bar chart with a green arrow going up. */
const addinIcon: Drawing = (size) => {
  if (size <= 16) {
    return `<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16" viewBox="0 0 16 16">
      <path d="M0.5 1V15.5H16" fill="none" stroke="${GREY}"/>
      <rect x="2" y="10" width="3" height="5" fill="${BLUE}"/>
      <rect x="6.5" y="8" width="3" height="7" fill="${BLUE}"/>
      <rect x="11" y="5" width="3" height="10" fill="${BLUE}"/>
      ${straightArrow(2, 8, 13.5, 1.5, 1.6, 4, GREEN)}
    </svg>`;
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 32 32">
    <path d="M2.5 2V29.5H31" fill="none" stroke="${GREY}" stroke-width="1.2"/>
    <rect x="5" y="19" width="6" height="10" rx="0.5" fill="${BLUE}"/>
    <rect x="13.5" y="15" width="6" height="14" rx="0.5" fill="${BLUE}"/>
    <rect x="22" y="10" width="6" height="19" rx="0.5" fill="${BLUE}"/>
    ${straightArrow(5, 15.5, 27.5, 3, 2.8, 7, GREEN)}
  </svg>`;
};

const ICONS: Array<{ name: string; draw: Drawing; sizes: number[] }> = [
  { name: "uppdatera", draw: updateIcon, sizes: [16, 32, 80] },
  { name: "panel", draw: paneIcon, sizes: [16, 32, 80] },
  { name: "prognos", draw: addinIcon, sizes: [16, 32, 64, 80] },
];

async function main(): Promise<void> {
  const outDir = join(__dirname, "..", "assets");
  mkdirSync(outDir, { recursive: true });
  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
  try {
    for (const icon of ICONS) {
      for (const size of icon.sizes) {
        const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
        await page.setContent(`<html><body style="margin:0;background:transparent">${icon.draw(size)}</body></html>`);
        const file = join(outDir, `${icon.name}-${size}.png`);
        await page.screenshot({ path: file, omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
        await page.close();
        console.log(`wrote ${file}`);
      }
    }
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
