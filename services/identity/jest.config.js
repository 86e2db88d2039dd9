module.exports = require('../../jest.service-preset.js')(__dirname);
