// The names the manifest's ExecuteFunction actions call. tests/manifest checks manifest.xml against
// these, so a renamed function cannot silently leave the ribbon button dead.
export const UPDATE_FORECAST_FUNCTION = "uppdateraPrognos";
