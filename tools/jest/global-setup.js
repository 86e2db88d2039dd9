// Makes sure the real infrastructure is there before integration tests run:
// PostgreSQL (TEST_DATABASE_URL / DATABASE_URL / local server, else an embedded one) and a real
// Kafka broker (KAFKA_BROKERS, else one started from the Maven Central jars in tools/kafka).
const { ensureInfra } = require('../infra');
module.exports = async () => {
  const infra = await ensureInfra({ kafka: true });
  globalThis.__SIAPKERJA_INFRA__ = infra;
};
