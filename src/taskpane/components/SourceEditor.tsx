// One source range in setup: its address, the column per field (as detected, correctable), the unit
// and the sign conventions. Empty / "automatic" means: detected again at every update.
import { Button, Field, Input, Select, makeStyles, tokens } from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons/svg/dismiss";
import { useState } from "react";
import { FIELDS } from "../../engine/config";
import type { Field as SourceField, SignConvention, Unit } from "../../engine/types";
import { UNITS } from "../../engine/units";
import type { SourceDraft } from "../model";
import { NARROW } from "../layout";
import { useText, type Text } from "../text";
import { useNarrow } from "../useNarrow";

const useStyles = makeStyles({
  card: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: "8px 10px",
    display: "flex",
    flexDirection: "column",
    gap: "8px",
    // Narrow (200 % zoom): every pixel to the range's box, which showed "Controlle" of Controller!A3:F9.
    [NARROW]: { paddingLeft: "6px", paddingRight: "6px" },
  },
  // Narrow: the range's box on a line of its own, the remove button under its end.
  top: { display: "flex", gap: "8px", alignItems: "flex-end", [NARROW]: { flexWrap: "wrap", justifyContent: "flex-end", gap: "2px" } },
  range: { flexGrow: 1, minWidth: 0, [NARROW]: { flexBasis: "100%" } },
  remove: { [NARROW]: { minWidth: "24px", width: "24px", paddingLeft: 0, paddingRight: 0 } },
  // A fieldset is at least as wide as its content by default (min-inline-size: min-content).
  mapping: { margin: 0, padding: 0, border: "none", minWidth: 0, display: "flex", flexDirection: "column", gap: "4px" },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: 0, marginBottom: "2px" },
  hint: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase300, margin: "0 0 4px" },
  // Narrow: the box under its field's name; beside it the names broke mid-word ("Kommunbi | drag helår").
  row: { display: "grid", gridTemplateColumns: "minmax(0, 1fr) 64px", alignItems: "center", gap: "8px", [NARROW]: { gridTemplateColumns: "minmax(0, 1fr)", rowGap: "2px" } },
  label: { display: "flex", flexDirection: "column", minWidth: 0, overflowWrap: "anywhere" },
  header: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  column: { width: "100%", minWidth: 0, [NARROW]: { width: "64px" } },
  selects: { display: "grid", gridTemplateColumns: "1fr", gap: "6px" },
  summary: { display: "flex", flexWrap: "wrap", alignItems: "baseline", columnGap: "6px", rowGap: "2px", margin: 0 },
  // In the link colour, as "Välj en annan dag": at rest a transparent button is bold text that reads as a label.
  change: { minWidth: 0, height: "auto", paddingLeft: 0, paddingRight: 0, color: tokens.colorBrandForegroundLink },
});

/** The two amounts whose sign the economist may pin: grant and net cost. */
const SIGN_SELECTS = [
  { which: "grant", label: "ui.setup.signGrant", testId: "sign-grant" },
  { which: "netCost", label: "ui.setup.signNetCost", testId: "sign-netcost" },
] as const;

/** "4 verksamhetsområden och Nämndens ram hittade" (the total rows by their own labels). */
export function areasFound(rows: { areas: number; totals: string[] }, t: Text["t"]): string {
  const areas = t(rows.areas === 1 ? "ui.setup.areaOne" : "ui.setup.areaMany", { count: rows.areas });
  const totals = rows.totals.filter((label) => label.trim() !== "");
  const all = totals.length === 0 ? areas : `${[areas, ...totals.slice(0, -1)].join(", ")} ${t("ui.setup.and")} ${totals[totals.length - 1]}`;
  return t("ui.setup.found", { what: all });
}

export interface SourceEditorProps {
  source: SourceDraft;
  index: number;
  onChange(source: SourceDraft): void;
  onRemove(): void;
}

