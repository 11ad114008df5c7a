// Puts rich text on the clipboard: HTML for Word, plain text for everything else. The async clipboard
// (ClipboardItem) first; where a web view lacks ClipboardItem or refuses the write, a copy command
// whose event handler sets both formats, which Office's web views have long allowed from a click.
export interface RichClip {
  html: string;
  text: string;
}

export type CopyMethod = "clipboard-api" | "copy-event";

async function writeAsync(clip: RichClip): Promise<boolean> {
  if (typeof ClipboardItem === "undefined" || typeof navigator.clipboard?.write !== "function") return false;
  try {
    const item = new ClipboardItem({
      "text/html": new Blob([clip.html], { type: "text/html" }),
      "text/plain": new Blob([clip.text], { type: "text/plain" }),
    });
    await navigator.clipboard.write([item]);
    return true;
  } catch {
    return false;
  }
}

function writeWithCopyEvent(clip: RichClip): boolean {
  let written = false;
  const onCopy = (event: ClipboardEvent) => {
    if (!event.clipboardData) return;
    event.clipboardData.setData("text/html", clip.html);
    event.clipboardData.setData("text/plain", clip.text);
    event.preventDefault();
    written = true;
  };
  // Some engines fire "copy" only with a selection: select a throwaway node for the command.
  const holder = document.createElement("span");
  holder.textContent = clip.text.slice(0, 1) || " ";
  holder.setAttribute("aria-hidden", "true");
  holder.style.position = "fixed";
  holder.style.opacity = "0";
  document.body.appendChild(holder);
  const selection = document.getSelection();
  const previous = selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : null;
  document.addEventListener("copy", onCopy, true);
  try {
    const range = document.createRange();
    range.selectNodeContents(holder);
    selection?.removeAllRanges();
    selection?.addRange(range);
    document.execCommand("copy");
  } catch {
    written = false;
  } finally {
    document.removeEventListener("copy", onCopy, true);
    selection?.removeAllRanges();
    if (previous) selection?.addRange(previous);
    holder.remove();
  }
  return written;
}

/** The method that worked, or null when neither could write. */
export async function copyRich(clip: RichClip): Promise<CopyMethod | null> {
  if (await writeAsync(clip)) return "clipboard-api";
  return writeWithCopyEvent(clip) ? "copy-event" : null;
}
