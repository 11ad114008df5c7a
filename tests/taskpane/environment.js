// jsdom for the pane's component tests, with the Node globals the headless host and ExcelJS use (jsdom
// leaves them out): the pane runs against the same host as in the preview.
const JsdomEnvironment = require("jest-environment-jsdom").default;
const { TextDecoder, TextEncoder } = require("node:util");

class PaneEnvironment extends JsdomEnvironment {
  constructor(config, context) {
    super(config, context);
    // Node's builds of ExcelJS's dependencies (uuid's browser build is an ES module jest cannot load).
    this.customExportConditions = ["node", "node-addons"];
  }

  async setup() {
    await super.setup();
    Object.assign(this.global, { TextEncoder, TextDecoder, Buffer, setImmediate, clearImmediate, structuredClone });
    // jsdom has no layout, so nothing ever resizes: Fluent's MessageBar only needs the constructor.
    this.global.ResizeObserver = class {
      observe() {}
      unobserve() {}
      disconnect() {}
    };
  }
}

module.exports = PaneEnvironment;
