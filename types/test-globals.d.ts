// Tests read JSON bodies loosely; production code never relies on this.
/* eslint-disable @typescript-eslint/no-explicit-any */
export {};
declare global {
  interface Response {
    json(): Promise<any>;
  }
}
