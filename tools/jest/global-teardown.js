module.exports = async () => {
  await globalThis.__SIAPKERJA_INFRA__?.stop();
};
