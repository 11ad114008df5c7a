// When the report may set its rows' heights (issue 16): only in rows that hold nothing but Prognos' cells.
import { rowsArePrognos, type Box } from "../../src/excel/grid";

const box = (sheet: string, top: number, left: number, bottom: number, right: number): Box => ({ sheet, top, left, bottom, right });
const region = box("Rapport", 0, 0, 11, 6);
const chartData = box("Rapport", 5, 8, 9, 9);
const text = box("Rapport", 13, 0, 15, 6);

describe("rowsArePrognos", () => {
  it.each<[string, { exists: boolean; used: Box | null; otherCharts: boolean }, Array<Box | null>, boolean]>([
    ["a sheet this run creates", { exists: false, used: null, otherCharts: false }, [], true],
    ["an empty sheet", { exists: true, used: null, otherCharts: false }, [], true],
    ["an empty sheet with someone's chart", { exists: true, used: null, otherCharts: true }, [], false],
    ["the previous report alone", { exists: true, used: region, otherCharts: false }, [region, null, null], true],
    ["the report, its chart data and its draft text", { exists: true, used: box("Rapport", 0, 0, 15, 9), otherCharts: false }, [region, chartData, text], true],
    ["a cell of the economist's below the report", { exists: true, used: box("Rapport", 0, 0, 20, 6), otherCharts: false }, [region, null, null], false],
    ["a cell of the economist's to the right", { exists: true, used: box("Rapport", 0, 0, 11, 12), otherCharts: false }, [region, chartData, null], false],
    ["the report and a chart that is not Prognos'", { exists: true, used: region, otherCharts: true }, [region, null, null], false],
    ["cells on a sheet Prognos never wrote", { exists: true, used: box("Controller", 0, 0, 8, 5), otherCharts: false }, [null, null, null], false],
    ["Prognos' region is on another sheet", { exists: true, used: box("Controller", 0, 0, 3, 3), otherCharts: false }, [region, null, null], false],
    ["the sheet's name in other case", { exists: true, used: box("RAPPORT", 1, 1, 5, 5), otherCharts: false }, [region, null, null], true],
  ])("%s", (_, output, own, expected) => {
    expect(rowsArePrognos(output, own)).toBe(expected);
  });
});