export function SourceEditor({ source, index, onChange, onRemove }: SourceEditorProps) {
  const styles = useStyles();
  const { t } = useText();
  const detected = source.detected;
  const id = `source-${index}`;
  const setColumn = (field: SourceField, value: string) => onChange({ ...source, columns: { ...source.columns, [field]: value } });
  const setSign = (which: "grant" | "netCost", value: string) =>
    onChange({ ...source, signs: { ...source.signs, [which]: value as SignConvention | "" } });
  // A native drop-down cannot wrap: at 200 % zoom "Automatiskt (hittad: negativt)" showed "Automatiskt (".
  // There the options are short ("Auto", "tkr"), and what detection found is the field's hint.
  const narrow = useNarrow();
  const autoLabel = (value: string | undefined) =>
    narrow ? t("ui.setup.autoShort") : value ? `${t("ui.setup.auto")} (${t("ui.setup.detected", { value })})` : t("ui.setup.auto");
  const detectedHint = (value: string | undefined) => (narrow && value ? { hint: t("ui.setup.detected", { value }) } : {});
  const signWord = (sign: SignConvention | undefined) => (sign ? t(`ui.setup.sign.${sign}`) : undefined);
  // The mapping is folded behind its summary once something was detected: nine fields at once are for correcting.
  const columnCount = FIELDS.filter((field) => source.columns[field] || detected?.columns[field]).length;
  const [open, setOpen] = useState(detected === null && Object.keys(source.columns).length === 0);
  const mappingId = `${id}-mapping`;

  return (
    <div className={styles.card} data-testid={id}>
      <div className={styles.top}>
        <Field className={styles.range} label={t("ui.setup.range")}>
          <Input value={source.range} onChange={(_, data) => onChange({ ...source, range: data.value })} data-testid={`${id}-range`} />
        </Field>
        <Button
          appearance="subtle"
          className={styles.remove}
          icon={<DismissRegular />}
          onClick={onRemove}
          aria-label={t("ui.setup.removeSource", { range: source.range })}
          title={t("ui.setup.removeSource", { range: source.range })}
        />
      </div>
      <p className={styles.summary} data-testid={`${id}-summary`}>
        <span>
          {source.rows ? `${areasFound(source.rows, t)} · ` : null}
          {t(source.rows ? "ui.setup.mappingSummaryShort" : "ui.setup.mappingSummary", { count: columnCount, unit: source.unit || detected?.unit || "tkr" })}
        </span>
        <Button appearance="transparent" className={styles.change} aria-expanded={open} aria-controls={mappingId} onClick={() => setOpen((was) => !was)}>
          {open ? t("ui.setup.mappingHide") : t("ui.setup.mappingChange")}
        </Button>
      </p>
      {open ? (
      <div id={mappingId} className={styles.selects}>
      <fieldset className={styles.mapping}>
        <legend className={styles.legend}>{t("ui.setup.mapping")}</legend>
        <p className={styles.hint}>{t("ui.setup.mappingHint")}</p>
        {FIELDS.map((field) => {
          const found = detected?.columns[field];
          const header = detected?.headers[field];
          const inputId = `${id}-${field}`;
          return (
            <div key={field} className={styles.row}>
              <label htmlFor={inputId} className={styles.label}>
                <span>{t(`ui.field.${field}`)}</span>
                {found ? (
                  <span className={styles.header}>{header ? t("ui.setup.foundHeader", { header }) : t("ui.setup.foundColumn", { column: found })}</span>
                ) : null}
              </label>
              <Input
                id={inputId}
                className={styles.column}
                // What detection found is shown as the value: a grey placeholder looked like an empty box.
                value={source.columns[field] ?? found ?? ""}
                placeholder="–"
                onChange={(_, data) => setColumn(field, data.value)}
                data-field={field}
              />
            </div>
          );
        })}
      </fieldset>
      <div className={styles.selects}>
        <Field label={t("ui.setup.unit")} {...detectedHint(detected?.unit)}>
          <Select value={source.unit} onChange={(_, data) => onChange({ ...source, unit: data.value as Unit | "" })} data-testid={`${id}-unit`}>
            <option value="">{autoLabel(detected?.unit)}</option>
            {UNITS.map((unit) => (
              <option key={unit} value={unit}>{narrow ? unit : t(`ui.setup.unit.${unit}`)}</option>
            ))}
          </Select>
        </Field>
        {SIGN_SELECTS.map(({ which, label, testId }) => (
          <Field key={which} label={t(label)} {...detectedHint(signWord(detected?.signs[which]))}>
            <Select value={source.signs[which]} onChange={(_, data) => setSign(which, data.value)} data-testid={`${id}-${testId}`}>
              <option value="">{autoLabel(signWord(detected?.signs[which]))}</option>
              <option value="positive">{t("ui.setup.sign.positive")}</option>
              <option value="negative">{t("ui.setup.sign.negative")}</option>
            </Select>
          </Field>
        ))}
      </div>
      </div>
      ) : null}
    </div>
  );
}
