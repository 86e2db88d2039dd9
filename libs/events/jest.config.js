// unit specs next to the code; integration specs in test/ against a real Kafka broker (started by the global setup when KAFKA_BROKERS is unset)
module.exports = require('../../jest.service-preset.js')(__dirname);
