// Tests read JSON bodies loosely; production code never relies on this.

export {};
declare global {
  interface Response {
    json(): Promise<any>;
  }
}
