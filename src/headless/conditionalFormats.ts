// Conditional formats on a range. The host implements the icon-set kind, which the report's
// arrow column needs; other kinds fail with NotImplemented rather than pretend.
// ExcelJS writes every icon threshold as ">=" (it cannot write gte="0"), so a "GreaterThan"
// criterion is refused instead of being saved as something else.
import type ExcelJS from "exceljs";
import { type CellBox, boxAddress, intersects, parseBox } from "./address";
import type { HeadlessContext } from "./context";
import { OfficeError } from "./errors";
import { HeadlessCollection, HeadlessObject, HeadlessResult } from "./object";
import type { HeadlessRange, RangeTarget } from "./range";
import { internals } from "./internals";
import { assertWritable } from "./styles";

const ICON_SETS: Record<string, string> = {
  ThreeArrows: "3Arrows", ThreeArrowsGray: "3ArrowsGray", ThreeFlags: "3Flags", ThreeTrafficLights1: "3TrafficLights1",
  ThreeTrafficLights2: "3TrafficLights2", ThreeSigns: "3Signs", ThreeSymbols: "3Symbols", ThreeSymbols2: "3Symbols2",
  FourArrows: "4Arrows", FourArrowsGray: "4ArrowsGray", FourRedToBlack: "4RedToBlack", FourRating: "4Rating",
  FourTrafficLights: "4TrafficLights", FiveArrows: "5Arrows", FiveArrowsGray: "5ArrowsGray", FiveRating: "5Rating",
  FiveQuarters: "5Quarters", ThreeStars: "3Stars", ThreeTriangles: "3Triangles", FiveBoxes: "5Boxes",
};
const CRITERION_TYPES: Record<string, string> = { Number: "num", Percent: "percent", Formula: "formula", Percentile: "percentile" };

interface Cfvo {
  type: string;
  value?: number | string;
}
interface IconSetRule {
  type: "iconSet";
  priority: number;
  iconSet: string;
  showValue?: boolean;
  reverse?: boolean;
  cfvo: Cfvo[];
}
interface CfEntry {
  ref: string;
  rules: (IconSetRule | { type: string; priority: number })[];
}

export interface IconCriterion {
  type?: string;
  operator?: string;
  formula?: string;
}

export interface ConditionalFormatTarget {
  sheet: ExcelJS.Worksheet;
  entry: CfEntry;
  rule: IconSetRule;
}

function entries(sheet: ExcelJS.Worksheet): CfEntry[] {
  return internals(sheet).conditionalFormattings as unknown as CfEntry[];
}

function refBoxes(ref: string): CellBox[] {
  return ref.split(/\s+/).filter(Boolean).map(parseBox);
}

function iconCount(iconSet: string): number {
  return Number(iconSet[0]);
}

function defaultCfvo(count: number): Cfvo[] {
  return Array.from({ length: count }, (_, i) => ({ type: "percent", value: Math.round((i * 100) / count) }));
}

/** Rectangles of `box` left after removing `cut` (at most four). */
export function subtractBox(box: CellBox, cut: CellBox): CellBox[] {
  if (!intersects(box, cut)) return [box];
  const parts: CellBox[] = [];
  if (box.top < cut.top) parts.push({ ...box, bottom: cut.top - 1 });
  if (box.bottom > cut.bottom) parts.push({ ...box, top: cut.bottom + 1 });
  const top = Math.max(box.top, cut.top);
  const bottom = Math.min(box.bottom, cut.bottom);
  if (box.left < cut.left) parts.push({ top, bottom, left: box.left, right: cut.left - 1 });
  if (box.right > cut.right) parts.push({ top, bottom, left: cut.right + 1, right: box.right });
  return parts;
}

/** Removes conditional formats from the cells of `box`, keeping them on the cells outside it (as Excel does). */
export function clearConditionalFormats(sheet: ExcelJS.Worksheet, box: CellBox): void {
  const kept: CfEntry[] = [];
  for (const entry of entries(sheet)) {
    const remaining = refBoxes(entry.ref).flatMap((b) => subtractBox(b, box));
    if (remaining.length > 0) kept.push({ ...entry, ref: remaining.map((b) => boxAddress(b)).join(" ") });
  }
  internals(sheet).conditionalFormattings = kept as unknown as ExcelJS.ConditionalFormattingOptions[];
}

