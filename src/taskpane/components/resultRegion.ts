/** The result's region, focused after an update (the update tab moves the focus there). */
export const RESULT_REGION_ID = "prognos-result";
