import { serialised } from "../../src/excel/serial";
import type { RunExcel } from "../../src/excel/types";

const hostA = (async () => undefined) as unknown as RunExcel;
const hostB = (async () => undefined) as unknown as RunExcel;
const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

test("operations on one host run one after another, in the order they were started", async () => {
  const order: string[] = [];
  const step = (name: string) => async () => {
    order.push(`${name} start`);
    await tick();
    order.push(`${name} end`);
    return name;
  };
  const results = await Promise.all([serialised(hostA, step("a")), serialised(hostA, step("b"))]);
  expect(results).toEqual(["a", "b"]);
  expect(order).toEqual(["a start", "a end", "b start", "b end"]);
});

test("a failed operation does not block the next, and another host is not held up", async () => {
  const order: string[] = [];
  const failing = serialised(hostA, async () => {
    await tick();
    throw new Error("sync failed");
  });
  const after = serialised(hostA, async () => order.push("after failure"));
  const other = serialised(hostB, async () => order.push("other host"));
  await expect(failing).rejects.toThrow("sync failed");
  await Promise.all([after, other]);
  expect(order).toEqual(["other host", "after failure"]);
});