export class HeadlessConditionalFormatCollection extends HeadlessCollection<HeadlessConditionalFormat, ConditionalFormatTarget, RangeTarget> {
  readonly typeName = "ConditionalFormatCollection";

  constructor(ctx: HeadlessContext, path: string, private readonly range: HeadlessRange) {
    super(ctx, path);
  }

  protected resolve(): RangeTarget | null {
    return this.range.navigationTarget();
  }

  protected currentTargets({ sheet, box }: RangeTarget): ConditionalFormatTarget[] {
    return entries(sheet)
      .filter((entry) => refBoxes(entry.ref).some((b) => intersects(b, box)))
      .flatMap((entry) => entry.rules.map((rule) => ({ sheet, entry, rule: rule as IconSetRule })));
  }

  protected itemFor(target: ConditionalFormatTarget, index: number): HeadlessConditionalFormat {
    return new HeadlessConditionalFormat(this.ctx, `${this.path}.getItemAt(${index})`, () => target);
  }

  add(type: string): HeadlessConditionalFormat {
    const format = new HeadlessConditionalFormat(this.ctx, `${this.path}.add(${JSON.stringify(type)})`, () => {
      const { sheet, box } = this.range.target();
      if (type !== "IconSet") throw new OfficeError("NotImplemented", `conditionalFormats.add("${type}"): the headless host implements only "IconSet".`);
      assertWritable(sheet, [], "format");
      const list = entries(sheet);
      list.forEach((e) => e.rules.forEach((r) => (r.priority = (r.priority ?? 1) + 1)));
      // A new icon set in Excel: three traffic lights at 33 % and 67 %, values shown.
      const rule: IconSetRule = { type: "iconSet", priority: 1, iconSet: "3TrafficLights1", showValue: true, reverse: false, cfvo: defaultCfvo(3) };
      const entry: CfEntry = { ref: boxAddress(box), rules: [rule] };
      list.push(entry);
      return { sheet, entry, rule };
    });
    return format.queueOwnResolve("add", [type]);
  }

  getCount(): HeadlessResult<number> {
    const result = new HeadlessResult<number>();
    this.queue("getCount", undefined, (target) => result.settle(this.currentTargets(target).length));
    return result;
  }

  clearAll(): void {
    this.queue("clearAll", undefined, ({ sheet, box }) => {
      assertWritable(sheet, [], "format");
      clearConditionalFormats(sheet, box);
    });
  }
}

export class HeadlessConditionalFormat extends HeadlessObject<ConditionalFormatTarget> {
  readonly typeName = "ConditionalFormat";
  protected readonly scalarProps = ["type", "priority", "id"] as const;
  private iconSetProxy?: HeadlessIconSetConditionalFormat;

  constructor(ctx: HeadlessContext, path: string, private readonly resolver: () => ConditionalFormatTarget | null) {
    super(ctx, path);
  }

  protected resolve(): ConditionalFormatTarget | null {
    return this.resolver();
  }

  /** @internal */
  queueOwnResolve(action: string, args: unknown): this {
    return this.queueResolve(action, args);
  }

  get type(): string { return this.read("type"); }
  get priority(): number { return this.read("priority"); }
  get id(): string { return this.read("id"); }

  get iconSet(): HeadlessIconSetConditionalFormat {
    return (this.iconSetProxy ??= new HeadlessIconSetConditionalFormat(this.ctx, `${this.path}.iconSet`, this));
  }

  protected override navigation(name: string): HeadlessObject | undefined {
    return name === "iconSet" ? this.iconSet : undefined;
  }

  protected readProperty(name: string, { entry, rule }: ConditionalFormatTarget): unknown {
    if (name === "type") return rule.type === "iconSet" ? "IconSet" : "Custom";
    if (name === "priority") return (rule.priority ?? 1) - 1;
    if (name === "id") return `${entry.ref}#${rule.priority}`;
    return undefined;
  }

  delete(): void {
    this.queue("delete", undefined, ({ sheet, entry, rule }) => {
      entry.rules = entry.rules.filter((r) => r !== rule);
      if (entry.rules.length === 0) internals(sheet).conditionalFormattings = entries(sheet).filter((e) => e !== entry) as unknown as ExcelJS.ConditionalFormattingOptions[];
    });
  }
}

export class HeadlessIconSetConditionalFormat extends HeadlessObject<ConditionalFormatTarget> {
  readonly typeName = "IconSetConditionalFormat";
  protected readonly scalarProps = ["style", "showIconOnly", "reverseIconOrder", "criteria"] as const;

