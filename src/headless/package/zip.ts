// The .xlsx package as its parts: names in their original order, each part's bytes as read. Parts are
// changed one by one and the rest are written back exactly as they were.
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from "fflate";

export class OpcPackage {
  private constructor(private readonly parts: Map<string, Uint8Array>) {}

  static read(bytes: Uint8Array): OpcPackage {
    const entries = unzipSync(bytes);
    // Folders are zip entries of their own in some writers; they are not parts.
    return new OpcPackage(new Map(Object.entries(entries).filter(([name]) => !name.endsWith("/"))));
  }

  names(): string[] {
    return [...this.parts.keys()];
  }

  has(name: string): boolean {
    return this.parts.has(name);
  }

  bytes(name: string): Uint8Array | undefined {
    return this.parts.get(name);
  }

  text(name: string): string | undefined {
    const bytes = this.parts.get(name);
    return bytes === undefined ? undefined : strFromU8(bytes);
  }

  setText(name: string, text: string): void {
    this.parts.set(name, strToU8(text));
  }

  setBytes(name: string, bytes: Uint8Array): void {
    this.parts.set(name, bytes);
  }

  delete(name: string): void {
    this.parts.delete(name);
  }

  /** A part name not in use: `xl/tables/table{n}.xml` with the lowest free n from 1. */
  freeName(pattern: (n: number) => string): string {
    for (let n = 1; ; n++) if (!this.parts.has(pattern(n))) return pattern(n);
  }

  toBytes(): Uint8Array {
    const files: Zippable = {};
    for (const [name, bytes] of this.parts) files[name] = [bytes, { level: 6 }];
    return zipSync(files);
  }
}
