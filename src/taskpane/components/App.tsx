import { Body1, FluentProvider, Title3, webLightTheme } from "@fluentui/react-components";

/** The pane's frame. The real pane (update button, result, setup, history) replaces the body. */
export function App() {
  return (
    <FluentProvider theme={webLightTheme} style={{ minHeight: "100vh", padding: "12px" }}>
      <Title3 as="h1" block>Prognos</Title3>
      <Body1 as="p" block>Budgetavvikelse per verksamhetsområde</Body1>
    </FluentProvider>
  );
}