  constructor(ctx: HeadlessContext, path: string, private readonly format: HeadlessConditionalFormat) {
    super(ctx, path);
  }

  protected resolve(): ConditionalFormatTarget | null {
    const target = this.format.navigationTarget();
    if (target && target.rule.type !== "iconSet") throw new OfficeError("InvalidOperation", "The conditional format is not an icon set.");
    return target;
  }

  get style(): string { return this.read("style"); }
  set style(style: string) {
    this.write("style", style, ({ rule }) => {
      const iconSet = ICON_SETS[style];
      if (!iconSet) throw new OfficeError("InvalidArgument", `iconSet.style: "${style}" is not an IconSet.`);
      if (iconCount(iconSet) !== rule.cfvo.length) rule.cfvo = defaultCfvo(iconCount(iconSet));
      rule.iconSet = iconSet;
    });
  }

  get showIconOnly(): boolean { return this.read("showIconOnly"); }
  set showIconOnly(value: boolean) {
    this.write("showIconOnly", value, ({ rule }) => {
      if (typeof value !== "boolean") throw new OfficeError("InvalidArgument", "iconSet.showIconOnly must be a boolean.");
      rule.showValue = !value;
    });
  }

  get reverseIconOrder(): boolean { return this.read("reverseIconOrder"); }
  set reverseIconOrder(value: boolean) {
    this.write("reverseIconOrder", value, ({ rule }) => {
      if (typeof value !== "boolean") throw new OfficeError("InvalidArgument", "iconSet.reverseIconOrder must be a boolean.");
      rule.reverse = value;
    });
  }

  /** One criterion per icon; the first (lowest icon) has no threshold and is ignored, as in Excel. */
  get criteria(): IconCriterion[] { return this.read("criteria"); }
  set criteria(criteria: IconCriterion[]) {
    this.write("criteria", criteria, ({ rule }) => {
      const count = iconCount(rule.iconSet);
      if (!Array.isArray(criteria) || criteria.length !== count) {
        throw new OfficeError("InvalidArgument", `iconSet.criteria: ${rule.iconSet} needs ${count} criteria, got ${Array.isArray(criteria) ? criteria.length : "none"}.`);
      }
      rule.cfvo = criteria.map((criterion, i): Cfvo => {
        if (i === 0) return { type: "percent", value: 0 };
        const type = CRITERION_TYPES[criterion?.type ?? ""];
        if (!type) throw new OfficeError("InvalidArgument", `iconSet.criteria[${i}].type: "${criterion?.type}" is not a ConditionalFormatIconRuleType.`);
        if (criterion.operator === "GreaterThan") {
          throw new OfficeError("NotImplemented", `iconSet.criteria[${i}]: "GreaterThan" cannot be saved by ExcelJS (it writes every threshold as >=).`);
        }
        if (criterion.operator !== undefined && criterion.operator !== "GreaterThanOrEqual") {
          throw new OfficeError("InvalidArgument", `iconSet.criteria[${i}].operator: "${criterion.operator}" is not a ConditionalIconCriterionOperator.`);
        }
        const formula = String(criterion.formula ?? "").replace(/^=/, "");
        if (type === "formula") return { type, value: formula };
        const value = Number(formula.replace(",", "."));
        if (formula.trim() === "" || !Number.isFinite(value)) throw new OfficeError("InvalidArgument", `iconSet.criteria[${i}].formula: "${criterion.formula}" is not a number.`);
        return { type, value };
      });
    });
  }

  protected readProperty(name: string, { rule }: ConditionalFormatTarget): unknown {
    switch (name) {
      case "style":
        return Object.keys(ICON_SETS).find((k) => ICON_SETS[k] === rule.iconSet) ?? "ThreeTrafficLights1";
      case "showIconOnly":
        return rule.showValue === false;
      case "reverseIconOrder":
        return !!rule.reverse;
      case "criteria":
        return rule.cfvo.map((cfvo, i) =>
          i === 0
            ? {}
            : {
                type: Object.keys(CRITERION_TYPES).find((k) => CRITERION_TYPES[k] === cfvo.type) ?? "Invalid",
                operator: "GreaterThanOrEqual",
                formula: cfvo.type === "formula" ? `=${cfvo.value}` : String(cfvo.value),
              },
        );
      default:
        return undefined;
    }
  }
}
